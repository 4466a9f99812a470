"""Real-browser fixtures: the installed ``nl-sociaal serve`` on a free port, driven by Debian's Chromium.

Playwright's own browser download (``playwright install``) is never used: the machines reach no browser
host. Chromium comes from Debian (``.ci/run`` installs it) and is launched by path, ``/usr/bin/chromium``
unless ``NL_SOCIAAL_CHROMIUM`` names another. Every page routes its requests; a request to any host other
than this machine's loopback is recorded and aborted, so a test can assert that the citizen's browser
talks to no third party (no CDN, no fonts, no analytics).

Helpers reach the tests as fixtures (``axe_schendingen``, ``save_screenshot``, ``assert_no_offsite_requests``)
so no test imports this conftest by name.

The server, the Playwright driver and the browser are started once for all of ``tests/browser/`` (package
scope; this folder is a package for that) and stopped when its last test is done. Session scope would keep
them alive through the rest of the suite, and Playwright's sync API leaves its event loop marked as running
in the main thread while it lives: any later ``asyncio.run()`` would fail.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, Route, sync_playwright
from playwright.sync_api import Error as PlaywrightError

HIER = Path(__file__).resolve().parent
AXE_JS = HIER / "vendor" / "axe.min.js"
ARTEFACTEN = HIER / "artefacten"
NL_SOCIAAL = Path(sys.executable).parent / "nl-sociaal"
CHROMIUM = os.environ.get("NL_SOCIAAL_CHROMIUM", "/usr/bin/chromium")
#: The WCAG 2.1 A and AA rules of axe-core; best-practice rules are left out.
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
LOCALHOST = {"127.0.0.1", "localhost", "::1"}
SERVER_START_TIMEOUT = 120.0


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=5) as antwoord:
            return antwoord.status == 200
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return False


@pytest.fixture(scope="package")
def server_url(tmp_path_factory) -> Iterator[str]:
    """The installed ``nl-sociaal serve``, started outside the source tree; its base URL."""
    werk = tmp_path_factory.mktemp("server")
    port = _free_port()
    log = werk / "server.log"
    with log.open("wb") as uitvoer:
        proces = subprocess.Popen(
            [str(NL_SOCIAAL), "serve", "--host", "127.0.0.1", "--port", str(port)],
            cwd=werk,
            stdin=subprocess.DEVNULL,
            stdout=uitvoer,
            stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONPATH": ""},
        )
    url = f"http://127.0.0.1:{port}"
    try:
        einde = time.monotonic() + SERVER_START_TIMEOUT
        while not _answers(url + "/"):
            if proces.poll() is not None:
                pytest.fail(f"nl-sociaal serve exited with {proces.returncode}:\n{log.read_text(errors='replace')}")
            if time.monotonic() > einde:
                pytest.fail(
                    f"nl-sociaal serve did not answer within {SERVER_START_TIMEOUT:.0f} s:\n"
                    f"{log.read_text(errors='replace')}"
                )
            time.sleep(0.25)
        yield url
    finally:
        proces.terminate()  # SIGTERM to this PID only: uvicorn shuts down gracefully
        try:
            proces.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proces.kill()
            proces.wait(timeout=30)


@pytest.fixture(scope="package")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as pw:
        yield pw


@pytest.fixture(scope="package")
def browser(playwright: Playwright) -> Iterator[Browser]:
    """Headless Chromium from Debian, launched by path."""
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(
            f"No Chromium at {CHROMIUM}: install Debian's package (apt-get install --no-install-recommends "
            "chromium, as .ci/run does) or set NL_SOCIAAL_CHROMIUM to a Chromium executable."
        )
    browser = playwright.chromium.launch(
        executable_path=CHROMIUM,
        headless=True,
        # Playwright already adds --no-sandbox (needed as root), --disable-background-networking,
        # --disable-component-update, --disable-sync and --no-first-run; the closed network refuses the rest.
        args=["--disable-quic", "--disable-dev-shm-usage"],
    )
    yield browser
    browser.close()


def _only_localhost(route: Route, verzoeken: list[str]) -> None:
    url = route.request.url
    if urlsplit(url).hostname in LOCALHOST:
        route.continue_()
    else:
        verzoeken.append(url)
        route.abort("blockedbyclient")


@pytest.fixture()
def offsite_requests() -> list[str]:
    """Every URL a page of this test tried to load from a host other than this machine (all aborted)."""
    return []


@pytest.fixture()
def new_page(browser: Browser, offsite_requests: list[str]) -> Iterator[Callable[..., Page]]:
    """Make a page in a fresh context (``browser.new_context`` keyword arguments), routed to localhost only."""
    contexten: list[BrowserContext] = []

    def maak(**opties) -> Page:
        context = browser.new_context(**{"locale": "nl-NL", **opties})
        context.set_default_timeout(30_000)
        context.route("**/*", lambda route: _only_localhost(route, offsite_requests))
        contexten.append(context)
        return context.new_page()

    yield maak
    for context in contexten:
        context.close()


@pytest.fixture()
def page(new_page: Callable[..., Page]) -> Page:
    """A page with JavaScript on, in its own context, routed to localhost only."""
    return new_page()


@pytest.fixture()
def assert_no_offsite_requests(offsite_requests: list[str]) -> Callable[[], None]:
    """Assert that no page of this test tried to reach a host other than this machine."""

    def controleer() -> None:
        assert offsite_requests == [], f"requests off localhost (aborted): {offsite_requests}"

    return controleer


def _axe_schendingen(page: Page) -> list[dict]:
    """The WCAG 2.1 A/AA violations axe-core finds on the page as it is now (the vendored axe.min.js)."""
    if not page.evaluate("() => typeof window.axe === 'object'"):
        try:
            page.add_script_tag(path=AXE_JS)
        except PlaywrightError as fout:
            if "Content Security Policy" not in str(fout):
                raise
            # A strict CSP (script-src 'self') refuses the inline script tag; DevTools evaluation is not
            # bound by the page's CSP, so the page under test keeps its own policy.
            page.evaluate(AXE_JS.read_text(encoding="utf-8"))
    if not page.evaluate("() => typeof window.axe === 'object'"):
        raise AssertionError("axe-core did not load: is JavaScript disabled in this context?")
    return page.evaluate(
        """async (tags) => {
            const resultaat = await axe.run(document, {
                runOnly: {type: 'tag', values: tags},
                resultTypes: ['violations'],
            });
            return resultaat.violations;
        }""",
        WCAG_21_AA,
    )


@pytest.fixture(scope="session")
def axe_schendingen() -> Callable[[Page], list[dict]]:
    """``axe_schendingen(page) -> list``: axe-core's WCAG 2.1 A/AA violations, injected from disk."""
    return _axe_schendingen


def _save_screenshot(page: Page, naam: str) -> Path:
    ARTEFACTEN.mkdir(parents=True, exist_ok=True)
    pad = ARTEFACTEN / f"{naam}.png"
    page.screenshot(path=pad, full_page=True)
    return pad


@pytest.fixture(scope="session")
def save_screenshot() -> Callable[[Page, str], Path]:
    """``save_screenshot(page, name) -> Path``: a full-page PNG in ``tests/browser/artefacten/`` (gitignored)."""
    return _save_screenshot
