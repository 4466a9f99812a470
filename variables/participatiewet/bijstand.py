"""Algemene bijstand (Participatiewet, BWBR0015703).

Art. 19: the alleenstaande or the gezin has a right to algemene bijstand when its income is below the
bijstandsnorm and its vermogen is within the limit; the bijstand is the difference, and 5% of it is
vakantietoeslag (lid 3), reserved and paid once a year. The norm depends on age (art. 20: 18-20; art. 21:
21 to AOW age; art. 22: AOW age), on having a spouse and, for young couples, children; the
kostendelersnorm (art. 22a) lowers it when adults share the dwelling. Art. 34: the vermogensgrens.

Choices and limits, documented: the income is the gezin's ``netto_inkomen`` (art. 32; kinderbijslag,
toeslagen and the kindgebonden budget do not count, art. 31 lid 2, so they are not part of that fact);
the vrijlating of income from work (art. 31 lid 2 onder n) is not applied, since the fact does not say
which income is from work; a housemate of the kostendeler age is a kostendeler unless the law's
exceptions apply (a student, a commercial tenant: art. 19a), which are not asked; the special norm of
art. 22a lid 3 (couple with one partner of 18-20 among kostendelers), students (art. 13 lid 2 onder c),
people in an inrichting (art. 23) and the eigen woning (art. 34 lid 2 onder d, 50) are not modelled.
"""

import numpy
from openfisca_core.periods import DateUnit
from openfisca_core.variables import Variable

from openfisca_nl_sociaal.entities import Gezin, Persoon
from openfisca_nl_sociaal.money import MoneyVariable, op_centen

PW = "https://wetten.overheid.nl/BWBR0015703/2025-01-01"


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


class bijstand__norm(MoneyVariable):
    """The bijstandsnorm that applies (art. 20-22a): with kostendelers, per partner of 21 or older
    (40 + 30 × A) / (100 × A) × the gehuwdennorm (art. 22a lid 1-2), in cents; otherwise the norm of
    art. 20-22."""

    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Toepasselijke bijstandsnorm / Applicable social assistance norm"
    reference = [f"{PW}#Artikel22a", f"{PW}#Artikel21"]

    def formula(gezin, period, parameters):
        p = parameters(period).participatiewet
        a = gezin("bijstand__aantal_kostendelers", period)
        gehuwdennorm = numpy.where(
            gezin("bijstand__aow_leeftijd", period),
            p.normen.gehuwden_aow_leeftijd,
            p.normen.gehuwden_21_tot_aow_leeftijd,
        )
        veilig_a = numpy.maximum(a, 1)
        per_persoon = op_centen(
            (p.kostendelersnorm.basispercentage + p.kostendelersnorm.percentage_per_kostendeler * veilig_a)
            / veilig_a
            * gehuwdennorm
        )
        partners_21 = gezin.sum(
            gezin.members("leeftijd", period) >= p.kostendelersnorm.minimumleeftijd_belanghebbende, role=Gezin.PARTNER
        )
        jongeren = gezin("bijstand__aantal_jongeren", period)
        # Art. 22a applies to a belanghebbende of 21 or older; a couple with a partner of 18-20 among
        # kostendelers (art. 22a lid 3) is not modelled and keeps the norm of art. 20.
        kostendelersnorm_van_toepassing = (a > 0) * (partners_21 > 0) * (jongeren == 0)
        return numpy.where(
            kostendelersnorm_van_toepassing,
            partners_21 * per_persoon,
            gezin("bijstand__norm_zonder_kostendelers", period),
        )


class bijstand__inkomen(MoneyVariable):
    """The gezin's income per month that counts (art. 32): the partners' netto inkomen."""

    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Inkomen voor de bijstand / Income for social assistance"
    reference = f"{PW}#Artikel32"

    def formula(gezin, period):
        return gezin.sum(gezin.members("netto_inkomen", period), role=Gezin.PARTNER)


class bijstand__vermogen_onder_grens(Variable):
    """The vermogen of the alleenstaande or the gezin is within the art. 34 limit (the gezin limit for
    gehuwden and for an alleenstaande ouder)."""

    value_type = bool
    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Vermogen binnen de bijstandsgrens / Assets within the social assistance limit"
    reference = f"{PW}#Artikel34"

    def formula(gezin, period, parameters):
        grens = parameters(period).participatiewet.vermogensgrens
        gezinsgrens = gezin("awir__heeft_toeslagpartner", period) + (gezin.nb_persons(Gezin.KIND) > 0)
        limiet = numpy.where(gezinsgrens, grens.gezin, grens.alleenstaande)
        return gezin.sum(gezin.members("vermogen", period.this_year), role=Gezin.PARTNER) <= limiet


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
        return gezin("bijstand__inkomen", period) < gezin("bijstand__norm", period)


class bijstand__inclusief_vakantietoeslag(MoneyVariable):
    """Algemene bijstand per month including the vakantietoeslag: the norm less the income (art. 19 lid 2)."""

    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Bijstand per maand inclusief vakantietoeslag / Social assistance incl. holiday allowance"
    reference = f"{PW}#Artikel19"

    def formula(gezin, period):
        voorwaarden = (
            gezin("bijstand__meerderjarig", period)
            * gezin("bijstand__woont_rechtmatig_in_nederland", period)
            * gezin("bijstand__vermogen_onder_grens", period)
        )
        return voorwaarden * numpy.maximum(gezin("bijstand__norm", period) - gezin("bijstand__inkomen", period), 0)


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
