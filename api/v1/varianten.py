"""``POST /v1/varianten``: situations under today's rules and under changed ones (parameter changes and named
reforms, per request); ``GET /v1/hervormingen``: the named reforms. The work is in
``openfisca_nl_sociaal.beleid.varianten``.

The body is read by ``api.http.lees_json`` and computed off the event loop, so this route answers bad input
exactly as ``/v1/aanspraken``.
"""

from __future__ import annotations

import copy

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from openfisca_nl_sociaal import tax_benefit_system
from openfisca_nl_sociaal.beleid.varianten import MAX_SITUATIES, bereken_varianten, hervormingen
from openfisca_nl_sociaal.beleid.wijzigingen import GROOTSTE_GETAL, MAX_SCHIJVEN, MAX_WIJZIGINGEN, parameterpaden
from openfisca_nl_sociaal.invoer.situatie import LAATSTE_PEILDATUM, VROEGSTE_PEILDATUM
from openfisca_nl_sociaal.regelingen import REGELINGEN

from ..http import JSON_TYPE, PROBLEEM, VOORBEELD_SITUATIE, antwoorden, bereken_json, taal, verzoekbody
from .schema import ANTWOORD, datum_schema, situatie_schema

PAD = "/v1/varianten"
HERVORMINGEN_PAD = "/v1/hervormingen"

_TEKST = {"type": "string"}
_GETAL = {"type": "number", "minimum": -GROOTSTE_GETAL, "maximum": GROOTSTE_GETAL}
_DATUM = datum_schema(VROEGSTE_PEILDATUM, LAATSTE_PEILDATUM)
_BRONNEN = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["titel", "url"],
        "properties": {"titel": _TEKST, "url": {"type": "string", "format": "uri"}},
    },
}


def _schijf_schema(extra: dict | None = None) -> dict:
    waarde = {**_GETAL, **(extra or {})}
    return {
        "type": "object",
        "description": "Vanaf `drempel`: de `waarde` (een schaal van bedragen of delen) of het `tarief` (een schaal van "
        "marginale tarieven), zoals de parameter ze heeft / from `drempel` on: the `waarde` or the `tarief`",
        "required": ["drempel"],
        "minProperties": 2,
        "maxProperties": 2,
        "additionalProperties": False,
        "properties": {"drempel": waarde, "waarde": waarde, "tarief": waarde},
    }


def wijziging_schema(paden: list[str] | None = None) -> dict:
    """One parameter change, as a request gives it (``paden``: the paths it may name) or an answer echoes it."""
    return {
        "type": "object",
        "description": "Eén parameterwijziging: `waarde` voor één parameter, `schaal` voor een schaal / one parameter "
        "change: `waarde` for a single parameter, `schaal` for a scale",
        "required": ["parameter", "vanaf"],
        "properties": {
            "parameter": {
                "type": "string",
                "description": "Het pad van de parameter met punten, zoals GET /v1/parameters het noemt / the "
                "parameter's path with dots",
                **({"enum": paden} if paden else {}),
            },
            "vanaf": {
                **_DATUM,
                "description": "De eerste dag waarop de nieuwe waarde geldt / the first day it applies",
            },
            "tot": {
                **_DATUM,
                "type": ["string", "null"],
                "description": "De laatste dag (standaard: voorgoed); daarna weer de huidige regels / the last day "
                "(default: for good); after it today's rules again",
            },
            "waarde": {
                "description": "De nieuwe waarde: een getal in de eenheid van de parameter (een fractie: 0.96 is 96%), "
                "of true/false / the new value, in the parameter's unit",
                "oneOf": [_GETAL, {"type": "boolean"}],
            },
            "schaal": {
                "type": "array",
                "minItems": 1,
                "maxItems": MAX_SCHIJVEN,
                "description": "De nieuwe schijven, drempels strikt oplopend / the new brackets, thresholds increasing",
                "items": _schijf_schema(),
            },
        },
    }


def verzoek_schema() -> dict:
    situatie = situatie_schema(tax_benefit_system())
    wijziging = wijziging_schema(parameterpaden())
    wijziging["additionalProperties"] = False
    wijziging["oneOf"] = [{"required": ["waarde"]}, {"required": ["schaal"]}]
    return {
        "type": "object",
        "additionalProperties": False,
        "oneOf": [{"required": ["situatie"]}, {"required": ["situaties"]}],
        "properties": {
            "situatie": {**situatie, "description": "Eén situatie, zoals bij POST /v1/aanspraken / one situation"},
            "situaties": {
                "type": "array",
                "minItems": 1,
                "maxItems": MAX_SITUATIES,
                "description": "Meer situaties, zoals bij POST /v1/aanspraken/batch / several situations",
                "items": copy.deepcopy(situatie),
            },
            "wijzigingen": {
                "type": "array",
                "maxItems": MAX_WIJZIGINGEN,
                "description": "Parameterwijzigingen, na de hervormingen toegepast in deze volgorde / parameter changes, "
                "applied after the reforms, in this order",
                "items": wijziging,
            },
            "hervormingen": {
                "type": "array",
                "uniqueItems": True,
                "description": "Hervormingen uit GET /v1/hervormingen, eerst toegepast / named reforms, applied first",
                "items": {"type": "string", "enum": list(hervormingen())},
            },
        },
    }


_BEDRAG = {"type": ["number", "null"]}
_KANT = {
    "type": "object",
    "required": ["status", "bedrag_per_maand", "bedrag_per_jaar"],
    "properties": {
        "status": {"type": "string", "enum": ["recht", "geen_recht", "onbekend"]},
        "bedrag_per_maand": _BEDRAG,
        "bedrag_per_jaar": _BEDRAG,
        "ontbrekende_gegevens": ANTWOORD["properties"]["regelingen"]["items"]["properties"]["ontbrekende_gegevens"],
    },
}
_PER_KANT = {
    "type": "object",
    "required": ["huidig", "variant"],
    "properties": {"huidig": {"type": "number"}, "variant": {"type": "number"}},
}
_OPGELOST = wijziging_schema()
_OPGELOST["required"] = ["parameter", "vanaf", "tot", "label", "eenheid", "huidig", "hervorming"]
_OPGELOST["properties"].update(
    label=_TEKST,
    eenheid={"type": ["string", "null"], "description": "currency-EUR, /1 (een fractie), year, month, …"},
    huidig={
        "description": "De waarde (of schijven) volgens de huidige regels op `vanaf` / today's value on `vanaf`",
        "oneOf": [{"type": ["number", "boolean", "null"]}, {"type": "array", "items": _schijf_schema()}],
    },
    hervorming={
        "type": ["string", "null"],
        "description": "De hervorming waar de wijziging uit komt; null: uit het verzoek / the reform it comes from",
    },
)
ANTWOORD_SCHEMA = {
    "type": "object",
    "required": ["versie", "hervormingen", "wijzigingen", "antwoorden"],
    "properties": {
        "versie": ANTWOORD["properties"]["versie"],
        "hervormingen": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["id", "titel", "bronnen"],
                "properties": {"id": _TEKST, "titel": _TEKST, "bronnen": _BRONNEN},
            },
        },
        "wijzigingen": {
            "type": "array",
            "description": "Alle toegepaste wijzigingen in volgorde, die van de hervormingen voorop / every change "
            "applied, in order",
            "items": _OPGELOST,
        },
        "antwoorden": {
            "type": "array",
            "description": "Eén per situatie, in volgorde / one per situation, in order",
            "items": {
                "oneOf": [
                    {
                        "type": "object",
                        "required": ["peildatum", "aanvrager", "regelingen", "netto_huishoudinkomen"],
                        "properties": {
                            "peildatum": {"type": "string", "format": "date"},
                            "aanvrager": _TEKST,
                            "regelingen": {
                                "type": "array",
                                "items": {
                                    "type": "object",
                                    "required": [
                                        "id",
                                        "naam",
                                        "basis",
                                        "huidig",
                                        "variant",
                                        "verschil_per_maand",
                                        "verschil_per_jaar",
                                        "gewijzigd",
                                    ],
                                    "properties": {
                                        "id": {"type": "string", "enum": [r.id for r in REGELINGEN]},
                                        "naam": _TEKST,
                                        "basis": {"type": "string", "enum": ["netto", "bruto"]},
                                        "huidig": _KANT,
                                        "variant": _KANT,
                                        "verschil_per_maand": {
                                            **_BEDRAG,
                                            "description": "variant − huidig (geen recht telt als 0); null als een "
                                            "van beide onbekend is of de regeling geen bedrag heeft",
                                        },
                                        "verschil_per_jaar": _BEDRAG,
                                        "gewijzigd": {
                                            "type": "boolean",
                                            "description": "Status of bedrag verschilt / status or amount differs",
                                        },
                                        "rekenregels_bekend_tot": {
                                            "type": "string",
                                            "format": "date",
                                            "description": "Alleen als de peildatum na de bekende regels ligt: "
                                            "beide kanten zijn berekend met de nieuwste bekende regels / only past "
                                            "the known rules: both sides computed with the newest known rules",
                                        },
                                    },
                                },
                            },
                            "netto_huishoudinkomen": {
                                "type": "object",
                                "description": "Per maand: het netto_inkomen van de partners van het gezin van de "
                                "aanvrager plus de netto regelingen die in beide gevallen beslist zijn / per month: "
                                "the partners' net income plus the net schemes decided in both",
                                "required": [
                                    "huidig",
                                    "variant",
                                    "verschil_per_maand",
                                    "netto_inkomen_partners",
                                    "onvolledig",
                                    "niet_meegeteld",
                                ],
                                "properties": {
                                    "huidig": {"type": "number"},
                                    "variant": {"type": "number"},
                                    "verschil_per_maand": {"type": "number"},
                                    "netto_inkomen_partners": _PER_KANT,
                                    "onvolledig": {
                                        "type": "array",
                                        "description": "Partners van wie het netto inkomen onbekend is (niet "
                                        "meegeteld) / partners whose net income is unknown",
                                        "items": _TEKST,
                                    },
                                    "niet_meegeteld": {
                                        "type": "array",
                                        "items": {
                                            "type": "object",
                                            "required": ["id", "reden"],
                                            "properties": {
                                                "id": _TEKST,
                                                "reden": {"type": "string", "enum": ["onbekend", "bruto"]},
                                            },
                                        },
                                    },
                                },
                            },
                        },
                    },
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

HERVORMINGEN_SCHEMA = {
    "type": "object",
    "required": ["hervormingen"],
    "properties": {
        "hervormingen": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["id", "titel", "beschrijving", "status", "bronnen", "wijzigingen"],
                "properties": {
                    "id": _TEKST,
                    "titel": _TEKST,
                    "beschrijving": _TEKST,
                    "status": _TEKST,
                    "toelichting": _TEKST,
                    "bronnen": _BRONNEN,
                    "wijzigingen": {"type": "array", "items": wijziging_schema()},
                },
            },
        }
    },
}

VOORBEELD = {
    "situatie": VOORBEELD_SITUATIE,
    "wijzigingen": [{"parameter": "wet_op_de_zorgtoeslag.standaardpremie", "vanaf": "2025-01-01", "waarde": 2232}],
    "hervormingen": [],
}


def maak_router() -> APIRouter:
    router = APIRouter()

    @router.post(
        PAD,
        summary="Wat als de regels veranderen? Huidige regels naast een variant / What if the rules change?",
        description=(
            "Een of meer situaties (`situatie` zoals bij `POST /v1/aanspraken`, of `situaties` zoals bij de batch), "
            "doorgerekend met de huidige regels en met een variant: parameterwijzigingen (`wijzigingen`: pad, "
            "`vanaf`, optioneel `tot`, en `waarde` of voor een schaal `schaal`) en/of hervormingen uit "
            "`GET /v1/hervormingen`. Per regeling de status en het bedrag per maand en per jaar in beide gevallen "
            "en het verschil, en het netto huishoudinkomen per maand. Een onbekend pad, een groep in plaats van een "
            "parameter, een waarde van het verkeerde soort of buiten de eenheid (een fractie boven 1, een negatief "
            "bedrag) en een datum vóór 2020 geven een probleem dat het veld noemt.\n\n"
            "Situations computed under today's rules and under a variant (parameter changes and/or named reforms), "
            "per request: per scheme the status and amounts in both and the difference, and the net household "
            "income per month. Answers in Dutch or English (`Accept-Language`)."
        ),
        responses=antwoorden(
            "Huidige regels en variant per situatie / current rules and variant per situation",
            {JSON_TYPE: {"schema": ANTWOORD_SCHEMA}},
            taal_kop=True,
        ),
        openapi_extra=verzoekbody(verzoek_schema(), VOORBEELD),
    )
    async def varianten(request: Request):
        return await bereken_json(request, bereken_varianten)

    @router.get(
        HERVORMINGEN_PAD,
        summary="De hervormingen die POST /v1/varianten kent, met hun bron / The named reforms, with their sources",
        responses=antwoorden(
            "De hervormingen / the named reforms",
            {JSON_TYPE: {"schema": HERVORMINGEN_SCHEMA}},
            taal_kop=True,
            fouten=(500,),
        ),
    )
    async def hervormingen_lijst(request: Request):
        taal_ = taal(request)
        lijst = [hervorming.als_json(taal_) for hervorming in hervormingen().values()]
        return JSONResponse({"hervormingen": lijst}, headers={"Content-Language": taal_})

    return router
