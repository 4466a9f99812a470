"""Policy variants per request (``POST /v1/varianten``): the same situations under today's rules and under
changed ones, side by side.

openfisca-core's own web API fixes its reforms when the server starts. Here every request brings its own
changes, and a reformed tax-benefit system is built for it (and kept in a small cache) while the server runs:

- **parameter changes** (``wijzigingen``), each a parameter path, the date it applies from and the new value:

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
- **named reforms** (``hervormingen``): real proposals from the policy debate, in ``reforms/`` (the package
  ``openfisca_nl_sociaal.reforms``), each a list of parameter changes of the same form with its source.
  They are applied by the same mechanism (:class:`ParameterWijzigingen`, an openfisca-core ``Reform``), the
  named reforms first in the order given, then the request's own changes, so a change can refine a reform.

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

Net household income per month (``netto_huishoudinkomen``), as ``curven.py`` defines it for its curves: the
``netto_inkomen`` of the partners of the applicant's gezin (given, or estimated from ``bruto_loon``), plus
the monthly amounts of the schemes the law states net that are decided (``recht`` or ``geen_recht``, then
nil) under both the current rules and the variant. A partner whose net income is unknown is named in
``onvolledig`` and not counted; a scheme that is ``onbekend`` under either, or a bruto amount (AOW), is named
in ``niet_meegeteld``. The partners' net income is computed under each system: a change of the income tax
changes a net income estimated from the wage.
"""

from __future__ import annotations

import datetime
import functools
import math
from collections.abc import Iterable
from dataclasses import dataclass

from openfisca_core import periods
from openfisca_core.parameters import Parameter, ParameterNode, ParameterScale, ParameterScaleBracket
from openfisca_core.reforms import Reform

from openfisca_nl_sociaal.aanspraken import _naam, bereken_batch, tax_benefit_system, versie
from openfisca_nl_sociaal.problemen import InvalidParam, Probleem
from openfisca_nl_sociaal.regelingen import REGELINGEN, Grondslag, Tekst
from openfisca_nl_sociaal.simulaties import bouw_simulaties
from openfisca_nl_sociaal.situatie import LAATSTE_PEILDATUM, VROEGSTE_PEILDATUM, Situatie, _lees_datum, lees_situatie

#: The most situations per request: a handful of standard households, or a sample (the body is at most 1 MB).
MAX_SITUATIES = 1_000
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

#: A scale's bracket keys in Dutch, as ``POST /v1/uitleg`` shows them (openfisca_nl_sociaal/uitleg.py).
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
            onder = ".".join(gevolgd) or "de wortel / the root"
            kinderen = sorted(knoop.children) if isinstance(knoop, ParameterNode) else []
            wel = f"; wel: {', '.join(kinderen[:30])}" if kinderen else ""
            return None, (
                f"Onbekende parameter: '{deel}' bestaat niet onder {onder}{wel} / "
                f"Unknown parameter: no '{deel}' under {onder}"
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
    paden = []
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
    schijven, aantal_fouten = [], len(fouten)
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
    datum = _lees_datum(ruw, pad, fouten)
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
        raise _ongeldig(fouten)
    return tuple(w for w in gelezen if w is not None)


def _ongeldig(fouten: list[InvalidParam]) -> Probleem:
    return Probleem(
        status=400,
        title="Ongeldige invoer / Invalid input",
        detail="Het verzoek bevat ongeldige gegevens: " + ", ".join(f.name for f in fouten),
        invalid_params=fouten,
    )


# -- applying changes: one openfisca-core Reform for named reforms and per-request changes alike --------------


def _volg(parameters: ParameterNode, pad: str):
    knoop = parameters
    for deel in pad.split("."):
        knoop = knoop.children[deel]
    return knoop


def pas_toe(parameters: ParameterNode, wijzigingen: Iterable[Wijziging]) -> ParameterNode:
    """Apply checked changes, in order, to ``parameters`` (a copy: ``Reform.modify_parameters`` makes one)."""
    for wijziging in wijzigingen:
        knoop = _volg(parameters, wijziging.parameter)
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


class Hervorming(ParameterWijzigingen):
    """A named reform from the policy debate (``reforms/``): its changes and where it comes from."""

    #: the stable id a request names it by
    id: str = ""
    titel: Tekst
    beschrijving: Tekst
    #: where the proposal stands (announced, a bill, a study), in a sentence
    status: Tekst
    #: the sources: Kamerstukken, a coalition agreement, a ministry's plan
    bronnen: tuple[Grondslag, ...] = ()
    #: about the dates: when the source says it takes effect, and what the model computes for that date
    toelichting: Tekst | None = None

    @classmethod
    def als_json(cls, taal: str = "nl") -> dict:
        antwoord = {
            "id": cls.id,
            "titel": cls.titel.in_taal(taal),
            "beschrijving": cls.beschrijving.in_taal(taal),
            "status": cls.status.in_taal(taal),
            "bronnen": [b.as_json() for b in cls.bronnen],
            "wijzigingen": [wijziging_json(w) for w in cls.lees()],
        }
        if cls.toelichting is not None:
            antwoord["toelichting"] = cls.toelichting.in_taal(taal)
        return antwoord


def hervormingen() -> dict[str, type[Hervorming]]:
    """The named reforms by id (imported here, not at the top: ``reforms/`` imports this module)."""
    from openfisca_nl_sociaal.reforms import HERVORMINGEN

    return HERVORMINGEN


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


def _huidig(knoop, datum: str):
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
    knoop = _volg(tax_benefit_system().parameters, wijziging.parameter)
    antwoord = {"parameter": wijziging.parameter, "vanaf": wijziging.vanaf, "tot": wijziging.tot}
    if wijziging.schaal is None:
        antwoord["waarde"] = _getal_json(wijziging.waarde)
    else:
        antwoord["schaal"] = _schaal_json(knoop, wijziging.schaal)
    if taal is not None:  # the answer's resolved form: what the parameter is and what it was
        antwoord.update(
            label=_label(knoop, taal),
            eenheid=knoop.metadata.get("unit")
            or (_schaal_eenheid(knoop, _waarde_sleutel(knoop)) if isinstance(knoop, ParameterScale) else None),
            huidig=_huidig(knoop, wijziging.vanaf),
            hervorming=wijziging.hervorming,
        )
    return antwoord


def _lees_verzoek(verzoek) -> tuple[list, bool, tuple[Wijziging, ...], list[type[Hervorming]]]:
    """The situations (and whether one was given as ``situatie``), the changes in order, the named reforms."""
    if not isinstance(verzoek, dict):
        raise _ongeldig([InvalidParam("", "Verwacht een JSON-object / Expected a JSON object")])
    fouten: list[InvalidParam] = []
    for sleutel in verzoek:
        if sleutel not in ("situatie", "situaties", "wijzigingen", "hervormingen"):
            fouten.append(InvalidParam(sleutel, "Onbekend veld / Unknown field"))

    enkel = "situatie" in verzoek
    situaties: list = []
    if enkel == ("situaties" in verzoek):
        fouten.append(
            InvalidParam("situatie", "Geef één van `situatie` en `situaties` / Give one of `situatie` and `situaties`")
        )
    elif enkel:
        situaties = [verzoek["situatie"]]
    elif not isinstance(verzoek["situaties"], list) or not 1 <= len(verzoek["situaties"]) <= MAX_SITUATIES:
        fouten.append(
            InvalidParam("situaties", f"Verwacht 1 tot {MAX_SITUATIES} situaties / Expected 1 to {MAX_SITUATIES}")
        )
    else:
        situaties = verzoek["situaties"]

    wijzigingen, gekozen = lees_variant(verzoek, fouten)
    if fouten:
        raise _ongeldig(fouten)
    return situaties, enkel, wijzigingen, gekozen


def lees_variant(
    verzoek: dict, fouten: list[InvalidParam], verplicht: bool = True
) -> tuple[tuple[Wijziging, ...], list[type[Hervorming]]]:
    """A request's ``hervormingen`` (named reforms) and ``wijzigingen`` (its own changes), checked, every
    fault appended to ``fouten``; the changes in the order they apply (the reforms first), and the reforms.
    ``verplicht``: a request that names neither is a fault (``POST /v1/varianten``)."""
    bekend = hervormingen()
    gekozen: list[type[Hervorming]] = []
    ruw_hervormingen = verzoek.get("hervormingen", [])
    if not isinstance(ruw_hervormingen, list):
        fouten.append(InvalidParam("hervormingen", "Verwacht een lijst van ids / Expected a list of ids"))
    else:
        for i, ident in enumerate(ruw_hervormingen):
            if not isinstance(ident, str) or ident not in bekend:
                fouten.append(
                    InvalidParam(
                        f"hervormingen.{i}",
                        f"Onbekende hervorming; bekend: {', '.join(bekend)} (GET /v1/hervormingen) / Unknown reform",
                    )
                )
            elif bekend[ident] in gekozen:
                fouten.append(InvalidParam(f"hervormingen.{i}", "Dubbel genoemd / Named twice"))
            else:
                gekozen.append(bekend[ident])
    eigen = lees_wijzigingen(verzoek.get("wijzigingen", []), fouten=fouten)
    if verplicht and not fouten and not eigen and not gekozen:
        fouten.append(
            InvalidParam(
                "wijzigingen",
                "Geef ten minste één wijziging of hervorming / Give at least one change or reform",
            )
        )
    if fouten:
        return (), gekozen
    return tuple(w for hervorming in gekozen for w in hervorming.lees()) + eigen, gekozen


def _met_voorvoegsel(probleem: Probleem, voorvoegsel: str) -> Probleem:
    """A situation's problem with its fields named by their path in this request."""
    for param in probleem.invalid_params:
        param.name = f"{voorvoegsel}.{param.name}" if param.name else voorvoegsel
    return probleem


def _netto_inkomens(situaties: list[Situatie], tbs) -> list[dict[str, float]]:
    """Per situation, the ``netto_inkomen`` in the peildatum's month of each partner of the applicant's gezin
    whose net income is known (given, or estimated from ``bruto_loon``), computed with ``tbs``."""
    uit: list[dict[str, float]] = [{} for _ in situaties]
    bekend = [[p for p in _partners(s) if s.is_gegeven("personen", p, "netto_inkomen")] for s in situaties]
    nodig = [i for i, partners in enumerate(bekend) if partners]
    if not nodig:
        return uit
    for blok in bouw_simulaties([situaties[i] for i in nodig], tbs):
        per_maand: dict[str, list] = {}
        for j, plaats in zip(blok.situaties, blok.plaatsen, strict=True):
            per_maand.setdefault(situaties[nodig[j]].maand, []).append((nodig[j], plaats))
        for maand, leden in per_maand.items():
            waarden = blok.simulatie.calculate("netto_inkomen", maand)
            for i, plaats in leden:
                for p in bekend[i]:
                    uit[i][p] = float(waarden[plaats.index("personen", situaties[i], p)])
    return uit


def _partners(situatie: Situatie) -> list[str]:
    return situatie.openfisca["gezinnen"][situatie.gezin_van(situatie.aanvrager)]["partners"]


def _kant(uitkomst: dict) -> dict:
    """One side (current rules or variant) of a scheme's answer."""
    kant = {
        "status": uitkomst["status"],
        "bedrag_per_maand": uitkomst["bedrag_per_maand"],
        "bedrag_per_jaar": uitkomst["bedrag_per_jaar"],
    }
    if uitkomst["ontbrekende_gegevens"]:
        kant["ontbrekende_gegevens"] = uitkomst["ontbrekende_gegevens"]
    return kant


def _verschil(regeling, huidig: dict, variant: dict, veld: str) -> float | None:
    """Variant minus current amount, ``geen_recht`` counting as nil; ``None`` where either is unknown or the
    scheme has no amount (a pass)."""
    if regeling.niet_monetair or "onbekend" in (huidig["status"], variant["status"]):
        return None
    return round((variant[veld] or 0.0) - (huidig[veld] or 0.0), 2)


def _vergelijk(situatie: Situatie, huidig: dict, variant: dict, netto: tuple[dict, dict], taal: str) -> dict:
    """One situation's answer: each scheme under the current rules and the variant, and the net income."""
    regelingen = []
    inkomen = {"huidig": 0.0, "variant": 0.0}
    niet_meegeteld = []
    for regeling, h, v in zip(REGELINGEN, huidig["regelingen"], variant["regelingen"], strict=True):
        kanten = {"huidig": _kant(h), "variant": _kant(v)}
        regelingen.append(
            {
                "id": regeling.id,
                "naam": _naam(regeling, situatie, taal),
                "basis": regeling.basis,
                **kanten,
                "verschil_per_maand": _verschil(regeling, h, v, "bedrag_per_maand"),
                "verschil_per_jaar": _verschil(regeling, h, v, "bedrag_per_jaar"),
                "gewijzigd": kanten["huidig"] != kanten["variant"],
            }
        )
        if regeling.niet_monetair:
            continue
        if "onbekend" in (h["status"], v["status"]):
            niet_meegeteld.append({"id": regeling.id, "reden": "onbekend"})
        elif regeling.basis != "netto":
            if "recht" in (h["status"], v["status"]):
                niet_meegeteld.append({"id": regeling.id, "reden": "bruto"})
        else:
            inkomen["huidig"] += h["bedrag_per_maand"] or 0.0
            inkomen["variant"] += v["bedrag_per_maand"] or 0.0
    partners = {kant: float(sum(n.values())) for kant, n in zip(("huidig", "variant"), netto, strict=True)}
    totaal = {kant: round(partners[kant] + inkomen[kant], 2) for kant in inkomen}
    return {
        "peildatum": huidig["peildatum"],
        "aanvrager": situatie.aanvrager,
        "regelingen": regelingen,
        "netto_huishoudinkomen": {
            **totaal,
            "verschil_per_maand": round(totaal["variant"] - totaal["huidig"], 2),
            "netto_inkomen_partners": {kant: round(w, 2) for kant, w in partners.items()},
            "onvolledig": [p for p in _partners(situatie) if p not in netto[0]],
            "niet_meegeteld": niet_meegeteld,
        },
    }


def _niet_door_te_rekenen() -> Probleem:
    return Probleem(
        status=400,
        title="Variant niet door te rekenen / Variant cannot be computed",
        detail="Met deze wijzigingen kunnen de rekenregels niet rekenen; de situaties zelf kunnen dat wel. / "
        "The rules cannot compute with these changes; the situations themselves compute.",
        invalid_params=[
            InvalidParam(
                "wijzigingen",
                "Deze waarden samen zijn niet door te rekenen, bijvoorbeeld een schaal met minder schijven dan een "
                "formule leest (de inkomstenbelasting leest de tweede schijf) / These values cannot be computed "
                "together, e.g. a scale with fewer brackets than a formula reads (the income tax reads the second)",
            )
        ],
    )


def _eindig(antwoorden: list[dict], netto: list[dict[str, float]]) -> bool:
    bedragen = [
        r[veld] for a in antwoorden for r in a["regelingen"] for veld in ("bedrag_per_maand", "bedrag_per_jaar")
    ]
    bedragen += [w for n in netto for w in n.values()]
    return all(b is None or math.isfinite(b) for b in bedragen)


def bereken_varianten(verzoek, taal: str = "nl", vandaag: datetime.date | None = None) -> dict:
    """The answer of ``POST /v1/varianten``; raises a 400 :class:`Probleem` for bad input.

    ``verzoek``: ``situatie`` (one, as ``POST /v1/aanspraken`` takes it) or ``situaties`` (a list, as the
    batch takes them), with ``wijzigingen`` and/or ``hervormingen`` (module docstring). A bad ``situatie``
    answers a problem naming ``situatie.<field>``; in ``situaties`` a bad one gets its problem in its place
    (``situaties.<i>.<field>``) and the others are answered, as the batch does.
    """
    situaties, enkel, wijzigingen, gekozen = _lees_verzoek(verzoek)
    vandaag = vandaag or datetime.date.today()
    basis = tax_benefit_system()

    gelezen: dict[int, Situatie] = {}
    problemen: dict[int, Probleem] = {}
    for i, ruw in enumerate(situaties):
        voorvoegsel = "situatie" if enkel else f"situaties.{i}"
        try:
            gelezen[i] = lees_situatie(ruw, basis, vandaag=vandaag)
        except Probleem as probleem:
            if enkel:
                raise _met_voorvoegsel(probleem, voorvoegsel) from None
            problemen[i] = _met_voorvoegsel(probleem, voorvoegsel)
    geldig = sorted(gelezen)
    lijst = [gelezen[i] for i in geldig]

    huidig, variant, netto_huidig, netto_variant = [], [], [], []
    if geldig:
        huidig = bereken_batch([situaties[i] for i in geldig], taal, vandaag)
        netto_huidig = _netto_inkomens(lijst, basis)
        try:
            systeem = gewijzigd_systeem(wijzigingen)
            variant = bereken_batch([situaties[i] for i in geldig], taal, vandaag, tbs=systeem)
            netto_variant = _netto_inkomens(lijst, systeem)
        except Exception as fout:  # the same situations computed under today's rules: the changes failed
            raise _niet_door_te_rekenen() from fout
        if not _eindig(variant, netto_variant):
            raise _niet_door_te_rekenen()

    vergeleken = iter(
        _vergelijk(s, h, v, (nh, nv), taal)
        for s, h, v, nh, nv in zip(lijst, huidig, variant, netto_huidig, netto_variant, strict=True)
    )
    return {
        "versie": versie(),
        "hervormingen": [
            {"id": h.id, "titel": h.titel.in_taal(taal), "bronnen": [b.as_json() for b in h.bronnen]} for h in gekozen
        ],
        "wijzigingen": [wijziging_json(w, taal) for w in wijzigingen],
        "antwoorden": [
            {"probleem": problemen[i].as_json()} if i in problemen else next(vergeleken) for i in range(len(situaties))
        ],
    }
