"""Kinderbijslag (Algemene Kinderbijslagwet, BWBR0002368).

Kinderbijslag is a right per calendar quarter, fixed on the quarter's first day (art. 11): the parent
must be insured then (art. 6: living in the Netherlands, lawfully), and the child must be under 18
(art. 7 lid 1). The amount per child follows the child's age on that first day (art. 12 lid 3). It is
not income-dependent. Variables are monthly; each month carries the quarter it belongs to.
"""

import numpy
from openfisca_core.periods import DateUnit
from openfisca_core.periods import period as make_period
from openfisca_core.variables import Variable

from openfisca_nl_sociaal.entities import Gezin, Persoon
from openfisca_nl_sociaal.regels import wetten
from openfisca_nl_sociaal.regels.datums import eerste_dag_kwartaal, leeftijd_op
from openfisca_nl_sociaal.regels.geld import MoneyVariable, op_centen

AKW = wetten.tekst(wetten.ALGEMENE_KINDERBIJSLAGWET)


def _eerste_maand_kwartaal(period):
    return make_period(f"month:{eerste_dag_kwartaal(period).isoformat()[:7]}")


class kinderbijslag__ouder_verzekerd(Variable):
    """A parent of the gezin is insured for the AKW on the first day of the quarter (art. 6, 11 lid 1).

    Insured is who lives in the Netherlands (art. 2, 6 lid 1 onder a), except an alien without lawful
    residence (art. 6 lid 2); the fact ``woont_in_nederland`` says both. Working in the Netherlands
    while living abroad (art. 6 lid 1 onder b) is not asked and so not covered.
    """

    value_type = bool
    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Ouder verzekerd voor de AKW / Parent insured for child benefit"
    reference = [f"{AKW}#Artikel6", f"{AKW}#Artikel11"]

    def formula(gezin, period):
        return gezin.any(gezin.members("woont_in_nederland", _eerste_maand_kwartaal(period)), role=Gezin.PARTNER)


class kinderbijslag__leeftijd_kind(Variable):
    """The child's age on the first day of the quarter (art. 11 lid 2, art. 12 lid 3)."""

    value_type = int
    entity = Persoon
    definition_period = DateUnit.MONTH
    unit = "year"
    label = "Leeftijd op de eerste dag van het kwartaal / Age on the first day of the quarter"
    reference = f"{AKW}#Artikel12"

    def formula(persoon, period):
        return leeftijd_op(persoon("geboortedatum", period), eerste_dag_kwartaal(period))


class kinderbijslag__kind(Variable):
    """Kinderbijslag is paid for this child over the quarter of this month (art. 7, 11 lid 2).

    On the quarter's first day the child is born (a child born on that day counts) and younger than 18,
    belongs to the gezin (art. 7 lid 1 onder a: tot het huishouden behoren), and a parent is insured. A
    child of the gezin lives with the parent, so in the Netherlands when the parent does (art. 7b).
    """

    value_type = bool
    entity = Persoon
    definition_period = DateUnit.MONTH
    label = "Kind telt mee voor de kinderbijslag / Child counts for child benefit"
    reference = [f"{AKW}#Artikel7", f"{AKW}#Artikel11"]

    def formula(persoon, period, parameters):
        grenzen = parameters(period).algemene_kinderbijslagwet.leeftijdsgrenzen
        eerste_dag = numpy.datetime64(eerste_dag_kwartaal(period), "D")
        geboren = persoon("geboortedatum", period) <= eerste_dag
        jong_genoeg = persoon("kinderbijslag__leeftijd_kind", period) < grenzen.tot
        ouder_verzekerd = persoon.gezin("kinderbijslag__ouder_verzekerd", period)
        return persoon.has_role(Gezin.KIND) * geboren * jong_genoeg * ouder_verzekerd


class kinderbijslag__kwartaalbedrag_kind(MoneyVariable):
    """Kinderbijslag for this child over the quarter of this month, by age band (art. 12 lid 3)."""

    entity = Persoon
    definition_period = DateUnit.MONTH
    label = "Kinderbijslag per kwartaal voor het kind / Child benefit per quarter for the child"
    reference = f"{AKW}#Artikel12"

    def formula(persoon, period, parameters):
        # The amounts in force on the quarter's first day apply to the whole quarter.
        akw = parameters(eerste_dag_kwartaal(period).isoformat()).algemene_kinderbijslagwet
        leeftijd = persoon("kinderbijslag__leeftijd_kind", period)
        bedrag = numpy.select(
            [leeftijd < akw.leeftijdsgrenzen.middelste_band_vanaf, leeftijd < akw.leeftijdsgrenzen.hoogste_band_vanaf],
            [akw.bedrag_per_kwartaal.leeftijd_jonger_dan_6, akw.bedrag_per_kwartaal.leeftijd_6_tot_12],
            akw.bedrag_per_kwartaal.leeftijd_12_tot_18,
        )
        return persoon("kinderbijslag__kind", period) * bedrag


class kinderbijslag__kwartaalbedrag(MoneyVariable):
    """Kinderbijslag for the gezin over the quarter of this month: the sum over its children."""

    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Kinderbijslag per kwartaal / Child benefit per quarter"
    reference = f"{AKW}#Artikel12"

    def formula(gezin, period):
        return gezin.sum(gezin.members("kinderbijslag__kwartaalbedrag_kind", period))


class kinderbijslag__jaarbedrag(MoneyVariable):
    """Kinderbijslag per year at this quarter's amounts: four times the quarterly amount."""

    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Kinderbijslag per jaar / Child benefit per year"
    reference = f"{AKW}#Artikel12"

    def formula(gezin, period):
        return 4 * gezin("kinderbijslag__kwartaalbedrag", period)


class kinderbijslag(MoneyVariable):
    """Kinderbijslag per month: a third of the quarterly amount, in cents.

    The SVB pays per quarter (art. 18); this monthly equivalent lets kinderbijslag be added to the
    monthly schemes. It is rounded half up to the cent, as the SVB rounds its amounts.
    """

    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Kinderbijslag per maand (omgerekend) / Child benefit per month (equivalent)"
    reference = [f"{AKW}#Artikel12", f"{AKW}#Artikel18"]

    def formula(gezin, period):
        return op_centen(gezin("kinderbijslag__kwartaalbedrag", period) / 3)


class kinderbijslag__aantal_kinderen(Variable):
    """Number of children for whom kinderbijslag is paid over the quarter of this month."""

    value_type = int
    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Aantal kinderen met kinderbijslag / Number of children with child benefit"
    reference = f"{AKW}#Artikel7"

    def formula(gezin, period):
        return gezin.sum(gezin.members("kinderbijslag__kind", period))
