"""The citizen check without JavaScript: the forms post back and forth, the server keeps nothing.

A journey through the pages with the API's own answer as the measure: the result page shows, per
scheme, the status and amount of ``POST /v1/aanspraken`` for the same facts.
"""

import html
import json
import re

ANTWOORDEN = {
    "woont_in_nederland": "ja",
    "vermogen": "0",
    "toetsingsinkomen": "18000",
    "netto_inkomen": "1400",
    "gemeente": "GM0599",
    "verzekerd_zvw": "ja",
    "zelfstandige_woonruimte": "ja",
    "kale_huur": "700",
    "servicekosten": "20",
    "soort_kinderopvang": "geen",
}


def _kop(pagina: str) -> str:
    return re.search(r"<h1>(.*?)</h1>", pagina).group(1)


def _verder(client, pagina: str, antwoorden: dict, taal: str = "nl"):
    staat = html.unescape(re.search(r'name="antwoorden" value="([^"]*)"', pagina).group(1))
    gevraagd = re.findall(r'name="gevraagd" value="([^"]*)"', pagina)
    data = {"taal": taal, "antwoorden": staat, "gevraagd": gevraagd}
    for pad in gevraagd:
        data[pad] = antwoorden.get(pad.rsplit(".", 1)[1], "weet_niet")
    return client.post("/check/vraag", data=data), gevraagd


def test_the_start_page_is_dutch_with_english_one_click_away(client):
    nl = client.get("/")
    assert nl.status_code == 200 and '<html lang="nl">' in nl.text and "Waar heb ik recht op?" in nl.text
    assert 'href="/?taal=en"' in nl.text
    en = client.get("/?taal=en")
    assert '<html lang="en">' in en.text and "What am I entitled to?" in en.text
    assert "set-cookie" not in nl.headers


def test_a_journey_ends_with_the_apis_answer_for_the_same_facts(client):
    antwoord = client.post(
        "/check", data={"taal": "nl", "ik": "1990-05-01", "heeft_partner": "nee", "kind1": "2019-09-30"}
    )
    gevraagd_in_totaal = []
    for _ in range(30):
        assert antwoord.status_code == 200
        if _kop(antwoord.text) == "Uw uitkomst":
            break
        staat = json.loads(html.unescape(re.search(r'name="antwoorden" value="([^"]*)"', antwoord.text).group(1)))
        antwoord, gevraagd = _verder(client, antwoord.text, ANTWOORDEN)
        gevraagd_in_totaal += gevraagd
    assert _kop(antwoord.text) == "Uw uitkomst"
    assert len(gevraagd_in_totaal) == len(set(gevraagd_in_totaal)), "a question was asked twice"
    # the facts the page collected, answered by the API
    for pad in gevraagd_in_totaal:
        meervoud, ident, feit = pad.split(".")
        waarde = ANTWOORDEN[feit]
        staat["situatie"][meervoud][ident][feit] = {"ja": True, "nee": False}.get(waarde, waarde)
        if feit in ("vermogen", "toetsingsinkomen", "netto_inkomen", "kale_huur", "servicekosten"):
            staat["situatie"][meervoud][ident][feit] = float(waarde)
    api = client.post("/v1/aanspraken", json=staat["situatie"]).json()
    pagina = dict(re.findall(r'data-regeling="([^"]*)" data-status="([^"]*)"', antwoord.text))
    assert pagina == {r["id"]: r["status"] for r in api["regelingen"]}
    bedragen = re.findall(r'data-regeling="([^"]*)" data-status="recht">.*?data-bedrag="([^"]*)"', antwoord.text, re.S)
    for regeling, bedrag in bedragen:
        assert float(bedrag) == next(r["bedrag_per_maand"] for r in api["regelingen"] if r["id"] == regeling)
    assert "Dit is een indicatie, geen beslissing." in antwoord.text


def test_i_dont_know_is_an_answer_and_is_not_asked_again(client):
    antwoord = client.post("/check", data={"taal": "en", "ik": "1990-05-01", "heeft_partner": "nee"})
    gevraagd = []
    for _ in range(30):
        if _kop(antwoord.text) == "Your result":
            break
        antwoord, nu = _verder(client, antwoord.text, {}, taal="en")
        assert not set(nu) & set(gevraagd)
        gevraagd += nu
    assert _kop(antwoord.text) == "Your result"
    assert "Not yet known" in antwoord.text


def test_a_bad_date_is_an_error_tied_to_its_field(client):
    antwoord = client.post("/check", data={"taal": "nl", "ik": "1990-13-01", "heeft_partner": "nee"})
    assert antwoord.status_code == 400
    assert 'aria-invalid="true"' in antwoord.text and 'aria-describedby="ik-hint ik-fout"' in antwoord.text
    assert 'href="#ik"' in antwoord.text
