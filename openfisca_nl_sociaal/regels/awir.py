"""The Awir's payment rules, written once and applied by every toeslag.

Algemene wet inkomensafhankelijke regelingen (BWBR0018472):

- art. 14 lid 4: the amount of a tegemoetkoming (a yearly amount) is rounded arithmetically to whole
  euros;
- art. 14 lid 5: a tegemoetkoming below €24 is not granted (rounding first, then this test: €23.50
  rounds to €24 and is paid, which is what reproduces the published income limits);
- art. 22 lid 1: a voorschot is paid in twelve monthly terms. No statute says how a term is rounded;
  Dienst Toeslagen publishes monthly amounts as the computed amount per month rounded down to whole
  euros ("de bedragen per maand zijn afgerond"). That reproduces every published monthly maximum of the
  zorgtoeslag (2025: €1,573.42 a year, "€131 per maand") and all sixteen rows of a published 2025
  huurtoeslag table (€414.99 a month shown as €414, where the rounded yearly amount / 12 would give
  €415). We follow that practice and say so.

Each scheme calls these from its own named variables (``<regeling>__jaarbedrag`` and ``<regeling>``),
so the rule that was applied is visible in every trace.
"""

import numpy

from openfisca_nl_sociaal.regels.geld import naar_beneden_op_hele_euros, rekenkundig_op_hele_euros


def tegemoetkoming(berekend_jaarbedrag, minimumbedrag):
    """The yearly tegemoetkoming granted: rounded to whole euros, nothing below the minimum."""
    afgerond = rekenkundig_op_hele_euros(numpy.maximum(berekend_jaarbedrag, 0))
    return numpy.where(afgerond < minimumbedrag, 0.0, afgerond)


def maandtermijn(jaarbedrag):
    """A twelfth of a yearly amount, in whole euros rounded down (Dienst Toeslagen's monthly amounts)."""
    return naar_beneden_op_hele_euros(numpy.asarray(jaarbedrag, dtype=numpy.float64) / 12)


def vermogensgrens(gezin, period, grenzen):
    """The scheme's asset limit for this gezin (Awir art. 7 lid 3 and the scheme's own article): ``grenzen`` is
    the scheme's parameter node with a limit ``zonder_toeslagpartner`` and one ``met_toeslagpartner``."""
    return numpy.where(
        gezin("awir__heeft_toeslagpartner", period), grenzen.met_toeslagpartner, grenzen.zonder_toeslagpartner
    )


def vermogen_onder_grens(gezin, period, grens_variabele: str):
    """The joint vermogen on 1 January is within the scheme's limit, the gezin variable ``grens_variabele``
    (computed by :func:`vermogensgrens`; a variable of its own so that an answer can name the limit).

    The partner's vermogen counts only when it is the same partner the whole year; the engine knows
    the partner of the month asked and assumes that partner for the whole year.
    """
    return gezin("awir__vermogen", period.this_year) <= gezin(grens_variabele, period)


# The last steps of every toeslag are the same Awir steps on the scheme's own variables
# ``<regeling>__berekend_jaarbedrag`` (the law's amount before rounding) and
# ``<regeling>__voorwaarden_vervuld`` (its other conditions). Each scheme declares its own variables,
# with their own labels and references, and takes these formulas.


def formule_inkomen_niet_te_hoog(regeling: str):
    """Formula: the income leaves at least the Awir minimum after rounding (art. 14 lid 4-5)."""

    def formula(gezin, period, parameters):
        toegekend = tegemoetkoming(
            gezin(f"{regeling}__berekend_jaarbedrag", period), parameters(period).awir.minimumbedrag_tegemoetkoming
        )
        return toegekend > 0

    return formula


def formule_jaarbedrag(regeling: str):
    """Formula: the yearly tegemoetkoming granted when the scheme's other conditions hold (art. 14)."""

    def formula(gezin, period, parameters):
        return gezin(f"{regeling}__voorwaarden_vervuld", period) * tegemoetkoming(
            gezin(f"{regeling}__berekend_jaarbedrag", period), parameters(period).awir.minimumbedrag_tegemoetkoming
        )

    return formula


def formule_maandtermijn(regeling: str):
    """Formula: the monthly term of the scheme's tegemoetkoming (art. 22), in whole euros rounded down,
    when a tegemoetkoming is granted at all (art. 14 lid 5)."""

    def formula(gezin, period):
        toegekend = gezin(f"{regeling}__jaarbedrag", period) > 0
        return toegekend * maandtermijn(gezin(f"{regeling}__berekend_jaarbedrag", period))

    return formula
