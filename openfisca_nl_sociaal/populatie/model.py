"""What one chunk of the synthetic population is: plain arrays, one row per entity, named by the engine.

The generator (:mod:`.generator`) writes chunks; the simulation (:mod:`.simulatie`) reads them. Nothing else
passes between the two, so either can change without the other.

- Every household (``huishouden``) holds one or more benefit units (``gezin``: the partners and their children
  under 18 or at home and without a gezin of their own); an adult child living with its parents is a gezin of its
  own in the parents' household (which is what the kostendelersnorm of the Participatiewet looks at).
- A column that is an input variable of the engine carries that variable's name and its value for the whole year
  (the population is a snapshot: facts do not change within the year; the simulation computes the months in which
  the rules change). Monthly variables hold the monthly value, yearly ones the yearly value.
- Facts the engine estimates (``toetsingsinkomen`` and ``netto_inkomen`` from the gross income) are *not* columns:
  the engine's own estimate keeps them consistent with each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy

#: structural columns (not engine variables)
GEWICHT = "gewicht"  # huishoudens: how many Dutch households the row stands for (float64)
HUISHOUDEN = "huishouden"  # gezinnen: index of its household within the chunk (int64)
GEZIN = "gezin"  # personen: index of its gezin within the chunk (int64)
ROL = "rol"  # personen: "partner" or "kind" (the role in the gezin)
REGIO = "regio"  # huishoudens: "GM0363", "GM0599", "GM0518", "GM0344" or "overig" (for the margins and output)


@dataclass
class Brok:
    """One chunk of households with their gezinnen and persons.

    ``begin`` is the global index of its first household: chunks are numbered the same way on one machine and
    on a cluster, so every reduction can add them up in the same order.
    """

    jaar: int
    begin: int
    huishoudens: dict[str, numpy.ndarray]
    gezinnen: dict[str, numpy.ndarray]
    personen: dict[str, numpy.ndarray]
    #: per household: free-form labels for reporting (e.g. ``huishoudtype``), not read by the rules
    kenmerken: dict[str, numpy.ndarray] = field(default_factory=dict)

    @property
    def aantal_huishoudens(self) -> int:
        return len(self.huishoudens[GEWICHT])

    @property
    def aantal_personen(self) -> int:
        return len(self.personen[GEZIN])

    def controleer(self) -> None:
        """Raise ``ValueError`` when the arrays do not describe a consistent population."""
        n_h, n_g, n_p = self.aantal_huishoudens, len(self.gezinnen[HUISHOUDEN]), self.aantal_personen
        for naam, kolom in self.huishoudens.items():
            if len(kolom) != n_h:
                raise ValueError(f"huishoudens.{naam}: {len(kolom)} rows, expected {n_h}")
        for naam, kolom in self.gezinnen.items():
            if len(kolom) != n_g:
                raise ValueError(f"gezinnen.{naam}: {len(kolom)} rows, expected {n_g}")
        for naam, kolom in self.personen.items():
            if len(kolom) != n_p:
                raise ValueError(f"personen.{naam}: {len(kolom)} rows, expected {n_p}")
        if n_g and (self.gezinnen[HUISHOUDEN].min() < 0 or self.gezinnen[HUISHOUDEN].max() >= n_h):
            raise ValueError("gezinnen.huishouden out of range")
        if n_p and (self.personen[GEZIN].min() < 0 or self.personen[GEZIN].max() >= n_g):
            raise ValueError("personen.gezin out of range")
        if not numpy.isin(self.personen[ROL], ("partner", "kind")).all():
            raise ValueError("personen.rol must be 'partner' or 'kind'")
        partners = numpy.bincount(self.personen[GEZIN][self.personen[ROL] == "partner"], minlength=n_g)
        if ((partners < 1) | (partners > 2)).any():
            raise ValueError("every gezin has one or two partners")
        if (numpy.bincount(self.gezinnen[HUISHOUDEN], minlength=n_h) < 1).any():
            raise ValueError("every household has at least one gezin")
        if (self.huishoudens[GEWICHT] <= 0).any() or not numpy.isfinite(self.huishoudens[GEWICHT]).all():
            raise ValueError("weights must be positive and finite")
