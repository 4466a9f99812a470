"""The OpenFisca-compatible routes under /v1 answer as openfisca-core's web API does, and with a 400 where
core answers a 500."""

import copy

import pytest
from hypothesis import HealthCheck, given, settings
from openfisca_nl_sociaal.api.v1.openfisca import VOORBEELD
from openfisca_web_api.app import create_app as openfisca_create_app
from strategieen import BEDRAGEN, huishoudens

from openfisca_nl_sociaal import bron_in_repository
from openfisca_nl_sociaal.invoer.situatie import lees_situatie

PROBLEM = "application/problem+json"

# The request of openfisca-core's documentation ("Calculate", openfisca.org/doc/openfisca-web-api/input-output-data),
# adapted to this package's entities and variables: the OpenAPI document's example with a second partner.
OPENFISCA_VERZOEK = copy.deepcopy(VOORBEELD)
OPENFISCA_VERZOEK["personen"]["Bart"] = {
    "geboortedatum": {"ETERNITY": "1983-11-20"},
    "toetsingsinkomen": {"2025": 9000},
    "vermogen": {"2025": 0},
    "verzekerd_zvw": {"2025-03": True},
    "woont_in_nederland": {"2025-03": True},
}
OPENFISCA_VERZOEK["gezinnen"]["gezin_1"]["partners"].append("Bart")
OPENFISCA_VERZOEK["gezinnen"]["gezin_1"]["zorgtoeslag__jaarbedrag"] = {"2025-03": None}
OPENFISCA_VERZOEK["huishoudens"]["huishouden_1"]["bewoners"].append("Bart")


@pytest.fixture(scope="module")
def core(tbs):
    """openfisca-core's own web API (what `openfisca serve` runs) on this package."""
    return openfisca_create_app(tbs).test_client()


def test_an_openfisca_client_request_gets_cores_answer(client, core):
    ons = client.post("/v1/calculate", json=OPENFISCA_VERZOEK)
    hun = core.post("/calculate", json=OPENFISCA_VERZOEK)
    assert ons.status_code == hun.status_code == 200
    assert ons.json() == hun.json
    assert ons.json()["gezinnen"]["gezin_1"]["zorgtoeslag"]["2025-03"] > 0
    assert ons.json()["personen"]["Ricarda"]["leeftijd"]["2025-03"] == 39


def test_trace_has_cores_shape(client, core):
    ons = client.post("/v1/trace", json=OPENFISCA_VERZOEK).json()
    hun = core.post("/trace", json=OPENFISCA_VERZOEK).json
    assert set(ons) == set(hun) == {"trace", "entitiesDescription", "requestedCalculations"}
    assert sorted(ons["requestedCalculations"]) == sorted(hun["requestedCalculations"])
    assert set(ons["trace"]) == set(hun["trace"])


@pytest.mark.parametrize(
    "ons,hun",
    [
        ("/v1/variables/zorgtoeslag", "/variable/zorgtoeslag"),
        ("/v1/variable/zorgtoeslag", "/variable/zorgtoeslag"),
        (
            "/v1/parameters/participatiewet/normen/alleenstaande_21_tot_aow_leeftijd",
            "/parameter/participatiewet/normen/alleenstaande_21_tot_aow_leeftijd",
        ),
        (
            "/v1/parameter/participatiewet.normen.alleenstaande_21_tot_aow_leeftijd",
            "/parameter/participatiewet/normen/alleenstaande_21_tot_aow_leeftijd",
        ),
        ("/v1/entities", "/entities"),
    ],
)
def test_descriptions_equal_cores(client, core, ons, hun):
    """Core's shapes and values, but for one deliberate difference: ``source`` names the file at its path in the
    repository, where core, run from an installed wheel, names the wheel's path (issue 19)."""
    verwacht = core.get(hun).json
    if isinstance(verwacht, dict) and "source" in verwacht:
        verwacht = {**verwacht, "source": bron_in_repository(verwacht["source"])}
    assert client.get(ons).json() == verwacht


def test_listings_name_the_same_variables_and_parameters(client, core):
    assert set(client.get("/v1/variables").json()) == set(core.get("/variables").json)
    assert set(client.get("/v1/parameters").json()) == set(core.get("/parameters").json)
    assert client.get("/v1/variables").json()["zorgtoeslag"]["href"].endswith("/v1/variables/zorgtoeslag")


def _met(pad, waarde):
    verzoek = copy.deepcopy(OPENFISCA_VERZOEK)
    doel = verzoek
    for stap in pad[:-1]:
        doel = doel[stap]
    doel[pad[-1]] = waarde
    return verzoek


# Requests openfisca-core answers with a 500, each answered here with a 400 naming the field.
CORE_500 = [
    (
        "jaarvariabele per maand",
        ("personen", "Ricarda", "inkomstenbelasting__belastbaar_inkomen_uit_werk"),
        {"2025-03": None},
    ),
    ("maandvariabele per jaar", ("gezinnen", "gezin_1", "zorgtoeslag"), {"2025": None}),
    ("een dag", ("gezinnen", "gezin_1", "zorgtoeslag"), {"2025-03-01": None}),
    ("drie maanden", ("gezinnen", "gezin_1", "zorgtoeslag"), {"month:2025-01:3": None}),
]

# Input that openfisca-core silently takes as something else (a 200 with a coerced value): a 400 here.
CORE_STIL = [
    ("getal als gemeentecode", ("huishoudens", "huishouden_1", "gemeente"), {"2025-03": 12}),
    ("getal als ja/nee", ("personen", "Bart", "verzekerd_zvw"), {"2025-03": 3}),
    ("maand voor een feit van altijd", ("personen", "Bart", "geboortedatum"), {"2025-03": "1980-01-01"}),
]


@pytest.mark.parametrize("omschrijving,pad,waarde", CORE_STIL, ids=[c[0] for c in CORE_STIL])
def test_what_core_silently_coerces_is_a_400_problem_here(client, core, omschrijving, pad, waarde):
    verzoek = _met(pad, waarde)
    assert core.post("/calculate", json=copy.deepcopy(verzoek)).status_code == 200
    antwoord = client.post("/v1/calculate", json=verzoek)
    assert antwoord.status_code == 400 and antwoord.json()["invalidParams"]


@pytest.mark.parametrize("omschrijving,pad,waarde", CORE_500, ids=[c[0] for c in CORE_500])
def test_what_core_answers_with_a_500_is_a_400_problem_here(client, core, omschrijving, pad, waarde):
    verzoek = _met(pad, waarde)
    assert core.post("/calculate", json=copy.deepcopy(verzoek)).status_code == 500
    antwoord = client.post("/v1/calculate", json=verzoek)
    assert antwoord.status_code == 400 and antwoord.headers["content-type"].startswith(PROBLEM)
    assert antwoord.json()["invalidParams"]


def test_every_variable_at_once_is_a_400_naming_the_limit(client, core, tbs):
    verzoek = copy.deepcopy(OPENFISCA_VERZOEK)
    for naam, variabele in tbs.variables.items():
        if variabele.entity.key == "persoon" and variabele.formulas:
            verzoek["personen"]["Ricarda"][naam] = {"2025-03": None}
    assert core.post("/calculate", json=copy.deepcopy(verzoek)).status_code == 500
    antwoord = client.post("/v1/calculate", json=verzoek)
    assert antwoord.status_code == 400
    assert "2025-03" in str(antwoord.json()["invalidParams"])  # names the yearly variables asked for a month


SLECHT = [
    ("onbekende variabele", ("personen", "Ricarda", "schoenmaat"), {"2025": 42}, "personen.Ricarda.schoenmaat"),
    (
        "verkeerd type",
        ("personen", "Ricarda", "toetsingsinkomen"),
        {"2025": "veel"},
        "personen.Ricarda.toetsingsinkomen.2025",
    ),
    (
        "negatief bedrag",
        ("personen", "Ricarda", "toetsingsinkomen"),
        {"2025": -5},
        "personen.Ricarda.toetsingsinkomen.2025",
    ),
    (
        "onzinperiode",
        ("personen", "Ricarda", "toetsingsinkomen"),
        {"vorig jaar": 1},
        "personen.Ricarda.toetsingsinkomen.vorig jaar",
    ),
    (
        "variabele van een andere entiteit",
        ("personen", "Ricarda", "zorgtoeslag"),
        {"2025-03": None},
        "personen.Ricarda.zorgtoeslag",
    ),
    (
        "onbekende persoon in een rol",
        ("gezinnen", "gezin_1", "partners"),
        ["Ricarda", "spook"],
        "gezinnen.gezin_1.partners",
    ),
    ("onbekende entiteit", ("huishoudens_en_meer",), {}, "huishoudens_en_meer"),
]


@pytest.mark.parametrize("omschrijving,pad,waarde,veld", SLECHT, ids=[s[0] for s in SLECHT])
def test_bad_input_is_a_400_problem_naming_the_field(client, omschrijving, pad, waarde, veld):
    antwoord = client.post("/v1/calculate", json=_met(pad, waarde))
    assert antwoord.status_code == 400 and antwoord.headers["content-type"].startswith(PROBLEM)
    assert veld in [p["name"] for p in antwoord.json()["invalidParams"]]


def test_unknown_variable_or_parameter_is_a_404_problem(client):
    for pad in ("/v1/variables/schoenmaat", "/v1/parameters/niets/hier"):
        antwoord = client.get(pad)
        assert antwoord.status_code == 404 and antwoord.headers["content-type"].startswith(PROBLEM)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(verzoek=huishoudens())
def test_calculate_built_from_arrays_answers_what_core_answers(client, core, tbs, verzoek):
    """/v1/calculate builds a situation with every person placed from arrays (``simulaties.py``), not with
    core's dict builder: for any household it must answer exactly what core answers."""
    situatie = lees_situatie(verzoek, tbs)
    openfisca = copy.deepcopy(situatie.openfisca)
    gezin = openfisca["gezinnen"][situatie.gezin_van(situatie.aanvrager)]
    for naam in BEDRAGEN:
        gezin[naam] = {situatie.maand: None}
    for persoon in openfisca["personen"].values():
        persoon["aow__bruto_per_maand"] = {situatie.maand: None}
    ons = client.post("/v1/calculate", json=openfisca)
    hun = core.post("/calculate", json=copy.deepcopy(openfisca))
    assert ons.status_code == hun.status_code == 200
    assert ons.json() == hun.get_json()
