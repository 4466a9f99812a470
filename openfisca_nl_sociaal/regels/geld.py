"""Money arithmetic and the law's rounding rules.

openfisca-core stores ``value_type = float`` as float32, which cannot hold every cent of a yearly
amount above ~€131,072 exactly and shows cent errors in sums. Every euro amount here is a
:class:`MoneyVariable`, stored as float64.

Rounding happens only where the law or the executing agency's published rule says so, through the
named functions below, each called from a variable whose name says which rule it applies. Never call
``round()`` on money in a formula.
"""

import numpy
from openfisca_core.variables import Variable

#: Tolerance that absorbs binary floating-point noise (e.g. 250.99999999997) before rounding down.
_EPSILON = 1e-6


class MoneyVariable(Variable):
    """A euro amount: ``value_type = float`` stored as numpy float64.

    Subclasses declare entity, period, label, reference and formula as any OpenFisca variable; this
    base only fixes the type, so a subclass must not set ``value_type``.
    """

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        # openfisca-core reads attributes from the concrete class's own __dict__ only.
        cls.value_type = float
        if "unit" not in cls.__dict__:
            cls.unit = "currency-EUR"

    def __init__(self, baseline_variable=None) -> None:
        super().__init__(baseline_variable)
        self.dtype = numpy.float64


def naar_beneden_op_hele_euros(bedrag):
    """Round down to whole euros (how Dienst Toeslagen states monthly terms of a toeslag)."""
    return numpy.floor(numpy.asarray(bedrag, dtype=numpy.float64) + _EPSILON)


def op_centen(bedrag):
    """Round half away from zero to whole cents (amounts the law states in cents)."""
    bedrag = numpy.asarray(bedrag, dtype=numpy.float64)
    return numpy.sign(bedrag) * numpy.floor(numpy.abs(bedrag) * 100 + 0.5 + _EPSILON) / 100


def rekenkundig_op_hele_euros(bedrag):
    """Round half up to whole euros ("rekenkundig afgerond op hele euro's", Awir art. 14 lid 4)."""
    return numpy.floor(numpy.asarray(bedrag, dtype=numpy.float64) + 0.5 + _EPSILON)


def naar_boven_op_centen(bedrag):
    """Round up to whole cents ("naar boven afgerond op hele eurocenten", Wet op de huurtoeslag art. 19 lid 3)."""
    return numpy.ceil(numpy.asarray(bedrag, dtype=numpy.float64) * 100 - _EPSILON) / 100


def bedrag_uit(bedrag) -> float:
    """An amount as an answer states it: a Python float to the cent.

    Not a rule of law: the law's rounding has already been applied by the variable that computed the amount
    (the functions above). This only removes the binary noise of float arithmetic (``1459.0000000002``) from
    what the API, the pages and the files write out, and is the one place where that happens.
    """
    return round(float(bedrag), 2)
