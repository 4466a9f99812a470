"""Het wettelijk minimumloon (Wet minimumloon en minimumvakantiebijslag, BWBR0002638) over een heel jaar.

The policy tools' standard households (``beleid.voorbeeldhuishoudens``) earn the full-time minimum wage; the rules
compute it here, from the dated parameters, so a new year needs a new value only.
"""

from openfisca_core.periods import DateUnit

from openfisca_nl_sociaal.entities import Persoon
from openfisca_nl_sociaal.regels import wetten
from openfisca_nl_sociaal.regels.geld import MoneyVariable, op_centen

WML = wetten.tekst(wetten.WET_MINIMUMLOON)


class minimumloon__voltijd_per_jaar(MoneyVariable):
    """The full-time minimum wage of a calendar year, holiday pay included.

    Art. 8 lid 1 onder b states the minimum wage per month; art. 14 lid 10 derives the hourly wage from it for a
    working week of 36 hours and 4⅓ weeks a month, so it is the full-time monthly wage. Each month counts at the
    value in force on its first day (the amounts change on 1 January and 1 July); the minimumvakantiebijslag
    (art. 15 lid 1) adds 8% of the wage. Rounded to cents: the amounts the law states are in cents.
    """

    entity = Persoon
    definition_period = DateUnit.YEAR
    label = "Minimumloon voltijd per jaar, met vakantiebijslag / Full-time minimum wage per year, holiday pay included"
    reference = [f"{WML}#Artikel8", f"{WML}#Artikel15"]

    def formula(persoon, period, parameters):
        loon = sum(
            parameters(maand).wet_minimumloon_en_minimumvakantiebijslag.minimumloon_per_maand
            for maand in period.get_subperiods(DateUnit.MONTH)
        )
        vakantiebijslag = parameters(period).wet_minimumloon_en_minimumvakantiebijslag.minimumvakantiebijslag
        return persoon.filled_array(op_centen(loon * (1 + vakantiebijslag)))
