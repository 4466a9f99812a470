"""Helpers shared by the browser tests."""


def beschrijf(schendingen: list[dict]) -> str:
    """One line per violation: rule id, impact, help text and the offending elements."""
    return "\n".join(
        f"{s['id']} ({s.get('impact')}): {s['help']} -> {[n['target'] for n in s['nodes']]}" for s in schendingen
    )


def toets_met_antwoordenbestand(page, server_url: str, bestand, regeling: str, periode: str, bedrag: str) -> None:
    """The caseworker's journey up to the verdict: upload the citizen's answers file, enter the decision, submit,
    and wait until the verdict (not the form, which has an h1 too) is on the page."""
    page.goto(f"{server_url}/toetsing")
    page.get_by_label("Antwoordenbestand of situatie (.json)").set_input_files(str(bestand))
    page.get_by_label("Regeling").select_option(regeling)
    page.get_by_label("Maand of jaar").fill(periode)
    page.get_by_label("Beslist bedrag").fill(bedrag)
    page.get_by_role("button", name="Toets", exact=True).click()
    page.locator("[data-oordeel]").wait_for()
