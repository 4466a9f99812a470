"""Amounts, percentages and dates as Dutch or English writes them, for the pages and the charts.

Babel (the CLDR data) does the writing: Dutch writes ``€ 1.250,50``, English ``€1,250.50``. The
engine's own numbers are never rounded here; this is presentation only.
"""

from __future__ import annotations

import csv
import datetime
import math
import re

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal, format_percent

#: English as written in Britain: the Netherlands' own English locale (en_NL) writes amounts the Dutch way.
LOCALE = {"nl": "nl_NL", "en": "en_GB"}


def locale(taal: str) -> str:
    return LOCALE["en" if taal == "en" else "nl"]


#: Beyond this, babel's decimal arithmetic cannot place the cents (and no scheme's amount comes near).
GROOTSTE_BEDRAG = 1e15


def euro(bedrag: float, taal: str = "nl", centen: bool = True) -> str:
    """An amount in euros: ``€ 1.250,50`` (nl), ``€1,250.50`` (en); whole euros when not ``centen``.
    An absurd amount (a tampered request) is written in scientific notation rather than failing."""
    if not math.isfinite(bedrag) or abs(bedrag) >= GROOTSTE_BEDRAG:
        return f"€\u00a0{bedrag:.3e}"
    if centen:
        return format_currency(bedrag, "EUR", locale=locale(taal))
    patroon = "¤\u00a0#,##0" if taal != "en" else "¤#,##0"
    return format_currency(round(bedrag), "EUR", format=patroon, locale=locale(taal), currency_digits=False)


def procent(fractie: float) -> str:
    """A fraction as a whole percentage: ``0.6`` -> ``60%``."""
    return format_percent(fractie, format="#,##0%", locale="en_GB").replace("-", "−")


def getal(waarde: float, taal: str = "nl") -> str:
    """A number as the language writes it, to at most four decimals: ``3.763,4593`` (nl), ``3,763.4593`` (en)."""
    if not math.isfinite(waarde):
        return str(waarde)
    return format_decimal(round(waarde, 4), format="#,##0.####", locale=locale(taal))


def datum(iso, taal: str = "nl") -> str:
    """An ISO date in words: ``22 november 2026`` (nl), ``22 November 2026`` (en)."""
    try:
        return format_date(datetime.date.fromisoformat(str(iso)), format="long", locale=locale(taal))
    except ValueError:
        return str(iso)


# --- CSV that is safe to open in a spreadsheet -------------------------------------------------------------------

#: OWASP "CSV Injection": a spreadsheet runs a cell that starts with one of these as a formula (or DDE command)
FORMULETEKENS = ("=", "+", "-", "@", "\t", "\r")
#: a plain number ("-12.50", "+3", "1e5", "-1.234,56" as a Dutch spreadsheet writes it) is data, not a formula
_GETAL = re.compile(r"[+-]?(\d[\d.,]*|[.,]\d+)([eE][+-]?\d+)?")


def csv_cel(waarde):
    """A value as it may go into a CSV cell: text that a spreadsheet would run as a formula is neutralised the way
    OWASP recommends (a leading apostrophe makes it text); numbers, and text that is a plain number, stay as they
    are. Every CSV the project writes goes through this (:func:`csv_schrijver`)."""
    if isinstance(waarde, str) and waarde.startswith(FORMULETEKENS) and not _GETAL.fullmatch(waarde):
        return "'" + waarde
    return waarde


class _VeiligeSchrijver:
    """``csv.writer`` whose every cell goes through :func:`csv_cel`."""

    def __init__(self, schrijver):
        self._schrijver = schrijver

    def writerow(self, rij):
        if isinstance(rij, dict):
            return self._schrijver.writerow({k: csv_cel(v) for k, v in rij.items()})
        return self._schrijver.writerow([csv_cel(v) for v in rij])

    def writeheader(self):
        return self._schrijver.writeheader()


def csv_schrijver(uitvoer, kolommen=None):
    """The one CSV writer of the project: RFC 4180 line ends, every cell spreadsheet-safe. With ``kolommen`` it
    writes dicts (``csv.DictWriter``), otherwise sequences."""
    if kolommen is None:
        return _VeiligeSchrijver(csv.writer(uitvoer, lineterminator="\r\n"))
    return _VeiligeSchrijver(csv.DictWriter(uitvoer, fieldnames=list(kolommen), lineterminator="\r\n"))
