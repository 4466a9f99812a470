"""The built wheel, installed into a fresh virtual environment outside the checkout, finds its rules.

This is the install path of platforms that deploy the package: no checkout, no editable install.
"""

import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
VOORBEELD = ROOT / "tests" / "voorbeelden" / "gezin_met_kind.json"


@pytest.fixture(scope="module")
def wheel_venv(tmp_path_factory):
    werk = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(werk / "dist"), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=900,
    )
    wiel = next((werk / "dist").glob("openfisca_nl_sociaal-*.whl"))
    omgeving = werk / "venv"
    venv.EnvBuilder(with_pip=True).create(omgeving)
    subprocess.run(
        [str(omgeving / "bin" / "pip"), "install", "--quiet", str(wiel)], check=True, capture_output=True, timeout=900
    )
    return omgeving, werk


def test_installed_wheel_answers_the_readme_example_outside_the_checkout(wheel_venv):
    omgeving, werk = wheel_venv
    resultaat = subprocess.run(
        [str(omgeving / "bin" / "nl-sociaal"), "aanspraken", str(VOORBEELD)],
        capture_output=True,
        text=True,
        cwd=werk,
        timeout=300,
        env={**os.environ, "PYTHONPATH": ""},
    )
    assert resultaat.returncode == 0, resultaat.stderr
    per_id = {r["id"]: r for r in json.loads(resultaat.stdout)["regelingen"]}
    assert per_id["zorgtoeslag"]["bedrag_per_maand"] == 209


def test_installed_wheel_carries_every_parameter_and_variable_file(wheel_venv):
    omgeving, werk = wheel_venv
    code = (
        "import openfisca_nl_sociaal as p, pathlib; "
        "print(p.PARAMETERS_DIR, p.VARIABLES_DIR, "
        "len(list(p.PARAMETERS_DIR.rglob('*.yaml'))), len(list(p.VARIABLES_DIR.rglob('*.py'))), "
        "len(p.CountryTaxBenefitSystem().variables))"
    )
    resultaat = subprocess.run(
        [str(omgeving / "bin" / "python"), "-c", code], capture_output=True, text=True, cwd=werk, timeout=300
    )
    assert resultaat.returncode == 0, resultaat.stderr
    parameters, variables, n_parameters, n_variables, n_vars = resultaat.stdout.split()
    assert "site-packages" in parameters and "site-packages" in variables
    assert int(n_parameters) == len(list((ROOT / "parameters").rglob("*.yaml")))
    assert int(n_variables) == len(list((ROOT / "variables").rglob("*.py")))


def _vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _status(url: str, methode: str = "GET") -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(urllib.request.Request(url, method=methode), timeout=30) as antwoord:
            return antwoord.status, antwoord.read()
    except urllib.error.HTTPError as fout:
        return fout.code, fout.read()


def test_installed_server_knows_only_real_parameters_and_links_to_real_files(wheel_venv, tmp_path):
    """Issue 19, in the installed wheel (where the defects were seen): HEAD on a page answers 200; the parameter
    tree holds no ``__pycache__`` (the wheel shipped ``parameters/__init__.py``, so pip compiled a cache folder into
    it: 200 with an empty node); every ``source`` link names a file at its path in this repository (core linked
    to ``openfisca_nl_sociaal/parameters/…``, a path only the wheel has)."""
    omgeving, werk = wheel_venv
    assert not list(
        (Path(next((omgeving / "lib").glob("python*/site-packages"))) / "openfisca_nl_sociaal" / "parameters").rglob(
            "*.py"
        )
    ), "the wheel ships Python files among the parameters"
    poort = _vrije_poort()
    server = subprocess.Popen(
        [str(omgeving / "bin" / "nl-sociaal"), "serve", "--port", str(poort)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": ""},
    )
    basis = f"http://127.0.0.1:{poort}"
    try:
        einde = time.monotonic() + 120
        while _status_of_none(f"{basis}/v1/openapi.json") is None:
            assert server.poll() is None, "the installed server stopped"
            assert time.monotonic() < einde, "the installed server did not start within 120 s"
            time.sleep(0.2)
        assert _status(f"{basis}/", "HEAD")[0] == 200
        assert _status(f"{basis}/v1/parameters/__pycache__")[0] == 404
        status, lijst = _status(f"{basis}/v1/parameters")
        assert status == 200
        assert not [p for p in json.loads(lijst) if "__" in p]
        repository = "https://github.com/openfisca-nl-sociaal/openfisca-nl-sociaal/blob/"
        for pad in ("parameters/wet_op_de_zorgtoeslag/standaardpremie", "variables/zorgtoeslag"):
            status, tekst = _status(f"{basis}/v1/{pad}")
            assert status == 200
            bron = json.loads(tekst)["source"]
            assert bron.startswith(repository), bron
            versie, bestand = bron.removeprefix(repository).split("#")[0].split("/", 1)
            assert versie == _pyproject_versie()
            assert (ROOT / bestand).is_file(), bron
    finally:
        server.terminate()
        server.wait(timeout=10)


def _status_of_none(url: str) -> int | None:
    try:
        return _status(url)[0]
    except OSError:
        return None


def _pyproject_versie() -> str:
    return re.search(r'^version = "([^"]+)"', (ROOT / "pyproject.toml").read_text(encoding="utf-8"), re.M).group(1)
