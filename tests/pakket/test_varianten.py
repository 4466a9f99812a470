"""POST /v1/varianten and GET /v1/hervormingen: policy variants per request, with the server never restarted.

The zorgtoeslag figures are worked out by hand from Wet op de zorgtoeslag art. 2 and the 2025 parameter values
in ``parameters/`` (standaardpremie 2112, drempelinkomen 28,406, normpremie 4.273% of the drempelinkomen with
a toeslagpartner and 13.7% of the joint income above it), and the Awir's rounding (a yearly amount in whole
euros, art. 14 lid 4; a monthly term rounded down); not taken from the code's output.
"""

import copy
import json
from pathlib import Path

import jsonschema_rs
import pytest
from fastapi.testclient import TestClient
from hulp import kinderopvang_gezin, kleine_app
from openfisca_nl_sociaal.api.v1.varianten import (
    ANTWOORD_SCHEMA,
    HERVORMINGEN_PAD,
    HERVORMINGEN_SCHEMA,
    PAD,
    VOORBEELD,
    maak_router,
    verzoek_schema,
)
from openfisca_nl_sociaal.reforms import HERVORMINGEN

from openfisca_nl_sociaal import tax_benefit_system
from openfisca_nl_sociaal.antwoord.aanspraken import bereken_aanspraken
from openfisca_nl_sociaal.beleid.varianten import bereken_varianten
from openfisca_nl_sociaal.beleid.wijzigingen import (
    gewijzigd_systeem,
    huidige_waarde,
    lees_wijzigingen,
    parameter_op,
    parameterpaden,
)
from openfisca_nl_sociaal.regelingen import REGELINGEN

PROBLEM = "application/problem+json"
VOORBEELDEN = Path(__file__).parents[1] / "voorbeelden"


@pytest.fixture(scope="module")
def client():
    return TestClient(kleine_app(maak_router()), raise_server_exceptions=False)


def _gezin() -> dict:
    """The README's couple with one child in Rotterdam (2025-03), joint toetsingsinkomen 24,000 + 8,000 =
    32,000, with the facts that decide most schemes: both partners' net income, the child's income and assets,
    no childcare."""
    verzoek = json.loads((VOORBEELDEN / "gezin_met_kind.json").read_text(encoding="utf-8"))
    verzoek["personen"]["ik"]["netto_inkomen"] = 1750
    verzoek["personen"]["partner"]["netto_inkomen"] = 620
    verzoek["personen"]["kind"].update(toetsingsinkomen=0, vermogen=0, soort_kinderopvang="geen")
    return verzoek


def _fouten(schema: dict, body) -> list[str]:
    """What makes ``body`` invalid against a published JSON schema (nothing: it conforms)."""
    return [str(f)[:300] for f in jsonschema_rs.Draft202012Validator(schema, validate_formats=True).iter_errors(body)]


def _regeling(antwoord: dict, regeling: str) -> dict:
    return next(r for r in antwoord["regelingen"] if r["id"] == regeling)


# Zorgtoeslag today (2025-03): normpremie 0.04273 × 28,406 + 0.137 × (32,000 − 28,406) = 1213.78838 + 492.378 =
# 1706.16638; a year 2 × 2112 − 1706.16638 = 2517.83362 → 2518; a term ⌊2518 / 12⌋ = ⌊209.83⌋ = 209.
ZORGTOESLAG_HUIDIG = {"status": "recht", "bedrag_per_maand": 209.0, "bedrag_per_jaar": 2518.0}


@pytest.mark.parametrize(
    ("wijziging", "variant", "verschil"),
    [
        # standaardpremie +120: a year 2 × 2232 − 1706.16638 = 2757.83362 → 2758; a term ⌊229.83⌋ = 229
        (
            {"parameter": "wet_op_de_zorgtoeslag.standaardpremie", "vanaf": "2025-01-01", "waarde": 2232},
            (229.0, 2758.0),
            (20.0, 240.0),
        ),
        # 1 point less of the drempelinkomen: normpremie − 0.01 × 28,406 = − 284.06; a year 2517.83362 + 284.06 =
        # 2801.89362 → 2802; a term ⌊233.5⌋ = 233
        (
            {
                "parameter": "wet_op_de_zorgtoeslag.normpremie.percentage_drempelinkomen_met_toeslagpartner",
                "vanaf": "2025-01-01",
                "waarde": 0.03273,
            },
            (233.0, 2802.0),
            (24.0, 284.0),
        ),
    ],
    ids=["standaardpremie", "percentage_drempelinkomen"],
)
def test_zorgtoeslag_variant_changes_exactly_the_computed_difference_and_nothing_else(wijziging, variant, verschil):
    antwoord = bereken_varianten({"situatie": _gezin(), "wijzigingen": [wijziging]})["antwoorden"][0]
    zorgtoeslag = _regeling(antwoord, "zorgtoeslag")
    assert zorgtoeslag["huidig"] == ZORGTOESLAG_HUIDIG
    assert zorgtoeslag["variant"] == {"status": "recht", "bedrag_per_maand": variant[0], "bedrag_per_jaar": variant[1]}
    assert (zorgtoeslag["verschil_per_maand"], zorgtoeslag["verschil_per_jaar"]) == verschil
    for regeling in antwoord["regelingen"]:
        if regeling["id"] != "zorgtoeslag":
            assert regeling["huidig"] == regeling["variant"] and not regeling["gewijzigd"], regeling["id"]
            assert regeling["verschil_per_maand"] in (0.0, None)
    # several schemes are decided, so "unchanged" says something
    assert sum(r["huidig"]["status"] == "recht" for r in antwoord["regelingen"]) >= 4

    netto = antwoord["netto_huishoudinkomen"]
    assert netto["netto_inkomen_partners"] == {"huidig": 1750 + 620, "variant": 1750 + 620}
    assert netto["verschil_per_maand"] == verschil[0]
    # the definition: the partners' net income plus every net scheme decided in both
    meegeteld = [
        r
        for r in antwoord["regelingen"]
        if r["basis"] == "netto" and "onbekend" not in (r["huidig"]["status"], r["variant"]["status"])
    ]
    assert netto["huidig"] == pytest.approx(2370 + sum(r["huidig"]["bedrag_per_maand"] or 0 for r in meegeteld))
    passen = {r.id for r in REGELINGEN if r.niet_monetair}  # a pass has no amount to count
    assert {n["id"] for n in netto["niet_meegeteld"]} == {
        r["id"] for r in antwoord["regelingen"] if r["huidig"]["status"] == "onbekend" and r["id"] not in passen
    }
    assert netto["onvolledig"] == []


def test_the_baseline_is_unchanged_after_a_variant():
    """Today's system keeps its values and answers as before; the variant's system is another object."""
    voor = bereken_aanspraken(_gezin())
    tbs = tax_benefit_system()
    bereken_varianten(
        {
            "situatie": _gezin(),
            "wijzigingen": [
                {"parameter": "wet_op_de_zorgtoeslag.standaardpremie", "vanaf": "2020-01-01", "waarde": 5000},
                {
                    "parameter": "wet_kinderopvang.toeslagpercentage.eerste_kind",
                    "vanaf": "2020-01-01",
                    "schaal": [{"drempel": 0, "waarde": 0.5}],
                },
            ],
            "hervormingen": list(HERVORMINGEN),
        }
    )
    assert tax_benefit_system() is tbs
    assert tbs.parameters.wet_op_de_zorgtoeslag.standaardpremie.get_at_instant("2025-03-01") == 2112
    assert len(tbs.parameters.wet_kinderopvang.toeslagpercentage.eerste_kind.brackets) == 69
    assert bereken_aanspraken(_gezin()) == voor


def test_a_scale_change_with_more_brackets_and_an_end_date():
    """New brackets are added where the scale has fewer; ``tot`` ends the change, after which today's value
    applies again; before ``vanaf`` nothing changed."""
    schaal = [{"drempel": d, "tarief": t} for d, t in [(0, 0.1), (10_000, 0.2), (20_000, 0.3), (30_000, 0.4)]]
    schaal += [{"drempel": 40_000 + 10_000 * i, "tarief": 0.5} for i in range(4)]
    wijzigingen = lees_wijzigingen(
        [
            {
                "parameter": "wet_inkomstenbelasting_2001.tarief",
                "vanaf": "2025-01-01",
                "tot": "2025-12-31",
                "schaal": schaal,
            }
        ]
    )
    tarief = gewijzigd_systeem(wijzigingen).parameters.wet_inkomstenbelasting_2001.tarief
    vandaag = tax_benefit_system().parameters.wet_inkomstenbelasting_2001.tarief
    assert tarief.get_at_instant("2025-06-01").thresholds == [s["drempel"] for s in schaal]
    assert tarief.get_at_instant("2025-06-01").rates == [s["tarief"] for s in schaal]
    for datum in ("2024-12-31", "2026-01-01"):
        assert tarief.get_at_instant(datum).thresholds == vandaag.get_at_instant(datum).thresholds
        assert tarief.get_at_instant(datum).rates == vandaag.get_at_instant(datum).rates


def test_the_same_changes_give_the_same_cached_system():
    """Spelled differently (a path with slashes, a whole number for an amount) the changes are the same, and
    so is the system: built once."""
    a = lees_wijzigingen(
        [{"parameter": "wet_op_de_zorgtoeslag.standaardpremie", "vanaf": "2025-01-01", "waarde": 2232}]
    )
    b = lees_wijzigingen(
        [{"parameter": "wet_op_de_zorgtoeslag/standaardpremie", "vanaf": "2025-01-01", "waarde": 2232.0}]
    )
    assert a == b
    assert gewijzigd_systeem(a) is gewijzigd_systeem(b)
    assert gewijzigd_systeem(a) is not tax_benefit_system()
    voor = gewijzigd_systeem.cache_info().hits
    bereken_varianten({"situatie": _gezin(), "wijzigingen": [{**VOORBEELD["wijzigingen"][0], "waarde": 2232}]})
    assert gewijzigd_systeem.cache_info().hits == voor + 1


def test_named_reform_through_the_api(client):
    """The household of tests/pakket/test_reforms.py: joint income 50,000 in 2026, 96% for both children; the 2025
    maximum uurprijzen give 0.96 × (100 × 10.71 + 60 × 9.52) = 1576.512 a month → 18918 a year → 1576 a term,
    against 0.96 × (100 × 11.23 + 60 × 9.98) = 1652.928 → 19835 → 1652 today."""
    situatie = kinderopvang_gezin("2026-03-01", 50_000, 0)
    antwoord = client.post(
        PAD, json={"situaties": [situatie], "hervormingen": ["maximum_uurprijs_niet_indexeren_2026"]}
    )
    assert antwoord.status_code == 200, antwoord.text
    assert antwoord.headers["Content-Language"] == "nl"
    body = antwoord.json()
    assert _fouten(ANTWOORD_SCHEMA, body) == []
    kot = _regeling(body["antwoorden"][0], "kinderopvangtoeslag")
    assert (kot["huidig"]["bedrag_per_maand"], kot["variant"]["bedrag_per_maand"]) == (1652.0, 1576.0)
    assert [h["id"] for h in body["hervormingen"]] == ["maximum_uurprijs_niet_indexeren_2026"]
    assert body["hervormingen"][0]["bronnen"][0]["titel"].startswith("Kamerstuk 36 680")
    toegepast = {w["parameter"]: w for w in body["wijzigingen"]}
    assert toegepast["wet_kinderopvang.maximum_uurprijs.dagopvang"] == {
        "parameter": "wet_kinderopvang.maximum_uurprijs.dagopvang",
        "vanaf": "2026-01-01",
        "tot": "2026-12-31",
        "waarde": 10.71,
        "label": "Maximum uurprijs dagopvang",
        "eenheid": "currency-EUR",
        "huidig": 11.23,
        "hervorming": "maximum_uurprijs_niet_indexeren_2026",
    }


def test_the_example_and_the_published_schemas(client):
    assert _fouten(verzoek_schema(), VOORBEELD) == []
    antwoord = client.post(PAD, json=VOORBEELD, headers={"Accept-Language": "en"})
    assert antwoord.status_code == 200 and antwoord.headers["Content-Language"] == "en"
    assert _fouten(ANTWOORD_SCHEMA, antwoord.json()) == []
    spec = client.get("/v1/openapi.json").json()
    operatie = spec["paths"][PAD]["post"]
    assert operatie["requestBody"]["content"]["application/json"]["schema"]["properties"]["hervormingen"]
    assert set(operatie["responses"]) >= {"200", "400", "413", "500"}
    lijst = client.get(HERVORMINGEN_PAD)
    assert lijst.status_code == 200
    assert _fouten(HERVORMINGEN_SCHEMA, lijst.json()) == []
    assert [h["id"] for h in lijst.json()["hervormingen"]] == list(HERVORMINGEN)


def test_a_bad_situation_in_a_list_gets_its_problem_in_its_place(client):
    slecht = {**_gezin(), "peildatum": "2019-12-31"}
    antwoord = client.post(PAD, json={"situaties": [_gezin(), slecht], "wijzigingen": VOORBEELD["wijzigingen"]})
    assert antwoord.status_code == 200
    eerste, tweede = antwoord.json()["antwoorden"]
    assert _regeling(eerste, "zorgtoeslag")["verschil_per_maand"] == 20.0
    assert [p["name"] for p in tweede["probleem"]["invalidParams"]] == ["situaties.1.peildatum"]


_ZT = "wet_op_de_zorgtoeslag.standaardpremie"
_KOT = "wet_kinderopvang.toeslagpercentage.eerste_kind"


def _met(**wijziging) -> dict:
    return {"situatie": _gezin(), "wijzigingen": [{"parameter": _ZT, "vanaf": "2025-01-01", **wijziging}]}


@pytest.mark.parametrize(
    ("verzoek", "veld"),
    [
        (_met(parameter="wet_op_de_zorgtoeslag.bestaat_niet", waarde=1), "wijzigingen.0.parameter"),
        (_met(parameter="wet_op_de_zorgtoeslag", waarde=1), "wijzigingen.0.parameter"),  # a node
        (_met(parameter=f"{_KOT}.brackets", waarde=1), "wijzigingen.0.parameter"),  # inside a scale
        (_met(parameter=7, waarde=1), "wijzigingen.0.parameter"),
        (_met(schaal=[{"drempel": 0, "waarde": 2232}]), "wijzigingen.0.schaal"),  # a scale for a plain value
        (_met(parameter=_KOT, waarde=0.96), "wijzigingen.0.waarde"),  # a plain value for a scale
        (_met(waarde=True), "wijzigingen.0.waarde"),  # a boolean for a number
        (_met(waarde="2232"), "wijzigingen.0.waarde"),
        (_met(waarde=None), "wijzigingen.0.waarde"),
        (_met(), "wijzigingen.0.waarde"),  # missing
        (_met(waarde=-1), "wijzigingen.0.waarde"),  # a negative amount
        (_met(waarde=1e12), "wijzigingen.0.waarde"),
        (
            _met(
                parameter="wet_op_de_zorgtoeslag.normpremie.percentage_toetsingsinkomen_boven_drempelinkomen",
                waarde=13.7,
            ),
            "wijzigingen.0.waarde",
        ),  # a rate as a percentage where the unit is /1
        (_met(parameter="wet_op_de_zorgtoeslag.leeftijd_verzekerde", waarde=18.5), "wijzigingen.0.waarde"),
        (_met(parameter="wet_op_de_zorgtoeslag.leeftijd_verzekerde", waarde=1000), "wijzigingen.0.waarde"),
        (_met(parameter=_KOT, schaal=[{"drempel": 0, "waarde": 96}]), "wijzigingen.0.schaal.0.waarde"),
        (_met(parameter=_KOT, schaal=[{"drempel": 0, "tarief": 0.96}]), "wijzigingen.0.schaal.0"),
        (
            _met(parameter=_KOT, schaal=[{"drempel": 0, "waarde": 0.96}, {"drempel": 0, "waarde": 0.5}]),
            "wijzigingen.0.schaal.1.drempel",
        ),
        (_met(parameter=_KOT, schaal=[]), "wijzigingen.0.schaal"),
        (_met(waarde=2232, vanaf="2019-12-31"), "wijzigingen.0.vanaf"),  # before the rules
        (_met(waarde=2232, vanaf="2025-02-30"), "wijzigingen.0.vanaf"),  # no such date
        (_met(waarde=2232, vanaf="1 januari 2025"), "wijzigingen.0.vanaf"),
        (_met(waarde=2232, tot="2024-12-31"), "wijzigingen.0.tot"),  # before vanaf
        (_met(waarde=2232, tussen="x"), "wijzigingen.0.tussen"),
        ({"situatie": _gezin(), "wijzigingen": {"parameter": _ZT}}, "wijzigingen"),
        ({"situatie": _gezin(), "wijzigingen": ["x"]}, "wijzigingen.0"),
        ({"situatie": _gezin(), "hervormingen": ["bestaat_niet"]}, "hervormingen.0"),
        ({"situatie": _gezin(), "hervormingen": [next(iter(HERVORMINGEN))] * 2}, "hervormingen.1"),
        ({"situatie": _gezin()}, "wijzigingen"),  # nothing to change
        ({"situatie": _gezin(), "situaties": [_gezin()], "hervormingen": list(HERVORMINGEN)[:1]}, "situatie"),
        ({"situaties": [], "hervormingen": list(HERVORMINGEN)[:1]}, "situaties"),
        ({**_met(waarde=2232), "variant": 1}, "variant"),
        (
            {**_met(waarde=2232), "situatie": {**_gezin(), "peildatum": "2025-13-01"}},
            "situatie.peildatum",
        ),
    ],
)
def test_bad_input_is_a_problem_naming_the_field(client, verzoek, veld):
    antwoord = client.post(PAD, json=verzoek)
    assert antwoord.status_code == 400, antwoord.text
    assert antwoord.headers["content-type"].startswith(PROBLEM)
    body = antwoord.json()
    assert {"type", "title", "status", "detail"} <= set(body)
    assert veld in [p["name"] for p in body["invalidParams"]], body


def test_not_json_and_not_an_object_are_problems(client):
    for inhoud in (b"{", b"[]", b""):
        antwoord = client.post(PAD, content=inhoud, headers={"Content-Type": "application/json"})
        assert antwoord.status_code == 400 and antwoord.headers["content-type"].startswith(PROBLEM)


def test_a_variant_that_cannot_be_computed_is_a_problem_not_a_500(client, monkeypatch):
    """Values that pass the checks but break a formula: the situations computed under today's rules, so the
    changes are what failed (simulated here by a system that fails to compute)."""
    from openfisca_nl_sociaal.beleid import varianten

    class Kapot:
        def __getattr__(self, naam):
            raise RuntimeError("kapot")

    monkeypatch.setattr(varianten, "gewijzigd_systeem", lambda wijzigingen: Kapot())
    antwoord = client.post(PAD, json=VOORBEELD)
    assert antwoord.status_code == 400 and antwoord.headers["content-type"].startswith(PROBLEM)
    assert [p["name"] for p in antwoord.json()["invalidParams"]] == ["wijzigingen"]


def test_every_parameter_of_the_model_accepts_its_own_value(client):
    """The checks never refuse what the model itself holds: each parameter's (or scale's) value on 2026-01-01,
    sent back as a change, passes (and changes nothing)."""
    parameters = tax_benefit_system().parameters
    wijzigingen = []
    for pad in parameterpaden():
        huidig = huidige_waarde(parameter_op(parameters, pad), "2026-01-01")
        if huidig is None or huidig == []:
            continue  # not known on that date (a municipality's missing rule)
        veld = "schaal" if isinstance(huidig, list) else "waarde"
        wijzigingen.append({"parameter": pad, "vanaf": "2026-01-01", veld: copy.deepcopy(huidig)})
    assert len(wijzigingen) > 100
    for begin in range(0, len(wijzigingen), 50):
        lees_wijzigingen(wijzigingen[begin : begin + 50])
