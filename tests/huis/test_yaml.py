"""The `openfisca test` YAML cases, run as OpenFisca users run them."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

TESTS = Path(__file__).parents[1]


@pytest.mark.skipif(bool(os.environ.get("NL_SOCIAAL_YAML_RUN")), reason="already inside an openfisca test run")
def test_openfisca_test_passes_on_every_yaml_case():
    openfisca = Path(sys.executable).parent / "openfisca"  # installed beside this Python by openfisca-core
    resultaat = subprocess.run(
        # The YAML files only: on a folder openfisca test would also collect this pytest file again.
        [str(openfisca), "test", "--country-package", "openfisca_nl_sociaal", *map(str, sorted(TESTS.rglob("*.yaml")))],
        capture_output=True,
        text=True,
        timeout=600,
        # `openfisca test tests/` also collects this file; the marker stops it from starting itself again.
        env={**os.environ, "NL_SOCIAAL_YAML_RUN": "1"},
    )
    assert resultaat.returncode == 0, resultaat.stdout[-3000:] + resultaat.stderr[-3000:]
    geslaagd = int(re.search(r"(\d+) passed", resultaat.stdout).group(1))
    assert geslaagd >= 100


def test_every_yaml_case_names_its_source():
    for bestand in TESTS.rglob("*.yaml"):
        for geval in yaml.safe_load(bestand.read_text(encoding="utf-8")):
            assert "Bron:" in geval.get("description", ""), f"{bestand.name}: '{geval['name']}' names no source"
            assert geval.get("output"), f"{bestand.name}: '{geval['name']}' asserts nothing"
