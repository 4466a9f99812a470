"""A young child's income is presumed nil, and every answer that reads it says so (issue 18, point 2).

The presumption (``invoer.situatie.KIND_ZONDER_INKOMEN_TOT``, Arbeidstijdenwet art. 3:1 and 3:2): a child of a gezin
under 13 on the peildatum has no income of its own unless the request gives one. At 13 the income is asked again."""

import copy
import json
from pathlib import Path

import pytest

from openfisca_nl_sociaal.antwoord.aanspraken import bereken_aanspraken

VOORBEELD = json.loads((Path(__file__).parents[1] / "voorbeelden" / "gezin_met_kind.json").read_text())


def _met_kind(geboortedatum=None, **feiten):
    situatie = copy.deepcopy(VOORBEELD)
    kind = situatie["personen"]["kind"]
    kind.pop("geboortedatum", None)
    if geboortedatum:
        kind["geboortedatum"] = geboortedatum
    kind.update(feiten)
    return {r["id"]: r for r in bereken_aanspraken(situatie)["regelingen"]}, bereken_aanspraken(situatie)


@pytest.mark.parametrize(
    "geboortedatum, vermoed",
    [
        ("2012-03-02", True),  # 12 on the peildatum 2025-03-01 (13 the next day)
        ("2012-03-01", False),  # 13 on the peildatum itself: asked
        ("2019-09-30", True),  # the contract's child of 5
    ],
)
def test_a_child_under_13_is_presumed_to_have_no_income(geboortedatum, vermoed):
    regelingen, antwoord = _met_kind(geboortedatum)
    huurtoeslag = regelingen["huurtoeslag"]
    gevraagd = {(v["persoon"], v["gegeven"]) for v in antwoord["vervolgvragen"]}
    aangenomen = {(a["persoon"], a["gegeven"]) for a in huurtoeslag["aannames"]}
    assert (("kind", "toetsingsinkomen") in aangenomen) is vermoed
    assert (("kind", "toetsingsinkomen") in gevraagd) is not vermoed
    assert ("kind", "vermogen") in gevraagd  # the assets of any child are still asked


def test_a_given_income_of_a_young_child_counts_and_is_no_assumption():
    regelingen, _ = _met_kind("2019-09-30", toetsingsinkomen=30_000, vermogen=0)
    huurtoeslag = regelingen["huurtoeslag"]
    assert huurtoeslag["aannames"] == []
    zonder, _ = _met_kind("2019-09-30", vermogen=0)
    # the presumed nil and the given nil give the same answer; € 30.000 of the child's own changes it
    nul, _ = _met_kind("2019-09-30", toetsingsinkomen=0, vermogen=0)
    assert zonder["huurtoeslag"]["bedrag_per_maand"] == nul["huurtoeslag"]["bedrag_per_maand"]
    assert huurtoeslag["bedrag_per_maand"] != nul["huurtoeslag"]["bedrag_per_maand"]


def test_a_child_of_unknown_age_is_not_presumed_anything():
    regelingen, antwoord = _met_kind(None)
    assert not any(a["gegeven"] == "toetsingsinkomen" for a in regelingen["huurtoeslag"]["aannames"])
    assert ("kind", "toetsingsinkomen") in {(v["persoon"], v["gegeven"]) for v in antwoord["vervolgvragen"]}


def test_the_presumption_is_not_reported_where_it_cannot_matter():
    """Zorgtoeslag reads no child's income: its answer reports no assumption about it."""
    regelingen, _ = _met_kind("2019-09-30")
    assert not any(a["gegeven"] == "toetsingsinkomen" for a in regelingen["zorgtoeslag"]["aannames"])
