"""Extreme but valid input (issue 17): every numeric fact at the ends of what the API accepts computes without
overflow, NaN or inf (NumPy's floating-point warnings are errors in this suite: pyproject.toml), and every amount
answered is finite."""

import copy
import json
import math
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from openfisca_nl_sociaal import tax_benefit_system
from openfisca_nl_sociaal.invoer.feiten import FEITEN
from openfisca_nl_sociaal.invoer.situatie import grenzen

VOORBEELD = json.loads((Path(__file__).parents[1] / "voorbeelden" / "utrecht_2024_alle_regelingen.json").read_text())
TBS = tax_benefit_system()
#: every numeric fact of the contract with its entity (persoon or huishouden) and the ends the API accepts
GETALLEN = {
    naam: (TBS.variables[naam].entity.key, grenzen(TBS.variables[naam]))
    for naam in FEITEN
    if naam in TBS.variables and TBS.variables[naam].value_type in (int, float)
}


def _uitersten(naam: str):
    _, (laag, hoog) = GETALLEN[naam]
    soort = TBS.variables[naam].value_type
    waarden = [laag, hoog, soort(hoog / 2), soort(laag + 1)]
    if soort is float:
        waarden += [hoog - 0.01, 0.01]
    return st.sampled_from(waarden)


@st.composite
def uiterste_situaties(draw):
    situatie = copy.deepcopy(VOORBEELD)
    situatie["peildatum"] = draw(st.sampled_from(["2023-07-01", "2024-03-01", "2025-06-01", "2026-12-01"]))
    for naam in draw(st.lists(st.sampled_from(sorted(GETALLEN)), min_size=1, max_size=6, unique=True)):
        entiteit, _ = GETALLEN[naam]
        waarde = draw(_uitersten(naam))
        if entiteit == "huishouden":
            situatie["huishoudens"]["woning"][naam] = waarde
        else:
            persoon = draw(st.sampled_from(sorted(situatie["personen"])))
            situatie["personen"][persoon][naam] = waarde
            if naam in ("bruto_loon", "bruto_pensioen"):  # the estimate is read only without the income facts
                situatie["personen"][persoon].pop("toetsingsinkomen", None)
                situatie["personen"][persoon].pop("netto_inkomen", None)
    return situatie


def _eindig(antwoord: dict) -> None:
    for regeling in antwoord["regelingen"]:
        for veld in ("bedrag_per_maand", "bedrag_per_jaar"):
            waarde = regeling.get(veld)
            assert waarde is None or math.isfinite(waarde), (regeling["id"], veld, waarde)


def test_every_numeric_fact_is_covered():
    assert {"toetsingsinkomen", "vermogen", "netto_inkomen", "kale_huur", "kinderopvang_uurprijs"} <= set(GETALLEN)
    assert all(hoog is not None for _, (_, hoog) in GETALLEN.items())


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(situatie=uiterste_situaties())
def test_extreme_valid_facts_compute_finite_amounts(client, situatie):
    antwoord = client.post("/v1/aanspraken", json=situatie)
    assert antwoord.status_code == 200, antwoord.text
    _eindig(antwoord.json())
    uitleg = client.post("/v1/uitleg", json={**situatie, "regeling": "kwijtschelding_gemeentelijke_belastingen"})
    assert uitleg.status_code == 200, uitleg.text
    toetsing = client.post(
        "/v1/toetsing",
        json={"situatie": situatie, "beslissing": {"regeling": "huurtoeslag", "periode": "2024-03", "bedrag": 1e9}},
    )
    assert toetsing.status_code in (200, 400), toetsing.text


def test_just_above_the_greatest_amount_is_a_400_naming_the_field(client):
    situatie = copy.deepcopy(VOORBEELD)
    situatie["personen"]["ik"]["toetsingsinkomen"] = 1_000_000_000.01
    antwoord = client.post("/v1/aanspraken", json=situatie)
    assert antwoord.status_code == 400
    assert [p["name"] for p in antwoord.json()["invalidParams"]] == ["personen.ik.toetsingsinkomen"]
