"""Huurtoeslag: the part of the rent the household pays itself (Wet op de huurtoeslag, BWBR0008659, art. 16-19;
from 2026 art. 21 lid 2).

The basishuur (art. 16) is the normhuur (art. 17-19: through 2025 a·Y² + b·Y of the rekeninkomen Y, per
household type; from 2026 fixed) plus the taakstellingsbedrag, less the verlaging of the Wet verlaging eigen
bijdrage huurtoeslag; from 2026 income works through the afbouw of art. 21 lid 2 instead.

The scheme's overview by year and its simplifications: ``recht.py``.
"""

import numpy
from openfisca_core.periods import DateUnit

from openfisca_nl_sociaal.entities import Huishouden
from openfisca_nl_sociaal.regels import wetten
from openfisca_nl_sociaal.regels.geld import MoneyVariable, naar_boven_op_centen

WHT = wetten.tekst(wetten.WET_OP_DE_HUURTOESLAG)
WHT_2026 = wetten.tekst(wetten.WET_OP_DE_HUURTOESLAG, datum="2026-01-01")


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
    reference = [f"{WHT}#Artikel16", wetten.tekst(wetten.WET_VERLAGING_EIGEN_BIJDRAGE_HUURTOESLAG, "Artikel1")]

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
