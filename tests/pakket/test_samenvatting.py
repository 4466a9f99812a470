"""Reasons a person understands (issue 18, point 1): an unmet condition is said as it is, never as if it held, in
the API (``toelichting`` per reason, ``samenvatting`` per scheme, extensions of the contract) and on the page."""

import html
import json
import re
from pathlib import Path

import pytest
from openfisca_nl_sociaal.api.paginas.formulier import BESTANDSFORMAAT

from openfisca_nl_sociaal.antwoord.aanspraken import bereken_aanspraken
from openfisca_nl_sociaal.regelingen import REGELINGEN

#: a single person of 35 with a wage above the bijstandsnorm, no children
DERTIGER = {
    "peildatum": "2025-03-01",
    "personen": {
        "ik": {
            "geboortedatum": "1990-01-01",
            "toetsingsinkomen": 40_000,
            "netto_inkomen": 2_500,
            "vermogen": 1_000,
            "verzekerd_zvw": True,
            "woont_in_nederland": True,
            "aow_verzekerde_jaren": 10,
        }
    },
    "gezinnen": {"g": {"partners": ["ik"]}},
    "huishoudens": {"w": {"bewoners": ["ik"], "kale_huur": 700, "servicekosten": 20, "zelfstandige_woonruimte": True}},
}


def test_every_condition_says_what_is_the_case_when_it_does_not_hold():
    for regeling in REGELINGEN:
        for voorwaarde in regeling.voorwaarden:
            assert voorwaarde.niet is not None, (regeling.id, voorwaarde.id)
            assert voorwaarde.niet.nl != voorwaarde.uitleg.nl and voorwaarde.niet.en != voorwaarde.uitleg.en


@pytest.mark.parametrize(
    "taal, aow, bijstand",
    [
        (
            "nl",
            "AOW-ouderdomspensioen: geen recht. Niemand in het gezin heeft de AOW-leeftijd bereikt.",
            # Participatiewet art. 21 onder a on 2025-01-01 (the law text): € 1.345,45 for an alleenstaande
            "Bijstand (algemene bijstand): geen recht. Het netto inkomen dat meetelt, € 2.500,00 per maand, is niet "
            "lager dan de bijstandsnorm van € 1.345,45 per maand.",
        ),
        (
            "en",
            "State pension (AOW): not entitled. No one in the household has reached the state pension age.",
            "Social assistance: not entitled. The net income that counts, €2,500.00 a month, is not below the social "
            "assistance norm of €1,345.45 a month.",
        ),
    ],
)
def test_a_35_year_old_reads_why_not_as_it_is(taal, aow, bijstand):
    antwoord = {r["id"]: r for r in bereken_aanspraken(DERTIGER, taal=taal)["regelingen"]}
    assert antwoord["aow"]["status"] == "geen_recht" and antwoord["aow"]["samenvatting"] == aow
    assert antwoord["bijstand"]["samenvatting"].replace("\xa0", " ") == bijstand
    reden = next(r for r in antwoord["aow"]["redenen"] if r["voorwaarde"] == "aow_leeftijd_bereikt")
    assert reden["voldaan"] is False
    # the law's condition stays in "uitleg"; the sentence that fits the person is "toelichting"
    assert "heeft de AOW-leeftijd bereikt" in reden["uitleg"] or "has reached" in reden["uitleg"]
    assert reden["toelichting"] in aow


def test_an_entitlement_says_the_amount_and_a_met_condition_keeps_its_sentence():
    antwoord = {r["id"]: r for r in bereken_aanspraken(DERTIGER, taal="nl")["regelingen"]}
    huurtoeslag = antwoord["huurtoeslag"]
    assert huurtoeslag["status"] == "recht"
    bedrag = f"{huurtoeslag['bedrag_per_maand']:.2f}".replace(".", ",")
    assert huurtoeslag["samenvatting"] == f"Huurtoeslag: u heeft waarschijnlijk recht, €\u00a0{bedrag} per maand."
    assert all(r["toelichting"] == r["uitleg"] for r in huurtoeslag["redenen"] if r["voldaan"])


def test_the_page_says_why_not_with_the_negation(client):
    """The result page lists under "Waarom niet" what is the case, not the condition as if it were met."""

    bestand = json.dumps({"formaat": BESTANDSFORMAAT, "versie": 1, "situatie": DERTIGER})
    controle = client.post(
        "/check/inlezen", data={"taal": "nl"}, files={"bestand": ("a.json", bestand, "application/json")}
    )
    staat = re.search(r'name="antwoorden" value="([^"]*)"', controle.text).group(1)
    uitkomst = client.post("/check/uitkomst", data={"taal": "nl", "antwoorden": html.unescape(staat)})
    assert uitkomst.status_code == 200
    aow = re.search(r'data-regeling="aow".*?</section>', uitkomst.text, re.S).group(0)
    assert "Niemand in het gezin heeft de AOW-leeftijd bereikt." in aow
    assert "De aanvrager of de partner heeft de AOW-leeftijd bereikt" not in aow


def _uitkomstpagina(client, situatie: dict, taal: str = "nl") -> str:
    bestand = json.dumps({"formaat": BESTANDSFORMAAT, "versie": 1, "situatie": situatie})
    controle = client.post(
        "/check/inlezen", data={"taal": taal}, files={"bestand": ("a.json", bestand, "application/json")}
    )
    staat = re.search(r'name="antwoorden" value="([^"]*)"', controle.text).group(1)
    return client.post("/check/uitkomst", data={"taal": taal, "antwoorden": html.unescape(staat)}).text


def test_the_result_is_grouped_and_the_total_names_what_it_leaves_out(client):
    """Issue 18, point 3: "probably entitled", then "not known yet", then "not entitled"; the total counts only
    known amounts and names the schemes it leaves out."""
    tekst = _uitkomstpagina(client, DERTIGER)
    assert re.findall(r'data-groep="([a-z_]+)"', tekst) == ["recht", "onbekend", "geen_recht"]
    volgorde = re.findall(r'data-regeling="([a-z_]+)" data-status="([a-z_]+)"', tekst)
    statussen = [s for _, s in volgorde]
    assert statussen == sorted(statussen, key=["recht", "onbekend", "geen_recht"].index)
    antwoord = {r["id"]: r for r in bereken_aanspraken(DERTIGER, taal="nl")["regelingen"]}
    onbekend = [r["naam"] for r in antwoord.values() if r["status"] == "onbekend"]
    assert onbekend
    zin = re.search(r"data-niet-meegeteld>([^<]*)<", tekst).group(1)
    assert zin == html.escape(f"Nog niet meegeteld, omdat het nog niet bekend is: {', '.join(onbekend)}.")
    assert "Totaal per maand van wat al bekend is" in tekst


HUURGEZIN = json.loads((Path(__file__).parents[1] / "voorbeelden" / "huurgezin_met_kinderopvang.json").read_text())


def _toelichting(antwoord, regeling, voorwaarde):
    gevonden = next(r for r in antwoord["regelingen"] if r["id"] == regeling)
    return gevonden, next(r["toelichting"] for r in gevonden["redenen"] if r["voorwaarde"] == voorwaarde)


@pytest.mark.parametrize(
    "taal, bijstand, pas",
    [
        (
            "nl",
            "Het netto inkomen dat meetelt, € 3.200,00 per maand, is niet lager dan de bijstandsnorm van € 2.002,13 "
            "per maand.",
            "Het netto inkomen van € 3.200,00 per maand is hoger dan de inkomensgrens van de gemeente, € 2.602,77 per "
            "maand.",
        ),
        (
            "en",
            "The net income that counts, €3,200.00 a month, is not below the social assistance norm of €2,002.13 a "
            "month.",
            "The net income of €3,200.00 a month is above the municipality's limit of €2,602.77 a month.",
        ),
    ],
)
def test_a_failed_income_test_says_both_figures(taal, bijstand, pas):
    """Issue 18, point 1: "uw netto inkomen van € 1.850 is hoger dan de bijstandsnorm van € 1.401". The README's
    renting couple in Amsterdam, March 2026, net € 3.200 a month together (the facts), no income from work left free
    below the AOW age. By hand: the gehuwdennorm of Participatiewet art. 21 onder b on 2026-01-01 is € 2.002,13
    (the law text of that date); Amsterdam's Stadspas limit is 130% of the norm without the kostendelersnorm
    (parameters/gemeenten/GM0363.yaml): 1,3 × 2.002,13 = 2.602,769, € 2.602,77."""
    antwoord = bereken_aanspraken(HUURGEZIN, taal=taal)
    regeling, zin = _toelichting(antwoord, "bijstand", "inkomen_onder_norm")
    assert zin.replace("\xa0", " ") == bijstand.replace("\xa0", " ")
    assert regeling["samenvatting"].replace("\xa0", " ").endswith(bijstand.replace("\xa0", " "))
    _, zin = _toelichting(antwoord, "stadspas", "inkomen_onder_grens")
    assert zin.replace("\xa0", " ") == pas


def test_a_failed_asset_test_says_the_assets_and_the_limit():
    """The same couple with € 200.000 each: joint assets € 400.000 against the Wzt art. 3 limit with a toeslagpartner
    on 1 January 2026, € 184.633 (parameters/wet_op_de_zorgtoeslag/vermogensgrens), and the bijstand's gezin limit of
    art. 34 lid 3, € 16.000 in the 2026 law text."""
    rijk = json.loads(json.dumps(HUURGEZIN))
    for partner in ("ik", "partner"):
        rijk["personen"][partner]["vermogen"] = 200_000
    antwoord = bereken_aanspraken(rijk)
    _, zin = _toelichting(antwoord, "zorgtoeslag", "vermogen_onder_grens")
    assert zin.replace("\xa0", " ") == (
        "Het (gezamenlijke) vermogen op 1 januari van € 400.000,00 is hoger dan de vermogensgrens van € 184.633,00."
    )
    _, zin = _toelichting(antwoord, "bijstand", "vermogen_onder_grens")
    assert zin.replace("\xa0", " ") == (
        "Het vermogen dat meetelt, € 400.000,00, is hoger dan de vermogensgrens van de bijstand, € 16.000,00."
    )
