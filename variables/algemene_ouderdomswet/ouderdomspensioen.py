"""Ouderdomspensioen (AOW, Algemene Ouderdomswet, BWBR0002221).

From the day a person reaches the pensioengerechtigde leeftijd (art. 7, 7a) the SVB pays a bruto AOW per
month: the amount for a gehuwde (or samenwonende, art. 1) or an ongehuwde (art. 9 lid 1), reduced by 2%
for every year between the aanvangsleeftijd and the pensioengerechtigde leeftijd that the person was not
insured (art. 13 lid 1), plus a yearly vakantie-uitkering paid in May (art. 28-31). Until 2024 the SVB
also paid the inkomensondersteuning AOW (art. 33a), reduced the same way; it is part of the amounts.

Choices, documented: in the month the AOW age is reached the amount is paid for the days from that day
on (the AOW starts on that day); insured years may be fractional (the regeling under art. 13 lid 3 counts
uninsured periods in days); a partner makes the gehuwde amount apply, whatever the partner's age.
"""

import numpy
from openfisca_core.periods import DateUnit
from openfisca_core.variables import Variable

from openfisca_nl_sociaal.entities import Gezin, Persoon
from openfisca_nl_sociaal.regels import wetten
from openfisca_nl_sociaal.regels.geld import MoneyVariable, op_centen

AOW = wetten.tekst(wetten.ALGEMENE_OUDERDOMSWET)


class aow__opbouw(Variable):
    """Share of the full AOW: 2% less for each of the 50 years the person was not insured (art. 13 lid 1)."""

    value_type = float
    entity = Persoon
    definition_period = DateUnit.MONTH
    label = "Opbouwpercentage AOW / Accrued share of the state pension"
    reference = f"{AOW}#Artikel13"

    def formula(persoon, period, parameters):
        p = parameters(period).algemene_ouderdomswet
        jaren = numpy.clip(persoon("aow_verzekerde_jaren", period), 0, p.opbouwjaren)
        return 1 - p.korting_per_niet_verzekerd_jaar * (p.opbouwjaren - jaren)


class aow__deel_van_de_maand(Variable):
    """Share of this month at or after the pensioendatum: 1 after the month it is reached, 0 before, the
    remaining days / the days of the month in the month itself (art. 7 lid 1: the AOW starts that day)."""

    value_type = float
    entity = Persoon
    definition_period = DateUnit.MONTH
    label = "Deel van de maand met AOW / Share of the month with state pension"
    reference = f"{AOW}#Artikel7"

    def formula(persoon, period):
        eerste = numpy.datetime64(period.start.date, "D")
        volgende = numpy.datetime64(period.offset(1).start.date, "D")
        pensioendatum = persoon("pensioendatum", period)
        dagen = (volgende - eerste).astype(int)
        resterend = (volgende - numpy.maximum(pensioendatum, eerste)).astype(int)
        return numpy.clip(resterend / dagen, 0, 1)


class aow__gehuwd(Variable):
    """The person has a partner (gehuwd or samenwonend, art. 1 lid 2-4): the amount of art. 9 lid 1 onder b."""

    value_type = bool
    entity = Persoon
    definition_period = DateUnit.MONTH
    label = "Gehuwd voor de AOW / Married for the state pension"
    reference = [f"{AOW}#Artikel1", f"{AOW}#Artikel9"]

    def formula(persoon, period):
        return persoon.has_role(Gezin.PARTNER) * (persoon.gezin.nb_persons(Gezin.PARTNER) == 2)


class aow__volledig_maandbedrag(MoneyVariable):
    """The full bruto AOW per month for this person's category (art. 9 lid 1)."""

    entity = Persoon
    definition_period = DateUnit.MONTH
    label = "Volledige AOW per maand / Full state pension per month"
    reference = f"{AOW}#Artikel9"

    def formula(persoon, period, parameters):
        bedrag = parameters(period).algemene_ouderdomswet.maandbedrag
        return numpy.where(persoon("aow__gehuwd", period), bedrag.gehuwd, bedrag.ongehuwd)


class aow__bruto_per_maand(MoneyVariable):
    """Bruto AOW paid for this month: the full amount × the opbouw × the share of the month, in cents."""

    entity = Persoon
    definition_period = DateUnit.MONTH
    label = "AOW per maand (bruto) / State pension per month (gross)"
    reference = [f"{AOW}#Artikel9", f"{AOW}#Artikel13"]

    def formula(persoon, period):
        return op_centen(
            persoon("aow__volledig_maandbedrag", period)
            * persoon("aow__opbouw", period)
            * persoon("aow__deel_van_de_maand", period)
        )


class aow__bruto_per_jaar(MoneyVariable):
    """Bruto AOW per year at this month's amounts for a person at AOW age: twelve full months."""

    entity = Persoon
    definition_period = DateUnit.MONTH
    label = "AOW per jaar (bruto) / State pension per year (gross)"
    reference = f"{AOW}#Artikel9"

    def formula(persoon, period):
        recht = persoon("aow__deel_van_de_maand", period) > 0
        return recht * 12 * op_centen(persoon("aow__volledig_maandbedrag", period) * persoon("aow__opbouw", period))


class aow__vakantie_uitkering_per_jaar(MoneyVariable):
    """The yearly vakantie-uitkering (art. 28-31): twelve months of the monthly amount × the opbouw."""

    entity = Persoon
    definition_period = DateUnit.MONTH
    label = "AOW-vakantie-uitkering per jaar / State pension holiday allowance per year"
    reference = f"{AOW}#Artikel29"

    def formula(persoon, period, parameters):
        vu = parameters(period).algemene_ouderdomswet.vakantie_uitkering
        per_maand = numpy.where(persoon("aow__gehuwd", period), vu.gehuwd, vu.ongehuwd)
        recht = persoon("aow__deel_van_de_maand", period) > 0
        return recht * 12 * op_centen(per_maand * persoon("aow__opbouw", period))


class aow__pensioengerechtigd(Variable):
    """The applicant or the partner has reached the pensioengerechtigde leeftijd this month (art. 7, 7a)."""

    value_type = bool
    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "AOW-leeftijd bereikt / State pension age reached"
    reference = f"{AOW}#Artikel7a"

    def formula(gezin, period):
        return gezin.any(gezin.members("aow__deel_van_de_maand", period) > 0, role=Gezin.PARTNER)


class aow__verzekerd_geweest(Variable):
    """Someone of AOW age was insured for at least part of the 50 years (art. 7 lid 1)."""

    value_type = bool
    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Verzekerd geweest voor de AOW / Has been insured for the state pension"
    reference = f"{AOW}#Artikel7"

    def formula(gezin, period):
        persoon = gezin.members
        return gezin.any(
            (persoon("aow__deel_van_de_maand", period) > 0) * (persoon("aow_verzekerde_jaren", period) > 0),
            role=Gezin.PARTNER,
        )


class aow(MoneyVariable):
    """Bruto AOW of the applicant and the partner together, for this month."""

    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "AOW per maand (bruto, gezin) / State pension per month (gross, household)"
    reference = f"{AOW}#Artikel9"

    def formula(gezin, period):
        return gezin.sum(gezin.members("aow__bruto_per_maand", period), role=Gezin.PARTNER)


class aow__jaarbedrag(MoneyVariable):
    """Bruto AOW per year of the applicant and the partner together."""

    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "AOW per jaar (bruto, gezin) / State pension per year (gross, household)"
    reference = f"{AOW}#Artikel9"

    def formula(gezin, period):
        return gezin.sum(gezin.members("aow__bruto_per_jaar", period), role=Gezin.PARTNER)


class aow__vakantie_uitkering_gezin_per_jaar(MoneyVariable):
    """Bruto vakantie-uitkering per year of the applicant and the partner together (reported apart)."""

    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "AOW-vakantie-uitkering per jaar (gezin) / State pension holiday allowance per year (household)"
    reference = f"{AOW}#Artikel29"

    def formula(gezin, period):
        return gezin.sum(gezin.members("aow__vakantie_uitkering_per_jaar", period), role=Gezin.PARTNER)


def _volledig_per_jaar(parameters, period, soort: str) -> float:
    """The full AOW of a calendar year with its vakantie-uitkering: each month at the amounts in force on its
    first day (they change on 1 January and 1 July)."""
    return sum(
        parameters(maand).algemene_ouderdomswet.maandbedrag[soort]
        + parameters(maand).algemene_ouderdomswet.vakantie_uitkering[soort]
        for maand in period.get_subperiods(DateUnit.MONTH)
    )


class aow__volledig_per_jaar_ongehuwd(MoneyVariable):
    """The full bruto AOW of a calendar year for an ongehuwde with 50 insured years, vakantie-uitkering included
    (art. 9 lid 1, 29-31): what the policy tools' single pensioner receives."""

    entity = Persoon
    definition_period = DateUnit.YEAR
    label = "Volledige AOW per jaar, ongehuwd / Full state pension per year, single"
    reference = [f"{AOW}#Artikel9", f"{AOW}#Artikel29"]

    def formula(persoon, period, parameters):
        return persoon.filled_array(op_centen(_volledig_per_jaar(parameters, period, "ongehuwd")))


class aow__volledig_per_jaar_gehuwd(MoneyVariable):
    """The full bruto AOW of a calendar year per gehuwde with 50 insured years, vakantie-uitkering included
    (art. 9 lid 1, 29-31): what each partner of the policy tools' pensioner couple receives."""

    entity = Persoon
    definition_period = DateUnit.YEAR
    label = "Volledige AOW per jaar, gehuwd (per persoon) / Full state pension per year, married (per person)"
    reference = [f"{AOW}#Artikel9", f"{AOW}#Artikel29"]

    def formula(persoon, period, parameters):
        return persoon.filled_array(op_centen(_volledig_per_jaar(parameters, period, "gehuwd")))
