"""The toeslagpartner (Awir art. 3) and the partnership rules of the Awir."""

from openfisca_core.periods import DateUnit
from openfisca_core.variables import Variable

from openfisca_nl_sociaal.entities import Gezin
from openfisca_nl_sociaal.regels import wetten

AWIR = wetten.tekst(wetten.AWIR)


class awir__heeft_toeslagpartner(Variable):
    """The applicant has a toeslagpartner in the month (Awir art. 3).

    The gezin's ``partners`` are the applicant and, where there is one, the toeslagpartner as Awir
    art. 3 defines it (spouse, registered partner, or a co-resident who meets one of the criteria of
    lid 1 onder b or c). Who counts is a fact the citizen gives by naming the partner; the engine does
    not re-derive art. 3 from civil status. Awir art. 5 (no partner in the month the partnership starts
    or ends) is likewise left to that fact for the month asked.
    """

    value_type = bool
    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Heeft een toeslagpartner / Has an allowance partner"
    reference = [f"{AWIR}#Artikel3", f"{AWIR}#Artikel5"]

    def formula(gezin, period):
        return gezin.nb_persons(Gezin.PARTNER) == 2
