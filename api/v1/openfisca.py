"""OpenFisca-compatible endpoints under ``/v1``: an existing OpenFisca client works by changing its base URL.

The answers have the shapes of openfisca-core's own web API (``openfisca serve``); its handlers and loaders
do the work (``openfisca_web_api.handlers`` and ``.loader``), so the shapes cannot drift from core's. What
this module adds is what core lacks: every request is checked before a simulation is built, so input that
core answers with a 500 (a yearly variable asked for a month, ``null`` where an entity or a role list
belongs, thousands of variables at once) answers 400 here as ``application/problem+json`` naming the field;
core's own error object is kept in the problem as ``openfisca``. Errors never echo values: only paths.

Routes: ``/v1/calculate``, ``/v1/trace``, ``/v1/variables``, ``/v1/variables/{name}`` (and core's singular
``/v1/variable/{name}``), ``/v1/parameters``, ``/v1/parameters/{path}`` (and ``/v1/parameter/{path}``),
``/v1/entities``.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from fastapi import APIRouter, Path, Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse
from openfisca_core.errors import PeriodMismatchError, SituationParsingError
from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import DateUnit
from openfisca_core.periods import period as make_period
from openfisca_web_api import handlers
from openfisca_web_api.loader.entities import build_entities
from openfisca_web_api.loader.parameters import build_parameters
from openfisca_web_api.loader.variables import build_variables

from openfisca_nl_sociaal import bron_in_repository, tax_benefit_system
from openfisca_nl_sociaal.invoer.problemen import InvalidParam, Probleem, ongeldige_invoer
from openfisca_nl_sociaal.invoer.simulaties import bouw_simulaties
from openfisca_nl_sociaal.invoer.situatie import (
    ENTITEITEN,
    ROLLEN,
    Situatie,
    geen_personen,
    lees_periode,
    lees_waarde,
    te_veel_personen,
)

from ..http import PROBLEM_SCHEMA, lees_json
from .schema import omschrijving, waarde_schema

#: The most values a /calculate or /trace request may ask for (``null`` leaves). Documented in the README.
MAX_BEREKENINGEN = 500
#: The most persons a /calculate or /trace request may hold.
MAX_PERSONEN = 10_000
#: Dates of birth are checked against this date here: the compatible routes have no peildatum.
_VERSTE_DATUM = datetime.date(2100, 12, 31)
#: An entity id: core's handlers address a value by a path joined with '/' (dpath), which takes no empty key.
_ID_PATROON = "[^/]+"
_ID = re.compile(_ID_PATROON)


@lru_cache(maxsize=1)
def _gegevens() -> dict:
    """Core's descriptions of the variables, parameters and entities, built once."""
    tbs = tax_benefit_system()
    metadata = tbs.get_package_metadata()
    gegevens = {
        "variables": build_variables(tbs, metadata),
        "parameters": build_parameters(tbs, metadata),
        "entities": build_entities(tbs),
    }
    for soort in ("variables", "parameters"):
        for beschrijving in gegevens[soort].values():
            if beschrijving.get("source"):
                beschrijving["source"] = bron_in_repository(beschrijving["source"])
    return gegevens


def _niet_gevonden(soort: str, sort: str, naam: str) -> Probleem:
    return Probleem(
        status=404,
        title="Niet gevonden / Not found",
        detail=f"Geen {soort} met de naam '{naam}' / No {sort} named '{naam}'",
    )


def _als_invalid_params(fout, pad: str = "") -> list[InvalidParam]:
    """Core's nested error object as a flat list of (path, message). (Core builds it with dpath, which
    turns a year key into a list index: the list's non-empty entries are the messages.)"""
    if isinstance(fout, list):
        return [InvalidParam(pad, str(bericht)) for bericht in fout if bericht is not None]
    if not isinstance(fout, dict):
        return [InvalidParam(pad, str(fout))]
    gevonden = []
    for sleutel, waarde in fout.items():
        gevonden.extend(_als_invalid_params(waarde, f"{pad}.{sleutel}" if pad else str(sleutel)))
    return gevonden


def _controleer_periode(variabele, sleutel: str, pad: str, fouten: list[InvalidParam]) -> None:
    """A value is asked for a period of the variable's own unit: core would raise (a 500) otherwise."""
    eenheid = variabele.definition_period
    try:
        periode = make_period(sleutel)
    except Exception:  # core raises several kinds of error for a malformed period
        fouten.append(InvalidParam(pad, "Ongeldige periode / Invalid period"))
        return
    if eenheid == DateUnit.ETERNITY:  # any period: a value for all time is the same in each
        return
    if periode.unit != eenheid or periode.size != 1:
        # each half of the message wholly in its own language (issue 19: "geldt per year")
        maand = eenheid == DateUnit.MONTH
        per, verwacht = ("maand", "JJJJ-MM") if maand else ("jaar", "JJJJ")
        unit, expected = ("month", "YYYY-MM") if maand else ("year", "YYYY")
        fouten.append(
            InvalidParam(
                pad,
                f"'{variabele.name}' geldt per {per}: vraag één periode als {verwacht} / "
                f"'{variabele.name}' is defined per {unit}: ask one period as {expected}",
            )
        )


def controleer_situatie(invoer) -> None:
    """Check an OpenFisca situation's shape before core sees it; raise a 400 problem naming every bad path."""
    tbs = tax_benefit_system()
    if not isinstance(invoer, dict) or not invoer:
        raise ongeldige_invoer([InvalidParam("", "Verwacht een JSON-object met entiteiten / Expected a JSON object")])
    entiteiten = {entiteit.plural: entiteit for entiteit in tbs.entities}
    fouten: list[InvalidParam] = []
    berekeningen = 0
    personen = invoer.get("personen")
    if not isinstance(personen, dict) or not personen:
        fouten.append(geen_personen())
    elif len(personen) > MAX_PERSONEN:
        raise te_veel_personen(MAX_PERSONEN, "verzoek", "request")
    for meervoud, instanties in invoer.items():
        entiteit = entiteiten.get(meervoud)
        if entiteit is None:
            fouten.append(InvalidParam(meervoud, "Onbekende entiteit / Unknown entity"))
            continue
        if not isinstance(instanties, dict):
            fouten.append(InvalidParam(meervoud, "Verwacht een object / Expected an object"))
            continue
        rollen = {} if entiteit.is_person else {rol.plural or rol.key: rol for rol in entiteit.roles}
        for ident, instantie in instanties.items():
            if not _ID.fullmatch(ident):
                fouten.append(
                    InvalidParam(
                        f"{meervoud}.{ident}", "Een id is niet leeg en zonder '/' / An id is not empty and has no '/'"
                    )
                )
                continue
            if not isinstance(instantie, dict):
                fouten.append(InvalidParam(f"{meervoud}.{ident}", "Verwacht een object / Expected an object"))
                continue
            for naam, waarde in instantie.items():
                pad = f"{meervoud}.{ident}.{naam}"
                if naam in rollen:
                    if not isinstance(waarde, list) or not all(isinstance(p, str) for p in waarde):
                        fouten.append(InvalidParam(pad, "Verwacht een lijst van persoon-ids / Expected a list of ids"))
                    elif isinstance(personen, dict) and any(p not in personen for p in waarde):
                        fouten.append(InvalidParam(pad, "Onbekende persoon / Unknown person"))
                    continue
                variabele = tbs.variables.get(naam)
                if variabele is None:
                    fouten.append(InvalidParam(pad, "Onbekende variabele of rol / Unknown variable or role"))
                    continue
                if variabele.entity.key != entiteit.key:
                    fouten.append(
                        InvalidParam(
                            pad, f"Deze variabele hoort bij {variabele.entity.plural} / Belongs to another entity"
                        )
                    )
                    continue
                if not isinstance(waarde, dict) or not waarde:
                    fouten.append(
                        InvalidParam(pad, 'Verwacht waarden per periode, zoals {"2025": …} / Expected values by period')
                    )
                    continue
                for sleutel, gegeven in waarde.items():
                    if gegeven is None:
                        berekeningen += 1
                        _controleer_periode(variabele, str(sleutel), f"{pad}.{sleutel}", fouten)
                    elif lees_periode(variabele, str(sleutel), f"{pad}.{sleutel}", fouten) is not None:
                        # the same checks of type and bounds as the contract's facts (no negative rent)
                        lees_waarde(variabele, gegeven, f"{pad}.{sleutel}", _VERSTE_DATUM, fouten)
    if berekeningen > MAX_BEREKENINGEN:
        raise Probleem(
            status=400,
            title="Te veel gevraagde waarden / Too many requested values",
            detail=(
                f"Ten hoogste {MAX_BEREKENINGEN} gevraagde waarden (null) per verzoek / "
                f"At most {MAX_BEREKENINGEN} requested values (null) per request"
            ),
            invalid_params=[InvalidParam("", f"maximum {MAX_BEREKENINGEN}")],
        )
    if fouten:
        raise ongeldige_invoer(fouten)


#: A parameter's path in the OpenAPI document (core's dotted form: a '/' in a path parameter is ambiguous).
_PARAMETER_VOORBEELD = "participatiewet.normen.alleenstaande_21_tot_aow_leeftijd"
#: The request of /v1/calculate and /v1/trace shown in the OpenAPI document.
VOORBEELD = {
    "personen": {
        "Ricarda": {
            "geboortedatum": {"ETERNITY": "1985-05-01"},
            "toetsingsinkomen": {"2025": 21000},
            "vermogen": {"2025": 0},
            "verzekerd_zvw": {"2025-03": True},
            "woont_in_nederland": {"2025-03": True},
            "leeftijd": {"2025-03": None},
        }
    },
    "gezinnen": {"gezin_1": {"partners": ["Ricarda"], "zorgtoeslag": {"2025-03": None}}},
    "huishoudens": {"huishouden_1": {"bewoners": ["Ricarda"]}},
}


def situatie_schema() -> dict:
    """The request of /v1/calculate and /v1/trace (an OpenFisca situation), as ``controleer_situatie`` reads it.

    Period keys are openfisca-core's (``2025``, ``2025-03``, ``month:2025-03``, ``ETERNITY``); which of them
    fits a variable is in the descriptions, not the schema.
    """
    tbs = tax_benefit_system()
    entiteiten: dict[str, dict[str, Any]] = {}
    for entiteit in tbs.entities:
        eigenschappen = {}
        for naam, variabele in sorted(tbs.variables.items()):
            if variabele.entity.key != entiteit.key:
                continue
            eenheid = variabele.definition_period
            eigenschappen[naam] = {
                "type": "object",
                "minProperties": 1,
                "description": f"{omschrijving(variabele)}; waarden per {eenheid}, null om te berekenen",
                "additionalProperties": {"anyOf": [waarde_schema(variabele, _VERSTE_DATUM), {"type": "null"}]},
            }
        for rol in () if entiteit.is_person else entiteit.roles:
            eigenschappen[rol.plural or rol.key] = {
                "type": "array",
                "items": {"type": "string"},
                "description": "Ids uit personen",
                **({"maxItems": rol.max} if rol.max else {}),
            }
        entiteiten[entiteit.plural] = {
            "type": "object",
            "propertyNames": {"pattern": f"^{_ID_PATROON}$"},
            "additionalProperties": {"type": "object", "properties": eigenschappen, "additionalProperties": False},
        }
    entiteiten["personen"].update(minProperties=1, maxProperties=MAX_PERSONEN)
    return {"type": "object", "required": ["personen"], "properties": entiteiten, "additionalProperties": False}


_TEKST = {"type": "string"}
_LIJST = {
    "type": "object",
    "additionalProperties": {
        "type": "object",
        "required": ["description", "href"],
        "properties": {"description": _TEKST, "href": _TEKST},
    },
}
#: The answers of the routes, with the shapes of openfisca-core's web API.
ANTWOORDEN = {
    "calculate": {
        "description": "De situatie met de null-waarden ingevuld / The situation with the nulls filled in",
        "type": "object",
        "additionalProperties": {"type": "object", "additionalProperties": {"type": "object"}},
    },
    "trace": {
        "type": "object",
        "required": ["trace", "entitiesDescription", "requestedCalculations"],
        "properties": {
            "trace": {"type": "object"},
            "entitiesDescription": {"type": "object"},
            "requestedCalculations": {"type": "array", "items": _TEKST},
        },
    },
    "variables": _LIJST,
    "variable": {
        "type": "object",
        "required": ["id", "description", "valueType", "definitionPeriod", "entity"],
        "properties": {"id": _TEKST, "description": _TEKST, "valueType": _TEKST, "definitionPeriod": _TEKST},
    },
    "parameters": _LIJST,
    "parameter": {"type": "object", "required": ["id", "description"], "properties": {"id": _TEKST}},
    "entities": {
        "type": "object",
        "additionalProperties": {
            "type": "object",
            "required": ["plural", "description"],
            "properties": {"plural": _TEKST, "description": _TEKST, "roles": {"type": "object"}},
        },
    },
}


def _openfisca_fout(fout: SituationParsingError | PeriodMismatchError) -> Probleem:
    return Probleem(
        status=400,
        title="Ongeldige invoer / Invalid input",
        detail="De situatie kan niet worden gelezen / The situation cannot be read",
        invalid_params=_als_invalid_params(fout.error),
    )


def _reken(handler, invoer):
    controleer_situatie(invoer)
    try:
        if handler is handlers.calculate:
            snel = _bereken_uit_reeksen(invoer)
            if snel is not None:
                return snel
        return handler(tax_benefit_system(), invoer)
    except (SituationParsingError, PeriodMismatchError) as fout:
        raise _openfisca_fout(fout) from None


def _bereken_uit_reeksen(invoer: dict) -> dict | None:
    """openfisca-core's ``handlers.calculate``, with the simulation built from arrays.

    Core's dict builder parses every period of every value again (with pendulum) and spends more time
    building a one-household simulation than computing it. A situation in which every person is placed
    explicitly in one gezin and one huishouden (roles by their plural keys, no ``axes``) is built with
    ``invoer/simulaties.py`` instead; the answer has core's shape and values (``tests/api/test_api_openfisca.py``
    compares them byte for byte). Any other situation (core's defaults for missing groups, axes) goes to
    core's own handler: ``None``.
    """
    tbs = tax_benefit_system()
    if set(invoer) - set(ENTITEITEN) or "personen" not in invoer:
        return None
    personen = invoer["personen"]
    for meervoud, rollen in ROLLEN.items():
        geplaatst = [lid for groep in invoer.get(meervoud, {}).values() for rol in rollen for lid in groep.get(rol, [])]
        if sorted(geplaatst) != sorted(personen):
            return None  # core's defaults for persons in no group: leave them to core
    gevraagd: list[tuple[str, str, str, str]] = []
    openfisca: dict[str, dict[str, dict[str, Any]]] = {}
    for meervoud, instanties in invoer.items():
        openfisca[meervoud] = {}
        for ident, velden in instanties.items():
            invoer_velden = {}
            for naam, waarde in velden.items():
                if naam in ROLLEN.get(meervoud, ()):
                    invoer_velden[naam] = waarde
                    continue
                gegeven = {p: w for p, w in waarde.items() if w is not None}
                gevraagd.extend((meervoud, ident, naam, p) for p, w in waarde.items() if w is None)
                if gegeven:
                    invoer_velden[naam] = gegeven
            openfisca[meervoud][ident] = invoer_velden
    situatie = Situatie(peildatum=datetime.date(2000, 1, 1), aanvrager=next(iter(personen)), openfisca=openfisca)
    # openfisca-core's semantics: an input set for some persons gives the others the default
    blokken = bouw_simulaties([situatie], tbs, schat=False)
    if len(blokken) != 1:
        return None
    simulatie, plaats = blokken[0].simulatie, blokken[0].plaatsen[0]
    for meervoud, ident, naam, periode in gevraagd:
        variabele = tbs.variables[naam]
        waarden = simulatie.calculate(naam, periode)
        index = plaats.index(meervoud, situatie, ident)
        # the same conversions as core's handler, so the JSON is the same
        if variabele.value_type is Enum:
            waarde = waarden.decode()[index].name
        elif variabele.value_type is float:
            waarde = float(str(waarden[index]))
        elif variabele.value_type is str:
            waarde = str(waarden[index])
        else:
            waarde = waarden[index].tolist()
        invoer[meervoud][ident][naam][periode] = waarde
    return invoer


def maak_router() -> APIRouter:
    router = APIRouter(prefix="/v1", tags=["OpenFisca"])
    probleem = PROBLEM_SCHEMA
    # (pas_adr_toe in schema.py gives every 4xx the problem+json content)
    fouten_post = {400: probleem, 413: probleem}
    fouten_get = {404: probleem}
    verzoek = {
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": situatie_schema(), "example": VOORBEELD}},
        }
    }

    def antwoord(soort: str, fouten: dict) -> dict:
        schema = ANTWOORDEN[soort]
        return {200: {"description": "OK", "content": {"application/json": {"schema": schema}}}, **fouten}

    @router.post(
        "/calculate",
        summary="OpenFisca /calculate: vul de null-waarden in / fill in the nulls",
        responses=antwoord("calculate", fouten_post),
        openapi_extra=verzoek,
    )
    async def calculate(request: Request):
        return JSONResponse(jsonable_encoder(_reken(handlers.calculate, await lees_json(request))))

    @router.post(
        "/trace",
        summary="OpenFisca /trace: de berekening stap voor stap / the computation traced",
        responses=antwoord("trace", fouten_post),
        openapi_extra=verzoek,
    )
    async def trace(request: Request):
        return JSONResponse(jsonable_encoder(_reken(handlers.trace, await lees_json(request))))

    @router.get("/variables", summary="OpenFisca /variables", responses=antwoord("variables", {}))
    async def variables(request: Request):
        basis = str(request.base_url)
        return {
            naam: {"description": v["description"], "href": f"{basis}v1/variables/{naam}"}
            for naam, v in _gegevens()["variables"].items()
        }

    def onder_twee_paden(functie: Callable[..., Any], soort: str, naam: str, ons: str) -> None:
        """A description at our path (plural, as the listings link to it) and at core's own (singular)."""
        core = ons.replace(f"/{soort}s/", f"/{soort}/")
        for pad, achter in ((ons, ""), (core, " (core's path)")):
            router.add_api_route(
                pad,
                functie,
                methods=["GET"],
                summary=f"OpenFisca /{soort}/{{{naam}}}{achter}",
                responses=antwoord(soort, fouten_get),
            )

    async def variable(name: str = Path(openapi_examples={"zorgtoeslag": {"value": "zorgtoeslag"}})):
        gevonden = _gegevens()["variables"].get(name)
        if gevonden is None:
            raise _niet_gevonden("variabele", "variable", name)
        return gevonden

    onder_twee_paden(variable, "variable", "name", "/variables/{name}")

    @router.get("/parameters", summary="OpenFisca /parameters", responses=antwoord("parameters", {}))
    async def parameters(request: Request):
        basis = str(request.base_url)
        return {
            p["id"]: {"description": p["description"], "href": f"{basis}v1/parameters/{naam}"}
            for naam, p in _gegevens()["parameters"].items()
            if p.get("subparams") is None
        }

    async def parameter(path: str = Path(openapi_examples={"norm": {"value": _PARAMETER_VOORBEELD}})):
        alle = _gegevens()["parameters"]
        gevonden = alle.get(path) or alle.get(path.replace(".", "/"))
        if gevonden is None:
            raise _niet_gevonden("parameter", "parameter", path)
        return gevonden

    onder_twee_paden(parameter, "parameter", "path", "/parameters/{path:path}")

    @router.get("/entities", summary="OpenFisca /entities", responses=antwoord("entities", {}))
    async def entities():
        return _gegevens()["entities"]

    return router
