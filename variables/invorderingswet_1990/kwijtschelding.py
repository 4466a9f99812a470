"""Kwijtschelding (remission) of municipal taxes for people who cannot pay (Invorderingswet 1990 art. 26,
Gemeentewet art. 255, Uitvoeringsregeling Invorderingswet 1990 art. 11-16, BWBR0004766).

Art. 11: remission of what is left of the bill after the vermogen and at least 80% of the yearly
betalingscapaciteit have been used. Art. 13: the capacity is twelve times the positive difference between
the monthly netto besteedbaar inkomen (of the debtor and the partner) and the kosten van bestaan. Art. 16:
the kosten van bestaan are 90% of the applicable bijstandsnorm (Participatiewet art. 21, 22, 22a, so with
the kostendelersnorm and the norms at AOW age); the municipality may choose up to 100% (Regeling
kwijtschelding belastingen medeoverheden art. 2; before 2022 the Nadere regels of 1996): that share is in
its parameter file, ``kwijtschelding.kosten_van_bestaan``. A municipality may also remit only part of a tax
(Gemeentewet art. 255 lid 3; Rotterdam: 76,5% of the afvalstoffenheffing): ``kwijtschelding.kwijtscheldbaar_deel``.

Choices and limits, documented:
- the netto besteedbaar inkomen is the partners' ``netto_inkomen`` (art. 14; kinderbijslag, kindgebonden
  budget and the toeslagen are not income there either) less the housing costs of art. 15 lid 1 onder b:
  rent less huurtoeslag, up to the maximale huurgrens, above the minimum normhuur (after the Wet verlaging
  eigen bijdrage), shared equally with kostendelers (lid 4);
- other expenses of art. 15 (the health premium above the normpremie and the zorgtoeslag, alimony, child
  costs of onder g, necessary costs of onder h, childcare where the council opts in) are not asked; for a
  low income the premium less normpremie less zorgtoeslag is usually nil;
- the vermogen is the ``vermogen`` fact, all taken as financial means (art. 12 lid 2 onder d): exempt up to
  one month's kosten van bestaan plus one month's housing costs counted without the huurtoeslag; the
  exemptions for a car up to € 3.350 and the inboedel (onder a, c) are not asked;
- the law names no rounding for the capacity or the remission: amounts are in cents;
- the pensioner's option of RKBM art. 3 (the net AOW instead of the norm) and the raised bank buffer of art. 4
  are parameters a municipality could add; none of the four cities' values were found.
"""

import numpy
from openfisca_core.periods import DateUnit
from openfisca_core.variables import Variable

from openfisca_nl_sociaal.entities import Gezin
from openfisca_nl_sociaal.regels import wetten
from openfisca_nl_sociaal.regels.geld import MoneyVariable, op_centen
from openfisca_nl_sociaal.regels.gemeenten import gemeente_parameter

URI = wetten.tekst(wetten.UITVOERINGSREGELING_INVORDERINGSWET_1990)
RKBM = wetten.tekst(wetten.REGELING_KWIJTSCHELDING_MEDEOVERHEDEN, "Artikel2", datum="2022-09-17")


def _van_de_woning(gezin, period, variabele):
    """A huishouden variable for the gezin: its value for the dwelling of the gezin's first member."""
    return gezin.value_from_first_person(gezin.members.huishouden(variabele, period))


class kwijtschelding__regels_bekend(Variable):
    """The engine holds the municipality's kwijtschelding choice (the kosten-van-bestaan share) for this date."""

    value_type = bool
    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Kwijtscheldingsregels van de gemeente bekend / Municipal remission rules known"
    reference = RKBM

    def formula(gezin, period, parameters):
        return gemeente_parameter(gezin, period, parameters, "kwijtschelding.kosten_van_bestaan")[1]


class kwijtschelding__kosten_van_bestaan(MoneyVariable):
    """Kosten van bestaan per month (art. 16): the municipality's share of the applicable bijstandsnorm.

    The norm is that of art. 20-22a for the gezin in its dwelling (the kostendelersnorm included): the
    taxes are those of the dwelling, and whether a partner would be excluded from bijstand (a student,
    art. 13) does not change what the gezin needs to live on."""

    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Kosten van bestaan / Cost of living"
    reference = [f"{URI}#Artikel16", RKBM]

    def formula(gezin, period, parameters):
        deel, _ = gemeente_parameter(gezin, period, parameters, "kwijtschelding.kosten_van_bestaan")
        return op_centen(deel * gezin("bijstand__norm_in_woning", period))


class kwijtschelding__aandeel_woning(Variable):
    """The gezin's share of the dwelling's housing costs: all of it, or with kostendelers an equal part per
    person to whom the kostendelersnorm applies (art. 15 lid 4)."""

    value_type = float
    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Aandeel in de woonlasten / Share of the housing costs"
    reference = f"{URI}#Artikel15"

    def formula(gezin, period, parameters):
        a = gezin("bijstand__aantal_kostendelers", period)
        minimumleeftijd = parameters(period).participatiewet.kostendelersnorm.minimumleeftijd_belanghebbende
        partners = gezin.sum(gezin.members("leeftijd", period) >= minimumleeftijd, role=Gezin.PARTNER)
        return numpy.where(a > 0, partners / numpy.maximum(a, 1), 1.0)


def _woonlasten_boven_minimum(gezin, period, parameters, woonlasten):
    """Art. 15 lid 1 onder b: housing costs up to the maximale huurgrens, above the minimum normhuur."""
    maximum = parameters(period).wet_op_de_huurtoeslag.maximale_huurgrens
    minimum = _van_de_woning(gezin, period, "huurtoeslag__minimumnormhuur")
    return numpy.maximum(numpy.minimum(woonlasten, maximum) - minimum, 0)


class kwijtschelding__woonlasten(MoneyVariable):
    """The net housing costs that count as expenses per month (art. 15 lid 1 onder b, lid 3 and 4): the
    rent less the huurtoeslag, the gezin's share of it, up to the maximale huurgrens, above the minimum normhuur."""

    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Woonlasten voor de kwijtschelding / Housing costs for remission"
    reference = f"{URI}#Artikel15"

    def formula(gezin, period, parameters):
        huur = _van_de_woning(gezin, period, "huurtoeslag__rekenhuur")
        huurtoeslag = gezin("huurtoeslag", period)
        netto = (huur - huurtoeslag) * gezin("kwijtschelding__aandeel_woning", period)
        return _woonlasten_boven_minimum(gezin, period, parameters, netto)


class kwijtschelding__netto_besteedbaar_inkomen(MoneyVariable):
    """Netto besteedbaar inkomen per month (art. 14): the partners' net income less the expenses of art. 15."""

    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Netto besteedbaar inkomen / Net disposable income"
    reference = [f"{URI}#Artikel14", f"{URI}#Artikel13"]

    def formula(gezin, period):
        return gezin("bijstand__inkomen", period) - gezin("kwijtschelding__woonlasten", period)


class kwijtschelding__betalingscapaciteit(MoneyVariable):
    """Betalingscapaciteit for the year (art. 13): twelve times the positive difference between the monthly
    netto besteedbaar inkomen and the kosten van bestaan."""

    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Betalingscapaciteit per jaar / Capacity to pay per year"
    reference = f"{URI}#Artikel13"

    def formula(gezin, period):
        verschil = gezin("kwijtschelding__netto_besteedbaar_inkomen", period) - gezin(
            "kwijtschelding__kosten_van_bestaan", period
        )
        return 12 * numpy.maximum(verschil, 0)


class kwijtschelding__vermogen(MoneyVariable):
    """The vermogen that must go to the bill (art. 12): the partners' vermogen above the exempt financial
    means of lid 2 onder d, one month's kosten van bestaan plus housing costs counted without huurtoeslag."""

    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Aan te wenden vermogen / Assets to be used"
    reference = f"{URI}#Artikel12"

    def formula(gezin, period, parameters):
        vermogen = gezin.sum(gezin.members("vermogen", period.this_year), role=Gezin.PARTNER)
        huur = _van_de_woning(gezin, period, "huurtoeslag__rekenhuur") * gezin("kwijtschelding__aandeel_woning", period)
        vrijgesteld = gezin("kwijtschelding__kosten_van_bestaan", period) + _woonlasten_boven_minimum(
            gezin, period, parameters, huur
        )
        return numpy.maximum(vermogen - vrijgesteld, 0)


class kwijtschelding__kwijtscheldbare_aanslag(MoneyVariable):
    """The part of the year's municipal taxes that can be remitted: all of it, or the municipality's share
    (Gemeentewet art. 255 lid 3)."""

    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Kwijtscheldbaar deel van de aanslag / Part of the bill that can be remitted"
    reference = wetten.tekst(wetten.GEMEENTEWET, "Artikel255")

    def formula(gezin, period, parameters):
        aanslag = _van_de_woning(gezin, period.this_year, "gemeentelijke_belastingen")
        deel, beperkt = gemeente_parameter(gezin, period, parameters, "kwijtschelding.kwijtscheldbaar_deel")
        return op_centen(numpy.where(beperkt, deel, 1.0) * aanslag)


class kwijtschelding__jaarbedrag(MoneyVariable):
    """The remission (art. 11): the remittable bill less the vermogen and 80% of the betalingscapaciteit."""

    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Kwijtschelding gemeentelijke belastingen / Remission of municipal taxes"
    reference = f"{URI}#Artikel11"

    def formula(gezin, period, parameters):
        aandeel = parameters(period).invorderingswet_1990.kwijtschelding.aan_te_wenden_betalingscapaciteit
        rest = (
            gezin("kwijtschelding__kwijtscheldbare_aanslag", period)
            - gezin("kwijtschelding__vermogen", period)
            - aandeel * gezin("kwijtschelding__betalingscapaciteit", period)
        )
        return gezin("kwijtschelding__regels_bekend", period) * op_centen(numpy.maximum(rest, 0))


class kwijtschelding__aanslag_niet_te_betalen(Variable):
    """Vermogen and 80% of the capacity do not cover the remittable bill: there is something to remit."""

    value_type = bool
    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Aanslag niet geheel te betalen / Bill cannot be paid in full"
    reference = f"{URI}#Artikel11"

    def formula(gezin, period):
        return gezin("kwijtschelding__jaarbedrag", period) > 0


class kwijtschelding_gemeentelijke_belastingen(MoneyVariable):
    """The remission as an amount per month: a twelfth of the year's remission, in cents."""

    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Kwijtschelding per maand (omgerekend) / Remission per month"
    reference = f"{URI}#Artikel11"

    def formula(gezin, period):
        return op_centen(gezin("kwijtschelding__jaarbedrag", period) / 12)
