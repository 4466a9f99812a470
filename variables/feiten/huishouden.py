"""Core facts about the dwelling and its household, as the public contract names them."""

from openfisca_core.holders import set_input_dispatch_by_period, set_input_divide_by_period
from openfisca_core.periods import DateUnit
from openfisca_core.variables import Variable

from openfisca_nl_sociaal.entities import Huishouden
from openfisca_nl_sociaal.regels import wetten
from openfisca_nl_sociaal.regels.geld import MoneyVariable

WHT = wetten.tekst(wetten.WET_OP_DE_HUURTOESLAG)


class kale_huur(MoneyVariable):
    """Basic rent per month, without service costs (Wet op de huurtoeslag art. 5)."""

    entity = Huishouden
    definition_period = DateUnit.MONTH
    set_input = set_input_divide_by_period
    label = "Kale huur per maand / Basic rent per month"
    reference = f"{WHT}#Artikel5"


class servicekosten(MoneyVariable):
    """Service costs per month that count for huurtoeslag (Wet op de huurtoeslag art. 5 lid 2)."""

    entity = Huishouden
    definition_period = DateUnit.MONTH
    set_input = set_input_divide_by_period
    label = "Servicekosten per maand / Service costs per month"
    reference = f"{WHT}#Artikel5"


class zelfstandige_woonruimte(Variable):
    """The dwelling is self-contained (Wet op de huurtoeslag art. 1: zelfstandige woning)."""

    value_type = bool
    entity = Huishouden
    definition_period = DateUnit.MONTH
    set_input = set_input_dispatch_by_period
    label = "Zelfstandige woonruimte / Self-contained dwelling"
    reference = f"{WHT}#Artikel1"


class gemeente(Variable):
    """CBS code of the municipality (e.g. GM0363 Amsterdam), whose verordeningen apply."""

    value_type = str
    max_length = 6
    entity = Huishouden
    definition_period = DateUnit.MONTH
    set_input = set_input_dispatch_by_period
    label = "Gemeente (CBS-code) / Municipality (CBS code)"
    reference = wetten.tekst(wetten.GEMEENTEWET, "Artikel1")  # Gemeentewet
