"""The citizen check: server-rendered pages, Dutch by default, that work without JavaScript.

The flow keeps no state on the server and sets no cookie: every page carries the answers so far in a
hidden form field and posts them back (personal facts only in POST bodies, never in a URL). After the
household, the questions follow ``vervolgvragen`` of ``POST /v1/aanspraken``: one fact at a time, for
everyone it is needed of, and "weet ik niet" is an answer (the fact stays unknown and is not asked again).
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from openfisca_core.indexed_enums import Enum

from openfisca_nl_sociaal.aanspraken import bereken_aanspraken, tax_benefit_system
from openfisca_nl_sociaal.problemen import Probleem
from openfisca_nl_sociaal.vragen import VRAGEN

from .teksten import TEKSTEN, tekst

SJABLONEN = Jinja2Templates(directory=Path(__file__).parent / "templates")
MAX_KINDEREN = 6
MAX_MEDEBEWONERS = 3
WEET_NIET = "weet_niet"
#: the contract's names of the municipalities (CBS codes)
GEMEENTEN = {"GM0363": "Amsterdam", "GM0599": "Rotterdam", "GM0518": "'s-Gravenhage", "GM0344": "Utrecht"}


def _taal(waarde: str | None) -> str:
    return "en" if waarde == "en" else "nl"


def _pagina(request: Request, sjabloon: str, taal: str, status: int = 200, **context) -> HTMLResponse:
    teksten = {sleutel: t.in_taal(taal) for sleutel, t in TEKSTEN.items()}
    return SJABLONEN.TemplateResponse(request, sjabloon, {"taal": taal, "t": teksten, **context}, status_code=status)


def _datum(waarde: str, vandaag: datetime.date) -> datetime.date | None:
    try:
        datum = datetime.date.fromisoformat(waarde.strip())
    except ValueError:
        return None
    return datum if datetime.date(1890, 1, 1) <= datum <= vandaag else None


def maak_router() -> APIRouter:
    router = APIRouter(include_in_schema=False)

    @router.get("/", response_class=HTMLResponse)
    async def start(request: Request, taal: str | None = None):
        return _pagina(request, "start.html", _taal(taal))

    @router.get("/toegankelijkheid", response_class=HTMLResponse)
    async def toegankelijkheid(request: Request, taal: str | None = None):
        return _pagina(request, "toegankelijkheid.html", _taal(taal))

    @router.get("/check", response_class=HTMLResponse)
    async def huishouden(request: Request, taal: str | None = None):
        return _pagina(request, "huishouden.html", _taal(taal), fouten={}, invoer={}, **_huishouden_velden())

    @router.post("/check", response_class=HTMLResponse)
    async def huishouden_ingevuld(request: Request):
        formulier = await request.form()
        taal = _taal(formulier.get("taal"))
        vandaag = datetime.date.today()
        invoer = {k: str(v) for k, v in formulier.items()}
        fouten: dict[str, str] = {}
        personen: dict[str, dict] = {}
        ik = _datum(invoer.get("ik", ""), vandaag)
        if ik is None:
            fouten["ik"] = tekst("verplicht" if not invoer.get("ik") else "ongeldig", taal)
        else:
            personen["ik"] = {"geboortedatum": ik.isoformat()}
        partners = ["ik"]
        if invoer.get("heeft_partner") == "ja":
            partner = _datum(invoer.get("partner", ""), vandaag)
            if partner is None:
                fouten["partner"] = tekst("verplicht" if not invoer.get("partner") else "ongeldig", taal)
            else:
                personen["partner"] = {"geboortedatum": partner.isoformat()}
                partners.append("partner")
        kinderen, medebewoners = [], []
        for soort, aantal, lijst in (("kind", MAX_KINDEREN, kinderen), ("medebewoner", MAX_MEDEBEWONERS, medebewoners)):
            for n in range(1, aantal + 1):
                veld = f"{soort}{n}"
                if not invoer.get(veld, "").strip():
                    continue
                datum = _datum(invoer[veld], vandaag)
                if datum is None:
                    fouten[veld] = tekst("ongeldig", taal)
                else:
                    personen[veld] = {"geboortedatum": datum.isoformat()}
                    lijst.append(veld)
        if fouten:
            return _pagina(
                request, "huishouden.html", taal, status=400, fouten=fouten, invoer=invoer, **_huishouden_velden()
            )
        staat = {
            "situatie": {
                "peildatum": vandaag.isoformat(),
                "personen": personen,
                "gezinnen": {"gezin": {"partners": partners, "kinderen": kinderen}},
                "huishoudens": {"woning": {"bewoners": list(personen)}},
            },
            "weet_niet": [],
        }
        return _volgende(request, staat, taal)

    @router.post("/check/vraag", response_class=HTMLResponse)
    async def vraag_beantwoord(request: Request):
        formulier = await request.form()
        taal = _taal(formulier.get("taal"))
        try:
            staat = json.loads(formulier.get("antwoorden", ""))
            situatie = staat["situatie"]
            weet_niet = list(staat["weet_niet"])
        except (ValueError, TypeError, KeyError):
            return _pagina(request, "start.html", taal, status=400)
        fouten: dict[str, str] = {}
        variabelen = tax_benefit_system().variables
        for pad in formulier.getlist("gevraagd"):
            meervoud, ident, feit = pad.split(".", 2)
            waarde = str(formulier.get(pad, "")).strip()
            if formulier.get(f"{pad}.{WEET_NIET}") or waarde == WEET_NIET:
                weet_niet.append(pad)
                continue
            gelezen = _lees(variabelen[feit], waarde)
            if gelezen is None:
                fouten[pad] = tekst("verplicht" if not waarde else "ongeldig", taal)
                continue
            situatie[meervoud][ident][feit] = gelezen
        staat = {"situatie": situatie, "weet_niet": weet_niet}
        if fouten:
            return _volgende(request, staat, taal, fouten=fouten, invoer=dict(formulier), status=400)
        return _volgende(request, staat, taal)

    return router


def _huishouden_velden() -> dict:
    return {
        "kinderen": [f"kind{n}" for n in range(1, MAX_KINDEREN + 1)],
        "medebewoners": [f"medebewoner{n}" for n in range(1, MAX_MEDEBEWONERS + 1)],
    }


def _lees(variabele, waarde: str):
    """A form value as the fact's type; ``None`` when it is not one."""
    if variabele.value_type is bool:
        return {"ja": True, "nee": False}.get(waarde)
    if variabele.value_type is Enum:
        return waarde if waarde in variabele.possible_values.__members__ else None
    if variabele.value_type in (float, int):
        try:
            getal = float(waarde.replace(",", "."))
        except ValueError:
            return None
        if getal < 0:
            return None
        return int(getal) if variabele.value_type is int and getal.is_integer() else getal
    if variabele.value_type is str:
        return waarde or None
    return None


def _volgende(request: Request, staat: dict, taal: str, fouten=None, invoer=None, status: int = 200):
    """The next question (the fact that settles the most unknown schemes), or the result."""
    try:
        antwoord = bereken_aanspraken(staat["situatie"], taal=taal)
    except Probleem:
        return _pagina(request, "start.html", taal, status=400)
    weet_niet = set(staat["weet_niet"])
    vragen = [v for v in antwoord["vervolgvragen"] if _pad(v) not in weet_niet]
    antwoorden = json.dumps(staat, ensure_ascii=False)
    if not vragen:
        totaal = sum(r["bedrag_per_maand"] or 0 for r in antwoord["regelingen"] if r["status"] == "recht")
        return _pagina(
            request, "resultaat.html", taal, antwoord=antwoord, totaal=totaal, antwoorden=antwoorden, status=status
        )
    feit = vragen[0]["gegeven"]
    variabele = tax_benefit_system().variables[feit]
    velden = [
        {"pad": _pad(v), "wie": _wie(v, taal), "beslist_over": v["beslist_over"]}
        for v in vragen
        if v["gegeven"] == feit
    ]
    keuzes = None
    if feit == "gemeente":
        # The municipalities whose rules the engine holds (parameters/gemeenten/); another one is unknown.
        keuzes = [(code, GEMEENTEN.get(code, code)) for code in tax_benefit_system().parameters.gemeenten.children]
    elif variabele.value_type is Enum:
        keuzes = [(lid.name, lid.value.split(" / ")[1 if taal == "en" else 0]) for lid in variabele.possible_values]
    soort = "ja_nee" if variabele.value_type is bool else "keuze" if keuzes else "getal"
    return _pagina(
        request,
        "vraag.html",
        taal,
        status=status,
        vraag=VRAGEN[feit].in_taal(taal) if feit in VRAGEN else feit,
        velden=velden,
        soort=soort,
        keuzes=keuzes,
        antwoorden=antwoorden,
        fouten=fouten or {},
        invoer=invoer or {},
    )


def _pad(vraag: dict) -> str:
    if "persoon" in vraag:
        return f"personen.{vraag['persoon']}.{vraag['gegeven']}"
    return f"huishoudens.{vraag['huishouden']}.{vraag['gegeven']}"


def _wie(vraag: dict, taal: str) -> str:
    """Whom a question is about, in words."""
    if "huishouden" in vraag:
        return tekst("het_huishouden", taal)
    ident = vraag["persoon"]
    if ident == "ik":
        return tekst("u", taal)
    if ident == "partner":
        return tekst("uw_partner", taal)
    for soort in ("kind", "medebewoner"):
        if ident.startswith(soort):
            return f"{tekst(soort, taal)} {ident[len(soort) :]}"
    return ident
