"""What every page shares: the templates and the headers of every page, the language of a form, reading a number
as a person writes it in that language, and the largest file a page takes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from babel.numbers import NumberFormatError, parse_decimal
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates
from starlette.datastructures import FormData

from openfisca_nl_sociaal.opmaak import datum, euro, locale

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
