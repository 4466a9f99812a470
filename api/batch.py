"""The published schemas of ``POST /v1/aanspraken/batch``, derived from those of ``/v1/aanspraken``."""

from __future__ import annotations

import copy

from .schema import ANTWOORD, PROBLEEM, situatie_schema


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
