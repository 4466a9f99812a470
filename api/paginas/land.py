"""The policy page's country view ``/beleid/land``: the synthetic population under today's rules and, with a reform
or a parameter change, under the variant: the budget per scheme, the average gain or loss per income decile as a
chart with its figures as a table and in words, winners and losers, and the outcome as a CSV download.

The form asks nothing personal, so it is a GET: the outcome has an address (Back and bookmarks work, the CSV link
is the same question). The computation is ``POST /v1/populatie``'s (the same request, the same cache), so the page
and the API answer alike.
"""

from __future__ import annotations

import base64

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from openfisca_nl_sociaal.beleid.grafiek import teken_decielen
from openfisca_nl_sociaal.beleid.land import aantal, als_csv, miljoen, samenvatting
from openfisca_nl_sociaal.beleid.varianten import hervormingen
from openfisca_nl_sociaal.beleid.wijzigingen import parameterpaden
from openfisca_nl_sociaal.invoer.problemen import Probleem
from openfisca_nl_sociaal.opmaak import euro
from openfisca_nl_sociaal.populatie.uitvoering import EERSTE_JAAR, LAATSTE_JAAR
from openfisca_nl_sociaal.regelingen import REGELINGEN

from ..http import buiten_de_lus
from ..v1.populatie import MAX_STEEKPROEF_API, bereken_api_verzoek
from .formulier import KOPTEKSTEN, lees_getal, pagina, taal_van
from .teksten import tekst

PAD = "/beleid/land"
#: where a problem's field lands on the form
_VELDEN = {"jaar": "jaar", "hervormingen.0": "hervorming"}
#: the text that says how far a scheme was computed
_STATUS = {"berekend": "status_berekend", "deels": "status_deels", "onbekend": "status_onbekend"}


def _verzoek(invoer: dict[str, str], taal: str) -> tuple[dict, dict[str, str]]:
    """The API request the form's fields ask, and the faults found before asking it."""
    fouten: dict[str, str] = {}
    verzoek: dict = {"steekproef": MAX_STEEKPROEF_API}
    try:
        verzoek["jaar"] = int(invoer.get("jaar") or 2025)
    except ValueError:
        fouten["jaar"] = tekst("ongeldig_getal", taal)
    if invoer.get("hervorming"):
        verzoek["hervormingen"] = [invoer["hervorming"]]
    if invoer.get("parameter"):
        waarde = lees_getal(invoer.get("waarde", ""), taal)
        if waarde is None:
            fouten["waarde"] = tekst("ongeldig_getal", taal)
        verzoek["wijzigingen"] = [
            {"parameter": invoer["parameter"], "vanaf": f"{verzoek.get('jaar', 2025)}-01-01", "waarde": waarde}
        ]
    elif invoer.get("waarde"):
        fouten["parameter"] = tekst("verplicht", taal)
    return verzoek, fouten


def _bereken(invoer: dict[str, str], taal: str) -> tuple[dict | None, dict[str, str]]:
    verzoek, fouten = _verzoek(invoer, taal)
    if fouten:
        return None, fouten
    try:
        return bereken_api_verzoek(verzoek), {}
    except Probleem as probleem:
        for fout in probleem.invalid_params or []:
            veld = _VELDEN.get(fout.name, "parameter" if fout.name.startswith("wijzigingen") else "jaar")
            fouten.setdefault(veld, fout.reason)
        return None, fouten or {"jaar": probleem.detail}


def _uitkomst(antwoord: dict, taal: str) -> dict:
    variant = "winnaars_verliezers" in antwoord
    woorden = samenvatting(antwoord, taal)
    rijen = []
    for r, regeling in zip(antwoord["regelingen"], REGELINGEN, strict=True):
        rij = {
            "naam": regeling.naam.in_taal(taal),
            "status": tekst(_STATUS[r["status"]], taal),
            "uitgaven": "—" if regeling.niet_monetair else miljoen(r["uitgaven_per_jaar"], taal),
            "gebruik": "—" if regeling.niet_monetair else miljoen(r["uitgaven_bij_gebruik"], taal),
            "gezinnen": aantal(r["ontvangers_gezinnen"], taal),
        }
        if variant and "variant" in r and r["uitgaven_per_jaar"] is not None:
            v = r["variant"]["uitgaven_per_jaar"]
            rij["variant"] = miljoen(v, taal)
            rij["verschil"] = miljoen(v - r["uitgaven_per_jaar"], taal)
        elif variant:
            rij["variant"] = rij["verschil"] = "—"
        rijen.append(rij)
    decielen = [
        {
            "deciel": d["deciel"],
            "grenzen": f"{euro(d['ondergrens'], taal, centen=False)} – {euro(d['bovengrens'], taal, centen=False)}"
            if d["ondergrens"] is not None
            else "—",
            "huishoudens": aantal(d["huishoudens"], taal),
            "verschil": euro(d["gemiddeld_verschil"] / 12, taal) if d.get("gemiddeld_verschil") is not None else "—",
            "data_verschil": d.get("gemiddeld_verschil"),
        }
        for d in antwoord["decielen"]
    ]
    uitkomst = {
        "samenvatting": woorden,
        "regelingen": rijen,
        "decielen": decielen,
        "variant": variant,
        "bronnen": antwoord["populatie"]["bronnen"],
    }
    if variant:
        svg = teken_decielen(antwoord, woorden, taal)
        uitkomst["src"] = "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()
    return uitkomst


def _invoer(request: Request) -> dict[str, str]:
    velden = ("jaar", "hervorming", "parameter", "waarde")
    return {k: request.query_params.get(k, "").strip() for k in velden if request.query_params.get(k)}


def maak_router() -> APIRouter:
    router = APIRouter(include_in_schema=False)

    @router.get(PAD, response_class=HTMLResponse)
    async def land(request: Request, taal: str | None = None):
        taal_ = taal_van(taal)
        invoer = _invoer(request)
        uitkomst = None
        fouten: dict[str, str] = {}
        if invoer:
            antwoord, fouten = await buiten_de_lus(_bereken, invoer, taal_)
            if antwoord is not None:
                uitkomst = await buiten_de_lus(_uitkomst, antwoord, taal_)
        return pagina(
            request,
            "land.html",
            taal_,
            status=400 if fouten else 200,
            invoer=invoer or {"jaar": "2025"},
            fouten=fouten,
            uitkomst=uitkomst,
            jaren=list(range(EERSTE_JAAR, LAATSTE_JAAR + 1)),
            hervormingen=[(i, h.titel.in_taal(taal_)) for i, h in hervormingen().items()],
            parameters=sorted(parameterpaden()),
            csv_adres=f"{PAD}.csv?{request.url.query}" if uitkomst else None,
        )

    @router.get(f"{PAD}.csv")
    async def land_csv(request: Request, taal: str | None = None):
        taal_ = taal_van(taal)
        antwoord, fouten = await buiten_de_lus(_bereken, _invoer(request), taal_)
        if antwoord is None:
            return Response(
                "; ".join(fouten.values()), status_code=400, media_type="text/plain; charset=utf-8", headers=KOPTEKSTEN
            )
        inhoud = await buiten_de_lus(als_csv, antwoord, taal_)
        return Response(
            inhoud,
            media_type="text/csv; charset=utf-8",
            headers={**KOPTEKSTEN, "Content-Disposition": f'attachment; filename="populatie_{antwoord["jaar"]}.csv"'},
        )

    return router
