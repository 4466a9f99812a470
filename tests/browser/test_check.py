"""The citizen check in a real Chromium: every page of a journey passes axe-core (WCAG 2.1 A/AA) and the
result shows what ``POST /v1/aanspraken`` answers. A first journey; issue 6 adds the other four."""

import json
import re

import httpx

from .test_startpagina import _beschrijf

ANTWOORDEN = {
    "woont_in_nederland": "ja",
    "verzekerd_zvw": "ja",
    "zelfstandige_woonruimte": "ja",
    "gemeente": "GM0599",
    "soort_kinderopvang": "geen",
    "vermogen": "0",
    "toetsingsinkomen": "16000",
    "netto_inkomen": "1250",
    "kale_huur": "650",
    "servicekosten": "25",
}


def _controleer(page, axe_schendingen):
    schendingen = axe_schendingen(page)
    assert schendingen == [], _beschrijf(schendingen)


def test_a_single_renter_on_a_low_income_every_page_accessible(
    server_url, page, axe_schendingen, save_screenshot, assert_no_offsite_requests
):
    page.goto(server_url + "/check")
    _controleer(page, axe_schendingen)
    page.get_by_label("Wat is uw geboortedatum?").fill("1985-04-12")
    page.get_by_role("button", name="Volgende").click()
    for _ in range(30):
        if page.get_by_role("heading", level=1).inner_text() == "Uw uitkomst":
            break
        _controleer(page, axe_schendingen)
        for pad in page.eval_on_selector_all("input[name=gevraagd]", "els => els.map(e => e.value)"):
            id_ = pad.replace(".", "-")
            waarde = ANTWOORDEN.get(pad.rsplit(".", 1)[1], "weet_niet")
            if page.locator(f"#{id_}-{waarde}").count():
                page.locator(f"#{id_}-{waarde}").check()
            elif waarde == "weet_niet":
                page.locator(f"#{id_}-weet-niet").check()
            else:
                page.locator(f"#{id_}").fill(waarde)
        page.get_by_role("button", name="Volgende").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Uw uitkomst"
    _controleer(page, axe_schendingen)
    save_screenshot(page, "resultaat_alleenstaande_huurder_nl")
    assert_no_offsite_requests()

    # the page's answer equals the API's for the facts the page collected
    staat = json.loads(page.locator("input[name=antwoorden]").first.get_attribute("value"))
    api = httpx.post(server_url + "/v1/aanspraken", json=staat["situatie"]).json()
    op_pagina = dict(
        page.eval_on_selector_all("tr[data-regeling]", "rows => rows.map(r => [r.dataset.regeling, r.dataset.status])")
    )
    assert op_pagina == {r["id"]: r["status"] for r in api["regelingen"]}
    for regeling in api["regelingen"]:
        if regeling["status"] == "recht" and regeling["bedrag_per_maand"] is not None:
            tekst = page.locator(f"tr[data-regeling={regeling['id']}] [data-bedrag]").get_attribute("data-bedrag")
            assert float(tekst) == regeling["bedrag_per_maand"]
    assert re.search(r"indicatie, geen beslissing", page.content())
