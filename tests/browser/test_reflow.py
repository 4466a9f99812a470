"""Reflow at 320 CSS pixels (WCAG 1.4.10, issue 18 point 7): every page, and the result states the forms lead
to, fit a 320 px wide window without horizontal scrolling (a table may scroll inside its own focusable region,
never the page)."""

import json
from pathlib import Path

import pytest

from .hulp import beschrijf, toets_met_antwoordenbestand

VOORBEELD = Path(__file__).parents[1] / "voorbeelden" / "utrecht_2024_alle_regelingen.json"
PAGINAS = ["/", "/?taal=en", "/check", "/toegankelijkheid", "/toetsing", "/beleid", "/beleid/land"]


def _breedte(page) -> tuple[int, int]:
    return page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")


def _past_en_axe(page, axe_schendingen, wat: str) -> None:
    """The state fits the window and axe finds no violation in it (issue 18: axe on every page state)."""
    scroll, venster = _breedte(page)
    assert scroll <= venster, f"{wat}: {scroll} px wide in a {venster} px window"
    schendingen = axe_schendingen(page)
    assert schendingen == [], f"{wat}: {beschrijf(schendingen)}"


@pytest.mark.parametrize("pad", PAGINAS)
def test_every_page_fits_320_px(server_url, new_page, pad, axe_schendingen):
    page = new_page(viewport={"width": 320, "height": 640})
    page.goto(f"{server_url}{pad}")
    _past_en_axe(page, axe_schendingen, pad)


def test_the_results_fit_320_px(server_url, new_page, tmp_path, save_screenshot, axe_schendingen):
    """The caseworker's verdict, the policy page's comparison and the citizen's result, at 320 px."""
    page = new_page(viewport={"width": 320, "height": 640})
    situatie = json.loads(VOORBEELD.read_text(encoding="utf-8"))
    bestand = tmp_path / "antwoorden.json"
    bestand.write_text(json.dumps({"formaat": "openfisca-nl-sociaal/antwoorden", "versie": 1, "situatie": situatie}))

    toets_met_antwoordenbestand(page, server_url, bestand, "huurtoeslag", "2024-03", "300")
    save_screenshot(page, "reflow_toetsing_320")
    _past_en_axe(page, axe_schendingen, "verdict")

    page.goto(f"{server_url}/beleid")
    page.get_by_label("Hervorming").select_option("kostendelersnorm_afschaffen")
    page.get_by_label("Standaardhuishouden").select_option("ouder_in_de_bijstand_met_volwassen_kind")
    page.get_by_role("button", name="Reken door").click()
    page.get_by_role("heading", name="Netto inkomen en marginale druk").wait_for()
    save_screenshot(page, "reflow_beleid_320")
    _past_en_axe(page, axe_schendingen, "policy result")

    page.goto(f"{server_url}/")
    page.locator("input[type=file]").first.set_input_files(str(bestand))
    page.locator("form:has(input[type=file]) button[type=submit]").first.click()
    page.get_by_role("heading", name="Controleer uw antwoorden").wait_for()
    _past_en_axe(page, axe_schendingen, "check your answers")
    page.get_by_role("button", name="Bekijk uw uitkomst").click()
    page.get_by_role("heading", name="Uw uitkomst").wait_for()
    save_screenshot(page, "reflow_uitkomst_320")
    _past_en_axe(page, axe_schendingen, "the citizen's result")
    # the details opened (every condition with its article), and an error state of the household page
    for details in page.locator("details").all():
        details.evaluate("d => d.open = true")
    _past_en_axe(page, axe_schendingen, "the result with every condition opened")
    page.goto(f"{server_url}/check")
    page.get_by_role("button", name="Volgende").click()
    page.locator(".foutmelding").wait_for()
    _past_en_axe(page, axe_schendingen, "the household page with its errors")
    page.get_by_role("button", name="Kind toevoegen").click()
    page.locator("#kind1-dag").wait_for()
    _past_en_axe(page, axe_schendingen, "the household page with a child added")


def _contrast(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    def lum(rgb):
        kanalen = [c / 255 for c in rgb]
        lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in kanalen]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    hoog, laag = sorted((lum(a), lum(b)), reverse=True)
    return (hoog + 0.05) / (laag + 0.05)


def test_touch_targets_and_the_focus_ring(server_url, new_page):
    """Radio buttons at least 24 by 24 CSS px (WCAG 2.5.8); the focus ring at least 3:1 against the white page
    (WCAG 1.4.11; the yellow ring alone was 1.76:1)."""
    page = new_page(viewport={"width": 375, "height": 700})
    page.goto(f"{server_url}/check")
    radio = page.locator("input[type=radio]").first
    doos = radio.bounding_box()
    assert doos["width"] >= 24 and doos["height"] >= 24, doos
    knop = page.get_by_role("button").first
    knop.focus()
    kleur = page.evaluate("e => getComputedStyle(e).outlineColor", knop.element_handle())
    rgb = tuple(int(c) for c in kleur[kleur.index("(") + 1 : kleur.index(")")].split(",")[:3])
    assert _contrast(rgb, (255, 255, 255)) >= 3, kleur
