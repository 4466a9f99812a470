"""A tiny population written by hand, for tests whose totals are computed by hand from the law."""

import numpy

from openfisca_nl_sociaal.populatie.model import Brok


def _d(tekst: str) -> numpy.datetime64:
    return numpy.datetime64(tekst, "D")


def kleine_brok(jaar: int = 2025, begin: int = 0, gewichten=(100.0, 1000.0, 300.0)) -> Brok:
    """Three households:

    0. a single person of 30 without income or assets, renting in Utrecht (kale huur € 600);
    1. a married couple born in 1950 and 1951, both 50 years insured for the AOW, owners, no other income or assets,
       outside the four big cities;
    2. a single parent of 40 earning € 30.000 a year, two children born 2015-06-01 and 2018-09-01, renting in
       Rotterdam (kale huur € 750), with an adult child of 23 at home without income (a gezin of its own).
    """
    gezin_huishouden = numpy.array([0, 1, 2, 3 - 1])
    persoon_gezin = numpy.array([0, 1, 1, 2, 2, 2, 3])
    n = 7
    personen = {
        "gezin": persoon_gezin,
        "rol": numpy.array(["partner", "partner", "partner", "partner", "kind", "kind", "partner"]),
        "geboortedatum": numpy.array(
            [_d("1995-05-01"), _d("1950-01-01"), _d("1951-01-01"), _d("1985-03-01"), _d("2015-06-01"), _d("2018-09-01")]
            + [_d(f"{jaar - 23}-01-01")]
        ),
        "bruto_loon": numpy.array([0, 0, 0, 30_000, 0, 0, 0], dtype=float),
        "vermogen": numpy.zeros(n),
        "verzekerd_zvw": numpy.ones(n, dtype=bool),
        "woont_in_nederland": numpy.ones(n, dtype=bool),
        "aow_verzekerde_jaren": numpy.full(n, 50.0),
        "werkt_of_studeert": numpy.array([0, 0, 0, 1, 0, 0, 0], dtype=bool),
        "soort_kinderopvang": numpy.array(["geen"] * n),
        "kinderopvang_uren": numpy.zeros(n),
        "kinderopvang_uurprijs": numpy.zeros(n),
    }
    huishoudens = {
        "gewicht": numpy.array(gewichten, dtype=float),
        "regio": numpy.array(["GM0344", "overig", "GM0599"]),
        "kale_huur": numpy.array([600.0, 0.0, 750.0]),
        "servicekosten": numpy.array([20.0, 0.0, 30.0]),
        "zelfstandige_woonruimte": numpy.ones(3, dtype=bool),
    }
    return Brok(
        jaar=jaar, begin=begin, huishoudens=huishoudens, gezinnen={"huishouden": gezin_huishouden}, personen=personen
    )
