"""Calibration of the synthetic households' weights to published totals (generalised raking).

Every margin is a linear total over households: a household adds a 0/1 (its type, its tenure, its income band) or a
count (its persons aged 40-64, its pensioners, its children in dagopvang) to each category. The weights are raked:
``w_i = d_i * exp(-x_i' lambda)`` with ``lambda`` solved so that ``sum_i w_i x_i`` equals every target (Deville &
Saerndal 1992, the raking ratio distance). They stay positive and change as little as the targets allow.

Households with the same contribution vector ``x_i`` get the same factor, so the problem is solved over *cells*
(the distinct vectors, tens of thousands), not over eight million rows; each household then gets its cell's factor.

The library: ``raking`` (IHME, https://github.com/ihmeuw-msca/raking), function ``raking_entropic``. Compared, on
8.2 million households with four categorical margins (one machine, 2 cores; see the report of the change):

============  ============  ============================  ==================================================
library       last release  dependencies                  result
============  ============  ============================  ==================================================
raking        2025-08       numpy, scipy, pandas,         any linear constraints (counts per household too),
(IHME)                      pydantic                      entropic/chi2/logit distances; 6.6 s on the cells
                                                          incl. grouping, 0.8 GB, max rel. error 1e-11
svy           2026-10       polars, pyarrow, msgspec,     categorical raking 9.1 s, 1.4 GB, 1e-10; its
(Samplics)                  Rust extension (~600 MB)      calibrate() is linear GREG without bounds
                                                          (negative weights possible)
ipfn          2021-12       numpy, pandas                 categorical only; 11.6 s, 3.3 GB, 2e-7;
                                                          unmaintained
weightipy     2026-02       pandas, scipy, requests,      categorical (RIM) only; did not converge on the
                            watchdog                      integer-coded test margins ("partial convergence")
samplics      2026-09       polars, pyarrow, statsmodels  superseded by svy; calibrate() loops in Python
                                                          per row (apply_along_axis): minutes on 8 M rows
balance       2026-08       pins numpy < 2, sklearn,      incompatible with the project's numpy 2
(Meta)                      ipython, seaborn ...
microcalib.   2026-10       torch                         too heavy for a web service
============  ============  ============================  ==================================================

Only ``raking`` handles the person-level margins (persons by age, AOW pensioners, children in childcare, persons
per city) as what they are: counts per household. The categorical-only libraries would need those turned into
household categories, which the published statistics do not give.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy

#: the tolerance the tests hold every margin to (relative deviation of the weighted total from its target)
TOLERANTIE = 0.005


@dataclass(frozen=True)
class Marge:
    """One target: households (or persons) of ``categorie`` in margin ``marge`` should weigh ``doel``."""

    marge: str
    categorie: str
    doel: float
    #: in the solver; False for one category of each exclusive block of households (it follows from the others
    #: and the national total, which is always a target) and for one that the other margins imply
    actief: bool = True


def cellen(x) -> tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray]:
    """The distinct rows of ``x`` (households × margins, small non-negative ints; an array or a list of its
    columns): (rows, inverse, counts).

    The columns are packed into one int64 key (mixed radix), renumbered densely whenever the next column would
    overflow it: sorting one integer per household is far faster than sorting rows, and no copy of ``x`` is made.
    """
    kolommen = list(x.T) if isinstance(x, numpy.ndarray) else list(x)
    n = len(kolommen[0])
    sleutel = numpy.zeros(n, dtype=numpy.int64)
    omvang = 1
    for kolom in kolommen:
        bereik = int(kolom.max()) + 1 if n else 1
        if omvang * bereik >= 2**62:
            uniek, sleutel = numpy.unique(sleutel, return_inverse=True)
            sleutel = sleutel.ravel().astype(numpy.int64)
            omvang = len(uniek)
        sleutel *= bereik
        sleutel += kolom
        omvang *= bereik
    _, eerste, terug, aantal = numpy.unique(sleutel, return_index=True, return_inverse=True, return_counts=True)
    del sleutel
    return numpy.stack([k[eerste] for k in kolommen], axis=1), terug.ravel(), aantal


def kalibreer(x, marges: list[Marge], totaal: float, max_iter: int = 200) -> tuple[numpy.ndarray, list[dict]]:
    """Weights (float64, one per row of ``x``) raked to the active ``marges``, and the report of every margin.

    ``x[:, j]`` (or ``x[j]`` when ``x`` is a list of columns) is the contribution of each household to ``marges[j]``. The design weights are equal
    (``totaal / n``): every household was drawn with the same probability.
    """
    from raking.raking_methods import raking_entropic

    rijen, terug, aantal = cellen(x)
    n = len(terug)
    actief = numpy.array([m.actief for m in marges])
    # the national total is always a target: an exclusive block leaves one category out (it follows)
    a = numpy.vstack([numpy.ones(len(rijen)), rijen[:, actief].T.astype(numpy.float64)])
    doel = numpy.r_[totaal, numpy.array([m.doel for m in marges])[actief]]
    start = aantal * (totaal / n)
    # in millions: the solver's tolerance is absolute (at most 0.001 of the smallest target)
    schaal = 1e-6
    beta, _, _ = raking_entropic(start * schaal, a, doel * schaal, tol=1e-10, max_iter=max_iter)
    per_cel = beta / schaal
    gewicht = (per_cel / aantal)[terug]
    return gewicht, rapport(rijen, per_cel, marges)


def rapport(x: numpy.ndarray, gewicht: numpy.ndarray, marges: list[Marge]) -> list[dict]:
    """How close each margin came: ``{marge, categorie, doel, bereikt, relatieve_afwijking}``.

    ``x`` and ``gewicht`` may be households or cells (distinct rows with their summed weights).
    """
    bereikt = numpy.asarray(x, dtype=numpy.float64).T @ numpy.asarray(gewicht, dtype=numpy.float64)
    return [
        {
            "marge": m.marge,
            "categorie": m.categorie,
            "doel": float(m.doel),
            "bereikt": float(b),
            "relatieve_afwijking": float((b - m.doel) / m.doel) if m.doel else float(b),
        }
        for m, b in zip(marges, bereikt, strict=True)
    ]
