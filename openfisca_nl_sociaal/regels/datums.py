"""Vectorised date arithmetic for age rules.

OpenFisca holds dates as ``datetime64[D]`` arrays; the age rules of the laws ask for a person's age in
whole years on a given day (a birthday counts from the day itself).
"""

import datetime

import numpy


def _year_month_day(dates):
    dates = numpy.asarray(dates, dtype="datetime64[D]")
    years = dates.astype("datetime64[Y]").astype(int) + 1970
    months = dates.astype("datetime64[M]").astype(int) % 12 + 1
    days = (dates - dates.astype("datetime64[M]")).astype(int) + 1
    return years, months, days


def leeftijd_op(geboortedatum, dag: datetime.date):
    """Age in whole years on ``dag`` for each date of birth in ``geboortedatum``.

    Someone born on 29 February turns a year older on 1 March in a year without 29 February.
    """
    years, months, days = _year_month_day(geboortedatum)
    birthday_not_yet_reached = (months > dag.month) | ((months == dag.month) & (days > dag.day))
    return (dag.year - years - birthday_not_yet_reached).astype(numpy.int32)


def eerste_dag_kwartaal(period) -> datetime.date:
    """The first day of the calendar quarter that holds the start of an OpenFisca period."""
    start = period.start.date
    return datetime.date(start.year, 3 * ((start.month - 1) // 3) + 1, 1)
