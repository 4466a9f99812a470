"""The computation explained as a tree (``POST /v1/uitleg``): why this amount, why this condition.

For a caseworker validating a decision and a citizen asking why. For each scheme explained the answer
holds a tree per condition and one for the monthly amount; each node is a variable with its value for
the aanvrager's gezin, the articles it implements (its ``reference``), the parameter values its formula
read (with the date each value took effect and its reference) and the nodes it depends on.

The dependencies are not reconstructed here: openfisca-core's own tracer records them
(``simulation.trace = True``; its ``FullTracer`` keeps a tree of calculations and the parameter
values each formula read). The only addition is that a *scale* read (``tarief.calc(…)``) is recorded
too: core's tracing parameter node records single values only.

Reading rules of the answer:

- within one scheme each ``variable@period`` is shown in full once; a later occurrence is
  ``{"zie": "variable@period"}``;
- an input fact is a leaf with ``gegeven``: ``false`` means the citizen did not give it; its value is
  then ``null`` (never the default the engine computed with), except for a refining fact whose normal
  case the law presumes (``aanname`` says what was presumed);
- ``gegevens_compleet`` is ``false`` on a computed node whose value rests on a fact that was not given.
"""

from __future__ import annotations

import datetime
import math
import re
from dataclasses import dataclass, field
from typing import Any

import numpy
from openfisca_core.indexed_enums import EnumArray
from openfisca_core.parameters import Parameter, ParameterScale
from openfisca_core.periods import DateUnit
from openfisca_core.periods import period as maak_periode
from openfisca_core.taxbenefitsystems import TaxBenefitSystem
from openfisca_core.taxscales import TaxScaleLike
from openfisca_core.tracers import TracingParameterNodeAtInstant

from openfisca_nl_sociaal import tax_benefit_system, versie
from openfisca_nl_sociaal.antwoord.aanspraken import NA_HORIZON
from openfisca_nl_sociaal.invoer.feiten import VERFIJNENDE_FEITEN
from openfisca_nl_sociaal.invoer.problemen import InvalidParam, Probleem, ongeldige_invoer
from openfisca_nl_sociaal.invoer.simulaties import bouw_simulatie
from openfisca_nl_sociaal.invoer.situatie import ENTITEITEN, Situatie, feiten_per_entiteit, lees_situatie
from openfisca_nl_sociaal.opmaak import datum
from openfisca_nl_sociaal.regelingen import (
    AANVRAGER,
    KINDEREN,
    MEDEBEWONERS,
    PARTNERS,
    REGELINGEN,
    Regeling,
    Tekst,
    Verfijning,
)
from openfisca_nl_sociaal.regels import wetten
from openfisca_nl_sociaal.regels.geld import MoneyVariable

#: The scheme ids that ``regeling`` may name.
REGELING_IDS: tuple[str, ...] = tuple(regeling.id for regeling in REGELINGEN)

#: The condition a municipal or yearly table adds: the engine has the rules for the date.
_REGELS_BEKEND = Tekst(
    "De rekenregels voor deze regeling (van deze gemeente, of van dit jaar) zijn in de rekenregels opgenomen.",
    "The rules for this scheme (of this municipality, or of this year) are in the engine.",
)
#: Said beside the tree of a scheme whose rules are not confirmed for the peildatum.
_ALLEEN_ILLUSTRATIE = Tekst(
    "De berekening hieronder gebruikt de nieuwste bekende regels; ze is daarom geen antwoord voor deze datum.",
    "The computation below uses the newest known rules; it is therefore no answer for this date.",
)
#: A refining fact that was not given, where the scheme does not say what it presumes.
_AANNAME = Tekst(
    "Niet opgegeven: de wet gaat uit van het gewone geval, en dat is aangenomen.",
    "Not given: the law presumes the normal case, and that was presumed.",
)
#: A scale's bracket in Dutch: from ``drempel`` on, the ``tarief`` (a rate) or the ``waarde`` (an amount or share).
_SCHIJF = {
    "threshold": "drempel",
    "rate": "tarief",
    "amount": "waarde",
    "average_rate": "gemiddeld_tarief",
    "base": "basis",
}


class _SpoorMetSchalen(TracingParameterNodeAtInstant):
    """openfisca-core's tracing parameter node, recording a scale read as well (core records values only)."""

    def get_traced_child(self, child, key):
        if isinstance(child, TaxScaleLike):
            knoop = self.parameter_node_at_instant
            naam = f"{knoop._name}.{key}" if isinstance(key, str) else knoop._name
            self.tracer.record_parameter_access(naam.lstrip("."), knoop._instant_str, child)
            return child
        gevolgd = super().get_traced_child(child, key)
        if isinstance(gevolgd, TracingParameterNodeAtInstant):
            return _SpoorMetSchalen(gevolgd.parameter_node_at_instant, self.tracer)
        return gevolgd


def in_taal(tekst, taal: str) -> str:
    """The Dutch or English half of a ``"Dutch / English"`` label (the whole text when it has no halves)."""
    if not isinstance(tekst, str):
        return ""
    nl, scheiding, en = tekst.partition(" / ")
    return (en if taal == "en" else nl).strip() if scheiding else tekst


def _als_json(waarde):
    """One value of a variable or parameter as JSON: dates ISO, numbers exact (float32 as it was stored)."""
    if isinstance(waarde, numpy.generic):
        if isinstance(waarde, numpy.datetime64):
            return str(numpy.datetime_as_string(waarde, unit="D"))
        if isinstance(waarde, numpy.floating):
            getal = float(str(waarde)) if waarde.dtype != numpy.float64 else float(waarde)
            return getal if math.isfinite(getal) else None
        waarde = waarde.item()
    if isinstance(waarde, bytes):  # openfisca-core stores a str variable as bytes
        return waarde.decode("utf-8")
    if isinstance(waarde, float) and not math.isfinite(waarde):
        return None
    if isinstance(waarde, (datetime.date, datetime.datetime)):
        return waarde.isoformat()[:10]
    if isinstance(waarde, numpy.ndarray):
        return [_als_json(w) for w in waarde]
    return waarde


def _per_datum(waarde, instant: str):
    """A metadata value keyed by dates: the entry in force at ``instant``; any other value as it is."""
    if isinstance(waarde, dict) and waarde and all(_is_datum(k) for k in waarde):
        geldig = sorted((str(k), v) for k, v in waarde.items() if str(k) <= instant)
        return geldig[-1][1] if geldig else None
    return waarde


def _is_datum(sleutel) -> bool:
    return isinstance(sleutel, datetime.date) or bool(re.match(r"^\d{4}-\d{2}-\d{2}$", str(sleutel)))


def _referenties(referentie, peildatum: str, taal: str) -> list[dict]:
    """Reference metadata (``{title, href}`` entries, addresses or texts) as a list of ``{titel, url}``."""
    if referentie is None:
        return []
    if not isinstance(referentie, list):
        referentie = [referentie]
    uit = []
    for item in referentie:
        if isinstance(item, dict):
            url = item.get("href")
            url = wetten.niet_na(url, peildatum) if isinstance(url, str) else url
            titel = item.get("title") or (wetten.verwijzing(url, peildatum, taal)["titel"] if url else None)
            uit.append({"titel": titel, "url": url})
        elif isinstance(item, str):
            uit.append(wetten.verwijzing(item, peildatum, taal))
    return uit


def _in_kracht(parameter: Parameter, instant: str):
    """The value of a parameter in force at ``instant`` (core's ``values_list`` runs newest first)."""
    return next((at for at in parameter.values_list if at.instant_str <= instant), None)


#: the unit of an amount in euros, as OpenFisca's parameter metadata writes it
EURO = "currency-EUR"


@dataclass
class _Boom:
    """Renders the traced calculations of one scheme: every ``variable@period`` in full once."""

    situatie: Situatie
    tbs: TaxBenefitSystem
    taal: str
    #: (name, period) -> the trace node that ran the formula (the first call; later calls hit the cache)
    spoor: dict
    gezin_id: str
    huishouden_id: str
    #: persons shown for a computed persoon variable
    personen: list[str]
    #: persons shown for a persoon fact, where the scheme declares who it is read of
    personen_per_feit: dict[str, list[str]]
    verfijningen: dict[str, Verfijning]
    feiten: dict
    gezien: set = field(default_factory=set)
    _onvolledig: dict = field(default_factory=dict)
    _gegeven: dict = field(default_factory=dict)

    @property
    def peildatum(self) -> str:
        return self.situatie.peildatum.isoformat()

    def knoop(self, sleutel: tuple[str, str]) -> dict:
        naam, periode = sleutel
        if sleutel in self.gezien:
            return {"zie": f"{naam}@{periode}"}
        self.gezien.add(sleutel)
        spoor = self.spoor[sleutel]
        variabele = self.tbs.variables[naam]
        entiteit = variabele.entity.key
        feit = naam in self.feiten[entiteit]
        referenties = variabele.reference if isinstance(variabele.reference, list) else [variabele.reference]
        knoop = {
            "variabele": naam,
            "label": in_taal(variabele.label, self.taal),
            "entiteit": entiteit,
            "periode": periode,
            "waarde": self._waarde(naam, entiteit, spoor, feit),
            "grondslag": [wetten.verwijzing(r, self.peildatum, self.taal) for r in referenties if r],
        }
        if isinstance(variabele, MoneyVariable):
            knoop["eenheid"] = EURO  # as the parameters name it, so a reader can write the amount as one
        if feit:
            knoop["gegeven"] = self._is_gegeven(naam, entiteit, spoor.period)
            if not knoop["gegeven"] and naam in VERFIJNENDE_FEITEN:
                verfijning = self.verfijningen.get(naam)
                knoop["aanname"] = (verfijning.aanname if verfijning else _AANNAME).in_taal(self.taal)
        else:
            knoop["gegevens_compleet"] = not self._rust_op_onbekend(sleutel)
        knoop["parameters"] = self._parameters(spoor)
        knoop["kinderen"] = [self.knoop(kind) for kind in _kinderen(self.tbs, spoor)]
        return knoop

    # --- values --------------------------------------------------------------------------------------

    def _waarde(self, naam: str, entiteit: str, spoor, feit: bool):
        waarden = spoor.value
        if isinstance(waarden, EnumArray):
            waarden = waarden.decode_to_str()
        if waarden is None:
            return None
        presumeren = naam in VERFIJNENDE_FEITEN
        if entiteit == "persoon":
            personen = (self.personen_per_feit.get(naam) if feit else None) or self.personen
            alle = list(self.situatie.openfisca["personen"])
            return {
                p: _als_json(waarden[alle.index(p)])
                if not feit or presumeren or self._feit_gegeven("personen", p, naam, spoor.period)
                else None
                for p in personen
            }
        meervoud = _meervoud(entiteit)
        ident = self.gezin_id if entiteit == "gezin" else self.huishouden_id
        if feit and not presumeren and not self._feit_gegeven(meervoud, ident, naam, spoor.period):
            return None
        return _als_json(waarden[list(self.situatie.openfisca[meervoud]).index(ident)])

    def _feit_gegeven(self, meervoud: str, ident: str, naam: str, periode) -> bool:
        """Whether the citizen gave this fact for this period (given for another year is not given)."""
        sleutel = (meervoud, ident, naam, str(periode))
        if sleutel not in self._gegeven:
            gegeven = self.situatie.is_gegeven(meervoud, ident, naam)
            per_periode = self.situatie.openfisca[meervoud].get(ident, {}).get(naam)
            if gegeven and isinstance(per_periode, dict):  # not estimated from another fact (VERVANGERS)
                gegeven = _dekt(per_periode, periode)
            self._gegeven[sleutel] = gegeven
        return self._gegeven[sleutel]

    def _is_gegeven(self, naam: str, entiteit: str, periode) -> bool:
        if entiteit == "persoon":
            personen = self.personen_per_feit.get(naam) or self.personen
            return all(self._feit_gegeven("personen", p, naam, periode) for p in personen)
        ident = self.gezin_id if entiteit == "gezin" else self.huishouden_id
        return self._feit_gegeven(_meervoud(entiteit), ident, naam, periode)

    def _rust_op_onbekend(self, sleutel: tuple[str, str]) -> bool:
        """Whether the value rests on a fact (not presumed by law) that the citizen did not give."""
        if sleutel in self._onvolledig:
            return bool(self._onvolledig[sleutel])
        self._onvolledig[sleutel] = False  # a spiral (a variable read at an earlier period) ends here
        naam, _ = sleutel
        spoor = self.spoor[sleutel]
        variabele = self.tbs.variables[naam]
        onbekend = (
            naam in self.feiten[variabele.entity.key]
            and naam not in VERFIJNENDE_FEITEN
            and not self._is_gegeven(naam, variabele.entity.key, spoor.period)
        ) or any(self._rust_op_onbekend(kind) for kind in _kinderen(self.tbs, spoor))
        self._onvolledig[sleutel] = onbekend
        return onbekend

    # --- parameters ----------------------------------------------------------------------------------

    def _parameters(self, spoor) -> list[dict]:
        """Each parameter value the formula read, once: reads at several dates that found the same value
        in force (a table looked up year by year) are one entry, dated by the first read."""
        uit, gehad = [], set()
        for gelezen in spoor.parameters:
            parameter = self._parameter(gelezen.name, _tekst(gelezen.period), gelezen.value)
            sleutel = (parameter["pad"], parameter["geldig_vanaf"] or parameter["datum"])
            if sleutel not in gehad:
                gehad.add(sleutel)
                uit.append(parameter)
        return uit

    def _parameter(self, pad: str, instant: str, gelezen) -> dict:
        knoop, bovenliggend = self.tbs.parameters, [self.tbs.parameters]
        for deel in pad.split("."):
            kinderen = getattr(knoop, "children", None)
            if not kinderen or deel not in kinderen:
                break
            knoop = kinderen[deel]
            bovenliggend.append(knoop)
        metadata = getattr(knoop, "metadata", {}) or {}
        uit: dict[str, Any] = {
            "pad": pad,
            "label": in_taal(metadata.get("label") or getattr(knoop, "description", ""), self.taal),
        }
        referentie = None
        if isinstance(knoop, Parameter):
            at = _in_kracht(knoop, instant)
            uit["waarde"] = _als_json(at.value) if at is not None else None
            uit["geldig_vanaf"] = _tekst(at.instant_str) if at is not None else None
            referentie = _per_datum(at.metadata.get("reference"), instant) if at is not None else None
        elif isinstance(knoop, ParameterScale):
            schijven, vanaf = [], []
            for schijf in knoop.brackets:
                rij = {}
                for sleutel, deel in schijf.children.items():
                    at = _in_kracht(deel, instant)
                    if at is not None:
                        rij[_SCHIJF.get(sleutel, sleutel)] = _als_json(at.value)
                        vanaf.append(_tekst(at.instant_str))
                if rij:
                    schijven.append(rij)
            uit["waarde"] = schijven
            uit["geldig_vanaf"] = max(vanaf) if vanaf else None
        else:  # a node read with a vector of keys: the values the formula got
            uit["waarde"] = _als_json(numpy.asarray(gelezen)) if gelezen is not None else None
            uit["geldig_vanaf"] = None
        # the value's own reference, else the parameter's, else that of the nearest node above it
        for drager in reversed(bovenliggend):
            if referentie:
                break
            referentie = _per_datum((getattr(drager, "metadata", {}) or {}).get("reference"), instant)
        uit["referentie"] = _referenties(referentie, self.peildatum, self.taal)
        if metadata.get("unit"):
            uit["eenheid"] = metadata["unit"]
        uit["datum"] = instant
        return uit


def _meervoud(entiteit: str) -> str:
    return next(meervoud for meervoud, sleutel in ENTITEITEN.items() if sleutel == entiteit)


def _tekst(waarde) -> str:
    """A plain ``str`` (openfisca-core's periods print as a ``str`` subclass, which not every JSON encoder takes)."""
    return str(str(waarde))


def _sleutel(tbs, spoor) -> tuple[str, str]:
    """A traced calculation as (name, period); a variable for all time has one value, whatever period asked."""
    if tbs.variables[spoor.name].definition_period == DateUnit.ETERNITY:
        return spoor.name, "ETERNITY"
    return spoor.name, _tekst(spoor.period)


def _kinderen(tbs, spoor) -> list[tuple[str, str]]:
    """The (name, period) a calculation read, each once, in the order it read them."""
    return list(dict.fromkeys(_sleutel(tbs, kind) for kind in spoor.children))


def _dekt(per_periode: dict, periode) -> bool:
    """Whether values given by period (``{"2025": …}``, ``{"2025-03": …}``, ``{"ETERNITY": …}``) cover ``periode``."""
    if "ETERNITY" in per_periode or str(periode) in per_periode:
        return True
    for sleutel in per_periode:
        try:
            if maak_periode(sleutel).contains(periode):
                return True
        except (ValueError, TypeError):
            continue
    return False


def _lees_regeling(verzoek) -> tuple[object, Regeling | None, list[InvalidParam]]:
    """Split the optional ``regeling`` off the situation (``lees_situatie`` rejects unknown fields)."""
    if not isinstance(verzoek, dict) or "regeling" not in verzoek:
        return verzoek, None, []
    rest = {k: v for k, v in verzoek.items() if k != "regeling"}
    gekozen = next((r for r in REGELINGEN if r.id == verzoek["regeling"]), None)
    if gekozen is None:
        reden = f"Onbekende regeling; verwacht een van / Unknown scheme; expected one of: {', '.join(REGELING_IDS)}"
        return rest, None, [InvalidParam("regeling", reden)]
    return rest, gekozen, []


def _personen_per_feit(regeling: Regeling, situatie: Situatie, leden: dict[str, list[str]]) -> dict[str, list[str]]:
    """For each persoon fact the scheme declares, the persons it reads it of (the catalogue, ``regelingen/``)."""
    verzameld: dict[str, set[str]] = {}
    bronnen = [regeling.feiten(), regeling.beschikbaar_feiten]
    bronnen.append({v.plaats: (v.feit,) for v in regeling.verfijningen()})
    for feiten in bronnen:
        for plaats, namen in feiten.items():
            for naam in namen:
                verzameld.setdefault(naam, set()).update(leden.get(plaats, ()))
    volgorde = list(situatie.openfisca["personen"])
    return {naam: [p for p in volgorde if p in personen] for naam, personen in verzameld.items() if personen}


def leg_uit(verzoek, taal: str = "nl", vandaag: datetime.date | None = None) -> dict:
    """The computation of one situation as a tree per scheme; raises ``Probleem`` (400) for bad input.

    ``verzoek`` is the situation of ``POST /v1/aanspraken``, with an optional ``"regeling": "<id>"`` to
    explain one scheme (default: every scheme).
    """
    tbs = tax_benefit_system()
    situatie_verzoek, gekozen, fouten = _lees_regeling(verzoek)
    try:
        situatie = lees_situatie(situatie_verzoek, tbs, vandaag=vandaag)
    except Probleem as probleem:
        if fouten and probleem.invalid_params:
            raise ongeldige_invoer(fouten + probleem.invalid_params) from None
        raise
    if fouten:
        raise ongeldige_invoer(fouten)

    simulatie = bouw_simulatie(situatie, tbs)
    simulatie.trace = True
    simulatie.trace_parameters_at_instant = lambda instant: _SpoorMetSchalen(
        tbs.get_parameters_at_instant(instant), simulatie.tracer
    )
    regelingen = (gekozen,) if gekozen else REGELINGEN
    wortels = {}
    for regeling in regelingen:
        variabelen = [(v.id, v.uitleg, v.grondslag, v.variabele) for v in regeling.voorwaarden]
        if regeling.beschikbaar:
            grondslag_eerst = regeling.grondslag[0]
            variabelen.insert(0, ("rekenregels_beschikbaar", _REGELS_BEKEND, grondslag_eerst, regeling.beschikbaar[0]))
        for *_, variabele in variabelen:
            simulatie.calculate(variabele, situatie.maand)
        simulatie.calculate(regeling.maandbedrag, situatie.maand)
        wortels[regeling.id] = variabelen

    spoor: dict = {}
    for knoop in simulatie.tracer.browse_trace():
        spoor.setdefault(_sleutel(tbs, knoop), knoop)

    gezin_id = situatie.gezin_van(situatie.aanvrager)
    huishouden_id = situatie.huishouden_van(situatie.aanvrager)
    gezin = situatie.openfisca["gezinnen"][gezin_id]
    leden = {
        PARTNERS: list(gezin.get("partners", [])),
        KINDEREN: list(gezin.get("kinderen", [])),
        AANVRAGER: [situatie.aanvrager],
    }
    leden[MEDEBEWONERS] = [
        p
        for p in situatie.openfisca["huishoudens"][huishouden_id]["bewoners"]
        if p not in leden[PARTNERS] + leden[KINDEREN]
    ]
    feiten = feiten_per_entiteit(tbs)
    peildatum = situatie.peildatum.isoformat()
    antwoord_regelingen = []
    for regeling in regelingen:
        huishouden_telt = MEDEBEWONERS in regeling.feiten()
        getoond = set(leden[PARTNERS] + leden[KINDEREN] + (leden[MEDEBEWONERS] if huishouden_telt else []))
        boom = _Boom(
            situatie=situatie,
            tbs=tbs,
            taal=taal,
            spoor=spoor,
            gezin_id=gezin_id,
            huishouden_id=huishouden_id,
            personen=[p for p in situatie.openfisca["personen"] if p in getoond],
            personen_per_feit=_personen_per_feit(regeling, situatie, leden),
            verfijningen={v.feit: v for v in regeling.verfijningen()},
            feiten=feiten,
        )
        voorwaarden = [
            {
                "voorwaarde": ident,
                "uitleg": uitleg.in_taal(taal),
                "grondslag": wet.as_json(peildatum),
                "berekening": boom.knoop((variabele, situatie.maand)),
            }
            for ident, uitleg, wet, variabele in wortels[regeling.id]
        ]
        uitgelegd: dict[str, Any] = {
            "id": regeling.id,
            "naam": regeling.naam_in(situatie.gemeente, taal),
            "grondslag": [g.as_json(peildatum) for g in regeling.grondslag],
        }
        bekend_tot = regeling.bekend_tot()
        if bekend_tot is not None and situatie.peildatum > bekend_tot:
            # The tree below is what the newest known rules compute; the answer for this date is "unknown".
            uitgelegd["rekenregels_bekend_tot"] = bekend_tot.isoformat()
            uitgelegd["waarschuwing"] = (
                NA_HORIZON.in_taal(taal).format(datum=datum(bekend_tot.isoformat(), taal))
                + " "
                + _ALLEEN_ILLUSTRATIE.in_taal(taal)
            )
        uitgelegd |= {"voorwaarden": voorwaarden, "berekening": boom.knoop((regeling.maandbedrag, situatie.maand))}
        antwoord_regelingen.append(uitgelegd)
    return {
        "peildatum": peildatum,
        "versie": versie(),
        "aanvrager": situatie.aanvrager,
        "gezin": gezin_id,
        "huishouden": huishouden_id,
        "regelingen": antwoord_regelingen,
    }
