"""``POST /v1/aanspraken`` and ``POST /v1/aanspraken/batch``: which schemes, and how much, for one situation or many;
and the published schemas of the batch, derived from those of ``/v1/aanspraken``."""

from __future__ import annotations

import copy

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response

from openfisca_nl_sociaal import tax_benefit_system, versie
from openfisca_nl_sociaal.antwoord.aanspraken import bereken_aanspraken, bereken_batch, ruim_op, zonder_opruimen
from openfisca_nl_sociaal.invoer.problemen import InvalidParam, Probleem, ongeldige_invoer

from ..http import (
    BATCH_PAD,
    JSON_TYPE,
    MAX_BATCH_BODY_BYTES,
    MAX_SITUATIES,
    PROBLEEM,
    VOORBEELD_SITUATIE,
    antwoorden,
    buiten_de_lus,
    json_bytes,
    lees_json,
    taal,
    verzoekbody,
)
from .schema import ANTWOORD, situatie_schema


def batch_schema(tax_benefit_system, max_situaties: int) -> dict:
    """The request: ``{"situaties": [...]}``, each situation as for ``/v1/aanspraken``."""
    return {
        "type": "object",
        "required": ["situaties"],
        "additionalProperties": False,
        "properties": {
            "situaties": {
                "type": "array",
                "minItems": 1,
                "maxItems": max_situaties,
                "items": situatie_schema(tax_benefit_system),
            }
        },
    }


def _beknopt(antwoord: dict) -> dict:
    """The answer of one situation without the texts shared by every situation (``beknopt``)."""
    beknopt = copy.deepcopy(antwoord)
    beknopt["required"] = ["peildatum", "regelingen", "vervolgvragen"]
    regeling = beknopt["properties"]["regelingen"]["items"]
    regeling["required"] = ["id", "status", "bedrag_per_maand", "bedrag_per_jaar", "redenen"]
    regeling["properties"]["redenen"]["items"]["required"] = ["voorwaarde", "voldaan"]
    return beknopt


BATCH_ANTWOORD = {
    "type": "object",
    "required": ["versie", "antwoorden"],
    "properties": {
        "versie": ANTWOORD["properties"]["versie"],
        "antwoorden": {
            "type": "array",
            "items": {
                "oneOf": [
                    _beknopt(ANTWOORD),
                    {
                        "type": "object",
                        "required": ["probleem"],
                        "additionalProperties": False,
                        "properties": {"probleem": PROBLEEM},
                    },
                ]
            },
        },
    },
}


def _antwoord(verzoek: object, taal_: str) -> JSONResponse:
    # Computed and written in the thread pool (``buiten_de_lus``), never on the event loop.
    return JSONResponse(bereken_aanspraken(verzoek, taal=taal_), headers={"Content-Language": taal_})


def _batch_antwoord(situaties: list, taal_: str) -> Response:
    # Computed, written and freed in the thread pool with the cyclic garbage collector paused: resumed only when
    # the batch's objects are gone, its first collection has almost nothing to walk (see api/http.py).
    with zonder_opruimen():
        antwoorden = bereken_batch(situaties, taal=taal_)
        inhoud = json_bytes({"versie": versie(), "antwoorden": antwoorden})
        ruim_op(antwoorden)
        ruim_op(situaties)
    return Response(inhoud, media_type="application/json", headers={"Content-Language": taal_})


def maak_router() -> APIRouter:
    router = APIRouter()

    @router.post(
        "/v1/aanspraken",
        summary="Op welke regelingen is dit huishouden aangewezen, en hoeveel? / Which schemes, and how much?",
        responses=antwoorden("Het antwoord per regeling", {JSON_TYPE: {"schema": ANTWOORD}}),
        openapi_extra=verzoekbody(situatie_schema(tax_benefit_system()), VOORBEELD_SITUATIE),
    )
    async def aanspraken(request: Request):
        return await buiten_de_lus(_antwoord, await lees_json(request), taal(request))

    @router.post(
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
        responses=antwoorden("Eén antwoord per situatie, in volgorde", {JSON_TYPE: {"schema": BATCH_ANTWOORD}}),
        openapi_extra=verzoekbody(
            batch_schema(tax_benefit_system(), MAX_SITUATIES), {"situaties": [VOORBEELD_SITUATIE]}
        ),
    )
    async def aanspraken_batch(request: Request):
        verzoek = await lees_json(request)
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
        return await buiten_de_lus(_batch_antwoord, verzoek["situaties"], taal(request))

    return router
