"""Algemene bijstand (Participatiewet, BWBR0015703).

Art. 19: the alleenstaande or the gezin has a right to algemene bijstand when its income is below the
bijstandsnorm and its vermogen is within the limit; the bijstand is the difference, and 5% of it is
vakantietoeslag (lid 3), reserved and paid once a year. The norm depends on age (art. 20: 18-20; art. 21:
21 to AOW age; art. 22: AOW age), on having a spouse and, for young couples, children; the
kostendelersnorm (art. 22a) lowers it when adults share the dwelling. Art. 34: the vermogensgrens.

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
- Who has no right to algemene bijstand (art. 13 lid 2): someone under 27 with a right to
  studiefinanciering (onder c 1°; the optional fact ``studiefinanciering``), and someone of 18-20 in an
  inrichting (onder a). The college's judgement in onder c 2° (could follow education) and onder d,
  and the exclusions of art. 13 lid 1 (detention, more than four weeks abroad, a strike) are not asked.
  When one spouse has no right, the other's norm is 50% of the gehuwdennorm for their age, or their
  kostendelersnorm (art. 24, art. 22a lid 2).
- Inrichting (art. 23, the optional fact ``inrichting`` of the huishouden): the inrichtingsnorm with its
  verhoging; a couple of whom one lives in an inrichting gets the sum of both alleenstaande norms (lid 3).
  The 5% vakantietoeslag is reserved from it as from every norm (art. 19 lid 3).
- A housemate of the kostendeler age is a kostendeler unless the law's exceptions apply (a student, a
  commercial tenant: art. 19a), which are not asked.
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


class bijstand__in_inrichting(Variable):
    """The person lives in an inrichting (art. 1 onder f, art. 23): their huishouden is one."""

    value_type = bool
    entity = Persoon
    definition_period = DateUnit.MONTH
    label = "Verblijft in een inrichting / Lives in an institution"
    reference = f"{PW}#Artikel23"

    def formula(persoon, period):
        return persoon.huishouden("inrichting", period)


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


class bijstand__eigen_norm(MoneyVariable):
    """The norm of one rightful partner taken on their own, for art. 23 lid 3 and art. 24: with
    kostendelers their kostendelersnorm (art. 22a lid 2); otherwise, as the sole rightful spouse, 50% of
    the gehuwdennorm for their age (art. 24), or, beside a spouse in an inrichting, the alleenstaande
    norm for their age (art. 23 lid 3)."""

    entity = Persoon
    definition_period = DateUnit.MONTH
    label = "Eigen norm van een partner / A partner's own norm"
    reference = [f"{PW}#Artikel23", f"{PW}#Artikel24"]

    def formula(persoon, period, parameters):
        p = parameters(period).participatiewet
        n = p.normen
        leeftijd = persoon("leeftijd", period)
        aow = persoon("aow_leeftijd_bereikt", period)
        jong = leeftijd < p.jongerenleeftijd
        kinderen = persoon.gezin.nb_persons(Gezin.KIND) > 0
        gehuwdennorm = numpy.select(
            [aow, jong * kinderen, jong],
            [
                n.gehuwden_aow_leeftijd,
                n.gehuwden_beiden_18_tot_21_met_kinderen,
                n.gehuwden_beiden_18_tot_21_zonder_kinderen,
            ],
            n.gehuwden_21_tot_aow_leeftijd,
        )
        alleenstaandenorm = numpy.select(
            [aow, jong], [n.alleenstaande_aow_leeftijd, n.alleenstaande_18_tot_21], n.alleenstaande_21_tot_aow_leeftijd
        )
        leden = persoon.gezin.members
        # only a rightful spouse in an inrichting brings art. 23 lid 3; a spouse without a right, art. 24
        partner_in_inrichting = persoon.gezin.any(
            leden("bijstand__rechthebbende", period) * leden("bijstand__in_inrichting", period), role=Gezin.PARTNER
        )
        zonder_kostendelers = numpy.where(partner_in_inrichting, alleenstaandenorm, op_centen(0.5 * gehuwdennorm))
        kostendelers = (persoon.gezin("bijstand__aantal_kostendelers", period) > 0) * (
            leeftijd >= p.kostendelersnorm.minimumleeftijd_belanghebbende
        )
        return numpy.where(
            kostendelers, persoon.gezin("bijstand__kostendelersnorm_per_persoon", period), zonder_kostendelers
        )


class bijstand__norm(MoneyVariable):
    """The bijstandsnorm that applies to the gezin, per month, vakantietoeslag included:

    - both partners (or the alleenstaande) have a right and live in a dwelling: art. 20-22a;
    - all of them live in an inrichting: the inrichtingsnorm plus its verhoging (art. 23 lid 1-2);
    - one spouse in an inrichting: the sum of the alleenstaande norms of each (art. 23 lid 3);
    - one spouse without a right: the other's own norm (art. 24, art. 22a lid 2), or the inrichtingsnorm
      for an alleenstaande if that one lives in an inrichting.
    """

    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Toepasselijke bijstandsnorm / Applicable social assistance norm"
    reference = [f"{PW}#Artikel21", f"{PW}#Artikel22a", f"{PW}#Artikel23", f"{PW}#Artikel24"]

    def formula(gezin, period, parameters):
        i = parameters(period).participatiewet.inrichting
        persoon = gezin.members
        recht = persoon("bijstand__rechthebbende", period)
        inrichting = persoon("bijstand__in_inrichting", period)
        partners = gezin.nb_persons(Gezin.PARTNER)
        rechthebbenden = gezin.sum(recht, role=Gezin.PARTNER)
        in_inrichting = gezin.sum(recht * inrichting, role=Gezin.PARTNER)
        inrichting_alleenstaande = i.norm_alleenstaande + i.verhoging_alleenstaande
        eigen_normen_buiten_inrichting = gezin.sum(
            recht * numpy.logical_not(inrichting) * persoon("bijstand__eigen_norm", period), role=Gezin.PARTNER
        )
        return numpy.select(
            [
                rechthebbenden == 0,
                in_inrichting == partners,
                (in_inrichting == 0) * (rechthebbenden == partners),
                in_inrichting == 0,
            ],
            [
                0,
                numpy.where(partners == 2, i.norm_gehuwden + i.verhoging_gehuwden, inrichting_alleenstaande),
                gezin("bijstand__norm_in_woning", period),
                eigen_normen_buiten_inrichting,
            ],
            # one rightful partner in an inrichting: the inrichtingsnorm for an alleenstaande, plus the
            # alleenstaande norm of a rightful spouse at home (art. 23 lid 3)
            inrichting_alleenstaande + eigen_normen_buiten_inrichting,
        )


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

    def formula(gezin, period, parameters):
        grens = parameters(period).participatiewet.vermogensgrens
        gezinsgrens = gezin("awir__heeft_toeslagpartner", period) + (gezin.nb_persons(Gezin.KIND) > 0)
        limiet = numpy.where(gezinsgrens, grens.gezin, grens.alleenstaande)
        return gezin("bijstand__vermogen", period) <= limiet


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


# When the presumptions of the optional facts can matter (regelingen.py reports them as ``aannames``).
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
