"""The municipal pass (Stadspas, Rotterdampas, Ooievaarspas, U-pas): a non-monetary entitlement.

Each municipality's rules are parameters under ``parameters/gemeenten/<CBS-code>.yaml``; a new
municipality is a new file with the same structure, never new code. A municipality without a file, or
whose file holds no pass rules for the date, gets no answer from the engine but a clear "not known"
(``stadspas__regels_bekend``; see ``openfisca_nl_sociaal/regels/gemeenten.py``).

The income test compares the gezin's net income per month with a share of its bijstandsnorm
(Participatiewet art. 20-22, without the kostendelersnorm); the vermogen test uses the bijstand limit
(art. 34), which is what the municipalities refer to. Exclusions a city adds (students with study
finance, for the Ooievaarspas) are not asked.
"""

from openfisca_core.periods import DateUnit
from openfisca_core.variables import Variable

from openfisca_nl_sociaal.entities import Gezin
from openfisca_nl_sociaal.regels import wetten
from openfisca_nl_sociaal.regels.geld import MoneyVariable
from openfisca_nl_sociaal.regels.gemeenten import gemeente_parameter

GEMEENTEWET = wetten.tekst(wetten.GEMEENTEWET, "Artikel147")


class stadspas__regels_bekend(Variable):
    """The engine holds the pass rules of the gezin's municipality for this date."""

    value_type = bool
    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Regels van de gemeentelijke pas bekend / Municipal pass rules known"
    reference = GEMEENTEWET

    def formula(gezin, period, parameters):
        return gemeente_parameter(gezin, period, parameters, "stadspas.inkomensgrens")[1]


class stadspas__inkomensgrens(MoneyVariable):
    """The pass's income limit per month: the municipality's share of the gezin's bijstandsnorm."""

    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Inkomensgrens gemeentelijke pas / Municipal pass income limit"
    reference = [GEMEENTEWET, wetten.tekst(wetten.PARTICIPATIEWET, "Artikel21")]

    def formula(gezin, period, parameters):
        deel, _ = gemeente_parameter(gezin, period, parameters, "stadspas.inkomensgrens")
        return deel * gezin("bijstand__norm_zonder_kostendelers", period)


class stadspas__inkomen_onder_grens(Variable):
    """The gezin's net income per month is not above the pass's income limit."""

    value_type = bool
    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Inkomen niet boven de grens van de pas / Income within the pass limit"
    reference = GEMEENTEWET

    def formula(gezin, period):
        return gezin("bijstand__inkomen", period) <= gezin("stadspas__inkomensgrens", period)


class stadspas(Variable):
    """Entitled to the municipal pass this month (a non-monetary entitlement)."""

    value_type = bool
    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Recht op de gemeentelijke pas / Entitled to the municipal pass"
    reference = GEMEENTEWET

    def formula(gezin, period):
        return (
            gezin("stadspas__regels_bekend", period)
            * gezin("stadspas__inkomen_onder_grens", period)
            * gezin("bijstand__vermogen_onder_grens", period)
        )
