"""Zorgtoeslag (Wet op de zorgtoeslag, BWBR0018451).

Art. 2 lid 1: a verzekerde whose normpremie is below the standaardpremie gets the difference; with a
toeslagpartner the standaardpremie counts twice and both claim jointly. Art. 2 lid 2-3: the normpremie
is a percentage of the drempelinkomen plus a percentage of the (joint) toetsingsinkomen above it.
Art. 2 lid 4: 50% when the partner is not a verzekerde. Art. 2 lid 5: determined per calendar month.
Art. 3: no zorgtoeslag above the vermogensgrens. The Awir rounds, applies the €24 minimum and pays in
monthly terms (see openfisca_nl_sociaal.regels.awir).
"""

import numpy
from openfisca_core.periods import DateUnit
from openfisca_core.variables import Variable

from openfisca_nl_sociaal.entities import Gezin, Persoon
from openfisca_nl_sociaal.regels import awir, wetten
from openfisca_nl_sociaal.regels.geld import MoneyVariable

WZT = wetten.tekst(wetten.WET_OP_DE_ZORGTOESLAG)


class zorgtoeslag__verzekerde(Variable):
    """A verzekerde in the sense of the Wzt (art. 1 lid 1 onder c).

    Insured under the Zorgverzekeringswet, and counted "vanaf de eerste dag van de kalendermaand
    volgende op de maand waarin hij achttien jaar wordt": from the month after the 18th birthday, also
    when that birthday is the first of the month.
    """

    value_type = bool
    entity = Persoon
    definition_period = DateUnit.MONTH
    label = "Verzekerde voor de zorgtoeslag / Insured person for the health-care allowance"
    reference = f"{WZT}#Artikel1"

    def formula(persoon, period, parameters):
        leeftijdsgrens = parameters(period).wet_op_de_zorgtoeslag.leeftijd_verzekerde
        return persoon("verzekerd_zvw", period) * (persoon("leeftijd_einde_vorige_maand", period) >= leeftijdsgrens)


class zorgtoeslag__aantal_verzekerden(Variable):
    """Number of verzekerden among the applicant and the toeslagpartner (art. 2 lid 1 and 4)."""

    value_type = int
    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Aantal verzekerden onder de partners / Number of insured partners"
    reference = f"{WZT}#Artikel2"

    def formula(gezin, period):
        return gezin.sum(gezin.members("zorgtoeslag__verzekerde", period), role=Gezin.PARTNER)


class zorgtoeslag__vermogensgrens(MoneyVariable):
    """The art. 3 asset limit for this gezin: with or without a toeslagpartner."""

    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Vermogensgrens zorgtoeslag / Health care allowance asset limit"
    reference = f"{WZT}#Artikel3"

    def formula(gezin, period, parameters):
        return awir.vermogensgrens(gezin, period, parameters(period).wet_op_de_zorgtoeslag.vermogensgrens)


class zorgtoeslag__vermogen_onder_grens(Variable):
    """The (joint) rendementsgrondslag on 1 January does not exceed the art. 3 limit."""

    value_type = bool
    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Vermogen niet boven de vermogensgrens / Assets within the limit"
    reference = f"{WZT}#Artikel3"

    def formula(gezin, period):
        return awir.vermogen_onder_grens(gezin, period, "zorgtoeslag__vermogensgrens")


class zorgtoeslag__normpremie(MoneyVariable):
    """Normpremie per year (art. 2 lid 2 and 3), for the household situation of this month."""

    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Normpremie per jaar / Standard own contribution per year"
    reference = f"{WZT}#Artikel2"

    def formula(gezin, period, parameters):
        p = parameters(period).wet_op_de_zorgtoeslag
        drempelinkomen = parameters(period).awir.drempelinkomen
        met_partner = gezin("awir__heeft_toeslagpartner", period)
        percentage_drempel = numpy.where(
            met_partner,
            p.normpremie.percentage_drempelinkomen_met_toeslagpartner,
            p.normpremie.percentage_drempelinkomen_zonder_toeslagpartner,
        )
        boven_drempel = numpy.maximum(gezin("awir__toetsingsinkomen", period.this_year) - drempelinkomen, 0)
        return (
            percentage_drempel * drempelinkomen
            + p.normpremie.percentage_toetsingsinkomen_boven_drempelinkomen * boven_drempel
        )


class zorgtoeslag__standaardpremie(MoneyVariable):
    """The standaardpremie that counts: double for a verzekerde with a toeslagpartner (art. 2 lid 1)."""

    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Standaardpremie van het gezin / Standard premium of the household"
    reference = [f"{WZT}#Artikel2", f"{WZT}#Artikel4"]

    def formula(gezin, period, parameters):
        standaardpremie = parameters(period).wet_op_de_zorgtoeslag.standaardpremie
        return numpy.where(gezin("awir__heeft_toeslagpartner", period), 2, 1) * standaardpremie


class zorgtoeslag__voorwaarden_vervuld(Variable):
    """Every condition for zorgtoeslag other than income holds this month."""

    value_type = bool
    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Voorwaarden voor zorgtoeslag vervuld / Conditions for the health-care allowance met"
    reference = [f"{WZT}#Artikel2", f"{WZT}#Artikel3", wetten.tekst(wetten.AWIR, "Artikel9")]

    def formula(gezin, period):
        return (
            (gezin("zorgtoeslag__aantal_verzekerden", period) > 0)
            * gezin("zorgtoeslag__vermogen_onder_grens", period)
            * gezin("awir__rechtmatig_verblijf", period)
        )


class zorgtoeslag__berekend_jaarbedrag(MoneyVariable):
    """Zorgtoeslag per year before the Awir's rounding, for this month's situation (art. 2).

    Standaardpremie minus normpremie, never negative; half of it when the toeslagpartner is not a
    verzekerde (art. 2 lid 4). The other conditions are applied in ``zorgtoeslag__jaarbedrag``, so that
    this amount shows what the income alone allows.
    """

    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Berekende zorgtoeslag per jaar / Computed health-care allowance per year"
    reference = f"{WZT}#Artikel2"

    def formula(gezin, period, parameters):
        verschil = numpy.maximum(
            gezin("zorgtoeslag__standaardpremie", period) - gezin("zorgtoeslag__normpremie", period), 0
        )
        partner_niet_verzekerd = gezin("awir__heeft_toeslagpartner", period) * (
            gezin("zorgtoeslag__aantal_verzekerden", period) == 1
        )
        factor = numpy.where(
            partner_niet_verzekerd,
            parameters(period).wet_op_de_zorgtoeslag.aandeel_bij_partner_niet_verzekerd,
            1.0,
        )
        return verschil * factor


class zorgtoeslag__inkomen_niet_te_hoog(Variable):
    """The income leaves a zorgtoeslag of at least €24 a year after rounding (art. 2; Awir art. 14)."""

    value_type = bool
    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Inkomen laat zorgtoeslag over / Income leaves an allowance"
    reference = [f"{WZT}#Artikel2", wetten.tekst(wetten.AWIR, "Artikel14")]
    formula = awir.formule_inkomen_niet_te_hoog("zorgtoeslag")


class zorgtoeslag__jaarbedrag(MoneyVariable):
    """Zorgtoeslag per year as granted: rounded to whole euros, nothing below €24 (Awir art. 14 lid 4-5)."""

    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Zorgtoeslag per jaar / Health-care allowance per year"
    reference = wetten.tekst(wetten.AWIR, "Artikel14")
    formula = awir.formule_jaarbedrag("zorgtoeslag")


class zorgtoeslag(MoneyVariable):
    """Zorgtoeslag paid for this month: a twelfth of the yearly amount in whole euros (Awir art. 22)."""

    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Zorgtoeslag per maand / Health-care allowance per month"
    reference = [f"{WZT}#Artikel2", wetten.tekst(wetten.AWIR, "Artikel22")]
    formula = awir.formule_maandtermijn("zorgtoeslag")


class zorgtoeslag__meerderjarig(Variable):
    """The applicant or the toeslagpartner has reached 18 in a previous month (art. 1 lid 1 onder c)."""

    value_type = bool
    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Een partner is 18 jaar of ouder / A partner is 18 or older"
    reference = f"{WZT}#Artikel1"

    def formula(gezin, period, parameters):
        leeftijdsgrens = parameters(period).wet_op_de_zorgtoeslag.leeftijd_verzekerde
        return gezin.any(gezin.members("leeftijd_einde_vorige_maand", period) >= leeftijdsgrens, role=Gezin.PARTNER)
