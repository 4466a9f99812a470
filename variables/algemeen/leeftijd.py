"""Ages, derived from the date of birth."""

from openfisca_core.periods import DateUnit
from openfisca_core.variables import Variable

from openfisca_nl_sociaal.entities import Persoon
from openfisca_nl_sociaal.regels import wetten
from openfisca_nl_sociaal.regels.datums import leeftijd_op

BW_1_233 = wetten.tekst(wetten.BURGERLIJK_WETBOEK_1, "Boek1_Titeldeel16_Artikel233")


class leeftijd(Variable):
    """Age in whole years on the first day of the month.

    The rule of Awir art. 5: an age change after the first day of a month counts from the next month,
    so the age on the first day is the one that counts for the month.
    """

    value_type = int
    entity = Persoon
    definition_period = DateUnit.MONTH
    unit = "year"
    label = "Leeftijd op de eerste dag van de maand / Age on the first day of the month"
    reference = [BW_1_233, wetten.tekst(wetten.AWIR, "Artikel5")]

    def formula(persoon, period):
        return leeftijd_op(persoon("geboortedatum", period), period.start.date)


class leeftijd_einde_vorige_maand(Variable):
    """Age in whole years on the last day of the previous month.

    Several laws let a birthday count only "met ingang van de kalendermaand na de maand waarin" the
    age is reached, even when the birthday is the first of the month: Wet op de zorgtoeslag art. 1
    lid 1 onder c (verzekerde from the month after the 18th birthday), Wet op het kindgebonden budget
    art. 2 lid 1, 3 and 5. That is exactly the age on the last day of the month before.
    """

    value_type = int
    entity = Persoon
    definition_period = DateUnit.MONTH
    unit = "year"
    label = "Leeftijd op de laatste dag van de vorige maand / Age on the last day of the previous month"
    reference = [
        wetten.tekst(wetten.WET_OP_DE_ZORGTOESLAG, "Artikel1"),
        wetten.tekst(wetten.WET_OP_HET_KINDGEBONDEN_BUDGET, "Artikel2"),
    ]

    def formula(persoon, period):
        laatste_dag_vorige_maand = period.start.offset(-1, "day").date
        return leeftijd_op(persoon("geboortedatum", period), laatste_dag_vorige_maand)
