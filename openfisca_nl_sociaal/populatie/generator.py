"""The synthetic population of the Netherlands: households drawn from published statistics, weighted to national totals.

It holds no real person. Two steps, so that a cluster can spread the work:

- :func:`skelet` draws every household's design (type, region, tenure, the age, role, income source, wage, pension and
  childcare of each member) for the whole country at once, and calibrates the weights (:mod:`.kalibratie`) to the
  published margins. Deterministic: ``numpy.random.default_rng`` seeded from ``(zaad, jaar)``.
- :func:`brok` expands a slice of it (:meth:`Skelet.deel`) into the engine's input facts: gezinnen, persons, birth
  dates, assets, rents, childcare hours and prices. Its random draws are a hash of ``(zaad, jaar, household index,
  member)``, so a chunk is the same whichever process computes it and however the country is cut into chunks.

Every table read ships in ``gegevens/`` with its source and year in ``#`` lines (``gegevens/BRONNEN.md`` lists them).

Assumptions (where the published tables stop):

- **Households** (CBS 37975/71486ned, 1 January 2024): 8,374,404 households; the type shares of 2024 for every year;
  the national total is that of 1 January of the year (2020-2024), 2024's for later years. "Overig" households
  (47,052: unrelated adults sharing) hold 2-4 adults, each a gezin of its own. The 286,775 "overige leden" living in
  other households (a grandparent, a lodger) are not modelled.
- **Children at home** (CBS 71487ned 2023): 1/2/3+ children per couple or single parent as published; 3+ is 3, 4, 5
  or 6 children (72/20/6/2%, assumed). The oldest child is born when the younger parent is N(30, 4.5) years old
  (at least 18), the next ones 1-6 years apart; a child aged 18 or over is a gezin of its own in the household
  (the Participatiewet's kostendeler), a younger one is ``kind`` in its parents' gezin.
- **Age of the main earner**: no national table by age of the reference person was found; per type a histogram
  (``_LEEFTIJD``) shaped by the 2020 AOW-age splits of CBS 83932NED (a third of one-person households at AOW age,
  42% of couples without children). The calibration then fixes the persons per age band (CBS 37296ned 2019 shape,
  80+ at the 2024 share of 5.0%), the AOW pensioners (SVB 2023) and the children at home (CBS 37620 2024).
  Partners are N(-1.5, 4) years from the main earner.
- **AOW**: a person receives AOW in the year when aged 67 or over on 1 January (66 for 2020-2023, when the AOW age
  was 66 and 4 to 10 months). 88.4% have 50 insured years (SVB); the rest miss 1 + an exponential number of years
  with mean 12 (assumed: the SVB does not publish the distribution). Supplementary pension (``bruto_pensioen``):
  none for 10% of pensioners, otherwise lognormal with median EUR 10,000 a year at 2022 wage levels and sigma 0.85
  (assumed, DNB/CBS report a median of roughly that size; not a shipped table).
- **Work and income** (yearly, wage levels of 2022 brought to the year with the CBS cao-wage index): below AOW age a
  person studies (18-29, more often when living with the parents; ``studiefinanciering``; a side job for 70%), works,
  draws a UWV benefit (WW/WIA/Wajong: 7%, 12% from 55), or has no income. Employment rates by age (``_WERK``) are
  assumptions near the CBS labour participation of 2023 (about 80% of 25-54-year-olds). Wages are lognormal with an
  age profile (medians EUR 20k-53k, sigma 0.55; a partner earns 0.75 of that: part time), shaped so that household
  work income follows the 2022 primary-income decile bounds (CBS 83934NED), which the calibration holds from P40
  up. A UWV benefit has no input of its own in the engine: it is in ``bruto_loon`` (box 1 income like a wage, which
  is how the toeslagen and the Participatiewet count it), but not in the primary income of the income margin.
- **No income** (bijstand): the gezinnen below AOW age without wage, benefit, pension or study are calibrated to the
  406,000 persons with algemene bijstand at the end of 2024 (CBS). Gezinnen with bijstand on top of a small wage are
  not a separate target, so the engine's count of entitled gezinnen is somewhat higher. 65% of them have had a low
  income for 36 months or more (``maanden_laag_inkomen``: 36-120), the others 0 (assumed).
- **Assets** (``vermogen``): per gezin, lognormal around the CBS 2022 median bank and savings balance of its type
  (83834NED: EUR 8.9k-33.4k; 30.9k at 65+), sigma 1.5 (the tail the toeslagen asset tests read: about a fifth of
  single persons above the huurtoeslag limit); 8% hold nothing; gezinnen without income a median of EUR 1,000.
  Bank and savings balances understate the box 3 base (investments, second homes): a known limitation. Split
  equally between partners.
- **Tenure** (CBS 82900NED 2023 shares of the dwelling stock: 57% owner, 28% corporation, 14% other landlord):
  ownership more likely for couples and higher work income; corporation renters more likely at low income.
- **Rents**: corporation rents around the 2023 average of EUR 582 (nul20), +5.1% from July 2024, sd EUR 110,
  between EUR 350 and 900; other landlords lognormal with median EUR 950 (assumed: no published distribution was
  found), EUR 450-2,500. Service costs EUR 20-60 a month for renters (assumed). Student rooms and shared houses
  (``overig`` households, 60%; renting singles under 25, 40%) are not ``zelfstandige_woonruimte``.
- **Municipal taxes** (``gemeentelijke_belastingen``, COELO 2021, not indexed): afvalstoffenheffing EUR 305
  (one-person households 85% of it, assumed), rioolheffing EUR 105 for tenants and 201 for owners, plus ozb EUR 305
  for owners; +/- 15% between municipalities.
- **Childcare** (SZW quarterly averages, 2022/2023): children whose parents all work or study; dagopvang and
  gastouder at 0-3, BSO and gastouder at 4-12, calibrated to the quarterly averages; monthly hours lognormal around
  the published means (sigma 0.3, at most 230), hourly prices around the 2024 averages (sd 8%; gastouder EUR 8.00
  assumed). A child uses one kind of care.
- **Regions**: the four big cities' inhabitants (2024; municipal and CBS figures, ``g4_inwoners.csv``) scaled by the
  national share of persons in private households (98.4%); singles and shared houses are more urban (assumed).
"""

from __future__ import annotations

import csv
import functools
import math
from dataclasses import dataclass, field
from importlib import resources

import numpy

from openfisca_nl_sociaal.populatie import kalibratie
from openfisca_nl_sociaal.populatie.model import GEWICHT, GEZIN, HUISHOUDEN, REGIO, ROL, Brok

HUISHOUDTYPEN = ("alleenstaand", "paar_zonder_kinderen", "paar_met_kinderen", "eenouder", "overig")
REGIOS = ("GM0363", "GM0599", "GM0518", "GM0344", "overig")
EIGENDOM = ("eigen_woning", "huur_corporatie", "huur_overig")
OPVANG = ("geen", "dagopvang", "buitenschoolse_opvang", "gastouderopvang")
#: member slots per household: the main earner, a partner (or a second adult), up to six children (or adults)
PLAATSEN = 8
# soort: the member's place in the household
LEEG, PARTNER, KIND, VOLWASSEN_KIND, OVERIG_LID = 0, 1, 2, 3, 4
# bron: the member's income source
GEEN, WERK, UITKERING, STUDENT, PENSIOEN = 0, 1, 2, 3, 4
#: the income bands of the calibration: household work income against the 2022 primary-income bounds P40..P90
INKOMENSKLASSEN = ("tot_p40", "p40_p50", "p50_p60", "p60_p70", "p70_p80", "p80_p90", "boven_p90")

# main earner's age per household type: (from, to, share) in years on 1 January (assumed; see the docstring)
_LEEFTIJD = {
    0: (
        (18, 25, 0.10),
        (25, 35, 0.18),
        (35, 45, 0.11),
        (45, 55, 0.13),
        (55, 67, 0.17),
        (67, 80, 0.19),
        (80, 100, 0.12),
    ),
    1: ((20, 30, 0.12), (30, 45, 0.11), (45, 55, 0.11), (55, 67, 0.24), (67, 80, 0.33), (80, 96, 0.09)),
    2: ((25, 35, 0.16), (35, 45, 0.34), (45, 55, 0.34), (55, 67, 0.14), (67, 85, 0.02)),
    3: ((22, 35, 0.14), (35, 45, 0.26), (45, 55, 0.31), (55, 67, 0.19), (67, 92, 0.10)),
    4: ((18, 25, 0.40), (25, 35, 0.25), (35, 67, 0.20), (67, 90, 0.15)),
}
# share of work, by age band from (lower bound), before the partner and single-parent adjustments (assumed)
_WERK = ((18, 0.78), (25, 0.87), (55, 0.82), (60, 0.66))
# median yearly wage at 2022 levels by age band from (assumed; sigma 0.55)
_LOON = ((18, 22_000.0), (25, 46_000.0), (35, 60_000.0), (45, 64_000.0), (55, 60_000.0))


# --------------------------------------------------------------------------------------------------- the tables


def _pad(naam: str):
    return resources.files("openfisca_nl_sociaal.populatie").joinpath(f"gegevens/{naam}")


@functools.cache
def lees(naam: str) -> tuple[list[dict[str, str]], tuple[dict[str, str], ...]]:
    """A shipped table: its rows, and its sources (the ``# bron: titel | url`` lines)."""
    tekst = _pad(naam).read_text(encoding="utf-8").splitlines()
    bronnen = []
    for regel in tekst:
        if regel.startswith("# bron:"):
            titel, _, url = regel[len("# bron:") :].rpartition("|")
            bronnen.append({"titel": titel.strip(), "url": url.strip()})
    rijen = list(csv.DictReader(r for r in tekst if not r.startswith("#")))
    return rijen, tuple(bronnen)


def _tabel(naam: str, sleutel: str, waarde: str) -> dict[str, float]:
    return {r[sleutel]: float(r[waarde]) for r in lees(naam)[0] if r[waarde] != ""}


TABELLEN = (
    "huishoudens.csv",
    "kinderen_per_huishouden.csv",
    "personen.csv",
    "leeftijd.csv",
    "kinderen_leeftijd.csv",
    "woningvoorraad.csv",
    "g4_inwoners.csv",
    "aow.csv",
    "kinderopvang.csv",
    "inkomen.csv",
    "inkomen_type.csv",
    "cao_lonen.csv",
    "bijstand.csv",
    "vermogen.csv",
    "woonlasten.csv",
)


def bronnen() -> list[dict[str, str]]:
    """Every source of every table the generator reads, once."""
    gezien: dict[str, dict[str, str]] = {}
    for naam in TABELLEN:
        for bron in lees(naam)[1]:
            gezien.setdefault(bron["url"], bron)
    return list(gezien.values())


def aantal_huishoudens(jaar: int) -> float:
    """N: private households on 1 January of the year (CBS 37975), 2024's for later years."""
    totalen = {int(r["jaar"]): float(r["totaal"]) for r in lees("huishoudens.csv")[0]}
    return totalen[min(max(jaar, min(totalen)), max(totalen))]


def loonindex(jaar: int) -> float:
    """Wage level of the year relative to 2022 (CBS cao-lonen); 2025's after 2025."""
    stijging = {int(k): float(v) / 100 for k, v in _tabel("cao_lonen.csv", "jaar", "stijging_procent").items()}
    index = 1.0
    for j in range(2023, min(jaar, max(stijging)) + 1):
        index *= 1 + stijging[j]
    for j in range(max(jaar, 2020) + 1, 2023):
        index /= 1 + stijging[j]
    return index


def aow_leeftijd(jaar: int) -> int:
    """Age on 1 January from which a person receives AOW in the year (67 from 2024; 66 and some months before)."""
    return 67 if jaar >= 2024 else 66


# --------------------------------------------------------------------------------------------------- the skeleton


@dataclass
class Deel:
    """Households ``[begin, eind)`` of a skeleton: what a worker needs to build their chunk (picklable, small)."""

    jaar: int
    begin: int
    gewicht: numpy.ndarray
    huishoudtype: numpy.ndarray
    regio: numpy.ndarray
    eigendom: numpy.ndarray
    inkomensklasse: numpy.ndarray
    leeftijd: numpy.ndarray
    soort: numpy.ndarray
    bron: numpy.ndarray
    opvang: numpy.ndarray
    loon: numpy.ndarray
    pensioen: numpy.ndarray

    @property
    def eind(self) -> int:
        return self.begin + len(self.gewicht)


@dataclass
class Skelet:
    """The design of every drawn household and its calibrated weight. Household-level arrays have one row per
    household; member arrays (``leeftijd``, ``soort``, ``bron``, ``opvang``, ``loon``, ``pensioen``) have
    :data:`PLAATSEN` columns, ``leeftijd`` -1 where the slot is empty."""

    jaar: int
    zaad: int
    steekproef: float
    gewicht: numpy.ndarray
    huishoudtype: numpy.ndarray
    regio: numpy.ndarray
    eigendom: numpy.ndarray
    inkomensklasse: numpy.ndarray
    leeftijd: numpy.ndarray
    soort: numpy.ndarray
    bron: numpy.ndarray
    opvang: numpy.ndarray
    loon: numpy.ndarray
    pensioen: numpy.ndarray
    _marges: list[dict] = field(default_factory=list, repr=False)

    @property
    def aantal(self) -> int:
        return len(self.gewicht)

    def deel(self, begin: int, eind: int) -> Deel:
        s = slice(begin, eind)
        return Deel(
            jaar=self.jaar,
            begin=begin,
            **{k: getattr(self, k)[s].copy() for k in Deel.__dataclass_fields__ if k not in ("jaar", "begin")},
        )

    def marges(self) -> list[dict]:
        """The calibration report: per margin and category its target, the weighted total and the deviation."""
        return [dict(m) for m in self._marges]

    def bronnen(self) -> list[dict[str, str]]:
        return bronnen()


def _uit_histogram(rng, n: int, banden) -> numpy.ndarray:
    kans = numpy.array([b[2] for b in banden])
    keuze = rng.choice(len(banden), n, p=kans / kans.sum())
    van = numpy.array([b[0] for b in banden])[keuze]
    tot = numpy.array([b[1] for b in banden])[keuze]
    return (van + rng.random(n) * (tot - van)).astype(numpy.int16)


def _per_leeftijd(leeftijd: numpy.ndarray, banden) -> numpy.ndarray:
    grenzen = numpy.array([b[0] for b in banden])
    waarden = numpy.array([b[1] for b in banden])
    return waarden[numpy.clip(numpy.searchsorted(grenzen, leeftijd, side="right") - 1, 0, len(banden) - 1)]


def skelet(jaar: int, zaad: int = 1, steekproef: float = 1.0) -> Skelet:
    """Draw ``round(steekproef × N)`` households for ``jaar`` and calibrate their weights to N and the margins."""
    totaal = aantal_huishoudens(jaar)
    n = max(1, round(steekproef * totaal))
    rng = numpy.random.default_rng([zaad, jaar])
    aow = aow_leeftijd(jaar)
    index = loonindex(jaar)

    # household type (CBS 2024 shares)
    rij = next(r for r in lees("huishoudens.csv")[0] if r["jaar"] == "2024")
    type_aantal = numpy.array([float(rij[t]) for t in HUISHOUDTYPEN])
    htype = rng.choice(5, n, p=type_aantal / type_aantal.sum()).astype(numpy.int8)

    leeftijd = numpy.full((n, PLAATSEN), -1, dtype=numpy.int16)
    soort = numpy.zeros((n, PLAATSEN), dtype=numpy.int8)

    # the main earner and the partner (or the second adult of a shared house)
    hoofd = numpy.zeros(n, dtype=numpy.int16)
    for t, banden in _LEEFTIJD.items():
        op = htype == t
        hoofd[op] = _uit_histogram(rng, int(op.sum()), banden)
    leeftijd[:, 0] = hoofd
    soort[:, 0] = PARTNER
    paar = (htype == 1) | (htype == 2)
    partner = numpy.clip(hoofd + numpy.round(rng.normal(-1.5, 4.0, n)), 18, 100).astype(numpy.int16)
    leeftijd[paar, 1] = partner[paar]
    soort[paar, 1] = PARTNER

    # children at home: how many (CBS 71487ned shares), their ages from the younger parent's
    kinderen = numpy.zeros(n, dtype=numpy.int8)
    per_type = {r["huishoudtype"]: r for r in lees("kinderen_per_huishouden.csv")[0]}
    for t, naam in ((2, "paar_met_kinderen"), (3, "eenouder")):
        op = numpy.flatnonzero(htype == t)
        aandeel = numpy.array([float(per_type[naam][k]) for k in ("een_kind", "twee_kinderen", "drie_of_meer")])
        aantal = rng.choice(3, len(op), p=aandeel / aandeel.sum()) + 1
        veel = aantal == 3
        aantal[veel] = rng.choice([3, 4, 5, 6], int(veel.sum()), p=[0.72, 0.20, 0.06, 0.02])
        kinderen[op] = aantal
    ouder = numpy.where(paar, numpy.minimum(hoofd, partner), hoofd)
    vorige = (ouder - numpy.clip(numpy.round(rng.normal(30.0, 4.5, n)), 18, None)).astype(numpy.int16)
    vorige = numpy.maximum(vorige, 0).astype(numpy.int16)
    for k in range(6):
        heeft = kinderen > k
        if k > 0:
            volgende = vorige - (1 + rng.geometric(0.45, n))
            opnieuw = volgende < 0
            volgende[opnieuw] = (rng.random(int(opnieuw.sum())) * (vorige[opnieuw] + 1)).astype(numpy.int16)
            vorige = numpy.where(heeft, volgende, vorige).astype(numpy.int16)
        leeftijd[heeft, 2 + k] = vorige[heeft]
        soort[heeft, 2 + k] = numpy.where(vorige[heeft] >= 18, VOLWASSEN_KIND, KIND)

    # shared houses: 2-4 unrelated adults, each a gezin of its own
    overig = numpy.flatnonzero(htype == 4)
    extra = rng.choice([1, 2, 3], len(overig), p=[0.7, 0.2, 0.1])
    for k in range(3):
        op = overig[extra > k]
        jong = hoofd[op] < 30
        a = numpy.where(jong, rng.integers(18, 30, len(op)), hoofd[op] + numpy.round(rng.normal(0, 10, len(op))))
        leeftijd[op, 1 + k] = numpy.clip(a, 18, 95)
        soort[op, 1 + k] = OVERIG_LID

    # other members in families (CBS 37620: 286,775 "overige leden" in all): a grandparent or a lodger in 4% of the
    # couples and single parents (assumed), in the first free slot; a gezin of its own
    gezinnen = numpy.flatnonzero(((htype == 2) | (htype == 3) | (htype == 1)) & (rng.random(n) < 0.04))
    vrij = numpy.where(htype[gezinnen] == 3, 1, 2 + kinderen[gezinnen])
    gezinnen, vrij = gezinnen[vrij < PLAATSEN], vrij[vrij < PLAATSEN]
    oudere = rng.random(len(gezinnen)) < 0.5
    leeftijd[gezinnen, vrij] = numpy.where(
        oudere, rng.integers(70, 96, len(gezinnen)), rng.integers(18, 31, len(gezinnen))
    )
    soort[gezinnen, vrij] = OVERIG_LID

    # income source and amounts of every adult, in blocks of households (bounded memory, the same draws every run)
    bron = numpy.zeros((n, PLAATSEN), dtype=numpy.int8)
    loon = numpy.zeros((n, PLAATSEN), dtype=numpy.float32)
    pensioen = numpy.zeros((n, PLAATSEN), dtype=numpy.float32)
    for begin in range(0, n, BLOK):
        s = slice(begin, begin + BLOK)
        _inkomens(rng, htype[s], leeftijd[s], soort[s], aow, index, bron[s], loon[s], pensioen[s])

    # household work income (primary income without capital income) against the 2022 decile bounds
    primair = numpy.where(bron == UITKERING, numpy.float32(0), loon).sum(axis=1, dtype=numpy.float64)
    grenzen = numpy.array([float(lees("inkomen.csv")[0][0][f"p{p}"]) for p in (40, 50, 60, 70, 80, 90)])
    klasse = numpy.searchsorted(grenzen * 1000 * index, primair, side="right").astype(numpy.int8)

    # tenure: owners more often couples and higher income; corporation tenants more often low income
    eigen_kans = numpy.array([0.46, 0.75, 0.78, 0.38, 0.25])[htype] + numpy.select(
        [klasse == 0, klasse >= 4], [-0.15, 0.15], default=0.0
    )
    w = rng.random(n)
    corporatie_kans = numpy.where(klasse == 0, 0.78, 0.56)
    eigendom = numpy.where(w < eigen_kans, 0, numpy.where(rng.random(n) < corporatie_kans, 1, 2)).astype(numpy.int8)

    # region: the four big cities' share of households, singles and shared houses more urban
    steden = numpy.array([0.058, 0.040, 0.032, 0.021])
    stedelijk = numpy.array([1.35, 0.8, 0.85, 1.1, 1.5])
    r = rng.random(n)
    regio = numpy.zeros(n, dtype=numpy.int8)  # 0..3 the cities, 4 the rest
    for t in range(len(HUISHOUDTYPEN)):
        op = htype == t
        regio[op] = numpy.searchsorted(numpy.cumsum(stedelijk[t] * steden), r[op], side="right")
    del r, w, eigen_kans, corporatie_kans, primair

    # childcare: children of gezinnen whose partners all work or study
    actief = (bron == WERK) | (bron == STUDENT) | ((bron == PENSIOEN) & (loon > 0))
    ouders_actief = numpy.all(~((soort == PARTNER) & ~actief), axis=1)
    kind = (soort == KIND) & ouders_actief[:, None]
    z = rng.random((n, PLAATSEN), dtype=numpy.float32)
    klein = kind & (leeftijd <= 3)
    groot = kind & (leeftijd >= 4) & (leeftijd <= 12)
    opvang = numpy.zeros((n, PLAATSEN), dtype=numpy.int8)
    opvang[klein & (z < 0.43)] = 1
    opvang[klein & (z >= 0.43) & (z < 0.49)] = 3
    opvang[groot & (z < 0.52)] = 2
    opvang[groot & (z >= 0.52) & (z < 0.555)] = 3
    del actief, ouders_actief, kind, z, klein, groot

    x, marges = _marges(
        jaar, totaal, htype, kinderen, eigendom, klasse, leeftijd, soort, bron, loon, pensioen, opvang, regio
    )
    gewicht, rapport = kalibratie.kalibreer(x, marges, totaal)
    del x
    return Skelet(
        jaar=jaar,
        zaad=zaad,
        steekproef=steekproef,
        gewicht=gewicht,
        huishoudtype=htype,
        regio=regio,
        eigendom=eigendom,
        inkomensklasse=klasse,
        leeftijd=leeftijd.astype(numpy.int8),
        soort=soort,
        bron=bron,
        opvang=opvang,
        loon=loon,
        pensioen=pensioen,
        _marges=rapport,
    )


#: households per block of the member-level draws in :func:`skelet`
BLOK = 262_144


def _inkomens(rng, htype, leeftijd, soort, aow: int, index: float, bron, loon, pensioen) -> None:
    """Income source, wage and pension of every adult of a block of households (written into the last three)."""
    n = len(htype)
    paar = (htype == 1) | (htype == 2)
    volwassen = (leeftijd >= 0) & (soort != KIND)
    bij_ouders = soort == VOLWASSEN_KIND
    u = rng.random((n, PLAATSEN), dtype=numpy.float32)
    oud = volwassen & (leeftijd >= aow)
    jong = volwassen & ~oud
    bron[oud] = PENSIOEN
    heeft_pensioen = oud & (rng.random((n, PLAATSEN), dtype=numpy.float32) >= 0.10)
    pensioen[heeft_pensioen] = 10_000 * index * numpy.exp(rng.normal(0, 0.85, int(heeft_pensioen.sum())))
    werkend_oud = oud & (rng.random((n, PLAATSEN), dtype=numpy.float32) < 0.06)
    loon[werkend_oud] = 12_000 * index * numpy.exp(rng.normal(0, 0.8, int(werkend_oud.sum())))

    studiekans = numpy.select(
        [leeftijd < 21, leeftijd < 24, leeftijd < 27, leeftijd < 30], [0.55, 0.40, 0.15, 0.03], default=0.0
    )
    studiekans = numpy.where(bij_ouders, numpy.minimum(studiekans * 1.4, 0.9), studiekans)
    student = jong & (u < studiekans)
    bron[student] = STUDENT
    bijbaan = student & (rng.random((n, PLAATSEN), dtype=numpy.float32) < 0.7)
    loon[bijbaan] = 7_000 * index * numpy.exp(rng.normal(0, 0.7, int(bijbaan.sum())))

    werkkans = _per_leeftijd(leeftijd, _WERK)
    werkkans = werkkans - 0.08 * (numpy.arange(PLAATSEN) == 1)[None, :] * paar[:, None]
    werkkans = werkkans - 0.10 * ((htype == 3)[:, None] & (numpy.arange(PLAATSEN) == 0)[None, :])
    uitkeringkans = numpy.where(leeftijd >= 55, 0.12, 0.07)
    rest = jong & ~student
    v = rng.random((n, PLAATSEN), dtype=numpy.float32)
    werkt = rest & (v < werkkans)
    uwv = rest & ~werkt & (v < werkkans + uitkeringkans)
    bron[werkt] = WERK
    bron[uwv] = UITKERING
    mediaan = _per_leeftijd(leeftijd, _LOON) * numpy.where(numpy.arange(PLAATSEN) == 1, 0.75, 1.0)[None, :]
    loon[werkt] = mediaan[werkt] * index * numpy.exp(rng.normal(0, 0.6, int(werkt.sum())))
    loon[uwv] = 19_000 * index * numpy.exp(rng.normal(0, 0.3, int(uwv.sum())))


def zonder_inkomen(leeftijd, soort, bron, loon, pensioen, aow: int) -> numpy.ndarray:
    """Per member slot: the gezin it heads has no income at all and is below AOW age (counted once, at its head)."""
    niets = (loon == 0) & (pensioen == 0) & (bron != STUDENT) & (bron != UITKERING) & (leeftijd < aow)
    # the main earner's gezin: the partners in slots 0 and 1
    partner_niets = numpy.where(soort[:, 1] == PARTNER, niets[:, 1], True)
    hoofd = niets[:, 0] & partner_niets
    eigen = niets & ((soort == VOLWASSEN_KIND) | (soort == OVERIG_LID))
    eigen[:, 0] = hoofd
    return eigen


def _marges(jaar, totaal, htype, kinderen, eigendom, klasse, leeftijd, soort, bron, loon, pensioen, opvang, regio):
    """The calibration's contributions (one int8 column per margin, households long) and the margins' targets."""
    kolommen: list[numpy.ndarray] = []
    marges: list[kalibratie.Marge] = []

    def voeg(marge: str, categorie: str, doel: float, kolom, actief: bool = True):
        marges.append(kalibratie.Marge(marge, categorie, float(doel), actief))
        kolommen.append(numpy.asarray(kolom, dtype=numpy.int8))

    rij = next(r for r in lees("huishoudens.csv")[0] if r["jaar"] == "2024")
    type_aantal = numpy.array([float(rij[t]) for t in HUISHOUDTYPEN])
    type_doel = type_aantal / type_aantal.sum() * totaal
    for t, naam in enumerate(HUISHOUDTYPEN):
        voeg("huishoudens naar type (CBS 37975/71486ned 2024)", naam, type_doel[t], htype == t, t < 4)

    per_type = {r["huishoudtype"]: r for r in lees("kinderen_per_huishouden.csv")[0]}
    for t, naam in ((2, "paar_met_kinderen"), (3, "eenouder")):
        aandeel = numpy.array([float(per_type[naam][k]) for k in ("een_kind", "twee_kinderen", "drie_of_meer")])
        doelen = aandeel / aandeel.sum() * type_doel[t]
        for k, (label, ondergrens) in enumerate((("1", 1), ("2", 2), ("3+", 3))):
            op = (htype == t) & ((kinderen == ondergrens) if ondergrens < 3 else (kinderen >= 3))
            voeg("huishoudens met kinderen naar aantal (CBS 71487ned 2023)", f"{naam} {label}", doelen[k], op, k < 2)

    voorraad = _tabel("woningvoorraad.csv", "eigendom", "woningen")
    aandeel = numpy.array([voorraad[e] for e in EIGENDOM])
    for e, naam in enumerate(EIGENDOM):
        doel = aandeel[e] / aandeel.sum() * totaal
        voeg("huishoudens naar eigendom (CBS 82900NED 2023)", naam, doel, eigendom == e, e < 2)

    for k, naam in enumerate(INKOMENSKLASSEN):
        doel = (0.4 if k == 0 else 0.1) * totaal
        voeg("huishoudens naar arbeidsinkomen (CBS 83934NED 2022, primair)", naam, doel, klasse == k, k < 6)

    personen = _tabel("personen.csv", "positie", "personen")
    in_huishoudens = personen["in_particuliere_huishoudens"] * totaal / aantal_huishoudens(2024)
    banden = lees("leeftijd.csv")[0]
    oud = numpy.array([float(b["personen_2019"]) for b in banden])
    aandeel = oud / oud.sum()
    aandeel[:-1] *= (1 - 0.05) / aandeel[:-1].sum()
    aandeel[-1] = 0.05
    for b, band in enumerate(banden):
        van, tot = int(band["van"]), int(band["tot"])
        tel = ((leeftijd >= van) & (leeftijd <= tot)).sum(axis=1)
        # the last band follows from the others: the persons' total is fixed by the types, children and other members
        laatste = b == len(banden) - 1
        voeg(
            "personen naar leeftijd (CBS 37296ned 2019, 80+ 2024)",
            f"{van}-{tot}",
            aandeel[b] * in_huishoudens,
            tel,
            not laatste,
        )

    aow = aow_leeftijd(jaar)
    doel_aow = _tabel("aow.csv", "maat", "waarde")["aow_gerechtigden_in_nederland"]
    voeg("AOW-gerechtigden in Nederland (SVB 2023)", f"{aow} jaar of ouder", doel_aow, (leeftijd >= aow).sum(axis=1))

    kind = (soort == KIND) | (soort == VOLWASSEN_KIND)
    voeg(
        "thuiswonende kinderen (CBS 37620 2024)",
        "thuiswonend kind",
        personen["thuiswonend_kind"] * totaal / aantal_huishoudens(2024),
        kind.sum(axis=1),
    )

    voeg(
        "overige leden (CBS 37620 2024)",
        "overig lid",
        personen["overig_lid"] * totaal / aantal_huishoudens(2024),
        # every member of a shared house is an "overig lid" for CBS, its first one too
        (soort == OVERIG_LID).sum(axis=1) + (htype == 4),
    )

    aandeel_particulier = personen["in_particuliere_huishoudens"] / 17_942_942  # CBS 37620: all persons 2024
    leden = (leeftijd >= 0).sum(axis=1)
    for g in lees("g4_inwoners.csv")[0]:
        r = REGIOS.index(g["gemeente"])
        voeg(
            "inwoners G4 (gemeenten 2024)", g["naam"], float(g["inwoners"]) * aandeel_particulier, leden * (regio == r)
        )

    for rij_opvang in lees("kinderopvang.csv")[0]:
        s = OPVANG.index(rij_opvang["soort"])
        van, tot = int(rij_opvang["leeftijd_van"]), int(rij_opvang["leeftijd_tot"])
        tel = ((opvang == s) & (leeftijd >= van) & (leeftijd <= tot)).sum(axis=1)
        voeg(
            "kinderen met kinderopvang (SZW kwartaal 2022/2023)",
            f"{rij_opvang['soort']} {van}-{tot}",
            float(rij_opvang["kinderen"]),
            tel,
        )

    geen = zonder_inkomen(leeftijd, soort, bron, loon, pensioen, aow).sum(axis=1)
    bijstand = _tabel("bijstand.csv", "maat", "waarde")["bijstand_personen"]
    voeg("gezinnen zonder inkomen onder AOW-leeftijd (CBS bijstand 2024)", "zonder inkomen", bijstand, geen)

    return kolommen, marges


# --------------------------------------------------------------------------------------------------- the chunk

_M1, _M2, _GOUD = numpy.uint64(0xBF58476D1CE4E5B9), numpy.uint64(0x94D049BB133111EB), numpy.uint64(0x9E3779B97F4A7C15)


def _meng(x: numpy.ndarray) -> numpy.ndarray:
    """splitmix64: a well-mixed 64-bit hash of each element."""
    with numpy.errstate(over="ignore"):
        z = x + _GOUD
        z = (z ^ (z >> numpy.uint64(30))) * _M1
        z = (z ^ (z >> numpy.uint64(27))) * _M2
        return z ^ (z >> numpy.uint64(31))


class _Toeval:
    """Uniform and normal draws that depend only on (zaad, jaar, stream, index): the same in every process."""

    def __init__(self, zaad: int, jaar: int):
        self.basis = _meng(numpy.array([zaad * 10_007 + jaar], dtype=numpy.uint64))[0]

    def uniform(self, stroom: int, index: numpy.ndarray) -> numpy.ndarray:
        with numpy.errstate(over="ignore"):
            sleutel = _meng(numpy.array([self.basis + numpy.uint64(stroom)], dtype=numpy.uint64))[0]
            z = _meng(index.astype(numpy.uint64) * numpy.uint64(0x100000001B3) ^ sleutel)
        return ((z >> numpy.uint64(11)).astype(numpy.float64) + 0.5) * (1.0 / 2**53)

    def normaal(self, stroom: int, index: numpy.ndarray) -> numpy.ndarray:
        u1, u2 = self.uniform(stroom, index), self.uniform(stroom + 1000, index)
        return numpy.sqrt(-2.0 * numpy.log(u1)) * numpy.cos(2 * math.pi * u2)


def brok(deel: Deel, zaad: int) -> Brok:
    """The chunk of households ``[deel.begin, deel.eind)``: gezinnen, persons and every input fact of the engine."""
    jaar, m = deel.jaar, len(deel.gewicht)
    toeval = _Toeval(zaad, jaar)
    aow = aow_leeftijd(jaar)
    hh_index = numpy.arange(deel.begin, deel.begin + m, dtype=numpy.int64)

    leeftijd = deel.leeftijd.astype(numpy.int16)
    soort = deel.soort
    lid = leeftijd >= 0
    plaats = numpy.broadcast_to(numpy.arange(PLAATSEN), (m, PLAATSEN))

    # gezinnen: the main earner's (with the partner and the minor children), and one per adult child or other adult
    nieuw = lid & ((plaats == 0) | (soort == VOLWASSEN_KIND) | (soort == OVERIG_LID))
    per_huishouden = nieuw.sum(axis=1)
    begin_gezin = numpy.cumsum(per_huishouden) - per_huishouden
    lokaal = numpy.where(nieuw, numpy.cumsum(nieuw, axis=1) - 1, 0)
    gezin_van = (begin_gezin[:, None] + lokaal)[lid]
    n_g = int(per_huishouden.sum())
    gezin_huishouden = numpy.repeat(numpy.arange(m), per_huishouden)

    # persons in the order of their gezinnen (an adult child's gezin may come between its parents and a younger child)
    volgorde = numpy.argsort(gezin_van, kind="stable")
    gezin_van = gezin_van[volgorde]

    def per_persoon(tabel: numpy.ndarray) -> numpy.ndarray:
        return tabel[lid][volgorde]

    p_huishouden = per_persoon(numpy.broadcast_to(numpy.arange(m)[:, None], (m, PLAATSEN)))
    p_plaats = per_persoon(plaats)
    p_index = hh_index[p_huishouden] * PLAATSEN + p_plaats
    p_leeftijd = per_persoon(leeftijd)
    p_soort = per_persoon(soort)
    p_bron = per_persoon(deel.bron)
    p_loon = per_persoon(deel.loon).astype(numpy.float64)
    p_pensioen = per_persoon(deel.pensioen).astype(numpy.float64)
    p_opvang = per_persoon(deel.opvang)
    n_p = len(p_leeftijd)
    partner = p_soort != KIND

    # birth date: age on 1 January as drawn, the day within the year from the hash
    dag = numpy.floor(toeval.uniform(1, p_index) * 365).astype(numpy.int64) + 1
    geboortejaar = (jaar - p_leeftijd.astype(numpy.int64) - 1 - 1970).astype("datetime64[Y]")
    geboortedatum = geboortejaar.astype("datetime64[D]") + dag

    # per gezin: its head (first member), its type, whether it has any income
    eerste = numpy.flatnonzero(numpy.r_[True, gezin_van[1:] != gezin_van[:-1]])
    g_index = p_index[eerste]
    htype = deel.huishoudtype[gezin_huishouden]
    niets = zonder_inkomen(leeftijd, soort, deel.bron, deel.loon, deel.pensioen, aow)[nieuw]
    g_oud = p_leeftijd[eerste] >= 65
    g_soort = p_soort[eerste]

    # assets per gezin (CBS 83834NED medians; the tail assumed), split equally between the partners
    medianen = _tabel("vermogen.csv", "groep", "mediaan")
    per_type = numpy.array(
        [medianen[k] for k in ("alleenstaand", "paar_zonder_kinderen", "paar_met_kinderen", "eenouder")]
        + [medianen["alleenstaand"] * 0.5]
    )
    mediaan = per_type[htype] * 1000
    mediaan = numpy.where(g_oud, numpy.maximum(mediaan, medianen["65_plus"] * 1000), mediaan)
    mediaan = numpy.where(g_soort == VOLWASSEN_KIND, 3_000.0, mediaan)
    mediaan = numpy.where(niets, 1_000.0, mediaan)
    sigma = numpy.where(niets, 1.0, 1.5)
    g_vermogen = mediaan * numpy.exp(sigma * toeval.normaal(10, g_index))
    g_vermogen = numpy.where(toeval.uniform(12, g_index) < 0.08, 0.0, numpy.round(g_vermogen, -1))
    partners_in_gezin = numpy.bincount(gezin_van[partner], minlength=n_g)
    vermogen = numpy.where(partner, g_vermogen[gezin_van] / numpy.maximum(partners_in_gezin[gezin_van], 1), 0.0)

    # a low income for 36 months or more for 65% of the gezinnen without income (assumed)
    lang = toeval.uniform(13, g_index) < 0.65
    g_maanden = numpy.where(niets & lang, 36 + numpy.floor(toeval.uniform(14, g_index) * 85), 0).astype(numpy.int64)
    maanden = numpy.where(partner, g_maanden[gezin_van], 0)

    # AOW insured years: 88.4% full (SVB); the missing years of the rest assumed 1 + exponential(mean 12)
    volledig = _tabel("aow.csv", "maat", "waarde")["aandeel_volledig"]
    mis = 1 + numpy.floor(-numpy.log(toeval.uniform(16, p_index)) * 12)
    aow_jaren = numpy.where(toeval.uniform(15, p_index) < volledig, 50.0, numpy.clip(50 - mis, 1, 49))

    werkt = (p_bron == WERK) | (p_bron == STUDENT) | ((p_bron == PENSIOEN) & (p_loon > 0))
    studiefinanciering = (p_bron == STUDENT) & (p_leeftijd >= 18) & (p_leeftijd <= 29)

    # childcare hours and prices around the published means
    opvang_rijen = lees("kinderopvang.csv")[0]
    uren = numpy.zeros(n_p)
    prijs = numpy.zeros(n_p)
    z_uren = toeval.normaal(20, p_index)
    z_prijs = toeval.normaal(22, p_index)
    for r in opvang_rijen:
        s = OPVANG.index(r["soort"])
        op = (p_opvang == s) & (p_leeftijd >= int(r["leeftijd_van"])) & (p_leeftijd <= int(r["leeftijd_tot"]))
        gemiddeld = float(r["uren_per_maand"])
        # lognormal with this mean: median = mean × exp(-sigma²/2)
        uren[op] = numpy.clip(numpy.round(gemiddeld * numpy.exp(0.3 * z_uren[op] - 0.045)), 4, 230)
        prijs[op] = numpy.clip(numpy.round(float(r["uurprijs"]) * (1 + 0.08 * z_prijs[op]), 2), 5.0, 15.0)

    personen = {
        GEZIN: gezin_van.astype(numpy.int64),
        ROL: numpy.where(partner, "partner", "kind"),
        "geboortedatum": geboortedatum,
        "bruto_loon": numpy.round(p_loon, 0),
        "bruto_pensioen": numpy.round(p_pensioen, 0),
        "vermogen": vermogen,
        "verzekerd_zvw": numpy.ones(n_p, dtype=bool),
        "woont_in_nederland": numpy.ones(n_p, dtype=bool),
        "aow_verzekerde_jaren": aow_jaren,
        "werkt_of_studeert": werkt,
        "soort_kinderopvang": numpy.asarray(OPVANG)[p_opvang],
        "kinderopvang_uren": uren,
        "kinderopvang_uurprijs": prijs,
        "maanden_laag_inkomen": maanden,
        "inkomenstoeslag_afgelopen_12_maanden": numpy.zeros(n_p, dtype=bool),
        "studiefinanciering": studiefinanciering,
    }

    # the dwelling: rent, service costs, self-contained, municipal taxes
    lasten = _tabel("woonlasten.csv", "maat", "waarde")
    eigendom = deel.eigendom
    huur_basis = lasten["corporatiehuur_2023"] * (
        1 + lasten["huurverhoging_corporatie_2024_procent"] / 100 if jaar >= 2025 else 1.0
    )
    if jaar < 2023:
        huur_basis /= 1.02 ** (2023 - jaar)
    z_huur = toeval.normaal(30, hh_index)
    corporatie = numpy.clip(huur_basis + 110 * z_huur, 350, 900)
    vrij = numpy.clip(950 * numpy.exp(0.3 * z_huur) * (huur_basis / lasten["corporatiehuur_2023"]), 450, 2500)
    kale_huur = numpy.round(numpy.select([eigendom == 1, eigendom == 2], [corporatie, vrij], default=0.0), 2)
    servicekosten = numpy.where(eigendom > 0, numpy.round(20 + 40 * toeval.uniform(32, hh_index), 2), 0.0)
    jong_alleen = (deel.huishoudtype == 0) & (leeftijd[:, 0] < 25) & (eigendom > 0)
    onzelfstandig = ((deel.huishoudtype == 4) & (toeval.uniform(33, hh_index) < 0.6)) | (
        jong_alleen & (toeval.uniform(34, hh_index) < 0.4)
    )
    afval = lasten["afvalstoffenheffing_meerpersoons"] * numpy.where(lid.sum(axis=1) == 1, 0.85, 1.0)
    riool = numpy.where(eigendom == 0, lasten["rioolheffing_eigenaar"], lasten["rioolheffing_huurder"])
    ozb = numpy.where(eigendom == 0, lasten["ozb_eigenaar"], 0.0)
    belastingen = numpy.round((afval + riool + ozb) * (1 + 0.15 * (2 * toeval.uniform(35, hh_index) - 1)), 2)

    huishoudens = {
        GEWICHT: deel.gewicht.astype(numpy.float64),
        REGIO: numpy.asarray(REGIOS)[deel.regio],
        "kale_huur": kale_huur,
        "servicekosten": servicekosten,
        "zelfstandige_woonruimte": ~onzelfstandig,
        "gemeentelijke_belastingen": belastingen,
        "inrichting": numpy.zeros(m, dtype=bool),
    }
    kenmerken = {
        "huishoudtype": numpy.asarray(HUISHOUDTYPEN)[deel.huishoudtype],
        "eigendom": numpy.asarray(EIGENDOM)[eigendom],
        "inkomensklasse": numpy.asarray(INKOMENSKLASSEN)[deel.inkomensklasse],
        "leeftijd_hoofdkostwinner": leeftijd[:, 0].astype(numpy.int64),
        "kinderen": ((soort == KIND) | (soort == VOLWASSEN_KIND)).sum(axis=1).astype(numpy.int64),
        "volwassen_kinderen": (soort == VOLWASSEN_KIND).sum(axis=1).astype(numpy.int64),
    }
    return Brok(
        jaar=jaar,
        begin=deel.begin,
        huishoudens=huishoudens,
        gezinnen={HUISHOUDEN: gezin_huishouden.astype(numpy.int64)},
        personen=personen,
        kenmerken=kenmerken,
    )
