"""The named reforms of ``reforms/``, each on a household whose effect is worked out by hand.

Every expected figure below is computed by hand from the articles and the parameter values in ``parameters/``
(the step is written beside it), as in the research note on these reforms; none is copied from the code's
output. The model holds parameter values through 2026: a date in 2029 computes with the 2026 values of all
that the reform leaves alone (the test says so where it applies).

Rounding, the same for every toeslag (openfisca_nl_sociaal/regels/awir.py): the yearly amount is rounded to whole
euros (Awir art. 14 lid 4), the monthly term is a twelfth of it rounded down (Dienst Toeslagen's practice).
"""

import re

import numpy
import pytest
from hulp import kinderopvang_gezin
from openfisca_nl_sociaal.reforms import (
    HERVORMINGEN,
    KinderopvangtoeslagVoorIedereen96Procent,
    KostendelersnormAfschaffen,
)

from openfisca_nl_sociaal import tax_benefit_system
from openfisca_nl_sociaal.beleid.varianten import bereken_varianten
from openfisca_nl_sociaal.invoer.simulaties import bouw_simulatie
from openfisca_nl_sociaal.invoer.situatie import lees_situatie

#: A mother (50, no income, no assets) with her son of 30 (net €1500 a month) in one dwelling, each their own
#: gezin; the mother asks.
MOEDER_EN_ZOON = {
    "peildatum": "2026-02-01",
    "personen": {
        "moeder": {
            "geboortedatum": "1976-01-01",
            "netto_inkomen": 0,
            "toetsingsinkomen": 0,
            "vermogen": 0,
            "woont_in_nederland": True,
        },
        "zoon": {"geboortedatum": "1996-01-01", "netto_inkomen": 1500},
    },
    "gezinnen": {"moeder": {"partners": ["moeder"]}, "zoon": {"partners": ["zoon"]}},
    "huishoudens": {"woning": {"bewoners": ["moeder", "zoon"]}},
}


def _variant(situatie: dict, hervorming: str) -> dict:
    antwoord = bereken_varianten({"situatie": situatie, "hervormingen": [hervorming]})
    return antwoord["antwoorden"][0]


def _regeling(antwoord: dict, regeling: str) -> dict:
    return next(r for r in antwoord["regelingen"] if r["id"] == regeling)


def _alleen_gewijzigd(antwoord: dict, regeling: str) -> None:
    """Only ``regeling`` changed: every other scheme has the same status and amounts in both."""
    gewijzigd = [r["id"] for r in antwoord["regelingen"] if r["gewijzigd"]]
    assert gewijzigd == [regeling]
    for r in antwoord["regelingen"]:
        if r["id"] != regeling:
            assert r["huidig"] == r["variant"], r["id"]


def test_kinderopvangtoeslag_96_procent_for_a_household_of_100000():
    """Kamerstuk 31 322 nr. 547: 96% for all incomes, from 2029-01-01 (the 2026 values carried forward).

    Costs that count (Besluit KOT art. 4, 8a): kind1 100 × 11.23 = 1123.00, kind2 60 × 9.98 = 598.80; kind1 is
    the first child (most hours, art. 3). Joint toetsingsinkomen 60,000 + 40,000 = 100,000.
    Today (bijlage I 2026, row from €99,890): 72.1% and 90.5%: 0.721 × 1123.00 = 809.683, 0.905 × 598.80 =
    541.914; a month 1351.597, a year 16219.164 → 16219; a term ⌊16219 / 12⌋ = ⌊1351.58⌋ = 1351.
    Reform: 0.96 × 1123.00 = 1078.08, 0.96 × 598.80 = 574.848; a year 12 × 1652.928 = 19835.136 → 19835; a
    term ⌊1652.92⌋ = 1652. Effect +301 a month, +3616 a year.
    """
    antwoord = _variant(kinderopvang_gezin("2029-03-01", 60_000, 40_000), "kinderopvangtoeslag_96_procent")
    kot = _regeling(antwoord, "kinderopvangtoeslag")
    assert kot["huidig"] == {"status": "recht", "bedrag_per_maand": 1351.0, "bedrag_per_jaar": 16219.0}
    assert kot["variant"] == {"status": "recht", "bedrag_per_maand": 1652.0, "bedrag_per_jaar": 19835.0}
    assert (kot["verschil_per_maand"], kot["verschil_per_jaar"]) == (301.0, 3616.0)
    _alleen_gewijzigd(antwoord, "kinderopvangtoeslag")
    assert antwoord["netto_huishoudinkomen"]["verschil_per_maand"] == 301.0


def test_kinderopvangtoeslag_96_procent_changes_nothing_where_the_table_already_gives_96():
    """Joint income 50,000 lies in the 2026 row from €49,319: 96% for the first and the further child already,
    so the reform changes nothing: 0.96 × (1123.00 + 598.80) = 1652.928 a month → 19835 a year, 1652 a term."""
    antwoord = _variant(kinderopvang_gezin("2029-03-01", 50_000, 0), "kinderopvangtoeslag_96_procent")
    kot = _regeling(antwoord, "kinderopvangtoeslag")
    assert kot["huidig"]["bedrag_per_maand"] == kot["variant"]["bedrag_per_maand"] == 1652.0
    assert not any(r["gewijzigd"] for r in antwoord["regelingen"])


def test_kinderopvangtoeslag_96_procent_as_a_plain_openfisca_reform():
    """The reform class is an ordinary openfisca-core Reform: the per-child amounts of the first test,
    0.96 × 1123.00 = 1078.08 and 0.96 × 598.80 = 574.848 (the parents have none)."""
    situatie = lees_situatie(kinderopvang_gezin("2029-03-01", 60_000, 40_000), tax_benefit_system())
    hervormd = KinderopvangtoeslagVoorIedereen96Procent(tax_benefit_system())
    simulatie = bouw_simulatie(situatie, hervormd)
    numpy.testing.assert_allclose(
        simulatie.calculate("kinderopvangtoeslag__toeslag_kind", "2029-03"), [0, 0, 1078.08, 574.848]
    )
    assert simulatie.calculate("kinderopvangtoeslag__jaarbedrag", "2029-03")[0] == 19835
    # today's system still has the income-dependent table (row from €99,890: 72.1% for the first child)
    today = tax_benefit_system().parameters.wet_kinderopvang.toeslagpercentage.eerste_kind
    assert today.get_at_instant("2029-03-01").calc(numpy.array([100_000.0]))[0] == pytest.approx(0.721)


def test_maximum_uurprijs_not_indexed_in_2026():
    """Wetsvoorstel 36 680: the 2025 maximum uurprijzen in 2026 (dagopvang 10.71, bso 9.52).

    Joint income 50,000: bijlage I 2026, row from €49,319, 96% for both children.
    Today: 0.96 × 100 × 11.23 = 1078.08, 0.96 × 60 × 9.98 = 574.848; a year 19835.136 → 19835; a term 1652.
    Reform (the price counts up to the maximum, art. 4): 0.96 × 100 × 10.71 = 1028.16, 0.96 × 60 × 9.52 =
    548.352; a month 1576.512, a year 18918.144 → 18918; a term ⌊18918 / 12⌋ = ⌊1576.5⌋ = 1576.
    Effect −76 a month, −917 a year.
    """
    antwoord = _variant(kinderopvang_gezin("2026-03-01", 50_000, 0), "maximum_uurprijs_niet_indexeren_2026")
    kot = _regeling(antwoord, "kinderopvangtoeslag")
    assert kot["huidig"] == {"status": "recht", "bedrag_per_maand": 1652.0, "bedrag_per_jaar": 19835.0}
    assert kot["variant"] == {"status": "recht", "bedrag_per_maand": 1576.0, "bedrag_per_jaar": 18918.0}
    assert (kot["verschil_per_maand"], kot["verschil_per_jaar"]) == (-76.0, -917.0)
    _alleen_gewijzigd(antwoord, "kinderopvangtoeslag")


def test_maximum_uurprijs_reform_ends_with_2026():
    """The bill covers the calculation year 2026 only (``tot`` 2026-12-31): in 2027 the model's amounts apply
    again (the 2026 ones carried forward, 11.23), so the household of the previous test gets 1652 in both."""
    antwoord = _variant(kinderopvang_gezin("2027-03-01", 50_000, 0), "maximum_uurprijs_niet_indexeren_2026")
    kot = _regeling(antwoord, "kinderopvangtoeslag")
    assert kot["huidig"]["bedrag_per_maand"] == kot["variant"]["bedrag_per_maand"] == 1652.0


def test_kostendelersnorm_abolished():
    """Kamerstuk 34 352 nr. 211, the option "afschaffing", applied from 2026-01-01 (the study names no date).

    Today (art. 19a: the son of 30 is a kostendeler from 27; art. 22a lid 1): A = 2 (son and mother); norm
    (40 + 30 × 2) / (100 × 2) × gehuwdennorm 2002.13 = 1001.065 → 1001.07; paid without the 5% reserved for
    the vakantietoeslag (art. 19 lid 3): 0.95 × 1001.07 = 951.0165 → 951.02 a month.
    Reform: A = 0, so art. 21 onder a, single 21 to AOW age (2026-01): 1401.50; paid 0.95 × 1401.50 =
    1331.425 → 1331.43. Effect +380.41 a month.
    """
    antwoord = _variant(MOEDER_EN_ZOON, "kostendelersnorm_afschaffen")
    bijstand = _regeling(antwoord, "bijstand")
    assert (bijstand["huidig"]["status"], bijstand["huidig"]["bedrag_per_maand"]) == ("recht", 951.02)
    assert (bijstand["variant"]["status"], bijstand["variant"]["bedrag_per_maand"]) == ("recht", 1331.43)
    assert bijstand["verschil_per_maand"] == 380.41
    _alleen_gewijzigd(antwoord, "bijstand")
    # the mother has no net income of her own (0 given): the household income is the bijstand alone
    assert antwoord["netto_huishoudinkomen"]["huidig"] == 951.02
    assert antwoord["netto_huishoudinkomen"]["variant"] == 1331.43


def test_kostendelersnorm_abolished_as_a_plain_openfisca_reform():
    """A = 2 → 0, the norm 1001.07 → 1401.50 and the vakantietoeslag a year 12 × 0.05 × norm: 12 × 50.05 =
    600.60 → 12 × 70.07 = 840.84 (art. 19 lid 3, 5% of the norm in cents: 50.05 and 70.075 → 70.07)."""
    situatie = lees_situatie(MOEDER_EN_ZOON, tax_benefit_system())
    for systeem, a, norm, vakantietoeslag in (
        (tax_benefit_system(), 2, 1001.07, 600.60),
        (KostendelersnormAfschaffen(tax_benefit_system()), 0, 1401.50, 840.84),
    ):
        simulatie = bouw_simulatie(situatie, systeem)
        assert simulatie.calculate("bijstand__aantal_kostendelers", "2026-02")[0] == a
        assert simulatie.calculate("bijstand__norm", "2026-02")[0] == pytest.approx(norm)
        assert simulatie.calculate("bijstand__vakantietoeslag_per_jaar", "2026-02")[0] == pytest.approx(vakantietoeslag)


@pytest.mark.parametrize("hervorming", list(HERVORMINGEN.values()), ids=list(HERVORMINGEN))
def test_every_reform_names_its_source_and_its_changes_pass_the_checks(hervorming):
    doc = hervorming.__doc__ or ""
    assert re.search(r"Kamerstuk \d{2} \d{3}", doc), "the docstring names a Kamerstuk"
    assert "https://" in doc
    assert hervorming.bronnen and all(b.url.startswith("https://") for b in hervorming.bronnen)
    assert hervorming.lees(), "its changes pass the same checks as a request's"
    beschreven = hervorming.als_json("en")
    assert beschreven["id"] == hervorming.id and beschreven["wijzigingen"]
