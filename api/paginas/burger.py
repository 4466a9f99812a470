"""The citizen check: server-rendered pages, Dutch by default, that work without JavaScript.

The flow keeps no state on the server and sets no cookie: every page carries the answers so far in a
hidden form field and posts them back (personal facts only in POST bodies, never in a URL). The steps:

1. the household (``/check``): dates of birth of the applicant, a partner, children and housemates;
2. the questions (``/check/vraag``), one topic per page (:data:`ONDERWERPEN`: the household's situation
   first, then money), asking only the facts ``vervolgvragen`` of ``POST /v1/aanspraken`` still lists.
   "Weet ik niet" is an answer: the fact stays unknown and is not asked again. Who knows only a bruto
   wage gives that instead of the income facts (the engine estimates them, ``situatie.VERVANGERS``);
3. "check your answers" (``/check/controle``), where each answer can be changed (``/check/wijzig``);
4. the result (``/check/uitkomst``) with the chart "what if I earn more?".

Every page has a "Vorige" (back) button that undoes the last step (``/check/terug``); with JavaScript
the browser's own back button works too (``static/check.js`` keeps each page in the browser's history).
The answers can be downloaded as a file (``/check/bestand``) and read in again (``/check/inlezen``): the
file's ``situatie`` is a request body of ``POST /v1/aanspraken``, so a caseworker can use it as is.
"""

from __future__ import annotations

import base64
import datetime
import json
import re
from dataclasses import dataclass, field
from typing import cast

import numpy
from babel.numbers import format_decimal
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from openfisca_core.indexed_enums import Enum
from openfisca_core.simulation_builder import SimulationBuilder
from starlette.datastructures import FormData

from openfisca_nl_sociaal import tax_benefit_system
from openfisca_nl_sociaal.antwoord.aanspraken import bereken_aanspraken, waarom
from openfisca_nl_sociaal.beleid.curven import bereken_curve, samenvatting, tabel
from openfisca_nl_sociaal.beleid.grafiek import teken
from openfisca_nl_sociaal.invoer.feiten import VERVANGERS, VRAGEN
from openfisca_nl_sociaal.invoer.problemen import Probleem
from openfisca_nl_sociaal.opmaak import euro, locale, procent
from openfisca_nl_sociaal.regelingen import REGELINGEN, Tekst
from openfisca_nl_sociaal.regels.geld import op_centen
from openfisca_nl_sociaal.regels.gemeenten import alle_gemeenten

from ..http import buiten_de_lus
from .formulier import (
    BESTANDSFORMAAT,
    BESTANDSVERSIES,
    MAX_BESTAND_BYTES,
    OngeldigBestand,
    formulierroute,
    lees_antwoordenbestand,
    lees_getal,
    pagina,
    taal_van,
)
from .teksten import tekst

MAX_KINDEREN = 12
MAX_MEDEBEWONERS = 6
WEET_NIET = "weet_niet"
#: The fact a citizen can give instead of the income facts it lets the engine estimate.
BRUTO = "bruto_loon"
#: The date the accessibility statement was drawn up and last reviewed (review it when the pages change much).
TOEGANKELIJKHEID_VERKLAARD = "2026-12-04"

#: The form field beside the monthly wage: whether holiday pay is in it ("met") or paid apart ("zonder").
VAKANTIEGELD = "vakantiegeld"
#: Yearly facts the page asks per month, as a person reads them on a statement (issue 18: a pensioner knows the
#: monthly pension): the page shows and reads the month, the situation holds 12 times it.
PER_MAAND_OP_DE_PAGINA = {"bruto_pensioen": "pensioen_vraag"}


def bruto_jaarloon(per_maand: float, met_vakantiegeld: bool, peildatum: str | None) -> float:
    """The yearly bruto wage, holiday pay included (what ``bruto_loon`` is), from the monthly wage on a payslip.

    Without holiday pay in the monthly amount, the year is 12 months plus the holiday pay the Wet minimumloon en
    minimumvakantiebijslag guarantees, 8% of the wage (art. 15 lid 1; the parameter of the peildatum): 12 x 1,08 =
    12,96 times the monthly wage. An employer may pay more; whoever knows the yearly amount can give the income
    itself. With the holiday pay paid every month, the year is 12 months. In cents, as the form reads amounts.
    """
    if met_vakantiegeld:
        return op_centen(12 * per_maand)
    datum = peildatum or datetime.date.today().isoformat()
    parameters = tax_benefit_system().parameters(datum).wet_minimumloon_en_minimumvakantiebijslag
    return op_centen(12 * per_maand * (1 + parameters.minimumvakantiebijslag))


@dataclass(frozen=True)
class Onderwerp:
    """A page of questions: the facts of one topic, asked together."""

    sleutel: str
    titel: Tekst
    feiten: tuple[str, ...]


#: The order of the pages: the household's situation first, then money (issue 6). A fact no topic names
#: comes last, under "other questions", so a new fact is still asked.
ONDERWERPEN: tuple[Onderwerp, ...] = (
    Onderwerp(
        "personen",
        Tekst("Over u en uw huisgenoten", "About you and the people you live with"),
        ("woont_in_nederland", "verzekerd_zvw", "aow_verzekerde_jaren", "studiefinanciering"),
    ),
    Onderwerp(
        "wonen",
        Tekst("Uw woning", "Your home"),
        ("gemeente", "zelfstandige_woonruimte", "kale_huur", "servicekosten", "inrichting"),
    ),
    Onderwerp(
        "kinderopvang",
        Tekst("Kinderopvang", "Childcare"),
        ("soort_kinderopvang", "werkt_of_studeert", "kinderopvang_uren", "kinderopvang_uurprijs"),
    ),
    Onderwerp(
        "inkomen",
        Tekst("Inkomen", "Income"),
        (
            "toetsingsinkomen",
            "netto_inkomen",
            BRUTO,
            "bruto_pensioen",
            "inkomsten_uit_arbeid",
            "maanden_laag_inkomen",
            "inkomenstoeslag_afgelopen_12_maanden",
        ),
    ),
    Onderwerp("vermogen", Tekst("Vermogen", "Assets"), ("vermogen", "vermogen_eigen_woning")),
    Onderwerp("belastingen", Tekst("Gemeentelijke belastingen", "Municipal taxes"), ("gemeentelijke_belastingen",)),
)
#: Facts asked only once no one's answer to the fact they follow is open: the parents' work, the hours
#: and the price matter only for childcare that gets allowance (Wet kinderopvang art. 1.5 and 1.6), so a
#: citizen who answers "no childcare" is not asked about them (the engine then no longer lists them).
VOLGT_OP = {
    "werkt_of_studeert": "soort_kinderopvang",
    "kinderopvang_uren": "soort_kinderopvang",
    "kinderopvang_uurprijs": "soort_kinderopvang",
}
OVERIG = Onderwerp("overig", Tekst("Overige vragen", "Other questions"), ())
_VOLGORDE = {feit: (n, m) for n, o in enumerate(ONDERWERPEN) for m, feit in enumerate(o.feiten)}


def _onderwerp(feit: str) -> Onderwerp:
    n = _VOLGORDE.get(feit, (len(ONDERWERPEN), 0))[0]
    return ONDERWERPEN[n] if n < len(ONDERWERPEN) else OVERIG


# -- the state the pages carry ---------------------------------------------------------------------------


class OngeldigeStaat(ValueError):
    """The posted answers are not what a page of this flow sends (tampered with, or from elsewhere)."""


@dataclass
class Staat:
    """The answers so far: the situation in the API's own form, the facts answered "weet ik niet", and
    the paths answered per step (so "Vorige" can undo the last step)."""

    situatie: dict
    weet_niet: list[str] = field(default_factory=list)
    stappen: list[list[str]] = field(default_factory=list)

    def als_json(self) -> str:
        return json.dumps(
            {"situatie": self.situatie, "weet_niet": self.weet_niet, "stappen": self.stappen}, ensure_ascii=False
        )

    @classmethod
    def lees(cls, tekst) -> Staat:
        try:
            gegevens = json.loads(tekst) if isinstance(tekst, str) else tekst
            situatie = gegevens["situatie"]
            weet_niet = [str(p) for p in gegevens.get("weet_niet", [])]
            stappen = [[str(p) for p in stap] for stap in gegevens.get("stappen", [])]
        except (ValueError, TypeError, KeyError, AttributeError) as fout:
            raise OngeldigeStaat(str(fout)) from fout
        if not isinstance(situatie, dict) or not isinstance(situatie.get("personen"), dict):
            raise OngeldigeStaat("situatie")
        return cls(situatie, weet_niet, stappen)

    def entiteit(self, pad: str) -> tuple[dict, str]:
        """The entity a path ``<plural>.<id>.<fact>`` points at, and the fact; checks the path exists."""
        delen = pad.split(".")
        if len(delen) != 3 or delen[0] not in ("personen", "huishoudens"):
            raise OngeldigeStaat(pad)
        meervoud, ident, feit = delen
        entiteit = self.situatie.get(meervoud, {}).get(ident)
        if not isinstance(entiteit, dict) or feit not in VRAGEN:
            raise OngeldigeStaat(pad)
        return entiteit, feit

    def waarde(self, pad: str):
        entiteit, feit = self.entiteit(pad)
        return entiteit.get(feit)

    def zet(self, pad: str, waarde) -> None:
        entiteit, feit = self.entiteit(pad)
        self.wis(pad)
        if waarde is WEET_NIET:
            self.weet_niet.append(pad)
        else:
            entiteit[feit] = waarde

    def wis(self, pad: str) -> None:
        entiteit, feit = self.entiteit(pad)
        entiteit.pop(feit, None)
        self.weet_niet = [p for p in self.weet_niet if p != pad]

    def beantwoord(self) -> list[str]:
        """Every path with an answer ("weet ik niet" included), in the order of the pages."""
        paden = [
            f"{meervoud}.{ident}.{feit}"
            for meervoud in ("personen", "huishoudens")
            for ident, feiten in self.situatie.get(meervoud, {}).items()
            for feit in feiten
            if feit in VRAGEN and feit != "geboortedatum"
        ]
        return sorted(set(paden) | set(self.weet_niet), key=self.sorteer)

    def sorteer(self, pad: str):
        meervoud, ident, feit = pad.split(".")
        personen = list(self.situatie.get("personen", {}))
        plek = personen.index(ident) if meervoud == "personen" and ident in personen else len(personen)
        return (*_VOLGORDE.get(feit, (len(ONDERWERPEN), 0)), plek)


# -- reading and writing values in the page's language ---------------------------------------------------


def _datum(waarde: str, vandaag: datetime.date) -> datetime.date | None:
    try:
        datum = datetime.date.fromisoformat(waarde.strip())
    except ValueError:
        return None
    return datum if datetime.date(1890, 1, 1) <= datum <= vandaag else None


def getal(waarde, taal: str) -> str:
    return format_decimal(waarde, locale=locale(taal))


def _lees(variabele, waarde: str, taal: str):
    """A form value as the fact's type; ``None`` when it is not one."""
    if variabele.value_type is bool:
        return {"ja": True, "nee": False}.get(waarde)
    if variabele.value_type is Enum:
        return waarde if waarde in variabele.possible_values.__members__ else None
    if variabele.name == "gemeente":
        # every municipality can be chosen (the CBS list); the engine says where it lacks a municipality's rules
        return waarde if waarde in alle_gemeenten() else None
    if variabele.value_type in (float, int):
        getal_ = lees_getal(waarde, taal)
        if getal_ is None or getal_ < 0:
            return None
        if variabele.value_type is int:
            return int(getal_) if getal_.is_integer() else None
        return getal_
    return None


def _toon(variabele, waarde, taal: str) -> str:
    """A fact's value in words, for the page."""
    if waarde is None:
        return tekst("weet_niet", taal)
    if variabele.value_type is bool:
        return tekst("ja" if waarde else "nee", taal)
    if variabele.name == "gemeente":
        return alle_gemeenten().get(waarde, waarde)
    if variabele.value_type is Enum:
        lid = variabele.possible_values.__members__.get(waarde)
        return _enum_tekst(lid, taal) if lid is not None else str(waarde)
    if getattr(variabele, "unit", None) == "currency-EUR":
        return euro(waarde, taal)
    return getal(waarde, taal)


def _invoerwaarde(variabele, waarde, taal: str) -> str:
    """A stored value as it goes back into a form field (for changing an answer)."""
    if waarde is None:
        return ""
    if variabele.value_type is bool:
        return "ja" if waarde else "nee"
    if variabele.value_type in (float, int):
        return format_decimal(waarde, locale=locale(taal), group_separator=False)
    return str(waarde)


def _enum_tekst(lid, taal: str) -> str:
    nl, _, en = lid.value.partition(" / ")
    return en if taal == "en" and en else nl


def _label(feit: str, taal: str) -> str:
    """A fact's short name: the Dutch or English half of its variable's label."""
    nl, _, en = tax_benefit_system().variables[feit].label.partition(" / ")
    return en if taal == "en" and en else nl


def _wie(meervoud: str, ident: str, taal: str) -> str:
    """Whom a question is about, in words."""
    if meervoud == "huishoudens":
        return tekst("het_huishouden", taal)
    if ident == "ik":
        return tekst("u", taal)
    if ident == "partner":
        return tekst("uw_partner", taal)
    for soort in ("kind", "medebewoner"):
        if ident.startswith(soort):
            return f"{tekst(soort, taal).lower()} {ident[len(soort) :]}"
    return ident


def _pad(vraag: dict) -> str:
    if "persoon" in vraag:
        return f"personen.{vraag['persoon']}.{vraag['gegeven']}"
    return f"huishoudens.{vraag['huishouden']}.{vraag['gegeven']}"


# -- pages -----------------------------------------------------------------------------------------------


def _fout(request: Request, taal: str, melding: str = "ongeldige_staat", status: int = 400) -> HTMLResponse:
    """The start page with what went wrong: a fault of the answers file at the file field (the error summary links
    to it, issue 18), any other as a message at the top."""
    if melding.startswith("bestand"):
        return pagina(request, "start.html", taal, status=status, fouten={"bestand": tekst(melding, taal)})
    return pagina(request, "start.html", taal, status=status, melding=tekst(melding, taal))


def _lees_staat(formulier: FormData) -> tuple[str, Staat | None]:
    """The page's language and the answers it carries (``None``: not what a page of this flow sends)."""
    taal = taal_van(formulier.get("taal"))
    try:
        return taal, Staat.lees(formulier.get("antwoorden", ""))
    except OngeldigeStaat:
        return taal, None


def _verwerk_huishouden_ingevuld(request: Request, formulier: FormData) -> Response:
    taal = taal_van(formulier.get("taal"))
    vorige = None
    if formulier.get("antwoorden"):
        try:
            vorige = Staat.lees(formulier.get("antwoorden"))
        except OngeldigeStaat:
            return _fout(request, taal)
    invoer = {k: str(v) for k, v in formulier.items() if k not in ("antwoorden", "actie")}
    actie = str(formulier.get("actie", ""))
    if actie:  # add or remove a child or housemate: the same page again, with what was filled in
        return _huishoudpagina(request, taal, vorige, invoer=_pas_rijen_aan(invoer, actie))
    if "kind_rijen" not in invoer and "medebewoner_rijen" not in invoer:
        # a form of before the add-another blocks, or a script: the fields it posts name the people
        for soort in ("kind", "medebewoner"):
            invoer[f"{soort}_rijen"] = " ".join(k for k in invoer if re.fullmatch(rf"{soort}[1-9][0-9]?", k))
    staat, fouten = _lees_huishouden(invoer, taal, vorige)
    if fouten:
        return _huishoudpagina(request, taal, vorige, fouten=fouten, invoer=invoer, status=400)
    assert staat is not None  # _lees_huishouden gives a staat whenever there are no errors
    return _volgende(request, staat, taal)


def _verwerk_vraag_beantwoord(request: Request, formulier: FormData) -> Response:
    taal = taal_van(formulier.get("taal"))
    try:
        staat = Staat.lees(formulier.get("antwoorden", ""))
        # the page's own text fields (starlette types a form value as str or file): a file fails below, as before
        gevraagd = cast("list[str]", list(formulier.getlist("gevraagd")))
        for pad in gevraagd + cast("list[str]", list(formulier.getlist("alternatief"))):
            staat.entiteit(pad)
    except OngeldigeStaat:
        return _fout(request, taal)
    if not gevraagd:  # the language switch: the same page in the other language
        return _volgende(request, staat, taal)
    wijzig = formulier.get("modus") == "wijzig"
    fouten, beantwoord = _lees_antwoorden(staat, formulier, gevraagd, taal)
    if fouten:
        invoer = {k: str(v) for k, v in formulier.items()}
        return _vraagpagina(request, staat, taal, gevraagd, fouten=fouten, invoer=invoer, wijzig=wijzig)
    if not wijzig:
        staat.stappen.append(beantwoord)
    return _volgende(request, staat, taal)


def _verwerk_terug(request: Request, formulier: FormData) -> Response:
    """ "Vorige": undo the last step and show its page again, filled in as it was."""
    taal, staat = _lees_staat(formulier)
    if staat is None:
        return _fout(request, taal)
    if formulier.get("modus") == "wijzig":  # leaving a change unmade: back to the overview
        return _controle(request, staat, taal)
    if not staat.stappen:
        return _huishoudpagina(request, taal, staat)
    stap = staat.stappen.pop()
    try:
        invoer = {pad: staat.waarde(pad) for pad in stap}
        weet_niet = [pad for pad in stap if pad in staat.weet_niet]
        for pad in stap:
            staat.wis(pad)
    except OngeldigeStaat:
        return _fout(request, taal)
    return _volgende(request, staat, taal, vorige_invoer=invoer, vorige_weet_niet=weet_niet)


def _verwerk_wijzig(request: Request, formulier: FormData) -> Response:
    taal, staat = _lees_staat(formulier)
    if staat is None:
        return _fout(request, taal)
    feit = str(formulier.get("wijzig", ""))
    if feit == "huishouden":
        return _huishoudpagina(request, taal, staat)
    paden = [pad for pad in staat.beantwoord() if pad.rsplit(".", 1)[1] == feit]
    if not paden:
        return _controle(request, staat, taal)
    invoer = {pad: staat.waarde(pad) for pad in paden}
    return _vraagpagina(
        request, staat, taal, paden, vorige_invoer=invoer, vorige_weet_niet=staat.weet_niet, wijzig=True
    )


def _verwerk_controle(request: Request, formulier: FormData) -> Response:
    taal, staat = _lees_staat(formulier)
    if staat is None:
        return _fout(request, taal)
    return _volgende(request, staat, taal)


def _verwerk_uitkomst(request: Request, formulier: FormData) -> Response:
    taal = taal_van(formulier.get("taal"))
    try:
        staat = Staat.lees(formulier.get("antwoorden", ""))
        antwoord = bereken_aanspraken(staat.situatie, taal=taal)
    except (OngeldigeStaat, Probleem):
        return _fout(request, taal)
    return _uitkomst(request, staat, antwoord, taal)


def _verwerk_bestand(request: Request, formulier: FormData) -> Response:
    """The answers as a file: to continue later, or to hand to a caseworker."""
    try:
        staat = Staat.lees(formulier.get("antwoorden", ""))
    except OngeldigeStaat:
        return _fout(request, taal_van(formulier.get("taal")))
    inhoud = {
        "formaat": BESTANDSFORMAAT,
        "versie": BESTANDSVERSIES[-1],
        "uitleg": "situatie: een verzoek voor POST /v1/aanspraken (a request body for POST /v1/aanspraken)",
        "situatie": staat.situatie,
        "weet_niet": staat.weet_niet,
        "stappen": staat.stappen,
    }
    naam = f"antwoorden-{staat.situatie.get('peildatum', 'check')}.json"
    return Response(
        json.dumps(inhoud, ensure_ascii=False, indent=2).encode(),
        media_type="application/json",
        headers={"Content-Disposition": f'attachment; filename="{naam}"', "Cache-Control": "no-store"},
    )


def maak_router() -> APIRouter:
    router = APIRouter(include_in_schema=False)

    @router.get("/", response_class=HTMLResponse)
    async def start(request: Request, taal: str | None = None):
        return pagina(request, "start.html", taal_van(taal))

    @router.get("/toegankelijkheid", response_class=HTMLResponse)
    async def toegankelijkheid(request: Request, taal: str | None = None):
        return pagina(
            request,
            "toegankelijkheid.html",
            taal_van(taal),
            verklaring_datum=TOEGANKELIJKHEID_VERKLAARD,
            # where problems are reported: the repository named in the package's metadata (pyproject.toml)
            meldpunt=f"{tax_benefit_system().get_package_metadata()['repository_url']}/issues",
        )

    @router.get("/check", response_class=HTMLResponse)
    async def huishouden(request: Request, taal: str | None = None):
        return _huishoudpagina(request, taal_van(taal), None)

    # The pages that answer a posted form: read on the event loop, computed in the thread pool.
    for pad, verwerk in (
        ("/check", _verwerk_huishouden_ingevuld),
        ("/check/vraag", _verwerk_vraag_beantwoord),
        ("/check/terug", _verwerk_terug),
        ("/check/wijzig", _verwerk_wijzig),
        ("/check/controle", _verwerk_controle),
        ("/check/uitkomst", _verwerk_uitkomst),
        ("/check/bestand", _verwerk_bestand),
    ):
        formulierroute(router, pad, verwerk)

    @router.get("/check/{stap}", include_in_schema=False)
    async def stap_zonder_antwoorden(stap: str):
        # The steps answer POSTs (the answers travel in the body); an address typed or bookmarked starts over.
        return RedirectResponse("/check", status_code=303)

    @router.post("/check/inlezen", response_class=HTMLResponse)
    async def inlezen(request: Request):
        """Continue with an answers file downloaded earlier (or any request body of POST /v1/aanspraken)."""
        formulier = await request.form()
        taal = taal_van(formulier.get("taal"))
        bestand = formulier.get("bestand")
        if bestand is None or isinstance(bestand, str):
            return _fout(request, taal, "bestand_kies")
        inhoud = await bestand.read(MAX_BESTAND_BYTES + 1)
        try:
            gegevens = lees_antwoordenbestand(inhoud)
        except OngeldigBestand as fout:
            return _fout(request, taal, fout.sleutel, status=fout.status)
        try:
            staat = Staat.lees(gegevens)
            for pad in staat.weet_niet + [p for stap in staat.stappen for p in stap]:
                staat.entiteit(pad)
            await buiten_de_lus(bereken_aanspraken, staat.situatie, taal=taal)
        except (ValueError, TypeError, OngeldigeStaat, Probleem):
            return _fout(request, taal, "bestand_ongeldig")
        return await buiten_de_lus(_volgende, request, staat, taal)

    return router


def _huishoudpagina(request, taal: str, staat: Staat | None, fouten=None, invoer=None, status: int = 200):
    if invoer is None:
        invoer = {}
        if staat is not None:  # back, or changing the household: the page as it was filled in
            for ident, persoon in staat.situatie.get("personen", {}).items():
                datum = _datum(str(persoon.get("geboortedatum", "")), datetime.date.today())
                if datum is not None:
                    invoer.update({f"{ident}-dag": str(datum.day), f"{ident}-maand": str(datum.month)})
                    invoer[f"{ident}-jaar"] = str(datum.year)
            invoer["heeft_partner"] = "ja" if "partner" in staat.situatie.get("personen", {}) else "nee"
            personen = list(staat.situatie.get("personen", {}))
            invoer["kind_rijen"] = " ".join(p for p in personen if p.startswith("kind"))
            invoer["medebewoner_rijen"] = " ".join(p for p in personen if p.startswith("medebewoner"))
    return pagina(
        request,
        "huishouden.html",
        taal,
        status=status,
        fouten=fouten or {},
        invoer=invoer,
        antwoorden=staat.als_json() if staat is not None else "",
        taal_actie="/check/wijzig",
        taal_extra={"wijzig": "huishouden"},
        kinderen=_rijen(invoer, "kind", MAX_KINDEREN),
        medebewoners=_rijen(invoer, "medebewoner", MAX_MEDEBEWONERS),
        max_kinderen=MAX_KINDEREN,
        max_medebewoners=MAX_MEDEBEWONERS,
    )


def _rijen(invoer: dict, soort: str, maximum: int) -> list[str]:
    """The children or housemates the page shows a block for (``kind1 kind3``: the ids it posted)."""
    gezien: list[str] = []
    for ident in str(invoer.get(f"{soort}_rijen", "")).split():
        if re.fullmatch(rf"{soort}[1-9][0-9]?", ident) and ident not in gezien:
            gezien.append(ident)
    return gezien[:maximum]


def _pas_rijen_aan(invoer: dict, actie: str) -> dict:
    """The add-another buttons: ``erbij:kind`` adds a block, ``weg:kind2`` removes that one (with its answers)."""
    soort_of_ident = actie.partition(":")[2]
    invoer = dict(invoer)
    if actie.startswith("erbij:") and soort_of_ident in ("kind", "medebewoner"):
        soort = soort_of_ident
        rijen = _rijen(invoer, soort, 99)
        nummers = [int(r.removeprefix(soort)) for r in rijen]
        rijen.append(f"{soort}{max(nummers, default=0) + 1}")
        invoer[f"{soort}_rijen"] = " ".join(rijen)
    elif actie.startswith("weg:"):
        soort = "kind" if soort_of_ident.startswith("kind") else "medebewoner"
        invoer[f"{soort}_rijen"] = " ".join(r for r in _rijen(invoer, soort, 99) if r != soort_of_ident)
        for deel in ("dag", "maand", "jaar"):
            invoer.pop(f"{soort_of_ident}-{deel}", None)
    return invoer


def _lees_geboortedatum(invoer: dict, veld: str, taal: str, vandaag: datetime.date) -> tuple[str | None, str | None]:
    """A date of birth from the three fields (or, from an older form or a script, one ISO value): the date, or
    the specific message of what is wrong with it (GOV.UK's date input messages)."""
    delen = [str(invoer.get(f"{veld}-{deel}", "")).strip() for deel in ("dag", "maand", "jaar")]
    if not any(delen):
        iso = str(invoer.get(veld, "")).strip()
        if not iso:
            return None, "datum_leeg"
        datum = _datum(iso, vandaag)
        return (datum.isoformat(), None) if datum else (None, "datum_bestaat_niet")
    if not all(delen):
        return None, "datum_onvolledig"
    if not all(deel.isdigit() and deel.isascii() for deel in delen) or len(delen[2]) != 4:
        return None, "datum_bestaat_niet"
    try:
        datum = datetime.date(int(delen[2]), int(delen[1]), int(delen[0]))
    except ValueError:
        return None, "datum_bestaat_niet"
    if datum > vandaag:
        return None, "datum_toekomst"
    if datum < datetime.date(1890, 1, 1):
        return None, "datum_bestaat_niet"
    return datum.isoformat(), None


def _lees_huishouden(invoer: dict, taal: str, vorige: Staat | None) -> tuple[Staat | None, dict]:
    """The household page's answers as a situation. Facts already given of a person who is still in the
    household are kept (changing a child's date of birth does not erase the answers about income)."""
    vandaag = datetime.date.today()
    fouten: dict[str, str] = {}
    datums: dict[str, str] = {}

    def lees_datum(veld: str, welke: str) -> None:
        """``welke``: the date named as the message needs it ("uw geboortedatum", "de geboortedatum van kind 2")."""
        datum, fout = _lees_geboortedatum(invoer, veld, taal, vandaag)
        if fout is not None:
            fouten[veld] = tekst(fout, taal).format(datum=welke, Datum=welke[:1].upper() + welke[1:])
        else:
            datums[veld] = cast(str, datum)

    lees_datum("ik", tekst("wie_ik", taal))
    if invoer.get("heeft_partner") == "ja":
        lees_datum("partner", tekst("wie_partner", taal))
    kinderen = _rijen(invoer, "kind", MAX_KINDEREN)
    medebewoners = _rijen(invoer, "medebewoner", MAX_MEDEBEWONERS)
    for soort, mensen in (("kind", kinderen), ("medebewoner", medebewoners)):
        for n, veld in enumerate(mensen, 1):
            lees_datum(veld, tekst("wie_ander", taal).format(wie=f"{tekst(soort, taal).lower()} {n}"))
    if fouten:
        return None, fouten
    oud = vorige.situatie if vorige is not None else {}
    personen = {
        ident: {**oud.get("personen", {}).get(ident, {}), "geboortedatum": datum} for ident, datum in datums.items()
    }
    woning: dict = next(iter(oud.get("huishoudens", {}).values()), {})
    woning = {k: v for k, v in woning.items() if k != "bewoners"}
    situatie = {
        "peildatum": oud.get("peildatum", vandaag.isoformat()),
        "personen": personen,
        "gezinnen": {
            "gezin": {
                "partners": [p for p in ("ik", "partner") if p in personen],
                "kinderen": [k for k in kinderen if k in personen],
            }
        },
        "huishoudens": {"woning": {"bewoners": list(personen), **woning}},
    }
    staat = Staat(situatie)
    if vorige is not None:  # keep what still applies to someone in the household
        staat.weet_niet = [p for p in vorige.weet_niet if _bestaat(staat, p)]
        stappen = ([p for p in stap if _bestaat(staat, p)] for stap in vorige.stappen)
        staat.stappen = [stap for stap in stappen if stap]
    return staat, fouten


def _bestaat(staat: Staat, pad: str) -> bool:
    try:
        staat.entiteit(pad)
    except OngeldigeStaat:
        return False
    return True


def _lees_antwoorden(staat: Staat, formulier, gevraagd: list[str], taal: str) -> tuple[dict, list[str]]:
    """Reads one page's answers into ``staat``; the errors per field, and the paths answered."""
    variabelen = tax_benefit_system().variables
    fouten: dict[str, str] = {}
    nieuw: dict[str, object] = {}
    for pad in gevraagd:
        meervoud, ident, feit = pad.split(".")
        waarde = str(formulier.get(pad, "")).strip()
        weet_niet = bool(formulier.get(f"{pad}.{WEET_NIET}")) or waarde == WEET_NIET
        bruto_pad = f"personen.{ident}.{BRUTO}"
        bruto = str(formulier.get(bruto_pad, "")).strip() if BRUTO in VERVANGERS.get(feit, ()) else ""
        if waarde and not weet_niet:
            gelezen = _lees(variabelen[feit], waarde, taal)
            if gelezen is None:
                fouten[pad] = tekst(_ongeldig(variabelen[feit]), taal)
            else:
                nieuw[pad] = op_centen(12 * gelezen) if feit in PER_MAAND_OP_DE_PAGINA else gelezen
        elif bruto:
            # Only the bruto wage is known: the engine estimates this fact from it (situatie.VERVANGERS). The page
            # asks it per month, as a payslip shows it, and converts it to the yearly wage the engine reads.
            maand = _lees(variabelen[BRUTO], bruto, taal)
            vakantiegeld = str(formulier.get(f"{bruto_pad}.{VAKANTIEGELD}", ""))
            if maand is None:
                fouten[bruto_pad] = tekst("ongeldig_bedrag", taal)
            elif vakantiegeld not in ("met", "zonder") and maand > 0:  # no wage: no holiday pay to ask about
                fouten[f"{bruto_pad}.{VAKANTIEGELD}"] = tekst("kies_vakantiegeld", taal)
            else:
                nieuw[bruto_pad] = bruto_jaarloon(maand, vakantiegeld == "met", staat.situatie.get("peildatum"))
        elif weet_niet:
            nieuw[pad] = WEET_NIET
        else:
            fouten[pad] = tekst("verplicht_of_weet_niet", taal)
    if fouten:
        return fouten, []
    for pad, nieuwe_waarde in nieuw.items():
        staat.zet(pad, nieuwe_waarde)
    # a fact the bruto wage now estimates is no longer "weet ik niet"
    for pad in [p for p in nieuw if p.endswith(f".{BRUTO}")]:
        ident = pad.split(".")[1]
        for feit, vervangers in VERVANGERS.items():
            if BRUTO in vervangers and f"personen.{ident}.{feit}" not in nieuw:
                staat.wis(f"personen.{ident}.{feit}")
    return {}, list(nieuw)


def _ongeldig(variabele) -> str:
    if getattr(variabele, "unit", None) == "currency-EUR":
        return "ongeldig_bedrag"
    if variabele.value_type in (float, int):
        return "ongeldig_getal"
    return "ongeldig"


def _volgende(request: Request, staat: Staat, taal: str, vorige_invoer=None, vorige_weet_niet=None):
    """The next page: the first topic with questions still open, else "check your answers"."""
    try:
        antwoord = bereken_aanspraken(staat.situatie, taal=taal)
    except Probleem:
        return _fout(request, taal)
    weet_niet = set(staat.weet_niet)
    open_ = [_pad(v) for v in antwoord["vervolgvragen"] if _pad(v) not in weet_niet]
    open_ = [p for p in open_ if not _wacht(p, open_)]
    if not open_:
        return _controle(request, staat, taal)
    eerste = min(open_, key=staat.sorteer)
    onderwerp = _onderwerp(eerste.rsplit(".", 1)[1])
    paden = sorted((p for p in open_ if _onderwerp(p.rsplit(".", 1)[1]) is onderwerp), key=staat.sorteer)
    return _vraagpagina(request, staat, taal, paden, vorige_invoer=vorige_invoer, vorige_weet_niet=vorige_weet_niet)


def _wacht(pad: str, open_: list[str]) -> bool:
    """Whether a question waits for the answer to the one it follows (``VOLGT_OP``)."""
    feit = pad.rsplit(".", 1)[1]
    return feit in VOLGT_OP and any(p.endswith(f".{VOLGT_OP[feit]}") for p in open_)


def _vraagpagina(
    request,
    staat: Staat,
    taal: str,
    paden: list[str],
    fouten=None,
    invoer=None,
    vorige_invoer=None,
    vorige_weet_niet=None,
    wijzig: bool = False,
):
    """One topic's questions: per fact a group, per person (or the home) a field."""
    variabelen = tax_benefit_system().variables
    if invoer is None:  # back or change: the fields as they were answered
        invoer = {}
        for pad, waarde in (vorige_invoer or {}).items():
            feit = pad.rsplit(".", 1)[1]
            if feit in PER_MAAND_OP_DE_PAGINA and waarde is not None:
                waarde = op_centen(waarde / 12)
            invoer[pad] = _invoerwaarde(variabelen[feit], waarde, taal)
        for pad in vorige_weet_niet or []:
            invoer[f"{pad}.{WEET_NIET}"] = "1"
    feiten: list[dict] = []
    alternatief: list[dict] = []
    for pad in paden:
        meervoud, ident, feit = pad.split(".")
        if not feiten or feiten[-1]["feit"] != feit:
            feiten.append(_feitgroep(variabelen[feit], taal))
        veld = {"pad": pad, "id": pad.replace(".", "-"), "wie": _wie(meervoud, ident, taal)}
        feiten[-1]["velden"].append(veld)
        bruto_pad = f"personen.{ident}.{BRUTO}"
        if (
            BRUTO in VERVANGERS.get(feit, ())
            and bruto_pad not in paden
            and bruto_pad not in (a["pad"] for a in alternatief)
        ):
            alternatief.append({"pad": bruto_pad, "id": bruto_pad.replace(".", "-"), "wie": veld["wie"]})
            if staat.waarde(bruto_pad) is not None and bruto_pad not in invoer:
                # back or change: the yearly wage as the month it equals, holiday pay included
                per_maand = op_centen(staat.waarde(bruto_pad) / 12)
                invoer[bruto_pad] = _invoerwaarde(variabelen[BRUTO], per_maand, taal)
                invoer[f"{bruto_pad}.{VAKANTIEGELD}"] = "met"
    onderwerp = _onderwerp(paden[0].rsplit(".", 1)[1])
    return pagina(
        request,
        "vraag.html",
        taal,
        status=400 if fouten else 200,
        titel=onderwerp.titel.in_taal(taal),
        feiten=feiten,
        alternatief=alternatief,
        antwoorden=staat.als_json(),
        fouten=fouten or {},
        invoer=invoer,
        wijzig=wijzig,
        taal_actie="/check/wijzig" if wijzig else "/check/vraag",
        taal_extra={"wijzig": paden[0].rsplit(".", 1)[1]} if wijzig else {},
    )


def _feitgroep(variabele, taal: str) -> dict:
    feit = variabele.name
    keuzes = None
    if feit == "gemeente":
        keuzes = list(alle_gemeenten().items())
    elif variabele.value_type is Enum:
        keuzes = [(lid.name, _enum_tekst(lid, taal)) for lid in variabele.possible_values]
    geld = getattr(variabele, "unit", None) == "currency-EUR"
    vraag = VRAGEN[feit].in_taal(taal) if feit in VRAGEN else _label(feit, taal)
    if feit in PER_MAAND_OP_DE_PAGINA:
        vraag = tekst(PER_MAAND_OP_DE_PAGINA[feit], taal)
    return {
        "feit": feit,
        "vraag": vraag,
        # a long list (every municipality) is a drop-down list, a short one radio buttons
        "soort": "ja_nee"
        if variabele.value_type is bool
        else "lijst"
        if keuzes and len(keuzes) > 12
        else "keuze"
        if keuzes
        else "getal",
        "keuzes": keuzes,
        "hint": tekst("bedrag_hint" if geld else "getal_hint", taal),
        "label": _label(feit, taal),
        "velden": [],
    }


def _controle(request: Request, staat: Staat, taal: str):
    """ "Check your answers": every answer, each with a button to change it."""
    variabelen = tax_benefit_system().variables
    personen = [
        {"wie": _wie("personen", ident, taal), "geboortedatum": persoon.get("geboortedatum")}
        for ident, persoon in staat.situatie.get("personen", {}).items()
    ]
    onderwerpen: list[dict] = []
    for pad in staat.beantwoord():
        meervoud, ident, feit = pad.split(".")
        onderwerp = _onderwerp(feit)
        if not onderwerpen or onderwerpen[-1]["sleutel"] != onderwerp.sleutel:
            onderwerpen.append({"sleutel": onderwerp.sleutel, "titel": onderwerp.titel.in_taal(taal), "rijen": []})
        waarde = None if pad in staat.weet_niet else staat.waarde(pad)
        onderwerpen[-1]["rijen"].append(
            {
                "feit": feit,
                "vraag": f"{_label(feit, taal)} ({_wie(meervoud, ident, taal)})",
                "waarde": _toon(variabelen[feit], waarde, taal),
            }
        )
    return pagina(
        request,
        "controle.html",
        taal,
        personen=personen,
        onderwerpen=onderwerpen,
        peildatum=staat.situatie.get("peildatum"),
        antwoorden=staat.als_json(),
        taal_actie="/check/controle",
    )


#: the result page's groups, in the order a person wants them (GOV.UK's "check benefits" pattern)
GROEPEN = ("recht", "onbekend", "geen_recht")


def _uitkomst(request: Request, staat: Staat, antwoord: dict, taal: str):
    eenheden = {regeling.id: regeling.eenheid for regeling in REGELINGEN}
    # the total per month counts only monthly amounts that are known; what comes once a year is named beside it,
    # and what is not known yet is named as left out
    totaal = sum(
        r["bedrag_per_maand"] or 0
        for r in antwoord["regelingen"]
        if r["status"] == "recht" and eenheden[r["id"]] == "maand"
    )
    per_jaar = [
        f"{r['naam']} {euro(r['bedrag_per_jaar'], taal)}"
        for r in antwoord["regelingen"]
        if r["status"] == "recht" and eenheden[r["id"]] == "jaar" and r["bedrag_per_jaar"]
    ]
    niet_meegeteld = [r["naam"] for r in antwoord["regelingen"] if r["status"] == "onbekend"]
    regelingen = []
    for r in antwoord["regelingen"]:
        ontbreekt = [
            f"{_label(g['gegeven'], taal)} ({_wie('personen' if 'persoon' in g else 'huishoudens', g.get('persoon', ''), taal)})"
            for g in r.get("ontbrekende_gegevens", [])
        ]
        eenheid = eenheden[r["id"]]
        regelingen.append(
            {
                **r,
                "ontbreekt": ontbreekt,
                "eenheid": eenheid,
                # why, as the API's summary says it (the outcome itself is the group's heading and the status)
                "waarom": waarom(r, taal),
                "bereik": _bereik(r, eenheid),
                "horizon": any(reden["voorwaarde"] == "rekenregels_beschikbaar" for reden in r["redenen"]),
            }
        )
    groepen = []
    for status in GROEPEN:
        leden = [r for r in regelingen if r["status"] == status]
        if status == "recht":  # the largest amount first; a pass (no amount) after the amounts
            leden.sort(key=lambda r: -(r["bedrag_per_maand"] if r["bedrag_per_maand"] is not None else -1))
        if leden:
            groepen.append({"status": status, "regelingen": leden})
    return pagina(
        request,
        "resultaat.html",
        taal,
        regelingen=regelingen,
        groepen=groepen,
        niet_meegeteld=niet_meegeteld,
        totaal=totaal,
        peildatum=antwoord["peildatum"],
        antwoorden=staat.als_json(),
        taal_actie="/check/uitkomst",
        grafiek=_grafiek(staat, taal),
        per_jaar=per_jaar,
    )


def _bereik(regeling: dict, eenheid: str) -> tuple[float, float] | None:
    """The bounds of an amount not known yet, in the scheme's unit, only where they say something: not "between
    € 0,00 and € 0,00" (issue 18)."""
    laag, hoog = (regeling.get(f"bedrag_per_{eenheid}_{kant}") for kant in ("min", "max"))
    if laag is None or hoog is None or hoog <= laag:
        return None
    return laag, hoog


def _wie_kan_werken(staat: Staat) -> list[str]:
    """The partners of the gezin below the AOW age on the peildatum (Algemene Ouderdomswet art. 7a, the engine's
    ``pensioendatum``), applicant first: for them a wage is the lever the chart varies; at the AOW age it is not."""
    personen = staat.situatie.get("personen", {})
    partners = [p for p in ("ik", "partner") if isinstance(personen.get(p, {}).get("geboortedatum"), str)]
    if not partners:
        return []
    tbs = tax_benefit_system()
    simulatie = SimulationBuilder().build_from_entities(
        tbs, {"personen": {p: {"geboortedatum": {"ETERNITY": personen[p]["geboortedatum"]}} for p in partners}}
    )
    peildatum = str(staat.situatie.get("peildatum", datetime.date.today().isoformat()))
    datums = simulatie.calculate("pensioendatum", peildatum[:7])  # a date for all time, asked in the month
    return [p for p, datum in zip(partners, datums, strict=True) if datum > numpy.datetime64(peildatum, "D")]


def _grafiek(staat: Staat, taal: str) -> dict | None:
    """The chart "what if I earn more?" as an image (an SVG in a ``data:`` address: no request to any host),
    with its text alternative and its figures as a table, for the applicant, or for the partner where only the
    partner is below the AOW age (issue 18: the chart varied a pensioner's wage). ``{"geen": …}`` with the reason
    when nobody in the gezin has a wage as the lever; ``None`` when the wage cannot be varied."""
    werkenden = _wie_kan_werken(staat)
    if not werkenden:
        return {"geen": tekst("grafiek_geen", taal)}
    persoon = werkenden[0]
    try:
        curve = bereken_curve(staat.situatie, persoon=persoon, taal=taal)
    except Probleem:
        return None
    svg, smal = teken(curve, taal), teken(curve, taal, smal=True)
    getoond = curve.getoond
    koppen = [tekst("grafiek_bruto", taal), tekst("grafiek_netto_werk", taal)]
    koppen += [curve.regelingen[r][0] for r in getoond]
    koppen += [tekst("grafiek_netto_huishouden", taal), tekst("grafiek_druk", taal)]
    rijen = []
    for rij in tabel(curve):
        druk = rij["marginale_druk"]
        rijen.append(
            [euro(rij["bruto_per_maand"], taal), euro(rij["netto_werk"], taal)]
            + [euro(rij["regelingen"][r], taal) for r in getoond]
            + [euro(rij["netto_huishouden"], taal), "" if druk is None else procent(druk)]
        )
    return {
        "titel": tekst("grafiek_titel" if persoon == "ik" else "grafiek_titel_partner", taal),
        "src": "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode(),
        "src_smal": "data:image/svg+xml;base64," + base64.b64encode(smal.encode()).decode(),
        "samenvatting": samenvatting(curve, taal),
        "koppen": koppen,
        "rijen": rijen,
    }
