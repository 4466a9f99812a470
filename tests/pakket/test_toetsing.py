"""Toetsing: decisions checked against the rules (issue 7).

The decided amounts are the Dienst Toeslagen's published maxima for a single person below the
drempelinkomen, not the code's output:
- 2025: € 131 a month, € 1.573 a year (Wzt art. 2: 2112 − 0.01896 × 28406 = 1573.42; Awir art. 14 lid 4:
  whole euros down, 1573; a twelfth, down: 131);
- 2024: € 123 a month (1889 − … = 1483 a year; 1483 / 12 down = 123).
The same figures are the source-named cases in tests/wet_op_de_zorgtoeslag/.
"""

import copy
import csv
import io
import json

import pytest
from fastapi.testclient import TestClient
from openfisca_nl_sociaal.api.app import create_app

from openfisca_nl_sociaal.antwoord.toetsing import parameter_vingerafdruk, toets

IK = {
    "geboortedatum": "1990-05-01",
    "toetsingsinkomen": 20_000,
    "vermogen": 0,
    "verzekerd_zvw": True,
    "woont_in_nederland": True,
}
SITUATIE = {"personen": {"ik": IK}}


def _beslissing(periode="2025-03", bedrag=131.0, **extra):
    return {
        "situatie": copy.deepcopy(SITUATIE),
        "beslissing": {"regeling": "zorgtoeslag", "periode": periode, "bedrag": bedrag, **extra},
    }


@pytest.fixture(scope="module")
def client():
    return TestClient(create_app(), raise_server_exceptions=False)


def test_a_right_decision_is_juist_with_the_explanation_and_the_version():
    oordeel = toets(_beslissing())
    assert oordeel["oordeel"] == "juist" and oordeel["berekend"] == 131.0 and oordeel["verschil"] == 0.0
    assert oordeel["uitleg"]["id"] == "zorgtoeslag" and oordeel["uitleg"]["berekening"]["waarde"] == 131.0
    versie = oordeel["versie"]
    assert {"rekenregels", "openfisca_core"} <= set(versie)
    assert versie["parameters"]["peildatum"] == "2025-03-01" and len(versie["parameters"]["sha256"]) == 64
    jaar = toets(_beslissing(periode="2025", bedrag=1573.0))
    assert jaar["oordeel"] == "juist" and jaar["berekend"] == 1573.0


def test_a_decision_wrong_by_a_cent_is_afwijkend_with_the_exact_difference_and_the_article():
    oordeel = toets(_beslissing(bedrag=131.01))
    assert oordeel["oordeel"] == "afwijkend"
    assert oordeel["verschil"] == 0.01 and oordeel["berekend"] == 131.0
    afwijking = oordeel["afwijking"]
    assert afwijking["stap"] == "zorgtoeslag"
    assert any("Wet op de zorgtoeslag, art. 2" in g["titel"] for g in afwijking["grondslag"])
    assert any("BWBR0018451" in g["url"] for g in afwijking["grondslag"])
    # within a stated tolerance the same decision is right
    assert toets({**_beslissing(bedrag=131.01), "tolerantie": 0.01})["oordeel"] == "juist"


def test_a_decision_booked_on_the_wrong_month_names_the_month_it_fits():
    """January 2025 decided with the 2024 amount (€ 123): the rules give € 131; € 123 is December 2024's."""
    oordeel = toets(_beslissing(periode="2025-01", bedrag=123.0))
    assert oordeel["oordeel"] == "afwijkend" and oordeel["verschil"] == -8.0
    assert oordeel["afwijking"]["past_bij_periode"] == "2024-12"


def test_an_unknown_fact_makes_the_verdict_onbekend_naming_the_fact():
    verzoek = _beslissing()
    del verzoek["situatie"]["personen"]["ik"]["verzekerd_zvw"]
    oordeel = toets(verzoek)
    assert oordeel["oordeel"] == "onbekend" and oordeel["berekend"] is None
    assert {g["gegeven"] for g in oordeel["ontbrekende_gegevens"]} == {"verzekerd_zvw"}


def test_a_wrong_intermediate_value_is_the_step_where_the_decision_diverges():
    """The decision states a toetsingsinkomen of 25,000 where the situation gives 20,000: the step is the
    toetsingsinkomen (Awir art. 8), deeper than the amount that follows from it."""
    oordeel = toets(_beslissing(bedrag=131.0, tussenwaarden={"toetsingsinkomen": {"ik": 25_000}}))
    assert oordeel["oordeel"] == "afwijkend"
    assert oordeel["afwijking"]["stap"] == "toetsingsinkomen"
    assert any("art. 8" in g["titel"] for g in oordeel["afwijking"]["grondslag"])
    goed = toets(_beslissing(bedrag=131.0, tussenwaarden={"toetsingsinkomen": {"ik": 20_000}}))
    assert goed["oordeel"] == "juist" and goed["tussenwaarden"][0]["juist"] is True


def test_granting_what_the_law_does_not_names_the_failing_condition():
    verzoek = _beslissing()
    verzoek["situatie"]["personen"]["ik"]["verzekerd_zvw"] = False
    oordeel = toets(verzoek)
    assert oordeel["oordeel"] == "afwijkend" and oordeel["berekend"] == 0.0 and oordeel["verschil"] == 131.0
    assert oordeel["afwijking"]["stap"] == "verzekerd_zvw"
    assert "Zorgverzekeringswet" in oordeel["afwijking"]["label"] or "verzekerd" in oordeel["afwijking"]["label"]


def test_the_fingerprint_is_stable_for_a_date_and_changes_with_the_rules():
    a, b = parameter_vingerafdruk("2025-03-01"), parameter_vingerafdruk("2025-03-01")
    assert a == b and a["aantal"] > 100
    assert parameter_vingerafdruk("2024-03-01")["sha256"] != a["sha256"]


@pytest.mark.parametrize(
    ("verzoek", "veld"),
    [
        ({"situatie": SITUATIE}, "beslissing"),
        ({"beslissing": {"regeling": "zorgtoeslag", "periode": "2025-03", "bedrag": 1}}, "situatie"),
        (
            {**_beslissing(), "beslissing": {"regeling": "geen", "periode": "2025-03", "bedrag": 1}},
            "beslissing.regeling",
        ),
        (
            {**_beslissing(), "beslissing": {"regeling": "zorgtoeslag", "periode": "2025-13", "bedrag": 1}},
            "beslissing.periode",
        ),
        (
            {**_beslissing(), "beslissing": {"regeling": "zorgtoeslag", "periode": "2019-12", "bedrag": 1}},
            "beslissing.periode",
        ),
        (
            {**_beslissing(), "beslissing": {"regeling": "zorgtoeslag", "periode": "2025-03", "bedrag": -1}},
            "beslissing.bedrag",
        ),
        (
            {**_beslissing(), "beslissing": {"regeling": "zorgtoeslag", "periode": "2025-03", "bedrag": "131"}},
            "beslissing.bedrag",
        ),
        ({**_beslissing(), "tolerantie": -0.5}, "tolerantie"),
        (_beslissing(tussenwaarden={"bestaat_niet": 1}), "beslissing.tussenwaarden.bestaat_niet"),
        (_beslissing(tussenwaarden={"toetsingsinkomen": "veel"}), "beslissing.tussenwaarden.toetsingsinkomen"),
        (
            {**_beslissing(), "situatie": {"personen": {"ik": {"geboortedatum": "1990-02-30"}}}},
            "situatie.personen.ik.geboortedatum",
        ),
    ],
)
def test_bad_input_is_a_problem_naming_the_field(client, verzoek, veld):
    antwoord = client.post("/v1/toetsing", json=verzoek)
    assert antwoord.status_code == 400, antwoord.text
    assert antwoord.headers["content-type"].startswith("application/problem+json")
    assert veld in {p["name"] for p in antwoord.json()["invalidParams"]}, antwoord.json()


def test_the_route_answers_in_english_on_request(client):
    antwoord = client.post("/v1/toetsing", json=_beslissing(bedrag=130), headers={"Accept-Language": "en"})
    assert antwoord.status_code == 200 and antwoord.headers["content-language"] == "en"
    assert antwoord.json()["naam"] == "Health-care allowance" or antwoord.json()["oordeel"] == "afwijkend"


def test_a_csv_of_decisions_gets_a_csv_of_verdicts(client):
    situatie = json.dumps(SITUATIE)
    rijen = [
        ["dossier", "regeling", "periode", "bedrag", "situatie"],
        ["A-1", "zorgtoeslag", "2025-03", "131", situatie],
        ["A-2", "zorgtoeslag", "2025-01", "123,00", situatie],
        ["A-3", "zorgtoeslag", "2025-03", "veel", situatie],
        ["A-4", "zorgtoeslag", "2025-03", "131", json.dumps({"personen": {"ik": {"geboortedatum": "1990-05-01"}}})],
    ]
    tekst = io.StringIO()
    csv.writer(tekst, delimiter=";").writerows(rijen)
    antwoord = client.post(
        "/v1/toetsing/batch", content=tekst.getvalue().encode(), headers={"Content-Type": "text/csv"}
    )
    assert antwoord.status_code == 200 and antwoord.headers["content-type"].startswith("text/csv")
    uit = {r["dossier"]: r for r in csv.DictReader(io.StringIO(antwoord.text))}
    assert uit["A-1"]["oordeel"] == "juist" and uit["A-1"]["berekend"] == "131.00"
    assert uit["A-2"]["oordeel"] == "afwijkend" and uit["A-2"]["verschil"] == "-8.00"
    assert uit["A-2"]["past_bij_periode"] == "2024-12" and "BWBR0018451" in uit["A-2"]["grondslag"]
    assert uit["A-3"]["oordeel"] == "fout" and "bedrag" in uit["A-3"]["fout"]
    assert uit["A-4"]["oordeel"] == "onbekend" and "ik.verzekerd_zvw" in uit["A-4"]["ontbrekende_gegevens"]
    assert len(uit["A-1"]["parameters_sha256"]) == 64
    zonder_kolom = client.post(
        "/v1/toetsing/batch", content=b"dossier,regeling\nx,y\n", headers={"Content-Type": "text/csv"}
    )
    assert zonder_kolom.status_code == 400 and {p["name"] for p in zonder_kolom.json()["invalidParams"]} >= {"bedrag"}
