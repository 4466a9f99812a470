"""Algemene bijstand: the norms of art. 20-22 and the kostendelersnorm of art. 19a and 22a (Participatiewet,
BWBR0015703).

The norm depends on age (art. 20: 18-20; art. 21: 21 to AOW age; art. 22: AOW age), on having a spouse and, for
young couples, children; the kostendelersnorm (art. 22a) lowers it when adults share the dwelling. The norm that
applies to the gezin (inrichting, a spouse without a right) is in ``toepasselijke_norm.py``.

Choices and limits, documented:

- A housemate of the kostendeler age is a kostendeler unless the law's exceptions apply (a student, a
  commercial tenant: art. 19a), which are not asked.
"""

import numpy
from openfisca_core.periods import DateUnit
from openfisca_core.variables import Variable

from openfisca_nl_sociaal.entities import Gezin, Persoon
from openfisca_nl_sociaal.regels import wetten
from openfisca_nl_sociaal.regels.geld import MoneyVariable, op_centen

PW = wetten.tekst(wetten.PARTICIPATIEWET)


class bijstand__aantal_jongeren(Variable):
    """Number of partners aged 18, 19 or 20 (art. 20)."""

    value_type = int
    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Aantal partners van 18 tot 21 / Number of partners aged 18-20"
    reference = f"{PW}#Artikel20"

    def formula(gezin, period, parameters):
        p = parameters(period).participatiewet
        leeftijd = gezin.members("leeftijd", period)
        jong = (leeftijd >= p.minimumleeftijd) * (leeftijd < p.jongerenleeftijd)
        return gezin.sum(jong, role=Gezin.PARTNER)


class bijstand__aow_leeftijd(Variable):
    """The applicant or the spouse has reached the AOW age (art. 22)."""

    value_type = bool
    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Een partner heeft de AOW-leeftijd / A partner is at pension age"
    reference = f"{PW}#Artikel22"

    def formula(gezin, period):
        return gezin.any(gezin.members("aow_leeftijd_bereikt", period), role=Gezin.PARTNER)


class bijstand__norm_zonder_kostendelers(MoneyVariable):
    """The bijstandsnorm per month, vakantietoeslag included, before the kostendelersnorm (art. 20-22)."""

    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Bijstandsnorm / Social assistance norm"
    reference = [f"{PW}#Artikel20", f"{PW}#Artikel21", f"{PW}#Artikel22"]

    def formula(gezin, period, parameters):
        n = parameters(period).participatiewet.normen
        gehuwd = gezin("awir__heeft_toeslagpartner", period)
        aow = gezin("bijstand__aow_leeftijd", period)
        jongeren = gezin("bijstand__aantal_jongeren", period)
        kinderen = gezin.nb_persons(Gezin.KIND) > 0
        alleenstaand = numpy.select(
            [aow, jongeren > 0],
            [n.alleenstaande_aow_leeftijd, n.alleenstaande_18_tot_21],
            n.alleenstaande_21_tot_aow_leeftijd,
        )
        paar = numpy.select(
            [aow, jongeren == 2, jongeren == 1],
            [
                n.gehuwden_aow_leeftijd,
                numpy.where(
                    kinderen, n.gehuwden_beiden_18_tot_21_met_kinderen, n.gehuwden_beiden_18_tot_21_zonder_kinderen
                ),
                numpy.where(kinderen, n.gehuwden_een_18_tot_21_met_kinderen, n.gehuwden_een_18_tot_21_zonder_kinderen),
            ],
            n.gehuwden_21_tot_aow_leeftijd,
        )
        return numpy.where(gehuwd, paar, alleenstaand)


class bijstand__kostendeler(Variable):
    """Someone of the kostendeler age (21; from 2023 27) who lives in the dwelling (art. 19a); the
    applicant's spouse is left out where the gezin counts its housemates."""

    value_type = bool
    entity = Persoon
    definition_period = DateUnit.MONTH
    label = "Kostendeler / Cost-sharer"
    reference = f"{PW}#Artikel19a"

    def formula(persoon, period, parameters):
        leeftijd = parameters(period).participatiewet.kostendelersnorm.leeftijd_kostendeler
        return persoon("leeftijd", period) >= leeftijd


class bijstand__aantal_kostendelers(Variable):
    """A in art. 22a: the kostendelende housemates, plus the applicant and a spouse of 21 or older.

    Counted in the whole dwelling: the housemates outside the gezin (the gezin's partners are not
    kostendelers of each other) and the gezin's own children of the kostendeler age.
    """

    value_type = int
    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Aantal kostendelers (A) / Number of cost-sharers"
    reference = f"{PW}#Artikel22a"

    def formula(gezin, period, parameters):
        p = parameters(period).participatiewet.kostendelersnorm
        persoon = gezin.members
        kostendelers = persoon("bijstand__kostendeler", period)
        in_woning = gezin.max(persoon.huishouden.sum(kostendelers), role=Gezin.PARTNER)
        medebewoners = in_woning - gezin.sum(kostendelers, role=Gezin.PARTNER)
        partners_21 = gezin.sum(persoon("leeftijd", period) >= p.minimumleeftijd_belanghebbende, role=Gezin.PARTNER)
        return numpy.where(medebewoners > 0, medebewoners + partners_21, 0)


class bijstand__kostendelersnorm_per_persoon(MoneyVariable):
    """The kostendelersnorm of one belanghebbende of 21 or older: (40 + 30 × A) / (100 × A) × the
    gehuwdennorm (art. 22a lid 1), in cents."""

    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Kostendelersnorm per persoon / Cost-sharer norm per person"
    reference = f"{PW}#Artikel22a"

    def formula(gezin, period, parameters):
        p = parameters(period).participatiewet
        a = numpy.maximum(gezin("bijstand__aantal_kostendelers", period), 1)
        gehuwdennorm = numpy.where(
            gezin("bijstand__aow_leeftijd", period),
            p.normen.gehuwden_aow_leeftijd,
            p.normen.gehuwden_21_tot_aow_leeftijd,
        )
        k = p.kostendelersnorm
        return op_centen((k.basispercentage + k.percentage_per_kostendeler * a) / a * gehuwdennorm)


class bijstand__norm_in_woning(MoneyVariable):
    """The norm of a gezin whose partners both have a right and live in a dwelling (art. 20-22a): with
    kostendelers the sum of the kostendelersnormen of the partners of 21 or older (art. 22a lid 2), with
    lid 3's amount for a partner of 18-20; otherwise the norm of art. 20-22."""

    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Bijstandsnorm in een woning / Social assistance norm in a dwelling"
    reference = [f"{PW}#Artikel22a", f"{PW}#Artikel21"]

    def formula(gezin, period, parameters):
        p = parameters(period).participatiewet
        a = gezin("bijstand__aantal_kostendelers", period)
        partners_21 = gezin.sum(
            gezin.members("leeftijd", period) >= p.kostendelersnorm.minimumleeftijd_belanghebbende, role=Gezin.PARTNER
        )
        jongeren = gezin("bijstand__aantal_jongeren", period)
        kinderen = gezin.nb_persons(Gezin.KIND) > 0
        k = p.kostendelersnorm
        per_persoon = gezin("bijstand__kostendelersnorm_per_persoon", period)
        # Art. 22a lid 1-2 applies to belanghebbenden of 21 or older; a couple of whom one is 18-20 gets
        # lid 3's amount for the young partner plus the older one's kostendelersnorm; a couple both of
        # 18-20 keeps the norm of art. 20.
        met_kostendelers = (a > 0) * (partners_21 > 0)
        return numpy.select(
            [met_kostendelers * (jongeren == 0), met_kostendelers * (jongeren == 1)],
            [
                partners_21 * per_persoon,
                numpy.where(kinderen, k.jongere_partner_met_kinderen, k.jongere_partner_zonder_kinderen) + per_persoon,
            ],
            gezin("bijstand__norm_zonder_kostendelers", period),
        )
