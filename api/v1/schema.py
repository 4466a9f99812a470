"""The published OpenAPI document: the contract's request and answer as JSON schemas, generated from the
facts the tax-benefit system declares, and the Dutch API Design Rules applied to every operation.

ADR (Logius, https://gitdocumentatie.logius.nl/publicatie/api/adr/): every 4xx and 5xx is
``application/problem+json``; every POST declares 400; dates carry ``format: date``.
"""

from __future__ import annotations

import datetime
from typing import Any

from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import DateUnit

from openfisca_nl_sociaal.invoer.situatie import (
    ENTITEITEN,
    JAREN,
    LAATSTE_PEILDATUM,
    MAX_PERSONEN,
    ROLLEN,
    VROEGSTE_GEBOORTEDATUM,
    VROEGSTE_PEILDATUM,
    feiten_per_entiteit,
    grenzen,
)

from ..http import PROBLEEM, PROBLEM_JSON


def getallen_patroon(laag: int, hoog: int, cijfers: int = 4) -> str:
    """A regular expression (without anchors) for the whole numbers ``laag`` to ``hoog`` written with exactly
    ``cijfers`` digits: ``getallen_patroon(2020, 9998)`` matches the years 2020 to 9998. A JSON schema has no
    bounds on dates, so a pattern on the year bounds them."""
    if cijfers == 1:
        return str(laag) if laag == hoog else f"[{laag}-{hoog}]"
    eenheid = 10 ** (cijfers - 1)
    delen, vrij = [], []
    for kop in range(laag // eenheid, hoog // eenheid + 1):
        van, tot = max(laag - kop * eenheid, 0), min(hoog - kop * eenheid, eenheid - 1)
        if (van, tot) == (0, eenheid - 1):
            vrij.append(kop)  # every tail: consecutive, as only the first and last head can be partial
        else:
            delen.append(f"{kop}{getallen_patroon(van, tot, cijfers - 1)}")
    if vrij:
        koppen = str(vrij[0]) if len(vrij) == 1 else f"[{vrij[0]}-{vrij[-1]}]"
        delen.append(koppen + ("[0-9]" if cijfers == 2 else f"[0-9]{{{cijfers - 1}}}"))
    return delen[0] if len(delen) == 1 else "(" + "|".join(delen) + ")"


def datum_schema(vroegste: datetime.date, laatste: datetime.date) -> dict:
    """A date from the first day of ``vroegste``'s year to the last of ``laatste``'s (whole years only)."""
    assert (vroegste.month, vroegste.day, laatste.month, laatste.day) == (1, 1, 12, 31)
    return {"type": "string", "format": "date", "pattern": f"^{getallen_patroon(vroegste.year, laatste.year)}-"}


def waarde_schema(variabele, laatste_datum: datetime.date) -> dict:
    """One value of a fact, as ``situatie.lees_waarde`` accepts it (dates of birth up to ``laatste_datum``)."""
    soort = variabele.value_type
    if soort is datetime.date:
        if variabele.name == "geboortedatum":
            return datum_schema(VROEGSTE_GEBOORTEDATUM, laatste_datum)
        return {"type": "string", "format": "date"}
    if soort is bool:
        return {"type": "boolean"}
    if soort in (int, float):
        laag, hoog = grenzen(variabele)
        schema = {"type": "integer" if soort is int else "number", "minimum": laag}
        if hoog is not None:
            schema["maximum"] = hoog
        return schema
    if soort is Enum:
        return {"type": "string", "enum": [item.name for item in variabele.possible_values]}
    if variabele.name == "gemeente":
        return {"type": "string", "pattern": "^GM[0-9]{4}$"}
    return {"type": "string"}


def _periode_sleutels(variabele) -> dict:
    """The period keys of a fact in the contract (``situatie.lees_periode(strikt=True)``)."""
    eenheid = variabele.definition_period
    if eenheid == DateUnit.ETERNITY:
        return {"pattern": "^[Ee][Tt][Ee][Rr][Nn][Ii][Tt][Yy]$"}
    jaar = getallen_patroon(*JAREN)
    if eenheid == DateUnit.YEAR:
        return {"pattern": f"^{jaar}$"}
    return {"pattern": f"^{jaar}(-(0[1-9]|1[0-2]))?$"}


def omschrijving(variabele) -> str:
    """A variable's label and the law it rests on."""
    verwijzingen = variabele.reference
    if isinstance(verwijzingen, str):
        verwijzingen = [verwijzingen]
    tekst = variabele.label if isinstance(variabele.label, str) and variabele.label else variabele.name
    return tekst + (f" ({', '.join(verwijzingen)})" if verwijzingen else "")


def _feit_schema(variabele) -> dict:
    """A fact: a plain value, or values keyed by period (``{"2025": …}``, ``{"2025-03": …}``)."""
    gewoon = waarde_schema(variabele, LAATSTE_PEILDATUM)
    extra = " Een geboortedatum ligt niet na de peildatum." if variabele.name == "geboortedatum" else ""
    return {
        "description": omschrijving(variabele) + extra,
        "oneOf": [
            gewoon,
            {
                "type": "object",
                "propertyNames": _periode_sleutels(variabele),
                "additionalProperties": gewoon,
                "minProperties": 1,
            },
        ],
    }


_ROL_SCHEMAS = {
    "partners": {"type": "array", "items": {"type": "string"}, "minItems": 1, "maxItems": 2, "uniqueItems": True},
    "kinderen": {"type": "array", "items": {"type": "string"}, "uniqueItems": True},
    "bewoners": {"type": "array", "items": {"type": "string"}, "minItems": 1, "uniqueItems": True},
}


def situatie_schema(tax_benefit_system) -> dict:
    """The request of POST /v1/aanspraken (the contract's situation), as ``situatie.lees_situatie`` reads it.

    What a JSON schema cannot say is in the descriptions: every id in a role list names a person of
    ``personen``, a person is in at most one gezin and one huishouden, a date of birth is not after the
    peildatum, the aanvrager is one of the persons.
    """
    feiten = feiten_per_entiteit(tax_benefit_system)
    entiteiten: dict[str, dict[str, Any]] = {}
    for meervoud, sleutel in ENTITEITEN.items():
        eigenschappen = {naam: _feit_schema(v) for naam, v in sorted(feiten[sleutel].items())}
        rollen = ROLLEN.get(meervoud, ())
        for rol in rollen:
            eigenschappen[rol] = {
                **_ROL_SCHEMAS[rol],
                "description": "Ids uit personen; een persoon staat in ten hoogste één gezin en één huishouden",
            }
        instantie = {"type": "object", "properties": eigenschappen, "additionalProperties": False}
        verplicht = [rol for rol in rollen if _ROL_SCHEMAS[rol].get("minItems")]
        if verplicht:
            instantie["required"] = verplicht
        entiteiten[meervoud] = {"type": "object", "additionalProperties": instantie}
    entiteiten["personen"].update(minProperties=1, maxProperties=MAX_PERSONEN)
    return {
        "type": "object",
        "required": ["personen"],
        "additionalProperties": False,
        "properties": {
            "peildatum": {
                **datum_schema(VROEGSTE_PEILDATUM, LAATSTE_PEILDATUM),
                "description": f"De datum waarop de situatie geldt (vanaf {VROEGSTE_PEILDATUM}; standaard vandaag)",
            },
            "aanvrager": {
                "type": "string",
                "description": "De persoon die aanvraagt: een id uit personen (standaard de eerste)",
            },
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

ANTWOORD: dict[str, Any] = {
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
                    # only on an ``onbekend`` scheme whose unknown facts allow bounds (openfisca_nl_sociaal/antwoord/bereik.py)
                    "bedrag_per_maand_min": {"type": "number", "minimum": 0},
                    "bedrag_per_maand_max": {"type": "number", "minimum": 0},
                    "bedrag_per_jaar_min": {"type": "number", "minimum": 0},
                    "bedrag_per_jaar_max": {"type": "number", "minimum": 0},
                    "basis": {"type": "string"},
                    # only on a scheme whose rules are not confirmed for the peildatum: the last date they are
                    "rekenregels_bekend_tot": {"type": "string", "format": "date"},
                    "redenen": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "required": ["voorwaarde", "voldaan", "uitleg", "grondslag"],
                            "properties": {
                                "voorwaarde": {"type": "string"},
                                "voldaan": {"type": ["boolean", "null"]},
                                "uitleg": {"type": "string", "description": "De voorwaarde zoals de wet haar stelt"},
                                "toelichting": {
                                    "type": "string",
                                    "description": "Uitbreiding: de zin die bij de uitkomst past (bij voldaan false: wat "
                                    "er niet klopt) / extension: the sentence that fits the outcome",
                                },
                                "grondslag": _GRONDSLAG,
                            },
                        },
                    },
                    "ontbrekende_gegevens": {"type": "array", "items": _GEGEVEN},
                    "aannames": {"type": "array", "items": _GEGEVEN},
                    "samenvatting": {
                        "type": "string",
                        "description": "Uitbreiding: de uitkomst en waarom, in één of twee gewone zinnen / extension: "
                        "the outcome and why, in plain words",
                    },
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
