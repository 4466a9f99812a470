"""Huurtoeslag: the rekenhuur (art. 5) and the huurgrens (art. 13 lid 1) (Wet op de huurtoeslag, BWBR0008659).

Through 2025 a rekenhuur above the huurgrens excludes; from 2026 the huurgrens caps the rent instead (``hoogte.py``).

The scheme's overview by year and its simplifications: ``recht.py``.
"""

import numpy
from openfisca_core.periods import DateUnit
from openfisca_core.variables import Variable

from openfisca_nl_sociaal.entities import Gezin, Huishouden
from openfisca_nl_sociaal.regels import wetten
from openfisca_nl_sociaal.regels.geld import MoneyVariable

WHT = wetten.tekst(wetten.WET_OP_DE_HUURTOESLAG)
WHT_2026 = wetten.tekst(wetten.WET_OP_DE_HUURTOESLAG, datum="2026-01-01")


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
