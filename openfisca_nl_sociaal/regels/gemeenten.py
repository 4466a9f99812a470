"""Municipal rules (verordeningen) as parameters keyed by the municipality's CBS code.

Each municipality is one file, ``parameters/gemeenten/<CBS-code>.yaml``, holding what the engine knows of
its rules: a scheme's node with its values by date. A municipality is added by adding its file, never by
code. What a file does not hold, or holds only from a later date, is *not known* for that municipality and
date: the schemes then say the engine does not know the rules (``<regeling>__regels_bekend``), never a
silent ``geen_recht``. A value ``null`` on a date ends a rule (e.g. a verordening withdrawn).

Why not openfisca's fancy indexing (``parameters.gemeenten[codes]``): it needs every municipality to
hold every parameter on every date, which would force made-up zeros into the files for what is not
known. The lookup below is vectorised per municipality instead: one numpy assignment for all gezinnen
of a municipality, a loop over the (few) distinct municipality codes in the simulation, never over persons.
"""

from __future__ import annotations

import csv
import functools
from pathlib import Path

import numpy
from openfisca_core.errors import ParameterNotFoundError


def gemeente_codes(gezin, period) -> numpy.ndarray:
    """The CBS code of each gezin's municipality: the ``gemeente`` of the huishouden its first member lives in
    (``gemeente_van_het_gezin``, computed once per month)."""
    return gezin("gemeente_van_het_gezin", period)


def _zoek(gemeenten, code: str, pad: str):
    try:
        knoop = gemeenten[code]
        for deel in pad.split("."):
            knoop = knoop[deel]
    except (ParameterNotFoundError, KeyError, AttributeError):
        return None
    return knoop


def gemeente_parameter(gezin, period, parameters, pad: str) -> tuple[numpy.ndarray, numpy.ndarray]:
    """A municipal parameter (e.g. ``"stadspas.inkomensgrens"``) for each gezin, and whether it is known.

    Returns ``(waarde, bekend)``: ``waarde`` is 0 where ``bekend`` is false (no file, or no value for
    the date); callers must use ``bekend`` to keep that 0 from deciding anything.
    """
    codes = gemeente_codes(gezin, period)
    gemeenten = parameters(period).gemeenten
    waarde = numpy.zeros(gezin.count)
    bekend = numpy.zeros(gezin.count, dtype=bool)
    for code in set(codes.tolist()):
        gevonden = _zoek(gemeenten, str(code), pad)
        if gevonden is None:
            continue
        van_deze_gemeente = codes == code
        waarde[van_deze_gemeente] = gevonden
        bekend[van_deze_gemeente] = True
    return waarde, bekend


def gemeente_parameters(gezin, period, parameters, *paden: str) -> tuple[list[numpy.ndarray], numpy.ndarray]:
    """Several municipal parameters at once: their values, and where all of them are known."""
    waarden, bekend = [], numpy.ones(gezin.count, dtype=bool)
    for pad in paden:
        waarde, deze_bekend = gemeente_parameter(gezin, period, parameters, pad)
        waarden.append(waarde)
        bekend &= deze_bekend
    return waarden, bekend


def gemeente_namen(parameters) -> dict[str, str]:
    """The municipalities whose rules the engine holds, by CBS code, with their Dutch names (the first half of each
    file's ``metadata.label``, "'s-Gravenhage / The Hague"): a new file is a new choice, never new code."""
    return {
        code: knoop.metadata.get("label", code).partition(" / ")[0].strip()
        for code, knoop in parameters.gemeenten.children.items()
    }


#: Every municipality on 1 January 2026 (CBS), shipped with its sources (gegevens/BRONNEN.md).
GEMEENTELIJST = Path(__file__).resolve().parent / "gegevens" / "gemeenten_2026.csv"


@functools.lru_cache(maxsize=1)
def alle_gemeenten() -> dict[str, str]:
    """Every Dutch municipality by CBS code, with its CBS name, in the order a person looks for it: alphabetical,
    with "'s-" left out of the order ('s-Gravenhage under G), as the CBS's own list does."""
    with GEMEENTELIJST.open(encoding="utf-8", newline="") as bestand:
        rijen = list(csv.DictReader(bestand))
    rijen.sort(key=lambda rij: rij["naam"].removeprefix("'s-").casefold())
    return {rij["code"]: rij["naam"] for rij in rijen}
