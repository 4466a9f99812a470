"""What if I earn more? The household's schemes and net income over a range of one person's bruto wage.

:func:`bereken_curve` varies the yearly ``bruto_loon`` of one partner of the aanvrager's gezin from nil to
an upper end and answers every point as ``POST /v1/aanspraken`` answers that situation: all points go
through :func:`~openfisca_nl_sociaal.antwoord.aanspraken.bereken_batch`, in one vectorised simulation (beside a small
one for the income estimates, and the one every batch makes for the values of unknown facts). From the
household's net income per point follows the marginal pressure: the part of an extra euro bruto that the
household does not keep (the "armoedeval" where it is near or above 100 %).

Choices, each also said where it is made:

- At every point the person's ``toetsingsinkomen`` and ``netto_inkomen`` are left out, so the engine estimates
  both from the varied wage (``VERVANGERS``; variables/wet_inkomstenbelasting_2001/box_1.py). Given values
  would stay fixed while the wage moves; the estimate counts only the wage, so other income of that person
  (a benefit, a pension) is not in the curve. Everyone else's facts stay as given.
- Unknown is not zero: a scheme that is ``onbekend`` at any point is left out (``Curve.weggelaten``, with the
  facts it misses), never drawn as nil; a partner whose ``netto_inkomen`` is unknown is named in
  ``Curve.onvolledig`` and not added to the household's net income.
- Only amounts the law states net are added to the net income. AOW is a bruto amount whose tax the engine
  does not estimate: it is kept apart (``Curve.bruto_regelingen``); a pass has no amount (``Curve.passen``).

The module is written for reuse by policy makers (standard households, reforms): it takes the public
contract's request and returns plain numpy arrays.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy

from openfisca_nl_sociaal import tax_benefit_system
from openfisca_nl_sociaal.antwoord.aanspraken import bereken_batch
from openfisca_nl_sociaal.invoer.feiten import VERVANGERS
from openfisca_nl_sociaal.invoer.problemen import InvalidParam, ongeldige_invoer
from openfisca_nl_sociaal.invoer.simulaties import bouw_simulaties
from openfisca_nl_sociaal.invoer.situatie import Situatie, lees_situatie, periodes_voor_gewone_waarde
from openfisca_nl_sociaal.opmaak import datum, euro, procent
from openfisca_nl_sociaal.regelingen import REGELINGEN, Tekst
from openfisca_nl_sociaal.regels.geld import bedrag_uit

#: The varied fact: the yearly bruto wage, from which the engine estimates the income facts.
LOON = "bruto_loon"
#: The facts estimated from the wage (``VERVANGERS``); left out for the varied person at every point.
GESCHAT_UIT_LOON = tuple(doel for doel, vervangers in VERVANGERS.items() if LOON in vervangers)
#: The default range reaches at least this wage (€ per year): a full-time job well above the minimum wage,
#: beyond the income limits of the toeslagen for most households.
MINSTE_BOVENGRENS = 60_000.0
#: The highest upper end of a curve, given or by default (a wage beyond it says nothing about toeslagen,
#: and an absurd one would overflow the arithmetic of the chart's text).
MAX_TOT = 10_000_000.0
#: The lowest ``tot`` (€ per year): one euro.
MIN_TOT = 1.0
#: The default upper end is rounded up to a multiple of € 12.000 a year (€ 1.000 a month): round axis ticks.
AFRONDING = 12_000.0
#: The most points of one curve (each is a situation in the batch; a future API passes ``stappen`` on).
MAX_STAPPEN = 1_001
#: Marginal pressure above which the household keeps less than 40 cents of an extra euro (shaded in the chart).
HOGE_DRUK = 0.6
#: Marginal pressure above which earning more leaves the household with less: the armoedeval proper.
ARMOEDEVAL = 1.0


@dataclass(frozen=True, eq=False)
class Curve:
    """One household's schemes and net income over a range of one person's bruto wage.

    Every array has one value per point (``bruto_per_jaar``), except ``marginale_druk``: one per step between
    two consecutive points. Amounts are euros per month, float64; arrays are read-only.
    """

    #: the person whose ``bruto_loon`` is varied
    persoon: str
    peildatum: str
    #: the language of the scheme names (``nl`` or ``en``)
    taal: str
    #: the varied wage per year, from nil upwards
    bruto_per_jaar: numpy.ndarray
    #: net income per month of the gezin from work and benefits: the varied person's net wage estimated from
    #: the wage, plus the other partners' given (or estimated) ``netto_inkomen``
    netto_werk: numpy.ndarray
    #: id -> (name, monthly amount per point) of every scheme with a net amount that is decided (``recht`` or
    #: ``geen_recht``, then nil) at every point, in the order of the answer
    regelingen: dict[str, tuple[str, numpy.ndarray]]
    #: id -> (name, missing fact names) of every scheme that is ``onbekend`` at some point: left out of the
    #: sums and the chart. An empty list: the engine lacks the (municipal) rules for the date
    weggelaten: dict[str, tuple[str, list[str]]]
    #: the other partners whose ``netto_inkomen`` is unknown: their income is not in ``netto_werk``
    onvolledig: list[str]
    #: ``netto_werk`` plus every scheme of ``regelingen``
    netto_huishouden: numpy.ndarray
    #: per step, 1 − Δnetto_huishouden / Δ(bruto per month), as a fraction (1.0 is 100 %)
    marginale_druk: numpy.ndarray
    #: the person's given yearly bruto wage at the peildatum, ``None`` when not given
    huidig_bruto: float | None
    #: id -> (name, monthly amount per point) of decided schemes the law states bruto (AOW): not in the net sums
    bruto_regelingen: dict[str, tuple[str, numpy.ndarray]] = field(default_factory=dict)
    #: id -> (name, ``recht`` per point) of decided non-monetary schemes (a municipal pass)
    passen: dict[str, tuple[str, numpy.ndarray]] = field(default_factory=dict)
    #: id -> the date (ISO) up to which the rules are known, for each scheme of ``weggelaten`` left out because the
    #: peildatum lies past it (``Regeling.bekend_tot``)
    bekend_tot: dict[str, str] = field(default_factory=dict)

    @property
    def bruto_per_maand(self) -> numpy.ndarray:
        return self.bruto_per_jaar / 12

    @property
    def getoond(self) -> list[str]:
        """The ids of the schemes in ``regelingen`` with an amount at some point (the chart's legend)."""
        return [r for r, (_, bedragen) in self.regelingen.items() if bedragen.any()]

    def as_json(self) -> dict:
        """The curve as JSON: what it shows, what it leaves out and why, and a row per point (:func:`tabel`)."""
        return {
            "persoon": self.persoon,
            "peildatum": self.peildatum,
            "huidig_bruto_per_jaar": self.huidig_bruto,
            "regelingen": [{"id": r, "naam": naam} for r, (naam, _) in self.regelingen.items()],
            "bruto_regelingen": [{"id": r, "naam": naam} for r, (naam, _) in self.bruto_regelingen.items()],
            "passen": [{"id": r, "naam": naam} for r, (naam, _) in self.passen.items()],
            "weggelaten": [
                {"id": r, "naam": naam, "ontbrekende_gegevens": list(feiten)}
                | ({"rekenregels_bekend_tot": self.bekend_tot[r]} if r in self.bekend_tot else {})
                for r, (naam, feiten) in self.weggelaten.items()
            ],
            "onvolledig": list(self.onvolledig),
            "punten": tabel(self),
        }


def bereken_curve(
    situatie: dict,
    *,
    persoon: str | None = None,
    tot: float | None = None,
    stappen: int = 81,
    taal: str = "nl",
    tbs=None,
) -> Curve:
    """The curve of ``persoon``'s yearly bruto wage from nil to ``tot`` in ``stappen`` points.

    ``situatie`` is the public contract's request. ``persoon`` is a partner of the aanvrager's gezin (default:
    the aanvrager, as ``POST /v1/aanspraken`` takes it: the ``aanvrager`` field, else the first person).
    ``tot`` defaults to twice the person's given bruto wage (else toetsingsinkomen), at least
    ``MINSTE_BOVENGRENS``, rounded up to a multiple of ``AFRONDING``. ``tbs``: the rules to compute with (a
    policy variant, ``varianten.gewijzigd_systeem``; default today's). Raises :class:`Probleem` for bad input.
    """
    tbs = tbs or tax_benefit_system()
    gelezen = lees_situatie(situatie, tbs)
    persoon = gelezen.aanvrager if persoon is None else persoon
    _controleer(gelezen, persoon, tot, stappen)
    huidig = _op_peildatum(gelezen, persoon, LOON)
    if tot is None:
        basis = huidig if huidig is not None else _op_peildatum(gelezen, persoon, "toetsingsinkomen")
        tot = min(math.ceil(min(max(2 * (basis or 0.0), MINSTE_BOVENGRENS), MAX_TOT) / AFRONDING) * AFRONDING, MAX_TOT)
    bruto = numpy.linspace(0.0, float(tot), stappen)

    verzoeken, netto_werk, onvolledig = _punten(situatie, gelezen, persoon, bruto, tbs)
    antwoorden = bereken_batch(verzoeken, taal, tbs=tbs)
    for antwoord in antwoorden:
        if "probleem" in antwoord:  # the situation itself was valid, so a point's problem is an engine fault
            raise RuntimeError(f"curve point not computed: {antwoord['probleem']}")

    regelingen: dict[str, tuple[str, numpy.ndarray]] = {}
    bruto_regelingen: dict[str, tuple[str, numpy.ndarray]] = {}
    passen: dict[str, tuple[str, numpy.ndarray]] = {}
    weggelaten: dict[str, tuple[str, list[str]]] = {}
    bekend_tot: dict[str, str] = {}
    for r, regeling in enumerate(REGELINGEN):
        uitkomsten = [antwoord["regelingen"][r] for antwoord in antwoorden]
        naam = regeling.naam_in(gelezen.gemeente, taal)
        if any(u["status"] == "onbekend" for u in uitkomsten):
            feiten = [g["gegeven"] for u in uitkomsten for g in u["ontbrekende_gegevens"]]
            weggelaten[regeling.id] = (naam, list(dict.fromkeys(feiten)))
            horizon = [u["rekenregels_bekend_tot"] for u in uitkomsten if "rekenregels_bekend_tot" in u]
            if horizon:
                bekend_tot[regeling.id] = min(horizon)
        elif regeling.niet_monetair:
            passen[regeling.id] = (naam, _alleen_lezen(numpy.array([u["status"] == "recht" for u in uitkomsten])))
        else:
            # ``geen_recht`` has no amount: nil. Amounts as the API answers them (in cents).
            bedragen = numpy.array([u["bedrag_per_maand"] or 0.0 for u in uitkomsten], dtype=numpy.float64)
            doel = regelingen if regeling.basis == "netto" else bruto_regelingen
            doel[regeling.id] = (naam, _alleen_lezen(bedragen))

    netto_huishouden = netto_werk + sum((b for _, b in regelingen.values()), numpy.zeros_like(bruto))
    marginale_druk = 1.0 - numpy.diff(netto_huishouden) / numpy.diff(bruto / 12)
    return Curve(
        persoon=persoon,
        peildatum=gelezen.peildatum.isoformat(),
        taal=taal,
        bruto_per_jaar=_alleen_lezen(bruto),
        netto_werk=_alleen_lezen(netto_werk),
        regelingen=regelingen,
        weggelaten=weggelaten,
        onvolledig=onvolledig,
        netto_huishouden=_alleen_lezen(netto_huishouden),
        marginale_druk=_alleen_lezen(marginale_druk),
        huidig_bruto=huidig,
        bruto_regelingen=bruto_regelingen,
        passen=passen,
        bekend_tot=bekend_tot,
    )


def _controleer(gelezen: Situatie, persoon: str, tot, stappen) -> None:
    fouten = []
    partners = gelezen.openfisca["gezinnen"][gelezen.gezin_van(gelezen.aanvrager)]["partners"]
    if persoon not in partners:
        fouten.append(
            InvalidParam(
                "persoon",
                "Verwacht de aanvrager of diens partner / Expected the applicant or the applicant's partner",
            )
        )
    # At least MIN_TOT: a step of a wage near zero (5e-324) underflows to no step at all, and the marginal
    # pressure of a step of nothing is a division by zero.
    if tot is not None and (
        isinstance(tot, bool) or not isinstance(tot, (int, float)) or not MIN_TOT <= tot <= MAX_TOT
    ):
        fouten.append(
            InvalidParam(
                "tot",
                f"Verwacht een bedrag van ten minste {MIN_TOT:.0f}, ten hoogste {MAX_TOT:.0f} / "
                f"Expected {MIN_TOT:.0f} <= tot <= {MAX_TOT:.0f}",
            )
        )
    if isinstance(stappen, bool) or not isinstance(stappen, int) or not 2 <= stappen <= MAX_STAPPEN:
        fouten.append(
            InvalidParam("stappen", f"Verwacht een geheel getal 2 t/m {MAX_STAPPEN} / Expected 2 to {MAX_STAPPEN}")
        )
    if fouten:
        raise ongeldige_invoer(fouten)


def _op_peildatum(gelezen: Situatie, persoon: str, feit: str) -> float | None:
    """A person's given yearly fact for the peildatum's year, ``None`` when not given for that year."""
    waarde = gelezen.openfisca["personen"][persoon].get(feit, {}).get(str(gelezen.peildatum.year))
    return None if waarde is None else float(waarde)


def _punten(
    verzoek: dict, gelezen: Situatie, persoon: str, bruto: numpy.ndarray, tbs
) -> tuple[list[dict], numpy.ndarray, list[str]]:
    """The request of every point, the gezin's net income from work per point, and who is missing from it.

    The estimates from the wage (``toetsingsinkomen`` and ``netto_inkomen``, ``situatie.VERVANGERS``) are
    computed first, for every point at once in one small simulation of one-person situations: the net wage
    is needed for the household's net income anyway, and given as facts they leave each point's answer as
    the situation with the wage alone would get it (the fact counts as known either way,
    ``Situatie.is_gegeven``). The same is done for anyone else whose income the engine estimates. All
    points then share one simulation.

    This rests on the estimate reading only the person's own facts (now the wage and the date of birth;
    variables/wet_inkomstenbelasting_2001/box_1.py); ``tests/pakket/test_curven.py`` checks the answers against
    ``bereken_aanspraken``, also where another person gives a toetsingsinkomen.
    """
    personen: dict = verzoek["personen"]
    eigen = {naam: waarde for naam, waarde in personen[persoon].items() if naam not in GESCHAT_UIT_LOON}
    anderen = [p for p in personen if p != persoon]
    # one person per estimate: the varied one at each point, then everyone else once
    invoer = [(persoon, {**eigen, LOON: float(b)}) for b in bruto] + [(p, personen[p]) for p in anderen]
    geschat, netto = _schattingen(gelezen.peildatum.isoformat(), invoer, tbs)
    n = len(bruto)
    vast = {p: {**personen[p], **geschat[n + k]} for k, p in enumerate(anderen)}
    verzoeken = [
        {
            **verzoek,
            "peildatum": gelezen.peildatum.isoformat(),
            "personen": {p: {**invoer[i][1], **geschat[i]} if p == persoon else vast[p] for p in personen},
        }
        for i in range(n)
    ]

    # the gezin's income: the varied person's estimated net wage, plus the other partner's net income if known
    partners = gelezen.openfisca["gezinnen"][gelezen.gezin_van(gelezen.aanvrager)]["partners"]
    bekend = [p for p in partners if p != persoon and gelezen.is_gegeven("personen", p, "netto_inkomen")]
    onvolledig = [p for p in partners if p != persoon and p not in bekend]
    netto_werk = netto[:n] + netto[[n + anderen.index(p) for p in bekend]].sum()
    return verzoeken, netto_werk, onvolledig


def _schattingen(peildatum: str, invoer: list[tuple[str, dict]], tbs) -> tuple[list[dict], numpy.ndarray]:
    """For each (person, contract facts) as a situation of its own: the facts the engine would estimate
    (``VERVANGERS``: not given, but what they are estimated from is), period-keyed for every period a plain
    value covers, and the person's ``netto_inkomen`` in the peildatum's month. All in as few simulations as
    the array builder allows (one or two)."""
    situaties = [lees_situatie({"peildatum": peildatum, "personen": {p: feiten}}, tbs) for p, feiten in invoer]
    eerste = situaties[0]
    netto = numpy.zeros(len(invoer))
    geschat: list[dict] = [{} for _ in invoer]
    for blok in bouw_simulaties(situaties, tbs):
        rijen = numpy.asarray(blok.situaties)
        indices = numpy.asarray(
            [
                pl.index("personen", situaties[i], invoer[i][0])
                for i, pl in zip(blok.situaties, blok.plaatsen, strict=True)
            ]
        )
        netto[rijen] = blok.simulatie.calculate("netto_inkomen", eerste.maand)[indices]
        for doel, vervangers in VERVANGERS.items():
            nodig = [
                k
                for k, i in enumerate(blok.situaties)
                if doel not in invoer[i][1] and any(v in invoer[i][1] for v in vervangers)
            ]
            if not nodig:
                continue
            periodes = periodes_voor_gewone_waarde(tbs.variables[doel], eerste.peildatum)
            waarden = {periode: blok.simulatie.calculate(doel, periode)[indices] for periode in periodes}
            for k in nodig:
                geschat[blok.situaties[k]][doel] = {periode: float(w[k]) for periode, w in waarden.items()}
    return geschat, netto


def _alleen_lezen(reeks: numpy.ndarray) -> numpy.ndarray:
    reeks.setflags(write=False)
    return reeks


# -- presenting a curve ------------------------------------------------------------------------------------


def tabel(curve: Curve) -> list[dict]:
    """A row per point, for an accessible data table and a JSON answer: amounts per month in cents.

    ``marginale_druk`` of a row is that of the step from the previous point to this one (the first row has
    none), as a fraction.
    """
    rijen = []
    for i, bruto in enumerate(curve.bruto_per_jaar):
        rijen.append(
            {
                "bruto_per_jaar": bedrag_uit(bruto),
                "bruto_per_maand": bedrag_uit(bruto / 12),
                "netto_werk": bedrag_uit(curve.netto_werk[i]),
                "regelingen": {r: bedrag_uit(bedragen[i]) for r, (_, bedragen) in curve.regelingen.items()},
                "bruto_regelingen": {r: bedrag_uit(bedragen[i]) for r, (_, bedragen) in curve.bruto_regelingen.items()},
                "passen": {r: bool(recht[i]) for r, (_, recht) in curve.passen.items()},
                "netto_huishouden": bedrag_uit(curve.netto_huishouden[i]),
                "marginale_druk": None if i == 0 else round(float(curve.marginale_druk[i - 1]), 4),
            }
        )
    return rijen


def trajecten(curve: Curve, boven: float) -> list[tuple[float, float, bool]]:
    """The bruto ranges per month where the marginal pressure is above ``boven``: (from, to, throughout).

    Runs of steps above it that lie at most a few steps apart (the brackets of the kinderopvangtoeslag table
    make a spike every few steps) are taken together, ``throughout`` false, so a text names a handful of
    ranges rather than dozens.
    """
    boven_grens = curve.marginale_druk > boven
    if not boven_grens.any():
        return []
    stappen = numpy.flatnonzero(boven_grens)
    tussenruimte = max(1, len(curve.marginale_druk) // 20)
    # a new range starts where the gap to the previous step above the limit is larger than tussenruimte
    breuken = numpy.flatnonzero(numpy.diff(stappen) > tussenruimte + 1)
    begins = numpy.concatenate(([stappen[0]], stappen[breuken + 1]))
    eindes = numpy.concatenate((stappen[breuken], [stappen[-1]]))
    maand = curve.bruto_per_maand
    return [
        (float(maand[b]), float(maand[e + 1]), bool(boven_grens[b : e + 1].all()))
        for b, e in zip(begins, eindes, strict=True)
    ]


_TEKSTEN = {
    "verloop": Tekst(
        "Als het bruto loon stijgt van {van} tot {tot} per maand, gaat het netto inkomen van het huishouden "
        "van {netto_van} naar {netto_tot} per maand.",
        "If the gross wage rises from {van} to {tot} a month, the household's net income goes from {netto_van} "
        "to {netto_tot} a month.",
    ),
    "hoog": Tekst(
        "Bij een bruto loon {waar} per maand houdt het huishouden van elke extra euro minder dan 40 cent over "
        "(marginale druk boven 60%).",
        "At a gross wage {waar} a month the household keeps less than 40 cents of each extra euro "
        "(marginal pressure above 60%).",
    ),
    "niet_hoog": Tekst(
        "De marginale druk blijft overal op of onder 60%.",
        "The marginal pressure stays at or below 60% everywhere.",
    ),
    "armoedeval": Tekst(
        "Bij een bruto loon {waar} per maand houdt het huishouden minder over als het meer verdient "
        "(marginale druk boven 100%: de armoedeval).",
        "At a gross wage {waar} a month the household is left with less when it earns more "
        "(marginal pressure above 100%: the poverty trap).",
    ),
    "hoogste": Tekst(
        "De hoogste marginale druk is {druk}, van {van} tot {tot} bruto per maand.",
        "The highest marginal pressure is {druk}, from {van} to {tot} gross a month.",
    ),
    "huidig": Tekst("Het huidige bruto loon is {bedrag} per maand.", "The current gross wage is {bedrag} a month."),
    "traject": Tekst("van {van} tot {tot}", "from {van} to {tot}"),
    "deels": Tekst(" (grotendeels)", " (mostly)"),
    "en": Tekst(" en ", " and "),
    "pas": Tekst(
        "Recht op {naam} bij een bruto loon {waar} per maand.", "Entitled to {naam} at a gross wage {waar} a month."
    ),
    "pas_nergens": Tekst("Geen recht op {naam} in dit bereik.", "No entitlement to {naam} in this range."),
    "weggelaten": Tekst(
        "Niet meegeteld omdat het antwoord onbekend is: {regelingen}.",
        "Not counted because the answer is unknown: {regelingen}.",
    ),
    "ontbreekt": Tekst("ontbreekt: {feiten}", "missing: {feiten}"),
    "geen_regels": Tekst(
        "de rekenregels voor deze datum of gemeente ontbreken", "the rules for this date or municipality are missing"
    ),
    "na_horizon": Tekst(
        "de rekenregels zijn bekend tot en met {datum}", "the rules are known up to and including {datum}"
    ),
    "onvolledig": Tekst(
        "Het netto inkomen van {personen} is onbekend en niet meegeteld.",
        "The net income of {personen} is unknown and not counted.",
    ),
    "bruto": Tekst(
        "{regelingen} staat er niet in: dat is een bruto bedrag.",
        "{regelingen} is not included: it is a gross amount.",
    ),
}


def samenvatting(curve: Curve, taal: str = "nl") -> str:
    """A short plain-language text alternative to the chart, in ``nl`` or ``en``."""

    def t(sleutel: str, **velden) -> str:
        return _TEKSTEN[sleutel].in_taal(taal).format(**velden)

    def waar(trajecten_: list[tuple[float, float, bool]]) -> str:
        delen = [
            t("traject", van=euro(van, taal, centen=False), tot=euro(tot, taal, centen=False))
            + ("" if overal else t("deels"))
            for van, tot, overal in trajecten_
        ]
        return ", ".join(delen[:-1]) + t("en") + delen[-1] if len(delen) > 1 else delen[0]

    maand = curve.bruto_per_maand
    zinnen = [
        t(
            "verloop",
            van=euro(maand[0], taal, centen=False),
            tot=euro(maand[-1], taal, centen=False),
            netto_van=euro(curve.netto_huishouden[0], taal, centen=False),
            netto_tot=euro(curve.netto_huishouden[-1], taal, centen=False),
        )
    ]
    hoog = trajecten(curve, HOGE_DRUK)
    zinnen.append(t("hoog", waar=waar(hoog)) if hoog else t("niet_hoog"))
    armoedeval = trajecten(curve, ARMOEDEVAL)
    if armoedeval:
        zinnen.append(t("armoedeval", waar=waar(armoedeval)))
    if hoog:
        i = int(numpy.argmax(curve.marginale_druk))
        zinnen.append(
            t(
                "hoogste",
                druk=procent(curve.marginale_druk[i]),
                van=euro(maand[i], taal, centen=False),
                tot=euro(maand[i + 1], taal, centen=False),
            )
        )
    if curve.huidig_bruto is not None and curve.huidig_bruto <= curve.bruto_per_jaar[-1]:  # as the chart marks it
        zinnen.append(t("huidig", bedrag=euro(curve.huidig_bruto / 12, taal, centen=False)))
    for naam, recht in curve.passen.values():
        if recht.all():
            continue
        if not recht.any():
            zinnen.append(t("pas_nergens", naam=naam))
            continue
        # the runs of points with a right, from the first to the last point of each
        randen = numpy.flatnonzero(numpy.diff(numpy.concatenate(([0], recht.astype(int), [0]))))
        stukken = [(maand[b], maand[e - 1], True) for b, e in zip(randen[::2], randen[1::2], strict=True)]
        zinnen.append(t("pas", naam=naam, waar=waar(stukken)))
    if curve.weggelaten:

        def waarom(r: str, feiten: list[str]) -> str:
            if r in curve.bekend_tot:
                return t("na_horizon", datum=datum(curve.bekend_tot[r], taal))
            if feiten:
                return t("ontbreekt", feiten=", ".join(_label(f, taal) for f in feiten))
            return t("geen_regels")

        delen = [f"{naam} ({waarom(r, feiten)})" for r, (naam, feiten) in curve.weggelaten.items()]
        zinnen.append(t("weggelaten", regelingen="; ".join(delen)))
    if curve.onvolledig:
        zinnen.append(t("onvolledig", personen=", ".join(curve.onvolledig)))
    bruto_namen = [naam for naam, bedragen in curve.bruto_regelingen.values() if bedragen.any()]
    if bruto_namen:
        zinnen.append(t("bruto", regelingen=", ".join(bruto_namen)))
    return " ".join(zinnen)


def _label(feit: str, taal: str) -> str:
    """A fact's plain name in the language: its label (``"Kale huur / Basic rent"``), in lower case."""
    variabele = tax_benefit_system().variables.get(feit)
    delen = (variabele.label or feit).split(" / ") if variabele is not None else [feit]
    naam = delen[1 if taal == "en" and len(delen) > 1 else 0]
    return naam[:1].lower() + naam[1:]
