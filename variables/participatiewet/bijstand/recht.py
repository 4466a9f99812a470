"""Algemene bijstand (Participatiewet, BWBR0015703): who has a right (art. 11, 13) and the bijstand (art. 19, 47a).

Art. 19: the alleenstaande or the gezin has a right to algemene bijstand when its income is below the
bijstandsnorm and its vermogen is within the limit; the bijstand is the difference, and 5% of it is
vakantietoeslag (lid 3), reserved and paid once a year. The norm depends on age (art. 20: 18-20; art. 21:
21 to AOW age; art. 22: AOW age), on having a spouse and, for young couples, children; the
kostendelersnorm (art. 22a) lowers it when adults share the dwelling. Art. 34: the vermogensgrens.

The modules of this folder follow the law: ``normen.py`` (art. 19a, 20-22a), ``toepasselijke_norm.py``
(art. 23-24), ``middelen.py`` (art. 31-34) and this one (art. 11, 13, 19, 47a).

Choices and limits, documented:

- Who has no right to algemene bijstand (art. 13 lid 2): someone under 27 with a right to
  studiefinanciering (onder c 1°; the optional fact ``studiefinanciering``), and someone of 18-20 in an
  inrichting (onder a). The college's judgement in onder c 2° (could follow education) and onder d,
  and the exclusions of art. 13 lid 1 (detention, more than four weeks abroad, a strike) are not asked.
  When one spouse has no right, the other's norm is 50% of the gehuwdennorm for their age, or their
  kostendelersnorm (art. 24, art. 22a lid 2).
"""

import numpy
from openfisca_core.periods import DateUnit
from openfisca_core.variables import Variable

from openfisca_nl_sociaal.entities import Gezin, Persoon
from openfisca_nl_sociaal.regels import wetten
from openfisca_nl_sociaal.regels.geld import MoneyVariable, op_centen

PW = wetten.tekst(wetten.PARTICIPATIEWET)


class bijstand__uitgesloten(Variable):
    """The person has no right to algemene bijstand (art. 13 lid 2): under 27 with a right to
    studiefinanciering (onder c 1°), or 18, 19 or 20 and in an inrichting (onder a)."""

    value_type = bool
    entity = Persoon
    definition_period = DateUnit.MONTH
    label = "Uitgesloten van algemene bijstand / Excluded from social assistance"
    reference = f"{PW}#Artikel13"

    def formula(persoon, period, parameters):
        p = parameters(period).participatiewet
        leeftijd = persoon("leeftijd", period)
        student = persoon("studiefinanciering", period) * (leeftijd < p.studiefinanciering.maximumleeftijd)
        jong_in_inrichting = persoon("bijstand__in_inrichting", period) * (leeftijd < p.jongerenleeftijd)
        return student + jong_in_inrichting


class bijstand__rechthebbende(Variable):
    """A partner who can have a right to algemene bijstand: 18 or older (art. 13 lid 1 onder e) and not
    excluded by art. 13 lid 2."""

    value_type = bool
    entity = Persoon
    definition_period = DateUnit.MONTH
    label = "Rechthebbende / Person entitled"
    reference = f"{PW}#Artikel13"

    def formula(persoon, period, parameters):
        meerderjarig = persoon("leeftijd", period) >= parameters(period).participatiewet.minimumleeftijd
        return meerderjarig * numpy.logical_not(persoon("bijstand__uitgesloten", period))


class bijstand__heeft_rechthebbende(Variable):
    """The applicant or the spouse can have a right to algemene bijstand (art. 13 lid 2)."""

    value_type = bool
    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Een partner is rechthebbende / A partner is entitled"
    reference = f"{PW}#Artikel13"

    def formula(gezin, period):
        return gezin.any(gezin.members("bijstand__rechthebbende", period), role=Gezin.PARTNER)


class bijstand__meerderjarig(Variable):
    """The applicant or the spouse is 18 or older (art. 13 lid 1 onder d; art. 20)."""

    value_type = bool
    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Een partner is 18 of ouder / A partner is 18 or older"
    reference = f"{PW}#Artikel20"

    def formula(gezin, period, parameters):
        return gezin.any(
            gezin.members("leeftijd", period) >= parameters(period).participatiewet.minimumleeftijd, role=Gezin.PARTNER
        )


class bijstand__woont_rechtmatig_in_nederland(Variable):
    """The applicant and the spouse live lawfully in the Netherlands (art. 11)."""

    value_type = bool
    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Woont rechtmatig in Nederland / Lives lawfully in the Netherlands"
    reference = f"{PW}#Artikel11"

    def formula(gezin, period):
        return gezin.all(gezin.members("woont_in_nederland", period), role=Gezin.PARTNER)


class bijstand__inkomen_onder_norm(Variable):
    """The income is below the bijstandsnorm (art. 19 lid 1 onder a)."""

    value_type = bool
    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Inkomen onder de bijstandsnorm / Income below the norm"
    reference = f"{PW}#Artikel19"

    def formula(gezin, period):
        return gezin("bijstand__middelen", period) < gezin("bijstand__norm", period)


class bijstand__inclusief_vakantietoeslag(MoneyVariable):
    """Algemene bijstand per month including the vakantietoeslag: the norm less the income (art. 19 lid 2)."""

    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Bijstand per maand inclusief vakantietoeslag / Social assistance incl. holiday allowance"
    reference = f"{PW}#Artikel19"

    def formula(gezin, period):
        voorwaarden = (
            gezin("bijstand__heeft_rechthebbende", period)
            * gezin("bijstand__woont_rechtmatig_in_nederland", period)
            * gezin("bijstand__vermogen_onder_grens", period)
        )
        return voorwaarden * numpy.maximum(gezin("bijstand__norm", period) - gezin("bijstand__middelen", period), 0)


class bijstand(MoneyVariable):
    """Algemene bijstand paid per month: the bijstand less the 5% vakantietoeslag that is reserved (art. 19 lid 3)."""

    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Bijstand per maand / Social assistance per month"
    reference = f"{PW}#Artikel19"

    def formula(gezin, period, parameters):
        vakantietoeslag = parameters(period).participatiewet.vakantietoeslag
        return op_centen(gezin("bijstand__inclusief_vakantietoeslag", period) * (1 - vakantietoeslag))


class bijstand__jaarbedrag(MoneyVariable):
    """Algemene bijstand per year at this month's situation, without the vakantietoeslag."""

    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Bijstand per jaar / Social assistance per year"
    reference = f"{PW}#Artikel19"

    def formula(gezin, period):
        return 12 * gezin("bijstand", period)


class bijstand__vakantietoeslag_per_jaar(MoneyVariable):
    """The vakantietoeslag reserved from the bijstand, per year (art. 19 lid 3)."""

    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Vakantietoeslag bijstand per jaar / Social assistance holiday allowance per year"
    reference = f"{PW}#Artikel19"

    def formula(gezin, period):
        return 12 * (gezin("bijstand__inclusief_vakantietoeslag", period) - gezin("bijstand", period))


class bijstand__onder_aow_leeftijd(Variable):
    """Neither the applicant nor the spouse has reached the AOW age: the gemeente executes the bijstand.
    At AOW age the SVB executes it as the aanvullende inkomensvoorziening ouderen (AIO, art. 47a)."""

    value_type = bool
    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Onder de AOW-leeftijd / Below pension age"
    reference = f"{PW}#Artikel47a"

    def formula(gezin, period):
        return numpy.logical_not(gezin("bijstand__aow_leeftijd", period))


# When the presumptions of the optional facts can matter (the catalogue, openfisca_nl_sociaal/regelingen/, reports them as ``aannames``).
# These read only core facts.


class bijstand__studentenleeftijd(Variable):
    """A partner is 18 to 26: the exclusion of students (art. 13 lid 2 onder c) can apply."""

    value_type = bool
    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Een partner is 18 tot 27 / A partner is 18 to 26"
    reference = f"{PW}#Artikel13"

    def formula(gezin, period, parameters):
        p = parameters(period).participatiewet
        leeftijd = gezin.members("leeftijd", period)
        jong = (leeftijd >= p.minimumleeftijd) * (leeftijd < p.studiefinanciering.maximumleeftijd)
        return gezin.any(jong, role=Gezin.PARTNER)
