"""The AOW's pensioengerechtigde leeftijd (Algemene Ouderdomswet art. 7a): the day a person reaches it."""

import datetime

import numpy
from openfisca_core.periods import DateUnit
from openfisca_core.variables import Variable

from openfisca_nl_sociaal.entities import Persoon
from openfisca_nl_sociaal.regels import wetten

AOW = wetten.tekst(wetten.ALGEMENE_OUDERDOMSWET)
_EERSTE_JAAR, _LAATSTE_JAAR = 2012, 2040


def _plus_maanden(geboortedatum, maanden):
    """The day ``maanden`` months after each date of birth (the month's last day when it has no such day)."""
    maand = geboortedatum.astype("datetime64[M]")
    dag = (geboortedatum - maand.astype("datetime64[D]")).astype(int)
    doelmaand = maand + maanden
    laatste_dag = (doelmaand + 1).astype("datetime64[D]") - 1
    return numpy.minimum(doelmaand.astype("datetime64[D]") + dag, laatste_dag)


class pensioendatum(Variable):
    """The day the person reaches the pensioengerechtigde leeftijd (AOW art. 7a lid 1).

    The table of art. 7a fixes the age by the calendar year in which it is reached, so for each year of
    the table the candidate day is the date of birth plus that year's age, and the candidate that falls
    in its own year is the one. Before 2013 the age was 65.
    """

    value_type = datetime.date
    entity = Persoon
    definition_period = DateUnit.ETERNITY
    label = "Datum waarop de AOW-leeftijd wordt bereikt / Date the state pension age is reached"
    reference = f"{AOW}#Artikel7a"

    def formula(persoon, period, parameters):
        geboortedatum = persoon("geboortedatum", period)
        datum = geboortedatum
        gevonden = numpy.zeros(geboortedatum.shape, dtype=bool)
        # Loop over the years of the statutory table, never over persons. After the last year the law
        # has fixed, the last age fixed is used (art. 7a lid 2 sets it five years ahead and never lower).
        for jaar in range(_EERSTE_JAAR, _LAATSTE_JAAR + 1):
            leeftijd = int(parameters(f"{jaar}-01-01").algemene_ouderdomswet.pensioengerechtigde_leeftijd)
            kandidaat = _plus_maanden(geboortedatum, leeftijd)
            kandidaat_jaar = kandidaat.astype("datetime64[Y]").astype(int) + 1970
            eerder = (jaar == _EERSTE_JAAR) & (kandidaat_jaar < jaar)
            later = (jaar == _LAATSTE_JAAR) & (kandidaat_jaar > jaar)
            past = ~gevonden & ((kandidaat_jaar == jaar) | eerder | later)
            datum = numpy.where(past, kandidaat, datum)
            gevonden |= past
        return datum


class aow_leeftijd_bereikt(Variable):
    """The person has reached the pensioengerechtigde leeftijd on or before the first day of the month."""

    value_type = bool
    entity = Persoon
    definition_period = DateUnit.MONTH
    label = "AOW-leeftijd bereikt / State pension age reached"
    reference = f"{AOW}#Artikel7a"

    def formula(persoon, period):
        return persoon("pensioendatum", period) <= numpy.datetime64(period.start.date, "D")
