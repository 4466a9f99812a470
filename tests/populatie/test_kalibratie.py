"""The calibration: raked weights meet every target, stay positive, and group households into cells exactly."""

import numpy
import pytest

from openfisca_nl_sociaal.populatie import kalibratie
from openfisca_nl_sociaal.populatie.kalibratie import Marge


def test_cellen_zijn_de_verschillende_rijen():
    rng = numpy.random.default_rng(0)
    x = rng.integers(0, 4, (5000, 30)).astype(numpy.int8)  # 4^30 overflows one int64 key: renumbered on the way
    x[:, :25] = 0
    rijen, terug, aantal = kalibratie.cellen(x)
    numpy.testing.assert_array_equal(rijen[terug], x)
    assert aantal.sum() == len(x)
    assert len(rijen) == len(numpy.unique(x, axis=0))
    rijen2, terug2, _ = kalibratie.cellen([x[:, j] for j in range(x.shape[1])])
    numpy.testing.assert_array_equal(rijen2[terug2], x)


def test_raken_naar_categorieen_en_aantallen():
    rng = numpy.random.default_rng(1)
    n = 20_000
    soort = rng.integers(0, 3, n)
    personen = rng.integers(1, 5, n)
    x = numpy.column_stack([soort == 0, soort == 1, soort == 2, personen]).astype(numpy.int8)
    marges = [
        Marge("type", "a", 500.0),
        Marge("type", "b", 300.0),
        Marge("type", "c", 200.0),
        Marge("personen", "alle", 2600.0),
    ]
    gewicht, rapport = kalibratie.kalibreer(x, marges, totaal=1000.0)
    assert gewicht.sum() == pytest.approx(1000.0)
    assert (gewicht > 0).all()
    for regel in rapport:
        assert abs(regel["relatieve_afwijking"]) < 1e-9, regel
    assert (x.T @ gewicht)[3] == pytest.approx(2600.0)


def test_een_gevolgde_categorie_wordt_wel_gerapporteerd():
    x = numpy.array([[1, 0], [0, 1], [1, 0], [0, 1]], dtype=numpy.int8)
    marges = [Marge("type", "a", 30.0), Marge("type", "b", 70.0, actief=False)]
    gewicht, rapport = kalibratie.kalibreer(x, marges, totaal=100.0)
    assert [r["bereikt"] for r in rapport] == pytest.approx([30.0, 70.0])
    assert gewicht.tolist() == pytest.approx([15.0, 35.0, 15.0, 35.0])
