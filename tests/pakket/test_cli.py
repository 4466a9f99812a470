"""The nl-sociaal command answers as the API does, and exits 2 with the problem for bad input."""

import json
import subprocess
import sys
from pathlib import Path

VOORBEELD = Path(__file__).parents[1] / "voorbeelden" / "gezin_met_kind.json"
NL_SOCIAAL = Path(sys.executable).parent / "nl-sociaal"


def test_aanspraken_prints_the_same_answer_as_the_api(client):
    resultaat = subprocess.run(
        [str(NL_SOCIAAL), "aanspraken", str(VOORBEELD)], capture_output=True, text=True, timeout=120
    )
    assert resultaat.returncode == 0, resultaat.stderr
    assert json.loads(resultaat.stdout) == client.post("/v1/aanspraken", content=VOORBEELD.read_bytes()).json()


def test_bad_input_exits_2_with_the_problem_on_stderr(tmp_path):
    slecht = tmp_path / "slecht.json"
    slecht.write_text('{"personen": {"ik": {"geboortedatum": "1990-02-30"}}}', encoding="utf-8")
    resultaat = subprocess.run(
        [str(NL_SOCIAAL), "aanspraken", str(slecht)], capture_output=True, text=True, timeout=120
    )
    assert resultaat.returncode == 2
    assert resultaat.stdout == ""
    probleem = json.loads(resultaat.stderr)
    assert probleem["status"] == 400 and probleem["invalidParams"][0]["name"] == "personen.ik.geboortedatum"


def test_a_missing_or_non_json_file_exits_2(tmp_path):
    kapot = tmp_path / "kapot.json"
    kapot.write_text("{", encoding="utf-8")
    for pad in (kapot, tmp_path / "bestaat-niet.json"):
        resultaat = subprocess.run(
            [str(NL_SOCIAAL), "aanspraken", str(pad)], capture_output=True, text=True, timeout=120
        )
        assert resultaat.returncode == 2 and json.loads(resultaat.stderr)["status"] == 400
