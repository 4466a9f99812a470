"""Huurtoeslag: the household and its rekeninkomen (Wet op de huurtoeslag, BWBR0008659, art. 1 onder i and
art. 2; Awir art. 7 lid 2 and 5-6).

The household types of art. 2 (one or more persons; through 2024 at AOW age or not) and the counted incomes of
everyone in the dwelling.

The scheme's overview by year and its simplifications: ``recht.py``.
"""

import numpy
from openfisca_core.periods import DateUnit
from openfisca_core.variables import Variable

from openfisca_nl_sociaal.entities import Gezin, Huishouden, Persoon
from openfisca_nl_sociaal.regels import wetten
from openfisca_nl_sociaal.regels.datums import leeftijd_op
from openfisca_nl_sociaal.regels.geld import MoneyVariable

WHT = wetten.tekst(wetten.WET_OP_DE_HUURTOESLAG)
AWIR = wetten.tekst(wetten.AWIR)


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
    reference = wetten.tekst(wetten.WET_OP_DE_HUURTOESLAG, "Artikel2", datum="2024-01-01")

    def formula(huishouden, period):
        return huishouden.any(huishouden.members("aow_leeftijd_bereikt", period.this_year.first_month))


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
