"""The published OpenAPI document: the contract's request and answer as JSON schemas, generated from the
facts the tax-benefit system declares, and the Dutch API Design Rules applied to every operation.

ADR (Logius, https://gitdocumentatie.logius.nl/publicatie/api/adr/): every 4xx and 5xx is
``application/problem+json``; every POST declares 400; dates carry ``format: date``.
"""

from __future__ import annotations

import datetime

from openfisca_core.indexed_enums import Enum

from openfisca_nl_sociaal.situatie import ENTITEITEN, ROLLEN, feiten_per_entiteit

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


def _waarde_schema(variabele) -> dict:
    soort = variabele.value_type
    if soort is datetime.date:
        return {"type": "string", "format": "date"}
    if soort is bool:
        return {"type": "boolean"}
    if soort is int:
        return {"type": "integer", "minimum": 0}
    if soort is float:
        return {"type": "number", "minimum": 0}
    if soort is Enum:
        return {"type": "string", "enum": [item.name for item in variabele.possible_values]}
    if variabele.name == "gemeente":
        return {"type": "string", "pattern": "^GM[0-9]{4}$"}
    return {"type": "string"}


def _feit_schema(variabele) -> dict:
    """A fact: a plain value, or values keyed by period (``{"2025": …}``, ``{"2025-03": …}``)."""
    gewoon = _waarde_schema(variabele)
    omschrijving = (variabele.label or variabele.name) + (f" ({variabele.reference})" if variabele.reference else "")
    return {
        "description": omschrijving if isinstance(omschrijving, str) else variabele.name,
        "oneOf": [gewoon, {"type": "object", "additionalProperties": gewoon, "minProperties": 1}],
    }


def situatie_schema(tax_benefit_system) -> dict:
    """The request of POST /v1/aanspraken (the contract's situation)."""
    feiten = feiten_per_entiteit(tax_benefit_system)
    entiteiten = {}
    for meervoud, sleutel in ENTITEITEN.items():
        eigenschappen = {naam: _feit_schema(v) for naam, v in sorted(feiten[sleutel].items())}
        for rol in ROLLEN.get(meervoud, ()):
            eigenschappen[rol] = {"type": "array", "items": {"type": "string"}}
        entiteiten[meervoud] = {
            "type": "object",
            "additionalProperties": {"type": "object", "properties": eigenschappen, "additionalProperties": False},
        }
    return {
        "type": "object",
        "required": ["personen"],
        "additionalProperties": False,
        "properties": {
            "peildatum": {"type": "string", "format": "date", "description": "De datum waarop de situatie geldt"},
            "aanvrager": {"type": "string", "description": "De persoon die aanvraagt (standaard de eerste)"},
            **entiteiten,
        },
    }


_BEDRAG = {"type": ["number", "null"]}
_GRONDSLAG = {"type": "object", "properties": {"titel": {"type": "string"}, "url": {"type": "string"}}}
_GEGEVEN = {
    "type": "object",
    "required": ["gegeven"],
    "properties": {"persoon": {"type": "string"}, "huishouden": {"type": "string"}, "gegeven": {"type": "string"}},
}

ANTWOORD = {
    "type": "object",
    "required": ["peildatum", "versie", "regelingen", "vervolgvragen"],
    "properties": {
        "peildatum": {"type": "string", "format": "date"},
        "versie": {"type": "object", "additionalProperties": {"type": "string"}},
        "regelingen": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["id", "naam", "status", "bedrag_per_maand", "bedrag_per_jaar", "redenen", "grondslag"],
                "properties": {
                    "id": {"type": "string"},
                    "naam": {"type": "string"},
                    "status": {"type": "string", "enum": ["recht", "geen_recht", "onbekend"]},
                    "bedrag_per_maand": _BEDRAG,
                    "bedrag_per_jaar": _BEDRAG,
                    "basis": {"type": "string"},
                    "redenen": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "required": ["voorwaarde", "voldaan", "uitleg", "grondslag"],
                            "properties": {
                                "voorwaarde": {"type": "string"},
                                "voldaan": {"type": ["boolean", "null"]},
                                "uitleg": {"type": "string"},
                                "grondslag": _GRONDSLAG,
                            },
                        },
                    },
                    "ontbrekende_gegevens": {"type": "array", "items": _GEGEVEN},
                    "aannames": {"type": "array", "items": _GEGEVEN},
                    "grondslag": {"type": "array", "items": _GRONDSLAG},
                    "aanvragen": {"type": "object"},
                },
            },
        },
        "vervolgvragen": {"type": "array", "items": _GEGEVEN},
    },
}


def pas_adr_toe(spec: dict) -> dict:
    """Every error answer as problem+json (FastAPI's own 422 never happens here: its errors become 400)."""
    spec.setdefault("components", {}).setdefault("schemas", {})["Probleem"] = PROBLEEM
    spec["components"]["schemas"].pop("HTTPValidationError", None)
    spec["components"]["schemas"].pop("ValidationError", None)
    probleem = {
        "description": "Problem details (RFC 9457)",
        "content": {PROBLEM_JSON: {"schema": {"$ref": "#/components/schemas/Probleem"}}},
    }
    for operaties in spec.get("paths", {}).values():
        for methode, operatie in operaties.items():
            antwoorden = operatie.setdefault("responses", {})
            antwoorden.pop("422", None)
            if methode == "post":
                antwoorden.setdefault("400", probleem)
            for code in list(antwoorden):
                if code[0] in "45":
                    antwoorden[code] = probleem
    return spec
