"""The caseworker's page /toetsing without a browser: the verdict equals POST /v1/toetsing, errors sit at
their fields, and a CSV of decisions comes back as a CSV of verdicts (a download)."""

import csv
import io
import json
import re
from pathlib import Path

import pytest

SITUATIE = json.loads((Path(__file__).parents[1] / "voorbeelden" / "utrecht_2024_alle_regelingen.json").read_text())
BESLISSING = {"regeling": "zorgtoeslag", "periode": "2024-03"}


@pytest.mark.parametrize("bron", ["bestand", "tekst"])
def test_the_verdict_is_the_apis(client, bron):
    api = client.post("/v1/toetsing", json={"situatie": SITUATIE, "beslissing": {**BESLISSING, "bedrag": 20}}).json()
    data = {"taal": "nl", **BESLISSING, "bedrag": "20"}
    if bron == "tekst":
        pagina = client.post("/toetsing", data={**data, "situatie_tekst": json.dumps(SITUATIE)})
    else:
        bestand = json.dumps({"formaat": "openfisca-nl-sociaal/antwoorden", "versie": 1, "situatie": SITUATIE})
        pagina = client.post(
            "/toetsing", data=data, files={"situatie_bestand": ("a.json", bestand, "application/json")}
        )
    assert pagina.status_code == 200
    assert re.search(r'data-oordeel="([^"]*)"', pagina.text).group(1) == api["oordeel"] == "afwijkend"
    assert float(re.search(r'data-verschil="([^"]*)"', pagina.text).group(1)) == api["verschil"]
    assert api["versie"]["parameters"]["sha256"] in pagina.text
    assert "set-cookie" not in pagina.headers and pagina.headers["cache-control"] == "no-store"


def test_errors_sit_at_their_fields(client):
    pagina = client.post(
        "/toetsing", data={"taal": "nl", "regeling": "zorgtoeslag", "periode": "2019-01", "bedrag": "-3"}
    )
    assert pagina.status_code == 400
    assert 'id="situatie-fout"' in pagina.text and 'id="bedrag-fout"' in pagina.text
    pagina = client.post(
        "/toetsing",
        data={"taal": "en", **BESLISSING, "periode": "2019-01", "bedrag": "3", "situatie_tekst": json.dumps(SITUATIE)},
    )
    assert pagina.status_code == 400 and 'id="periode-fout"' in pagina.text and 'href="#periode"' in pagina.text


def test_a_csv_of_decisions_is_downloaded_as_a_csv_of_verdicts(client):
    tekst = io.StringIO()
    csv.writer(tekst).writerows(
        [
            ["dossier", "regeling", "periode", "bedrag", "situatie"],
            ["B-7", "zorgtoeslag", "2024-03", "17", json.dumps(SITUATIE)],
        ]
    )
    antwoord = client.post("/toetsing/csv", data={"taal": "nl"}, files={"csv": ("s.csv", tekst.getvalue(), "text/csv")})
    assert antwoord.status_code == 200 and antwoord.headers["content-disposition"].startswith("attachment;")
    rij = next(csv.DictReader(io.StringIO(antwoord.text)))
    assert rij["dossier"] == "B-7" and rij["oordeel"] == "juist"
    fout = client.post("/toetsing/csv", data={"taal": "nl"}, files={"csv": ("s.csv", "a,b\n1,2\n", "text/csv")})
    assert fout.status_code == 400 and 'id="csv-fout"' in fout.text


def test_the_dossier_reference_appears_on_the_report_escaped(client):
    """Issue 18, point 5: the caseworker's own reference is on the report (and, in the batch, in the CSV's
    dossier column); it is text, never markup."""
    data = {
        "taal": "nl",
        **BESLISSING,
        "bedrag": "20",
        "dossier": "<b>B-7</b>",
        "situatie_tekst": json.dumps(SITUATIE),
    }
    pagina = client.post("/toetsing", data=data)
    assert pagina.status_code == 200
    assert "<dd data-dossier>&lt;b&gt;B-7&lt;/b&gt;</dd>" in pagina.text
    zonder = client.post("/toetsing", data={**data, "dossier": ""})
    assert "data-dossier" not in zonder.text
