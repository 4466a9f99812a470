"""The calculation API: a thin FastAPI layer over ``openfisca_nl_sociaal``.

HTTP, validation and problem details only; scheme knowledge lives in the package. The API keeps no
state and never logs or stores the facts it is sent.
"""

from __future__ import annotations

import gc
import json
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from openfisca_nl_sociaal import __version__
from openfisca_nl_sociaal.aanspraken import bereken_aanspraken, bereken_batch, tax_benefit_system, versie
from openfisca_nl_sociaal.problemen import InvalidParam, Probleem, ongeldige_invoer

from .batch import BATCH_ANTWOORD, batch_schema
from .beleid import maak_router as beleid_router
from .burger import maak_router as burger_router
from .consulent import maak_router as consulent_router
from .curven import maak_router as curven_router
from .openfisca_compat import maak_router
from .schema import ANTWOORD, PROBLEEM, pas_adr_toe, situatie_schema
from .toetsing import maak_router as toetsing_router
from .uitleg import maak_router as uitleg_router
from .varianten import maak_router as varianten_router

PROBLEM_JSON = "application/problem+json"
API_VERSION = __version__
#: The largest request body accepted, in bytes (documented in the README); a larger one answers 413.
MAX_BODY_BYTES = 1_000_000
#: The batch route takes up to ``MAX_SITUATIES`` situations, so its body may be larger.
MAX_BATCH_BODY_BYTES = 20_000_000
MAX_SITUATIES = 10_000
BATCH_PAD = "/v1/aanspraken/batch"
PROBLEM_SCHEMA = {
    "description": "Problem details (RFC 9457)",
    "content": {PROBLEM_JSON: {"schema": PROBLEEM}},
}


def _taal(request: Request) -> str:
    """Dutch unless the first language the client accepts is English."""
    eerste = request.headers.get("accept-language", "nl").split(",")[0].strip().lower()
    return "en" if eerste.startswith("en") else "nl"


def _probleem_response(probleem: Probleem) -> JSONResponse:
    return JSONResponse(probleem.as_json(), status_code=probleem.status, media_type=PROBLEM_JSON)


AANSPRAKEN_VOORBEELD = {
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


def create_app() -> FastAPI:
    app = FastAPI(
        title="openfisca-nl-sociaal",
        version=API_VERSION,
        description=(
            "Nederlandse sociale regelingen als code: op welke regelingen heeft een huishouden recht, en "
            "hoeveel? Elk antwoord noemt de redenen en de wettelijke grondslag. / Dutch social regulations "
            "as code, with reasons and legal basis for every answer."
        ),
        contact={"name": "openfisca-nl-sociaal", "url": "https://github.com/openfisca-nl-sociaal/openfisca-nl-sociaal"},
        openapi_url="/v1/openapi.json",
        docs_url="/v1/docs",
        redoc_url=None,
        redirect_slashes=False,
    )
    # Load the rules once at start-up, not on the first citizen's request, and move them out of the
    # garbage collector's sight: they live as long as the process, and walking them again at every
    # collection slows each request.
    tax_benefit_system()
    gc.freeze()

    @app.middleware("http")
    async def api_version_header(request: Request, call_next):
        lengte = request.headers.get("content-length", "")
        if lengte.isdigit() and int(lengte) > _grens(request.url.path):
            response = _te_groot(_grens(request.url.path))
        else:
            response = await call_next(request)
        response.headers["API-Version"] = API_VERSION
        if request.url.path == "/v1/openapi.json":
            response.headers["Access-Control-Allow-Origin"] = "*"
        return response

    @app.exception_handler(Probleem)
    async def probleem_handler(request: Request, probleem: Probleem):
        return _probleem_response(probleem)

    @app.exception_handler(StarletteHTTPException)
    async def http_handler(request: Request, fout: StarletteHTTPException):
        titels = {404: "Niet gevonden / Not found", 405: "Methode niet toegestaan / Method not allowed"}
        response = _probleem_response(
            Probleem(
                status=fout.status_code, title=titels.get(fout.status_code, "Fout / Error"), detail=str(fout.detail)
            )
        )
        for naam, waarde in (fout.headers or {}).items():
            response.headers[naam] = waarde
        return response

    @app.exception_handler(RequestValidationError)
    async def validation_handler(request: Request, fout: RequestValidationError):
        fouten = [InvalidParam(".".join(str(d) for d in e.get("loc", [])), e.get("msg", "")) for e in fout.errors()]
        return _probleem_response(ongeldige_invoer(fouten))

    @app.exception_handler(Exception)
    async def onverwacht_handler(request: Request, fout: Exception):
        # Never echo the request: it holds personal facts.
        return _probleem_response(
            Probleem(
                status=500,
                title="Interne fout / Internal error",
                detail="De berekening is mislukt; probeer het later opnieuw.",
            )
        )

    # The citizen page (server-rendered, no JavaScript needed) and its stylesheet.
    app.include_router(burger_router())
    app.include_router(consulent_router())
    app.include_router(beleid_router())
    app.mount("/static", StaticFiles(directory=Path(__file__).parent / "static"), name="static")

    @app.post(
        "/v1/aanspraken",
        summary="Op welke regelingen is dit huishouden aangewezen, en hoeveel? / Which schemes, and how much?",
        responses={
            200: {"description": "Het antwoord per regeling", "content": {"application/json": {"schema": ANTWOORD}}},
            400: PROBLEM_SCHEMA,
            413: PROBLEM_SCHEMA,
            500: PROBLEM_SCHEMA,
        },
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {
                        "schema": situatie_schema(tax_benefit_system()),
                        "example": AANSPRAKEN_VOORBEELD,
                    }
                },
            }
        },
    )
    async def aanspraken(request: Request):
        verzoek = await lees_json(request)
        taal = _taal(request)
        antwoord = bereken_aanspraken(verzoek, taal=taal)
        return JSONResponse(antwoord, headers={"Content-Language": taal})

    @app.post(
        BATCH_PAD,
        summary="Aanspraken voor veel situaties tegelijk / Entitlements for many situations at once",
        description=(
            f"Ten hoogste {MAX_SITUATIES} situaties, elk zoals bij `POST /v1/aanspraken`, en ten hoogste "
            f"{MAX_BATCH_BODY_BYTES} bytes. Elk antwoord is dat van `/v1/aanspraken` zonder de teksten die voor "
            "elke situatie gelijk zijn (naam, uitleg, grondslag, aanvragen, vraag); een situatie met ongeldige "
            "invoer krijgt haar probleem (`probleem`), de andere worden toch beantwoord. / At most "
            f"{MAX_SITUATIES} situations; each answer is that of `/v1/aanspraken` without the texts common to "
            "every situation; a situation with bad input gets its problem, the others are still answered."
        ),
        responses={
            200: {
                "description": "Eén antwoord per situatie, in volgorde",
                "content": {"application/json": {"schema": BATCH_ANTWOORD}},
            },
            400: PROBLEM_SCHEMA,
            413: PROBLEM_SCHEMA,
            500: PROBLEM_SCHEMA,
        },
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {
                        "schema": batch_schema(tax_benefit_system(), MAX_SITUATIES),
                        "example": {"situaties": [AANSPRAKEN_VOORBEELD]},
                    }
                },
            }
        },
    )
    async def aanspraken_batch(request: Request):
        verzoek = await lees_json(request, BATCH_PAD)
        if not isinstance(verzoek, dict) or set(verzoek) != {"situaties"} or not isinstance(verzoek["situaties"], list):
            raise ongeldige_invoer(
                [InvalidParam("situaties", 'Verwacht {"situaties": [...]} / Expected {"situaties": [...]}')]
            )
        if not 1 <= len(verzoek["situaties"]) <= MAX_SITUATIES:
            raise Probleem(
                status=400,
                title="Aantal situaties buiten de grens / Number of situations out of bounds",
                detail=f"Eén tot {MAX_SITUATIES} situaties per verzoek / One to {MAX_SITUATIES} situations per request",
                invalid_params=[InvalidParam("situaties", f"1 t/m {MAX_SITUATIES}")],
            )
        taal = _taal(request)
        antwoorden = bereken_batch(verzoek["situaties"], taal=taal)
        return JSONResponse({"versie": versie(), "antwoorden": antwoorden}, headers={"Content-Language": taal})

    app.include_router(uitleg_router(lees_json))
    app.include_router(toetsing_router(lees_json))
    app.include_router(curven_router(lees_json))
    app.include_router(varianten_router(lees_json))
    app.include_router(maak_router(lees_json))

    def openapi():
        if app.openapi_schema is None:
            from fastapi.openapi.utils import get_openapi

            app.openapi_schema = pas_adr_toe(
                get_openapi(
                    title=app.title,
                    version=app.version,
                    description=app.description,
                    contact=app.contact,
                    routes=app.routes,
                )
            )
        return app.openapi_schema

    app.openapi = openapi
    return app


def _grens(pad: str) -> int:
    return MAX_BATCH_BODY_BYTES if pad == BATCH_PAD else MAX_BODY_BYTES


def _te_groot_probleem(grens: int) -> Probleem:
    return Probleem(
        status=413,
        title="Verzoek te groot / Content too large",
        detail=f"Ten hoogste {grens} bytes per verzoek / At most {grens} bytes per request",
    )


def _te_groot(grens: int) -> JSONResponse:
    return _probleem_response(_te_groot_probleem(grens))


async def lees_json(request: Request, pad: str = ""):
    """The request body as JSON, or a 400 problem."""
    ruw = await request.body()
    if len(ruw) > _grens(pad):  # a body sent without Content-Length
        raise _te_groot_probleem(_grens(pad))
    if not ruw.strip():
        raise ongeldige_invoer(
            [InvalidParam("", "Lege body; verwacht een JSON-object / Empty body; expected a JSON object")]
        )
    try:
        return json.loads(ruw)
    except (ValueError, UnicodeDecodeError):
        raise ongeldige_invoer([InvalidParam("", "Geen geldige JSON / Not valid JSON")]) from None


app = create_app()
