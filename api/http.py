"""What every route shares: the language of the answer, reading a JSON body, problem details (RFC 9457) and
their schema, the body limits, the example situation, and computing off the event loop."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, TypeVar

from fastapi import Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from openfisca_nl_sociaal.invoer.problemen import InvalidParam, Probleem, ongeldige_invoer

PROBLEM_JSON = "application/problem+json"
PROBLEEM = {
    "type": "object",
    "description": "Problem details (RFC 9457)",
    "required": ["status", "title", "detail"],
    "properties": {
        "type": {"type": "string"},
        "title": {"type": "string"},
        "status": {"type": "integer", "minimum": 400, "maximum": 599},
        "detail": {"type": "string"},
        "invalidParams": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["name", "reason"],
                "properties": {"name": {"type": "string"}, "reason": {"type": "string"}},
            },
        },
    },
}
#: The OpenAPI response of a problem.
PROBLEM_SCHEMA = {
    "description": "Problem details (RFC 9457)",
    "content": {PROBLEM_JSON: {"schema": PROBLEEM}},
}

#: The largest request body accepted, in bytes (documented in the README); a larger one answers 413.
MAX_BODY_BYTES = 1_000_000
#: The batch route takes up to ``MAX_SITUATIES`` situations, so its body may be larger.
MAX_BATCH_BODY_BYTES = 20_000_000
MAX_SITUATIES = 10_000
BATCH_PAD = "/v1/aanspraken/batch"

#: The example situation of the OpenAPI document: a couple with one child renting in Rotterdam.
VOORBEELD_SITUATIE = {
    "peildatum": "2025-03-01",
    "personen": {
        "ik": {
            "geboortedatum": "1990-05-01",
            "toetsingsinkomen": 24000,
            "vermogen": 3000,
            "verzekerd_zvw": True,
            "woont_in_nederland": True,
        },
        "partner": {
            "geboortedatum": "1991-02-11",
            "toetsingsinkomen": 8000,
            "vermogen": 0,
            "verzekerd_zvw": True,
            "woont_in_nederland": True,
        },
        "kind": {"geboortedatum": "2019-09-30"},
    },
    "gezinnen": {"gezin": {"partners": ["ik", "partner"], "kinderen": ["kind"]}},
    "huishoudens": {
        "woning": {
            "bewoners": ["ik", "partner", "kind"],
            "kale_huur": 820,
            "servicekosten": 25,
            "zelfstandige_woonruimte": True,
            "gemeente": "GM0599",
        }
    },
}

T = TypeVar("T")


def taal(request: Request) -> str:
    """Dutch unless the first language the client accepts is English."""
    eerste = request.headers.get("accept-language", "nl").split(",")[0].strip().lower()
    return "en" if eerste.startswith("en") else "nl"


def probleem_response(probleem: Probleem) -> JSONResponse:
    return JSONResponse(probleem.as_json(), status_code=probleem.status, media_type=PROBLEM_JSON)


def body_grens(pad: str) -> int:
    """The largest body accepted on a path, in bytes."""
    return MAX_BATCH_BODY_BYTES if pad == BATCH_PAD else MAX_BODY_BYTES


def te_groot(grens: int) -> Probleem:
    return Probleem(
        status=413,
        title="Verzoek te groot / Content too large",
        detail=f"Ten hoogste {grens} bytes per verzoek / At most {grens} bytes per request",
    )


async def lees_json(request: Request) -> Any:
    """The request body as JSON, or a 400 problem (413 when it is larger than the path accepts)."""
    grens = body_grens(request.url.path)
    ruw = await request.body()
    if len(ruw) > grens:  # a body sent without Content-Length
        raise te_groot(grens)
    if not ruw.strip():
        raise ongeldige_invoer(
            [InvalidParam("", "Lege body; verwacht een JSON-object / Empty body; expected a JSON object")]
        )
    # Parsing a batch of 20 MB takes a while: off the event loop, like the computation.
    try:
        return await buiten_de_lus(json.loads, ruw)
    except (ValueError, UnicodeDecodeError):
        raise ongeldige_invoer([InvalidParam("", "Geen geldige JSON / Not valid JSON")]) from None


async def buiten_de_lus(functie: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run a computation in the worker's thread pool, so the event loop keeps answering other requests
    meanwhile: one large batch must not stall every small request on its worker."""
    return await run_in_threadpool(functie, *args, **kwargs)


async def bereken_json(request: Request, bereken: Callable[..., Any]) -> JSONResponse:
    """The JSON answer of a computing route: the body read as JSON, ``bereken(verzoek, taal=...)`` computed and
    written off the event loop, in the language the client asked for."""
    verzoek = await lees_json(request)
    taal_ = taal(request)

    def antwoord() -> JSONResponse:
        return JSONResponse(bereken(verzoek, taal=taal_), headers={"Content-Language": taal_})

    return await buiten_de_lus(antwoord)
