"""Huurtoeslag (Wet op de huurtoeslag, BWBR0008659), 2020-2026: the conditions (art. 8, 11, 13; Awir art. 7 and 9)
and the amount granted (Awir art. 14 and 22).

The household (huishouden) of the huurder rents a dwelling; the toeslag covers part of the rekenhuur
above the basishuur, the part the household is deemed to pay itself:

- 2020-2024: the basishuur follows from the household's income by the normhuur formula a·Y² + b·Y of
  art. 17-19, per household type (one or more persons; at AOW age or not); 100% of the rent up to the
  kwaliteitskortingsgrens is covered, 65% up to the aftoppingsgrens and 40% above it for one-person and
  AOW-age households only (art. 21); a rekenhuur above the maximale huurgrens excludes (art. 13).
- 2025 (Wet vereenvoudiging huurtoeslag): two household types only, 40% for every household.
- 2026 (Wet huurtoeslag ter verbetering koopkracht): a fixed basishuur, the toeslag reduced linearly by
  a percentage of the income above the minimum-inkomensijkpunt (art. 21 lid 2), the maximale huurgrens a
  cap instead of an exclusion, no service costs, and the youth limit for 18-20 only.

The modules of this folder follow the law: ``huishouden.py`` (art. 1-2, the rekeninkomen), ``rekenhuur.py``
(art. 5 and 13), ``eigen_bijdrage.py`` (art. 16-19, the afbouw of art. 21 lid 2), ``hoogte.py`` (art. 20-21)
and this one.

Simplifications, chosen and documented: the aanvrager's gezin is the huurder's; every bewoner of the
huishouden other than the huurder and the partner is a medebewoner (onderhuurders are not modelled);
a child under 23 whose income is partly exempt is a kind of a gezin in the huishouden; the exceptions
of art. 13 lid 2 (a dwelling adapted for a handicap, eight or more persons, an earlier toeslag for the
same dwelling) and the handicap-adapted dwelling of art. 21 lid 1 onder c are not asked and not applied.
"""

import numpy
from openfisca_core.periods import DateUnit
from openfisca_core.variables import Variable

from openfisca_nl_sociaal.entities import Gezin, Huishouden
from openfisca_nl_sociaal.regels import awir, wetten
from openfisca_nl_sociaal.regels.geld import MoneyVariable

WHT = wetten.tekst(wetten.WET_OP_DE_HUURTOESLAG)
AWIR = wetten.tekst(wetten.AWIR)


class huurtoeslag__vermogen_onder_grens(Variable):
    """The vermogen test (Awir art. 7 lid 3-4): the huurder and partner together within the limit with
    partner (or the single limit), and each medebewoner within the single limit."""

    value_type = bool
    entity = Huishouden
    definition_period = DateUnit.MONTH
    label = "Vermogen binnen de grenzen / Assets within the limits"
    reference = f"{AWIR}#Artikel7"

    def formula(huishouden, period, parameters):
        grens = parameters(period).awir.vermogensgrens
        vermogen = huishouden.members("vermogen", period.this_year)
        partner = huishouden.members.has_role(Gezin.PARTNER)
        # The partners of each gezin are tested jointly; the huurder's gezin is the one with the most
        # vermogen at stake, so every gezin of partners in the dwelling is tested the same way.
        gezamenlijk = huishouden.members.gezin("awir__vermogen", period.this_year)
        met_partner = huishouden.members.gezin("awir__heeft_toeslagpartner", period)
        partner_ok = gezamenlijk <= numpy.where(met_partner, grens.met_toeslagpartner, grens.zonder_toeslagpartner)
        medebewoner_ok = vermogen <= grens.zonder_toeslagpartner
        return huishouden.all(numpy.where(partner, partner_ok, medebewoner_ok))


def _van_het_huishouden(gezin, variabele, period):
    """A huishouden's value for the gezin living in it (the aanvrager's gezin is the huurder's)."""
    return gezin.max(gezin.members.huishouden(variabele, period), role=Gezin.PARTNER)


class huurtoeslag__berekend_jaarbedrag(MoneyVariable):
    """Huurtoeslag per year before the Awir's rounding, for this month's situation: twelve months."""

    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Berekende huurtoeslag per jaar / Computed rent allowance per year"
    reference = f"{WHT}#Artikel21"

    def formula(gezin, period):
        return 12 * _van_het_huishouden(gezin, "huurtoeslag__berekend_maandbedrag", period)


class huurtoeslag__meerderjarig(Variable):
    """The huurder is an adult (art. 8; Awir art. 5 and 10 lid 2)."""

    value_type = bool
    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Huurder meerderjarig / Tenant is an adult"
    reference = [f"{WHT}#Artikel8", f"{AWIR}#Artikel10"]

    def formula(gezin, period):
        return gezin.any(gezin.members("awir__meerderjarig", period), role=Gezin.PARTNER)


class huurtoeslag__zelfstandige_woonruimte(Variable):
    """The dwelling is a zelfstandige woonruimte (art. 11)."""

    value_type = bool
    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Zelfstandige woonruimte / Self-contained dwelling"
    reference = f"{WHT}#Artikel11"

    def formula(gezin, period):
        return _van_het_huishouden(gezin, "zelfstandige_woonruimte", period)


class huurtoeslag__rechtmatig_verblijf(Variable):
    """Everyone in the dwelling lives there lawfully (Awir art. 9 lid 2 and 3: the partner and every
    medebewoner). A child of the gezin is taken to share its parents' status."""

    value_type = bool
    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Bewoners wonen rechtmatig in Nederland / Residents reside lawfully"
    reference = f"{AWIR}#Artikel9"

    def formula(gezin, period):
        persoon = gezin.members
        rechtmatig = persoon("woont_in_nederland", period) + persoon.has_role(Gezin.KIND)
        iedereen = persoon.huishouden.all(rechtmatig)
        return gezin.all(iedereen, role=Gezin.PARTNER) * gezin("awir__rechtmatig_verblijf", period)


class huurtoeslag__vermogen_binnen_grenzen(Variable):
    """The vermogen test of the huishouden, for the gezin living in it."""

    value_type = bool
    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Vermogen binnen de grenzen / Assets within the limits"
    reference = f"{AWIR}#Artikel7"

    def formula(gezin, period):
        return _van_het_huishouden(gezin, "huurtoeslag__vermogen_onder_grens", period)


class huurtoeslag__huur_binnen_huurgrens(Variable):
    """The rent is not above the huurgrens, where that excludes (art. 13, through 2025)."""

    value_type = bool
    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Huur binnen de huurgrens / Rent within the limit"
    reference = f"{WHT}#Artikel13"

    def formula(gezin, period):
        return _van_het_huishouden(gezin, "huurtoeslag__huur_niet_boven_huurgrens", period)


class huurtoeslag__voorwaarden_vervuld(Variable):
    """Every condition for huurtoeslag other than income holds this month."""

    value_type = bool
    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Voorwaarden huurtoeslag vervuld / Conditions for the rent allowance met"
    reference = [f"{WHT}#Artikel8", f"{WHT}#Artikel11", f"{WHT}#Artikel13", f"{AWIR}#Artikel7"]

    def formula(gezin, period):
        return (
            gezin("huurtoeslag__meerderjarig", period)
            * gezin("huurtoeslag__zelfstandige_woonruimte", period)
            * gezin("huurtoeslag__rechtmatig_verblijf", period)
            * gezin("huurtoeslag__vermogen_binnen_grenzen", period)
            * gezin("huurtoeslag__huur_binnen_huurgrens", period)
        )


class huurtoeslag__inkomen_niet_te_hoog(Variable):
    """Income and rent leave a huurtoeslag of at least €24 a year after rounding (Awir art. 14)."""

    value_type = bool
    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Inkomen en huur laten huurtoeslag over / Income and rent leave an allowance"
    reference = [f"{WHT}#Artikel21", f"{AWIR}#Artikel14"]
    formula = awir.formule_inkomen_niet_te_hoog("huurtoeslag")


class huurtoeslag__jaarbedrag(MoneyVariable):
    """Huurtoeslag per year as granted: whole euros, nothing below €24 (Awir art. 14 lid 4-5)."""

    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Huurtoeslag per jaar / Rent allowance per year"
    reference = f"{AWIR}#Artikel14"
    formula = awir.formule_jaarbedrag("huurtoeslag")


class huurtoeslag(MoneyVariable):
    """Huurtoeslag paid for this month: a twelfth of the yearly amount in whole euros (Awir art. 22)."""

    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Huurtoeslag per maand / Rent allowance per month"
    reference = [f"{WHT}#Artikel21", f"{AWIR}#Artikel22"]
    formula = awir.formule_maandtermijn("huurtoeslag")
