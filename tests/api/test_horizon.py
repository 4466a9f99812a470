"""No silent extrapolation (issue 15): past the date up to which a scheme's rules are confirmed (its horizon, declared
as ``bekend_tot`` in ``parameters/<wet>/index.yaml``), the scheme answers ``onbekend`` with the reason
``rekenregels_beschikbaar`` and says up to which date its rules are known, never last year's amount."""

import json
from pathlib import Path

import pytest

from openfisca_nl_sociaal.regelingen import REGELINGEN

VOORBEELD = Path(__file__).parents[1] / "voorbeelden" / "utrecht_2024_alle_regelingen.json"


def _situatie(peildatum: str) -> dict:
    return {**json.loads(VOORBEELD.read_text(encoding="utf-8")), "peildatum": peildatum}


def _regelingen(client, situatie: dict) -> dict[str, dict]:
    antwoord = client.post("/v1/aanspraken", json=situatie)
    assert antwoord.status_code == 200, antwoord.text
    return {r["id"]: r for r in antwoord.json()["regelingen"]}


def test_every_scheme_declares_a_horizon():
    assert all(regeling.bekend_tot() is not None for regeling in REGELINGEN)


@pytest.mark.parametrize("peildatum", ["2027-02-01", "2028-07-01"])
def test_past_the_horizon_every_scheme_is_unknown_with_its_date(client, peildatum):
    for ident, regeling in _regelingen(client, _situatie(peildatum)).items():
        bekend_tot = next(r for r in REGELINGEN if r.id == ident).bekend_tot().isoformat()
        assert bekend_tot < peildatum
        assert regeling["status"] == "onbekend", ident
        assert regeling["bedrag_per_maand"] is None and regeling["bedrag_per_jaar"] is None
        assert "bedrag_per_maand_min" not in regeling
        assert regeling["rekenregels_bekend_tot"] == bekend_tot
        eerste = regeling["redenen"][0]
        assert eerste["voorwaarde"] == "rekenregels_beschikbaar" and eerste["voldaan"] is False
        assert "bekend tot en met" in eerste["uitleg"] and "2026" in eerste["uitleg"]
        assert regeling["ontbrekende_gegevens"] == []


def test_within_the_horizon_nothing_changes(client):
    regelingen = _regelingen(client, _situatie("2026-03-01"))
    assert all("rekenregels_bekend_tot" not in r for r in regelingen.values())
    assert regelingen["zorgtoeslag"]["status"] == "recht"


def test_a_scheme_past_its_horizon_asks_no_questions(client):
    antwoord = client.post("/v1/aanspraken", json={"peildatum": "2027-02-01", "personen": {"ik": {}}})
    assert antwoord.status_code == 200
    assert antwoord.json()["vervolgvragen"] == []


def test_english_says_it_too(client):
    antwoord = client.post("/v1/aanspraken", json=_situatie("2027-02-01"), headers={"Accept-Language": "en"})
    reden = antwoord.json()["regelingen"][0]["redenen"][0]
    assert "known up to and including 31 December 2026" in reden["uitleg"]


def test_a_decision_past_the_horizon_is_unknown_never_right_or_wrong(client):
    verzoek = {
        "situatie": _situatie("2028-07-01"),
        "beslissing": {"regeling": "zorgtoeslag", "periode": "2028-07", "bedrag": 100},
    }
    oordeel = client.post("/v1/toetsing", json=verzoek)
    assert oordeel.status_code == 200, oordeel.text
    body = oordeel.json()
    assert body["oordeel"] == "onbekend" and body["berekend"] is None
    assert body["rekenregels_bekend_tot"] == "2026-12-31"


def test_the_explanation_says_where_the_rules_end(client):
    uitleg = client.post("/v1/uitleg", json={**_situatie("2027-02-01"), "regeling": "zorgtoeslag"}).json()
    regeling = uitleg["regelingen"][0]
    assert regeling["rekenregels_bekend_tot"] == "2026-12-31"
    assert "geen antwoord voor deze datum" in regeling["waarschuwing"]
    binnen = client.post("/v1/uitleg", json={**_situatie("2026-03-01"), "regeling": "zorgtoeslag"}).json()
    assert "waarschuwing" not in binnen["regelingen"][0]


def test_the_batch_and_the_command_line_say_it_too(client):
    antwoord = client.post("/v1/aanspraken/batch", json={"situaties": [_situatie("2027-02-01")]})
    regelingen = antwoord.json()["antwoorden"][0]["regelingen"]
    assert {r["status"] for r in regelingen} == {"onbekend"}
    assert all(r["rekenregels_bekend_tot"] for r in regelingen)


def test_a_policy_variant_past_the_horizon_projects_and_says_so(client):
    """A reform question may look past the published rules (Kamerstuk plans for 2029): both sides are computed with
    the newest known rules, and each scheme says up to when its rules are known."""
    verzoek = {"situatie": _situatie("2029-03-01"), "hervormingen": ["kinderopvangtoeslag_96_procent"]}
    antwoord = client.post("/v1/varianten", json=verzoek)
    assert antwoord.status_code == 200, antwoord.text
    regelingen = {r["id"]: r for r in antwoord.json()["antwoorden"][0]["regelingen"]}
    assert regelingen["kinderopvangtoeslag"]["rekenregels_bekend_tot"] == "2026-12-31"
    assert regelingen["kinderopvangtoeslag"]["huidig"]["status"] == "recht"
    binnen = client.post("/v1/varianten", json={**verzoek, "situatie": _situatie("2026-03-01")}).json()
    assert all("rekenregels_bekend_tot" not in r for r in binnen["antwoorden"][0]["regelingen"])


def test_a_curve_past_the_horizon_leaves_the_schemes_out_and_names_the_date(client):
    situatie = _situatie("2027-02-01")
    antwoord = client.post("/v1/curven", json={"situatie": situatie})
    assert antwoord.status_code == 200, antwoord.text
    curve = antwoord.json()
    weggelaten = {r["id"]: r for r in curve["weggelaten"]}
    assert weggelaten["zorgtoeslag"]["rekenregels_bekend_tot"] == "2026-12-31"
    assert weggelaten["zorgtoeslag"]["ontbrekende_gegevens"] == []
    assert curve["regelingen"] == []
    assert "de rekenregels zijn bekend tot en met 31 december 2026" in curve["samenvatting"]
    binnen = client.post("/v1/curven", json={"situatie": _situatie("2026-03-01")}).json()
    assert all("rekenregels_bekend_tot" not in r for r in binnen["weggelaten"])
