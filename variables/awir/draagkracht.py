"""Draagkracht: the joint toetsingsinkomen and vermogen of the applicant and the toeslagpartner."""

from openfisca_core.periods import DateUnit

from openfisca_nl_sociaal.entities import Gezin
from openfisca_nl_sociaal.regels import wetten
from openfisca_nl_sociaal.regels.geld import MoneyVariable

AWIR = wetten.tekst(wetten.AWIR)


class awir__toetsingsinkomen(MoneyVariable):
    """Joint toetsingsinkomen of the applicant and the toeslagpartner (Awir art. 7 lid 1, art. 8)."""

    entity = Gezin
    definition_period = DateUnit.YEAR
    label = "Gezamenlijk toetsingsinkomen / Joint assessment income"
    reference = [f"{AWIR}#Artikel7", f"{AWIR}#Artikel8"]

    def formula(gezin, period):
        return gezin.sum(gezin.members("toetsingsinkomen", period), role=Gezin.PARTNER)


class awir__vermogen(MoneyVariable):
    """Joint vermogen (rendementsgrondslag on 1 January) of the applicant and the toeslagpartner.

    Every toeslag tests the sum against its own limit: Wet op de zorgtoeslag art. 3 and Wet op het
    kindgebonden budget art. 1 ("de gezamenlijke rendementsgrondslag van de verzekerde en de
    toeslagpartner"), within the frame of Awir art. 7.
    """

    entity = Gezin
    definition_period = DateUnit.YEAR
    label = "Gezamenlijk vermogen / Joint assets"
    reference = [f"{AWIR}#Artikel7", wetten.tekst(wetten.WET_OP_DE_ZORGTOESLAG, "Artikel3")]

    def formula(gezin, period):
        return gezin.sum(gezin.members("vermogen", period), role=Gezin.PARTNER)
