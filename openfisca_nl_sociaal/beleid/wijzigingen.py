"""Parameter changes per request, the mechanism under every policy variant: reading and checking them, and
applying them to a copy of today's rules.

**Parameter changes** (``wijzigingen``), each a parameter path, the date it applies from and the new value:

  ``{"parameter": "wet_op_de_zorgtoeslag.standaardpremie", "vanaf": "2025-01-01", "waarde": 2232}``

  or, for a scale (a table of brackets), the new brackets as a whole, each from its ``drempel`` on with its
  ``waarde`` (a scale of amounts or shares, e.g. the kinderopvangtoeslag percentages) or its ``tarief`` (a
  scale of marginal rates, e.g. the income-tax brackets), as ``POST /v1/uitleg`` shows them:

  ``{"parameter": "wet_kinderopvang.toeslagpercentage.eerste_kind", "vanaf": "2026-01-01",
  "schaal": [{"drempel": 0, "waarde": 0.96}]}``

  ``tot`` (optional, a date) ends the change: from the day after, the value of today's rules applies again;
  without it the new value holds from ``vanaf`` on, for every later date (it replaces later values too).
  The path is the parameter's place in ``parameters/`` with dots (``/`` is accepted too), as
  ``GET /v1/parameters`` lists it. A formula reads a month's parameters as they are on its first day,
  so a change from the middle of a month counts from the next month.
What is checked before anything is computed (each a 400 problem naming the field, e.g.
``wijzigingen.0.parameter``), and why:

- the path names a parameter: not unknown, not a group of parameters (a node), not a part of a scale;
- a scale gets ``schaal`` and a single value gets ``waarde``, never the other way round;
- the value's type is the parameter's: a number where the parameter holds numbers (never a boolean, never
  null: a formula cannot read a missing value), a boolean where it holds booleans; a whole number where
  every value the parameter holds is whole and it is not an amount (an age, a number of months, a 0/1
  switch);
- the value fits the unit the parameter declares: no negative values (the model holds none: no negative
  amount, rate or age); a share (unit ``/1``) at most 1, so a rate given as 96 for 96% is refused, unless
  the parameter already holds shares above 1 (a municipal income limit of 130% of the norm is 1.3), then at
  most 10; an age (unit ``year``) at most 150, a number of months at most 1800; and no number beyond
  ±1,000,000,000 (amounts that large only overflow);
- a scale has 1 to 100 brackets, each with ``drempel`` and the scale's ``waarde`` or ``tarief``, the
  thresholds strictly increasing;
- ``vanaf`` and ``tot`` are dates as YYYY-MM-DD that exist, not before 2020-01-01 (the rules go back to
  then) nor after 9998-12-31, and ``tot`` is not before ``vanaf``.

A variant that still cannot be computed (values that pass these checks but make no sense together) answers
a 400 naming ``wijzigingen``, never a 500: the same situations were just computed under today's rules, so
the changes are what fails.
The baseline system is never changed: a reform computes with a deep copy of the parameters
(``Reform.modify_parameters``). Reformed systems are cached by their changes in canonical form (paths with
dots, dates in ISO form, numbers as numbers), :data:`SYSTEMEN_IN_CACHE` at most, least recently used first out.
"""

from __future__ import annotations

import datetime
import functools
import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from openfisca_core import periods
from openfisca_core.parameters import Parameter, ParameterNode, ParameterScale, ParameterScaleBracket
from openfisca_core.reforms import Reform

from openfisca_nl_sociaal import tax_benefit_system
from openfisca_nl_sociaal.invoer.problemen import InvalidParam, ongeldige_invoer
from openfisca_nl_sociaal.invoer.situatie import LAATSTE_PEILDATUM, VROEGSTE_PEILDATUM, lees_datum

#: The most parameter changes per request, and brackets per scale.
MAX_WIJZIGINGEN = 50
MAX_SCHIJVEN = 100
#: Reformed tax-benefit systems kept (each holds its own copy of the parameters, a few MB).
SYSTEMEN_IN_CACHE = 8
#: No parameter value beyond this (in whatever unit): larger numbers only overflow.
GROOTSTE_GETAL = 1_000_000_000
#: A share (``/1``) above 1 is allowed up to this only where the parameter already holds shares above 1.
GROOTSTE_FRACTIE = 10
#: Upper bounds of time units: an age in years, a duration in months (150 years).
TIJDGRENZEN = {"year": 150, "month": 1_800}

#: A scale's bracket keys in Dutch, as ``POST /v1/uitleg`` shows them (openfisca_nl_sociaal/antwoord/uitleg.py).
SCHIJF_SLEUTELS = {"threshold": "drempel", "rate": "tarief", "amount": "waarde"}
_BEKENDE_VELDEN = ("parameter", "vanaf", "tot", "waarde", "schaal")


@dataclass(frozen=True)
class Wijziging:
    """One checked parameter change, in canonical form (hashable: it is part of the cache key)."""

    #: the parameter's path with dots
    parameter: str
    #: the first day it applies, YYYY-MM-DD
    vanaf: str
    #: the last day it applies (``None``: from ``vanaf`` on, for good)
    tot: str | None = None
    #: the new value of a single parameter
    waarde: float | int | bool | None = None
    #: the new brackets of a scale: (drempel, waarde or tarief) in increasing order of drempel
    schaal: tuple[tuple[float, float], ...] | None = None
    #: the id of the named reform it belongs to (``None``: the request's own)
    hervorming: str | None = None


# -- reading and checking a change ---------------------------------------------------------------------------


def _zoek(pad: str, parameters: ParameterNode):
    """The parameter or scale at a dotted path, or the reason it is not one."""
    knoop = parameters
    gevolgd: list[str] = []
    for deel in pad.split("."):
        if isinstance(knoop, ParameterScale):
            return None, (
                f"'{'.'.join(gevolgd)}' is een schaal; wijzig die als geheel met `schaal` / "
                f"'{'.'.join(gevolgd)}' is a scale; change it as a whole with `schaal`"
            )
        if not isinstance(knoop, ParameterNode) or deel not in knoop.children:
            # each half of the message wholly in its own language (issue 19: "under de wortel / the root")
            onder, under = (f"'{'.'.join(gevolgd)}'",) * 2 if gevolgd else ("de wortel", "the root")
            kinderen = sorted(knoop.children) if isinstance(knoop, ParameterNode) else []
            wel = f"; wel: {', '.join(kinderen[:30])}" if kinderen else ""
            return None, (
                f"Onbekende parameter: '{deel}' bestaat niet onder {onder}{wel} / "
                f"Unknown parameter: no '{deel}' under {under}"
            )
        knoop = knoop.children[deel]
        gevolgd.append(deel)
    if isinstance(knoop, ParameterNode):
        return None, (
            f"Dit is een groep parameters, geen parameter; kies een van: {', '.join(sorted(knoop.children)[:30])} / "
            "This is a group of parameters, not a parameter"
        )
    return knoop, None


def parameterpaden(knoop: ParameterNode | None = None) -> list[str]:
    """Every path a change may name: each single parameter and each scale, in the tree's order."""
    knoop = tax_benefit_system().parameters if knoop is None else knoop
    paden: list[str] = []
    for kind in knoop.children.values():
        paden.extend(parameterpaden(kind) if isinstance(kind, ParameterNode) else [kind.name])
    return paden


def _vastgelegd(parameter: Parameter) -> list:
    """The values a parameter holds at any date (not the missing ones)."""
    return [w.value for w in parameter.values_list if w.value is not None]


def _is_getal(waarde) -> bool:
    return isinstance(waarde, (int, float)) and not isinstance(waarde, bool)


def _lees_getal(waarde, pad: str, eenheid: str | None, vastgelegd: list, fouten: list[InvalidParam]):
    """A number checked against the parameter's type and unit (module docstring), or ``None`` after an error."""
    if not _is_getal(waarde):
        fouten.append(InvalidParam(pad, "Verwacht een getal / Expected a number"))
        return None
    if not math.isfinite(waarde) or abs(waarde) > GROOTSTE_GETAL:
        fouten.append(
            InvalidParam(pad, f"Verwacht een getal tot {GROOTSTE_GETAL:,} / Expected a number up to {GROOTSTE_GETAL:,}")
        )
        return None
    geheel = (
        bool(vastgelegd)
        and not (eenheid or "").startswith("currency")
        and all(_is_getal(v) and float(v).is_integer() for v in vastgelegd)
    )
    if geheel and not float(waarde).is_integer():
        fouten.append(InvalidParam(pad, "Verwacht een geheel getal / Expected a whole number"))
        return None
    if waarde < 0:
        fouten.append(InvalidParam(pad, "Verwacht een getal van ten minste 0 / Expected a number of at least 0"))
        return None
    if eenheid == "/1":
        grens = GROOTSTE_FRACTIE if any(_is_getal(v) and v > 1 for v in vastgelegd) else 1
        if waarde > grens:
            fouten.append(
                InvalidParam(
                    pad,
                    f"Een fractie (eenheid /1) van ten hoogste {grens}: 96% is 0.96 / "
                    f"A fraction (unit /1) of at most {grens}: 96% is 0.96",
                )
            )
            return None
    if eenheid in TIJDGRENZEN and waarde > TIJDGRENZEN[eenheid]:
        grens = TIJDGRENZEN[eenheid]
        fouten.append(InvalidParam(pad, f"Ten hoogste {grens} (eenheid {eenheid}) / At most {grens} ({eenheid})"))
        return None
    return int(waarde) if geheel else float(waarde)


def _lees_waarde(ruw, pad: str, parameter: Parameter, fouten: list[InvalidParam]):
    vastgelegd = _vastgelegd(parameter)
    if vastgelegd and all(isinstance(v, bool) for v in vastgelegd):
        if not isinstance(ruw, bool):
            fouten.append(InvalidParam(pad, "Verwacht true of false / Expected true or false"))
            return None
        return ruw
    return _lees_getal(ruw, pad, parameter.metadata.get("unit"), vastgelegd, fouten)


def _waarde_sleutel(schaal: ParameterScale) -> str:
    """The key of a scale's bracket values (``rate`` or ``amount``), as its first bracket has it."""
    return next(k for k in schaal.brackets[0].children if k != "threshold")


def _schaal_eenheid(schaal: ParameterScale, sleutel: str) -> str | None:
    return schaal.metadata.get(f"{sleutel}_unit") or schaal.metadata.get("unit")


def _lees_schaal(ruw, pad: str, schaal: ParameterScale, fouten: list[InvalidParam]):
    sleutel = _waarde_sleutel(schaal)
    naam = SCHIJF_SLEUTELS.get(sleutel, sleutel)
    vorm = f'[{{"drempel": 0, "{naam}": …}}, …]'
    if not isinstance(ruw, list) or not 1 <= len(ruw) <= MAX_SCHIJVEN:
        fouten.append(
            InvalidParam(pad, f"Verwacht 1 tot {MAX_SCHIJVEN} schijven {vorm} / Expected 1 to {MAX_SCHIJVEN} brackets")
        )
        return None
    vastgelegd = {
        deel: [w.value for schijf in schaal.brackets for w in schijf.children[deel].values_list if w.value is not None]
        for deel in ("threshold", sleutel)
    }
    schijven: list[tuple[Any, Any]] = []
    aantal_fouten = len(fouten)
    for i, schijf in enumerate(ruw):
        if not isinstance(schijf, dict) or set(schijf) != {"drempel", naam}:
            fouten.append(InvalidParam(f"{pad}.{i}", f"Verwacht {{'drempel', '{naam}'}} / Expected {vorm}"))
            continue
        drempel = _lees_getal(
            schijf["drempel"],
            f"{pad}.{i}.drempel",
            schaal.metadata.get("threshold_unit"),
            vastgelegd["threshold"],
            fouten,
        )
        waarde = _lees_getal(
            schijf[naam], f"{pad}.{i}.{naam}", _schaal_eenheid(schaal, sleutel), vastgelegd[sleutel], fouten
        )
        if drempel is not None and schijven and schijven[-1][0] is not None and drempel <= schijven[-1][0]:
            fouten.append(InvalidParam(f"{pad}.{i}.drempel", "Drempels lopen strikt op / Thresholds strictly increase"))
        schijven.append((drempel, waarde))
    return tuple(schijven) if len(fouten) == aantal_fouten else None


def _lees_datum_in_model(ruw, pad: str, fouten: list[InvalidParam]) -> datetime.date | None:
    datum = lees_datum(ruw, pad, fouten)
    if datum is not None and not VROEGSTE_PEILDATUM <= datum <= LAATSTE_PEILDATUM:
        fouten.append(
            InvalidParam(
                pad,
                f"De rekenregels gaan van {VROEGSTE_PEILDATUM} tot {LAATSTE_PEILDATUM} / "
                f"The rules cover {VROEGSTE_PEILDATUM} to {LAATSTE_PEILDATUM}",
            )
        )
        return None
    return datum


def _lees_wijziging(ruw, pad: str, parameters: ParameterNode, hervorming: str | None, fouten: list[InvalidParam]):
    if not isinstance(ruw, dict):
        fouten.append(InvalidParam(pad, 'Verwacht {"parameter", "vanaf", "waarde" of "schaal"} / Expected an object'))
        return None
    aantal_fouten = len(fouten)
    for sleutel in ruw:
        if sleutel not in _BEKENDE_VELDEN:
            fouten.append(InvalidParam(f"{pad}.{sleutel}", "Onbekend veld / Unknown field"))
    for sleutel in ("parameter", "vanaf"):
        if sleutel not in ruw:
            fouten.append(InvalidParam(f"{pad}.{sleutel}", "Ontbreekt / Missing"))

    vanaf = _lees_datum_in_model(ruw["vanaf"], f"{pad}.vanaf", fouten) if "vanaf" in ruw else None
    tot = None
    if ruw.get("tot") is not None:
        tot = _lees_datum_in_model(ruw["tot"], f"{pad}.tot", fouten)
        if tot is not None and vanaf is not None and tot < vanaf:
            fouten.append(InvalidParam(f"{pad}.tot", "Ligt vóór `vanaf` / Is before `vanaf`"))

    knoop = None
    if "parameter" in ruw:
        if not isinstance(ruw["parameter"], str) or not ruw["parameter"]:
            fouten.append(InvalidParam(f"{pad}.parameter", "Verwacht een pad / Expected a path"))
        else:
            knoop, reden = _zoek(ruw["parameter"].replace("/", "."), parameters)
            if reden:
                fouten.append(InvalidParam(f"{pad}.parameter", reden))

    waarde = schaal = None
    if knoop is not None:
        is_schaal = isinstance(knoop, ParameterScale)
        juist, fout = ("schaal", "waarde") if is_schaal else ("waarde", "schaal")
        if fout in ruw:
            soort = "een schaal / a scale" if is_schaal else "één waarde / a single value"
            fouten.append(
                InvalidParam(f"{pad}.{fout}", f"Deze parameter is {soort}: gebruik `{juist}` / use `{juist}`")
            )
        elif juist not in ruw:
            fouten.append(InvalidParam(f"{pad}.{juist}", "Ontbreekt / Missing"))
        elif is_schaal:
            schaal = _lees_schaal(ruw["schaal"], f"{pad}.schaal", knoop, fouten)
        else:
            waarde = _lees_waarde(ruw["waarde"], f"{pad}.waarde", knoop, fouten)
    if len(fouten) > aantal_fouten:
        return None
    # Without a parameter or a date, a problem was recorded above.
    assert knoop is not None and vanaf is not None
    return Wijziging(
        parameter=knoop.name,
        vanaf=vanaf.isoformat(),
        tot=tot.isoformat() if tot else None,
        waarde=waarde,
        schaal=schaal,
        hervorming=hervorming,
    )


def lees_wijzigingen(
    ruw, veld: str = "wijzigingen", hervorming: str | None = None, fouten: list[InvalidParam] | None = None
) -> tuple[Wijziging, ...]:
    """Check a list of parameter changes in the request's form; raise a 400 :class:`Probleem` naming every bad
    field (``veld.<i>.<field>``), or append to ``fouten`` where given."""
    eigen = fouten is None
    fouten = [] if fouten is None else fouten
    if not isinstance(ruw, (list, tuple)) or len(ruw) > MAX_WIJZIGINGEN:
        fouten.append(
            InvalidParam(
                veld,
                f"Verwacht een lijst van ten hoogste {MAX_WIJZIGINGEN} wijzigingen / "
                f"Expected a list of at most {MAX_WIJZIGINGEN} changes",
            )
        )
        gelezen: list = []
    else:
        parameters = tax_benefit_system().parameters
        gelezen = [_lees_wijziging(w, f"{veld}.{i}", parameters, hervorming, fouten) for i, w in enumerate(ruw)]
    if eigen and fouten:
        raise ongeldige_invoer(fouten, wat="Het verzoek")
    return tuple(w for w in gelezen if w is not None)


# -- applying changes: one openfisca-core Reform for named reforms and per-request changes alike --------------


def parameter_op(parameters: ParameterNode, pad: str):
    knoop = parameters
    for deel in pad.split("."):
        knoop = knoop.children[deel]
    return knoop


def pas_toe(parameters: ParameterNode, wijzigingen: Iterable[Wijziging]) -> ParameterNode:
    """Apply checked changes, in order, to ``parameters`` (a copy: ``Reform.modify_parameters`` makes one)."""
    for wijziging in wijzigingen:
        knoop = parameter_op(parameters, wijziging.parameter)
        start = periods.instant(wijziging.vanaf)
        stop = periods.instant(wijziging.tot) if wijziging.tot else None
        if wijziging.schaal is None:
            knoop.update(start=start, stop=stop, value=wijziging.waarde)
            continue
        sleutel = _waarde_sleutel(knoop)
        for i, (drempel, waarde) in enumerate(wijziging.schaal):
            if i == len(knoop.brackets):  # more brackets than the scale has: a new one, empty before ``vanaf``
                leeg = {wijziging.vanaf: {"value": None}}
                knoop.brackets.append(
                    ParameterScaleBracket(f"{knoop.name}[{i}]", data={"threshold": leeg, sleutel: dict(leeg)})
                )
            schijf = knoop.brackets[i]
            schijf.children["threshold"].update(start=start, stop=stop, value=drempel)
            schijf.children[sleutel].update(start=start, stop=stop, value=waarde)
        # brackets beyond the new ones have no value from ``vanaf`` on: a scale leaves those out
        for schijf in knoop.brackets[len(wijziging.schaal) :]:
            for deel in schijf.children.values():
                deel.update(start=start, stop=stop, value=None)
    return parameters


class ParameterWijzigingen(Reform):
    """An openfisca-core reform that changes parameter values (``pas_toe``), never the baseline's.

    A subclass declares its changes in the request's form (``wijzigingen``, checked when the reform is
    built), so it is also an ordinary OpenFisca reform; :func:`gewijzigd_systeem` passes checked ones.
    """

    #: the changes in the request's form (a list of ``{"parameter", "vanaf", "waarde" | "schaal"}``)
    wijzigingen: tuple[dict, ...] = ()

    def __init__(self, baseline, wijzigingen: tuple[Wijziging, ...] | None = None) -> None:
        self.gelezen = wijzigingen if wijzigingen is not None else self.lees()
        super().__init__(baseline)

    @classmethod
    def lees(cls) -> tuple[Wijziging, ...]:
        """The class's own changes, checked (a named reform's changes that fail the checks are a bug)."""
        return lees_wijzigingen(cls.wijzigingen, veld=cls.__name__, hervorming=getattr(cls, "id", None))

    def apply(self) -> None:
        self.modify_parameters(functools.partial(pas_toe, wijzigingen=self.gelezen))


@functools.lru_cache(maxsize=SYSTEMEN_IN_CACHE)
def gewijzigd_systeem(wijzigingen: tuple[Wijziging, ...]) -> ParameterWijzigingen:
    """Today's tax-benefit system with these checked changes applied in order; the same changes give the same
    system (cached, least recently used first out)."""
    return ParameterWijzigingen(tax_benefit_system(), wijzigingen)


# -- the answer ---------------------------------------------------------------------------------------------


def _getal_json(waarde):
    return waarde if waarde is None or isinstance(waarde, (bool, int)) else float(waarde)


def _schaal_json(schaal: ParameterScale, schijven) -> list[dict]:
    naam = SCHIJF_SLEUTELS[_waarde_sleutel(schaal)]
    return [{"drempel": _getal_json(d), naam: _getal_json(w)} for d, w in schijven]


def huidige_waarde(knoop, datum: str):
    """Today's value (or brackets) of a parameter on a date, as the change gives it."""
    if isinstance(knoop, ParameterScale):
        sleutel = _waarde_sleutel(knoop)
        schijven = []
        for schijf in knoop.brackets:
            drempel = schijf.children["threshold"]._get_at_instant(datum)
            waarde = schijf.children[sleutel]._get_at_instant(datum)
            if drempel is not None and waarde is not None:
                schijven.append((drempel, waarde))
        return _schaal_json(knoop, schijven)
    return _getal_json(knoop._get_at_instant(datum))


def _label(knoop, taal: str) -> str:
    """A parameter's label in the language (labels read "Dutch / English")."""
    nl, _, en = (knoop.metadata.get("label") or knoop.description or knoop.name).partition(" / ")
    return en if taal == "en" and en else nl


def wijziging_json(wijziging: Wijziging, taal: str | None = None) -> dict:
    knoop = parameter_op(tax_benefit_system().parameters, wijziging.parameter)
    antwoord: dict[str, Any] = {"parameter": wijziging.parameter, "vanaf": wijziging.vanaf, "tot": wijziging.tot}
    if wijziging.schaal is None:
        antwoord["waarde"] = _getal_json(wijziging.waarde)
    else:
        antwoord["schaal"] = _schaal_json(knoop, wijziging.schaal)
    if taal is not None:  # the answer's resolved form: what the parameter is and what it was
        antwoord.update(
            label=_label(knoop, taal),
            eenheid=knoop.metadata.get("unit")
            or (_schaal_eenheid(knoop, _waarde_sleutel(knoop)) if isinstance(knoop, ParameterScale) else None),
            huidig=huidige_waarde(knoop, wijziging.vanaf),
            hervorming=wijziging.hervorming,
        )
    return antwoord
