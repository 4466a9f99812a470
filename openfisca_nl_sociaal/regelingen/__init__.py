"""The scheme catalogue: what the engine knows about each scheme, written once for the API, the command line
and the pages. :mod:`.model` is its shape; the schemes are grouped by the body that executes them."""

from __future__ import annotations

from openfisca_nl_sociaal.regelingen.gemeente import BIJSTAND, INDIVIDUELE_INKOMENSTOESLAG, KWIJTSCHELDING, STADSPAS
from openfisca_nl_sociaal.regelingen.model import (
    AANVRAGER,
    HUISHOUDEN,
    KINDEREN,
    MEDEBEWONERS,
    PARTNERS,
    Grondslag,
    Regeling,
    Tekst,
    Verfijning,
    Voorwaarde,
)
from openfisca_nl_sociaal.regelingen.svb import AIO, AOW_REGELING, KINDERBIJSLAG
from openfisca_nl_sociaal.regelingen.toeslagen import HUURTOESLAG, KINDEROPVANGTOESLAG, KINDGEBONDEN_BUDGET, ZORGTOESLAG

#: Every scheme the engine answers for, in the order of the answer.
REGELINGEN: tuple[Regeling, ...] = (
    ZORGTOESLAG,
    HUURTOESLAG,
    KINDEROPVANGTOESLAG,
    KINDERBIJSLAG,
    KINDGEBONDEN_BUDGET,
    AOW_REGELING,
    BIJSTAND,
    AIO,
    KWIJTSCHELDING,
    INDIVIDUELE_INKOMENSTOESLAG,
    STADSPAS,
)

__all__ = [
    "AANVRAGER",
    "HUISHOUDEN",
    "KINDEREN",
    "MEDEBEWONERS",
    "PARTNERS",
    "REGELINGEN",
    "Grondslag",
    "Regeling",
    "Tekst",
    "Verfijning",
    "Voorwaarde",
]
