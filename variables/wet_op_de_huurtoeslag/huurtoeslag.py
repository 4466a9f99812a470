"""Huurtoeslag (Wet op de huurtoeslag, BWBR0008659), 2020-2026.

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

Simplifications, chosen and documented: the aanvrager's gezin is the huurder's; every bewoner of the
huishouden other than the huurder and the partner is a medebewoner (onderhuurders are not modelled);
a child under 23 whose income is partly exempt is a kind of a gezin in the huishouden; the exceptions
of art. 13 lid 2 (a dwelling adapted for a handicap, eight or more persons, an earlier toeslag for the
same dwelling) and the handicap-adapted dwelling of art. 21 lid 1 onder c are not asked and not applied.
"""

import numpy
from openfisca_core.periods import DateUnit
from openfisca_core.variables import Variable

from openfisca_nl_sociaal import awir
from openfisca_nl_sociaal.dates import leeftijd_op
from openfisca_nl_sociaal.entities import Gezin, Huishouden, Persoon
from openfisca_nl_sociaal.money import MoneyVariable, naar_boven_op_centen

WHT = "https://wetten.overheid.nl/BWBR0008659/2025-01-01"
WHT_2026 = "https://wetten.overheid.nl/BWBR0008659/2026-01-01"
AWIR = "https://wetten.overheid.nl/BWBR0018472/2025-01-01"


class huurtoeslag__aantal_bewoners(Variable):
    """Number of persons in the dwelling: the huurder, the partner and the medebewoners (art. 2)."""

    value_type = int
    entity = Huishouden
    definition_period = DateUnit.MONTH
    label = "Aantal bewoners / Number of residents"
    reference = f"{WHT}#Artikel2"

    def formula(huishouden, period):
        return huishouden.nb_persons()


class huurtoeslag__ouderenhuishouden(Variable):
    """Someone in the dwelling had reached AOW age on 1 January (art. 2, 2020-2024 text)."""

    value_type = bool
    entity = Huishouden
    definition_period = DateUnit.MONTH
    label = "Ouderenhuishouden / Household at AOW age"
    reference = "https://wetten.overheid.nl/BWBR0008659/2024-01-01#Artikel2"

    def formula(huishouden, period):
        return huishouden.any(huishouden.members("aow_leeftijd_bereikt", period.this_year.first_month))


class huurtoeslag__rekenhuur(MoneyVariable):
    """Rekenhuur (art. 5): the kale huur, plus the service costs that count (until 2026)."""

    entity = Huishouden
    definition_period = DateUnit.MONTH
    label = "Rekenhuur / Rent taken into account"
    reference = f"{WHT}#Artikel5"

    def formula_2020_01_01(huishouden, period, parameters):
        """Four kinds of service costs count, at most €12 each (art. 5 lid 3); the fact ``servicekosten``
        is the amount that counts, so it is capped at their sum."""
        maximum = parameters(period).wet_op_de_huurtoeslag.maximum_servicekosten
        return huishouden("kale_huur", period) + numpy.minimum(huishouden("servicekosten", period), maximum)

    def formula_2026_01_01(huishouden, period):
        """From 2026 only the kale huur counts (art. 5 lid 1, 2026 text)."""
        return huishouden("kale_huur", period)


class huurtoeslag__inkomen_dat_meetelt(MoneyVariable):
    """A resident's toetsingsinkomen as it counts in the rekeninkomen (Awir art. 7 lid 2 and 5-6).

    A child (or pleegkind) in the dwelling who was younger than 23 at the start of the year counts only
    with the income above the exempt amount.
    """

    entity = Persoon
    definition_period = DateUnit.YEAR
    label = "Meetellend inkomen voor de huurtoeslag / Income counted for the rent allowance"
    reference = f"{AWIR}#Artikel7"

    def formula(persoon, period, parameters):
        awir_p = parameters(period).awir
        inkomen = persoon("toetsingsinkomen", period)
        jong_kind = persoon.has_role(Gezin.KIND) * (
            leeftijd_op(persoon("geboortedatum", period), period.start.date)
            < awir_p.leeftijd_vrijstelling_kind_medebewoner
        )
        return numpy.where(jong_kind, numpy.maximum(inkomen - awir_p.vrijstelling_inkomen_kind_medebewoner, 0), inkomen)


class huurtoeslag__rekeninkomen(MoneyVariable):
    """Rekeninkomen (art. 1 onder i; Awir art. 7 lid 2): the counted incomes of everyone in the dwelling."""

    entity = Huishouden
    definition_period = DateUnit.YEAR
    label = "Rekeninkomen / Household income taken into account"
    reference = [f"{WHT}#Artikel1", f"{AWIR}#Artikel7"]

    def formula(huishouden, period):
        return huishouden.sum(huishouden.members("huurtoeslag__inkomen_dat_meetelt", period))


def _per_type(huishouden, period, node, met_ouderen):
    """The value of a parameter node for this household's type (art. 2)."""
    eenpersoons = huishouden("huurtoeslag__aantal_bewoners", period) == 1
    if not met_ouderen:
        return numpy.where(eenpersoons, node.eenpersoons, node.meerpersoons)
    ouderen = huishouden("huurtoeslag__ouderenhuishouden", period)
    return numpy.select(
        [eenpersoons * ~ouderen, ~eenpersoons * ~ouderen, eenpersoons * ouderen],
        [node.eenpersoons, node.meerpersoons, node.eenpersoons_ouderen],
        node.meerpersoons_ouderen,
    )


def _normhuur_naar_inkomen(huishouden, period, parameters, met_ouderen):
    """Art. 19: the minimum normhuur up to the minimum-inkomensijkpunt, above it a·Y² + b·Y rounded up to cents."""
    normhuur = parameters(period).wet_op_de_huurtoeslag.normhuur
    inkomen = huishouden("huurtoeslag__rekeninkomen", period.this_year)
    a = _per_type(huishouden, period, normhuur.factor_a, met_ouderen)
    b = _per_type(huishouden, period, normhuur.factor_b, met_ouderen)
    ijkpunt = _per_type(huishouden, period, normhuur.minimum_inkomensijkpunt, met_ouderen)
    minimum = _per_type(huishouden, period, normhuur.minimumnormhuur, met_ouderen)
    formule = naar_boven_op_centen(a * inkomen**2 + b * inkomen)
    return numpy.where(inkomen <= ijkpunt, minimum, formule)


class huurtoeslag__normhuur(MoneyVariable):
    """Normhuur (art. 17-19): the minimum normhuur up to the minimum-inkomensijkpunt, above it a·Y² + b·Y
    with Y the yearly rekeninkomen, rounded up to whole cents."""

    entity = Huishouden
    definition_period = DateUnit.MONTH
    label = "Normhuur / Standard rent"
    reference = [f"{WHT}#Artikel17", f"{WHT}#Artikel19"]

    def formula_2020_01_01(huishouden, period, parameters):
        """Four household types: one or more persons, at AOW age or not."""
        return _normhuur_naar_inkomen(huishouden, period, parameters, met_ouderen=True)

    def formula_2025_01_01(huishouden, period, parameters):
        """Two household types: one or more persons (Wet vereenvoudiging huurtoeslag)."""
        return _normhuur_naar_inkomen(huishouden, period, parameters, met_ouderen=False)

    def formula_2026_01_01(huishouden, period, parameters):
        """A fixed normhuur: art. 18 and 19 lapsed; income works through the afbouw of art. 21 lid 2."""
        return _per_type(
            huishouden, period, parameters(period).wet_op_de_huurtoeslag.normhuur.minimumnormhuur, met_ouderen=False
        )


class huurtoeslag__basishuur(MoneyVariable):
    """Basishuur (art. 16): the normhuur plus the taakstellingsbedrag, less the verlaging of the Wet
    verlaging eigen bijdrage huurtoeslag (from 2024)."""

    entity = Huishouden
    definition_period = DateUnit.MONTH
    label = "Basishuur / Base rent"
    reference = [f"{WHT}#Artikel16", "https://wetten.overheid.nl/BWBR0049106/2025-01-01#Artikel1"]

    def formula(huishouden, period, parameters):
        p = parameters(period).wet_op_de_huurtoeslag
        return huishouden("huurtoeslag__normhuur", period) + p.taakstellingsbedrag - p.verlaging_basishuur


class huurtoeslag__minimumnormhuur(MoneyVariable):
    """The amount of art. 17 lid 2 (the minimum normhuur), less the verlaging of the Wet verlaging eigen
    bijdrage huurtoeslag (from 2024). Other laws refer to it: Uitvoeringsregeling Invorderingswet 1990
    art. 15 lid 1 onder b counts housing costs above it. The taakstellingsbedrag (16,94 through 2022) is not
    added: SVHW's official kwijtschelding norms of 1 July 2020 deduct exactly 215,71, the minimum normhuur."""

    entity = Huishouden
    definition_period = DateUnit.MONTH
    label = "Minimumnormhuur na verlaging / Minimum standard rent after the reduction"
    reference = [f"{WHT}#Artikel16", f"{WHT}#Artikel17"]

    def formula_2020_01_01(huishouden, period, parameters):
        p = parameters(period).wet_op_de_huurtoeslag
        minimum = _per_type(huishouden, period, p.normhuur.minimumnormhuur, met_ouderen=True)
        return minimum - p.verlaging_basishuur

    def formula_2025_01_01(huishouden, period, parameters):
        p = parameters(period).wet_op_de_huurtoeslag
        minimum = _per_type(huishouden, period, p.normhuur.minimumnormhuur, met_ouderen=False)
        return minimum - p.verlaging_basishuur


class huurtoeslag__heeft_kind(Variable):
    """A child (or pleegkind) of someone in the dwelling lives there (art. 13 lid 1 onder a)."""

    value_type = bool
    entity = Huishouden
    definition_period = DateUnit.MONTH
    label = "Er woont een kind / A child lives in the dwelling"
    reference = f"{WHT}#Artikel13"

    def formula(huishouden, period):
        return huishouden.any(huishouden.members.has_role(Gezin.KIND))


class huurtoeslag__huurgrens(MoneyVariable):
    """The rent limit that applies (art. 13 lid 1): the maximale huurgrens when someone in the dwelling
    has reached the jongerenleeftijd (23 through 2025, 21 from 2026: the oldest resident decides) or a
    child lives there; otherwise the jongerengrens."""

    entity = Huishouden
    definition_period = DateUnit.MONTH
    label = "Huurgrens / Rent limit"
    reference = [f"{WHT}#Artikel13", f"{WHT_2026}#Artikel13"]

    def formula(huishouden, period, parameters):
        p = parameters(period).wet_op_de_huurtoeslag
        oud_genoeg = huishouden.max(huishouden.members("leeftijd", period)) >= p.jongerenleeftijd
        maximaal = oud_genoeg + huishouden("huurtoeslag__heeft_kind", period)
        return numpy.where(maximaal, p.maximale_huurgrens, p.jongerengrens)


class huurtoeslag__huur_niet_boven_huurgrens(Variable):
    """Through 2025 no huurtoeslag when the rekenhuur is above the huurgrens (art. 13 lid 1); from 2026
    the huurgrens caps the rent instead (art. 21 lid 1 onder d), so this always holds."""

    value_type = bool
    entity = Huishouden
    definition_period = DateUnit.MONTH
    label = "Huur niet boven de huurgrens / Rent within the limit"
    reference = f"{WHT}#Artikel13"

    def formula_2020_01_01(huishouden, period):
        return huishouden("huurtoeslag__rekenhuur", period) <= huishouden("huurtoeslag__huurgrens", period)

    def formula_2026_01_01(huishouden, period):
        return numpy.ones(huishouden.count, dtype=bool)


class huurtoeslag__subsidiabele_huur(MoneyVariable):
    """The rent over which the toeslag is computed: the rekenhuur; from 2026 at most the huurgrens."""

    entity = Huishouden
    definition_period = DateUnit.MONTH
    label = "Huur waarover huurtoeslag wordt berekend / Rent the allowance is computed on"
    reference = [f"{WHT}#Artikel21", f"{WHT_2026}#Artikel21"]

    def formula_2020_01_01(huishouden, period):
        return huishouden("huurtoeslag__rekenhuur", period)

    def formula_2026_01_01(huishouden, period):
        return numpy.minimum(huishouden("huurtoeslag__rekenhuur", period), huishouden("huurtoeslag__huurgrens", period))


class huurtoeslag__vergoeding_boven_aftoppingsgrens(Variable):
    """The part above the aftoppingsgrens is subsidised (art. 21 lid 1 onder c): through 2024 only for a
    one-person household or one where someone has reached AOW age; from 2025 for every household."""

    value_type = bool
    entity = Huishouden
    definition_period = DateUnit.MONTH
    label = "Vergoeding boven de aftoppingsgrens / Subsidy above the capping limit"
    reference = ["https://wetten.overheid.nl/BWBR0008659/2024-01-01#Artikel21", f"{WHT}#Artikel21"]

    def formula_2020_01_01(huishouden, period):
        return (huishouden("huurtoeslag__aantal_bewoners", period) == 1) + huishouden(
            "huurtoeslag__ouderenhuishouden", period
        )

    def formula_2025_01_01(huishouden, period):
        return numpy.ones(huishouden.count, dtype=bool)


class huurtoeslag__maandbedrag_voor_afbouw(MoneyVariable):
    """The toeslag per month by the rent bands of art. 21 lid 1-3: 100% from the basishuur to the
    kwaliteitskortingsgrens, 65% on to the aftoppingsgrens, 40% above it (where it applies)."""

    entity = Huishouden
    definition_period = DateUnit.MONTH
    label = "Huurtoeslag per maand naar de huurbanden / Allowance per month by rent band"
    reference = [f"{WHT}#Artikel20", f"{WHT}#Artikel21", "https://wetten.overheid.nl/BWBR0008763/2025-01-01#Artikel7"]

    def formula(huishouden, period, parameters):
        p = parameters(period).wet_op_de_huurtoeslag
        huur = huishouden("huurtoeslag__subsidiabele_huur", period)
        basishuur = huishouden("huurtoeslag__basishuur", period)
        kwaliteitskortingsgrens = p.kwaliteitskortingsgrens
        aftoppingsgrens = numpy.where(
            huishouden("huurtoeslag__aantal_bewoners", period) <= 2,
            p.aftoppingsgrens.een_of_twee_personen,
            p.aftoppingsgrens.drie_of_meer_personen,
        )
        tot_kwaliteitskortingsgrens = numpy.maximum(numpy.minimum(huur, kwaliteitskortingsgrens) - basishuur, 0)
        tot_aftoppingsgrens = numpy.maximum(
            numpy.minimum(huur, aftoppingsgrens) - numpy.maximum(basishuur, kwaliteitskortingsgrens), 0
        )
        boven_aftoppingsgrens = numpy.maximum(huur - numpy.maximum(basishuur, aftoppingsgrens), 0)
        return (
            tot_kwaliteitskortingsgrens
            + p.subsidiepercentage.tot_aftoppingsgrens * tot_aftoppingsgrens
            + huishouden("huurtoeslag__vergoeding_boven_aftoppingsgrens", period)
            * p.subsidiepercentage.boven_aftoppingsgrens
            * boven_aftoppingsgrens
        )


class huurtoeslag__afbouw(MoneyVariable):
    """From 2026 the toeslag per month is reduced by (rekeninkomen − minimum-inkomensijkpunt) ×
    afbouwpercentage / 12 (art. 21 lid 2, 2026 text); before 2026 income worked through the basishuur."""

    entity = Huishouden
    definition_period = DateUnit.MONTH
    label = "Afbouw naar inkomen per maand / Income phase-out per month"
    reference = f"{WHT_2026}#Artikel21"

    def formula_2020_01_01(huishouden, period):
        return huishouden.empty_array()

    def formula_2026_01_01(huishouden, period, parameters):
        p = parameters(period).wet_op_de_huurtoeslag
        ijkpunt = _per_type(huishouden, period, p.normhuur.minimum_inkomensijkpunt, met_ouderen=False)
        percentage = _per_type(huishouden, period, p.afbouwpercentage, met_ouderen=False)
        boven = numpy.maximum(huishouden("huurtoeslag__rekeninkomen", period.this_year) - ijkpunt, 0)
        return boven * percentage / 12


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


class huurtoeslag__berekend_maandbedrag(MoneyVariable):
    """Huurtoeslag per month before the Awir's rounding: the rent bands less the afbouw, not below nil."""

    entity = Huishouden
    definition_period = DateUnit.MONTH
    label = "Berekende huurtoeslag per maand / Computed rent allowance per month"
    reference = f"{WHT}#Artikel21"

    def formula(huishouden, period):
        return numpy.maximum(
            huishouden("huurtoeslag__maandbedrag_voor_afbouw", period) - huishouden("huurtoeslag__afbouw", period), 0
        )


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
