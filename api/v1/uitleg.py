"""``POST /v1/uitleg``: the computation as a tree, per scheme (the work is in ``openfisca_nl_sociaal.antwoord.uitleg``).

The body is read by ``api.http.lees_json`` and computed off the event loop, so this route answers bad input
exactly as ``/v1/aanspraken``.
"""

from __future__ import annotations

from fastapi import APIRouter, Request

from openfisca_nl_sociaal import tax_benefit_system
from openfisca_nl_sociaal.antwoord.uitleg import REGELING_IDS, leg_uit

from ..http import JSON_TYPE, VOORBEELD_SITUATIE, antwoorden, bereken_json, verzoekbody
from .schema import situatie_schema

PAD = "/v1/uitleg"

#: Where the recursive schemas below sit in the published OpenAPI document: a JSON pointer to the ``$defs``
#: of this operation's 200 answer (a ``$ref`` in OpenAPI resolves against the whole document).
_DEFS = (
    "#/paths/"
    + PAD.replace("~", "~0").replace("/", "~1")
    + "/post/responses/200/content/application~1json/schema/$defs"
)

_TEKST = {"type": "string"}
_GRONDSLAG = {
    "type": "object",
    "required": ["titel", "url"],
    "properties": {"titel": _TEKST, "url": {"type": ["string", "null"], "format": "uri"}},
}
_WAARDE = {
    "description": "Een getal, ja/nee, tekst (datum JJJJ-MM-DD, de naam van een keuze) of null (niet opgegeven) "
    "/ a number, boolean, text (a date YYYY-MM-DD, the name of an option) or null (not given)",
    "type": ["number", "integer", "boolean", "string", "null"],
}
PARAMETER_SCHEMA = {
    "type": "object",
    "description": "Een parameterwaarde die de formule las / a parameter value the formula read",
    "required": ["pad", "label", "waarde", "geldig_vanaf", "referentie", "datum"],
    "properties": {
        "pad": {"type": "string", "description": "Het pad van de parameter, zoals in /v1/parameters"},
        "label": _TEKST,
        "waarde": {
            "description": "De waarde, of voor een schaal de schijven / the value, or a scale's brackets",
            "oneOf": [
                _WAARDE,
                {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "description": "Vanaf `drempel`: het `tarief` of de `waarde` / from `drempel` on",
                        "additionalProperties": {"type": ["number", "null"]},
                    },
                },
            ],
        },
        "geldig_vanaf": {
            "type": ["string", "null"],
            "format": "date",
            "description": "De datum waarop de gebruikte waarde in werking trad / the start date of the value used",
        },
        "referentie": {"type": "array", "items": _GRONDSLAG},
        "eenheid": {"type": "string", "description": "currency-EUR, /1 (een fractie), year, month, …"},
        "datum": {
            "type": "string",
            "format": "date",
            "description": "De (eerste) datum waarop de formule de parameter las / the (first) date it was read at",
        },
    },
}
KNOOP_SCHEMA = {
    "description": (
        "Een variabele van de berekening, of een verwijzing naar een variabele die in deze regeling al volledig is "
        "getoond / a variable of the computation, or a reference to one already shown in full for this scheme"
    ),
    "oneOf": [
        {
            "type": "object",
            "required": ["zie"],
            "additionalProperties": False,
            "properties": {
                "zie": {"type": "string", "description": "variabele@periode", "examples": ["leeftijd@2025-03"]}
            },
        },
        {
            "type": "object",
            "required": ["variabele", "label", "entiteit", "periode", "waarde", "grondslag", "parameters", "kinderen"],
            "properties": {
                "variabele": _TEKST,
                "label": _TEKST,
                "entiteit": {"type": "string", "enum": ["persoon", "gezin", "huishouden"]},
                "periode": {"type": "string", "description": "JJJJ, JJJJ-MM of ETERNITY"},
                "waarde": {
                    "description": "Per persoon (id -> waarde) voor een persoon-variabele; anders de waarde van het gezin "
                    "of huishouden van de aanvrager / per person for a persoon variable, else the value of the "
                    "applicant's gezin or huishouden",
                    "oneOf": [_WAARDE, {"type": "object", "additionalProperties": _WAARDE}],
                },
                "grondslag": {"type": "array", "items": _GRONDSLAG},
                "eenheid": {
                    "type": "string",
                    "enum": ["currency-EUR"],
                    "description": "Bij een bedrag in euro's / on an amount in euros (as the parameters name it)",
                },
                "gegeven": {
                    "type": "boolean",
                    "description": "Alleen bij een invoergegeven: false = niet opgegeven, dus onbekend (de waarde is "
                    "dan null) / only on an input fact: false = not given, so unknown (its value is then null)",
                },
                "aanname": {
                    "type": "string",
                    "description": "Bij een niet opgegeven verfijnend gegeven: wat de wet aanneemt / for a refining fact "
                    "not given: the normal case the law presumes (its value is then the presumed one)",
                },
                "gegevens_compleet": {
                    "type": "boolean",
                    "description": "Bij een berekende variabele: false = de waarde steunt op een gegeven dat niet is "
                    "opgegeven / on a computed variable: false = the value rests on a fact that was not given",
                },
                "parameters": {"type": "array", "items": {"$ref": f"{_DEFS}/parameter"}},
                "kinderen": {"type": "array", "items": {"$ref": f"{_DEFS}/knoop"}},
            },
        },
    ],
}
ANTWOORD_SCHEMA = {
    "$defs": {"knoop": KNOOP_SCHEMA, "parameter": PARAMETER_SCHEMA},
    "type": "object",
    "required": ["peildatum", "versie", "aanvrager", "gezin", "huishouden", "regelingen"],
    "properties": {
        "peildatum": {"type": "string", "format": "date"},
        "versie": {"type": "object", "additionalProperties": {"type": "string"}},
        "aanvrager": _TEKST,
        "gezin": {"type": "string", "description": "Het gezin van de aanvrager / the applicant's gezin"},
        "huishouden": {"type": "string", "description": "Het huishouden van de aanvrager"},
        "regelingen": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["id", "naam", "grondslag", "voorwaarden", "berekening"],
                "properties": {
                    "id": {"type": "string", "enum": list(REGELING_IDS)},
                    "naam": _TEKST,
                    "grondslag": {"type": "array", "items": _GRONDSLAG},
                    # only where the rules are not confirmed for the peildatum: up to when they are, and why the
                    # computation that follows is no answer
                    "rekenregels_bekend_tot": {"type": "string", "format": "date"},
                    "waarschuwing": _TEKST,
                    "voorwaarden": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "required": ["voorwaarde", "uitleg", "grondslag", "berekening"],
                            "properties": {
                                "voorwaarde": _TEKST,
                                "uitleg": _TEKST,
                                "grondslag": _GRONDSLAG,
                                "berekening": {"$ref": f"{_DEFS}/knoop"},
                            },
                        },
                    },
                    "berekening": {"$ref": f"{_DEFS}/knoop"},
                },
            },
        },
    },
}

#: The example situation, with the scheme to explain.
VOORBEELD = {
    "peildatum": VOORBEELD_SITUATIE["peildatum"],
    "regeling": "zorgtoeslag",
    **{k: v for k, v in VOORBEELD_SITUATIE.items() if k != "peildatum"},
}


def verzoek_schema() -> dict:
    """The situation of ``POST /v1/aanspraken`` with the optional ``regeling``."""
    schema = situatie_schema(tax_benefit_system())
    schema["properties"]["regeling"] = {
        "type": "string",
        "enum": list(REGELING_IDS),
        "description": "Leg alleen deze regeling uit (standaard: alle) / explain this scheme only (default: all)",
    }
    return schema


def maak_router() -> APIRouter:
    router = APIRouter()

    @router.post(
        PAD,
        summary="Waarom dit bedrag? De berekening als boom, met artikelen en parameters / The computation explained",
        description=(
            "Dezelfde situatie als `POST /v1/aanspraken`, met optioneel `regeling` om één regeling uit te leggen. "
            "Per regeling een boom per voorwaarde en één voor het maandbedrag: elke variabele met haar waarde voor "
            "het gezin van de aanvrager, de artikelen die zij uitvoert en de parameterwaarden die de formule las "
            "(met de datum waarop die waarde inging en de bron). Binnen een regeling staat elke variabele@periode "
            'één keer volledig; daarna `{"zie": "variabele@periode"}`. Een invoergegeven heeft `gegeven`: '
            "false betekent niet opgegeven (onbekend), en dan is de waarde null.\n\n"
            "The same situation as `POST /v1/aanspraken`, optionally with `regeling` to explain one scheme. "
            "Answers in Dutch or English (`Accept-Language`)."
        ),
        responses=antwoorden(
            "De berekening per regeling / the computation per scheme",
            {JSON_TYPE: {"schema": ANTWOORD_SCHEMA}},
            taal_kop=True,
        ),
        openapi_extra=verzoekbody(verzoek_schema(), VOORBEELD),
    )
    async def uitleg(request: Request):
        return await bereken_json(request, leg_uit)

    return router
