"""The municipality of each gezin, once per month: every municipal parameter looks it up (regels/gemeenten.py)."""

from openfisca_core.periods import DateUnit
from openfisca_core.variables import Variable

from openfisca_nl_sociaal.entities import Gezin
from openfisca_nl_sociaal.regels import wetten


class gemeente_van_het_gezin(Variable):
    """The CBS code of the municipality the gezin lives in: the ``gemeente`` of the huishouden of its first member.

    A variable rather than a computation in each lookup, so that OpenFisca computes it once per month: a dozen
    municipal parameters read it, and reading the household's codes through the persons costs more than the rules
    themselves in a large population."""

    value_type = str
    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Gemeente van het gezin / Municipality of the benefit unit"
    # the municipality of residence is the one the basisregistratie personen holds
    reference = wetten.tekst(wetten.WET_BASISREGISTRATIE_PERSONEN, datum=None)

    def formula(gezin, period):
        # the household's codes are stored as bytes: decoded here, once
        return gezin.value_from_first_person(gezin.members.huishouden("gemeente", period)).astype(str)
