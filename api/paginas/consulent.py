"""The caseworker's page ``/toetsing``: check a decision against the rules, see why, print the report.

Server-rendered like the citizen page (``burger.py``), works without JavaScript, keeps nothing on the
server. The situation comes from the citizen's answers file (or any request body of ``POST
/v1/aanspraken``), uploaded or pasted; the decision is the scheme, the month and the amount. The verdict
is ``POST /v1/toetsing``'s, with the explanation as a tree of collapsible steps, each with its article
and the parameter values it read. A CSV of decisions (a caseload sample) gets a CSV of verdicts back
(``POST /v1/toetsing/batch``'s columns, documented in the README).
"""

from __future__ import annotations

import datetime
import json

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from openfisca_nl_sociaal.antwoord.toetsing import toets
from openfisca_nl_sociaal.invoer.problemen import Probleem
from openfisca_nl_sociaal.opmaak import locale
from openfisca_nl_sociaal.regelingen import REGELINGEN

from ..http import buiten_de_lus
from ..v1.toetsing import toets_csv
from .formulier import MAX_BESTAND_BYTES, OngeldigBestand, lees_antwoordenbestand, lees_getal, pagina, taal_van
from .teksten import tekst

#: Where a problem's field lands on the form.
_VELDEN = {"beslissing.regeling": "regeling", "beslissing.periode": "periode", "beslissing.bedrag": "bedrag"}


def maak_router() -> APIRouter:
    router = APIRouter(include_in_schema=False)

    @router.get("/toetsing", response_class=HTMLResponse)
    async def formulier(request: Request, taal: str | None = None):
        return _formulier(request, taal_van(taal), {}, {})

    @router.post("/toetsing", response_class=HTMLResponse)
    async def oordeel(request: Request):
        formulier_ = await request.form()
        taal = taal_van(formulier_.get("taal"))
        invoer = {k: str(v) for k, v in formulier_.items() if isinstance(v, str)}
        fouten: dict[str, str] = {}
        situatie = await _situatie(formulier_, fouten, taal)
        bedrag = lees_getal(invoer.get("bedrag", ""), taal)
        if bedrag is None or bedrag < 0:
            fouten["bedrag"] = tekst("ongeldig_bedrag", taal)
        if invoer.get("regeling") not in {r.id for r in REGELINGEN}:
            fouten["regeling"] = tekst("verplicht", taal)
        if not invoer.get("periode"):
            fouten["periode"] = tekst("verplicht", taal)
        if fouten:
            return _formulier(request, taal, invoer, fouten, status=400)
        verzoek = {
            "situatie": situatie,
            "beslissing": {"regeling": invoer["regeling"], "periode": invoer["periode"], "bedrag": bedrag},
        }
        try:
            uitkomst = await buiten_de_lus(toets, verzoek, taal=taal)
        except Probleem as probleem:
            for fout in probleem.invalid_params or []:
                veld = _VELDEN.get(fout.name, "situatie")
                fouten.setdefault(veld, f"{fout.name}: {fout.reason}" if veld == "situatie" else fout.reason)
            fouten = fouten or {"situatie": probleem.detail}
            return _formulier(request, taal, invoer, fouten, status=400)
        return pagina(
            request,
            "toetsing_oordeel.html",
            taal,
            oordeel=uitkomst,
            # the caseworker's own reference, shown on the printed report (kept nowhere: the page is the report)
            dossier=invoer.get("dossier", "").strip()[:100],
            situatie_json=json.dumps(situatie, ensure_ascii=False),
            nu=datetime.datetime.now().astimezone().isoformat(timespec="minutes"),
        )

    @router.post("/toetsing/csv")
    async def csv(request: Request):
        formulier_ = await request.form()
        taal = taal_van(formulier_.get("taal"))
        bestand = formulier_.get("csv")
        fouten: dict[str, str] = {}
        if bestand is None or isinstance(bestand, str):
            fouten["csv"] = tekst("bestand_kies", taal)
        else:
            inhoud = await bestand.read(MAX_BESTAND_BYTES + 1)
            try:
                if len(inhoud) > MAX_BESTAND_BYTES:
                    raise ValueError
                uit = await buiten_de_lus(toets_csv, inhoud.decode("utf-8-sig"), taal)
            except (ValueError, Probleem) as fout:
                melding = tekst("csv_ongeldig", taal)
                if isinstance(fout, Probleem) and fout.invalid_params:
                    melding += " " + "; ".join(f"{p.name}: {p.reason}" for p in fout.invalid_params)
                fouten["csv"] = melding
            else:
                return Response(
                    uit.encode(),
                    media_type="text/csv; charset=utf-8",
                    headers={
                        "Content-Disposition": 'attachment; filename="oordelen.csv"',
                        "Cache-Control": "no-store",
                    },
                )
        return _formulier(request, taal, {}, fouten, status=400)

    return router


async def _situatie(formulier_, fouten: dict, taal: str):
    """The situation from the uploaded file, else from the text field; the answers file's own
    ``situatie`` when it is one."""
    tekst_ = str(formulier_.get("situatie_tekst") or "").strip()
    bestand = formulier_.get("situatie_bestand")
    if bestand is not None and not isinstance(bestand, str) and bestand.filename:
        inhoud = await bestand.read(MAX_BESTAND_BYTES + 1)
    elif tekst_:
        inhoud = tekst_.encode()
    else:
        fouten["situatie"] = tekst("situatie_nodig", taal)
        return None
    try:
        # the whole file checked before any of it is used (format, version, names, size)
        return lees_antwoordenbestand(inhoud)["situatie"]
    except OngeldigBestand as fout:
        fouten["situatie"] = tekst(fout.sleutel, taal)
        return None


def _formulier(request, taal: str, invoer: dict, fouten: dict, status: int = 200):
    regelingen = [(r.id, r.naam_in(None, taal)) for r in REGELINGEN]
    return pagina(
        request,
        "toetsing.html",
        taal,
        status=status,
        invoer=invoer,
        fouten=fouten,
        regelingen=regelingen,
        locale=locale(taal),
    )
