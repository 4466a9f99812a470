"""Kinderopvangtoeslag (Wet kinderopvang, BWBR0017017, hoofdstuk 1 afdeling 3; Besluit kinderopvangtoeslag).

Per child per month: the percentage of bijlage I of the Besluit for the gezamenlijk toetsingsinkomen
(the first child, the one with the most hours, has the lower percentage) × the hourly price, at most the
maximum uurprijs of its kind of care (art. 4) × the hours, at most 230 a month (art. 8a). Only registered
care counts (Wko art. 1.5), and the parent and the partner must both work, study or follow a route to
work (art. 1.6). The Awir rounds and pays.

Simplifications, chosen and documented: from 2023 the 230 hours are a yearly budget of 230 per month
worked (art. 8a lid 1 onder b); the engine applies 230 to the month asked. Before 2023 the hours were
also limited by the hours the least-working parent works, which is not asked. Two children with equally
many hours: the one with the higher costs is the first child. The child's age limit approximates the
end of primary school as 13. The bijlage I tables of 2020, 2021 and 2025 were not found in a verifiable
source: for those years the scheme says it cannot answer (``kinderopvangtoeslag__tabel_beschikbaar``).
"""

import numpy
from openfisca_core.periods import DateUnit
from openfisca_core.variables import Variable

from openfisca_nl_sociaal.entities import Gezin, Persoon
from openfisca_nl_sociaal.regels import awir, wetten
from openfisca_nl_sociaal.regels.geld import MoneyVariable

WKO = wetten.tekst(wetten.WET_KINDEROPVANG)
BKOT = wetten.tekst(wetten.BESLUIT_KINDEROPVANGTOESLAG)


class kinderopvangtoeslag__kind(Variable):
    """A child of the gezin in registered childcare this month (Wko art. 1.1 and 1.5)."""

    value_type = bool
    entity = Persoon
    definition_period = DateUnit.MONTH
    label = "Kind in geregistreerde kinderopvang / Child in registered childcare"
    reference = [f"{WKO}#Artikel1.1", f"{WKO}#Artikel1.5"]

    def formula(persoon, period, parameters):
        soort = persoon("soort_kinderopvang", period)
        opvang = soort != soort.possible_values.geen
        jong_genoeg = persoon("leeftijd", period) < parameters(period).wet_kinderopvang.leeftijd_tot
        return persoon.has_role(Gezin.KIND) * opvang * jong_genoeg


class kinderopvangtoeslag__vergoedbare_kosten(MoneyVariable):
    """The costs that count this month: hours up to 230 × the price up to the maximum uurprijs."""

    entity = Persoon
    definition_period = DateUnit.MONTH
    label = "Kosten kinderopvang die meetellen / Childcare costs that count"
    reference = [f"{BKOT}#Artikel4", f"{BKOT}#Artikel8a", f"{WKO}#Artikel1.7"]

    def formula(persoon, period, parameters):
        p = parameters(period).wet_kinderopvang
        soort = persoon("soort_kinderopvang", period)
        soorten = soort.possible_values
        maximum_uurprijs = numpy.select(
            [soort == soorten.dagopvang, soort == soorten.buitenschoolse_opvang],
            [p.maximum_uurprijs.dagopvang, p.maximum_uurprijs.buitenschoolse_opvang],
            p.maximum_uurprijs.gastouderopvang,
        )
        uren = numpy.minimum(persoon("kinderopvang_uren", period), p.maximum_uren_per_maand)
        uurprijs = numpy.minimum(persoon("kinderopvang_uurprijs", period), maximum_uurprijs)
        return persoon("kinderopvangtoeslag__kind", period) * uren * uurprijs


class kinderopvangtoeslag__eerste_kind(Variable):
    """The first child: the child with the most hours of care; with equal hours the higher costs
    (Besluit kinderopvangtoeslag art. 3)."""

    value_type = bool
    entity = Persoon
    definition_period = DateUnit.MONTH
    label = "Eerste kind voor de kinderopvangtoeslag / First child for the childcare allowance"
    reference = f"{BKOT}#Artikel3"

    def formula(persoon, period):
        kind = persoon("kinderopvangtoeslag__kind", period)
        uren = persoon("kinderopvang_uren", period)
        kosten = persoon("kinderopvangtoeslag__vergoedbare_kosten", period)
        # Rank within each gezin by being a child, hours, costs, then the order the children were named
        # in (a strict order), and take the first. A sort, not a weighted score: a score of hours × 1e9
        # plus a tie-breaker lost the tie-breaker to float rounding in simulations of many persons.
        gezin = persoon.gezin.members_entity_id
        volgorde = numpy.lexsort((numpy.arange(persoon.count), -kosten, -uren, ~kind, gezin))
        gesorteerd = gezin[volgorde]
        eerste_van_gezin = numpy.ones(persoon.count, dtype=bool)
        eerste_van_gezin[1:] = gesorteerd[1:] != gesorteerd[:-1]
        eerste = numpy.zeros(persoon.count, dtype=bool)
        eerste[volgorde[eerste_van_gezin]] = True
        return kind & eerste


class kinderopvangtoeslag__toeslag_kind(MoneyVariable):
    """Kinderopvangtoeslag for this child this month: the bijlage I percentage × the costs that count."""

    entity = Persoon
    definition_period = DateUnit.MONTH
    label = "Kinderopvangtoeslag voor het kind / Childcare allowance for the child"
    reference = [f"{WKO}#Artikel1.7", f"{WKO}#Artikel1.8", f"{BKOT}#BijlageI"]

    def formula_2020_01_01(persoon, period):
        """No bijlage I table in the engine for 2020-2021 (see the module docstring)."""
        return persoon.empty_array()

    def formula_2022_01_01(persoon, period, parameters):
        tabel = parameters(period).wet_kinderopvang.toeslagpercentage
        inkomen = persoon.gezin("awir__toetsingsinkomen", period.this_year)
        percentage = numpy.where(
            persoon("kinderopvangtoeslag__eerste_kind", period),
            tabel.eerste_kind.calc(inkomen),
            tabel.volgend_kind.calc(inkomen),
        )
        return percentage * persoon("kinderopvangtoeslag__vergoedbare_kosten", period)

    def formula_2025_01_01(persoon, period):
        """No bijlage I table in the engine for 2025 (see the module docstring)."""
        return persoon.empty_array()

    formula_2026_01_01 = formula_2022_01_01


class kinderopvangtoeslag__tabel_beschikbaar(Variable):
    """Whether the engine holds the bijlage I table for this year; without it the scheme cannot answer."""

    value_type = bool
    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Toeslagtabel in de rekenregels / Percentage table available"
    reference = f"{BKOT}#BijlageI"

    def formula(gezin, period, parameters):
        return numpy.full(gezin.count, bool(parameters(period).wet_kinderopvang.tabel_beschikbaar))


class kinderopvangtoeslag__werken_of_studeren(Variable):
    """The parent and the partner both work, study or follow a route to work (Wko art. 1.6)."""

    value_type = bool
    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Ouder en partner werken of studeren / Parent and partner work or study"
    reference = f"{WKO}#Artikel1.6"

    def formula(gezin, period):
        return gezin.all(gezin.members("werkt_of_studeert", period), role=Gezin.PARTNER)


class kinderopvangtoeslag__kind_in_opvang(Variable):
    """A child of the gezin is in registered childcare this month (Wko art. 1.5)."""

    value_type = bool
    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Kind in geregistreerde opvang / Child in registered care"
    reference = f"{WKO}#Artikel1.5"

    def formula(gezin, period):
        return gezin.any(gezin.members("kinderopvangtoeslag__kind", period))


class kinderopvangtoeslag__voorwaarden_vervuld(Variable):
    """Every condition for kinderopvangtoeslag other than the amount holds this month."""

    value_type = bool
    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Voorwaarden kinderopvangtoeslag vervuld / Conditions for the childcare allowance met"
    reference = [f"{WKO}#Artikel1.5", f"{WKO}#Artikel1.6", wetten.tekst(wetten.AWIR, "Artikel9")]

    def formula(gezin, period):
        return (
            gezin("kinderopvangtoeslag__kind_in_opvang", period)
            * gezin("kinderopvangtoeslag__werken_of_studeren", period)
            * gezin("awir__rechtmatig_verblijf", period)
        )


class kinderopvangtoeslag__berekend_jaarbedrag(MoneyVariable):
    """Kinderopvangtoeslag per year before the Awir's rounding, for this month's situation."""

    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Berekende kinderopvangtoeslag per jaar / Computed childcare allowance per year"
    reference = f"{WKO}#Artikel1.7"

    def formula(gezin, period):
        return 12 * gezin.sum(gezin.members("kinderopvangtoeslag__toeslag_kind", period))


class kinderopvangtoeslag__inkomen_niet_te_hoog(Variable):
    """The toeslag is at least €24 a year after rounding (Awir art. 14)."""

    value_type = bool
    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Kinderopvangtoeslag ten minste het minimum / Allowance at least the minimum"
    reference = wetten.tekst(wetten.AWIR, "Artikel14")
    formula = awir.formule_inkomen_niet_te_hoog("kinderopvangtoeslag")


class kinderopvangtoeslag__jaarbedrag(MoneyVariable):
    """Kinderopvangtoeslag per year as granted: whole euros, nothing below €24 (Awir art. 14 lid 4-5)."""

    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Kinderopvangtoeslag per jaar / Childcare allowance per year"
    reference = wetten.tekst(wetten.AWIR, "Artikel14")
    formula = awir.formule_jaarbedrag("kinderopvangtoeslag")


class kinderopvangtoeslag(MoneyVariable):
    """Kinderopvangtoeslag paid for this month, in whole euros (Awir art. 22)."""

    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Kinderopvangtoeslag per maand / Childcare allowance per month"
    reference = [f"{WKO}#Artikel1.7", wetten.tekst(wetten.AWIR, "Artikel22")]
    formula = awir.formule_maandtermijn("kinderopvangtoeslag")
