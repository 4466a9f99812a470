"""The house's layout rules, checked on the source (CONTRIBUTING.md, "Where things live"):

- no module imports a private name (``_iets``) of another module: what is shared is public where it belongs;
- no import of the project's own modules inside a function (the way an import cycle is dodged): every module
  imports at its top, so the import graph is what the top of each file says (``bench/`` may import late: a
  benchmark times the import itself);
- no bare ``round()`` on an amount outside the one money helper (``regels.geld.bedrag_uit``).
"""

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BRONNEN = sorted(
    p
    for map_ in ("openfisca_nl_sociaal", "api", "reforms", "variables", "tests", "bench")
    for p in (ROOT / map_).rglob("*.py")
    if "vendor" not in p.parts and ".venv" not in p.parts
)
EIGEN = re.compile(r"^(openfisca_nl_sociaal|strategieen|conftest)(\.|$)")


def _importen(pad: Path):
    boom = ast.parse(pad.read_text(encoding="utf-8"))
    for knoop in ast.walk(boom):
        if isinstance(knoop, ast.ImportFrom):
            yield knoop


@pytest.mark.parametrize("pad", BRONNEN, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_private_name_is_imported_from_another_module(pad):
    fout = [
        f"{pad.relative_to(ROOT)}:{i.lineno} {alias.name}"
        for i in _importen(pad)
        if i.level > 0 or EIGEN.match(i.module or "")
        for alias in i.names
        if alias.name.startswith("_") and alias.name != "__version__"
    ]
    assert fout == []


@pytest.mark.parametrize(
    "pad",
    [p for p in BRONNEN if p.parts[len(ROOT.parts)] not in ("tests", "bench")],
    ids=lambda p: str(p.relative_to(ROOT)),
)
def test_the_project_is_imported_at_the_top_of_each_module(pad):
    boom = ast.parse(pad.read_text(encoding="utf-8"))
    binnen = [
        f"{pad.relative_to(ROOT)}:{knoop.lineno}"
        for functie in ast.walk(boom)
        if isinstance(functie, (ast.FunctionDef, ast.AsyncFunctionDef))
        for knoop in ast.walk(functie)
        if isinstance(knoop, ast.ImportFrom) and (knoop.level > 0 or EIGEN.match(knoop.module or ""))
    ]
    assert binnen == []


def _productregels(patroon: str, behalve: Path) -> list[str]:
    """The lines of the product (package and API) outside ``behalve`` that match ``patroon``, as ``path:line``."""
    return [
        f"{p.relative_to(ROOT)}:{n}"
        for p in BRONNEN
        if p.parts[len(ROOT.parts)] in ("openfisca_nl_sociaal", "api") and p != behalve
        for n, regel in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(patroon, regel)
    ]


def test_amounts_are_rounded_for_output_in_one_place():
    geld = ROOT / "openfisca_nl_sociaal" / "regels" / "geld.py"
    assert _productregels(r"\bround\([^)]*, 2\)", geld) == []


def test_csv_is_written_by_the_one_safe_writer():
    """Every CSV the product writes goes through openfisca_nl_sociaal.opmaak.csv_schrijver, which neutralises cells a
    spreadsheet would run as formulas (OWASP CSV injection); no module opens its own csv.writer."""
    opmaak = ROOT / "openfisca_nl_sociaal" / "opmaak.py"
    assert _productregels(r"\bcsv\.(writer|DictWriter)\(", opmaak) == []


def test_openfisca_test_needs_no_test_extra():
    """``openfisca test`` reads tests/conftest.py after a plain ``pip install .``: nothing only the test extras
    install (httpx, which FastAPI's TestClient needs) is imported at its top (issue 19)."""
    boom = ast.parse((ROOT / "tests" / "conftest.py").read_text(encoding="utf-8"))
    bovenaan = [
        (knoop.module if isinstance(knoop, ast.ImportFrom) else knoop.names[0].name)
        for knoop in boom.body
        if isinstance(knoop, (ast.Import, ast.ImportFrom))
    ]
    assert not [m for m in bovenaan if m and (m.startswith("fastapi.testclient") or m.startswith("httpx"))]


def test_the_documented_layout_names_every_folder():
    """docs/development.md's layout names every folder a newcomer meets (issue 19: it missed laws and parts)."""
    tekst = (ROOT / "docs" / "development.md").read_text(encoding="utf-8")
    indeling = tekst.split("## Layout", 1)[1]

    def mappen_in(map_):
        return [p.name for p in (ROOT / map_).iterdir() if p.is_dir() and not p.name.startswith(("_", "."))]

    wetten = mappen_in("parameters") + mappen_in("variables")
    # tests/<wet>/ mirrors variables/ and is named once as such
    mappen = [f"{m}/" for deel in ("openfisca_nl_sociaal", "api", "tests") for m in mappen_in(deel) if m not in wetten]
    ontbreekt = [m for m in mappen if m not in indeling] + [w for w in wetten if not re.search(rf"\b{w}\b", indeling)]
    assert not ontbreekt, f"not in the layout of docs/development.md: {ontbreekt}"
