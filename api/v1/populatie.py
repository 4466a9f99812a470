"""``POST /v1/populatie``: what the schemes, and a variant of them, cost the country and whom they reach, over the
synthetic population (``openfisca_nl_sociaal.populatie``).

An interactive server answers a sample of the population (at most ``MAX_STEEKPROEF_API`` of the households, weights
scaled up so the totals stay national), computed off the event loop: a few seconds. The whole population is a
job for the command line (``nl-sociaal populatie``, optionally on a Dask cluster). The population holds no person
and the same request always gives the same answer, so answers are kept (``ANTWOORDEN_IN_CACHE``) and a repeated
request costs nothing.
"""

from __future__ import annotations

import functools
import json

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from openfisca_nl_sociaal.beleid.varianten import hervormingen
from openfisca_nl_sociaal.beleid.wijzigingen import MAX_WIJZIGINGEN, parameterpaden
from openfisca_nl_sociaal.invoer.problemen import InvalidParam, ongeldige_invoer
from openfisca_nl_sociaal.populatie.uitvoering import (
    EERSTE_JAAR,
    KLEINSTE_STEEKPROEF,
    LAATSTE_JAAR,
    bereken_populatie,
    lees_verzoek,
)
from openfisca_nl_sociaal.regelingen import REGELINGEN

from ..http import JSON_TYPE, antwoorden, buiten_de_lus, lees_json, verzoekbody
from .schema import ANTWOORD
from .varianten import wijziging_schema

PAD = "/v1/populatie"
#: the largest sample an interactive request may ask, and the default when it asks none (the command line's is 1)
MAX_STEEKPROEF_API = 0.02
ANTWOORDEN_IN_CACHE = 16

_TEKST = {"type": "string"}
_TELLING = {"type": ["integer", "null"], "minimum": 0}
_BEDRAG = {"type": ["number", "null"]}


def verzoek_schema() -> dict:
    wijziging = wijziging_schema(parameterpaden())
    wijziging["additionalProperties"] = False
    wijziging["oneOf"] = [{"required": ["waarde"]}, {"required": ["schaal"]}]
    return {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "jaar": {"type": "integer", "minimum": EERSTE_JAAR, "maximum": LAATSTE_JAAR, "default": 2025},
            "hervormingen": {
                "type": "array",
                "uniqueItems": True,
                "description": "Hervormingen uit GET /v1/hervormingen / named reforms",
                "items": {"type": "string", "enum": list(hervormingen())},
            },
            "wijzigingen": {
                "type": "array",
                "maxItems": MAX_WIJZIGINGEN,
                "description": "Parameterwijzigingen zoals bij POST /v1/varianten; in de populatie gelden ze het hele "
                "jaar (een latere `vanaf` wordt 1 januari van het jaar) / parameter changes as in /v1/varianten, in "
                "force for the whole simulated year",
                "items": wijziging,
            },
            "steekproef": {
                "type": "number",
                "exclusiveMinimum": 0,
                "minimum": KLEINSTE_STEEKPROEF,
                "maximum": MAX_STEEKPROEF_API,
                "default": MAX_STEEKPROEF_API,
                "description": f"Het deel van de huishoudens dat wordt doorgerekend (gewichten opgeschaald). Via de API "
                f"ten hoogste {MAX_STEEKPROEF_API} (en dat is de standaard); de hele populatie via `nl-sociaal "
                "populatie` / the share of households simulated; via the API at most this (the default), the whole "
                "population from the command line",
            },
            "zaad": {"type": "integer", "minimum": 0, "maximum": 2**32 - 1, "default": 1},
        },
    }


_MET_PARTNER = {
    **_TELLING,
    "description": "Uitbreiding: de ontvangende gezinnen met twee partners (toeslagpartners, echtgenoten) / "
    "extension: the recipient benefit units with two partners. Met ontvangers_gezinnen rekent u een wijziging van "
    "een bedrag dat voor een partner verdubbelt na (de standaardpremie: verschil × (gezinnen + met_partner)) / "
    "with ontvangers_gezinnen it lets you check by hand what a change to an amount that doubles for a partner costs",
}
_SOMMEN = {
    "type": "object",
    "required": ["uitgaven_per_jaar", "ontvangers_gezinnen"],
    "properties": {
        "uitgaven_per_jaar": _BEDRAG,
        "ontvangers_gezinnen": _TELLING,
        "ontvangers_met_partner": _MET_PARTNER,
    },
}
ANTWOORD_SCHEMA = {
    "type": "object",
    "required": ["jaar", "populatie", "versie", "regelingen", "decielen", "armoede"],
    "properties": {
        "jaar": {"type": "integer"},
        "populatie": {
            "type": "object",
            "required": ["huishoudens", "personen", "gesimuleerde_huishoudens", "steekproef", "zaad", "bronnen"],
            "properties": {
                "huishoudens": {"type": "integer"},
                "personen": {"type": "integer"},
                "gesimuleerde_huishoudens": {"type": "integer"},
                "steekproef": {"type": "number"},
                "zaad": {"type": "integer"},
                "bronnen": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "required": ["titel", "url"],
                        "properties": {"titel": _TEKST, "url": _TEKST},
                    },
                },
            },
        },
        "versie": ANTWOORD["properties"]["versie"],
        "regelingen": {
            "type": "array",
            "items": {
                "type": "object",
                "required": [
                    "id",
                    "status",
                    "uitgaven_per_jaar",
                    "ontvangers_gezinnen",
                    "ontvangers_personen",
                    "uitgaven_bij_gebruik",
                    "ontvangers_bij_gebruik",
                ],
                "properties": {
                    "id": {"type": "string", "enum": [r.id for r in REGELINGEN]},
                    "status": {
                        "type": "string",
                        "enum": ["berekend", "deels", "onbekend"],
                        "description": "berekend: voor elk huishouden; deels: niet waar de regels ontbreken (gemeenten "
                        "buiten de G4), zie niet_berekend_gezinnen; onbekend: voor niemand, zonder bedragen (nooit 0) / "
                        "computed for every household, for some, or for none (then no amounts, never nil)",
                    },
                    "uitgaven_per_jaar": _BEDRAG,
                    "ontvangers_gezinnen": _TELLING,
                    "ontvangers_met_partner": _MET_PARTNER,
                    "ontvangers_personen": _TELLING,
                    "uitgaven_bij_gebruik": _BEDRAG,
                    "ontvangers_bij_gebruik": _TELLING,
                    "gebruik": {"type": "number", "description": "Het gebruikte gebruikspercentage / take-up rate"},
                    "gebruik_aangenomen": {
                        "type": "boolean",
                        "description": "true: geen gepubliceerd cijfer gevonden, 1 aangenomen / no published rate",
                    },
                    "niet_berekend_gezinnen": _TELLING,
                    "rekenregels_bekend_tot": {"type": "string", "format": "date"},
                    "variant": _SOMMEN,
                },
            },
        },
        "decielen": {
            "type": "array",
            "description": "Tien groepen huishoudens naar gestandaardiseerd besteedbaar inkomen (CBS-definitie, "
            "benaderd) / ten groups by standardised disposable income",
            "items": {
                "type": "object",
                "required": ["deciel", "ondergrens", "bovengrens", "huishoudens", "gemiddeld_per_regeling"],
                "properties": {
                    "deciel": {"type": "integer", "minimum": 1, "maximum": 10},
                    "ondergrens": _BEDRAG,
                    "bovengrens": _BEDRAG,
                    "huishoudens": {"type": "integer"},
                    "gemiddeld_per_regeling": {"type": "object", "additionalProperties": _BEDRAG},
                    "gemiddeld_verschil": _BEDRAG,
                },
            },
        },
        "armoede": {
            "type": "object",
            "required": ["huishoudens_onder_sociaal_minimum"],
            "properties": {"huishoudens_onder_sociaal_minimum": {"type": "integer"}, "variant": {"type": "integer"}},
        },
        "winnaars_verliezers": {
            "type": "object",
            "required": ["erop_vooruit", "erop_achteruit", "gelijk", "drempel_per_maand"],
            "properties": {
                "erop_vooruit": {"type": "integer"},
                "erop_achteruit": {"type": "integer"},
                "gelijk": {"type": "integer"},
                "drempel_per_maand": {"type": "number"},
            },
        },
        "variant": {
            "type": "object",
            "properties": {
                "hervormingen": {"type": "array", "items": _TEKST},
                "wijzigingen": {"type": "array", "items": _TEKST},
                "vanaf": {"type": "string", "format": "date"},
            },
        },
    },
}

VOORBEELD = {"jaar": 2025, "hervormingen": ["kostendelersnorm_afschaffen"], "steekproef": 0.01, "zaad": 1}


def lees_api_verzoek(verzoek):
    """The request checked as the command line checks it, with the interactive limit on ``steekproef``."""
    if isinstance(verzoek, dict):
        verzoek = {"steekproef": MAX_STEEKPROEF_API, **verzoek}
        steekproef = verzoek["steekproef"]
        if (
            isinstance(steekproef, (int, float))
            and not isinstance(steekproef, bool)
            and steekproef > MAX_STEEKPROEF_API
        ):
            raise ongeldige_invoer(
                [
                    InvalidParam(
                        "steekproef",
                        f"Via de API ten hoogste {MAX_STEEKPROEF_API}; de hele populatie met `nl-sociaal populatie` / "
                        f"at most {MAX_STEEKPROEF_API} through the API; the whole population from the command line",
                    )
                ],
                wat="Het verzoek",
            )
    return lees_verzoek(verzoek)


@functools.lru_cache(maxsize=ANTWOORDEN_IN_CACHE)
def _bereken(verzoek) -> bytes:
    return json.dumps(bereken_populatie(verzoek)[0], ensure_ascii=False).encode("utf-8")


def bereken_api_verzoek(verzoek) -> dict:
    """The answer of ``POST /v1/populatie`` to a request (as JSON data), from the cache when it was asked before."""
    return json.loads(_bereken(lees_api_verzoek(verzoek)))


def maak_router() -> APIRouter:
    router = APIRouter()

    @router.post(
        PAD,
        summary="Wat kosten de regelingen het land, en een variant? / What do the schemes cost the country?",
        description=(
            "Alle regelingen voor de synthetische bevolking van Nederland (geen echte personen; gebouwd uit "
            "gepubliceerde statistieken, gewogen naar landelijke totalen): uitgaven en ontvangers per regeling bij "
            "volledig en bij gepubliceerd gebruik, decielen van het gestandaardiseerd besteedbaar inkomen, "
            "huishoudens onder het sociaal minimum, en met `hervormingen`/`wijzigingen` de variant ernaast met "
            "winnaars en verliezers. Via de API een steekproef van ten hoogste "
            f"{MAX_STEEKPROEF_API} van de huishoudens (enkele seconden); hetzelfde verzoek geeft altijd hetzelfde "
            "antwoord.\n\n"
            "Every scheme over the synthetic population of the Netherlands (no real person): spending and "
            "recipients per scheme, deciles, households below the social minimum, and a variant beside it with "
            f"winners and losers. Through the API a sample of at most {MAX_STEEKPROEF_API} of the households; the "
            "whole population with `nl-sociaal populatie` (optionally on a Dask cluster)."
        ),
        responses=antwoorden(
            "De populatie doorgerekend / the population computed", {JSON_TYPE: {"schema": ANTWOORD_SCHEMA}}
        ),
        openapi_extra=verzoekbody(verzoek_schema(), VOORBEELD),
    )
    async def populatie(request: Request):
        gelezen = lees_api_verzoek(await lees_json(request))
        inhoud = await buiten_de_lus(_bereken, gelezen)
        return JSONResponse(json.loads(inhoud))

    return router
