"""The population simulation on a tiny population written by hand (tests/populatie/hulp.py): its totals computed by
hand from the law's amounts, unknown never counted as nil, a reform that changes nothing changes nothing, a known
reform's effect among the winners, a Dask cluster answering exactly as one machine; and on a sample of the synthetic
population, a standaardpremie change computed by hand for every simulated gezin."""

import json

import numpy
import pytest
from openfisca_nl_sociaal.reforms import KostendelersnormAfschaffen

from openfisca_nl_sociaal import tax_benefit_system
from openfisca_nl_sociaal.invoer.simulaties import bouw_simulatie
from openfisca_nl_sociaal.invoer.situatie import lees_situatie
from openfisca_nl_sociaal.populatie.model import Brok
from openfisca_nl_sociaal.populatie.simulatie import delen, simulatie_van_brok, wijzigingsmaanden
from openfisca_nl_sociaal.populatie.uitvoering import (
    Bron,
    bereken_populatie,
    lees_verzoek,
    synthetische_bron,
    vaste_brok,
)

from .hulp import kleine_brok


def _bron(*brokken: Brok) -> Bron:
    return Bron(vaste_brok, list(brokken), gesimuleerd=sum(b.aantal_huishoudens for b in brokken))


def _per_regeling(antwoord: dict) -> dict[str, dict]:
    return {r["id"]: r for r in antwoord["regelingen"]}


@pytest.fixture(scope="module")
def basis_2025():
    return bereken_populatie(lees_verzoek({"jaar": 2025}), bron=_bron(kleine_brok()))[0]


def test_the_aow_and_kinderbijslag_totals_are_the_hand_computed_ones(basis_2025):
    """AOW 2025 (art. 9, amounts per the Staatscourant as the SVB pays them; art. 28-31 vakantie-uitkering), gehuwd,
    per person: January-June € 1.081,50 and € 73,18 a month, July-December € 1.103,97 and € 71,71:
    6 × (1081.50 + 73.18) + 6 × (1103.97 + 71.71) = 6928.08 + 7054.08 = 13,982.16 a year; the couple 27,964.32;
    weight 1,000: € 27,964,320.00, 2,000 persons in 1,000 gezinnen.

    Kinderbijslag 2025 (AKW art. 12 lid 1 and 3 onder b, children of 6 to 12 on the first day of each quarter), per
    quarter € 347,83 (Q1-Q2) and € 353,95 (Q3-Q4): 2 children × (2 × 347.83 + 2 × 353.95) = 2,807.12; weight 300:
    € 842,136.00."""
    regelingen = _per_regeling(basis_2025)
    aow = regelingen["aow"]
    assert (aow["uitgaven_per_jaar"], aow["ontvangers_personen"], aow["ontvangers_gezinnen"]) == (
        27_964_320.00,
        2_000,
        1_000,
    )
    assert aow["status"] == "berekend" and aow["uitgaven_bij_gebruik"] == aow["uitgaven_per_jaar"]
    kinderbijslag = regelingen["kinderbijslag"]
    assert (kinderbijslag["uitgaven_per_jaar"], kinderbijslag["ontvangers_gezinnen"]) == (842_136.00, 300)
    assert basis_2025["populatie"]["huishoudens"] == 1_400
    assert basis_2025["populatie"]["personen"] == 100 + 2 * 1_000 + 4 * 300


def test_a_dwelling_scheme_counts_once_per_household(basis_2025):
    """The adult child is a gezin of its own in the parent's dwelling; the huurtoeslag is the dwelling's, once."""
    huurtoeslag = _per_regeling(basis_2025)["huurtoeslag"]
    assert huurtoeslag["ontvangers_gezinnen"] == 100 + 300


def test_take_up_scales_by_the_published_rate(basis_2025):
    zorgtoeslag = _per_regeling(basis_2025)["zorgtoeslag"]
    assert zorgtoeslag["gebruik"] == 0.88 and not zorgtoeslag["gebruik_aangenomen"]
    assert zorgtoeslag["uitgaven_bij_gebruik"] == pytest.approx(0.88 * zorgtoeslag["uitgaven_per_jaar"], abs=0.01)
    assert zorgtoeslag["ontvangers_bij_gebruik"] == round(0.88 * zorgtoeslag["ontvangers_personen"])


def test_unknown_is_not_nil(basis_2025):
    """The municipal schemes outside the four big cities: not computed, and the answer says for how many gezinnen;
    a scheme unknown for everyone has no amounts at all."""
    regelingen = _per_regeling(basis_2025)
    iit = regelingen["individuele_inkomenstoeslag"]
    assert iit["status"] in ("deels", "onbekend")
    if iit["status"] == "deels":
        assert iit["niet_berekend_gezinnen"] >= 1_000
    else:
        assert iit["uitgaven_per_jaar"] is None
    for regeling in basis_2025["regelingen"]:
        if regeling["status"] == "onbekend":
            assert regeling["uitgaven_per_jaar"] is None and regeling["ontvangers_gezinnen"] is None


def test_past_a_schemes_horizon_the_population_says_so():
    antwoord = bereken_populatie(lees_verzoek({"jaar": 2026}), bron=_bron(kleine_brok(2026)))[0]
    from openfisca_nl_sociaal.populatie.uitvoering import voorbij_horizon

    horizon = voorbij_horizon(2026)
    for ident, datum in horizon.items():
        regeling = _per_regeling(antwoord)[ident]
        assert regeling["status"] == "onbekend" and regeling["rekenregels_bekend_tot"] == datum
        assert regeling["uitgaven_per_jaar"] is None


def test_the_deciles_hold_every_household_once(basis_2025):
    assert sum(d["huishoudens"] for d in basis_2025["decielen"]) == 1_400
    assert "winnaars_verliezers" not in basis_2025 and "variant" not in basis_2025["armoede"]


def test_a_change_to_the_current_value_changes_nothing():
    verzoek = lees_verzoek(
        {
            "jaar": 2025,
            "wijzigingen": [
                {
                    "parameter": "participatiewet.kostendelersnorm.leeftijd_kostendeler",
                    "vanaf": "2025-01-01",
                    "waarde": 27,
                }
            ],
        }
    )
    antwoord = bereken_populatie(verzoek, bron=_bron(kleine_brok()))[0]
    assert antwoord["winnaars_verliezers"]["erop_vooruit"] == antwoord["winnaars_verliezers"]["erop_achteruit"] == 0
    assert all(d["gemiddeld_verschil"] in (0.0, None) for d in antwoord["decielen"])
    for regeling in antwoord["regelingen"]:
        if "variant" in regeling:
            assert regeling["variant"]["uitgaven_per_jaar"] == regeling["uitgaven_per_jaar"]


def test_a_higher_standaardpremie_costs_what_the_hand_computation_says():
    """Wet op de zorgtoeslag art. 2 lid 1: the zorgtoeslag is the standaardpremie (twice with a toeslagpartner) less
    the normpremie. Raise the 2025 standaardpremie from € 2.112 (Stcrt. 2024, 38887) to € 2.232 from 1 January:
    every recipient whose normpremie stays below it gets € 120 a year more, a couple € 240. In the tiny population
    all four gezinnen receive zorgtoeslag before and after (normpremie by hand: the single person and the adult
    child without income € 0 + 1,896% of the drempelinkomen, about € 545; the parent with € 30.000 about € 720;
    the AOW couple, toetsingsinkomen 2 × € 13.982,16, about € 1.227 against € 4.224), so the cost is
    100 × 120 + 1,000 × 240 + 300 × 120 + 300 × 120 = € 324,000.00 and nobody loses. A winner gains more than
    € 10 a month (``drempel_per_maand``): the couple (€ 20) and the parent's dwelling (two gezinnen, € 20), not the
    single person (exactly € 10)."""
    wijziging = {"parameter": "wet_op_de_zorgtoeslag.standaardpremie", "vanaf": "2025-01-01", "waarde": 2232}
    verzoek = lees_verzoek({"jaar": 2025, "wijzigingen": [wijziging]})
    antwoord = bereken_populatie(verzoek, bron=_bron(kleine_brok()))[0]
    zorgtoeslag = _per_regeling(antwoord)["zorgtoeslag"]
    assert zorgtoeslag["ontvangers_gezinnen"] == zorgtoeslag["variant"]["ontvangers_gezinnen"] == 100 + 1_000 + 600
    kosten = zorgtoeslag["variant"]["uitgaven_per_jaar"] - zorgtoeslag["uitgaven_per_jaar"]
    assert kosten == pytest.approx(100 * 120 + 1_000 * 240 + 300 * 120 + 300 * 120, abs=0.01)
    assert antwoord["winnaars_verliezers"]["erop_achteruit"] == 0
    assert antwoord["winnaars_verliezers"]["drempel_per_maand"] == 10.0
    assert antwoord["winnaars_verliezers"]["erop_vooruit"] == 1_000 + 300


#: tests/pakket/test_reforms.py's hand-checked household, as the API takes it
MOEDER_EN_ZOON = {
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


def _moeder_en_zoon(jaar: int) -> Brok:
    """tests/pakket/test_reforms.py's hand-checked household: a mother of 50 without income or assets and her son
    of 30 with a wage, each their own gezin in one dwelling (owners, so no huurtoeslag)."""
    return Brok(
        jaar=jaar,
        begin=0,
        huishoudens={
            "gewicht": numpy.array([1.0]),
            "regio": numpy.array(["overig"]),
            "kale_huur": numpy.zeros(1),
            "servicekosten": numpy.zeros(1),
            "zelfstandige_woonruimte": numpy.ones(1, dtype=bool),
        },
        gezinnen={"huishouden": numpy.array([0, 0])},
        personen={
            "gezin": numpy.array([0, 1]),
            "rol": numpy.array(["partner", "partner"]),
            "geboortedatum": numpy.array(["1976-01-01", "1996-01-01"], dtype="datetime64[D]"),
            "bruto_loon": numpy.array([0.0, 30_000.0]),
            "vermogen": numpy.zeros(2),
            "verzekerd_zvw": numpy.ones(2, dtype=bool),
            "woont_in_nederland": numpy.ones(2, dtype=bool),
        },
    )


def test_the_kostendelersnorm_reform_shows_the_hand_checked_gain_among_the_winners():
    """tests/pakket/test_reforms.py: in February 2026 the mother's bijstand rises from 951.02 to 1331.43 a month and
    her vakantietoeslag from 600.60 to 840.84 a year: +400.43 a month (380.41 + 240.24 / 12). January to June carry
    those norms; July to December the norms of 1 July 2026, taken from the same engine's answer for August."""
    verzoek = lees_verzoek({"jaar": 2026, "hervormingen": ["kostendelersnorm_afschaffen"]})
    antwoord = bereken_populatie(verzoek, bron=_bron(_moeder_en_zoon(2026)))[0]
    assert antwoord["winnaars_verliezers"]["erop_vooruit"] == 1
    assert antwoord["winnaars_verliezers"]["erop_achteruit"] == 0
    situatie = lees_situatie({**MOEDER_EN_ZOON, "peildatum": "2026-08-01"}, tax_benefit_system())
    per_jaar = []
    for systeem in (tax_benefit_system(), KostendelersnormAfschaffen(tax_benefit_system())):
        simulatie = bouw_simulatie(situatie, systeem)
        per_jaar.append(
            simulatie.calculate("bijstand__jaarbedrag", "2026-08")[0]
            + simulatie.calculate("bijstand__vakantietoeslag_per_jaar", "2026-08")[0]
        )
    juli_per_jaar = per_jaar[1] - per_jaar[0]
    verwacht = 6 * 400.43 + juli_per_jaar / 2
    gewonnen = [d["gemiddeld_verschil"] for d in antwoord["decielen"] if d["huishoudens"]]
    assert gewonnen == [pytest.approx(verwacht, abs=0.02)]
    bijstand_pop = _per_regeling(antwoord)["bijstand"]
    assert bijstand_pop["variant"]["uitgaven_per_jaar"] - bijstand_pop["uitgaven_per_jaar"] == pytest.approx(
        verwacht, abs=0.02
    )


def test_bad_requests_name_the_field():
    from openfisca_nl_sociaal.invoer.problemen import Probleem

    for verzoek, veld in (
        ({"jaar": 2019}, "jaar"),
        ({"jaar": "2025"}, "jaar"),
        ({"steekproef": 0}, "steekproef"),
        ({"steekproef": float("nan")}, "steekproef"),
        ({"zaad": -1}, "zaad"),
        ({"hervormingen": ["bestaat_niet"]}, "hervormingen.0"),
        ({"onbekend": 1}, "onbekend"),
    ):
        with pytest.raises(Probleem) as fout:
            lees_verzoek(verzoek)
        assert veld in json.dumps(fout.value.as_json())


def test_dask_answers_exactly_as_one_machine():
    """Two chunks on a two-worker LocalCluster: the same JSON as one machine, to the cent."""
    verzoek = lees_verzoek({"jaar": 2025, "hervormingen": ["kostendelersnorm_afschaffen"]})
    bron = _bron(kleine_brok(begin=0), kleine_brok(begin=3, gewichten=(7.0, 11.0, 13.0)))
    lokaal = bereken_populatie(verzoek, bron=bron)
    verdeeld = bereken_populatie(verzoek, bron=bron, dask="local")
    assert json.dumps(lokaal, sort_keys=True) == json.dumps(verdeeld, sort_keys=True)


def _op_hele_euros(bedrag: numpy.ndarray) -> numpy.ndarray:
    """Awir art. 14 lid 4: rounded arithmetically to whole euros (the amounts here are never negative)."""
    return numpy.floor(bedrag + 0.5)


def _zorgtoeslag_bij(standaardpremie, normpremie, partner, factor, voorwaarden) -> numpy.ndarray:
    """Wzt art. 2 lid 1 and 4, Awir art. 14 lid 4-5, by hand."""
    berekend = numpy.maximum(numpy.where(partner, 2, 1) * standaardpremie - normpremie, 0) * factor
    afgerond = _op_hele_euros(berekend)
    return numpy.where(voorwaarden & (afgerond >= 24), afgerond, 0.0)


def test_a_higher_standaardpremie_costs_the_hand_computation_on_the_synthetic_population():
    """The same change on a sample of the synthetic population, computed by hand for every simulated gezin.

    The engine gives each gezin's facts as the simulation sees them (its toetsingsinkomen, whether it has a
    toeslagpartner, how many partners are verzekerd, whether the non-income conditions hold); the zorgtoeslag before
    and after is then computed here from the law, with the 2025 amounts written out:

    - normpremie (Wzt art. 2 lid 2-3, Stb. 2025, 412): 1,896% of the drempelinkomen € 28.406 (Awir art. 17a), or
      4,273% with a toeslagpartner, plus 13,7% of the toetsingsinkomen above it;
    - zorgtoeslag: standaardpremie (twice with a toeslagpartner) less the normpremie, half when the partner is not
      verzekerd (art. 2 lid 4), rounded to whole euros and nil below € 24 (Awir art. 14 lid 4-5).

    A recipient before gets € 120 (a couple € 240) more; a gezin whose income was just too high for € 24 now gets a
    small amount. Every gezin is computed in the first month of each part of the year the simulation uses (the
    standaardpremie is a yearly amount, paid as twelfths), weighted by its household's weight."""
    jaar, steekproef, zaad = 2025, 0.0005, 7
    wijziging = {"parameter": "wet_op_de_zorgtoeslag.standaardpremie", "vanaf": "2025-01-01", "waarde": 2232}
    bron, _ = synthetische_bron(jaar, zaad, steekproef)
    verzoek = lees_verzoek({"jaar": jaar, "steekproef": steekproef, "zaad": zaad, "wijzigingen": [wijziging]})
    zorgtoeslag = _per_regeling(bereken_populatie(verzoek, bron=bron)[0])["zorgtoeslag"]
    kosten = zorgtoeslag["variant"]["uitgaven_per_jaar"] - zorgtoeslag["uitgaven_per_jaar"]

    tbs = tax_benefit_system()
    stukken = delen(wijzigingsmaanden([tbs], jaar))
    hand, voor, na, zittend, nieuw = 0.0, 0.0, 0.0, 0.0, 0.0
    for deel in bron.delen:
        brok = bron.maak(deel)
        simulatie = simulatie_van_brok(brok, tbs, jaar)
        gewicht = brok.huishoudens["gewicht"][brok.gezinnen["huishouden"]]
        inkomen = simulatie.calculate("awir__toetsingsinkomen", str(jaar))
        for eerste, aantal in stukken:
            maand = f"{jaar}-{eerste:02d}"
            partner = simulatie.calculate("awir__heeft_toeslagpartner", maand)
            verzekerden = simulatie.calculate("zorgtoeslag__aantal_verzekerden", maand)
            voorwaarden = simulatie.calculate("zorgtoeslag__voorwaarden_vervuld", maand)
            normpremie = numpy.where(partner, 0.04273, 0.01896) * 28_406 + 0.137 * numpy.maximum(inkomen - 28_406, 0)
            factor = numpy.where(partner & (verzekerden == 1), 0.5, 1.0)
            feiten = (normpremie, partner, factor, voorwaarden)
            oud, nieuw_bedrag = _zorgtoeslag_bij(2112, *feiten), _zorgtoeslag_bij(2232, *feiten)
            hand += aantal / 12 * float(gewicht @ (nieuw_bedrag - oud))
            voor += aantal / 12 * float(gewicht @ oud)
            na += aantal / 12 * float(gewicht @ nieuw_bedrag)
            zittend += aantal / 12 * float(gewicht @ ((oud > 0) * numpy.where(partner, 240, 120)))
            nieuw += aantal / 12 * float(gewicht @ ((oud == 0) * nieuw_bedrag))
    assert zorgtoeslag["uitgaven_per_jaar"] == pytest.approx(voor, abs=0.01)
    assert zorgtoeslag["variant"]["uitgaven_per_jaar"] == pytest.approx(na, abs=0.01)
    assert kosten == pytest.approx(hand, abs=0.02)
    # the cost splits into € 120 per partner for every gezin that received it already and the new recipients' amounts
    assert hand == pytest.approx(zittend + nieuw, abs=0.01)
    assert zittend > 0 and nieuw > 0
