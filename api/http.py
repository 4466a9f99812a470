"""What every route shares: the language of the answer, reading a JSON body, problem details (RFC 9457) and
their schema, the body limits, the example situation, and computing off the event loop.

Off the event loop is not enough for a large batch: the thread that computes it shares the interpreter lock with
the event loop, and one long call that holds the lock stalls every other request of the worker for as long as it
runs. So the batch's JSON is written answer by answer (:func:`json_bytes`) and its answers are freed one by one
(``antwoord.aanspraken.ruim_op``): between two small calls the lock passes to the event loop (``bench/bench_latentie.py``).
"""

from __future__ import annotations

import json
import re
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

#: The ``Content-Language`` of an answer in Dutch or English, as the OpenAPI document declares it.
TAAL_KOP = {"Content-Language": {"schema": {"type": "string", "enum": ["nl", "en"]}}}
JSON_TYPE = "application/json"


def antwoorden(
    beschrijving: str, inhoud: dict[str, Any], *, taal_kop: bool = False, fouten: tuple[int, ...] = (400, 413, 500)
) -> dict[int | str, dict[str, Any]]:
    """A route's answers in the OpenAPI document: 200 with ``inhoud`` (media type -> its schema), optionally with
    its ``Content-Language``, and a problem for each error status."""
    goed: dict[str, Any] = {"description": beschrijving}
    if taal_kop:
        goed["headers"] = TAAL_KOP
    goed["content"] = inhoud
    return {200: goed, **dict.fromkeys(fouten, PROBLEM_SCHEMA)}


def verzoekbody(schema: dict[str, Any], voorbeeld: Any, media_type: str = JSON_TYPE) -> dict[str, Any]:
    """A POST's request body in the OpenAPI document (``openapi_extra``): required, with its schema and example."""
    return {"requestBody": {"required": True, "content": {media_type: {"schema": schema, "example": voorbeeld}}}}


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


def _dumps(waarde: Any) -> str:
    # Starlette's JSONResponse.render, to the byte: UTF-8, no NaN, compact.
    return json.dumps(waarde, ensure_ascii=False, allow_nan=False, indent=None, separators=(",", ":"))


def json_bytes(waarde: Any) -> bytes:
    """``waarde`` as JSONResponse writes it, byte for byte, but a top-level object and its lists written element by
    element: one ``json.dumps`` of a 40 MB batch answer holds the interpreter lock for most of a second."""
    if isinstance(waarde, dict):
        return b"{" + b",".join(_dumps(str(k)).encode() + b":" + json_bytes(v) for k, v in waarde.items()) + b"}"
    if isinstance(waarde, list):
        return b"[" + b",".join(_dumps(element).encode() for element in waarde) + b"]"
    return _dumps(waarde).encode()


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
        return await buiten_de_lus(json_in_stukken if grens > MAX_BODY_BYTES else json.loads, ruw)
    except (ValueError, UnicodeDecodeError):
        raise ongeldige_invoer([InvalidParam("", "Geen geldige JSON / Not valid JSON")]) from None


_DECODER = json.JSONDecoder()
#: What the standard library's decoder takes for white space between tokens.
_WIT = re.compile(r"[ \t\n\r]*")


def _na_wit(tekst: str, i: int) -> int:
    """Where the white space from ``i`` on ends: ``_WIT`` matches at every position (if only the empty string)."""
    wit = _WIT.match(tekst, i)
    assert wit is not None
    return wit.end()


def json_in_stukken(ruw: bytes) -> Any:
    """``json.loads(ruw)``, with the same result and the same errors, but an object of one key holding a list
    (``{"situaties": [...]}``) read element by element with the standard library's own decoder: one
    ``json.loads`` of a 12 MB batch holds the interpreter lock for a fifth of a second. Whatever has another
    shape, or fails, is left to ``json.loads`` itself, so its answer (or its error) is the one given."""
    try:
        tekst = ruw.decode(json.detect_encoding(ruw), "surrogatepass")
        i = _na_wit(tekst, 0)
        if tekst[i : i + 1] != "{":
            return json.loads(ruw)
        sleutel, i = _DECODER.raw_decode(tekst, _na_wit(tekst, i + 1))
        i = _na_wit(tekst, i)
        if not isinstance(sleutel, str) or tekst[i : i + 1] != ":":
            return json.loads(ruw)
        i = _na_wit(tekst, i + 1)
        if tekst[i : i + 1] != "[":
            return json.loads(ruw)
        elementen: list[Any] = []
        i = _na_wit(tekst, i + 1)
        if tekst[i : i + 1] != "]":
            while True:
                element, i = _DECODER.raw_decode(tekst, i)
                elementen.append(element)
                i = _na_wit(tekst, i)
                if tekst[i : i + 1] == "]":
                    break
                if tekst[i : i + 1] != ",":
                    return json.loads(ruw)
                i = _na_wit(tekst, i + 1)
        i = _na_wit(tekst, i + 1)
        if tekst[i : i + 1] != "}" or _na_wit(tekst, i + 1) != len(tekst):
            return json.loads(ruw)
    except ValueError:  # a decoding error, or json.JSONDecodeError (a ValueError): json.loads says which
        return json.loads(ruw)
    return {sleutel: elementen}


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


class HeadAlsGet:
    """ASGI middleware: ``HEAD`` answered as the same ``GET`` without its body (RFC 9110 §9.3.2), for every route that
    answers ``GET`` (pages, catalogue, documentation); monitoring and link checkers use it. FastAPI routes declare
    ``GET`` only; a route without ``GET`` still answers ``405``."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def zonder_body(bericht):
            if bericht["type"] == "http.response.body":
                bericht = {**bericht, "body": b""}
            await send(bericht)

        await self.app({**scope, "method": "GET"}, receive, zonder_body)
