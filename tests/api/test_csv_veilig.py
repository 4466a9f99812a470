"""Every CSV the project writes is safe to open in a spreadsheet (OWASP "CSV Injection"): a cell that starts with
=, +, -, @, a tab or a carriage return and is not a plain number is neutralised by a leading apostrophe, in the one
shared writer (openfisca_nl_sociaal.opmaak.csv_schrijver)."""

import csv
import io
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from openfisca_nl_sociaal.beleid.land import als_csv
from openfisca_nl_sociaal.opmaak import FORMULETEKENS, csv_cel, csv_schrijver

SITUATIE = json.loads((Path(__file__).parents[1] / "voorbeelden" / "utrecht_2024_alle_regelingen.json").read_text())
#: the issue's four dossiers, and one for each other character OWASP lists
AANVALLEN = ['=HYPERLINK("http://x";"y")', "+1+1", "-2+3", "@SUM(A1)", "\t=1+1", "\r=1+1", "=cmd|' /C calc'!A0"]


def _gevaarlijk(cel: str) -> bool:
    """What a spreadsheet would run: a cell starting with a formula character that is not a plain number."""
    return cel.startswith(FORMULETEKENS) and csv_cel(cel) != cel


@pytest.mark.parametrize("teken", FORMULETEKENS)
def test_each_formula_character_is_neutralised(teken):
    assert csv_cel(f"{teken}1+2") == f"'{teken}1+2"


@pytest.mark.parametrize("getal", ["-12.50", "+3", "-1.234,56", "1e5", "-2E-3", "0", "-0,5", ".5"])
def test_a_plain_number_stays_a_number(getal):
    assert csv_cel(getal) == getal


def test_numbers_and_empty_cells_pass_unchanged():
    assert csv_cel(-12.5) == -12.5 and csv_cel(None) is None and csv_cel("") == ""


@given(st.lists(st.text(max_size=30), min_size=1, max_size=5))
def test_no_written_cell_starts_a_formula(rij):
    """Whatever text goes in, no cell read back is one a spreadsheet would run; the text itself is kept after the
    apostrophe."""
    uit = io.StringIO()
    csv_schrijver(uit).writerow(rij)
    (terug,) = list(csv.reader(io.StringIO(uit.getvalue(), newline="")))
    for origineel, cel in zip(rij, terug, strict=True):
        assert not _gevaarlijk(cel)
        assert cel in (origineel, "'" + origineel)


def _decisions_csv() -> str:
    tekst = io.StringIO()
    schrijver = csv.writer(tekst)
    schrijver.writerow(["dossier", "regeling", "periode", "bedrag", "situatie"])
    for dossier in AANVALLEN:
        schrijver.writerow([dossier, "zorgtoeslag", "2024-03", "17", json.dumps(SITUATIE)])
    schrijver.writerow(["=1+1", "=1+1", "@x", "-3", "{}"])  # an unreadable row echoes its cells too
    return tekst.getvalue()


def _cellen(tekst: str) -> list[str]:
    return [cel for rij in csv.reader(io.StringIO(tekst, newline="")) for cel in rij]


def test_the_verdict_csv_of_the_batch_route_holds_no_formula(client):
    antwoord = client.post(
        "/v1/toetsing/batch", content=_decisions_csv().encode(), headers={"content-type": "text/csv"}
    )
    assert antwoord.status_code == 200, antwoord.text
    cellen = _cellen(antwoord.text)
    assert not [c for c in cellen if _gevaarlijk(c)]
    dossiers = [r["dossier"] for r in csv.DictReader(io.StringIO(antwoord.text, newline=""))]
    assert dossiers[: len(AANVALLEN)] == ["'" + d for d in AANVALLEN]


def test_the_caseworker_pages_download_holds_no_formula(client):
    antwoord = client.post("/toetsing/csv", data={"taal": "nl"}, files={"csv": ("s.csv", _decisions_csv(), "text/csv")})
    assert antwoord.status_code == 200
    assert not [c for c in _cellen(antwoord.text) if _gevaarlijk(c)]
    assert "'=HYPERLINK" in antwoord.text


def test_the_population_csv_goes_through_the_same_writer():
    """The country view's download (its cells come from the engine and the catalogue): negative amounts stay
    numbers, and nothing in it is a formula."""
    antwoord = {
        "regelingen": [
            {
                "id": "zorgtoeslag",
                "uitgaven_per_jaar": -1.5,
                "ontvangers_gezinnen": 1,
                "ontvangers_met_partner": 0,
                "ontvangers_personen": 1,
                "uitgaven_bij_gebruik": -1.0,
                "ontvangers_bij_gebruik": 1,
            }
        ],
        "decielen": [],
        "armoede": {"huishoudens_onder_sociaal_minimum": 0},
    }
    tekst = als_csv(antwoord)
    assert not [c for c in _cellen(tekst) if _gevaarlijk(c)]
    assert "-1.5" in _cellen(tekst) and "'-1.5" not in tekst
