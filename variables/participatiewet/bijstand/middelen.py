"""Algemene bijstand: the middelen, income (art. 31-32) and vermogen (art. 34) (Participatiewet, BWBR0015703).

Choices and limits, documented:

- The income is the gezin's ``netto_inkomen`` (art. 32; kinderbijslag, toeslagen and the kindgebonden
  budget do not count, art. 31 lid 2, so they are not part of that fact).
- The vrijlating of income from work (art. 31 lid 2 onder n: 25%, up to a monthly maximum, not under
  27 by lid 5) is applied at the AOW age, where it is a right. Below the AOW age the law leaves it to
  the college, for at most six months and only where it helps the person into work: the engine cannot
  know that, so it does not count it (nor the alleenstaande ouder's onder r); the condition says so.
  The optional fact ``inkomsten_uit_arbeid`` says how much of the income is from work.
- Vermogen (art. 34): the optional fact ``vermogen_eigen_woning`` lets the equity in the own home be
  left out up to the amount of lid 2 onder d; above it the college gives bijstand as a loan (art. 50),
  which the engine does not model.
"""

import numpy
from openfisca_core.periods import DateUnit
from openfisca_core.variables import Variable

from openfisca_nl_sociaal.entities import Gezin, Persoon
from openfisca_nl_sociaal.regels import wetten
from openfisca_nl_sociaal.regels.geld import MoneyVariable, op_centen

PW = wetten.tekst(wetten.PARTICIPATIEWET)


class bijstand__inkomen(MoneyVariable):
    """The gezin's income per month that counts (art. 32): the partners' netto inkomen."""

    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Inkomen voor de bijstand / Income for social assistance"
    reference = f"{PW}#Artikel32"

    def formula(gezin, period):
        return gezin.sum(gezin.members("netto_inkomen", period), role=Gezin.PARTNER)


class bijstand__vrijlating_arbeid(MoneyVariable):
    """Income from work left out of the middelen (art. 31 lid 2 onder n): 25% of it, up to the monthly
    maximum, for a person of 27 or older (lid 5) who has reached the AOW age. Below the AOW age the
    college decides, for at most six months, so the engine does not count it (module docstring)."""

    entity = Persoon
    definition_period = DateUnit.MONTH
    label = "Vrijlating inkomsten uit arbeid / Earnings disregard"
    reference = f"{PW}#Artikel31"

    def formula(persoon, period, parameters):
        p = parameters(period).participatiewet.vrijlating_arbeid
        # the income from work is part of the netto inkomen, never more
        arbeid = numpy.minimum(persoon("inkomsten_uit_arbeid", period), persoon("netto_inkomen", period))
        van_toepassing = persoon("aow_leeftijd_bereikt", period) * (persoon("leeftijd", period) >= p.minimumleeftijd)
        return van_toepassing * numpy.minimum(op_centen(p.percentage * arbeid), p.maximum)


class bijstand__middelen(MoneyVariable):
    """The income that counts against the norm: the netto inkomen less the vrijlating (art. 31-32)."""

    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "In aanmerking te nemen inkomen / Income taken into account"
    reference = [f"{PW}#Artikel31", f"{PW}#Artikel32"]

    def formula(gezin, period):
        vrijlating = gezin.sum(gezin.members("bijstand__vrijlating_arbeid", period), role=Gezin.PARTNER)
        return gezin("bijstand__inkomen", period) - vrijlating


class bijstand__vermogen(MoneyVariable):
    """The vermogen that counts (art. 34): the partners' vermogen less the equity in the own home up to
    the amount of lid 2 onder d."""

    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Vermogen voor de bijstand / Assets for social assistance"
    reference = f"{PW}#Artikel34"

    def formula(gezin, period, parameters):
        grens = parameters(period).participatiewet.vermogensgrens.eigen_woning
        jaar = period.this_year
        vermogen = gezin.sum(gezin.members("vermogen", jaar), role=Gezin.PARTNER)
        woning = gezin.sum(gezin.members("vermogen_eigen_woning", jaar), role=Gezin.PARTNER)
        return vermogen - numpy.minimum(woning, grens)


class bijstand__vermogen_onder_grens(Variable):
    """The vermogen of the alleenstaande or the gezin is within the art. 34 limit (the gezin limit for
    gehuwden and for an alleenstaande ouder)."""

    value_type = bool
    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Vermogen binnen de bijstandsgrens / Assets within the social assistance limit"
    reference = f"{PW}#Artikel34"

    def formula(gezin, period):
        return gezin("bijstand__vermogen", period) <= gezin("bijstand__vermogensgrens", period)


class bijstand__vermogensgrens(MoneyVariable):
    """The art. 34 lid 3 asset limit: the gezin limit for gehuwden and for an alleenstaande ouder, else the
    alleenstaande's (a variable of its own so that an answer can name it)."""

    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Vermogensgrens bijstand / Social assistance asset limit"
    reference = f"{PW}#Artikel34"

    def formula(gezin, period, parameters):
        grens = parameters(period).participatiewet.vermogensgrens
        gezinsgrens = gezin("awir__heeft_toeslagpartner", period) + (gezin.nb_persons(Gezin.KIND) > 0)
        return numpy.where(gezinsgrens, grens.gezin, grens.alleenstaande)


# When the presumptions of the optional facts can matter (the catalogue, openfisca_nl_sociaal/regelingen/, reports them as ``aannames``).
# These read only core facts.


class bijstand__arbeidsvrijlating_van_belang(Variable):
    """A partner of 27 or older at the AOW age has income: a part from work would be left out (art. 31
    lid 2 onder n)."""

    value_type = bool
    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Vrijlating van inkomsten uit arbeid kan gelden / The earnings disregard can apply"
    reference = f"{PW}#Artikel31"

    def formula(gezin, period, parameters):
        p = parameters(period).participatiewet.vrijlating_arbeid
        persoon = gezin.members
        kan = (
            persoon("aow_leeftijd_bereikt", period)
            * (persoon("leeftijd", period) >= p.minimumleeftijd)
            * (persoon("netto_inkomen", period) > 0)
        )
        return gezin.any(kan, role=Gezin.PARTNER)


class bijstand__eigen_woning_van_belang(Variable):
    """The vermogen is above the limit: equity in the own home would lower it (art. 34 lid 2 onder d)."""

    value_type = bool
    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Vrijlating eigen woning kan gelden / The home equity exemption can apply"
    reference = f"{PW}#Artikel34"

    def formula(gezin, period, parameters):
        grens = parameters(period).participatiewet.vermogensgrens
        gezinsgrens = gezin("awir__heeft_toeslagpartner", period) + (gezin.nb_persons(Gezin.KIND) > 0)
        limiet = numpy.where(gezinsgrens, grens.gezin, grens.alleenstaande)
        return gezin.sum(gezin.members("vermogen", period.this_year), role=Gezin.PARTNER) > limiet
