"""The caseworker's page in Chromium: upload the citizen's answers file, enter a decision, see the verdict
and the explanation; axe-core finds no WCAG 2.1 A/AA violation on the form or the verdict, and the page
shows what ``POST /v1/toetsing`` answers."""

import json
from pathlib import Path

import httpx

from .hulp import beschrijf, toets_met_antwoordenbestand

VOORBEELD = Path(__file__).parents[1] / "voorbeelden" / "utrecht_2024_alle_regelingen.json"


def test_a_caseworker_checks_a_decision_from_the_citizens_answers_file(
    server_url, page, axe_schendingen, save_screenshot, assert_no_offsite_requests, tmp_path
):
    situatie = json.loads(VOORBEELD.read_text(encoding="utf-8"))
    bestand = tmp_path / "antwoorden.json"
    bestand.write_text(json.dumps({"formaat": "openfisca-nl-sociaal/antwoorden", "versie": 1, "situatie": situatie}))
    page.goto(f"{server_url}/toetsing")
    schendingen = axe_schendingen(page)
    assert schendingen == [], beschrijf(schendingen)
    page.get_by_label("Antwoordenbestand of situatie (.json)").set_input_files(str(bestand))
    page.get_by_label("Regeling").select_option("huurtoeslag")
    page.get_by_label("Maand of jaar").fill("2024-03")
    page.get_by_label("Beslist bedrag").fill("300")
    page.get_by_role("button", name="Toets", exact=True).click()
    page.get_by_role("heading", level=1).wait_for()
    assert page.get_by_role("heading", level=1).inner_text() == "Oordeel: Huurtoeslag, 2024-03"
    # the explanation's first steps opened, as a caseworker would
    for samenvatting in page.locator("ul.boom > li > details > summary").all()[:3]:
        samenvatting.click()
    schendingen = axe_schendingen(page)
    assert schendingen == [], beschrijf(schendingen)
    save_screenshot(page, "toetsing_oordeel_nl")
    api = httpx.post(
        f"{server_url}/v1/toetsing",
        json={"situatie": situatie, "beslissing": {"regeling": "huurtoeslag", "periode": "2024-03", "bedrag": 300}},
    ).json()
    assert page.locator("[data-oordeel]").get_attribute("data-oordeel") == api["oordeel"]
    assert float(page.locator("[data-berekend]").get_attribute("data-berekend")) == api["berekend"]
    assert float(page.locator("[data-verschil]").get_attribute("data-verschil")) == api["verschil"]
    if api["oordeel"] == "afwijkend":
        assert page.locator("[data-stap]").inner_text() == api["afwijking"]["stap"]
        for grondslag in api["afwijking"]["grondslag"]:
            assert page.locator(f"a[href='{grondslag['url']}']").count() >= 1
    assert api["versie"]["parameters"]["sha256"] in page.content()
    assert_no_offsite_requests()


def test_the_printed_report_shows_every_step(server_url, page, tmp_path, save_screenshot):
    """Issue 18, point 5: printed (print media, no click on "Print als rapport", so no script opens anything),
    the report shows the computation: every step's label and the values and articles inside it."""
    situatie = json.loads(VOORBEELD.read_text(encoding="utf-8"))
    bestand = tmp_path / "antwoorden.json"
    bestand.write_text(json.dumps({"formaat": "openfisca-nl-sociaal/antwoorden", "versie": 1, "situatie": situatie}))
    toets_met_antwoordenbestand(page, server_url, bestand, "zorgtoeslag", "2024-03", "20")
    page.emulate_media(media="print")
    stappen = page.locator("ul.boom details")
    assert stappen.count() > 5
    assert stappen.first.is_visible()
    # the inside of a step that nobody opened: its variable and its articles
    binnen = page.locator("ul.boom details .knoop").first
    assert binnen.is_visible() and binnen.inner_text().strip()
    save_screenshot(page, "toetsing_print_nl")
