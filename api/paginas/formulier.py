"""What every page shares: the templates and the headers of every page, the language of a form, reading a number
as a person writes it in that language, and the largest file a page takes."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from babel.numbers import NumberFormatError, parse_decimal
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates
from starlette.datastructures import FormData

from openfisca_nl_sociaal.opmaak import datum, euro, getal, locale

from ..http import buiten_de_lus
from .teksten import TEKSTEN

SJABLONEN = Jinja2Templates(directory=Path(__file__).parent.parent / "templates")
#: The largest file a page takes (an answers file, a CSV of decisions).
MAX_BESTAND_BYTES = 1_000_000
#: Headers of every page. Pages carry personal facts in their forms: no shared cache keeps them. The page
#: loads nothing from another host (no CDN, no web fonts, no analytics), and the browser enforces it; the
#: chart is an SVG in a ``data:`` address. Links to the law send no referrer.
KOPTEKSTEN = {
    "Cache-Control": "no-store",
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data:; script-src 'self'; style-src 'self'; object-src 'none'; "
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
}


def taal_van(waarde: object) -> str:
    """The language a form or link asks for: English only when it says ``en``."""
    return "en" if waarde == "en" else "nl"


def lees_getal(waarde: str, taal: str) -> float | None:
    """A number as the citizen writes it in the page's language (``1.250,50`` in Dutch); ``None`` when it
    is not one. Strict: in Dutch "1250.50" is refused rather than read as 125.050."""
    schoon = waarde.replace("€", "").replace(" ", "").replace("\u00a0", "").strip()
    try:
        return float(parse_decimal(schoon, locale=locale(taal), strict=True))
    except (NumberFormatError, ValueError):
        return None


def pagina(request: Request, sjabloon: str, taal: str, status: int = 200, **context: Any) -> HTMLResponse:
    """A page rendered in its language, with the headers of every page."""
    teksten = {sleutel: t.in_taal(taal) for sleutel, t in TEKSTEN.items()}
    antwoord = SJABLONEN.TemplateResponse(
        request,
        sjabloon,
        {
            "taal": taal,
            "t": teksten,
            "euro": lambda bedrag, centen=True: euro(bedrag, taal, centen),
            "datum": lambda iso: datum(iso, taal),
            "getal": lambda waarde: getal(waarde, taal),
            **context,
        },
        status_code=status,
    )
    antwoord.headers.update(KOPTEKSTEN)
    return antwoord


def formulierroute(router: APIRouter, pad: str, verwerk: Callable[[Request, FormData], Response]) -> None:
    """A page that answers a posted form at ``pad``: the form read on the event loop, ``verwerk`` (which may
    compute) run in the thread pool."""

    async def route(request: Request) -> Response:
        return await buiten_de_lus(verwerk, request, await request.form())

    router.add_api_route(pad, route, methods=["POST"], name=verwerk.__name__.removeprefix("_verwerk_"))


# -- an answers file, read whole before anything of it is used -------------------------------------------------

#: what the citizen page writes into the answers file it hands out (and the versions it reads back)
BESTANDSFORMAAT = "openfisca-nl-sociaal/antwoorden"
BESTANDSVERSIES = (1,)
#: an id of a person, gezin or huishouden: a simple name, as the page itself makes them
_NAAM = re.compile(r"[A-Za-z0-9_-]{1,64}")


class OngeldigBestand(ValueError):
    """An uploaded file that is not what the pages read: ``sleutel`` names the page's text that says why."""

    def __init__(self, sleutel: str):
        super().__init__(sleutel)
        self.sleutel = sleutel
        self.status = 413 if sleutel == "bestand_te_groot" else 400


def lees_antwoordenbestand(inhoud: bytes) -> dict:
    """An answers file (or a bare request body of ``POST /v1/aanspraken``), checked as a whole: its size, UTF-8 JSON,
    an object; when it says it is an answers file, its ``formaat`` and ``versie``; the ids of every person, gezin and
    huishouden simple names; ``weet_niet`` and ``stappen`` lists of paths. Returns ``{"situatie", "weet_niet",
    "stappen"}``; raises :class:`OngeldigBestand` before any of it is used, so no page is left half-read."""
    if len(inhoud) > MAX_BESTAND_BYTES:
        raise OngeldigBestand("bestand_te_groot")
    try:
        gegevens = json.loads(inhoud.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError) as fout:
        raise OngeldigBestand("bestand_geen_json") from fout
    if not isinstance(gegevens, dict):
        raise OngeldigBestand("bestand_ongeldig")
    if "formaat" in gegevens or "versie" in gegevens:
        if gegevens.get("formaat") != BESTANDSFORMAAT:
            raise OngeldigBestand("bestand_formaat")
        versie = gegevens.get("versie")
        if isinstance(versie, bool) or versie not in BESTANDSVERSIES:
            raise OngeldigBestand("bestand_versie")
    situatie = gegevens["situatie"] if "situatie" in gegevens else gegevens
    if not isinstance(situatie, dict) or not isinstance(situatie.get("personen"), dict):
        raise OngeldigBestand("bestand_ongeldig")
    for meervoud in ("personen", "gezinnen", "huishoudens"):
        groep = situatie.get(meervoud, {})
        if not isinstance(groep, dict) or not all(isinstance(k, str) and _NAAM.fullmatch(k) for k in groep):
            raise OngeldigBestand("bestand_namen")
    weet_niet, stappen = gegevens.get("weet_niet", []), gegevens.get("stappen", [])
    if not isinstance(weet_niet, list) or not all(isinstance(p, str) for p in weet_niet):
        raise OngeldigBestand("bestand_ongeldig")
    if not isinstance(stappen, list) or not all(
        isinstance(s, list) and all(isinstance(p, str) for p in s) for s in stappen
    ):
        raise OngeldigBestand("bestand_ongeldig")
    return {"situatie": situatie, "weet_niet": weet_niet, "stappen": stappen}
