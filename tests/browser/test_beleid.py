"""The policy page in Chromium: a parameter change on a standard household, computed per request (the
server is the same process before and after), the chart and the table equal to ``POST /v1/curven``, and no
WCAG 2.1 A/AA violation from axe-core on the form or the result."""

import httpx

from .hulp import beschrijf

WIJZIGING = {"parameter": "wet_op_de_zorgtoeslag.standaardpremie", "vanaf": "2026-01-01", "waarde": 2359}


def test_a_policy_maker_compares_a_variant_with_todays_rules(
    server_url, page, axe_schendingen, save_screenshot, assert_no_offsite_requests
):
    voor = httpx.post(f"{server_url}/v1/curven", json={"voorbeeld": "alleenstaande_ouder_twee_kinderen"}).json()
    page.goto(f"{server_url}/beleid")
    schendingen = axe_schendingen(page)
    assert schendingen == [], beschrijf(schendingen)
    page.get_by_label("Standaardhuishouden").select_option("alleenstaande_ouder_twee_kinderen")
    page.get_by_label("Parameter", exact=True).fill(WIJZIGING["parameter"])
    page.get_by_label("Vanaf").fill(WIJZIGING["vanaf"])
    page.get_by_label("Nieuwe waarde").fill("2.359")
    page.get_by_role("button", name="Reken door").click()
    page.get_by_role("heading", name="Netto inkomen en marginale druk").wait_for()
    schendingen = axe_schendingen(page)
    assert schendingen == [], beschrijf(schendingen)
    save_screenshot(page, "beleid_variant_nl")

    api = httpx.post(
        f"{server_url}/v1/curven",
        json={"voorbeeld": "alleenstaande_ouder_twee_kinderen", "wijzigingen": [WIJZIGING]},
    ).json()
    rijen = page.eval_on_selector_all(
        "tr[data-netto-huidig]", "rs => rs.map(r => [Number(r.dataset.nettoHuidig), Number(r.dataset.nettoVariant)])"
    )
    punten = {p["netto_huishouden"] for p in api["punten"]}
    varianten = {p["netto_huishouden"] for p in api["variant"]["punten"]}
    assert len(rijen) >= 5 and all(h in punten and v in varianten for h, v in rijen)
    # today's rules are untouched by the variant computed in between (no restart, no leak)
    na = httpx.post(f"{server_url}/v1/curven", json={"voorbeeld": "alleenstaande_ouder_twee_kinderen"}).json()
    assert na["punten"] == voor["punten"]
    assert_no_offsite_requests()


def test_a_reform_that_does_not_touch_the_household_says_so(server_url, page, axe_schendingen, save_screenshot):
    """Issue 18, point 6: the kostendelersnorm reform does not touch a single person living alone; the page says
    that nothing changes for this household (not a silent € 0) and names the standard households it does touch,
    or that none does."""
    page.goto(f"{server_url}/beleid")
    page.get_by_label("Standaardhuishouden").select_option("alleenstaande_minimumloon")
    page.get_by_label("Hervorming").select_option("kostendelersnorm_afschaffen")
    page.get_by_role("button", name="Reken door").click()
    page.get_by_role("heading", name="Netto inkomen en marginale druk").wait_for()
    notitie = page.locator("[data-ongeraakt]")
    assert notitie.is_visible()
    assert "verandert niets voor dit huishouden" in notitie.inner_text()
    assert page.locator("[data-geraakt]").count() > 0 or page.locator("[data-niemand-geraakt]").is_visible()
    schendingen = axe_schendingen(page)
    assert schendingen == [], beschrijf(schendingen)
    save_screenshot(page, "beleid_ongeraakt_nl")
