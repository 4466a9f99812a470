"""The built wheel, installed into a fresh virtual environment outside the checkout, finds its rules.

This is the install path of platforms that deploy the package: no checkout, no editable install.
"""

import json
import os
import subprocess
import sys
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
