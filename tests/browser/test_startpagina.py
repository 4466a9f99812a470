"""The start page (``GET /``) in a real Chromium: Dutch, WCAG 2.1 AA by axe-core, no third-party requests.

The server is the installed ``nl-sociaal serve``; see ``conftest.py`` for how the browser is kept on localhost.
"""

from urllib.parse import urldefrag

from .hulp import beschrijf


def test_startpagina_is_dutch_accessible_and_stays_on_localhost(
    server_url, page, axe_schendingen, save_screenshot, assert_no_offsite_requests
):
    antwoord = page.goto(server_url + "/")
    assert antwoord is not None and antwoord.status == 200
    page.wait_for_load_state("networkidle")
    save_screenshot(page, "startpagina")
    assert page.get_attribute("html", "lang") == "nl"
    assert page.title()
    schendingen = axe_schendingen(page)
    assert schendingen == [], beschrijf(schendingen)
    assert_no_offsite_requests()


def test_startpagina_works_without_javascript(server_url, new_page, save_screenshot, assert_no_offsite_requests):
    """With JavaScript off the page still renders, and every link on it leads to a page that answers."""
    page = new_page(java_script_enabled=False)
    antwoord = page.goto(server_url + "/")
    assert antwoord is not None and antwoord.status == 200
    save_screenshot(page, "startpagina_zonder_javascript")
    assert page.get_attribute("html", "lang") == "nl"
    assert page.get_by_role("heading", level=1).first.inner_text().strip()
    links = page.eval_on_selector_all("a[href]", "links => links.map(a => a.href)")
    intern = sorted({urldefrag(link).url for link in links if link.startswith(server_url + "/")})
    assert intern
    for link in intern:
        # Fetched, not rendered: a linked page's own third-party requests are not this page's.
        assert page.request.get(link).status == 200, link
    assert_no_offsite_requests()


def test_requests_off_localhost_are_recorded_and_aborted(page, offsite_requests):
    """The guard itself: a page that asks a third party for an image gets nothing, and the test knows."""
    page.set_content('<!doctype html><html lang="nl"><body><img src="https://cdn.example.org/logo.png" alt=""></body>')
    page.wait_for_load_state("networkidle")
    assert offsite_requests == ["https://cdn.example.org/logo.png"]
    assert page.evaluate("() => document.images[0].naturalWidth") == 0


def test_axe_reports_a_known_violation(page, axe_schendingen):
    """The check itself: axe-core really runs, so an empty list above means no violation, not no check."""
    page.set_content('<!doctype html><html><body><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></body>')
    ids = {s["id"] for s in axe_schendingen(page)}
    assert {"html-has-lang", "image-alt"} <= ids


def test_axe_runs_under_a_strict_content_security_policy(page, axe_schendingen):
    """A page that allows only its own scripts (as the citizen page should) can still be checked."""
    page.set_content(
        "<!doctype html><html lang='nl'><head><meta http-equiv='Content-Security-Policy' "
        "content=\"default-src 'self'\"><title>CSP</title></head><body><main><h1>Kop</h1></main></body></html>"
    )
    assert axe_schendingen(page) == []
