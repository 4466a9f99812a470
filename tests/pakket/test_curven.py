"""The curve "what if I earn more?" (openfisca_nl_sociaal/beleid/curven.py) and its chart (grafiek.py).

Every point must be what ``POST /v1/aanspraken`` answers for the situation with that wage; unknown facts
leave a scheme out (never drawn as nil); the SVG is self-contained and deterministic.
"""

import copy
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from openfisca_nl_sociaal.antwoord import aanspraken
from openfisca_nl_sociaal.antwoord.aanspraken import bereken_aanspraken
from openfisca_nl_sociaal.beleid.curven import Curve, bereken_curve, samenvatting, tabel
from openfisca_nl_sociaal.invoer.problemen import Probleem
from openfisca_nl_sociaal.opmaak import euro

UTRECHT = Path(__file__).parents[1] / "voorbeelden" / "utrecht_2024_alle_regelingen.json"
PUNTEN = (0, 7, 20, 33, 47, 80)


def _utrecht() -> dict:
    return json.loads(UTRECHT.read_text(encoding="utf-8"))


def _alles_uit_bruto_loon() -> dict:
    """The Utrecht household with every income given as a bruto wage, so the engine estimates them all."""
    situatie = _utrecht()
    for persoon, loon in (("partner", 14_000), ("peuter", 0), ("schoolkind", 0)):
        feiten = situatie["personen"][persoon]
        feiten.pop("toetsingsinkomen")
        feiten.pop("netto_inkomen", None)
        feiten["bruto_loon"] = loon
    return situatie


def _met_loon(situatie: dict, persoon: str, loon: float) -> dict:
    """The situation as a citizen would give it at this wage: the wage alone, no income facts."""
    situatie = copy.deepcopy(situatie)
    feiten = situatie["personen"][persoon]
    feiten.pop("toetsingsinkomen", None)
    feiten.pop("netto_inkomen", None)
    feiten["bruto_loon"] = loon
    return situatie


def _netto_regelingen(antwoord: dict) -> dict[str, float]:
    return {
        r["id"]: r["bedrag_per_maand"] or 0.0
        for r in antwoord["regelingen"]
        if r["basis"] == "netto" and r["status"] != "onbekend" and r["id"] != "stadspas"
    }


@pytest.fixture(scope="module")
def curve() -> Curve:
    return bereken_curve(_alles_uit_bruto_loon())


def test_every_point_is_what_the_api_answers(curve):
    namen = {r["id"]: r["naam"] for r in bereken_aanspraken(_alles_uit_bruto_loon())["regelingen"]}
    for i in PUNTEN:
        antwoord = bereken_aanspraken(_met_loon(_alles_uit_bruto_loon(), "ik", float(curve.bruto_per_jaar[i])))
        per_id = {r["id"]: r for r in antwoord["regelingen"]}
        for regeling_id, (naam, bedragen) in {**curve.regelingen, **curve.bruto_regelingen}.items():
            assert per_id[regeling_id]["status"] in ("recht", "geen_recht")
            assert bedragen[i] == (per_id[regeling_id]["bedrag_per_maand"] or 0.0), (i, regeling_id)
            assert naam == namen[regeling_id]
        for regeling_id, (_, recht) in curve.passen.items():
            assert bool(recht[i]) == (per_id[regeling_id]["status"] == "recht")
    # the curve has the schemes that change with the wage, and nil where there is no right
    assert curve.regelingen["zorgtoeslag"][1][0] > 0
    assert curve.regelingen["zorgtoeslag"][1][-1] == 0
    assert curve.weggelaten == {}
    assert curve.onvolledig == []


def test_a_single_renter_too_in_another_municipality():
    situatie = _alleenstaande(1990, 750, "GM0599", 0, 2025)
    curve = bereken_curve(situatie, tot=48_000, stappen=9)
    for i in (0, 3, 8):
        antwoord = bereken_aanspraken(_met_loon(situatie, "ik", float(curve.bruto_per_jaar[i])))
        verwacht = _netto_regelingen(antwoord)
        assert {r: b[i] for r, (_, b) in curve.regelingen.items()} == {r: verwacht[r] for r in curve.regelingen}


def test_a_given_toetsingsinkomen_of_the_partner_does_not_cost_a_simulation_per_point(monkeypatch):
    """Given income facts beside an estimated one once needed a simulation per point; all share one now."""
    blokken = []
    echt = aanspraken.bouw_simulaties

    def tel(situaties, tbs):
        gebouwd = echt(situaties, tbs)
        blokken.append(len(gebouwd))
        return gebouwd

    monkeypatch.setattr(aanspraken, "bouw_simulaties", tel)
    curve = bereken_curve(_utrecht())
    assert len(curve.bruto_per_jaar) == 81
    assert blokken == [1]


def test_mixed_given_and_estimated_income_is_answered_as_the_curve_does():
    """Regression: the partner's given toetsingsinkomen once overwrote ik's estimate from bruto_loon with 0
    (an input array is set for the whole population; simulaties._zet_invoer now estimates the others)."""
    situatie = _utrecht()  # the partner gives toetsingsinkomen and netto_inkomen
    curve = bereken_curve(situatie, tot=72_000, stappen=5)
    antwoord = bereken_aanspraken(_met_loon(situatie, "ik", float(curve.bruto_per_jaar[-1])))
    verwacht = _netto_regelingen(antwoord)
    assert {r: b[-1] for r, (_, b) in curve.regelingen.items()} == {r: verwacht[r] for r in curve.regelingen}


def test_marginal_pressure_of_a_step_by_hand(curve, tbs):
    i = 30
    netto = []
    for j in (i, i + 1):
        loon = float(curve.bruto_per_jaar[j])
        regelingen = _netto_regelingen(bereken_aanspraken(_met_loon(_alles_uit_bruto_loon(), "ik", loon)))
        netto.append(
            _netto_loon(tbs, "1990-05-01", loon) + _netto_loon(tbs, "1991-02-11", 14_000) + sum(regelingen.values())
        )
    stap = (curve.bruto_per_jaar[i + 1] - curve.bruto_per_jaar[i]) / 12
    assert curve.netto_huishouden[i : i + 2].tolist() == pytest.approx(netto, abs=1e-9)
    assert curve.marginale_druk[i] == pytest.approx(1 - (netto[1] - netto[0]) / stap, abs=1e-12)
    assert len(curve.marginale_druk) == len(curve.bruto_per_jaar) - 1


def _netto_loon(tbs, geboortedatum: str, loon: float) -> float:
    """The engine's net wage estimate per month, from a plain OpenFisca simulation of one person."""
    from openfisca_core.simulations import SimulationBuilder

    simulatie = SimulationBuilder().build_from_entities(
        tbs, {"personen": {"p": {"geboortedatum": {"ETERNITY": geboortedatum}, "bruto_loon": {"2024": loon}}}}
    )
    return float(simulatie.calculate("inkomstenbelasting__netto_inkomen", "2024")[0]) / 12


def test_an_unknown_fact_leaves_the_scheme_out_never_nil():
    situatie = _utrecht()
    del situatie["huishoudens"]["woning"]["kale_huur"]
    del situatie["personen"]["partner"]["netto_inkomen"]
    curve = bereken_curve(situatie, stappen=11)
    naam, feiten = curve.weggelaten["huurtoeslag"]
    assert naam == "Huurtoeslag" and "kale_huur" in feiten
    assert "huurtoeslag" not in curve.regelingen
    assert "bijstand" in curve.weggelaten and "netto_inkomen" in curve.weggelaten["bijstand"][1]
    # the partner's unknown net income is said, not counted as nil behind the reader's back
    assert curve.onvolledig == ["partner"]
    opgeteld = curve.netto_werk + sum(b for _, b in curve.regelingen.values())
    numpy.testing.assert_array_equal(curve.netto_huishouden, opgeteld)
    tekst = samenvatting(curve, "nl")
    assert "Huurtoeslag" in tekst and "partner" in tekst


def test_range_current_wage_and_rows():
    situatie = _utrecht()
    assert bereken_curve(situatie, stappen=2).bruto_per_jaar.tolist() == [0.0, 72_000.0]  # 2 x 32.000 rounded up
    situatie["personen"]["ik"]["bruto_loon"] = 30_000
    curve = bereken_curve(situatie, stappen=5)
    assert curve.huidig_bruto == 30_000
    assert curve.bruto_per_jaar.tolist() == [0.0, 15_000.0, 30_000.0, 45_000.0, 60_000.0]
    rijen = tabel(curve)
    assert len(rijen) == 5 and rijen[0]["marginale_druk"] is None
    assert rijen[2]["marginale_druk"] == round(float(curve.marginale_druk[1]), 4)
    assert json.loads(json.dumps(curve.as_json()))["punten"][4]["bruto_per_maand"] == 5_000
    with pytest.raises(ValueError):
        curve.netto_huishouden[0] = 0  # a curve is a value: its arrays are read-only


@pytest.mark.parametrize(
    ("argumenten", "veld"),
    [({"persoon": "peuter"}, "persoon"), ({"stappen": 1}, "stappen"), ({"tot": -5}, "tot")],
)
def test_bad_arguments_are_bad_input(argumenten, veld):
    with pytest.raises(Probleem) as fout:
        bereken_curve(_utrecht(), **argumenten)
    assert fout.value.status == 400 and [p.name for p in fout.value.invalid_params] == [veld]


def test_the_summary_names_the_pressure_in_both_languages(curve):
    nl, en = samenvatting(curve, "nl"), samenvatting(curve, "en")
    assert "marginale druk boven 60%" in nl and "€\u00a00" in nl
    assert "marginal pressure above 60%" in en and "€0" in en
    hoogste = f"{round(float(curve.marginale_druk.max()) * 100)}%"
    assert hoogste in nl and hoogste in en
    assert euro(1500, "nl", centen=False) == "€\u00a01.500" and euro(1500, "en", centen=False) == "€1,500"
    assert euro(-2.5, "nl") == "€\u00a0-2,50" and euro(1234.5, "en") == "€1,234.50"


def _alleenstaande(geboren: int, huur: float, gemeente: str, vermogen: float, jaar: int) -> dict:
    return {
        "peildatum": f"{jaar}-03-01",
        "personen": {
            "ik": {
                "geboortedatum": f"{geboren}-07-01",
                "vermogen": vermogen,
                "verzekerd_zvw": True,
                "woont_in_nederland": True,
                "werkt_of_studeert": True,
            }
        },
        "huishoudens": {
            "thuis": {
                "bewoners": ["ik"],
                "kale_huur": huur,
                "servicekosten": 25,
                "zelfstandige_woonruimte": True,
                "gemeente": gemeente,
            }
        },
    }


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    geboren=st.integers(1960, 2004),
    huur=st.integers(300, 1_200),
    gemeente=st.sampled_from(["GM0363", "GM0599", "GM0518", "GM0344"]),
    vermogen=st.sampled_from([0, 20_000, 200_000]),
    jaar=st.sampled_from([2024, 2025]),
    tot=st.integers(12_000, 120_000),
)
def test_amounts_never_negative_and_zorgtoeslag_falls_with_the_wage(geboren, huur, gemeente, vermogen, jaar, tot):
    curve = bereken_curve(_alleenstaande(geboren, huur, gemeente, vermogen, jaar), tot=tot, stappen=21)
    for _, bedragen in (*curve.regelingen.values(), *curve.bruto_regelingen.values()):
        assert (bedragen >= 0).all()
    assert (curve.netto_werk >= 0).all()
    zorgtoeslag = curve.regelingen["zorgtoeslag"][1]
    assert (numpy.diff(zorgtoeslag) <= 0).all()


def test_the_chart_is_a_self_contained_deterministic_svg(curve):
    from openfisca_nl_sociaal.beleid.grafiek import teken

    svg = teken(curve, "nl")
    wortel = ET.fromstring(svg)
    assert wortel.tag == "{http://www.w3.org/2000/svg}svg"
    adressen = set(re.findall(r"https?://[^\s\"'<>)]+", svg))
    assert adressen <= {"http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink"}
    assert "<script" not in svg.lower() and "@font-face" not in svg and "<image" not in svg
    assert all(verwijzing.startswith("url(#") for verwijzing in re.findall(r"url\([^)]*\)", svg))
    for regeling_id in curve.getoond:
        assert curve.regelingen[regeling_id][0] in svg
    assert "Bruto loon per maand" in svg and "€\u00a01.000" in svg
    assert wortel.find("{http://www.w3.org/2000/svg}desc").text == samenvatting(curve, "nl")
    assert teken(curve, "nl") == svg
    assert "Gross wage per month" in teken(bereken_curve(_alles_uit_bruto_loon(), taal="en", stappen=11))


def test_no_scheme_is_drawn_that_the_curve_left_out():
    from openfisca_nl_sociaal.beleid.grafiek import teken

    situatie = _utrecht()
    del situatie["huishoudens"]["woning"]["kale_huur"]
    svg = teken(bereken_curve(situatie, stappen=11))
    titel = ET.fromstring(svg).find("{http://www.w3.org/2000/svg}title").text
    assert titel == "Wat als ik meer verdien?"
    # named only in the text alternative (why it is left out), not as a legend entry
    assert svg.count("Huurtoeslag") == 1
