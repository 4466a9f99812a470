"""Huurtoeslag: the amount per month (Wet op de huurtoeslag, BWBR0008659, art. 20-21; Besluit op de huurtoeslag
art. 7).

The rent above the basishuur is covered by the rent bands of art. 21 (up to the kwaliteitskortingsgrens, up to
the aftoppingsgrens, above it), less the afbouw from 2026 (``eigen_bijdrage.py``).

The scheme's overview by year and its simplifications: ``recht.py``.
"""

import numpy
from openfisca_core.periods import DateUnit
from openfisca_core.variables import Variable

from openfisca_nl_sociaal.entities import Huishouden
from openfisca_nl_sociaal.regels import wetten
from openfisca_nl_sociaal.regels.geld import MoneyVariable

WHT = wetten.tekst(wetten.WET_OP_DE_HUURTOESLAG)
WHT_2026 = wetten.tekst(wetten.WET_OP_DE_HUURTOESLAG, datum="2026-01-01")


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
    reference = [wetten.tekst(wetten.WET_OP_DE_HUURTOESLAG, "Artikel21", datum="2024-01-01"), f"{WHT}#Artikel21"]

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
    reference = [f"{WHT}#Artikel20", f"{WHT}#Artikel21", wetten.tekst(wetten.BESLUIT_OP_DE_HUURTOESLAG, "Artikel7")]

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
