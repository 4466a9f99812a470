"""``POST /v1/toetsing`` and ``POST /v1/toetsing/batch``: a decision checked against the rules.

The work is in ``openfisca_nl_sociaal.antwoord.toetsing``. The batch takes a CSV of decisions (a caseload
sample) and answers a CSV of verdicts; its columns are documented in :data:`CSV_KOLOMMEN_IN` and
:data:`CSV_KOLOMMEN_UIT` and in the README.
"""

from __future__ import annotations

import csv
import io
import json

from fastapi import APIRouter, Request
from fastapi.responses import Response

from openfisca_nl_sociaal import tax_benefit_system
from openfisca_nl_sociaal.antwoord.toetsing import toets, toets_veel
from openfisca_nl_sociaal.invoer.problemen import InvalidParam, Probleem, ongeldige_invoer
from openfisca_nl_sociaal.opmaak import csv_schrijver
from openfisca_nl_sociaal.regelingen import REGELINGEN

from ..http import JSON_TYPE, antwoorden, bereken_json, buiten_de_lus, taal, verzoekbody
from .schema import situatie_schema

PAD = "/v1/toetsing"
BATCH_PAD = "/v1/toetsing/batch"
#: The most decisions one CSV may hold (a caseload sample; each is computed on its own).
MAX_RIJEN = 500
#: The explanation of one scheme, as ``POST /v1/uitleg`` publishes it (a pointer into the same document).
_UITLEG_REGELING = {
    "$ref": "#/paths/~1v1~1uitleg/post/responses/200/content/application~1json/schema/properties/regelingen/items"
}

CSV_KOLOMMEN_IN = {
    "dossier": "your reference for the row (returned as is)",
    "regeling": "scheme id, e.g. zorgtoeslag",
    "periode": "the month decided (YYYY-MM) or the year (YYYY)",
    "bedrag": "the amount decided, in euros (a point or a comma as decimal separator)",
    "tolerantie": "optional: accepted difference in euros (default 0: to the cent)",
    "situatie": "the situation as JSON, as POST /v1/aanspraken reads it (e.g. the citizen's answers file's situatie)",
}
CSV_KOLOMMEN_UIT = {
    "dossier": "as given",
    "regeling": "as given",
    "periode": "as given",
    "beslist": "the amount decided",
    "berekend": "the amount the rules give (empty when onbekend)",
    "verschil": "beslist - berekend",
    "oordeel": "juist, afwijkend, onbekend, or fout (the row could not be read: see fout)",
    "stap": "where it diverges: the variable or condition",
    "grondslag": "the article(s) of that step, 'title <url>' separated by ' | '",
    "past_bij_periode": "the nearest month whose amount is the one decided, if any",
    "ontbrekende_gegevens": "the facts missing when onbekend, 'persoon.gegeven' separated by spaces",
    "fout": "why a row could not be checked (field: reason)",
    "rekenregels": "version of these rules",
    "parameters_sha256": "fingerprint of the parameter values in force on the decision's date",
}

_BESLISSING = {
    "type": "object",
    "required": ["regeling", "periode", "bedrag"],
    "properties": {
        "regeling": {"type": "string", "enum": [r.id for r in REGELINGEN]},
        "periode": {
            "type": "string",
            "pattern": "^[0-9]{4}(-[0-9]{2})?$",
            "description": "De beslisde maand (JJJJ-MM) of het jaar (JJJJ) / the month or year decided",
        },
        "bedrag": {"type": "number", "minimum": 0, "description": "Het beslist bedrag / the amount decided"},
        "tussenwaarden": {
            "type": "object",
            "description": "Optioneel: tussenwaarden uit de beschikking (variabele -> waarde; per persoon een "
            "object persoon -> waarde), om de stap te vinden waar de beslissing afwijkt / optional intermediate "
            "values the decision states",
            "additionalProperties": {
                "type": ["number", "boolean", "object"],
                "additionalProperties": {"type": ["number", "boolean"]},
            },
        },
    },
}
_GRONDSLAG = {
    "type": "object",
    "required": ["titel", "url"],
    "properties": {"titel": {"type": "string"}, "url": {"type": ["string", "null"]}},
}
ANTWOORD_SCHEMA = {
    "type": "object",
    "required": ["regeling", "naam", "periode", "beslist", "tolerantie", "status", "oordeel", "versie"],
    "properties": {
        "oordeel": {"type": "string", "enum": ["juist", "afwijkend", "onbekend"]},
        "regeling": {"type": "string"},
        "naam": {"type": "string"},
        "periode": {"type": "string"},
        "status": {"type": "string", "enum": ["recht", "geen_recht", "onbekend"]},
        "beslist": {"type": "number"},
        "berekend": {"type": ["number", "null"]},
        "verschil": {"type": ["number", "null"], "description": "beslist − berekend"},
        "tolerantie": {"type": "number"},
        "afwijking": {
            "type": "object",
            "properties": {
                "stap": {"type": "string"},
                "label": {"type": ["string", "null"]},
                "periode": {"type": ["string", "null"]},
                "grondslag": {"type": "array", "items": _GRONDSLAG},
                "uitleg": {"type": "string"},
                "past_bij_periode": {"type": "string"},
            },
        },
        "tussenwaarden": {"type": "array", "items": {"type": "object"}},
        "ontbrekende_gegevens": {"type": "array", "items": {"type": "object"}},
        "redenen": {"type": "array", "items": {"type": "object"}},
        "rekenregels_bekend_tot": {
            "type": "string",
            "format": "date",
            "description": "Alleen als de regels voor de datum nog niet bekend zijn: tot wanneer ze dat zijn",
        },
        "uitleg": _UITLEG_REGELING,
        "versie": {
            "type": "object",
            "required": ["rekenregels", "openfisca_core", "parameters"],
            "properties": {
                "rekenregels": {"type": "string"},
                "openfisca_core": {"type": "string"},
                "parameters": {
                    "type": "object",
                    "required": ["peildatum", "sha256"],
                    "properties": {
                        "peildatum": {"type": "string", "format": "date"},
                        "sha256": {"type": "string"},
                        "aantal": {"type": "integer"},
                    },
                },
            },
        },
    },
}


def verzoek_schema() -> dict:
    return {
        "type": "object",
        "required": ["situatie", "beslissing"],
        "properties": {
            "situatie": situatie_schema(tax_benefit_system()),
            "beslissing": _BESLISSING,
            "tolerantie": {"type": "number", "minimum": 0, "description": "Standaard 0: tot op de cent"},
        },
    }


VOORBEELD = {
    "situatie": {
        "personen": {
            "ik": {
                "geboortedatum": "1990-05-01",
                "toetsingsinkomen": 24000,
                "vermogen": 0,
                "verzekerd_zvw": True,
                "woont_in_nederland": True,
            }
        }
    },
    "beslissing": {"regeling": "zorgtoeslag", "periode": "2025-03", "bedrag": 100},
}


CSV_VOORBEELD = "dossier;regeling;periode;bedrag;situatie\r\nA-1;zorgtoeslag;2025-03;100;" + (
    '"' + json.dumps(VOORBEELD["situatie"]).replace('"', '""') + '"\r\n'
)


def maak_router() -> APIRouter:
    router = APIRouter()

    @router.post(
        PAD,
        summary="Toets een beslissing aan de regels / Check a decision against the rules",
        description=(
            "Een situatie en de beslissing (regeling, maand of jaar, bedrag). Antwoord: `juist` (binnen de "
            "tolerantie), `afwijkend` (met het berekende bedrag, het verschil en de stap waar de beslissing "
            "afwijkt, met artikel) of `onbekend` (met de ontbrekende gegevens); de uitleg van de berekening; en "
            "een `versie`-blok met een vingerafdruk van de parameterwaarden op de datum van de beslissing.\n\n"
            "A situation and the decision (scheme, month or year, amount). Answers `juist`, `afwijkend` or "
            "`onbekend`, the explanation tree, and a version block to reproduce the verdict."
        ),
        responses=antwoorden("Het oordeel / the verdict", {JSON_TYPE: {"schema": ANTWOORD_SCHEMA}}),
        openapi_extra=verzoekbody(verzoek_schema(), VOORBEELD),
    )
    async def toetsing(request: Request):
        return await bereken_json(request, toets)

    @router.post(
        BATCH_PAD,
        summary="Toets een steekproef van beslissingen (CSV) / Check a sample of decisions (CSV)",
        description=(
            "Een CSV (komma of puntkomma) met per rij een beslissing; antwoord een CSV met per rij het oordeel. "
            f"Ten hoogste {MAX_RIJEN} rijen.\n\nKolommen in / columns in:\n\n"
            + "\n".join(f"- `{k}`: {v}" for k, v in CSV_KOLOMMEN_IN.items())
            + "\n\nKolommen uit / columns out:\n\n"
            + "\n".join(f"- `{k}`: {v}" for k, v in CSV_KOLOMMEN_UIT.items())
        ),
        responses=antwoorden(
            "De oordelen / the verdicts", {"text/csv": {"schema": {"type": "string"}}}, fouten=(400, 413, 415, 500)
        ),
        openapi_extra=verzoekbody({"type": "string"}, CSV_VOORBEELD, "text/csv"),
    )
    async def toetsing_batch(request: Request):
        inhoud = await request.body()
        try:
            tekst = inhoud.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise ongeldige_invoer([InvalidParam("", "De CSV moet UTF-8 zijn.")]) from None
        return Response(await buiten_de_lus(toets_csv, tekst, taal(request)), media_type="text/csv; charset=utf-8")

    return router


def toets_csv(tekst: str, taal: str = "nl") -> str:
    """The verdicts of a CSV of decisions, as CSV; a row that cannot be read gets ``oordeel`` ``fout``."""
    # a Dutch spreadsheet writes semicolons; the header line says which (it holds no quoted commas)
    kop = tekst.split("\n", 1)[0]
    scheiding = ";" if kop.count(";") > kop.count(",") else ","
    lezer = csv.DictReader(io.StringIO(tekst), delimiter=scheiding)
    ontbreekt = [k for k in ("regeling", "periode", "bedrag", "situatie") if k not in (lezer.fieldnames or [])]
    if ontbreekt:
        raise ongeldige_invoer([InvalidParam(k, "Kolom ontbreekt in de CSV / column missing") for k in ontbreekt])
    rijen = list(lezer)
    if not rijen or len(rijen) > MAX_RIJEN:
        raise ongeldige_invoer([InvalidParam("", f"Tussen 1 en {MAX_RIJEN} rijen / between 1 and {MAX_RIJEN} rows")])
    uit = io.StringIO()
    schrijver = csv_schrijver(uit, CSV_KOLOMMEN_UIT)
    schrijver.writeheader()
    verzoeken: list = []
    for rij in rijen:
        try:
            verzoeken.append(_verzoek(rij))
        except Probleem as probleem:
            verzoeken.append(probleem)
    # every readable row computed together (toets_veel); a row's own problem stays in its place
    leesbaar = [i for i, v in enumerate(verzoeken) if not isinstance(v, Probleem)]
    oordelen = dict(zip(leesbaar, toets_veel([verzoeken[i] for i in leesbaar], taal=taal), strict=True))
    for n, rij in enumerate(rijen):
        schrijver.writerow(_rij_uit(n + 1, rij, oordelen.get(n, verzoeken[n])))
    return uit.getvalue()


def _verzoek(rij: dict) -> dict:
    verzoek = {
        "situatie": _situatie(rij.get("situatie")),
        "beslissing": {
            "regeling": rij.get("regeling"),
            "periode": rij.get("periode"),
            "bedrag": _bedrag(rij.get("bedrag"), "bedrag"),
        },
    }
    if (rij.get("tolerantie") or "").strip():
        verzoek["tolerantie"] = _bedrag(rij["tolerantie"], "tolerantie")
    return verzoek


def _rij_uit(n: int, rij: dict, oordeel) -> dict:
    uit = {k: rij.get(k, "") for k in ("dossier", "regeling", "periode")}
    if isinstance(oordeel, Probleem):
        redenen = "; ".join(f"{p.name}: {p.reason}" for p in oordeel.invalid_params or []) or oordeel.detail
        return uit | {"oordeel": "fout", "fout": f"rij {n}: {redenen}"}
    afwijking = oordeel.get("afwijking", {})
    return uit | {
        "beslist": _tekst(oordeel["beslist"]),
        "berekend": _tekst(oordeel["berekend"]),
        "verschil": _tekst(oordeel["verschil"]),
        "oordeel": oordeel["oordeel"],
        "stap": afwijking.get("stap", ""),
        "grondslag": " | ".join(f"{g['titel']} <{g['url']}>" for g in afwijking.get("grondslag", [])),
        "past_bij_periode": afwijking.get("past_bij_periode", ""),
        "ontbrekende_gegevens": " ".join(
            f"{g.get('persoon') or g.get('huishouden') or g.get('gezin', '')}.{g['gegeven']}"
            for g in oordeel.get("ontbrekende_gegevens", [])
        ),
        "fout": "",
        "rekenregels": oordeel["versie"]["rekenregels"],
        "parameters_sha256": oordeel["versie"]["parameters"]["sha256"],
    }


def _bedrag(waarde, veld: str) -> float:
    tekst = (waarde or "").strip().replace("€", "").replace(" ", "")
    if "," in tekst and "." not in tekst:
        tekst = tekst.replace(",", ".")  # a decimal comma (a Dutch spreadsheet)
    try:
        return float(tekst)
    except ValueError:
        raise ongeldige_invoer([InvalidParam(veld, "Geen bedrag / not an amount")]) from None


def _situatie(waarde):
    try:
        situatie = json.loads(waarde or "")
    except ValueError:
        raise ongeldige_invoer([InvalidParam("situatie", "Geen JSON / not JSON")]) from None
    if isinstance(situatie, dict) and "situatie" in situatie and "formaat" in situatie:
        situatie = situatie["situatie"]  # the citizen's answers file as a whole
    return situatie


def _tekst(waarde) -> str:
    return "" if waarde is None else f"{waarde:.2f}"
