"""Every scheme for every household of the synthetic population over a year, chunk by chunk, and the country's sums.

How a year is computed:

- The population is a snapshot (:mod:`.model`): the facts hold for the whole year. The rules do change within a
  year (1 January and 1 July for most amounts; a municipality may change on another date). The year is split at
  every date on which any parameter of the rules (of the baseline or of the variant) takes a new value; each part
  is computed in its first month and counts for its number of months. Facts that change with time within a
  part (a birthday that crosses an age limit) are taken as they are in that first month.
- A scheme's amount for a month is the scheme's own ``jaarbedrag`` variable (the yearly amount at that month's
  rules, as ``/v1/aanspraken`` answers it) over twelve, plus the holiday allowances the scheme pays on top
  (``VAKANTIE``); a benefit unit (gezin) has it when every condition of the scheme holds and the amount is above
  nil, exactly as ``/v1/aanspraken`` decides ``recht`` (:func:`_per_gezin`).
- A scheme paid per dwelling (``PER_WONING``: huurtoeslag, kwijtschelding of the household's municipal taxes) is
  counted once per household, for its first gezin (the huurder's; an adult child at home is a gezin of its own in
  the same household, and the engine gives every gezin of a dwelling the dwelling's amount).
- Where the engine lacks the rules (a municipality whose scheme it does not know, a year without a childcare
  table, a date past a scheme's ``bekend_tot``) the scheme is not counted as nil: the answer says how many
  households it could not compute, and a scheme unknown for everyone has no amounts at all.

The reduction is the same on one machine and on a Dask cluster (:mod:`.uitvoering`): every chunk is computed by
:func:`bereken_brok`, kept where it was computed, summed chunk by chunk in the chunks' order, and the deciles are
cut from the incomes and weights of all chunks in that order. So the answer is identical, to the cent, whatever
computes it.
"""

from __future__ import annotations

import datetime
import functools
from dataclasses import dataclass, field

import numpy
from openfisca_core.indexed_enums import Enum
from openfisca_core.parameters import Parameter, ParameterNode, ParameterScale
from openfisca_core.periods import DateUnit
from openfisca_core.periods import period as make_period
from openfisca_core.simulations import SimulationBuilder

from openfisca_nl_sociaal.populatie.model import GEWICHT, GEZIN, HUISHOUDEN, REGIO, ROL, Brok
from openfisca_nl_sociaal.regelingen import REGELINGEN, Regeling

#: schemes paid per dwelling: counted once per household, for its first gezin (the huurder's)
PER_WONING = frozenset({"huurtoeslag", "kwijtschelding_gemeentelijke_belastingen"})
#: holiday allowances paid on top of a scheme's ``jaarbedrag`` (answer field -> gezin variable per year)
VAKANTIE = {
    "aow": "aow__vakantie_uitkering_gezin_per_jaar",
    "bijstand": "bijstand__vakantietoeslag_per_jaar",
    "aio": "bijstand__vakantietoeslag_per_jaar",
}
#: the household's social minimum per year: the bijstandsnorm of each of its gezinnen with the holiday allowance
#: (Participatiewet art. 19 lid 2, 20-22a; the vakantietoeslag of art. 19 lid 2 is part of the norm)
SOCIAAL_MINIMUM = "bijstand__norm"
#: CBS's equivalence scale for the standardised disposable income: (adults + 0.8 × children) ** 0.5 is the shape
#: CBS describes ("equivalentiefactoren", Siermann, Van Teeffelen and Urlings 2004); a child is under 18.
EQUIVALENTIE_KIND = 0.8
EQUIVALENTIE_MACHT = 0.5
#: the region column's value for the rest of the country: no municipality whose rules the engine holds
OVERIG = "overig"


@dataclass
class BrokUitkomst:
    """What one chunk contributes: per-household arrays (for the deciles) and the chunk's sums per scheme."""

    begin: int
    gewicht: numpy.ndarray
    #: standardised disposable income per year, baseline
    inkomen: numpy.ndarray
    #: scheme id -> amount per household per year (baseline; nil where not computed)
    per_regeling: dict[str, numpy.ndarray]
    #: scheme id -> weighted sums: "uitgaven", "gezinnen", "personen", "niet_berekend" (baseline)
    sommen: dict[str, dict[str, float]]
    #: weighted households below the social minimum (baseline)
    armoede: float
    #: weighted persons and households (the population's size)
    personen: float
    huishoudens: float
    #: per variant: disposable income per household per year, variant − baseline
    verschillen: list[numpy.ndarray] = field(default_factory=list)
    #: per variant: scheme id -> the same weighted sums as ``sommen``
    varianten: list[dict[str, dict[str, float]]] = field(default_factory=list)
    #: per variant: weighted households below the social minimum
    armoede_varianten: list[float] = field(default_factory=list)


def wijzigingsmaanden(tbs_lijst, jaar: int) -> list[int]:
    """The months (1-12) of ``jaar`` in which a parameter of any of the systems takes a new value; always 1."""
    maanden = {1}
    for tbs in tbs_lijst:
        maanden |= _maanden_van(tbs.parameters, jaar)
    return sorted(maanden)


def delen(maanden: list[int]) -> list[tuple[int, int]]:
    """(first month, number of months) of each part of the year between the dates on which the rules change."""
    grenzen = [*maanden, 13]
    return [(m, grenzen[i + 1] - m) for i, m in enumerate(maanden)]


def _maanden_van(knoop, jaar: int) -> set[int]:
    gevonden: set[int] = set()
    if isinstance(knoop, Parameter):
        for waarde in knoop.values_list:
            datum = datetime.date.fromisoformat(waarde.instant_str)
            if datum.year == jaar:
                # a value from the 2nd of a month on applies from the next month's first day in a monthly model
                gevonden.add(datum.month if datum.day == 1 else min(datum.month + 1, 12))
    elif isinstance(knoop, ParameterScale):
        for schijf in knoop.brackets:
            for kind in schijf.children.values():
                gevonden |= _maanden_van(kind, jaar)
    elif isinstance(knoop, ParameterNode):
        for kind in knoop.children.values():
            gevonden |= _maanden_van(kind, jaar)
    return gevonden


def simulatie_van_brok(brok: Brok, tbs, jaar: int):
    """The OpenFisca simulation of a chunk: entities joined from the index arrays, every column set as input.

    Public so that an analyst (or a test) can ask any variable of the engine for the population's rows.
    """
    personen, gezinnen, huishoudens = brok.personen, brok.gezinnen, brok.huishoudens
    n_p = len(personen[GEZIN])
    builder = SimulationBuilder()
    builder.create_entities(tbs)
    builder.declare_person_entity("persoon", numpy.arange(n_p))
    gezin_entiteit = builder.declare_entity("gezin", numpy.arange(len(gezinnen[HUISHOUDEN])))
    builder.join_with_persons(gezin_entiteit, personen[GEZIN], numpy.asarray(personen[ROL]).astype(str))
    woning = builder.declare_entity("huishouden", numpy.arange(len(huishoudens[GEWICHT])))
    builder.join_with_persons(woning, gezinnen[HUISHOUDEN][personen[GEZIN]], numpy.full(n_p, "bewoner"))
    simulatie = builder.build(tbs)

    jaar_periode = make_period(str(jaar))
    maanden = [make_period(f"{jaar}-{m:02d}") for m in range(1, 13)]
    kolommen = {"persoon": personen, "gezin": gezinnen, "huishouden": huishoudens}
    for entiteit, tabel in kolommen.items():
        for naam, kolom in tabel.items():
            if naam not in tbs.variables:
                continue  # structure (gezin, rol, gewicht, regio) and reporting columns
            variabele = tbs.variables[naam]
            if variabele.entity.key != entiteit:
                raise ValueError(f"{entiteit} column {naam!r} is a {variabele.entity.key} variable")
            reeks = _als_invoer(variabele, kolom)
            holder = simulatie.get_holder(naam)
            if variabele.definition_period == DateUnit.ETERNITY:
                holder.put_in_cache(reeks, make_period("eternity"))
            elif variabele.definition_period == DateUnit.YEAR:
                holder.put_in_cache(reeks, jaar_periode)
            else:
                for maand in maanden:
                    holder.put_in_cache(reeks, maand)
    if "gemeente" not in huishoudens and REGIO in huishoudens:
        # the rest of the country: no municipality whose rules the engine holds ("" is the unknown municipality)
        regio = numpy.asarray(huishoudens[REGIO]).astype(str)
        gemeente = numpy.where(regio == OVERIG, "", regio)
        for maand in maanden:
            simulatie.get_holder("gemeente").put_in_cache(gemeente, maand)
    return simulatie


def _als_invoer(variabele, kolom) -> numpy.ndarray:
    if variabele.value_type is Enum:
        leden = variabele.possible_values
        namen = numpy.asarray(kolom).astype(str)
        reeks = numpy.zeros(len(namen), dtype=numpy.int16)
        for lid in leden:
            reeks[namen == lid.name] = lid.index
        onbekend = ~numpy.isin(namen, [lid.name for lid in leden])
        if onbekend.any():
            raise ValueError(f"{variabele.name}: unknown value {namen[onbekend][0]!r}")
        return reeks
    if variabele.value_type is str:
        return numpy.asarray(kolom).astype(object)
    return numpy.asarray(kolom, dtype=variabele.dtype)


def _per_gezin(regeling: Regeling, simulatie, maand: str, hoofdgezin: numpy.ndarray):
    """A scheme in one month for every gezin: (the yearly amount at this month's rules, entitled, computable)."""
    recht = numpy.ones(len(hoofdgezin), dtype=bool)
    for voorwaarde in regeling.voorwaarden:
        recht &= simulatie.calculate(voorwaarde.variabele, maand) > 0
    bekend = numpy.ones(len(hoofdgezin), dtype=bool)
    if regeling.beschikbaar:
        bekend = simulatie.calculate(regeling.beschikbaar[0], maand).astype(bool)
    if regeling.niet_monetair:
        jaarbedrag = numpy.zeros(len(hoofdgezin))
        recht &= simulatie.calculate(regeling.maandbedrag, maand).astype(bool)
    else:
        jaarbedrag = simulatie.calculate(regeling.jaarbedrag, maand).astype(numpy.float64)
        if regeling.id in VAKANTIE:
            jaarbedrag = jaarbedrag + simulatie.calculate(VAKANTIE[regeling.id], maand)
        maandbedrag = simulatie.calculate(regeling.maandbedrag, maand)
        recht &= numpy.maximum(maandbedrag, jaarbedrag) > 0
    recht &= bekend
    if regeling.id in PER_WONING:
        recht &= hoofdgezin
        bekend |= ~hoofdgezin  # a second gezin in a dwelling is not asked: it is not unknown either
    return numpy.where(recht, jaarbedrag, 0.0), recht, bekend


@dataclass
class _Kant:
    """One side (baseline or variant) of a chunk, summed over the year's parts."""

    per_gezin: dict[str, numpy.ndarray] = field(default_factory=dict)
    recht: dict[str, numpy.ndarray] = field(default_factory=dict)
    onbekend: dict[str, numpy.ndarray] = field(default_factory=dict)
    aow_personen: numpy.ndarray = field(default_factory=lambda: numpy.zeros(0, dtype=bool))
    netto: numpy.ndarray = field(default_factory=lambda: numpy.zeros(0))
    minimum: numpy.ndarray = field(default_factory=lambda: numpy.zeros(0))


def _bereken_kant(
    brok: Brok, tbs, jaar: int, stukken, regelingen: tuple[Regeling, ...], voorbij: frozenset[str]
) -> _Kant:
    simulatie = simulatie_van_brok(brok, tbs, jaar)
    gezin_van = brok.personen[GEZIN]
    huishouden_van_gezin = brok.gezinnen[HUISHOUDEN]
    n_g = len(huishouden_van_gezin)
    hoofdgezin = numpy.ones(n_g, dtype=bool)
    hoofdgezin[1:] = huishouden_van_gezin[1:] != huishouden_van_gezin[:-1]
    kant = _Kant()
    netto_personen = numpy.zeros(len(gezin_van))
    aow_personen = numpy.zeros(len(gezin_van), dtype=bool)
    minimum = numpy.zeros(n_g)
    for eerste, aantal in stukken:
        maand = f"{jaar}-{eerste:02d}"
        netto_personen += aantal * simulatie.calculate("netto_inkomen", maand)
        minimum += aantal * simulatie.calculate(SOCIAAL_MINIMUM, maand)
        for regeling in regelingen:
            if regeling.id in voorbij:
                bedrag, recht, bekend = numpy.zeros(n_g), numpy.zeros(n_g, dtype=bool), numpy.zeros(n_g, dtype=bool)
            else:
                bedrag, recht, bekend = _per_gezin(regeling, simulatie, maand, hoofdgezin)
            som = kant.per_gezin.setdefault(regeling.id, numpy.zeros(n_g))
            som += bedrag * (aantal / 12)
            kant.recht[regeling.id] = kant.recht.get(regeling.id, numpy.zeros(n_g, dtype=bool)) | recht
            kant.onbekend[regeling.id] = kant.onbekend.get(regeling.id, numpy.zeros(n_g, dtype=bool)) | ~bekend
            if regeling.per_persoon and regeling.id not in voorbij:
                aow_personen |= simulatie.calculate(regeling.per_persoon[0], maand) > 0
    kant.aow_personen = aow_personen
    kant.netto = netto_personen
    kant.minimum = minimum
    return kant


def _huishoudsom(waarden_per_gezin: numpy.ndarray, huishouden_van_gezin: numpy.ndarray, n_h: int) -> numpy.ndarray:
    return numpy.bincount(huishouden_van_gezin, weights=waarden_per_gezin, minlength=n_h)


def _besteedbaar(brok: Brok, kant: _Kant, regelingen: tuple[Regeling, ...]) -> tuple[numpy.ndarray, numpy.ndarray]:
    """Per household: disposable income per year (net income of every person plus every net scheme), and its
    social minimum per year."""
    n_h = brok.aantal_huishoudens
    huishouden_van_gezin = brok.gezinnen[HUISHOUDEN]
    huishouden_van_persoon = huishouden_van_gezin[brok.personen[GEZIN]]
    besteedbaar = numpy.bincount(huishouden_van_persoon, weights=kant.netto, minlength=n_h)
    for regeling in regelingen:
        # a gross amount (the AOW) is already in the net income estimate's net figure; a non-monetary one has none
        if regeling.basis == "netto" and not regeling.niet_monetair:
            bedrag = numpy.where(kant.onbekend[regeling.id], 0.0, kant.per_gezin[regeling.id])
            besteedbaar = besteedbaar + _huishoudsom(bedrag, huishouden_van_gezin, n_h)
    minimum = _huishoudsom(kant.minimum, huishouden_van_gezin, n_h)
    return besteedbaar, minimum


def equivalentiefactor(brok: Brok) -> numpy.ndarray:
    """CBS's equivalence factor per household: (adults + 0.8 × children under 18) ** 0.5."""
    n_h = brok.aantal_huishoudens
    huishouden_van_persoon = brok.gezinnen[HUISHOUDEN][brok.personen[GEZIN]]
    geboren = numpy.asarray(brok.personen["geboortedatum"], dtype="datetime64[D]")
    peil = numpy.datetime64(f"{brok.jaar}-01-01", "D")
    kind = geboren > peil - numpy.timedelta64(18 * 365 + 4, "D")  # under 18 on 1 January (leap days within 1 day)
    gewichten = numpy.where(kind, EQUIVALENTIE_KIND, 1.0)
    return numpy.bincount(huishouden_van_persoon, weights=gewichten, minlength=n_h) ** EQUIVALENTIE_MACHT


def _sommen(kant: _Kant, regeling: Regeling, gewicht_gezin, gewicht_persoon, met_partner) -> dict[str, float]:
    bekend = ~kant.onbekend[regeling.id]
    ontvangers = kant.recht[regeling.id] & bekend
    som = {
        "uitgaven": float(gewicht_gezin @ numpy.where(bekend, kant.per_gezin[regeling.id], 0.0)),
        "gezinnen": float(gewicht_gezin @ ontvangers),
        # the gezinnen with two partners among them: with the count of gezinnen, what a change to an amount that
        # doubles for a partner (the standaardpremie, a norm per partner) costs by hand
        "met_partner": float(gewicht_gezin @ (ontvangers & met_partner)),
        "niet_berekend": float(gewicht_gezin @ ~bekend),
        "alle_gezinnen": float(gewicht_gezin.sum()),
    }
    som["personen"] = float(gewicht_persoon @ kant.aow_personen) if regeling.per_persoon else som["gezinnen"]
    return som


def bereken_brok(
    brok: Brok,
    basis,
    varianten: tuple = (),
    regelingen: tuple[Regeling, ...] | None = None,
    voorbij: frozenset[str] = frozenset(),
) -> BrokUitkomst:
    """Every scheme for every household of one chunk, for the baseline and each variant (tax-benefit systems).

    ``voorbij``: the ids of schemes whose rules are not known for the whole year (past their ``bekend_tot``):
    not computed for anyone, so never counted as nil.
    """
    brok.controleer()
    regelingen = tuple(REGELINGEN) if regelingen is None else regelingen
    systemen = [basis, *varianten]
    stukken = delen(wijzigingsmaanden(systemen, brok.jaar))
    kanten = [_bereken_kant(brok, tbs, brok.jaar, stukken, regelingen, voorbij) for tbs in systemen]
    gewicht = numpy.asarray(brok.huishoudens[GEWICHT], dtype=numpy.float64)
    huishouden_van_gezin = brok.gezinnen[HUISHOUDEN]
    gewicht_gezin = gewicht[huishouden_van_gezin]
    gewicht_persoon = gewicht[huishouden_van_gezin[brok.personen[GEZIN]]]
    n_h = brok.aantal_huishoudens
    met_partner = (
        numpy.bincount(brok.personen[GEZIN][brok.personen[ROL] == "partner"], minlength=len(gewicht_gezin)) == 2
    )

    besteedbaar, minimum = _besteedbaar(brok, kanten[0], regelingen)
    uitkomst = BrokUitkomst(
        begin=brok.begin,
        gewicht=gewicht,
        inkomen=besteedbaar / equivalentiefactor(brok),
        per_regeling={
            r.id: _huishoudsom(
                numpy.where(kanten[0].onbekend[r.id], 0.0, kanten[0].per_gezin[r.id]), huishouden_van_gezin, n_h
            )
            for r in regelingen
        },
        sommen={r.id: _sommen(kanten[0], r, gewicht_gezin, gewicht_persoon, met_partner) for r in regelingen},
        armoede=float(gewicht @ (besteedbaar < minimum)),
        personen=float(gewicht_persoon.sum()),
        huishoudens=float(gewicht.sum()),
    )
    for kant in kanten[1:]:
        besteedbaar_v, minimum_v = _besteedbaar(brok, kant, regelingen)
        uitkomst.verschillen.append(besteedbaar_v - besteedbaar)
        uitkomst.varianten.append(
            {r.id: _sommen(kant, r, gewicht_gezin, gewicht_persoon, met_partner) for r in regelingen}
        )
        uitkomst.armoede_varianten.append(float(gewicht @ (besteedbaar_v < minimum_v)))
    return uitkomst


@functools.lru_cache(maxsize=1)
def regeling_ids() -> tuple[str, ...]:
    return tuple(r.id for r in REGELINGEN)
