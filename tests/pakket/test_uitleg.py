"""POST /v1/uitleg: the computation as a tree, with the articles and the parameter values it used.

The expected parameter values, dates and references below were read by hand from the YAML files under
``parameters/`` (wet_op_de_zorgtoeslag/, awir/, wet_kinderopvang/), and the amounts worked out by hand from
Wet op de zorgtoeslag art. 2 and Awir art. 14 and 22, not taken from the code's output.
"""

import copy
import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from hulp import kleine_app
from openfisca_nl_sociaal.api.app import create_app
from openfisca_nl_sociaal.api.v1.uitleg import PAD, maak_router

from openfisca_nl_sociaal.antwoord.uitleg import leg_uit
from openfisca_nl_sociaal.invoer.problemen import Probleem
from openfisca_nl_sociaal.regelingen import REGELINGEN

VOORBEELDEN = Path(__file__).parents[1] / "voorbeelden"
PROBLEM = "application/problem+json"


def _voorbeeld(naam="gezin_met_kind", **extra):
    verzoek = json.loads((VOORBEELDEN / f"{naam}.json").read_text(encoding="utf-8"))
    verzoek.update(extra)
    return verzoek


@pytest.fixture(scope="module")
def app():
    return kleine_app(maak_router())


@pytest.fixture(scope="module")
def uitleg_client(app):
    return TestClient(app, raise_server_exceptions=False)


def _knopen(knoop):
    """Every node of a tree, in document order."""
    yield knoop
    for kind in knoop.get("kinderen", []):
        yield from _knopen(kind)


def _regeling_knopen(regeling):
    for voorwaarde in regeling["voorwaarden"]:
        yield from _knopen(voorwaarde["berekening"])
    yield from _knopen(regeling["berekening"])


def _volledig(regeling, variabele):
    """The node shown in full for a variable (at any period) in one scheme's trees."""
    gevonden = [k for k in _regeling_knopen(regeling) if k.get("variabele") == variabele]
    assert len(gevonden) == 1, f"{variabele}: {len(gevonden)} keer volledig"
    return gevonden[0]


def _parameters(regeling):
    gelezen = {}
    for knoop in _regeling_knopen(regeling):
        for parameter in knoop.get("parameters", []):
            gelezen.setdefault(parameter["pad"], parameter)
    return gelezen


def _zorgtoeslag(verzoek, taal="nl"):
    antwoord = leg_uit({**verzoek, "regeling": "zorgtoeslag"}, taal=taal)
    assert [r["id"] for r in antwoord["regelingen"]] == ["zorgtoeslag"]
    return antwoord["regelingen"][0]


# --- the parameter values used, with the date they took effect and their reference ----------------------------


def test_zorgtoeslag_2025_parameters_with_their_dates_and_references():
    gelezen = _parameters(_zorgtoeslag(_voorbeeld()))
    verwacht = {
        # pad: (waarde, geldig_vanaf, titel, url) as in the YAML files
        "wet_op_de_zorgtoeslag.standaardpremie": (
            2112,
            "2025-01-01",
            "Regeling vaststelling standaardpremie en bestuursrechtelijke premies 2025, art. 1 (Stcrt. 2024, 38887)",
            "https://wetten.overheid.nl/BWBR0050536/2025-01-01",
        ),
        "awir.drempelinkomen": (
            28406,
            "2025-01-01",
            "Wet op de zorgtoeslag, art. 1 lid 1 onder f; WML-maandbedrag januari 2025 € 2.191,80 (Stcrt. 2024, "
            "33625); Dienst Toeslagen, Berekening zorgtoeslag 2025",
            "https://wetten.overheid.nl/BWBR0018451/2025-01-01#Artikel1",
        ),
        "wet_op_de_zorgtoeslag.normpremie.percentage_drempelinkomen_met_toeslagpartner": (
            0.04273,
            "2025-01-01",
            "Wet op de zorgtoeslag, art. 2 lid 3 (Stb. 2024, 351)",
            "https://wetten.overheid.nl/BWBR0018451/2025-01-01#Artikel2",
        ),
        "wet_op_de_zorgtoeslag.normpremie.percentage_toetsingsinkomen_boven_drempelinkomen": (
            0.137,
            "2025-01-01",
            "Wet op de zorgtoeslag, art. 2 lid 3 (Stb. 2024, 351)",
            "https://wetten.overheid.nl/BWBR0018451/2025-01-01#Artikel2",
        ),
        "wet_op_de_zorgtoeslag.vermogensgrens.met_toeslagpartner": (
            179429,
            "2025-01-01",
            "Wet op de zorgtoeslag, art. 3 lid 1 (Stcrt. 2024, 37672)",
            "https://wetten.overheid.nl/BWBR0018451/2025-01-01#Artikel3",
        ),
        # values unchanged since 2020: the date is when that value took effect, not the peildatum's year
        "wet_op_de_zorgtoeslag.leeftijd_verzekerde": (
            18,
            "2020-01-01",
            "Wet op de zorgtoeslag, art. 1 lid 1 onder c (verzekerde: vanaf de eerste dag van de kalendermaand "
            "volgende op de maand waarin hij achttien jaar wordt)",
            "https://wetten.overheid.nl/BWBR0018451/2020-01-01#Artikel1",
        ),
        "awir.minimumbedrag_tegemoetkoming": (
            24,
            "2020-01-01",
            "Algemene wet inkomensafhankelijke regelingen, art. 14 lid 5",
            "https://wetten.overheid.nl/BWBR0018472/2020-01-01#Artikel14",
        ),
        "wet_op_de_zorgtoeslag.aandeel_bij_partner_niet_verzekerd": (
            0.5,
            "2020-01-01",
            "Wet op de zorgtoeslag, art. 2 lid 4",
            "https://wetten.overheid.nl/BWBR0018451/2020-01-01#Artikel2",
        ),
    }
    for pad, (waarde, vanaf, titel, url) in verwacht.items():
        assert pad in gelezen, pad
        assert gelezen[pad]["waarde"] == waarde, pad
        assert gelezen[pad]["geldig_vanaf"] == vanaf, pad
        assert gelezen[pad]["referentie"] == [{"titel": titel, "url": url}], pad
        assert gelezen[pad]["datum"] == "2025-03-01", pad
    assert gelezen["wet_op_de_zorgtoeslag.standaardpremie"]["eenheid"] == "currency-EUR"
    assert gelezen["wet_op_de_zorgtoeslag.standaardpremie"]["label"] == "Standaardpremie"


def test_zorgtoeslag_2024_uses_the_2024_values_and_references():
    gelezen = _parameters(_zorgtoeslag(_voorbeeld(peildatum="2024-06-01")))
    premie = gelezen["wet_op_de_zorgtoeslag.standaardpremie"]
    assert (premie["waarde"], premie["geldig_vanaf"]) == (1987, "2024-01-01")
    assert premie["referentie"] == [
        {
            "titel": "Regeling vaststelling standaardpremie en bestuursrechtelijke premies 2024, art. 1 (Stcrt. 2023, 32413)",
            "url": "https://wetten.overheid.nl/BWBR0049005/2024-01-01",
        }
    ]
    assert (gelezen["awir.drempelinkomen"]["waarde"], gelezen["awir.drempelinkomen"]["geldig_vanaf"]) == (
        26819,
        "2024-01-01",
    )
    grens = gelezen["wet_op_de_zorgtoeslag.vermogensgrens.met_toeslagpartner"]
    assert grens["waarde"] == 177301
    # in 2024 the asset limit was art. 2a; the 2024 reference says so
    assert grens["referentie"][0]["titel"] == "Wet op de zorgtoeslag, art. 2a lid 1 (Stcrt. 2023, 29706)"


def test_zorgtoeslag_tree_values_worked_out_by_hand():
    regeling = _zorgtoeslag(_voorbeeld())
    # Wzt art. 2: normpremie = 4.273% x 28,406 + 13.7% x (24,000 + 8,000 - 28,406) = 1,706.16638
    assert _volledig(regeling, "zorgtoeslag__normpremie")["waarde"] == pytest.approx(1706.16638)
    # standaardpremie counts twice with a toeslagpartner: 2 x 2,112
    assert _volledig(regeling, "zorgtoeslag__standaardpremie")["waarde"] == 4224
    assert _volledig(regeling, "zorgtoeslag__berekend_jaarbedrag")["waarde"] == pytest.approx(2517.83362)
    # Awir art. 14: rounded to whole euros; art. 22: a twelfth, rounded down (2,517.83 / 12 = 209.82)
    assert _volledig(regeling, "zorgtoeslag__jaarbedrag")["waarde"] == 2518
    wortel = regeling["berekening"]
    assert (wortel["variabele"], wortel["waarde"], wortel["entiteit"], wortel["periode"]) == (
        "zorgtoeslag",
        209,
        "gezin",
        "2025-03",
    )
    # the variable's law text as in force on the peildatum (2025-03-01), not the version its author read
    assert {
        "titel": "Wet op de zorgtoeslag, art. 2",
        "url": "https://wetten.overheid.nl/BWBR0018451/2025-03-01#Artikel2",
    } in (wortel["grondslag"])
    assert wortel["gegevens_compleet"] is True

    inkomen = _volledig(regeling, "toetsingsinkomen")
    assert (inkomen["entiteit"], inkomen["periode"], inkomen["gegeven"]) == ("persoon", "2025", True)
    assert inkomen["waarde"] == {"ik": 24000, "partner": 8000}
    assert inkomen["kinderen"] == [] and inkomen["parameters"] == []
    geboorte = _volledig(regeling, "geboortedatum")
    assert geboorte["waarde"] == {"ik": "1990-05-01", "partner": "1991-02-11"}
    assert geboorte["periode"] == "ETERNITY"
    # a computed persoon variable: every member of the gezin
    assert _volledig(regeling, "zorgtoeslag__verzekerde")["waarde"] == {"ik": True, "partner": True, "kind": False}

    assert regeling["naam"] == "Zorgtoeslag"
    ids = [v["voorwaarde"] for v in regeling["voorwaarden"]]
    assert ids == [v.id for v in REGELINGEN[0].voorwaarden]
    vermogen = regeling["voorwaarden"][ids.index("vermogen_onder_grens")]
    assert vermogen["berekening"]["variabele"] == "zorgtoeslag__vermogen_onder_grens"
    assert vermogen["grondslag"]["url"] == "https://wetten.overheid.nl/BWBR0018451/2025-03-01#Artikel3"


def test_a_scale_read_shows_its_brackets():
    """Besluit kinderopvangtoeslag, bijlage I, 2026: 69 rows; row 2 from € 24,150: 96% (eerste_kind.yaml)."""
    antwoord = leg_uit(_voorbeeld("huurgezin_met_kinderopvang", regeling="kinderopvangtoeslag"))
    tabel = _parameters(antwoord["regelingen"][0])["wet_kinderopvang.toeslagpercentage.eerste_kind"]
    assert len(tabel["waarde"]) == 69
    assert tabel["waarde"][:2] == [{"drempel": 0, "waarde": 0.96}, {"drempel": 24150, "waarde": 0.96}]
    assert tabel["geldig_vanaf"] == "2026-01-01"
    assert tabel["referentie"][0]["url"] == "https://wetten.overheid.nl/BWBR0017321/2026-01-01#BijlageI"


# --- language -------------------------------------------------------------------------------------------------


def test_english_answer_has_english_labels(uitleg_client):
    verzoek = _voorbeeld(regeling="zorgtoeslag")
    engels = uitleg_client.post(PAD, json=verzoek, headers={"Accept-Language": "en-GB,en;q=0.9,nl;q=0.5"})
    assert engels.status_code == 200 and engels.headers["Content-Language"] == "en"
    regeling = engels.json()["regelingen"][0]
    assert regeling["naam"] == "Health-care allowance"
    assert regeling["berekening"]["label"] == "Health-care allowance per month"
    assert _volledig(regeling, "zorgtoeslag__normpremie")["label"] == "Standard own contribution per year"
    assert _parameters(regeling)["wet_op_de_zorgtoeslag.standaardpremie"]["label"] == "Standard premium"
    assert regeling["voorwaarden"][0]["uitleg"].startswith("The applicant or the allowance partner is 18")

    nederlands = uitleg_client.post(PAD, json=verzoek)
    assert nederlands.headers["Content-Language"] == "nl"
    regeling = nederlands.json()["regelingen"][0]
    assert regeling["berekening"]["label"] == "Zorgtoeslag per maand"
    assert _volledig(regeling, "zorgtoeslag__normpremie")["label"] == "Normpremie per jaar"


# --- unknown facts --------------------------------------------------------------------------------------------


def test_an_unknown_fact_is_gegeven_false_and_never_its_default():
    verzoek = _voorbeeld()
    del verzoek["personen"]["partner"]["vermogen"]
    regeling = _zorgtoeslag(verzoek)
    vermogen = _volledig(regeling, "vermogen")
    assert vermogen["gegeven"] is False
    assert vermogen["waarde"] == {"ik": 3000, "partner": None}
    # the values computed with the default say so, up to the condition and the amount
    assert _volledig(regeling, "awir__vermogen")["gegevens_compleet"] is False
    assert _volledig(regeling, "zorgtoeslag__vermogen_onder_grens")["gegevens_compleet"] is False
    assert regeling["berekening"]["gegevens_compleet"] is False
    # what does not read the unknown fact stays complete
    assert _volledig(regeling, "zorgtoeslag__normpremie")["gegevens_compleet"] is True


def test_a_fact_given_for_another_year_is_not_given_for_this_one():
    verzoek = _voorbeeld()
    verzoek["personen"]["ik"]["vermogen"] = {"2024": 3000}
    vermogen = _volledig(_zorgtoeslag(verzoek), "vermogen")
    assert vermogen["periode"] == "2025" and vermogen["gegeven"] is False
    assert vermogen["waarde"] == {"ik": None, "partner": 0}


def test_a_refining_fact_not_given_shows_the_presumption():
    verzoek = _voorbeeld(regeling="bijstand")
    verzoek["personen"]["ik"]["netto_inkomen"] = 1200
    verzoek["personen"]["partner"]["netto_inkomen"] = 300
    regeling = leg_uit(verzoek)["regelingen"][0]
    inrichting = _volledig(regeling, "inrichting")
    assert inrichting["gegeven"] is False and inrichting["waarde"] is False
    assert inrichting["aanname"].startswith("Aangenomen is dat het huishouden in een gewone woning woont")
    # a presumption of the law does not make the answer incomplete
    assert regeling["berekening"]["gegevens_compleet"] is True


# --- no subtree twice ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("naam", ["gezin_met_kind", "huurgezin_met_kinderopvang"])
def test_no_subtree_is_shown_in_full_twice(naam):
    antwoord = leg_uit(_voorbeeld(naam))
    assert [r["id"] for r in antwoord["regelingen"]] == [r.id for r in REGELINGEN]
    verwijzingen = 0
    for regeling in antwoord["regelingen"]:
        getoond = []
        for knoop in _regeling_knopen(regeling):
            if "zie" in knoop:
                assert set(knoop) == {"zie"}
                # a reference points back to a node already shown in full in this scheme
                assert knoop["zie"] in getoond, (regeling["id"], knoop["zie"])
                verwijzingen += 1
            else:
                getoond.append(f"{knoop['variabele']}@{knoop['periode']}")
                # a node reads each variable once
                kinderen = [k.get("zie") or f"{k['variabele']}@{k['periode']}" for k in knoop["kinderen"]]
                assert len(kinderen) == len(set(kinderen))
        assert len(getoond) == len(set(getoond)), regeling["id"]
    assert verwijzingen > 0


# --- bad input --------------------------------------------------------------------------------------------------


def _probleem(antwoord, status=400):
    assert antwoord.status_code == status
    assert antwoord.headers["content-type"].startswith(PROBLEM)
    body = antwoord.json()
    assert body["status"] == status and body["title"] and body["detail"]
    return body


@pytest.mark.parametrize("regeling", ["bestaat_niet", 5, None, ["zorgtoeslag"]])
def test_unknown_scheme_is_a_400_naming_regeling(uitleg_client, regeling):
    body = _probleem(uitleg_client.post(PAD, json=_voorbeeld(regeling=regeling)))
    assert [p["name"] for p in body["invalidParams"]] == ["regeling"]


def test_unknown_scheme_and_a_bad_situation_name_both(uitleg_client):
    verzoek = _voorbeeld(regeling="bestaat_niet")
    verzoek["personen"]["ik"]["geboortedatum"] = "gisteren"
    body = _probleem(uitleg_client.post(PAD, json=verzoek))
    assert {p["name"] for p in body["invalidParams"]} == {"regeling", "personen.ik.geboortedatum"}


@pytest.mark.parametrize(
    ("verzoek", "pad"),
    [
        ({"personen": 1}, "personen"),
        ({"personen": {"ik": {"vermogen": -5}}}, "personen.ik.vermogen"),
        ({"personen": {"ik": {}}, "onbekend": 1}, "onbekend"),
        ({"personen": {"ik": {}}, "peildatum": "2025-02-30"}, "peildatum"),
        ({"personen": {"ik": {"lengte": 180}}}, "personen.ik.lengte"),
        ([], ""),
    ],
)
def test_bad_situation_is_a_400_as_for_aanspraken(uitleg_client, verzoek, pad):
    body = _probleem(uitleg_client.post(PAD, json=verzoek))
    assert pad in [p["name"] for p in body["invalidParams"]]


def test_bad_bodies(uitleg_client):
    _probleem(uitleg_client.post(PAD, content=b"{niet json", headers={"Content-Type": "application/json"}))
    _probleem(uitleg_client.post(PAD, content=b"", headers={"Content-Type": "application/json"}))
    te_groot = b" " * 1_000_001
    _probleem(uitleg_client.post(PAD, content=te_groot, headers={"Content-Type": "application/json"}), 413)


def test_leg_uit_raises_the_same_problem():
    with pytest.raises(Probleem) as fout:
        leg_uit({"personen": {"ik": {}}, "regeling": "bestaat_niet"})
    assert fout.value.status == 400 and fout.value.invalid_params[0].name == "regeling"


# --- the published description -----------------------------------------------------------------------------------


def _pointer(document, ref):
    knoop = document
    for deel in ref.removeprefix("#/").split("/"):
        knoop = knoop[deel.replace("~1", "/").replace("~0", "~")]
    return knoop


def test_openapi_declares_the_answer_and_problems(uitleg_client):
    spec = uitleg_client.get("/v1/openapi.json").json()
    operatie = spec["paths"][PAD]["post"]
    assert operatie["summary"]
    assert {"200", "400", "413", "500"} <= set(operatie["responses"])
    for code in ("400", "413", "500"):
        assert list(operatie["responses"][code]["content"]) == [PROBLEM]
    verzoek = operatie["requestBody"]["content"]["application/json"]["schema"]
    assert "regeling" in verzoek["properties"] and "personen" in verzoek["properties"]

    # every $ref of the recursive answer schema resolves inside the published document
    refs = []

    def zoek(knoop):
        if isinstance(knoop, dict):
            if "$ref" in knoop:
                refs.append(knoop["$ref"])
            for waarde in knoop.values():
                zoek(waarde)
        elif isinstance(knoop, list):
            for waarde in knoop:
                zoek(waarde)

    zoek(operatie["responses"]["200"])
    assert refs
    for ref in refs:
        assert isinstance(_pointer(spec, ref), dict), ref


def test_an_answer_is_valid_against_the_published_schema(uitleg_client):
    jsonschema_rs = pytest.importorskip("jsonschema_rs")
    spec = uitleg_client.get("/v1/openapi.json").json()
    pad = PAD.replace("/", "~1")
    wortel = {**spec, "$ref": f"#/paths/{pad}/post/responses/200/content/application~1json/schema"}
    validator = jsonschema_rs.Draft202012Validator(wortel)
    for naam in ("gezin_met_kind", "huurgezin_met_kinderopvang"):
        antwoord = uitleg_client.post(PAD, json=_voorbeeld(naam)).json()
        fouten = [str(f)[:200] for f in validator.iter_errors(antwoord)]
        assert fouten == [], naam
    kapot = copy.deepcopy(antwoord)
    kapot["regelingen"][0]["berekening"] = {"zie": "x", "waarde": 1}
    assert not validator.is_valid(kapot)


def test_in_the_real_app_the_route_follows_the_api_design_rules():
    """What the app gets with ``app.include_router(uitleg_router())``."""
    app = create_app()
    if not any(getattr(route, "path", None) == PAD for route in app.routes):
        app.include_router(maak_router())
    client = TestClient(app, raise_server_exceptions=False)
    spec = client.get("/v1/openapi.json").json()
    antwoorden = spec["paths"][PAD]["post"]["responses"]
    assert all(list(antwoorden[c]["content"]) == [PROBLEM] for c in antwoorden if c[0] in "45")
    goed = client.post(PAD, json=_voorbeeld(regeling="kinderbijslag"))
    assert goed.status_code == 200 and goed.headers["API-Version"] == spec["info"]["version"]
    assert [r["id"] for r in goed.json()["regelingen"]] == ["kinderbijslag"]
    assert client.get(PAD).status_code == 405
    assert client.post(PAD + "/", json={}, follow_redirects=False).status_code == 404
    assert client.post(PAD, json={"personen": 1}).headers["content-type"].startswith(PROBLEM)


def test_a_wage_estimate_next_to_a_given_income_is_explained_as_it_is_answered():
    """Regression: ``ik`` gives only a bruto wage, the partner a toetsingsinkomen. openfisca-core's dict
    builder gave ``ik`` a nil income (an input array covers every person); the explanation now builds the
    simulation as the answer does, so both show the estimate's zorgtoeslag."""
    from openfisca_nl_sociaal.antwoord.aanspraken import bereken_aanspraken

    persoon = {"vermogen": 0, "verzekerd_zvw": True, "woont_in_nederland": True}
    verzoek = {
        "peildatum": "2025-06-01",
        "personen": {
            "ik": {"geboortedatum": "1985-01-01", "bruto_loon": 30_000, **persoon},
            "partner": {"geboortedatum": "1986-01-01", "toetsingsinkomen": 10_000, "netto_inkomen": 800, **persoon},
        },
        "gezinnen": {"g": {"partners": ["ik", "partner"]}},
        "huishoudens": {"w": {"bewoners": ["ik", "partner"]}},
    }
    antwoord = {r["id"]: r for r in bereken_aanspraken(verzoek)["regelingen"]}["zorgtoeslag"]
    uitleg = _zorgtoeslag(verzoek)
    assert uitleg["berekening"]["waarde"] == antwoord["bedrag_per_maand"]
    # at a joint income of 40,000 the published 2025 table gives less than the maximum for a couple
    alleen_partner = copy.deepcopy(verzoek)
    del alleen_partner["personen"]["ik"]["bruto_loon"]
    alleen_partner["personen"]["ik"]["toetsingsinkomen"] = 0
    maximum = {r["id"]: r for r in bereken_aanspraken(alleen_partner)["regelingen"]}["zorgtoeslag"]
    assert antwoord["bedrag_per_maand"] < maximum["bedrag_per_maand"]
