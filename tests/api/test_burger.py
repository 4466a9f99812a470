"""The citizen check without JavaScript: the forms post back and forth, the server keeps nothing.

Journeys through the pages with the API's own answer as the measure: the result page shows, per scheme,
the status and amounts of ``POST /v1/aanspraken`` for the facts the pages collected. The browser tests
(tests/browser/) walk the same pages in Chromium with axe-core.
"""

import html
import json
import re
from pathlib import Path

import pytest
from hulp import CHECK_ANTWOORDEN as ANTWOORDEN
from hulp import kop as _kop
from hulp import pagina_met as _pagina_met
from hulp import staat as _staat
from hulp import verder as _verder
from hulp import verstuur_met as _verstuur_met
from openfisca_nl_sociaal.api.paginas import burger
from openfisca_nl_sociaal.api.paginas.burger import ONDERWERPEN, VOLGT_OP
from openfisca_nl_sociaal.api.paginas.teksten import TEKSTEN

from openfisca_nl_sociaal.invoer.feiten import VRAGEN
from openfisca_nl_sociaal.opmaak import euro
from openfisca_nl_sociaal.regelingen import REGELINGEN


def _tot_controle(client, antwoord, antwoorden: dict, taal: str = "nl"):
    """Answers every page until "check your answers"; that page and the paths asked, in order."""
    controle = {"nl": "Controleer uw antwoorden", "en": "Check your answers"}[taal]
    gevraagd = []
    for _ in range(30):
        assert antwoord.status_code == 200, antwoord.text
        if _kop(antwoord.text) == controle:
            return antwoord, gevraagd
        antwoord, nu = _verder(client, antwoord.text, antwoorden, taal)
        gevraagd += nu
    raise AssertionError("no end to the questions")


def _uitkomst(client, controle, taal: str = "nl"):
    return client.post("/check/uitkomst", data={"taal": taal, "antwoorden": _staat(controle.text)})


def _zoals_de_api(client, uitkomst) -> dict:
    """Asserts the result page shows the API's statuses and amounts for the same facts; the API answer."""
    situatie = json.loads(_staat(uitkomst.text))["situatie"]
    api = client.post("/v1/aanspraken", json=situatie).json()
    pagina = dict(re.findall(r'data-regeling="([^"]*)" data-status="([^"]*)"', uitkomst.text))
    assert pagina == {r["id"]: r["status"] for r in api["regelingen"]}
    for regeling in api["regelingen"]:
        blok = re.search(rf'data-regeling="{regeling["id"]}".*?</section>', uitkomst.text, re.S).group(0)
        if regeling["status"] == "recht" and regeling["bedrag_per_maand"] is not None:
            assert float(re.search(r'data-bedrag="([^"]*)"', blok).group(1)) == regeling["bedrag_per_maand"]
            assert float(re.search(r'data-bedrag-jaar="([^"]*)"', blok).group(1)) == regeling["bedrag_per_jaar"]
    return api


def test_the_start_page_is_dutch_with_english_one_click_away(client):
    nl = client.get("/")
    assert nl.status_code == 200 and '<html lang="nl">' in nl.text and "Waar heb ik recht op?" in nl.text
    assert 'href="/?taal=en"' in nl.text
    en = client.get("/?taal=en")
    assert '<html lang="en">' in en.text and "What am I entitled to?" in en.text
    assert "set-cookie" not in nl.headers


def test_every_fact_the_engine_may_ask_belongs_to_a_topic():
    onderwerpen = {feit for onderwerp in ONDERWERPEN for feit in onderwerp.feiten}
    assert set(VRAGEN) - {"geboortedatum"} <= onderwerpen
    assert [o.sleutel for o in ONDERWERPEN][:3] == ["personen", "wonen", "kinderopvang"], "household first"
    assert all(voorganger in onderwerpen for voorganger in VOLGT_OP.values())


def test_a_journey_one_topic_per_page_then_check_then_the_apis_answer(client):
    antwoord = client.post(
        "/check", data={"taal": "nl", "ik": "1990-05-01", "heeft_partner": "nee", "kind1": "2019-09-30"}
    )
    koppen = []
    antwoorden = {**ANTWOORDEN, "personen.kind1.toetsingsinkomen": "0", "personen.kind1.vermogen": "0"}
    gevraagd = []
    for _ in range(30):
        kop = _kop(antwoord.text)
        if kop == "Controleer uw antwoorden":
            break
        koppen.append(kop)
        antwoord, nu = _verder(client, antwoord.text, antwoorden)
        gevraagd += nu
    assert len(gevraagd) == len(set(gevraagd)), "a question was asked twice"
    assert len(koppen) == len(set(koppen)), f"a topic came back: {koppen}"
    # the household's situation first, then money
    assert koppen.index("Uw woning") < koppen.index("Inkomen") < koppen.index("Vermogen")
    # "no childcare": the hours, the price and the parents' work are not asked
    assert not [p for p in gevraagd if p.endswith(("kinderopvang_uren", "kinderopvang_uurprijs", "werkt_of_studeert"))]
    # the check page lists every answer with a button to change it
    assert antwoord.text.count('name="wijzig"') == len(gevraagd) + 1
    assert "€\xa0700,00" in antwoord.text and "Rotterdam" in antwoord.text
    uitkomst = _uitkomst(client, antwoord)
    assert _kop(uitkomst.text) == "Uw uitkomst"
    api = _zoals_de_api(client, uitkomst)
    assert json.loads(_staat(uitkomst.text))["situatie"]["personen"]["ik"]["toetsingsinkomen"] == 18000
    eenheden = {regeling.id: regeling.eenheid for regeling in REGELINGEN}
    totaal = sum(
        r["bedrag_per_maand"] or 0 for r in api["regelingen"] if r["status"] == "recht" and eenheden[r["id"]] == "maand"
    )
    assert f'data-totaal="{totaal}"' in uitkomst.text and euro(totaal, "nl") in uitkomst.text
    assert "Dit is een indicatie, geen beslissing." in uitkomst.text
    for regeling in api["regelingen"]:
        assert regeling["aanvragen"]["url"] in uitkomst.text


def test_i_dont_know_is_an_answer_and_is_not_asked_again(client):
    antwoord = client.post("/check", data={"taal": "en", "ik": "1990-05-01", "heeft_partner": "nee"})
    controle, gevraagd = _tot_controle(client, antwoord, {}, taal="en")
    assert len(gevraagd) == len(set(gevraagd))
    assert "I don&#39;t know" in controle.text or "I don't know" in controle.text
    uitkomst = _uitkomst(client, controle, taal="en")
    assert _kop(uitkomst.text) == "Your result" and "Not yet known" in uitkomst.text
    api = _zoals_de_api(client, uitkomst)
    zorgtoeslag = next(r for r in api["regelingen"] if r["id"] == "zorgtoeslag")
    assert zorgtoeslag["status"] == "onbekend"
    # the bounds the API gives are on the page, in English notation
    if zorgtoeslag.get("bedrag_per_maand_max") is not None:
        assert euro(zorgtoeslag["bedrag_per_maand_max"], "en") in uitkomst.text


@pytest.mark.parametrize(
    "per_maand, vakantiegeld, per_jaar",
    [
        # holiday pay paid every month: 12 x 2.000
        ("2.000", "met", 24_000),
        # holiday pay apart: 12 months plus the statutory 8% (WML art. 15 lid 1): 12 x 2.000 x 1,08 = 25.920
        ("2.000", "zonder", 25_920),
    ],
)
def test_only_a_monthly_bruto_wage_is_enough_for_the_income_questions(client, per_maand, vakantiegeld, per_jaar):
    """Issue 18, point 2: "Werkt u? Wat verdient u bruto per maand?", with or without holiday pay; the page converts
    to the yearly wage the engine reads, so the person does not compute 12,96 x the monthly wage."""
    antwoord = client.post("/check", data={"taal": "nl", "ik": "1988-02-03", "heeft_partner": "nee"})
    antwoorden = {
        **ANTWOORDEN,
        "toetsingsinkomen": "",
        "netto_inkomen": "",
        "personen.ik.bruto_loon": per_maand,
        "personen.ik.bruto_loon.vakantiegeld": vakantiegeld,
    }
    gevraagd = []
    for _ in range(30):
        if _kop(antwoord.text) == "Controleer uw antwoorden":
            break
        alternatief = re.findall(r'name="alternatief" value="([^"]*)"', antwoord.text)
        data = {"taal": "nl", "antwoorden": _staat(antwoord.text)}
        nu = re.findall(r'name="gevraagd" value="([^"]*)"', antwoord.text)
        data["gevraagd"] = nu
        for pad in nu + alternatief:
            data[pad] = antwoorden.get(pad, antwoorden.get(pad.rsplit(".", 1)[1], "weet_niet"))
        for pad in alternatief:
            data[f"{pad}.vakantiegeld"] = antwoorden[f"{pad}.vakantiegeld"]
        antwoord = client.post("/check/vraag", data=data)
        gevraagd += nu
    assert "personen.ik.toetsingsinkomen" in gevraagd
    assert gevraagd.count("personen.ik.netto_inkomen") <= 1
    situatie = json.loads(_staat(antwoord.text))["situatie"]
    assert situatie["personen"]["ik"]["bruto_loon"] == per_jaar
    assert "toetsingsinkomen" not in situatie["personen"]["ik"] and "netto_inkomen" not in situatie["personen"]["ik"]
    _zoals_de_api(client, _uitkomst(client, antwoord))


def test_an_empty_answer_needs_a_value_or_i_dont_know(client):
    antwoord = _pagina_met(client, "personen.ik.toetsingsinkomen", geboren="1988-02-03")
    gevraagd = re.findall(r'name="gevraagd" value="([^"]*)"', antwoord.text)
    data = {"taal": "nl", "antwoorden": _staat(antwoord.text), "gevraagd": gevraagd}
    leeg = client.post("/check/vraag", data=data)
    assert leeg.status_code == 400 and "Weet ik niet" in leeg.text
    assert 'aria-invalid="true"' in leeg.text and 'href="#personen-ik-toetsingsinkomen"' in leeg.text


@pytest.mark.parametrize(
    ("taal", "invoer", "gelezen"),
    [("nl", "1.250", 1250), ("nl", "1250,50", 1250.5), ("nl", "€ 1.250,50", 1250.5), ("en", "1,250.50", 1250.5)],
)
def test_amounts_are_read_as_the_pages_language_writes_them(client, taal, invoer, gelezen):
    antwoord = client.post("/check", data={"taal": taal, "ik": "1988-02-03", "heeft_partner": "nee"})
    for _ in range(10):
        if "huishoudens.woning.kale_huur" in antwoord.text:
            break
        antwoord, _ = _verder(client, antwoord.text, ANTWOORDEN, taal)
    volgende, _ = _verder(client, antwoord.text, {**ANTWOORDEN, "kale_huur": invoer}, taal)
    assert volgende.status_code == 200
    assert json.loads(_staat(volgende.text))["situatie"]["huishoudens"]["woning"]["kale_huur"] == gelezen


@pytest.mark.parametrize("invoer", ["1250.50", "-5", "veel", "1,250.50"])
def test_an_ambiguous_or_wrong_amount_is_refused_not_guessed(client, invoer):
    antwoord = _pagina_met(client, "huishoudens.woning.kale_huur", geboren="1988-02-03")
    fout, _ = _verder(client, antwoord.text, {**ANTWOORDEN, "kale_huur": invoer})
    assert fout.status_code == 400
    assert 'id="huishoudens-woning-kale_huur-fout"' in fout.text and "1.250" in fout.text


def test_back_undoes_the_last_step_and_shows_it_filled_in(client):
    eerste = client.post(
        "/check", data={"taal": "nl", "ik": "1990-05-01", "heeft_partner": "ja", "partner": "1991-06-02"}
    )
    tweede, gevraagd = _verder(client, eerste.text, ANTWOORDEN)
    derde, _ = _verder(client, tweede.text, ANTWOORDEN)
    terug = client.post("/check/terug", data={"taal": "nl", "antwoorden": _staat(derde.text)})
    assert _kop(terug.text) == _kop(tweede.text)
    # the answers of that step are undone in the state, and shown in the fields
    staat = json.loads(_staat(terug.text))
    assert staat["stappen"] == json.loads(_staat(tweede.text))["stappen"]
    assert re.findall(r'name="gevraagd" value="([^"]*)"', terug.text) == re.findall(
        r'name="gevraagd" value="([^"]*)"', tweede.text
    )
    assert " checked" in terug.text
    # back from the first question: the household page, filled in
    huishouden = client.post("/check/terug", data={"taal": "nl", "antwoorden": _staat(eerste.text)})
    assert _kop(huishouden.text) == "Uw huishouden"
    # the GOV.UK date input: day, month and year in their own fields
    for deel, waarde in (("dag", "2"), ("maand", "6"), ("jaar", "1991")):
        assert f'name="partner-{deel}" value="{waarde}"' in huishouden.text
    assert 'id="heeft_partner-ja" name="heeft_partner" value="ja" checked' in huishouden.text


def test_changing_an_answer_on_the_check_page_changes_the_result(client):
    antwoord = client.post("/check", data={"taal": "nl", "ik": "1990-05-01", "heeft_partner": "nee"})
    controle, _ = _tot_controle(client, antwoord, ANTWOORDEN)
    voor = _zoals_de_api(client, _uitkomst(client, controle))
    wijzig = client.post(
        "/check/wijzig", data={"taal": "nl", "antwoorden": _staat(controle.text), "wijzig": "kale_huur"}
    )
    assert (
        'name="huishoudens.woning.kale_huur" value="700"' in wijzig.text
        and 'name="modus" value="wijzig"' in wijzig.text
    )
    data = {
        "taal": "nl",
        "antwoorden": _staat(wijzig.text),
        "modus": "wijzig",
        "gevraagd": "huishoudens.woning.kale_huur",
        "huishoudens.woning.kale_huur": "500",
    }
    terug_op_controle = client.post("/check/vraag", data=data)
    assert _kop(terug_op_controle.text) == "Controleer uw antwoorden" and "€\xa0500,00" in terug_op_controle.text
    na = _zoals_de_api(client, _uitkomst(client, terug_op_controle))
    huurtoeslag = (
        {a["id"]: a for a in voor["regelingen"]}["huurtoeslag"],
        {a["id"]: a for a in na["regelingen"]}["huurtoeslag"],
    )
    assert huurtoeslag[0]["bedrag_per_maand"] != huurtoeslag[1]["bedrag_per_maand"]
    # changing the household keeps the answers of who is still in it
    huishouden = client.post(
        "/check/wijzig", data={"taal": "nl", "antwoorden": _staat(terug_op_controle.text), "wijzig": "huishouden"}
    )
    staat = _staat(huishouden.text)
    met_kind = client.post(
        "/check",
        data={"taal": "nl", "antwoorden": staat, "ik": "1990-05-01", "heeft_partner": "nee", "kind1": "2020-01-01"},
    )
    situatie = json.loads(_staat(met_kind.text))["situatie"]
    assert situatie["personen"]["ik"]["toetsingsinkomen"] == 18000 and "kind1" in situatie["personen"]
    assert situatie["huishoudens"]["woning"]["kale_huur"] == 500


def test_the_answers_file_continues_the_check_and_is_a_request_of_the_api(client):
    antwoord = client.post("/check", data={"taal": "nl", "ik": "1990-05-01", "heeft_partner": "nee"})
    controle, _ = _tot_controle(client, antwoord, ANTWOORDEN)
    bestand = client.post("/check/bestand", data={"taal": "nl", "antwoorden": _staat(controle.text)})
    assert bestand.status_code == 200 and bestand.headers["content-type"] == "application/json"
    assert bestand.headers["content-disposition"].startswith("attachment;")
    inhoud = bestand.json()
    assert inhoud["formaat"] == "openfisca-nl-sociaal/antwoorden"
    assert client.post("/v1/aanspraken", json=inhoud["situatie"]).status_code == 200
    verder = client.post(
        "/check/inlezen",
        data={"taal": "nl"},
        files={"bestand": ("antwoorden.json", bestand.content, "application/json")},
    )
    assert _kop(verder.text) == "Controleer uw antwoorden"
    assert json.loads(_staat(verder.text)) == json.loads(_staat(controle.text))
    # a bare request body of the API works too; a broken file is a clear error on the start page
    kaal = client.post(
        "/check/inlezen",
        data={"taal": "nl"},
        files={"bestand": ("s.json", json.dumps(inhoud["situatie"]), "application/json")},
    )
    assert _kop(kaal.text) == "Controleer uw antwoorden"
    for slecht in (b"[]", json.dumps({"situatie": {"personen": {"ik": {"geboortedatum": "x"}}}}).encode()):
        fout = client.post(
            "/check/inlezen", data={"taal": "nl"}, files={"bestand": ("x.json", slecht, "application/json")}
        )
        assert fout.status_code == 400 and "geen antwoordenbestand" in fout.text


def _ander(inhoud: dict, **wijziging) -> bytes:
    return json.dumps({**inhoud, **wijziging}).encode()


BESTAND = {
    "formaat": "openfisca-nl-sociaal/antwoorden",
    "versie": 1,
    "situatie": {"peildatum": "2025-03-01", "personen": {"ik": {"geboortedatum": "1990-05-01"}}},
}


@pytest.mark.parametrize(
    "inhoud, status, melding",
    [
        (b"{niet json", 400, "geen JSON-bestand"),
        (b"\xff\xfe\x00", 400, "geen JSON-bestand"),
        (_ander(BESTAND, formaat="iets-anders/v9"), 400, "ander formaat"),
        (_ander({k: v for k, v in BESTAND.items() if k != "formaat"}), 400, "ander formaat"),
        (_ander(BESTAND, versie=2), 400, "versie die deze check niet kent"),
        (_ander(BESTAND, versie=True), 400, "versie die deze check niet kent"),
        (_ander(BESTAND, versie="1"), 400, "versie die deze check niet kent"),
        (
            _ander(BESTAND, situatie={"personen": {"../ik": {"geboortedatum": "1990-05-01"}}}),
            400,
            "namen van personen",
        ),
        (_ander(BESTAND, situatie={"personen": {"x" * 65: {}}}), 400, "namen van personen"),
        (_ander(BESTAND, weet_niet="personen.ik.vermogen"), 400, "geen antwoordenbestand"),
        (b" " * 1_000_001, 413, "te groot"),
    ],
)
def test_the_answers_file_is_checked_whole_with_a_clear_message(client, inhoud, status, melding):
    """Issue 17 point 7: an unknown formaat or versie, ids that are not simple names and oversized files get the
    start page with a message that says what is wrong; nothing of such a file is used."""
    fout = client.post("/check/inlezen", data={"taal": "nl"}, files={"bestand": ("x.json", inhoud, "application/json")})
    assert fout.status_code == status
    assert melding in fout.text
    assert 'name="antwoorden"' not in fout.text  # no half-read state is carried on


def test_the_caseworker_page_reads_the_file_the_same_way(client):
    data = {"taal": "nl", "regeling": "zorgtoeslag", "periode": "2025-03", "bedrag": "20"}
    fout = client.post(
        "/toetsing",
        data=data,
        files={"situatie_bestand": ("a.json", _ander(BESTAND, versie=7), "application/json")},
    )
    assert fout.status_code == 400 and 'id="situatie-fout"' in fout.text
    assert "versie die deze check niet kent" in fout.text


@pytest.mark.parametrize(
    "data",
    [
        {"antwoorden": "{kapot"},
        {"antwoorden": "[]"},
        {"antwoorden": json.dumps({"situatie": {"personen": {}}}), "gevraagd": "personen.ik.vermogen"},
        {"antwoorden": json.dumps({"situatie": {"personen": {"ik": {}}}}), "gevraagd": "personen.ik.../x"},
        {"antwoorden": json.dumps({"situatie": {"personen": {"ik": {}}}}), "gevraagd": "personen.ik.leeftijd"},
        {"antwoorden": json.dumps({"situatie": {"personen": {"ik": {"geboortedatum": "1990-13-01"}}}})},
    ],
)
@pytest.mark.parametrize("stap", ["vraag", "terug", "wijzig", "controle", "uitkomst"])
def test_tampered_answers_are_a_clear_page_never_a_500(client, stap, data):
    antwoord = client.post(f"/check/{stap}", data={"taal": "nl", **data})
    assert antwoord.status_code in (200, 400), antwoord.text
    if antwoord.status_code == 400:
        assert "konden niet worden gelezen" in antwoord.text


def test_a_step_address_without_answers_starts_over_and_no_page_sets_a_cookie(client):
    antwoord = client.get("/check/vraag", follow_redirects=False)
    assert antwoord.status_code == 303 and antwoord.headers["location"] == "/check"
    eerste = client.post("/check", data={"taal": "nl", "ik": "1990-05-01", "heeft_partner": "nee"})
    assert "set-cookie" not in eerste.headers and eerste.headers["cache-control"] == "no-store"


def test_a_bad_date_is_an_error_tied_to_its_field(client):
    antwoord = client.post("/check", data={"taal": "nl", "ik": "1990-13-01", "heeft_partner": "nee"})
    assert antwoord.status_code == 400
    assert 'aria-invalid="true"' in antwoord.text and 'aria-describedby="ik-hint ik-fout"' in antwoord.text
    assert 'href="#ik"' in antwoord.text


def test_every_text_is_used_and_every_text_used_exists():
    """api/paginas/teksten.py is the one place of the page's texts: no dead texts, no text a template lacks."""
    map_ = Path(burger.__file__).parent
    bronnen = "".join(p.read_text(encoding="utf-8") for p in (map_.parent / "templates").glob("*.html"))
    code = "".join(p.read_text(encoding="utf-8") for p in map_.glob("*.py") if p.name != "teksten.py")
    in_sjablonen = set(re.findall(r"\bt\.([a-z_]+)", bronnen))
    # the code names texts as string literals (some chosen in an expression), the statuses as t[r.status]
    gebruikt = in_sjablonen | (set(re.findall(r'"([a-z_]+)"', code)) & set(TEKSTEN))
    gebruikt |= {"recht", "geen_recht", "onbekend"}
    gebruikt |= {f"oordeel_{o}" for o in ("juist", "afwijkend", "onbekend")}  # t['oordeel_' ~ oordeel]
    gebruikt |= {f"groep_{s}" for s in ("recht", "onbekend", "geen_recht")}  # t["groep_" ~ groep.status]
    assert in_sjablonen - set(TEKSTEN) == set(), "a text a template uses is missing"
    assert set(TEKSTEN) - gebruikt == set(), "a text no page uses"


def test_the_greatest_wage_still_gets_a_result_page_and_an_absurd_one_a_clear_error(client):
    """Regression: the chart's default range is twice the wage; an absurd wage once made its text fail. Since
    issue 17 an amount above € 1 billion is refused as the API refuses it: the page says so, never a 500."""
    staat = json.dumps({"situatie": {"personen": {"ik": {"geboortedatum": "1990-01-01", "bruto_loon": 1e9}}}})
    antwoord = client.post("/check/uitkomst", data={"taal": "nl", "antwoorden": staat})
    assert antwoord.status_code == 200 and _kop(antwoord.text) == "Uw uitkomst"
    staat = json.dumps({"situatie": {"personen": {"ik": {"geboortedatum": "1990-01-01", "bruto_loon": 1e300}}}})
    antwoord = client.post("/check/uitkomst", data={"taal": "nl", "antwoorden": staat})
    assert antwoord.status_code == 400 and "konden niet worden gelezen" in antwoord.text


def test_every_municipality_can_be_chosen_and_one_without_rules_says_so(client):
    """Issue 18, point 2: every municipality by name (the CBS list of 1 January 2026, 342, shipped as data); the
    national schemes answered for all, the municipal ones "not known yet" with a plain reason where the engine
    lacks the municipality's rules (Apeldoorn, GM0200)."""
    antwoord = client.post("/check", data={"taal": "nl", "ik": "1990-05-01", "heeft_partner": "nee"})
    gezien = None
    for _ in range(30):
        if _kop(antwoord.text) == "Controleer uw antwoorden":
            break
        if 'name="personen.' not in antwoord.text and "<select" in antwoord.text:
            gezien = antwoord.text
        antwoord, _ = _verder(client, antwoord.text, {**ANTWOORDEN, "gemeente": "GM0200"})
    assert gezien is not None, "the municipality was not asked with a list"
    opties = re.findall(r'<option value="(GM\d{4})"', gezien)
    assert len(opties) == 342 and {"GM0200", "GM0363", "GM0599", "GM0518", "GM0344"} <= set(opties)
    namen = [html.unescape(n) for n in re.findall(r'<option value="GM\d{4}"[^>]*>([^<]*)</option>', gezien)]
    # alphabetical as a person looks: 's-Gravenhage under G (between Gouda and Groningen), not first
    assert namen[0] == "Aa en Hunze" and namen.index("Gouda") < namen.index("'s-Gravenhage") < namen.index("Groningen")
    assert "Apeldoorn" in antwoord.text  # the check page names it
    uitkomst = _uitkomst(client, antwoord)
    api = _zoals_de_api(client, uitkomst)
    status = {r["id"]: r["status"] for r in api["regelingen"]}
    assert status["zorgtoeslag"] == "recht" and status["bijstand"] in ("recht", "geen_recht")
    for regeling in ("kwijtschelding_gemeentelijke_belastingen", "individuele_inkomenstoeslag", "stadspas"):
        assert status[regeling] == "onbekend"
    assert "nog niet in de rekenregels opgenomen" in uitkomst.text


def test_a_municipality_outside_the_list_is_refused(client):
    antwoord = _pagina_met(client, 'name="huishoudens.woning.gemeente"')
    fout = _verstuur_met(client, antwoord, "gemeente", "GM9999")
    assert fout.status_code == 400 and "Fout:" in re.search(r"<title>(.*?)</title>", fout.text).group(1)


def test_a_monthly_wage_needs_the_holiday_pay_answer(client):
    """The page never guesses whether holiday pay is in the amount: it asks, with a message at the field."""
    antwoord = _pagina_met(client, 'name="alternatief"', geboren="1988-02-03")
    gevraagd = re.findall(r'name="gevraagd" value="([^"]*)"', antwoord.text)
    data = {"taal": "nl", "antwoorden": _staat(antwoord.text), "gevraagd": gevraagd, "personen.ik.bruto_loon": "2000"}
    fout = client.post("/check/vraag", data=data)
    assert fout.status_code == 400
    assert "Kies of het vakantiegeld in het bedrag zit." in fout.text
    assert 'href="#personen-ik-bruto_loon-vakantiegeld"' in fout.text


def test_children_are_added_and_removed_one_by_one_without_losing_what_was_filled_in(client):
    """Issue 18, point 2: the add-another pattern instead of fixed blocks; without JavaScript each button posts
    the page and it comes back with the change."""
    invoer = {"taal": "nl", "ik-dag": "12", "ik-maand": "4", "ik-jaar": "1985", "heeft_partner": "nee"}
    leeg = client.get("/check")
    assert "Nog geen kinderen toegevoegd." in leeg.text and 'name="kind1-dag"' not in leeg.text
    een = client.post("/check", data={**invoer, "kind_rijen": "", "actie": "erbij:kind"})
    assert een.status_code == 200 and 'name="kind1-dag"' in een.text and 'name="ik-dag" value="12"' in een.text
    twee = client.post(
        "/check",
        data={
            **invoer,
            "kind_rijen": "kind1",
            "kind1-dag": "1",
            "kind1-maand": "3",
            "kind1-jaar": "2019",
            "actie": "erbij:kind",
        },
    )
    assert 'name="kind2-dag"' in twee.text and 'name="kind1-dag" value="1"' in twee.text
    weg = client.post(
        "/check",
        data={
            **invoer,
            "kind_rijen": "kind1 kind2",
            "kind1-dag": "1",
            "kind1-maand": "3",
            "kind1-jaar": "2019",
            "actie": "weg:kind1",
        },
    )
    assert 'name="kind1-dag"' not in weg.text and 'name="kind2-dag"' in weg.text
    # an added child without a date of birth is an error at its field, never silently left out
    fout = client.post("/check", data={**invoer, "kind_rijen": "kind2"})
    assert fout.status_code == 400 and "Vul de geboortedatum van kind 1 in." in fout.text
    verder = client.post(
        "/check", data={**invoer, "kind_rijen": "kind2", "kind2-dag": "30", "kind2-maand": "9", "kind2-jaar": "2019"}
    )
    assert _kop(verder.text) == "Over u en uw huisgenoten"
    assert json.loads(_staat(verder.text))["situatie"]["gezinnen"]["gezin"]["kinderen"] == ["kind2"]


@pytest.mark.parametrize(
    "dag, maand, jaar, melding",
    [
        ("", "", "", "Vul uw geboortedatum in."),
        ("31", "", "1990", "Uw geboortedatum moet een dag, een maand en een jaar hebben."),
        ("31", "2", "1990", "Uw geboortedatum moet een bestaande datum zijn, bijvoorbeeld 27 3 1985."),
        ("1", "1", "90", "Uw geboortedatum moet een bestaande datum zijn, bijvoorbeeld 27 3 1985."),
        ("1", "1", "2999", "Uw geboortedatum moet in het verleden liggen."),
    ],
)
def test_a_date_of_birth_gets_a_specific_message(client, dag, maand, jaar, melding):
    fout = client.post(
        "/check", data={"taal": "nl", "ik-dag": dag, "ik-maand": maand, "ik-jaar": jaar, "heeft_partner": "nee"}
    )
    assert fout.status_code == 400 and melding in html.unescape(fout.text)
    assert '<a href="#ik">' in fout.text and 'id="ik"' in fout.text


DEN_HAAG = {
    "peildatum": "2025-03-01",
    "personen": {
        "ik": {
            "geboortedatum": "1980-01-01",
            "toetsingsinkomen": 15000,
            "netto_inkomen": 1300,
            "vermogen": 0,
            "verzekerd_zvw": True,
            "woont_in_nederland": True,
        }
    },
    "gezinnen": {"gezin": {"partners": ["ik"], "kinderen": []}},
    "huishoudens": {
        "woning": {
            "bewoners": ["ik"],
            "kale_huur": 600,
            "servicekosten": 20,
            "zelfstandige_woonruimte": True,
            "gemeente": "GM0518",
            "gemeentelijke_belastingen": 450,
        }
    },
}


def test_a_yearly_remission_is_shown_per_year_and_not_in_the_monthly_total(client):
    """Issue 18, point 3: each amount in its own unit. Den Haag remits the whole € 450 bill of the year: the page
    says € 450 per year, leaves it out of the monthly total and names it beside the total."""
    staat = json.dumps({"situatie": DEN_HAAG, "weet_niet": [], "stappen": []})
    pagina = client.post("/check/uitkomst", data={"taal": "nl", "antwoorden": staat}).text.replace("\xa0", " ")
    blok = re.search(r'data-regeling="kwijtschelding_gemeentelijke_belastingen".*?</section>', pagina, re.S).group(0)
    assert "€ 450,00</strong> per jaar" in blok and "per maand" not in blok
    # zorgtoeslag 131 + huurtoeslag 370 + bijstand 43,18 a month; the remission is not among them
    assert 'data-totaal="544.18"' in pagina
    assert "Daarnaast, één keer per jaar: Kwijtschelding gemeentelijke belastingen € 450,00." in pagina


def test_english_pages_say_where_to_apply_in_english(client):
    staat = json.dumps({"situatie": DEN_HAAG, "weet_niet": [], "stappen": []})
    pagina = html.unescape(client.post("/check/uitkomst", data={"taal": "en", "antwoorden": staat}).text)
    # the law's own citations (link texts to wetten.overheid.nl, e.g. "Participatiewet, art. 34") are names
    eigen_tekst = re.sub(r'<a href="https://wetten\.overheid\.nl[^"]*">[^<]*</a>', "", pagina)
    eigen_tekst = re.sub(r"<[^>]+>", " ", eigen_tekst)
    for nederlands in (
        "de gemeente",
        "sociale dienst",
        "per maand",
        "per jaar",
        "Aanvragen bij",
        "voldaan",
        " van de ",
    ):
        assert nederlands not in eigen_tekst, nederlands
    assert "Apply at: your municipality (or its joint tax office)" in " ".join(eigen_tekst.split())


def test_a_range_is_shown_only_where_it_says_something(client):
    """AIO "between € 0,00 and € 0,00" said nothing: a range appears only where the two ends differ."""
    situatie = json.loads(json.dumps(DEN_HAAG))
    del situatie["personen"]["ik"]["netto_inkomen"]
    staat = json.dumps({"situatie": situatie, "weet_niet": [], "stappen": []})
    pagina = client.post("/check/uitkomst", data={"taal": "nl", "antwoorden": staat}).text
    api = {r["id"]: r for r in client.post("/v1/aanspraken", json=situatie).json()["regelingen"]}
    for regeling, antwoord in api.items():
        blok = re.search(rf'data-regeling="{regeling}".*?</section>', pagina, re.S).group(0)
        laag, hoog = antwoord.get("bedrag_per_maand_min"), antwoord.get("bedrag_per_maand_max")
        assert ("data-min" in blok) == (antwoord["status"] == "onbekend" and hoog is not None and hoog > laag), regeling


def _paar(geboren_ik: str, geboren_partner: str) -> str:
    situatie = {
        "peildatum": "2025-03-01",
        "personen": {
            p: {
                "geboortedatum": d,
                "toetsingsinkomen": 20000,
                "netto_inkomen": 1200,
                "vermogen": 0,
                "verzekerd_zvw": True,
                "woont_in_nederland": True,
                "aow_verzekerde_jaren": 50,
            }
            for p, d in (("ik", geboren_ik), ("partner", geboren_partner))
        },
        "gezinnen": {"gezin": {"partners": ["ik", "partner"], "kinderen": []}},
        "huishoudens": {
            "woning": {
                "bewoners": ["ik", "partner"],
                "kale_huur": 700,
                "servicekosten": 20,
                "zelfstandige_woonruimte": True,
                "gemeente": "GM0363",
            }
        },
    }
    return json.dumps({"situatie": situatie, "weet_niet": [], "stappen": []})


def test_no_earnings_chart_for_a_pensioner_couple_and_the_partners_where_only_the_partner_works(client):
    """Issue 18, point 3: the chart varies a wage only where a wage is the lever: not at the AOW age (AOW art. 7a:
    67 in 2025); for a couple of whom only the partner is below it, the partner's wage."""
    gepensioneerd = client.post("/check/uitkomst", data={"taal": "en", "antwoorden": _paar("1950-01-01", "1952-06-01")})
    assert "data-geen-grafiek" in gepensioneerd.text and "state pension age" in gepensioneerd.text
    assert 'class="grafiek"' not in gepensioneerd.text
    gemengd = client.post("/check/uitkomst", data={"taal": "nl", "antwoorden": _paar("1950-01-01", "1970-06-01")})
    assert "Wat als mijn partner meer verdient?" in gemengd.text and "data-geen-grafiek" not in gemengd.text
    werkend = client.post("/check/uitkomst", data={"taal": "nl", "antwoorden": _paar("1980-01-01", "1950-06-01")})
    assert "Wat als ik meer verdien?" in werkend.text


@pytest.mark.parametrize("taal", ["nl", "en"])
def test_the_accessibility_statement_has_the_dutch_models_parts(client, taal):
    """Issue 18, point 7: the statement in the format of the Dutch model (Modelverklaring toegankelijkheid): the
    standard, its scope, the compliance status and how it was judged, what is not accessible yet, the date, how to
    report a problem and the complaints procedure."""
    pagina = html.unescape(client.get(f"/toegankelijkheid?taal={taal}").text)
    koppen = re.findall(r"<h2>(.*?)</h2>", pagina)
    verwacht = {
        "nl": ["Nalevingsstatus", "Wat nog niet toegankelijk is", "Feedback en contact", "Handhavingsprocedure"],
        "en": ["Compliance status", "What is not accessible yet", "Feedback and contact", "Enforcement procedure"],
    }[taal]
    assert koppen == verwacht
    assert "WCAG 2.1" in pagina and "Tijdelijk besluit digitale toegankelijkheid overheid" in pagina or taal == "en"
    assert re.search(r"<p data-status>B\. ", pagina)
    assert {"nl": "4 december 2026", "en": "4 December 2026"}[taal] in pagina
    assert 'href="https://github.com/openfisca-nl-sociaal/openfisca-nl-sociaal/issues"' in pagina
    assert 'href="https://www.nationaleombudsman.nl/"' in pagina
    assert len(re.findall(r"<li>", pagina.split("<h2>", 2)[2].split("</ul>")[0])) >= 3
