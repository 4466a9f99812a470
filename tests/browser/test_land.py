"""The policy page's country view in Chromium: a reform over the synthetic population, the budget table, the decile
chart with its table and text, winners and losers, the CSV download; figures equal to ``POST /v1/populatie``; no
WCAG 2.1 A/AA violation from axe-core; no sideways scrolling on a phone; Back returns to the form."""

import csv
import io

import httpx

from .hulp import beschrijf

HERVORMING = "kostendelersnorm_afschaffen"


def test_a_policy_maker_sees_what_a_reform_does_to_the_country(
    server_url, page, axe_schendingen, save_screenshot, assert_no_offsite_requests
):
    page.goto(f"{server_url}/beleid")
    page.get_by_role("link", name="Het hele land").click()
    page.get_by_role("heading", name="Het hele land doorrekenen").wait_for()
    schendingen = axe_schendingen(page)
    assert schendingen == [], beschrijf(schendingen)
    page.get_by_label("Jaar").select_option("2025")
    page.get_by_label("Hervorming").select_option(HERVORMING)
    page.get_by_role("button", name="Reken door").click()
    page.get_by_role("heading", name="Uitkomst voor het land").wait_for(timeout=120_000)
    schendingen = axe_schendingen(page)
    assert schendingen == [], beschrijf(schendingen)
    save_screenshot(page, "land_variant_nl")

    api = httpx.post(
        f"{server_url}/v1/populatie", json={"jaar": 2025, "hervormingen": [HERVORMING]}, timeout=120
    ).json()
    verschillen = page.eval_on_selector_all(
        "tr[data-verschil-per-jaar]", "rs => rs.map(r => Number(r.dataset.verschilPerJaar))"
    )
    assert verschillen == [d["gemiddeld_verschil"] for d in api["decielen"]]
    samenvatting = page.locator(".samenvatting").inner_text()
    vooruit = f"{api['winnaars_verliezers']['erop_vooruit']:,}".replace(",", ".")
    assert f"{vooruit} huishoudens gaan er meer dan" in samenvatting
    assert api["winnaars_verliezers"]["erop_vooruit"] > 0
    assert page.get_by_role("img", name="Staafdiagram").count() == 1

    link = page.get_by_role("link", name="Download de uitkomst als CSV").get_attribute("href")
    download = httpx.get(f"{server_url}{link}", timeout=120)
    assert download.status_code == 200 and download.headers["content-type"].startswith("text/csv")
    rijen = list(csv.DictReader(io.StringIO(download.text)))
    bijstand = {r["maat"]: r for r in rijen if r["tabel"] == "regelingen" and r["onderwerp"] == "bijstand"}
    api_bijstand = next(r for r in api["regelingen"] if r["id"] == "bijstand")
    assert float(bijstand["uitgaven_per_jaar"]["huidig"]) == api_bijstand["uitgaven_per_jaar"]
    assert float(bijstand["uitgaven_per_jaar"]["variant"]) == api_bijstand["variant"]["uitgaven_per_jaar"]

    page.go_back()
    page.get_by_role("heading", name="Het hele land doorrekenen").wait_for()
    assert_no_offsite_requests()


def test_the_country_view_fits_a_phone(server_url, new_page, axe_schendingen):
    page = new_page(viewport={"width": 375, "height": 800})
    page.goto(f"{server_url}/beleid/land?jaar=2025&hervorming={HERVORMING}&taal=en", timeout=120_000)
    page.get_by_role("heading", name="Outcome for the country").wait_for()
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    schendingen = axe_schendingen(page)
    assert schendingen == [], beschrijf(schendingen)
