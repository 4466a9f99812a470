"""The policy page ``/beleid``: pick a standard household, change a parameter or pick a reform, and see
the household's net income and marginal pressure under today's rules and under the variant.

Server-rendered like the other pages and without state: the form posts its own fields. The work is
``POST /v1/curven``'s (``api/v1/curven.py``): the page builds the same request, so the page and the API
answer alike, and a fault in the request is shown at the field it names.
"""

from __future__ import annotations

import base64
import functools
import json

import numpy
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from starlette.datastructures import FormData

from openfisca_nl_sociaal import tax_benefit_system
from openfisca_nl_sociaal.beleid.curven import samenvatting, tabel
from openfisca_nl_sociaal.beleid.grafiek import teken, teken_vergelijking
from openfisca_nl_sociaal.beleid.varianten import hervormingen
from openfisca_nl_sociaal.beleid.voorbeeldhuishoudens import STANDAARD_PEILDATUM, VOORBEELDHUISHOUDENS
from openfisca_nl_sociaal.invoer.problemen import Probleem
from openfisca_nl_sociaal.opmaak import euro, procent

from ..v1.curven import beantwoord_variant, lees_verzoek
from .formulier import formulierroute, lees_getal, pagina, taal_van
from .teksten import tekst

#: Where a problem's field lands on the form.
_VELDEN = {
    "voorbeeld": "voorbeeld",
    "peildatum": "peildatum",
    "hervormingen.0": "hervorming",
    "wijzigingen": "parameter",
    "wijzigingen.0": "parameter",
    "wijzigingen.0.parameter": "parameter",
    "wijzigingen.0.vanaf": "vanaf",
    "wijzigingen.0.waarde": "waarde",
    "wijzigingen.0.schaal": "parameter",
}
#: How many rows the table under the chart shows (every tenth point of the default 81).
RIJEN = 9


def _verwerk_doorgerekend(request: Request, formulier_: FormData) -> Response:
    taal = taal_van(formulier_.get("taal"))
    invoer = {k: str(v).strip() for k, v in formulier_.items() if isinstance(v, str)}
    fouten: dict[str, str] = {}
    verzoek: dict = {"voorbeeld": invoer.get("voorbeeld", "")}
    if invoer.get("peildatum"):
        verzoek["peildatum"] = invoer["peildatum"]
    if invoer.get("hervorming"):
        verzoek["hervormingen"] = [invoer["hervorming"]]
    if invoer.get("parameter"):
        waarde = lees_getal(invoer.get("waarde", ""), taal) if invoer.get("waarde") not in ("ja", "nee") else None
        if invoer.get("waarde") in ("ja", "nee"):
            waarde = invoer["waarde"] == "ja"
        if waarde is None:
            fouten["waarde"] = tekst("ongeldig_getal", taal)
        verzoek["wijzigingen"] = [
            {"parameter": invoer["parameter"], "vanaf": invoer.get("vanaf") or "", "waarde": waarde}
        ]
    elif invoer.get("waarde") or invoer.get("vanaf"):
        fouten["parameter"] = tekst("verplicht", taal)
    if fouten:
        return _beleidspagina(request, taal, invoer, fouten, status=400)
    try:
        gelezen = lees_verzoek(verzoek)
        huidig, variant = beantwoord_variant(gelezen, taal)
    except Probleem as probleem:
        for fout in probleem.invalid_params or []:
            veld = _VELDEN.get(fout.name, "parameter" if fout.name.startswith("wijzigingen") else "voorbeeld")
            fouten.setdefault(veld, fout.reason)
        return _beleidspagina(request, taal, invoer, fouten or {"voorbeeld": probleem.detail}, status=400)
    uitkomst = _uitkomst(huidig, variant, taal)
    if variant is not None and not geraakt(huidig, variant):
        # the change does not touch this household at any wage on the curve: say so, and name the standard
        # households it does touch (issue 18, point 6), so nobody reads "€ 0 difference" as "no effect anywhere"
        andere = {k: v for k, v in verzoek.items() if k != "voorbeeld"}
        uitkomst["ongeraakt"] = True
        uitkomst["geraakt"] = [
            VOORBEELDHUISHOUDENS[i].naam.in_taal(taal) for i in geraakte_huishoudens(json.dumps(andere, sort_keys=True))
        ]
    return _beleidspagina(request, taal, invoer, {}, uitkomst=uitkomst)


def geraakt(huidig, variant) -> bool:
    """Whether the variant changes the household's net income at any point of the curve (by a cent or more)."""
    return bool(numpy.any(numpy.abs(numpy.asarray(variant.netto_huishouden) - huidig.netto_huishouden) >= 0.005))


@functools.lru_cache(maxsize=64)
def geraakte_huishoudens(verzoek_zonder_huishouden: str) -> tuple[str, ...]:
    """The standard households whose curve the same change alters (a JSON request without ``voorbeeld``; cached:
    the answer depends on nothing else)."""
    verzoek = json.loads(verzoek_zonder_huishouden)
    uit = []
    for ident in VOORBEELDHUISHOUDENS:
        huidig, variant = beantwoord_variant(lees_verzoek({**verzoek, "voorbeeld": ident}), "nl")
        if variant is not None and geraakt(huidig, variant):
            uit.append(ident)
    return tuple(uit)


def maak_router() -> APIRouter:
    router = APIRouter(include_in_schema=False)

    @router.get("/beleid", response_class=HTMLResponse)
    async def formulier(request: Request, taal: str | None = None):
        return _beleidspagina(request, taal_van(taal), {"voorbeeld": next(iter(VOORBEELDHUISHOUDENS))}, {})

    formulierroute(router, "/beleid", _verwerk_doorgerekend)

    return router


def _uitkomst(huidig, variant, taal: str) -> dict:
    """The chart (an SVG in a ``data:`` address), both text alternatives and a table of a few points."""

    svg = teken(huidig, taal) if variant is None else teken_vergelijking(huidig, variant, taal)
    rijen_h = tabel(huidig)
    rijen_v = tabel(variant) if variant is not None else None
    stap = max(1, (len(rijen_h) - 1) // (RIJEN - 1))
    rijen = []
    for i in range(0, len(rijen_h), stap):
        h = rijen_h[i]
        rij = {"bruto": euro(h["bruto_per_maand"], taal), "netto_huidig": euro(h["netto_huishouden"], taal)}
        rij["druk_huidig"] = "" if h["marginale_druk"] is None else procent(h["marginale_druk"])
        rij["data_netto_huidig"] = h["netto_huishouden"]
        if rijen_v is not None:
            v = rijen_v[i]
            rij |= {
                "netto_variant": euro(v["netto_huishouden"], taal),
                "verschil": euro(v["netto_huishouden"] - h["netto_huishouden"], taal),
                "druk_variant": "" if v["marginale_druk"] is None else procent(v["marginale_druk"]),
                "data_netto_variant": v["netto_huishouden"],
            }
        rijen.append(rij)
    return {
        "src": "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode(),
        "samenvatting_huidig": samenvatting(huidig, taal),
        "samenvatting_variant": samenvatting(variant, taal) if variant is not None else None,
        "rijen": rijen,
    }


def _beleidspagina(request, taal: str, invoer: dict, fouten: dict, status: int = 200, uitkomst=None):
    parameters = sorted(_paden(tax_benefit_system().parameters))
    return pagina(
        request,
        "beleid.html",
        taal,
        status=status,
        invoer=invoer,
        fouten=fouten,
        uitkomst=uitkomst,
        huishoudens=[(i, v.naam.in_taal(taal)) for i, v in VOORBEELDHUISHOUDENS.items()],
        hervormingen=[(i, h.titel.in_taal(taal)) for i, h in hervormingen().items()],
        parameters=parameters,
        standaard_peildatum=STANDAARD_PEILDATUM.isoformat(),
    )


def _paden(knoop, voorvoegsel: str = "") -> list[str]:
    """Every parameter's path (a scale counts as one): the choices of the parameter field."""
    kinderen = getattr(knoop, "children", None)
    if kinderen is None or hasattr(knoop, "brackets"):
        return [voorvoegsel]
    paden = []
    for naam, kind in kinderen.items():
        paden += _paden(kind, f"{voorvoegsel}.{naam}" if voorvoegsel else naam)
    return paden
