"""The answer to "which schemes am I entitled to, and how much?" (``POST /v1/aanspraken``).

For each scheme the answer is decided from the conditions whose facts are all known:

- a condition that is known and fails makes the scheme ``geen_recht``, whatever else is unknown;
- otherwise a condition that reads an unknown fact makes it ``onbekend``, naming the missing facts;
- otherwise every condition holds and the amount decides: ``recht``.

Each condition declares the facts it reads (the catalogue, ``regelingen/``); a test checks those declarations against
what the formulas actually read, so an unknown fact can never be silently taken as zero.
"""

from __future__ import annotations

import contextlib
import datetime
import gc
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, cast

import numpy
from openfisca_core.periods import DateUnit

from openfisca_nl_sociaal import tax_benefit_system, versie
from openfisca_nl_sociaal.antwoord.bereik import Bereik, bereik
from openfisca_nl_sociaal.invoer.feiten import VRAGEN
from openfisca_nl_sociaal.invoer.problemen import Probleem
from openfisca_nl_sociaal.invoer.simulaties import Plaats, bouw_simulaties
from openfisca_nl_sociaal.invoer.situatie import KIND_ZONDER_INKOMEN_TOT, Situatie, lees_situatie
from openfisca_nl_sociaal.opmaak import datum, euro
from openfisca_nl_sociaal.regelingen import (
    AANVRAGER,
    HUISHOUDEN,
    KINDEREN,
    MEDEBEWONERS,
    PARTNERS,
    REGELINGEN,
    Regeling,
    Tekst,
    Voorwaarde,
)
from openfisca_nl_sociaal.regels.geld import bedrag_uit


def _plaatsen(situatie: Situatie, gezin: dict, huishouden_id: str) -> dict[str, list[tuple[str, str]]]:
    """Who is where for the catalogue's fact declarations: (plural entity key, id) per place."""
    leden = gezin.get("partners", []) + gezin.get("kinderen", [])
    return {
        PARTNERS: [("personen", p) for p in gezin.get("partners", [])],
        KINDEREN: [("personen", p) for p in gezin.get("kinderen", [])],
        MEDEBEWONERS: [
            ("personen", p) for p in situatie.openfisca["huishoudens"][huishouden_id]["bewoners"] if p not in leden
        ],
        HUISHOUDEN: [("huishoudens", huishouden_id)],
        AANVRAGER: [("personen", situatie.aanvrager)],
    }


def _ontbrekend(situatie: Situatie, regeling_feiten: dict[str, tuple[str, ...]], gezin: dict, huishouden_id: str):
    """The (where, id, fact) triples a set of facts needs in this gezin and that were not given."""
    plaatsen = _plaatsen(situatie, gezin, huishouden_id)
    ontbrekend = []
    for plaats, namen in regeling_feiten.items():
        for meervoud, ident in plaatsen[plaats]:
            for naam in namen:
                for vraag in situatie.te_vragen(meervoud, ident, naam):
                    if (meervoud, ident, vraag) not in ontbrekend:
                        ontbrekend.append((meervoud, ident, vraag))
    return ontbrekend


def _gegeven_json(meervoud: str, ident: str, naam: str) -> dict:
    sleutel = "persoon" if meervoud == "personen" else "huishouden"
    return {sleutel: ident, "gegeven": naam}


class _Waarden:
    """The arrays of one simulation, each variable computed once per month and read by every answer."""

    def __init__(self, simulatie):
        self.simulatie = simulatie
        self._berekend: dict[tuple[str, str], object] = {}

    def laat_los(self) -> None:
        """Drop the computed arrays one by one, this object's and the simulation's own."""
        while self._berekend:
            self._berekend.popitem()
        for naam in list(self.simulatie.get_memory_usage()["by_variable"]):
            self.simulatie.delete_arrays(naam)

    def __call__(self, naam: str, maand: str):
        sleutel = (naam, maand)
        if sleutel not in self._berekend:
            # a yearly variable (the joint assets on 1 January) is read for the year of the month
            jaarlijks = self.simulatie.tax_benefit_system.variables[naam].definition_period == DateUnit.YEAR
            self._berekend[sleutel] = self.simulatie.calculate(naam, maand[:4] if jaarlijks else maand)
        return self._berekend[sleutel]


@dataclass
class _Gezin:
    """One situation's aanvrager and gezin, and where its values are in the simulation's arrays."""

    situatie: Situatie
    waarden: _Waarden
    plaats: Plaats
    #: (shape of a situation, id of a fact declaration) -> missing facts, shared within one request
    #: (never across requests: the API keeps nothing)
    ontbrekend_per_vorm: dict = field(default_factory=dict)

    def __post_init__(self):
        self.gezin_id = self.situatie.gezin_van(self.situatie.aanvrager)
        self.gezin = self.situatie.openfisca["gezinnen"][self.gezin_id]
        self.huishouden_id = self.situatie.huishouden_van(self.situatie.aanvrager)
        self.index = self.plaats.index("gezinnen", self.situatie, self.gezin_id)
        self.maand = self.situatie.maand
        # Which facts are missing depends only on who is where and what was given, not on the values:
        # situations of one shape (a batch of similar households) share the answer.
        self.vorm = (
            self.situatie.aanvrager,
            tuple(self.gezin.get("partners", ())),
            tuple(self.gezin.get("kinderen", ())),
            tuple(self.situatie.openfisca["huishoudens"][self.huishouden_id]["bewoners"]),
            frozenset(self.situatie.gegeven),
        )

    def waarde(self, naam: str):
        """A gezin variable's value for this gezin at the peildatum's month."""
        return self.waarden(naam, self.maand)[self.index]

    def persoon(self, naam: str, persoon: str):
        return self.waarden(naam, self.maand)[self.plaats.index("personen", self.situatie, persoon)]

    def ontbrekend(self, feiten: dict[str, tuple[str, ...]]):
        sleutel = (self.vorm, id(feiten))
        gevonden = self.ontbrekend_per_vorm.get(sleutel)
        if gevonden is None:
            gevonden = self.ontbrekend_per_vorm[sleutel] = (
                feiten,  # kept so its id is never reused while the entry lives
                _ontbrekend(self.situatie, feiten, self.gezin, self.huishouden_id),
            )
        return list(gevonden[1])


@dataclass
class _Toets:
    """A scheme tested against one situation: each condition known or not, and the outcome."""

    #: per condition: the missing facts it reads, and whether it holds (``None``: not known)
    voorwaarden: list[tuple[Voorwaarde, list, bool | None]]
    ontbrekend: list
    niet_beschikbaar: bool
    status: str
    maand: float = 0.0
    jaar: float = 0.0
    #: set when the peildatum lies past the date up to which the scheme's rules are confirmed (its horizon)
    bekend_tot: datetime.date | None = None
    #: per condition not met that names its figures (``Voorwaarde.cijfers``): the gezin's amount and the limit
    cijfers: dict[str, tuple[float, float]] = field(default_factory=dict)


#: Why a scheme cannot answer for a date past its horizon; ``{datum}`` is the last date its rules are confirmed.
NA_HORIZON = Tekst(
    "De rekenregels van deze regeling zijn bekend tot en met {datum}. Voor een latere datum zijn ze nog niet "
    "bekendgemaakt of nog niet in de rekenregels opgenomen; de regels van een eerder jaar gelden dan niet zomaar.",
    "The rules of this scheme are known up to and including {datum}. For a later date they have not been "
    "published yet or are not yet in the engine; the rules of an earlier year do not simply apply.",
)


def _toets_alle(gezinnen: list[_Gezin], projecteer: bool = False) -> list[list[_Toets]]:
    """Every scheme tested against every situation, a condition at a time for all situations alike.

    Which facts are missing depends only on a situation's shape (``_Gezin.vorm``); situations of one shape
    in one simulation and month are tested together, each condition read as one array for all of them.
    """
    toetsen: list[list[_Toets | None]] = [[None] * len(REGELINGEN) for _ in gezinnen]
    groepen: dict[tuple, list[int]] = {}
    for i, gezin in enumerate(gezinnen):
        groepen.setdefault((id(gezin.waarden), gezin.maand, gezin.vorm), []).append(i)
    for leden in groepen.values():
        eerste = gezinnen[leden[0]]
        indices = numpy.array([gezinnen[i].index for i in leden])

        # each variable's array for the group taken once: the figures of a failed condition are read per member,
        # and taking the group's array per member cost n x n (a batch of 10,000 took about 1.5 s longer)
        groep_gelezen: dict[str, numpy.ndarray] = {}

        def lees(naam: str, eerste=eerste, indices=indices, gelezen=groep_gelezen):
            if naam not in gelezen:
                gelezen[naam] = eerste.waarden(naam, eerste.maand)[indices]
            return gelezen[naam]

        for r, regeling in enumerate(REGELINGEN):
            # Past the date up to which its rules are confirmed a scheme answers that it cannot say, never with
            # last year's rules (the horizon, declared beside the parameters). A policy variant may ``projecteer``:
            # compute with the newest known rules, its answer saying so.
            bekend_tot = regeling.bekend_tot()
            voorbij = [bekend_tot is not None and gezinnen[i].situatie.peildatum > bekend_tot for i in leden]
            uitgesloten = [False] * len(leden) if projecteer else voorbij
            for k, i in enumerate(leden):
                if uitgesloten[k]:
                    niet_getoetst: list[tuple[Voorwaarde, list, bool | None]] = [
                        (v, [], None) for v in regeling.voorwaarden
                    ]
                    toetsen[i][r] = _Toets(niet_getoetst, [], True, "onbekend", bekend_tot=bekend_tot)
            if all(uitgesloten):
                continue
            missen = [eerste.ontbrekend(v.feiten) for v in regeling.voorwaarden]
            voldaan = [
                None if mist else lees(v.variabele) > 0 for v, mist in zip(regeling.voorwaarden, missen, strict=True)
            ]
            ontbrekend: list = []
            for mist in missen:
                ontbrekend.extend(m for m in mist if m not in ontbrekend)
            mist_voor_beschikbaar = eerste.ontbrekend(regeling.beschikbaar_feiten)
            ontbrekend.extend(m for m in mist_voor_beschikbaar if m not in ontbrekend)
            aantal = len(leden)
            niet_beschikbaar = numpy.zeros(aantal, dtype=bool)
            if regeling.beschikbaar and not mist_voor_beschikbaar:
                niet_beschikbaar = ~lees(regeling.beschikbaar[0]).astype(bool)
            gefaald = numpy.zeros(aantal, dtype=bool)
            for bekend in voldaan:
                if bekend is not None:
                    gefaald |= ~bekend
            berekend = ~niet_beschikbaar & ~gefaald
            maanden = jaren = numpy.zeros(aantal)
            if not ontbrekend and berekend.any():
                maanden, jaren = lees(regeling.maandbedrag), lees(regeling.jaarbedrag)
            for k, i in enumerate(leden):
                if uitgesloten[k]:
                    continue
                voorwaarden = [
                    (v, mist, None if bekend is None else bool(bekend[k]))
                    for v, mist, bekend in zip(regeling.voorwaarden, missen, voldaan, strict=True)
                ]
                if niet_beschikbaar[k]:
                    toetsen[i][r] = _Toets(voorwaarden, [], True, "onbekend")
                elif gefaald[k]:
                    toetsen[i][r] = _Toets(voorwaarden, [], False, "geen_recht", cijfers=_cijfers(voorwaarden, lees, k))
                elif ontbrekend:
                    toetsen[i][r] = _Toets(voorwaarden, list(ontbrekend), False, "onbekend")
                else:
                    maand, jaar = float(maanden[k]), float(jaren[k])
                    status = "recht" if max(maand, jaar) > 0 else "geen_recht"
                    toetsen[i][r] = _Toets(voorwaarden, [], False, status, maand, jaar)
                gemaakt = toetsen[i][r]
                if voorbij[k] and gemaakt is not None:  # projected past the horizon: the answer says so
                    gemaakt.bekend_tot = bekend_tot
    # every slot is filled: the groups hold every gezin, and each scheme is tested for each member
    return cast("list[list[_Toets]]", toetsen)


def _cijfers(voorwaarden: list[tuple[Voorwaarde, list, bool | None]], lees, k: int) -> dict[str, tuple[float, float]]:
    """The amounts each condition that is not met compares (its ``cijfers``), for member ``k`` of the group."""
    return {
        v.id: (float(lees(v.cijfers.waarde)[k]), float(lees(v.cijfers.grens)[k]))
        for v, _, voldaan in voorwaarden
        if voldaan is False and v.cijfers is not None
    }


def _over_bereik(toets: _Toets, uitkomsten: list[_Toets], uitputtend: bool) -> tuple[_Toets, dict]:
    """Combine the outcomes over every tried value of the unknown facts (``bereik.py``).

    Returns the toets to report (decided where an exhaustive evaluation found one outcome) and the
    bounds of the amounts (empty where they are not reported).
    """
    statussen = {u.status for u in uitkomsten}
    bedragen = {(u.maand, u.jaar) if u.status == "recht" else (0.0, 0.0) for u in uitkomsten}
    if uitputtend and len(statussen) == 1 and len(bedragen) == 1 and "onbekend" not in statussen:
        # Every possible value was tried and all give the same answer: it does not depend on them.
        eerste = uitkomsten[0]
        voorwaarden: list[tuple[Voorwaarde, list, bool | None]] = [
            (voorwaarde, [], _zelfde([u.voorwaarden[i][2] for u in uitkomsten]))
            for i, (voorwaarde, _, _) in enumerate(toets.voorwaarden)
        ]
        return _Toets(voorwaarden, [], False, eerste.status, eerste.maand, eerste.jaar), {}
    maanden = [b[0] for b in bedragen]
    jaren = [b[1] for b in bedragen]
    return toets, {
        "bedrag_per_maand_min": bedrag_uit(min(maanden)),
        "bedrag_per_maand_max": bedrag_uit(max(maanden)),
        "bedrag_per_jaar_min": bedrag_uit(min(jaren)),
        "bedrag_per_jaar_max": bedrag_uit(max(jaren)),
    }


def _zelfde(waarden: list[bool | None]) -> bool | None:
    """A condition's outcome over every combination: known only where all agree."""
    return waarden[0] if len(set(waarden)) == 1 else None


def _toelichting(voorwaarde: Voorwaarde, voldaan: bool | None, cijfers: tuple[float, float] | None, taal: str) -> str:
    """The condition said as it is for this gezin: with the amounts compared where it is not met and names them."""
    if voldaan is False and cijfers is not None and voorwaarde.cijfers is not None:
        waarde, grens = (euro(bedrag, taal) for bedrag in cijfers)
        return voorwaarde.cijfers.niet.in_taal(taal).format(waarde=waarde, grens=grens)
    return voorwaarde.toelichting(voldaan).in_taal(taal)


def _beoordeel(regeling: Regeling, gezin: _Gezin, toets: _Toets, taal: str, beknopt: bool = False) -> dict:
    """A scheme's answer of the public contract (``beknopt``: without the texts, for the batch)."""
    situatie = gezin.situatie
    peildatum = situatie.peildatum.isoformat()
    redenen = []
    for voorwaarde, _, voldaan in toets.voorwaarden:
        reden: dict[str, Any] = {"voorwaarde": voorwaarde.id, "voldaan": None if toets.niet_beschikbaar else voldaan}
        if not beknopt:
            reden["uitleg"] = voorwaarde.uitleg.in_taal(taal)
            # an extension: the sentence that fits the outcome ("uitleg" states the condition as the law puts it)
            reden["toelichting"] = _toelichting(voorwaarde, reden["voldaan"], toets.cijfers.get(voorwaarde.id), taal)
            reden["grondslag"] = voorwaarde.grondslag.as_json(peildatum)
        redenen.append(reden)
    if toets.niet_beschikbaar:
        # The engine lacks the rules for this date: say so, never answer nil (nor judge its conditions).
        reden = {"voorwaarde": "rekenregels_beschikbaar", "voldaan": False}
        if not beknopt:
            if toets.bekend_tot is not None:
                reden["uitleg"] = NA_HORIZON.in_taal(taal).format(datum=datum(toets.bekend_tot.isoformat(), taal))
            else:
                assert regeling.beschikbaar is not None  # set from it otherwise (_toets_alle)
                reden["uitleg"] = regeling.beschikbaar[1].in_taal(taal)
            reden["toelichting"] = reden["uitleg"]
            reden["grondslag"] = redenen[-1]["grondslag"]
        redenen.insert(0, reden)

    aannames = [] if toets.niet_beschikbaar else _aannames(regeling, gezin, taal)
    if toets.status == "geen_recht":
        # a condition that does not read a presumed fact already decides: the presumptions change nothing
        falend = [v for v, _, voldaan in toets.voorwaarden if voldaan is False]
        aannames = [a for a in aannames if all(a["_leest"](v) for v in falend)]
    antwoord: dict[str, Any] = {"id": regeling.id}
    if not beknopt:
        antwoord["naam"] = regeling.naam_in(situatie.gemeente, taal)
    antwoord.update(
        status=toets.status,
        bedrag_per_maand=None,
        bedrag_per_jaar=None,
        basis=regeling.basis,
        redenen=redenen,
        ontbrekende_gegevens=[_gegeven_json(*m) for m in toets.ontbrekend],
        aannames=[{k: v for k, v in a.items() if k != "_leest" and not (beknopt and k == "uitleg")} for a in aannames],
    )
    if not beknopt:
        antwoord["grondslag"] = [g.as_json(peildatum) for g in regeling.grondslag]
        antwoord["aanvragen"] = {"instantie": regeling.instantie.in_taal(taal), "url": regeling.aanvraag_url}
    if toets.bekend_tot is not None:
        antwoord["rekenregels_bekend_tot"] = toets.bekend_tot.isoformat()
    if toets.status == "recht" and not regeling.niet_monetair:
        antwoord["bedrag_per_maand"] = bedrag_uit(toets.maand)
        antwoord["bedrag_per_jaar"] = bedrag_uit(toets.jaar)
        for veld, variabele in regeling.extra_bedragen.items():
            antwoord[veld] = bedrag_uit(gezin.waarde(variabele))
        if regeling.per_persoon:
            per_maand, per_jaar = regeling.per_persoon
            antwoord["per_persoon"] = {
                p: {
                    "bedrag_per_maand": bedrag_uit(gezin.persoon(per_maand, p)),
                    "bedrag_per_jaar": bedrag_uit(gezin.persoon(per_jaar, p)),
                }
                for p in gezin.gezin.get("partners", [])
                if gezin.persoon(per_maand, p) > 0
            }
    if not beknopt:
        antwoord["samenvatting"] = samenvatting(antwoord, taal)
    return antwoord


#: the plain-language first line of each scheme's answer (an extension of the contract: ``samenvatting``)
SAMENVATTING = {
    "recht": Tekst("{naam}: u heeft waarschijnlijk recht.", "{naam}: you are probably entitled."),
    "recht_bedrag": Tekst(
        "{naam}: u heeft waarschijnlijk recht, {bedrag} per maand.",
        "{naam}: you are probably entitled, {bedrag} a month.",
    ),
    "recht_bedrag_jaar": Tekst(
        "{naam}: u heeft waarschijnlijk recht, {bedrag} per jaar.",
        "{naam}: you are probably entitled, {bedrag} a year.",
    ),
    "geen_recht": Tekst("{naam}: geen recht. {waarom}", "{naam}: not entitled. {waarom}"),
    "onbekend": Tekst("{naam}: nog niet bekend. {waarom}", "{naam}: not known yet. {waarom}"),
    "nihil": Tekst("Het berekende bedrag is nihil.", "The computed amount is nil."),
    "ontbreekt": Tekst("Dat hangt af van gegevens die nog ontbreken.", "That depends on facts that are still missing."),
}


def samenvatting(antwoord: dict, taal: str) -> str:
    """One plain sentence (two at most) that says the outcome and why: for ``geen_recht`` the first condition that
    is not met, said as it is (never the condition as if it held); for ``onbekend`` why it cannot be said yet."""
    naam = antwoord["naam"]
    if antwoord["status"] == "recht":
        if antwoord["bedrag_per_maand"] is None:
            return SAMENVATTING["recht"].in_taal(taal).format(naam=naam)
        if _EENHEDEN[antwoord["id"]] == "jaar":  # what comes once a year is said per year (Regeling.eenheid)
            bedrag = euro(antwoord["bedrag_per_jaar"], taal)
            return SAMENVATTING["recht_bedrag_jaar"].in_taal(taal).format(naam=naam, bedrag=bedrag)
        bedrag = euro(antwoord["bedrag_per_maand"], taal)
        return SAMENVATTING["recht_bedrag"].in_taal(taal).format(naam=naam, bedrag=bedrag)
    return SAMENVATTING[antwoord["status"]].in_taal(taal).format(naam=naam, waarom=waarom(antwoord, taal))


def waarom(antwoord: dict, taal: str) -> str | None:
    """Why a scheme is not granted or not known yet, in one sentence (``None`` for ``recht``): for ``geen_recht``
    the first condition that is not met, said as it is, with its figures; for ``onbekend`` the missing rules or
    the missing facts. The summary and the citizen's page both say it this way."""
    redenen = antwoord["redenen"]
    if antwoord["status"] == "recht":
        return None
    if antwoord["status"] == "geen_recht":
        return next((r["toelichting"] for r in redenen if r["voldaan"] is False), SAMENVATTING["nihil"].in_taal(taal))
    regels = [r for r in redenen if r["voorwaarde"] == "rekenregels_beschikbaar"]
    return regels[0]["toelichting"] if regels else SAMENVATTING["ontbreekt"].in_taal(taal)


#: each scheme's unit ("maand" or "jaar"), gathered once
_EENHEDEN = {regeling.id: regeling.eenheid for regeling in REGELINGEN}

#: each scheme's refining facts, gathered once
_VERFIJNINGEN = {regeling.id: regeling.verfijningen() for regeling in REGELINGEN}


def _aannames(regeling: Regeling, gezin: _Gezin, taal: str):
    """The presumed normal cases the answer rests on: refining facts not given where they can matter."""
    aannames = []
    for verfijning in _VERFIJNINGEN[regeling.id]:
        if verfijning.van_belang and not bool(gezin.waarde(verfijning.van_belang)):
            continue
        for meervoud, ident, naam in gezin.ontbrekend({verfijning.plaats: (verfijning.feit,)}):
            aanname = _gegeven_json(meervoud, ident, naam)
            aanname["uitleg"] = verfijning.aanname.in_taal(taal)
            aanname["_leest"] = lambda voorwaarde, verfijning=verfijning: verfijning in voorwaarde.verfijningen
            aannames.append(aanname)
    # the facts the engine presumed for a young child (invoer.situatie.VERMOED_BIJ_JONG_KIND) where the scheme
    # reads them
    plaatsen = _plaatsen(gezin.situatie, gezin.gezin, gezin.huishouden_id)
    for plaats, namen in regeling.feiten().items():
        for meervoud, ident in plaatsen[plaats]:
            for naam in namen:
                if (meervoud, ident, naam) in gezin.situatie.vermoed:
                    aanname = _gegeven_json(meervoud, ident, naam)
                    aanname["uitleg"] = GEEN_INKOMEN_JONG_KIND.in_taal(taal).format(leeftijd=KIND_ZONDER_INKOMEN_TOT)
                    aanname["_leest"] = lambda voorwaarde, plaats=plaats, naam=naam: (
                        naam in voorwaarde.feiten.get(plaats, ())
                    )
                    aannames.append(aanname)
    return aannames


#: What the answer says of a presumed child's income (``invoer.situatie.KIND_ZONDER_INKOMEN_TOT``).
GEEN_INKOMEN_JONG_KIND = Tekst(
    "Aangenomen: een kind jonger dan {leeftijd} jaar heeft geen eigen inkomen (een kind onder de {leeftijd} mag "
    "niet werken, Arbeidstijdenwet art. 3:1 en 3:2). Heeft het wel inkomen, geef het dan op.",
    "Presumed: a child under {leeftijd} has no income of its own (a child under {leeftijd} may not work, Working "
    "Hours Act art. 3:1 and 3:2). If it does have an income, give it.",
)


def _vervolgvragen(onbekend_per_regeling: dict[str, list], taal: str, beknopt: bool = False) -> list[dict]:
    """Missing facts, the one that settles the most unknown schemes first."""
    beslist_over: dict[tuple, list[str]] = {}
    for regeling_id, ontbrekend in onbekend_per_regeling.items():
        for feit in ontbrekend:
            beslist_over.setdefault(feit, []).append(regeling_id)
    volgorde = Counter({feit: len(ids) for feit, ids in beslist_over.items()})
    vragen = []
    for (meervoud, ident, naam), _ in sorted(
        volgorde.items(), key=lambda item: (-item[1], list(beslist_over).index(item[0]))
    ):
        vraag = _gegeven_json(meervoud, ident, naam)
        if not beknopt:
            vraag["vraag"] = VRAGEN[naam].in_taal(taal) if naam in VRAGEN else naam
        vraag["beslist_over"] = beslist_over[(meervoud, ident, naam)]
        vragen.append(vraag)
    return vragen


#: The most persons (with the variants tried for unknown facts) in one simulation of a batch: the
#: simulation's arrays stay small enough for the processor's caches and the memory stays bounded.
PERSONEN_PER_SIMULATIE = 50_000


def _bouw(situaties: list[Situatie], tbs=None) -> list[_Gezin]:
    """Each situation's gezin in as few simulations as the arrays allow, in runs of bounded size."""
    if tbs is None:
        tbs = tax_benefit_system()
    gezinnen: list[_Gezin | None] = [None] * len(situaties)
    per_vorm: dict = {}
    for deel in _delen(situaties):
        for blok in bouw_simulaties([situaties[i] for i in deel], tbs):
            waarden = _Waarden(blok.simulatie)
            for j, plaats in zip(blok.situaties, blok.plaatsen, strict=True):
                gezinnen[deel[j]] = _Gezin(situaties[deel[j]], waarden, plaats, per_vorm)
    # every slot is filled: the runs cover every situation, and each run's blocks every one of the run
    return cast("list[_Gezin]", gezinnen)


def _beantwoord(situaties: list[Situatie], taal: str, beknopt: bool, tbs=None, projecteer: bool = False) -> list[dict]:
    """The answers for validated situations.

    First every situation is computed, all in one simulation. Then, for each scheme that is
    ``onbekend``, the values its unknown facts can take (``bereik.py``) are tried, all variants of all
    situations together in a second simulation. ``tbs``: the tax-benefit system (default: today's rules).
    """
    if tbs is None:
        tbs = tax_benefit_system()
    gezinnen = _bouw(situaties, tbs)
    toetsen = _toets_alle(gezinnen, projecteer)

    bereiken: dict[tuple[int, int], tuple[Bereik, int]] = {}
    varianten: list[Situatie] = []
    for i, gezin in enumerate(gezinnen):
        for r, toets in enumerate(toetsen[i]):
            if toets.status == "onbekend" and not toets.niet_beschikbaar:
                gevonden = bereik(gezin.situatie, toets.ontbrekend, tbs)
                if gevonden is not None:
                    bereiken[i, r] = (gevonden, len(varianten))
                    varianten.extend(gevonden.varianten)
    variant_gezinnen = _bouw(varianten, tbs) if varianten else []
    variant_toetsen = _toets_alle(variant_gezinnen, projecteer)

    antwoorden = []
    for i, gezin in enumerate(gezinnen):
        regelingen, onbekend = [], {}
        for r, regeling in enumerate(REGELINGEN):
            toets, gezin_voor_antwoord = toetsen[i][r], gezin
            grenzen: dict[str, Any] = {}
            if (i, r) in bereiken:
                gevonden, begin = bereiken[i, r]
                einde = begin + len(gevonden.varianten)
                geprobeerd = variant_gezinnen[begin:einde]
                toets, grenzen = _over_bereik(toets, [t[r] for t in variant_toetsen[begin:einde]], gevonden.uitputtend)
                if toets.status != "onbekend":
                    gezin_voor_antwoord = geprobeerd[0]
                elif regeling.niet_monetair:
                    grenzen = {}
            antwoord = _beoordeel(regeling, gezin_voor_antwoord, toets, taal, beknopt)
            antwoord.update(grenzen)
            regelingen.append(antwoord)
            if antwoord["status"] == "onbekend":
                onbekend[regeling.id] = toets.ontbrekend
        antwoord = {"peildatum": gezin.situatie.peildatum.isoformat(), "versie": versie()}
        if beknopt:
            del antwoord["versie"]  # the batch gives it once
        antwoord["regelingen"] = regelingen
        antwoord["vervolgvragen"] = _vervolgvragen(onbekend, taal, beknopt)
        antwoorden.append(antwoord)
    # 10,000 gezinnen with their situations freed at once are one long call; one by one, a server's other
    # requests get the interpreter in between (api/http.py).
    # What a batch of 10,000 leaves behind, freed in one go on return, holds the interpreter for a tenth of a
    # second: freed step by step, a server's other requests get it in between.
    _laat_los(gezinnen)
    _laat_los(variant_gezinnen)
    for lijst in (toetsen, variant_toetsen, varianten):
        ruim_op(lijst)
    while bereiken:
        bereiken.popitem()
    return antwoorden


def _laat_los(gezinnen: list[_Gezin]) -> None:
    """Free the gezinnen and their simulations in small steps (their arrays variable by variable)."""
    simulaties = {id(g.waarden.simulatie): g.waarden for g in gezinnen}
    ruim_op(gezinnen)
    for waarden in simulaties.values():
        waarden.laat_los()


def _delen(situaties: list[Situatie]) -> list[list[int]]:
    """Consecutive runs of situations of at most ``PERSONEN_PER_SIMULATIE`` persons together."""
    delen: list[list[int]] = []
    huidig: list[int] = []
    personen = 0
    for i, situatie in enumerate(situaties):
        aantal = len(situatie.openfisca["personen"])
        if huidig and personen + aantal > PERSONEN_PER_SIMULATIE:
            delen.append(huidig)
            huidig, personen = [], 0
        huidig.append(i)
        personen += aantal
    if huidig:
        delen.append(huidig)
    return delen


def bereken_aanspraken(verzoek, taal: str = "nl", vandaag: datetime.date | None = None, tbs=None) -> dict:
    """The answer of the public contract for one situation; raises ``Probleem`` for bad input.

    ``tbs``: the tax-benefit system to compute with (a reform of today's, ``beleid/varianten.py``); default today's.
    """
    if tbs is None:
        tbs = tax_benefit_system()
    situatie = lees_situatie(verzoek, tbs, vandaag=vandaag)
    return _beantwoord([situatie], taal, beknopt=False, tbs=tbs)[0]


def bereken_batch(
    verzoeken: list, taal: str = "nl", vandaag: datetime.date | None = None, tbs=None, projecteer: bool = False
) -> list[dict]:
    """The answers for many situations at once (``POST /v1/aanspraken/batch``).

    Each answer is the contract's answer without the texts that are the same for every situation
    (``beknopt``); a situation with bad input gets its problem in place of an answer, the others are
    still answered. ``tbs``: the tax-benefit system to compute with (default: today's rules).
    """
    with zonder_opruimen():
        return _bereken_batch(verzoeken, taal, vandaag, tbs, projecteer)


def ruim_op(lijst: list) -> None:
    """Empty a long list one element at a time: freeing 10,000 nested answers at once holds the interpreter lock
    for a tenth of a second, and a server's other requests wait that long."""
    while lijst:
        lijst.pop()


@contextlib.contextmanager
def zonder_opruimen():
    """Python's cyclic garbage collector paused while a batch is computed (the API keeps it paused until the
    answer is written and freed).

    A batch makes hundreds of thousands of small objects that live until its answer is sent; each
    automatic collection walks all of them again, which made a batch of 10,000 situations take twice
    as long. Nothing here forms reference cycles, so the memory is freed as usual when the answer is
    gone; the collector is resumed afterwards, also after an error.
    """
    was_aan = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_aan:
            gc.enable()


def _bereken_batch(
    verzoeken: list, taal: str, vandaag: datetime.date | None, tbs=None, projecteer: bool = False
) -> list[dict]:
    if tbs is None:
        tbs = tax_benefit_system()
    situaties, problemen = [], {}
    for i, verzoek in enumerate(verzoeken):
        try:
            situaties.append(lees_situatie(verzoek, tbs, vandaag=vandaag))
        except Probleem as probleem:
            problemen[i] = probleem
    antwoorden = iter(_beantwoord(situaties, taal, beknopt=True, tbs=tbs, projecteer=projecteer))
    ruim_op(situaties)
    return [
        {"probleem": _met_pad(problemen[i], f"situaties.{i}")} if i in problemen else next(antwoorden)
        for i in range(len(verzoeken))
    ]


def _met_pad(probleem: Probleem, voorvoegsel: str) -> dict:
    """A situation's problem, its fields named by their path in the batch request."""
    body = probleem.as_json()
    for param in body.get("invalidParams", []):
        param["name"] = f"{voorvoegsel}.{param['name']}" if param["name"] else voorvoegsel
    return body
