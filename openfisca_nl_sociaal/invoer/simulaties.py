"""Many validated situations in one vectorised OpenFisca simulation, built from arrays.

openfisca-core's dict builder (``SimulationBuilder.build_from_entities``) walks one dict per entity and
per fact; at 10,000 persons it costs about 290 µs per person and grows faster than linearly. Here the
persons, gezinnen and huishoudens of all situations are declared at once as numbered arrays, and every
fact is set with one array per (variable, period): well under a microsecond per person.

A fact that also has a formula (``toetsingsinkomen`` estimated from ``bruto_loon``) and is given for some
persons only: an input array is set for the whole population, which would give the others the default
(nil) instead of the estimate. Those persons get the formula's value, computed from the other inputs
before the array is set (:func:`_zet_invoer`; ``schat=False`` keeps openfisca-core's own behaviour for
the OpenFisca-compatible ``/calculate``).

One kind of input the array form cannot express in one simulation, so those situations are put in
simulations of their own (see :func:`_kenmerk`): a fact given for a period longer than its own (a monthly
fact for a whole year), which OpenFisca spreads over the months: another situation's months would
overwrite it.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

import numpy
from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import DateUnit
from openfisca_core.periods import period as make_period
from openfisca_core.simulations import Simulation, SimulationBuilder

from openfisca_nl_sociaal.invoer.feiten import VERVANGERS
from openfisca_nl_sociaal.invoer.problemen import Probleem
from openfisca_nl_sociaal.invoer.situatie import ENTITEITEN, ROLLEN, Situatie

#: the role keys of each group entity, in the order of the contract's role lists
_ROL_SLEUTELS = {"gezinnen": {"partners": "partner", "kinderen": "kind"}, "huishoudens": {"bewoners": "bewoner"}}


@dataclass(frozen=True)
class Plaats:
    """Where one situation's entities start in the joint simulation's arrays."""

    personen: int
    gezinnen: int
    huishoudens: int

    def index(self, meervoud: str, situatie: Situatie, ident: str) -> int:
        """The array index of entity ``ident`` of ``situatie``."""
        return getattr(self, meervoud) + _volgorde(situatie, meervoud)[ident]


@dataclass
class Blok:
    """One simulation and the situations it holds, each with its place in the arrays."""

    simulatie: Simulation
    situaties: list[int]
    plaatsen: list[Plaats]


def _volgorde(situatie: Situatie, meervoud: str) -> dict[str, int]:
    volgorde = situatie.__dict__.setdefault("_volgorde", {})
    if meervoud not in volgorde:
        volgorde[meervoud] = {ident: i for i, ident in enumerate(situatie.openfisca[meervoud])}
    return volgorde[meervoud]


def _is_eigen_periode(variabele, periode: str) -> bool:
    """Whether a period key is of the variable's own length (so it never spreads over other periods)."""
    if variabele.definition_period == DateUnit.ETERNITY:
        return True
    return _eenheid(periode) == variabele.definition_period


def _eenheid(periode: str):
    return _periode(periode).unit


@functools.lru_cache(maxsize=4096)
def _periode(periode: str):
    # parsing a period is slow (pendulum); a request repeats the same dozen keys thousands of times
    return make_period(periode)


@functools.lru_cache(maxsize=4096)
def _lange_periodes(definition_period, periodes: tuple[str, ...]) -> tuple[str, ...]:
    """The period keys longer than the variable's own period (OpenFisca spreads those over its periods)."""
    if definition_period == DateUnit.ETERNITY:
        return ()
    return tuple(p for p in periodes if _eenheid(p) != definition_period)


def _kenmerk(situatie: Situatie, variabelen) -> frozenset | None:
    """What a situation needs from the simulation it shares; ``None``: it needs a simulation of its own.

    Situations with equal marks can share a simulation without one's input overwriting another's.
    """
    kenmerk = set()
    for meervoud in ENTITEITEN:
        rollen = ROLLEN.get(meervoud, ())
        for velden in situatie.openfisca[meervoud].values():
            for naam, per_periode in velden.items():
                if naam in rollen:
                    continue
                for periode in _lange_periodes(variabelen[naam].definition_period, tuple(per_periode)):
                    kenmerk.add(("periode", naam, periode))
    if not kenmerk:
        return frozenset()
    namen = {t[1] for t in kenmerk}
    for naam in namen:
        lange = [_periode(t[2]) for t in kenmerk if t[0] == "periode" and t[1] == naam]
        for meervoud in ENTITEITEN:
            for velden in situatie.openfisca[meervoud].values():
                if naam not in velden:
                    continue
                for periode in velden[naam]:
                    if _is_eigen_periode(variabelen[naam], periode) and any(
                        lang.contains(_periode(periode)) for lang in lange
                    ):
                        return None  # a year spread over months and those months given as well
    return frozenset(kenmerk)


def bouw_simulaties(situaties: Sequence[Situatie], tax_benefit_system, schat: bool = True) -> list[Blok]:
    """The fewest simulations that hold every situation, each built from arrays.

    ``schat``: a fact with a formula that is given for some persons only is estimated for the others (the
    engine's own rule); ``False`` gives the others the default, as openfisca-core does.
    """
    variabelen = tax_benefit_system.variables
    groepen: dict[object, list[int]] = {}
    for i, situatie in enumerate(situaties):
        kenmerk = _kenmerk(situatie, variabelen)
        groepen.setdefault(kenmerk if kenmerk is not None else ("eigen", i), []).append(i)
    return [_bouw_blok([situaties[i] for i in ids], ids, tax_benefit_system, schat) for ids in groepen.values()]


def _bouw_blok(situaties: list[Situatie], ids: list[int], tax_benefit_system, schat: bool = True) -> Blok:
    plaatsen, tellers = [], dict.fromkeys(ENTITEITEN, 0)
    for situatie in situaties:
        plaatsen.append(Plaats(**tellers))
        for meervoud in ENTITEITEN:
            tellers[meervoud] += len(situatie.openfisca[meervoud])

    builder = SimulationBuilder()
    builder.create_entities(tax_benefit_system)
    builder.declare_person_entity("persoon", numpy.arange(tellers["personen"]))
    for meervoud, rollen in _ROL_SLEUTELS.items():
        groep_van = numpy.empty(tellers["personen"], dtype=numpy.int64)
        rol_van = numpy.empty(tellers["personen"], dtype=object)
        for situatie, plaats in zip(situaties, plaatsen, strict=True):
            personen = _volgorde(situatie, "personen")
            for g, groep in enumerate(situatie.openfisca[meervoud].values()):
                for rol, sleutel in rollen.items():
                    for lid in groep.get(rol, []):
                        groep_van[plaats.personen + personen[lid]] = getattr(plaats, meervoud) + g
                        rol_van[plaats.personen + personen[lid]] = sleutel
        populatie = builder.declare_entity(ENTITEITEN[meervoud], numpy.arange(tellers[meervoud]))
        builder.join_with_persons(populatie, groep_van, rol_van.astype(str))
    try:
        simulatie = builder.build(tax_benefit_system)
        _zet_invoer(simulatie, situaties, plaatsen, tellers, tax_benefit_system.variables, schat)
    except Exception as fout:  # a situation openfisca-core still rejects is bad input, not a crash
        raise Probleem(
            status=400,
            title="Ongeldige situatie / Invalid situation",
            detail="De situatie kan niet worden doorgerekend; controleer de personen, rollen en perioden.",
        ) from fout
    return Blok(simulatie=simulatie, situaties=ids, plaatsen=plaatsen)


def _zet_invoer(simulatie, situaties, plaatsen, tellers, variabelen, schat: bool = True) -> None:
    """Set every given fact: one array per (variable, period), the default where a fact was not given,
    or (``schat``) the formula's estimate for a fact the engine can estimate (``VERVANGERS``)."""
    # first gathered per (fact, its period keys): a plain value is the same twelve months for everyone
    verzameld: dict[tuple[str, tuple[str, ...]], tuple[list[int], list[tuple]]] = {}
    for situatie, plaats in zip(situaties, plaatsen, strict=True):
        for meervoud in ENTITEITEN:
            begin = getattr(plaats, meervoud)
            rollen = ROLLEN.get(meervoud, ())
            for i, velden in enumerate(situatie.openfisca[meervoud].values()):
                for naam, per_periode in velden.items():
                    if naam in rollen:
                        continue
                    indices, waarden = verzameld.setdefault((naam, tuple(per_periode)), ([], []))
                    indices.append(begin + i)
                    waarden.append(tuple(per_periode.values()))
    reeksen: dict[tuple[str, str], numpy.ndarray] = {}
    #: per (estimable fact, period): which entities gave it
    gegeven: dict[tuple[str, str], numpy.ndarray] = {}
    for (naam, periodes), (indices, waarden) in verzameld.items():
        variabele = variabelen[naam]
        tabel = _als_reeks(variabele, waarden).reshape(len(waarden), len(periodes))
        plekken = numpy.asarray(indices)
        for j, periode in enumerate(periodes):
            reeks = reeksen.get((naam, periode))
            if reeks is None:
                reeks = reeksen[naam, periode] = _standaardreeks(variabele, tellers[variabele.entity.plural])
            reeks[plekken] = tabel[:, j]
            if schat and naam in VERVANGERS:
                masker = gegeven.setdefault((naam, periode), numpy.zeros(len(reeks), dtype=bool))
                masker[plekken] = True
    uitgesteld = []
    # longer periods first: OpenFisca spreads them over the months, which the months' own input may refine
    for (naam, periode), reeks in sorted(
        reeksen.items(), key=lambda item: _is_eigen_periode(variabelen[item[0][0]], item[0][1])
    ):
        if (naam, periode) in gegeven and not gegeven[naam, periode].all():
            uitgesteld.append((naam, periode, reeks))
        else:
            _zet(simulatie, variabelen[naam], periode, reeks)
    # A fact given for some persons only, which the engine estimates for the others (toetsingsinkomen and
    # netto_inkomen from bruto_loon, situatie.VERVANGERS): the others get the formula's value, computed
    # from the inputs set above (the estimate reads no estimated fact), not the default.
    for naam, periode, reeks in uitgesteld:
        variabele, duur = variabelen[naam], _periode(periode)
        if _is_eigen_periode(variabele, periode):
            geschat = simulatie.calculate(naam, duur)
        else:
            geschat = simulatie.calculate_add(naam, duur)
        simulatie.get_holder(naam).delete_arrays(duur)
        _zet(simulatie, variabele, periode, numpy.where(gegeven[naam, periode], reeks, geschat))


def _zet(simulatie, variabele, periode: str, reeks: numpy.ndarray) -> None:
    if _is_eigen_periode(variabele, periode):
        # a value for the variable's own period is stored as it is: OpenFisca's set_input would only
        # look for a rule to spread it, at a cost per call that dominates a small request
        simulatie.get_holder(variabele.name).put_in_cache(reeks, _periode(periode))
    else:
        simulatie.set_input(variabele.name, periode, reeks)


def _standaardreeks(variabele, lengte: int) -> numpy.ndarray:
    if variabele.value_type is Enum:
        return numpy.full(lengte, variabele.default_value.index, dtype=numpy.int16)
    if numpy.dtype(variabele.dtype).kind == "M":
        return numpy.full(lengte, numpy.datetime64(variabele.default_value, "D"), dtype="datetime64[D]")
    return numpy.full(lengte, variabele.default_value, dtype=variabele.dtype)


def _als_reeks(variabele, waarden: list[tuple]) -> numpy.ndarray:
    if variabele.value_type is Enum:
        leden = variabele.possible_values
        return numpy.array([[leden[w].index for w in rij] for rij in waarden], dtype=numpy.int16)
    if numpy.dtype(variabele.dtype).kind == "M":
        return numpy.array(waarden, dtype="datetime64[D]")
    return numpy.array(waarden, dtype=variabele.dtype)


def bouw_simulatie(situatie: Situatie, tax_benefit_system):
    """The OpenFisca simulation of a validated situation, built as the answers build it (so an estimated
    fact is estimated here too); its entities in the order of the situation."""
    return bouw_simulaties([situatie], tax_benefit_system)[0].simulatie
