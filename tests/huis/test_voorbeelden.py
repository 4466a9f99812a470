"""Every request shown in the README and in docs/ is sent, and the answer shown beside it must be the real one.

Issue 19: the README's examples had gone stale (a status, the number of follow-up questions). The convention, so
that an example cannot go stale again: a ```sh block with one ``curl`` command against ``http://127.0.0.1:8000`` is
followed by a ```json block with the answer. The shown answer may leave things out, and says where:

- an object shows some of the answer's keys (``"…": "…"`` as a key marks that more keys follow, for the reader);
- a list either shows every element, in order, or holds ``"…"`` and shows some elements in their order;
- the text ``"…"`` stands for any value; a text with ``…`` inside shows the parts around it, in order;
- numbers must be equal, other values identical (a no-break space, as in "€ 3.200,00", reads as a space).

The request's file (``--data @path``) is read relative to the repository's root, where the README's commands run.
``docs/contract.md`` is the contract, whose examples are illustrative (it says so); it is checked by the next test
to equal the shared contract instead.
"""

import json
import re
import shlex
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PAGINAS = [
    ROOT / "README.md",
    *sorted((ROOT / "docs").glob("*.md")),
    ROOT / "reforms" / "README.md",
    ROOT / "CONTRIBUTING.md",
]
BLOK = re.compile(r"^```(\w*)\n(.*?)\n```", re.M | re.S)
BASIS = "http://127.0.0.1:8000"
WEGGELATEN = "…"


def _voorbeelden():
    """(page, number, the curl command's words, the shown answer's text) for every request shown."""
    gevonden = []
    for pagina in PAGINAS:
        if pagina.name == "contract.md":
            continue
        blokken = BLOK.findall(pagina.read_text(encoding="utf-8"))
        for i, (soort, tekst) in enumerate(blokken):
            regels = tekst.replace("\\\n", " ").splitlines()
            opdrachten = [r for r in regels if r.lstrip().startswith("curl ")]
            if soort != "sh" or not opdrachten:
                continue
            assert len(opdrachten) == 1, f"{pagina.name}: one curl command per block"
            volgende = blokken[i + 1] if i + 1 < len(blokken) else ("", "")
            assert volgende[0] == "json", f"{pagina.name}: the request `{opdrachten[0][:60]}…` shows no JSON answer"
            gevonden.append(
                (pagina.relative_to(ROOT).as_posix(), len(gevonden), shlex.split(opdrachten[0]), volgende[1])
            )
    return gevonden


VOORBEELDEN = _voorbeelden()


def _verzoek(woorden: list[str]) -> dict:
    """The curl command's method, path, headers and body."""
    verzoek = {"methode": "GET", "koppen": {}, "inhoud": None, "pad": None}
    woorden = iter(woorden[1:])
    for woord in woorden:
        if woord in ("-s", "--silent", "-S"):
            continue
        if woord in ("-X", "--request"):
            verzoek["methode"] = next(woorden)
        elif woord in ("-H", "--header"):
            naam, waarde = next(woorden).split(":", 1)
            verzoek["koppen"][naam.strip()] = waarde.strip()
        elif woord in ("--data", "--data-binary", "-d"):
            inhoud = next(woorden)
            verzoek["inhoud"] = (ROOT / inhoud[1:]).read_bytes() if inhoud.startswith("@") else inhoud.encode()
            if verzoek["methode"] == "GET":
                verzoek["methode"] = "POST"
        elif woord.startswith(BASIS):
            verzoek["pad"] = woord[len(BASIS) :]
        else:
            raise AssertionError(f"the example test does not know curl's {woord!r}; teach it or leave it out")
    assert verzoek["pad"], "the request names no http://127.0.0.1:8000 address"
    return verzoek


def verschillen(getoond, echt, pad: str = "") -> list[str]:
    """Where the shown answer is not the real one (the rules of the module's text)."""
    if getoond == WEGGELATEN:
        return []
    if isinstance(getoond, dict):
        if not isinstance(echt, dict):
            return [f"{pad}: shown an object, the answer has {echt!r:.80}"]
        fouten = []
        for sleutel, waarde in getoond.items():
            if sleutel == WEGGELATEN:
                continue
            if sleutel not in echt:
                fouten.append(f"{pad}.{sleutel}: not in the answer")
            else:
                fouten += verschillen(waarde, echt[sleutel], f"{pad}.{sleutel}")
        return fouten
    if isinstance(getoond, list):
        if not isinstance(echt, list):
            return [f"{pad}: shown a list, the answer has {echt!r:.80}"]
        if WEGGELATEN not in getoond:
            if len(getoond) != len(echt):
                return [f"{pad}: shown {len(getoond)} elements, the answer has {len(echt)}"]
            return [
                f for i, (g, e) in enumerate(zip(getoond, echt, strict=True)) for f in verschillen(g, e, f"{pad}[{i}]")
            ]
        # some elements, in their order: each shown element matches a later element of the answer
        plek = 0
        for g in (g for g in getoond if g != WEGGELATEN):
            while plek < len(echt) and verschillen(g, echt[plek]):
                plek += 1
            if plek == len(echt):
                # say why, against the answer's element with the same id where there is one
                zelfde = [e for e in echt if isinstance(g, dict) and isinstance(e, dict) and e.get("id") == g.get("id")]
                if zelfde and "id" in g:
                    return verschillen(g, zelfde[0], f"{pad}[id={g['id']}]")
                return [f"{pad}: the shown element {json.dumps(g, ensure_ascii=False)[:100]} is not in the answer"]
            plek += 1
        return []
    if isinstance(getoond, str) and isinstance(echt, str):
        echt = echt.replace("\xa0", " ")
    if isinstance(getoond, str) and WEGGELATEN in getoond and isinstance(echt, str):
        patroon = ".*".join(re.escape(deel) for deel in getoond.split(WEGGELATEN))
        return [] if re.fullmatch(patroon, echt, re.S) else [f"{pad}: shown {getoond!r}, the answer has {echt!r}"]
    if isinstance(getoond, bool) or isinstance(echt, bool) or not isinstance(getoond, (int, float)):
        return [] if getoond == echt and type(getoond) is type(echt) else [f"{pad}: shown {getoond!r}, is {echt!r}"]
    return [] if isinstance(echt, (int, float)) and getoond == echt else [f"{pad}: shown {getoond!r}, is {echt!r}"]


def test_the_pages_show_requests():
    """The README's example and the API page's are among them (a broken parser would find none)."""
    paginas = {pagina for pagina, *_ in VOORBEELDEN}
    assert {"README.md", "docs/api.md"} <= paginas


@pytest.mark.parametrize("pagina, nummer, woorden, getoond", VOORBEELDEN, ids=[f"{v[0]}#{v[1]}" for v in VOORBEELDEN])
def test_a_shown_request_gets_the_shown_answer(client, pagina, nummer, woorden, getoond):
    verzoek = _verzoek(woorden)
    antwoord = client.request(verzoek["methode"], verzoek["pad"], content=verzoek["inhoud"], headers=verzoek["koppen"])
    verwacht = json.loads(getoond)
    echt = antwoord.json()
    fouten = verschillen(verwacht, echt)
    assert not fouten, f"{pagina}: {' '.join(woorden)[:120]}\n" + "\n".join(fouten[:20])


def test_the_matcher_finds_what_differs():
    """The rules themselves, so that a lenient matcher cannot pass a stale example."""
    assert verschillen({"a": 1, "…": "…"}, {"a": 1, "b": 2}) == []
    assert verschillen({"a": 1}, {"a": 2}) and verschillen({"c": 1}, {"a": 1})
    assert verschillen([1, 2], [1, 2, 3]) and verschillen([1, 2, "…"], [1, 2, 3]) == []
    assert verschillen(["…", 3, 1], [1, 2, 3]), "the order of shown elements counts"
    assert verschillen("De … van X", "De regels van X") == [] and verschillen("De … van X", "Het is anders")
    assert verschillen(True, 1) and verschillen(1, True) and verschillen(None, 0)
    assert verschillen(2.0, 2) == []


def test_the_published_contract_is_the_shared_one():
    """The README sends readers to docs/contract.md; it must be the contract we implement, word for word."""
    gedeeld = ROOT.parent / "shared" / "contract" / "api.md"
    if not gedeeld.is_file():
        pytest.skip("the shared contract is not beside this checkout (a clone elsewhere)")
    assert (ROOT / "docs" / "contract.md").read_text(encoding="utf-8") == gedeeld.read_text(encoding="utf-8")


def test_every_link_between_the_pages_leads_somewhere():
    """Relative links in the README and docs/ name files that exist (and headings that exist, after a #)."""
    for pagina in PAGINAS:
        tekst = pagina.read_text(encoding="utf-8")
        for doel in re.findall(r"\]\(([^)\s]+)\)", tekst):
            if doel.startswith(("http://", "https://", "mailto:")):
                continue
            bestand, _, anker = doel.partition("#")
            pad = (pagina.parent / bestand).resolve() if bestand else pagina
            assert pad.exists(), f"{pagina.name}: link to {doel}"
            if anker:
                koppen = re.findall(r"^#+ (.+)$", pad.read_text(encoding="utf-8"), re.M)
                ankers = {re.sub(r"[^\w\- ]", "", k.lower()).replace(" ", "-") for k in koppen}
                assert anker in ankers, f"{pagina.name}: no heading #{anker} in {bestand or pagina.name}"
