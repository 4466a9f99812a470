"""The values an unknown fact can take, to evaluate a scheme over all of them in one simulation.

A scheme whose conditions read a fact the citizen did not give is first ``onbekend``
(``aanspraken.py``). The engine then evaluates the household once more for every combination of the
values its unknown facts can take, all in the same vectorised simulation:

- a fact with **few possible values** (true/false, a kind of childcare) is tried with every value. If
  all of a scheme's unknown facts are of this kind, the evaluation is exhaustive: when every
  combination gives the same outcome, the outcome does not depend on the unknown facts and the scheme
  is decided (sound: nothing was left untried);
- an **amount on which the law's outcome is monotone** (an income, assets, years insured, hours or
  the price of childcare) is tried at both ends of its range. A monotone function of each amount
  takes its least and greatest value at a corner of the box, so the amounts found there are the
  bounds ``bedrag_per_maand_min`` / ``_max``. The status stays ``onbekend``: two corners are not
  every value. ``tests/pakket/test_eigenschappen.py`` checks the monotonicity the bounds rely on;
- any other fact (a date of birth, a municipality, the rent: until 2022 a rent above the maximum
  huurgrens ended the right to huurtoeslag, so the amount is not monotone in the rent) gives no
  bounds, and the scheme is plainly ``onbekend``.
"""

from __future__ import annotations

import dataclasses
import itertools

from openfisca_nl_sociaal.invoer.feiten import EINDIGE_FEITEN, MONOTONE_BEDRAGEN
from openfisca_nl_sociaal.invoer.situatie import Situatie, periodes_voor_gewone_waarde

#: The most combinations tried per scheme (2 ** 8); a scheme with more gives no bounds.
MAX_COMBINATIES = 256


@dataclasses.dataclass(frozen=True)
class Bereik:
    """The combinations of values tried for one scheme's unknown facts."""

    #: the (plural entity key, id, fact) triples varied
    feiten: tuple[tuple[str, str, str], ...]
    #: true when every possible value was tried, so an outcome shared by all combinations is certain
    uitputtend: bool
    #: one situation per combination, each with the unknown facts filled in
    varianten: tuple[Situatie, ...]


def bereik(situatie: Situatie, ontbrekend: list[tuple[str, str, str]], tax_benefit_system) -> Bereik | None:
    """The combinations to try for these unknown facts; ``None`` where no sound bounds exist."""
    if not ontbrekend:
        return None
    waarden = []
    for _, _, naam in ontbrekend:
        if naam in EINDIGE_FEITEN:
            waarden.append(EINDIGE_FEITEN[naam])
        elif naam in MONOTONE_BEDRAGEN:
            waarden.append(MONOTONE_BEDRAGEN[naam])
        else:
            return None
    aantal = 1
    for w in waarden:
        aantal *= len(w)
    if aantal > MAX_COMBINATIES:
        return None
    variabelen = tax_benefit_system.variables
    periodes = {naam: periodes_voor_gewone_waarde(variabelen[naam], situatie.peildatum) for _, _, naam in ontbrekend}
    varianten = []
    for combinatie in itertools.product(*waarden):
        openfisca = {meervoud: dict(groep) for meervoud, groep in situatie.openfisca.items()}
        for (meervoud, ident, naam), waarde in zip(ontbrekend, combinatie, strict=True):
            velden = openfisca[meervoud][ident] = dict(openfisca[meervoud][ident])
            velden[naam] = dict.fromkeys(periodes[naam], waarde)
        varianten.append(dataclasses.replace(situatie, openfisca=openfisca, gegeven=situatie.gegeven | set(ontbrekend)))
    uitputtend = all(naam in EINDIGE_FEITEN for _, _, naam in ontbrekend)
    return Bereik(feiten=tuple(ontbrekend), uitputtend=uitputtend, varianten=tuple(varianten))
