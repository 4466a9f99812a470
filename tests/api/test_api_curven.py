"""POST /v1/curven and GET /v1/voorbeeldhuishoudens (api/v1/curven.py), in an app of their own as the lead wires
them: ``app.include_router(maak_router())`` with the problem handler of api/app.py.

The marginal pressure of one step is worked out by hand from the articles and the parameter values (read from
the YAML files under ``parameters/`` with their sources, cited beside each), never from the code's output.
"""

import math
import xml.etree.ElementTree as ET

import pytest
from fastapi.testclient import TestClient
from hulp import kleine_app
from openfisca_nl_sociaal.api.v1.curven import PAD, VOORBEELDEN_PAD, maak_router, wil_svg

from openfisca_nl_sociaal.beleid.curven import MAX_STAPPEN
from openfisca_nl_sociaal.beleid.voorbeeldhuishoudens import VOORBEELDHUISHOUDENS, voorbeeld

PROBLEM = "application/problem+json"
SVG = "image/svg+xml"
SVG_NS = "{http://www.w3.org/2000/svg}"
IDS = list(VOORBEELDHUISHOUDENS)
#: the toeslagen whose phase-out makes the peaks of the single parent's marginal pressure
TOESLAGEN = ("zorgtoeslag", "huurtoeslag", "kindgebonden_budget")


@pytest.fixture(scope="module")
def api():
    return TestClient(kleine_app(maak_router()), raise_server_exceptions=False)


@pytest.fixture(scope="module")
def antwoorden(api):
    """The JSON curve of every standard household (the default range and steps)."""
    return {ident: api.post(PAD, json={"voorbeeld": ident}) for ident in IDS}


def _probleem(antwoord, status=400) -> list[str]:
    assert antwoord.status_code == status, antwoord.text
    assert antwoord.headers["content-type"].startswith(PROBLEM)
    body = antwoord.json()
    assert body["status"] == status and body["title"] and body["detail"]
    return [p["name"] for p in body.get("invalidParams", [])]


# --- the list of standard households ---------------------------------------------------------------------------


def test_the_list_names_and_describes_each_household_in_the_asked_language(api):
    nl = api.get(VOORBEELDEN_PAD)
    en = api.get(VOORBEELDEN_PAD, headers={"Accept-Language": "en-GB,en;q=0.9"})
    assert (nl.headers["Content-Language"], en.headers["Content-Language"]) == ("nl", "en")
    for antwoord, taal in ((nl, "nl"), (en, "en")):
        body = antwoord.json()
        assert body["peildatum"] == "2026-01-01"
        assert [h["id"] for h in body["voorbeeldhuishoudens"]] == IDS
        for huishouden in body["voorbeeldhuishoudens"]:
            assert huishouden == VOORBEELDHUISHOUDENS[huishouden["id"]].as_json(taal)
            assert huishouden["situatie"] == voorbeeld(huishouden["id"])
    assert nl.json()["voorbeeldhuishoudens"][1]["naam"] == "Alleenstaande ouder met twee kinderen"
    assert en.json()["voorbeeldhuishoudens"][1]["naam"] == "Single parent with two children"


# --- the curve as JSON -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("ident", IDS)
def test_the_curve_of_every_household(antwoorden, ident):
    antwoord = antwoorden[ident]
    assert antwoord.status_code == 200, antwoord.text
    assert antwoord.headers["content-type"] == "application/json"
    assert antwoord.headers["Content-Language"] == "nl" and "Accept" in antwoord.headers["Vary"]
    curve = antwoord.json()
    situatie = voorbeeld(ident)
    assert curve["persoon"] == "ik" and curve["peildatum"] == "2026-01-01"
    assert curve["huidig_bruto_per_jaar"] == situatie["personen"]["ik"]["bruto_loon"]
    # only the schemes whose rules Amsterdam's verordeningen lack are left out, and no partner's income
    assert {r["id"]: r["ontbrekende_gegevens"] for r in curve["weggelaten"]} == {
        "kwijtschelding_gemeentelijke_belastingen": [],
        "individuele_inkomenstoeslag": [],
    }
    assert curve["onvolledig"] == []
    punten = curve["punten"]
    # the default range: twice the wage, at least 60.000, rounded up to 12.000; 81 points
    assert len(punten) == 81 and punten[0]["bruto_per_jaar"] == 0
    assert punten[-1]["bruto_per_jaar"] == max(60_000, math.ceil(2 * curve["huidig_bruto_per_jaar"] / 12_000) * 12_000)
    ids = {r["id"] for r in curve["regelingen"]}
    assert {"zorgtoeslag", "huurtoeslag", "bijstand"} <= ids
    for punt in punten:
        assert set(punt["regelingen"]) == ids
        opgeteld = punt["netto_werk"] + sum(punt["regelingen"].values())
        assert punt["netto_huishouden"] == pytest.approx(opgeteld, abs=0.01 * (len(ids) + 1))  # each in cents
    assert punten[0]["marginale_druk"] is None and all(p["marginale_druk"] is not None for p in punten[1:])
    assert curve["samenvatting"].startswith("Als het bruto loon stijgt van €\u00a00 tot €\u00a05.000 per maand")
    assert set(curve["versie"]) == {"rekenregels", "openfisca_core"}


def test_pensioners_get_their_aow_apart_from_the_net_sum(antwoorden):
    for ident, per_maand in (("alleenstaande_gepensioneerde", 1637.57), ("gepensioneerd_paar", 2 * 1122.12)):
        curve = antwoorden[ident].json()
        assert [r["id"] for r in curve["bruto_regelingen"]] == ["aow"]
        assert all(p["bruto_regelingen"]["aow"] == pytest.approx(per_maand) for p in curve["punten"])


def test_a_situation_gives_the_same_curve_as_its_standard_household(api, antwoorden):
    situatie = voorbeeld("tweeverdieners")
    eigen = api.post(PAD, json={"situatie": situatie}).json()
    assert eigen == antwoorden["tweeverdieners"].json()


def test_range_steps_person_and_language(api):
    antwoord = api.post(
        PAD,
        json={
            "voorbeeld": "tweeverdieners",
            "peildatum": "2025-07-01",
            "persoon": "partner",
            "tot": 24_000,
            "stappen": 5,
        },
        headers={"Accept-Language": "en"},
    )
    curve = antwoord.json()
    assert antwoord.headers["Content-Language"] == "en"
    assert (curve["persoon"], curve["peildatum"]) == ("partner", "2025-07-01")
    assert [p["bruto_per_jaar"] for p in curve["punten"]] == [0, 6_000, 12_000, 18_000, 24_000]
    assert (
        curve["huidig_bruto_per_jaar"] == voorbeeld("tweeverdieners", "2025-07-01")["personen"]["partner"]["bruto_loon"]
    )
    assert curve["samenvatting"].startswith("If the gross wage rises")
    assert {r["id"]: r["naam"] for r in curve["regelingen"]}["zorgtoeslag"] == "Health-care allowance"


def test_an_answer_is_valid_against_the_published_schema(api, antwoorden):
    jsonschema_rs = pytest.importorskip("jsonschema_rs")
    spec = api.get("/v1/openapi.json").json()
    curve_schema = spec["paths"][PAD]["post"]["responses"]["200"]["content"]["application/json"]["schema"]
    lijst_schema = spec["paths"][VOORBEELDEN_PAD]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    verzoek_schema = spec["paths"][PAD]["post"]["requestBody"]["content"]["application/json"]["schema"]
    curve = jsonschema_rs.Draft202012Validator(curve_schema)
    for ident in IDS:
        assert curve.is_valid(antwoorden[ident].json()), ident
    assert not curve.is_valid({**antwoorden[IDS[0]].json(), "punten": []})
    assert jsonschema_rs.Draft202012Validator(lijst_schema).is_valid(api.get(VOORBEELDEN_PAD).json())
    verzoek = jsonschema_rs.Draft202012Validator(verzoek_schema)
    assert verzoek.is_valid({"voorbeeld": "tweeverdieners", "peildatum": "2025-07-01", "tot": 1.5, "stappen": 2})
    assert verzoek.is_valid({"situatie": voorbeeld("tweeverdieners"), "persoon": "partner"})
    for fout in (
        {},
        {"voorbeeld": "bestaat_niet"},
        {"voorbeeld": "tweeverdieners", "situatie": voorbeeld("tweeverdieners")},
        {"voorbeeld": "tweeverdieners", "stappen": MAX_STAPPEN + 1},
        {"voorbeeld": "tweeverdieners", "tot": 0},
        {"voorbeeld": "tweeverdieners", "tot": 1e300},
        {"voorbeeld": "tweeverdieners", "extra": 1},
    ):
        assert not verzoek.is_valid(fout), fout


def test_openapi_declares_both_routes_their_media_types_and_problems(api):
    spec = api.get("/v1/openapi.json").json()
    operatie = spec["paths"][PAD]["post"]
    assert operatie["summary"] and {"200", "400", "413", "500"} <= set(operatie["responses"])
    assert set(operatie["responses"]["200"]["content"]) == {"application/json", SVG}
    for code in ("400", "413", "500"):
        assert list(operatie["responses"][code]["content"]) == [PROBLEM]
    verzoek = operatie["requestBody"]["content"]["application/json"]
    assert set(verzoek["schema"]["properties"]) == {
        "situatie",
        "voorbeeld",
        "peildatum",
        "persoon",
        "tot",
        "stappen",
        "wijzigingen",
        "hervormingen",
    }
    assert verzoek["schema"]["properties"]["voorbeeld"]["enum"] == IDS
    assert verzoek["schema"]["properties"]["peildatum"]["format"] == "date"
    assert verzoek["example"]["voorbeeld"] in IDS
    assert list(spec["paths"][VOORBEELDEN_PAD]) == ["get"]
    assert not spec["paths"][VOORBEELDEN_PAD]["get"].get("parameters")  # nothing personal in a URI


# --- the chart ---------------------------------------------------------------------------------------------------


def test_the_chart_when_the_client_prefers_svg(api, antwoorden):
    antwoord = api.post(PAD, json={"voorbeeld": "alleenstaande_minimumloon"}, headers={"Accept": SVG})
    assert antwoord.status_code == 200 and antwoord.headers["content-type"] == SVG
    assert antwoord.headers["Vary"] == "Accept, Accept-Language"
    wortel = ET.fromstring(antwoord.text)
    assert wortel.tag == f"{SVG_NS}svg"
    assert wortel.find(f"{SVG_NS}title").text == "Wat als ik meer verdien?"
    assert wortel.find(f"{SVG_NS}desc").text == antwoorden["alleenstaande_minimumloon"].json()["samenvatting"]
    engels = api.post(
        PAD, json={"voorbeeld": "alleenstaande_minimumloon"}, headers={"Accept": SVG, "Accept-Language": "en"}
    )
    assert "Gross wage per month" in engels.text and engels.headers["Content-Language"] == "en"


@pytest.mark.parametrize(
    ("accept", "svg"),
    [
        (None, False),
        ("*/*", False),
        ("application/json", False),
        ("image/svg+xml", True),
        ("image/*", True),
        ("text/html, image/svg+xml;q=0.9, */*;q=0.8", True),
        ("application/json;q=0.5, image/svg+xml", True),
        ("image/svg+xml;q=0.1, application/json", False),
        ("image/svg+xml;q=0.5, application/json;q=0.5", False),  # a tie: JSON
        ("image/svg+xml;q=0, */*", False),
        ("image/svg+xml; q=nonsense, application/json;q=0.2", False),
        ("text/html", False),
    ],
)
def test_content_negotiation(accept, svg):
    assert wil_svg(accept) is svg


# --- bad input ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "velden"),
    [
        ({"voorbeeld": "bestaat_niet"}, ["voorbeeld"]),
        ({"voorbeeld": 3}, ["voorbeeld"]),
        ({"voorbeeld": "tweeverdieners", "peildatum": "2019-12-31"}, ["peildatum"]),
        ({"voorbeeld": "tweeverdieners", "peildatum": "1-1-2026"}, ["peildatum"]),
        ({"voorbeeld": "tweeverdieners", "tot": 0}, ["tot"]),
        ({"voorbeeld": "tweeverdieners", "tot": "veel"}, ["tot"]),
        ({"voorbeeld": "tweeverdieners", "tot": True}, ["tot"]),
        ({"voorbeeld": "tweeverdieners", "tot": None}, ["tot"]),
        ({"voorbeeld": "tweeverdieners", "tot": 1e300}, ["tot"]),  # once a 500: the texts cannot write it
        ({"voorbeeld": "tweeverdieners", "stappen": 1}, ["stappen"]),
        ({"voorbeeld": "tweeverdieners", "stappen": MAX_STAPPEN + 1}, ["stappen"]),
        ({"voorbeeld": "tweeverdieners", "stappen": 10.5}, ["stappen"]),
        ({"voorbeeld": "tweeverdieners", "tot": -1, "stappen": 0}, ["tot", "stappen"]),
        ({"voorbeeld": "alleenstaande_ouder_twee_kinderen", "persoon": "oudste"}, ["persoon"]),
        ({"voorbeeld": "tweeverdieners", "onbekend": 1}, ["onbekend"]),
        ({}, ["situatie", "voorbeeld"]),
        ({"situatie": voorbeeld("tweeverdieners"), "voorbeeld": "tweeverdieners"}, ["situatie", "voorbeeld"]),
        ({"situatie": voorbeeld("tweeverdieners"), "peildatum": "2026-01-01"}, ["peildatum"]),
        ({"situatie": 5}, ["situatie"]),
        ({"situatie": {"personen": {"ik": {"vermogen": -5}}}}, ["situatie.personen.ik.vermogen"]),
        ({"situatie": {"personen": {}}}, ["situatie.personen"]),
        ({"situatie": {"personen": {"ik": {}}, "peildatum": "2026-02-30"}}, ["situatie.peildatum"]),
        ({"situatie": {"personen": {"ik": {}}, "aanvrager": "jij"}}, ["situatie.aanvrager"]),
        ({"situatie": {"personen": {"ik": {}}}, "persoon": "jij"}, ["persoon"]),
        # every point is the situation once more: points × persons at most 10.000 (a request once took 48 s)
        ({"situatie": {"personen": {f"p{i}": {} for i in range(11)}}, "stappen": 1_000}, ["stappen"]),
        ([], [""]),
        ("tweeverdieners", [""]),
    ],
)
def test_bad_input_is_a_400_naming_the_field(api, body, velden):
    assert _probleem(api.post(PAD, json=body)) == velden


def test_bad_bodies(api):
    assert _probleem(api.post(PAD, content=b"{niet json", headers={"Content-Type": "application/json"})) == [""]
    assert _probleem(api.post(PAD, content=b"", headers={"Content-Type": "application/json"})) == [""]
    _probleem(api.post(PAD, content=b" " * 1_000_001, headers={"Content-Type": "application/json"}), 413)
    # a bad request is a problem whatever the client prefers
    assert _probleem(api.post(PAD, json={"voorbeeld": "x"}, headers={"Accept": SVG})) == ["voorbeeld"]


# --- marginal pressure of one step, by hand ----------------------------------------------------------------------


def test_marginal_pressure_of_a_step_by_hand(api):
    """The single person on the minimum wage (2026), from € 40.000 to € 40.400 bruto a year.

    The curve from nil to € 48.000 in 121 points has steps of € 400 a year; points 100 and 101 are € 40.000
    and € 40.400. In that step, by the law (parameters/…, 2026 values):

    Net wage (Wet IB 2001; the engine's estimate: bruto wage is the taxable income, box_1.py):
    - tax: both points lie in the second bracket, above € 38.883 (art. 2.10 lid 1: 37,56%), where no premies
      volksverzekeringen are due (Wfsv art. 10: premie-inkomen up to the first bracket's limit);
    - algemene heffingskorting (art. 8.10 lid 2): € 3.115 less 6,398% above € 29.736, still above nil, so an
      extra euro costs 6,398 cents of it;
    - arbeidskorting (art. 8.11 lid 2 onder c): above € 25.845 it grows 1,95% up to € 5.685, reached only at
      € 45.592; and its afbouw (onder d) starts above € 45.592: an extra euro adds 1,95 cents.
    So a euro more bruto leaves 1 − 0,3756 − 0,06398 + 0,0195 = 0,57992 net.

    Zorgtoeslag (Wet op de zorgtoeslag art. 2; no toeslagpartner): standaardpremie € 2.119 (Regeling
    standaardpremie 2026, Stcrt. 2025, 40022) less the normpremie: 1,912% of the drempelinkomen € 29.736 plus
    13,73% of the toetsingsinkomen above it (art. 2 lid 3, Stb. 2025, 412). Paid per month as a twelfth rounded
    down to whole euros (Awir art. 22; Dienst Toeslagen's practice, openfisca_nl_sociaal/regels/awir.py); the rounded
    yearly amount is at least € 24 at both points (Awir art. 14 lid 5).

    Huurtoeslag is nil at both points (the 2026 afbouw of art. 21 lid 2 has used it up below € 39.900) and so
    is every other scheme: the test checks it from the answer, so only the zorgtoeslag phases out here.
    """
    antwoord = api.post(PAD, json={"voorbeeld": "alleenstaande_minimumloon", "tot": 48_000, "stappen": 121})
    punten = antwoord.json()["punten"]
    van, tot = punten[100], punten[101]
    assert (van["bruto_per_jaar"], tot["bruto_per_jaar"]) == (40_000, 40_400)

    def zorgtoeslag_per_maand(toetsingsinkomen: float) -> int:
        normpremie = 0.01912 * 29_736 + 0.1373 * (toetsingsinkomen - 29_736)
        jaarbedrag = 2_119 - normpremie
        assert round(jaarbedrag) >= 24
        return math.floor(jaarbedrag / 12)

    # 2.119 − (568,55232 + 0,1373 × 10.264) = 141,20048 a year: 11,77 a month, paid € 11;
    # 2.119 − (568,55232 + 0,1373 × 10.664) = 86,28048 a year: 7,19 a month, paid € 7.
    assert (zorgtoeslag_per_maand(40_000), zorgtoeslag_per_maand(40_400)) == (11, 7)
    assert (van["regelingen"]["zorgtoeslag"], tot["regelingen"]["zorgtoeslag"]) == (11, 7)
    for punt in (van, tot):
        assert all(bedrag == 0 for r, bedrag in punt["regelingen"].items() if r != "zorgtoeslag")

    stap = 400 / 12  # € 33,33 bruto more a month
    netto_loon_erbij = stap * (1 - 0.3756 - 0.06398 + 0.0195)  # € 19,33
    assert tot["netto_werk"] - van["netto_werk"] == pytest.approx(netto_loon_erbij, abs=0.01)  # each in cents
    verwacht = 1 - (netto_loon_erbij + (7 - 11)) / stap
    # 1 − (19,33067 − 4) / 33,33333 = 0,42008 + 0,12 = 0,54008: the tax wedge and the € 4 less zorgtoeslag
    assert verwacht == pytest.approx(0.54008, abs=1e-12)
    # The answer gives the marginal pressure to 4 decimals (curven.tabel): that rounding is the only tolerance.
    assert tot["marginale_druk"] == pytest.approx(verwacht, abs=0.00005)
    # Without the rounding to whole euros the zorgtoeslag would take 13,73 cents of each euro: 55,738%. The
    # rounding moves a step's pressure by at most a euro per step, here € 0,58: 1,7 percentage points.
    assert abs(verwacht - (1 - 0.57992 + 0.1373)) <= 1 / stap


# --- the single parent: peaks where the toeslagen phase out ------------------------------------------------------


def test_the_single_parents_marginal_pressure_peaks_where_the_toeslagen_phase_out(api, antwoorden):
    """Per step of the default curve (0 to € 5.000 a month), which of zorgtoeslag, huurtoeslag and kindgebonden
    budget decrease, and the marginal pressure there. Leaving out the steps with bijstand (which the wage
    replaces euro for euro), the pressure is highest where all three phase out at once, then where two do,
    then one; with none it is the tax alone, under 60%."""
    curve = antwoorden["alleenstaande_ouder_twee_kinderen"].json()
    punten = curve["punten"]
    druk = [p["marginale_druk"] for p in punten[1:]]
    bedrag = {r: [p["regelingen"][r] for p in punten] for r in (*TOESLAGEN, "bijstand")}
    stappen = range(len(druk))
    daalt = {r: [bedrag[r][i + 1] < bedrag[r][i] for i in stappen] for r in bedrag}
    met_bijstand = [bedrag["bijstand"][i] > 0 or bedrag["bijstand"][i + 1] > 0 for i in stappen]
    aantal = [sum(daalt[r][i] for r in TOESLAGEN) for i in stappen]

    # the toeslagen decrease in one stretch each: zorgtoeslag and kindgebonden budget from about € 2.450 a month,
    # huurtoeslag from about € 2.625; zorgtoeslag is gone near € 3.400, huurtoeslag near € 4.300
    def afbouw(regeling):
        i = [s for s in stappen if daalt[regeling][s]]
        assert i == list(range(i[0], i[-1] + 1)), regeling  # no gap
        return punten[i[0]]["bruto_per_maand"], punten[i[-1] + 1]["bruto_per_maand"]

    assert afbouw("zorgtoeslag") == (2437.5, 3437.5)
    assert afbouw("huurtoeslag") == (2625, 4312.5)
    assert afbouw("kindgebonden_budget")[0] == 2437.5 and bedrag["kindgebonden_budget"][-1] > 0

    groepen = {n: [druk[i] for i in stappen if not met_bijstand[i] and aantal[i] == n] for n in range(4)}
    assert all(groepen.values())
    gemiddeld = [sum(g) / len(g) for g in groepen.values()]
    assert gemiddeld == sorted(gemiddeld) and len(set(gemiddeld)) == 4  # more toeslagen phasing out: more pressure
    assert max(groepen[0]) <= 0.6 and min(groepen[3]) >= 0.8
    buiten_bijstand = [i for i in stappen if not met_bijstand[i]]
    hoogste = max(buiten_bijstand, key=lambda i: druk[i])
    assert aantal[hoogste] == 3 and druk[hoogste] >= 0.8
    # every step above 60% outside the bijstand lies where a toeslag phases out
    assert all(aantal[i] >= 1 for i in buiten_bijstand if druk[i] > 0.6)


def test_the_single_parents_chart(api):
    antwoord = api.post(PAD, json={"voorbeeld": "alleenstaande_ouder_twee_kinderen"}, headers={"Accept": SVG})
    assert antwoord.status_code == 200
    svg = antwoord.text
    for naam in ("Zorgtoeslag", "Huurtoeslag", "Kindgebonden budget", "Kinderbijslag", "boven 60%"):
        assert naam in svg
    beschrijving = ET.fromstring(svg).find(f"{SVG_NS}desc").text
    assert "van €\u00a02.500 tot €\u00a04.312" in beschrijving  # the range above 60% where the toeslagen phase out
    with open("/tmp/alleenstaande_ouder.svg", "w", encoding="utf-8") as bestand:
        bestand.write(svg)


def test_in_the_real_app_the_routes_follow_the_api_design_rules():
    """What the app gets with ``app.include_router(maak_router())``."""
    from openfisca_nl_sociaal.api.app import create_app

    app = create_app()
    if not any(getattr(route, "path", None) == PAD for route in app.routes):
        app.include_router(maak_router())
    client = TestClient(app, raise_server_exceptions=False)
    spec = client.get("/v1/openapi.json").json()
    for pad, methode in ((PAD, "post"), (VOORBEELDEN_PAD, "get")):
        antwoorden = spec["paths"][pad][methode]["responses"]
        assert all(list(antwoorden[c]["content"]) == [PROBLEM] for c in antwoorden if c[0] in "45"), pad
    goed = client.post(PAD, json={"voorbeeld": "tweeverdieners", "stappen": 3})
    assert goed.status_code == 200 and goed.headers["API-Version"] == spec["info"]["version"]
    assert client.get(VOORBEELDEN_PAD).headers["API-Version"] == spec["info"]["version"]
    assert client.get(PAD).status_code == 405 and client.post(VOORBEELDEN_PAD, json={}).status_code == 405
    assert client.post(PAD + "/", json={}, follow_redirects=False).status_code == 404
    assert _probleem(client.post(PAD, json={"voorbeeld": "x"})) == ["voorbeeld"]


@pytest.mark.parametrize("feit", [{"bruto_loon": 1e9}, {"toetsingsinkomen": 999_999_999.99}])
def test_the_greatest_wage_gives_a_curve_up_to_the_highest_upper_end(api, feit):
    """The default upper end is twice the wage, capped at ``MAX_TOT``: the greatest wage accepted (€ 1 billion)
    still gets a curve, never a 500; the wage itself lies beyond it, so it is not marked."""
    from openfisca_nl_sociaal.beleid.curven import MAX_TOT

    antwoord = api.post("/v1/curven", json={"situatie": {"personen": {"ik": feit}}})
    assert antwoord.status_code == 200, antwoord.text
    assert antwoord.json()["punten"][-1]["bruto_per_jaar"] == MAX_TOT


@pytest.mark.parametrize("feit", [{"bruto_loon": 1e300}, {"toetsingsinkomen": 1.7e308}])
def test_an_absurd_wage_is_a_400_naming_the_field(api, feit):
    """Above € 1 billion an amount is refused (issue 17: no formula may compute with inf)."""
    antwoord = api.post("/v1/curven", json={"situatie": {"personen": {"ik": feit}}})
    assert antwoord.status_code == 400
    assert _probleem(antwoord) == [f"situatie.personen.ik.{next(iter(feit))}"]


def test_a_variant_curve_beside_todays_differs_only_by_what_the_change_computes(api):
    """The standaardpremie raised by 240 a year (2119 -> 2359, 2026): wherever the single person gets
    zorgtoeslag under both rules, the yearly amount rises by exactly 240 (Wzt art. 2: standaardpremie minus
    normpremie; Awir art. 14 lid 4 rounds the yearly amount to whole euros, which 240 keeps) and the monthly
    term (a twelfth, rounded down) by exactly 20; the household's net income by the same 20; the other
    schemes not at all. Where today's zorgtoeslag has ended, the variant's can still be above nil."""
    wijziging = {"parameter": "wet_op_de_zorgtoeslag.standaardpremie", "vanaf": "2026-01-01", "waarde": 2359}
    antwoord = api.post("/v1/curven", json={"voorbeeld": "alleenstaande_minimumloon", "wijzigingen": [wijziging]})
    assert antwoord.status_code == 200, antwoord.text
    huidig, variant = antwoord.json(), antwoord.json()["variant"]
    assert variant["wijzigingen"][0]["huidig"] == 2119 and variant["wijzigingen"][0]["waarde"] == 2359
    beide = 0
    for punt_h, punt_v in zip(huidig["punten"], variant["punten"], strict=True):
        zt_h, zt_v = punt_h["regelingen"]["zorgtoeslag"], punt_v["regelingen"]["zorgtoeslag"]
        if zt_h > 0 and zt_v > 0:
            beide += 1
            assert zt_v - zt_h == 20
            assert punt_v["netto_huishouden"] - punt_h["netto_huishouden"] == pytest.approx(20, abs=0.011)
        for regeling, bedrag in punt_h["regelingen"].items():
            if regeling != "zorgtoeslag":
                assert punt_v["regelingen"][regeling] == bedrag, regeling
    assert beide > 10
    svg = api.post(
        "/v1/curven",
        json={"voorbeeld": "alleenstaande_minimumloon", "wijzigingen": [wijziging]},
        headers={"Accept": "image/svg+xml"},
    )
    assert svg.status_code == 200 and "Huidige regels" in svg.text and "Variant" in svg.text
