"""The calculation API: a thin FastAPI layer over ``openfisca_nl_sociaal``.

HTTP, validation and problem details only; scheme knowledge lives in the package. The API keeps no
state and never logs or stores the facts it is sent.
"""

from __future__ import annotations

import gc
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from openfisca_nl_sociaal import __version__, tax_benefit_system
from openfisca_nl_sociaal.invoer.problemen import InvalidParam, Probleem, ongeldige_invoer

from .http import HeadAlsGet, body_grens, probleem_response, te_groot
from .paginas.beleid import maak_router as beleid_router
from .paginas.burger import maak_router as burger_router
from .paginas.consulent import maak_router as consulent_router
from .paginas.land import maak_router as land_router
from .v1.aanspraken import maak_router as aanspraken_router
from .v1.curven import maak_router as curven_router
from .v1.openfisca import maak_router as openfisca_router
from .v1.populatie import maak_router as populatie_router
from .v1.schema import pas_adr_toe
from .v1.toetsing import maak_router as toetsing_router
from .v1.uitleg import maak_router as uitleg_router
from .v1.varianten import maak_router as varianten_router

API_VERSION = __version__
#: Routes whose answers hold no personal fact (the rules, the catalogue, the documentation, the stylesheet): a
#: shared cache may keep them an hour. Every other answer (each POST, every page, every error) may hold a person's
#: facts or amounts and is sent ``no-store``.
OPENBAAR = (
    "/v1/openapi.json",
    "/v1/docs",
    "/v1/voorbeeldhuishoudens",
    "/v1/hervormingen",
    "/v1/variables",
    "/v1/variable/",
    "/v1/parameters",
    "/v1/parameter/",
    "/v1/entities",
    "/static/",
)
OPENBAAR_CACHE = "public, max-age=3600"


def _openbaar(request: Request, status: int) -> bool:
    pad = request.url.path
    return (
        request.method in ("GET", "HEAD")
        and status < 400
        and any(pad == p or (p.endswith("/") and pad.startswith(p)) or pad.startswith(p + "/") for p in OPENBAAR)
    )


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
        if lengte.isdigit() and int(lengte) > body_grens(request.url.path):
            response = probleem_response(te_groot(body_grens(request.url.path)))
        else:
            response = await call_next(request)
        response.headers["API-Version"] = API_VERSION
        response.headers["X-Content-Type-Options"] = "nosniff"
        if _openbaar(request, response.status_code):
            response.headers.setdefault("Cache-Control", OPENBAAR_CACHE)
        else:
            response.headers["Cache-Control"] = "no-store"
        if request.url.path == "/v1/openapi.json":
            response.headers["Access-Control-Allow-Origin"] = "*"
        return response

    @app.exception_handler(Probleem)
    async def probleem_handler(request: Request, probleem: Probleem):
        return probleem_response(probleem)

    @app.exception_handler(StarletteHTTPException)
    async def http_handler(request: Request, fout: StarletteHTTPException):
        titels = {404: "Niet gevonden / Not found", 405: "Methode niet toegestaan / Method not allowed"}
        response = probleem_response(
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
        return probleem_response(ongeldige_invoer(fouten))

    @app.exception_handler(Exception)
    async def onverwacht_handler(request: Request, fout: Exception):
        # Never echo the request: it holds personal facts.
        return probleem_response(
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
    app.include_router(land_router())
    app.mount("/static", StaticFiles(directory=Path(__file__).parent / "static"), name="static")

    app.include_router(aanspraken_router())
    app.include_router(uitleg_router())
    app.include_router(toetsing_router())
    app.include_router(curven_router())
    app.include_router(varianten_router())
    app.include_router(populatie_router())
    app.include_router(openfisca_router())

    def openapi():
        if app.openapi_schema is None:
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

    # FastAPI's documented way to customise the schema, which its typing declares a method
    app.openapi = openapi  # type: ignore[method-assign]
    app.add_middleware(HeadAlsGet)
    return app


app = create_app()
