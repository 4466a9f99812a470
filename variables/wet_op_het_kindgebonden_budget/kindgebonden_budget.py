"""Kindgebonden budget (Wet op het kindgebonden budget, BWBR0022751).

Art. 2 lid 1: a parent who receives kinderbijslag for a child has an aanspraak from the month after
the child's birth up to and including the month of its 18th birthday. Lid 2: an amount for the
children (until 2022 by number of children, from 2023 per child); lid 3-5: supplements for children
of 12-15 and 16-17; lid 6: the alleenstaande-ouderkop; lid 7-8: reduced by a percentage of the
toetsingsinkomen above the drempelinkomen (for partners raised by a fixed amount); lid 11: determined
per calendar month. Art. 1 lid 4: the vermogen test. The Awir rounds and pays (openfisca_nl_sociaal.regels.awir).
"""

import numpy
from openfisca_core.periods import DateUnit
from openfisca_core.variables import Variable

from openfisca_nl_sociaal.entities import Gezin, Persoon
from openfisca_nl_sociaal.regels import awir, wetten
from openfisca_nl_sociaal.regels.geld import MoneyVariable

WKB = wetten.tekst(wetten.WET_OP_HET_KINDGEBONDEN_BUDGET)


class kindgebonden_budget__kind(Variable):
    """The gezin has an aanspraak for this child in this month (art. 2 lid 1).

    The parent receives kinderbijslag for the child: for the quarter of this month, or, for a child
    born this quarter, from the next quarter on ("met dien verstande" of lid 1: the aanspraak starts
    the month after birth, before the first kinderbijslag quarter). The aanspraak runs from the month
    after birth through the month in which the child turns 18.
    """

    value_type = bool
    entity = Persoon
    definition_period = DateUnit.MONTH
    label = "Kind telt mee voor het kindgebonden budget / Child counts for the child-related budget"
    reference = f"{WKB}#Artikel2"

    def formula(persoon, period, parameters):
        grens = parameters(period).wet_op_het_kindgebonden_budget.leeftijdsgrenzen.tot
        geboren_voor_deze_maand = persoon("geboortedatum", period) < numpy.datetime64(period.start.date, "D")
        nog_geen_18_voor_deze_maand = persoon("leeftijd_einde_vorige_maand", period) < grens
        pasgeboren = persoon("kinderbijslag__leeftijd_kind", period) < 0
        kinderbijslag = persoon("kinderbijslag__kind", period) + pasgeboren * persoon.gezin(
            "kinderbijslag__ouder_verzekerd", period
        )
        return persoon.has_role(Gezin.KIND) * geboren_voor_deze_maand * nog_geen_18_voor_deze_maand * kinderbijslag


class kindgebonden_budget__aantal_kinderen(Variable):
    """Number of children with an aanspraak this month."""

    value_type = int
    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Aantal kinderen kindgebonden budget / Number of children for the child-related budget"
    reference = f"{WKB}#Artikel2"

    def formula(gezin, period):
        return gezin.sum(gezin.members("kindgebonden_budget__kind", period))


class kindgebonden_budget__bedrag_kinderen(MoneyVariable):
    """The yearly amount for the children (art. 2 lid 2)."""

    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Bedrag voor de kinderen per jaar / Yearly amount for the children"
    reference = f"{WKB}#Artikel2"

    def formula_2020_01_01(gezin, period, parameters):
        """Until 2022 one amount for the gezin by its number of children (lid 2 onder a-d)."""
        bedrag = parameters(period).wet_op_het_kindgebonden_budget.bedrag
        n = gezin("kindgebonden_budget__aantal_kinderen", period)
        return numpy.select(
            [n == 0, n == 1, n == 2],
            [0.0, bedrag.een_kind, bedrag.twee_kinderen],
            bedrag.drie_kinderen + numpy.maximum(n - 3, 0) * bedrag.per_kind_boven_drie,
        )

    def formula_2023_01_01(gezin, period, parameters):
        """From 2023 an amount per child: lid 2 onder a for the first, onder b for each further child."""
        bedrag = parameters(period).wet_op_het_kindgebonden_budget.bedrag
        n = gezin("kindgebonden_budget__aantal_kinderen", period)
        return (n > 0) * bedrag.een_kind + numpy.maximum(n - 1, 0) * bedrag.per_volgend_kind


class kindgebonden_budget__verhogingen_leeftijd(MoneyVariable):
    """Yearly supplements for children of 12-15 and 16-17 (art. 2 lid 3-5).

    Each starts "met ingang van de kalendermaand na de maand waarin" the child turned 12 or 16, so the
    age on the last day of the previous month decides; the 16-17 supplement replaces the 12-15 one.
    """

    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Verhogingen voor oudere kinderen per jaar / Yearly supplements for older children"
    reference = f"{WKB}#Artikel2"

    def formula(gezin, period, parameters):
        p = parameters(period).wet_op_het_kindgebonden_budget
        leeftijd = gezin.members("leeftijd_einde_vorige_maand", period)
        verhoging = numpy.select(
            [leeftijd >= p.leeftijdsgrenzen.tweede_verhoging_vanaf, leeftijd >= p.leeftijdsgrenzen.verhoging_vanaf],
            [p.verhoging_16_en_17_jaar, p.verhoging_12_tot_16_jaar],
            0.0,
        )
        return gezin.sum(gezin.members("kindgebonden_budget__kind", period) * verhoging)


class kindgebonden_budget__alleenstaande_ouderkop(MoneyVariable):
    """Yearly supplement for a parent without a partner who has an aanspraak (art. 2 lid 6)."""

    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Alleenstaande-ouderkop per jaar / Single-parent supplement per year"
    reference = f"{WKB}#Artikel2"

    def formula(gezin, period, parameters):
        kop = parameters(period).wet_op_het_kindgebonden_budget.alleenstaande_ouderkop
        heeft_aanspraak = gezin("kindgebonden_budget__aantal_kinderen", period) > 0
        return heeft_aanspraak * numpy.logical_not(gezin("awir__heeft_toeslagpartner", period)) * kop


class kindgebonden_budget__drempel(MoneyVariable):
    """Income above which the budget is reduced: the drempelinkomen, for partners raised (lid 7-8)."""

    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Inkomensdrempel kindgebonden budget / Income threshold of the child-related budget"
    reference = [f"{WKB}#Artikel1", f"{WKB}#Artikel2"]

    def formula(gezin, period, parameters):
        p = parameters(period)
        verhoging = (
            gezin("awir__heeft_toeslagpartner", period)
            * p.wet_op_het_kindgebonden_budget.verhoging_drempelinkomen_partners
        )
        return p.awir.drempelinkomen + verhoging


class kindgebonden_budget__vermindering(MoneyVariable):
    """Yearly reduction: the afbouwpercentage of the (joint) toetsingsinkomen above the drempel (lid 7-8)."""

    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Vermindering naar inkomen per jaar / Yearly income-related reduction"
    reference = f"{WKB}#Artikel2"

    def formula(gezin, period, parameters):
        percentage = parameters(period).wet_op_het_kindgebonden_budget.afbouwpercentage
        boven_drempel = gezin("awir__toetsingsinkomen", period.this_year) - gezin(
            "kindgebonden_budget__drempel", period
        )
        return percentage * numpy.maximum(boven_drempel, 0)


class kindgebonden_budget__vermogensgrens(MoneyVariable):
    """The art. 1 lid 4 asset limit for this gezin: with or without a toeslagpartner."""

    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Vermogensgrens kindgebonden budget / Child budget asset limit"
    reference = f"{WKB}#Artikel1"

    def formula(gezin, period, parameters):
        return awir.vermogensgrens(gezin, period, parameters(period).wet_op_het_kindgebonden_budget.vermogensgrens)


class kindgebonden_budget__vermogen_onder_grens(Variable):
    """The (joint) rendementsgrondslag at the start of the year is within the limit (art. 1 lid 4)."""

    value_type = bool
    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Vermogen niet boven de vermogensgrens / Assets within the limit"
    reference = f"{WKB}#Artikel1"

    def formula(gezin, period):
        return awir.vermogen_onder_grens(gezin, period, "kindgebonden_budget__vermogensgrens")


class kindgebonden_budget__voorwaarden_vervuld(Variable):
    """Every condition for kindgebonden budget other than income holds this month."""

    value_type = bool
    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Voorwaarden kindgebonden budget vervuld / Conditions for the child-related budget met"
    reference = [f"{WKB}#Artikel1", f"{WKB}#Artikel2", wetten.tekst(wetten.AWIR, "Artikel9")]

    def formula(gezin, period):
        return (
            (gezin("kindgebonden_budget__aantal_kinderen", period) > 0)
            * gezin("kindgebonden_budget__vermogen_onder_grens", period)
            * gezin("awir__rechtmatig_verblijf", period)
        )


class kindgebonden_budget__berekend_jaarbedrag(MoneyVariable):
    """Kindgebonden budget per year before the Awir's rounding, for this month's situation (art. 2).

    The conditions other than income are applied in ``kindgebonden_budget__jaarbedrag``.
    """

    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Berekend kindgebonden budget per jaar / Computed child-related budget per year"
    reference = f"{WKB}#Artikel2"

    def formula(gezin, period):
        maximum = (
            gezin("kindgebonden_budget__bedrag_kinderen", period)
            + gezin("kindgebonden_budget__verhogingen_leeftijd", period)
            + gezin("kindgebonden_budget__alleenstaande_ouderkop", period)
        )
        return numpy.maximum(maximum - gezin("kindgebonden_budget__vermindering", period), 0)


class kindgebonden_budget__inkomen_niet_te_hoog(Variable):
    """The income leaves a budget of at least €24 a year after rounding (art. 2 lid 7-8; Awir art. 14)."""

    value_type = bool
    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Inkomen laat kindgebonden budget over / Income leaves a budget"
    reference = [f"{WKB}#Artikel2", wetten.tekst(wetten.AWIR, "Artikel14")]
    formula = awir.formule_inkomen_niet_te_hoog("kindgebonden_budget")


class kindgebonden_budget__jaarbedrag(MoneyVariable):
    """Kindgebonden budget per year as granted: whole euros, nothing below €24 (Awir art. 14 lid 4-5)."""

    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Kindgebonden budget per jaar / Child-related budget per year"
    reference = wetten.tekst(wetten.AWIR, "Artikel14")
    formula = awir.formule_jaarbedrag("kindgebonden_budget")


class kindgebonden_budget(MoneyVariable):
    """Kindgebonden budget paid for this month: a twelfth of the yearly amount in whole euros (Awir art. 22)."""

    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Kindgebonden budget per maand / Child-related budget per month"
    reference = [f"{WKB}#Artikel2", wetten.tekst(wetten.AWIR, "Artikel22")]
    formula = awir.formule_maandtermijn("kindgebonden_budget")
