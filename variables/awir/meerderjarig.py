"""The Awir's rules on age and residence, for the toeslagen that follow them."""

import numpy
from openfisca_core.periods import DateUnit
from openfisca_core.variables import Variable

from openfisca_nl_sociaal.entities import Gezin, Persoon
from openfisca_nl_sociaal.regels import wetten

AWIR = wetten.tekst(wetten.AWIR)


class awir__meerderjarig(Variable):
    """Counts as an adult for a toeslag that only adults can claim, in this month.

    Adult at 18 (BW 1:233); Awir art. 5 lets an age change after the first day of a month count from
    the next month, so the age on the first day of the month decides. Awir art. 10 lid 2: a minor with
    a child counts as an adult; here, a partner of a gezin that has children.

    Schemes whose own law fixes another moment (the zorgtoeslag counts a verzekerde from the month after
    the 18th birthday, Wzt art. 1) use their own rule instead.
    """

    value_type = bool
    entity = Persoon
    definition_period = DateUnit.MONTH
    label = "Meerderjarig voor de toeslagen / Adult for the allowances"
    reference = [f"{AWIR}#Artikel5", f"{AWIR}#Artikel10"]

    def formula(persoon, period, parameters):
        oud_genoeg = persoon("leeftijd", period) >= parameters(period).awir.meerderjarigheidsleeftijd
        ouder_met_kind = persoon.has_role(Gezin.PARTNER) * (persoon.gezin.nb_persons(Gezin.KIND) > 0)
        return numpy.logical_or(oud_genoeg, ouder_met_kind)


class awir__rechtmatig_verblijf(Variable):
    """The applicant and the toeslagpartner live lawfully in the Netherlands.

    A toeslag is for residents with lawful residence (Vreemdelingenwet 2000 art. 8, the
    koppelingsbeginsel, Awir art. 9 lid 1); Awir art. 9 lid 2 denies it when the partner is not
    lawfully resident.
    """

    value_type = bool
    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Aanvrager en toeslagpartner wonen rechtmatig in Nederland / Applicant and partner reside lawfully"
    reference = [f"{AWIR}#Artikel9", wetten.tekst(wetten.VREEMDELINGENWET_2000, "Artikel8")]

    def formula(gezin, period):
        return gezin.all(gezin.members("woont_in_nederland", period), role=Gezin.PARTNER)
