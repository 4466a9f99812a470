"""Unknown is not zero: the range of the unknown facts, the follow-up questions, and the array builder.

- a scheme is decided only where its outcome cannot depend on what is unknown; an ``onbekend`` scheme
  with bounds has them right (property test against the same household with every fact given);
- following ``vervolgvragen`` in their order reaches an answer with no ``onbekend``;
- many situations built from arrays in one simulation compute what openfisca-core's dict builder
  computes for each alone.
"""

import copy
import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openfisca_core.simulations import SimulationBuilder
from strategieen import BEDRAGEN, huishoudens

from openfisca_nl_sociaal import tax_benefit_system
from openfisca_nl_sociaal.antwoord.aanspraken import bereken_aanspraken, bereken_batch
from openfisca_nl_sociaal.invoer.simulaties import bouw_simulaties
from openfisca_nl_sociaal.invoer.situatie import lees_situatie
from openfisca_nl_sociaal.regelingen import REGELINGEN

VOORBEELDEN = Path(__file__).parents[1] / "voorbeelden"
INKOMENSTOETS = ("zorgtoeslag", "huurtoeslag", "kindgebonden_budget", "bijstand")
REGELS_ONTBREKEN = "rekenregels_beschikbaar"


def _per_id(antwoord: dict) -> dict:
    return {r["id"]: r for r in antwoord["regelingen"]}


def _bedrag(regeling: dict) -> float:
    return regeling["bedrag_per_maand"] or 0.0


# --- hand-checked cases -------------------------------------------------------------------------------


ALLEENSTAANDE_2025 = {
    "peildatum": "2025-03-01",
    "personen": {
        "ik": {"geboortedatum": "1990-01-01", "vermogen": 0, "verzekerd_zvw": True, "woont_in_nederland": True}
    },
}


def test_income_unknown_bounds_zorgtoeslag_by_the_published_maximum():
    """Bron: Belastingdienst, zorgtoeslag 2025: maximaal € 131 per maand voor een alleenstaande (also in
    tests/wet_op_de_zorgtoeslag/zorgtoeslag.yaml). Without the income the engine cannot decide, but the
    amount lies between nil (a high income) and that maximum (no income)."""
    zorgtoeslag = _per_id(bereken_aanspraken(ALLEENSTAANDE_2025))["zorgtoeslag"]
    assert zorgtoeslag["status"] == "onbekend"
    assert zorgtoeslag["bedrag_per_maand"] is None
    assert (zorgtoeslag["bedrag_per_maand_min"], zorgtoeslag["bedrag_per_maand_max"]) == (0.0, 131.0)
    assert [g["gegeven"] for g in zorgtoeslag["ontbrekende_gegevens"]] == ["toetsingsinkomen"]


def test_an_unknown_fact_that_cannot_change_the_outcome_leaves_the_scheme_decided():
    """With € 100.000 income no zorgtoeslag is due (Wzt art. 2: the normpremie exceeds the standaardpremie)
    whether or not the person is insured: every value of ``verzekerd_zvw`` was tried, so it is decided."""
    verzoek = copy.deepcopy(ALLEENSTAANDE_2025)
    ik = verzoek["personen"]["ik"]
    ik["toetsingsinkomen"] = 100_000
    del ik["verzekerd_zvw"]
    zorgtoeslag = _per_id(bereken_aanspraken(verzoek))["zorgtoeslag"]
    assert zorgtoeslag["status"] == "geen_recht"
    assert zorgtoeslag["ontbrekende_gegevens"] == []
    voldaan = {r["voorwaarde"]: r["voldaan"] for r in zorgtoeslag["redenen"]}
    assert voldaan["inkomen_niet_te_hoog"] is False
    assert voldaan["verzekerd_zvw"] is None  # it differs between the values tried: not known, and not needed


def test_a_sixteen_year_old_gets_no_zorgtoeslag_whatever_the_income():
    """Wzt art. 1 lid 1 onder c: a verzekerde is 18 or older. The income is unknown and does not matter."""
    verzoek = {"peildatum": "2025-03-01", "personen": {"ik": {"geboortedatum": "2009-01-01"}}}
    zorgtoeslag = _per_id(bereken_aanspraken(verzoek))["zorgtoeslag"]
    assert zorgtoeslag["status"] == "geen_recht"
    assert {r["voorwaarde"]: r["voldaan"] for r in zorgtoeslag["redenen"]}["leeftijd_18_of_ouder"] is False


# --- follow-up questions -----------------------------------------------------------------------------


def _waarheid() -> dict:
    """The contract example with every fact the schemes ask for, the optional ones too."""
    verzoek = json.loads((VOORBEELDEN / "gezin_met_kind.json").read_text())
    verzoek["personen"]["kind"].update(toetsingsinkomen=0, vermogen=0)
    for persoon in ("ik", "partner"):
        verzoek["personen"][persoon].update(netto_inkomen=1_500, aow_verzekerde_jaren=20)
    verzoek["personen"]["ik"].update(maanden_laag_inkomen=0, inkomenstoeslag_afgelopen_12_maanden=False)
    verzoek["huishoudens"]["woning"]["gemeentelijke_belastingen"] = 450
    return verzoek


def _zonder_inkomen(verzoek: dict) -> dict:
    zonder = copy.deepcopy(verzoek)
    for persoon in zonder["personen"].values():
        for feit in ("toetsingsinkomen", "netto_inkomen", "vermogen"):
            persoon.pop(feit, None)
    return zonder


def test_without_income_the_income_tested_schemes_are_unknown_and_the_rest_decided():
    antwoord = _per_id(bereken_aanspraken(_zonder_inkomen(_waarheid())))
    for regeling in INKOMENSTOETS:
        assert antwoord[regeling]["status"] == "onbekend", regeling
    # kinderbijslag does not look at income (AKW art. 7); nobody in the gezin has reached AOW age
    assert antwoord["kinderbijslag"]["status"] == "recht"
    assert antwoord["aow"]["status"] == "geen_recht"


def test_following_the_questions_in_order_reaches_a_complete_answer():
    waarheid = _waarheid()
    verzoek = _zonder_inkomen(waarheid)
    antwoord = bereken_aanspraken(verzoek)
    gevraagd = []
    for _ in range(30):
        if not antwoord["vervolgvragen"]:
            break
        vraag = antwoord["vervolgvragen"][0]
        assert vraag["vraag"] and vraag["beslist_over"]
        meervoud, ident = ("personen", vraag["persoon"]) if "persoon" in vraag else ("huishoudens", vraag["huishouden"])
        verzoek[meervoud][ident][vraag["gegeven"]] = waarheid[meervoud][ident][vraag["gegeven"]]
        gevraagd.append((ident, vraag["gegeven"]))
        antwoord = bereken_aanspraken(verzoek)
    assert antwoord["vervolgvragen"] == []
    assert len(gevraagd) == len(set(gevraagd)), "a question was asked twice"
    for regeling in antwoord["regelingen"]:
        assert regeling["status"] != "onbekend" or regeling["redenen"][0]["voorwaarde"] == REGELS_ONTBREKEN
    # and the answer is the one for the full situation
    volledig = _per_id(bereken_aanspraken(waarheid))
    for regeling in antwoord["regelingen"]:
        assert (regeling["status"], regeling["bedrag_per_maand"]) == (
            volledig[regeling["id"]]["status"],
            volledig[regeling["id"]]["bedrag_per_maand"],
        )


def test_in_a_household_whose_rules_are_all_known_the_questions_end_with_nothing_unknown():
    """Utrecht 2024 (every scheme's rules in the engine): from no income and no assets at all, the questions
    in their order reach an answer in which every scheme is decided, the one for the full situation."""
    waarheid = json.loads((VOORBEELDEN / "utrecht_2024_alle_regelingen.json").read_text())
    verzoek = _zonder_inkomen(waarheid)
    antwoord = bereken_aanspraken(verzoek)
    assert {r["id"] for r in antwoord["regelingen"] if r["status"] == "onbekend"} >= set(INKOMENSTOETS)
    for _ in range(30):
        if not antwoord["vervolgvragen"]:
            break
        vraag = antwoord["vervolgvragen"][0]
        verzoek["personen"][vraag["persoon"]][vraag["gegeven"]] = waarheid["personen"][vraag["persoon"]][
            vraag["gegeven"]
        ]
        antwoord = bereken_aanspraken(verzoek)
    assert [r["id"] for r in antwoord["regelingen"] if r["status"] == "onbekend"] == []
    volledig = _per_id(bereken_aanspraken(waarheid))
    assert [(r["status"], r["bedrag_per_maand"]) for r in antwoord["regelingen"]] == [
        (volledig[r["id"]]["status"], volledig[r["id"]]["bedrag_per_maand"]) for r in antwoord["regelingen"]
    ]


def test_the_first_question_settles_the_most_schemes():
    vragen = bereken_aanspraken(_zonder_inkomen(_waarheid()))["vervolgvragen"]
    aantallen = [len(v["beslist_over"]) for v in vragen]
    assert aantallen == sorted(aantallen, reverse=True)


# --- soundness over every household --------------------------------------------------------------------

WEGLAATBAAR = ("toetsingsinkomen", "vermogen", "verzekerd_zvw", "woont_in_nederland", "werkt_of_studeert")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(verzoek=huishoudens(), data=st.data())
def test_an_unknown_fact_never_decides_and_the_bounds_hold(verzoek, data):
    """Leave facts out: every scheme the engine still decides must be decided as with the facts given
    (the given values are among those the unknown could take), and where it gives bounds the amount with
    the facts given lies within them."""
    weg = data.draw(st.lists(st.sampled_from(WEGLAATBAAR), min_size=1, max_size=3, unique=True))
    wie = data.draw(st.sampled_from(sorted(verzoek["personen"])))
    deels = copy.deepcopy(verzoek)
    for feit in weg:
        deels["personen"][wie].pop(feit, None)
    volledig = _per_id(bereken_aanspraken(verzoek))
    for regeling in bereken_aanspraken(deels)["regelingen"]:
        echt = volledig[regeling["id"]]
        if regeling["status"] in ("recht", "geen_recht"):
            assert (regeling["status"], regeling["bedrag_per_maand"]) == (echt["status"], echt["bedrag_per_maand"]), (
                f"{regeling['id']} decided without {weg} of {wie}"
            )
        elif "bedrag_per_maand_min" in regeling and echt["status"] != "onbekend":
            assert regeling["bedrag_per_maand_min"] <= _bedrag(echt) <= regeling["bedrag_per_maand_max"], (
                f"{regeling['id']}: {_bedrag(echt)} outside the bounds without {weg} of {wie}"
            )


# --- many situations in one simulation, built from arrays ----------------------------------------------

VOORWAARDEN = sorted({v.variabele for r in REGELINGEN for v in r.voorwaarden})


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(verzoeken=st.lists(huishoudens(), min_size=1, max_size=4))
def test_situations_built_together_from_arrays_compute_as_each_alone(verzoeken):
    tbs = tax_benefit_system()
    situaties = [lees_situatie(v, tbs) for v in verzoeken]
    blokken = bouw_simulaties(situaties, tbs)
    for blok in blokken:
        for i, plaats in zip(blok.situaties, blok.plaatsen, strict=True):
            situatie = situaties[i]
            alleen = SimulationBuilder().build_from_entities(tbs, situatie.openfisca)
            gezin = plaats.index("gezinnen", situatie, situatie.gezin_van(situatie.aanvrager))
            for naam in BEDRAGEN + VOORWAARDEN:
                samen = blok.simulatie.calculate(naam, situatie.maand)[gezin]
                assert samen == alleen.calculate(naam, situatie.maand)[0], naam


def test_inputs_the_arrays_cannot_share_get_a_simulation_of_their_own():
    """A yearly value for a monthly fact is spread over the months by OpenFisca: such a situation is built
    apart. ``toetsingsinkomen`` given for one person and estimated from ``bruto_loon`` for another no longer
    needs that: the estimated person gets the formula's value, where openfisca-core's dict builder gives
    the default (nil) to every person an input array does not name."""
    tbs = tax_benefit_system()
    gewoon = copy.deepcopy(ALLEENSTAANDE_2025)
    gewoon["personen"]["ik"]["toetsingsinkomen"] = 20_000
    per_jaar = copy.deepcopy(gewoon)
    per_jaar["personen"]["ik"]["netto_inkomen"] = {"2025": 18_000}
    gemengd = copy.deepcopy(gewoon)
    gemengd["personen"]["partner"] = {"geboortedatum": "1991-01-01", "bruto_loon": 30_000}
    gemengd["gezinnen"] = {"gezin": {"partners": ["ik", "partner"]}}
    situaties = [lees_situatie(v, tbs) for v in (gewoon, per_jaar, gemengd, gewoon)]
    blokken = bouw_simulaties(situaties, tbs)
    assert sorted(sorted(b.situaties) for b in blokken) == [[0, 2, 3], [1]]
    for blok in blokken:
        for i, plaats in zip(blok.situaties, blok.plaatsen, strict=True):
            situatie = situaties[i]
            personen = list(situatie.openfisca["personen"])
            for naam, periode in (("toetsingsinkomen", "2025"), ("netto_inkomen", "2025-03")):
                # the dict builder with the fact given where it was given, and with it left to the formula
                alleen = SimulationBuilder().build_from_entities(tbs, situatie.openfisca)
                zonder = copy.deepcopy(situatie.openfisca)
                for velden in zonder["personen"].values():
                    velden.pop(naam, None)
                formule = SimulationBuilder().build_from_entities(tbs, zonder)
                for n, persoon in enumerate(personen):
                    verwacht = alleen if naam in situatie.openfisca["personen"][persoon] else formule
                    index = plaats.index("personen", situatie, persoon)
                    assert blok.simulatie.calculate(naam, periode)[index] == verwacht.calculate(naam, periode)[n]
    partner = blokken[0].plaatsen[blokken[0].situaties.index(2)].index("personen", situaties[2], "partner")
    assert blokken[0].simulatie.calculate("toetsingsinkomen", "2025")[partner] > 0, "the estimate, not nil"


def test_the_batch_answers_each_situation_as_the_single_route_does():
    waarheid = _waarheid()
    verzoeken = [waarheid, {"personen": {"x": {"geboortedatum": "nooit"}}}, _zonder_inkomen(waarheid)]
    antwoorden = bereken_batch(verzoeken)
    assert antwoorden[1]["probleem"]["status"] == 400
    assert antwoorden[1]["probleem"]["invalidParams"][0]["name"] == "situaties.1.personen.x.geboortedatum"
    for i in (0, 2):
        los = bereken_aanspraken(verzoeken[i])
        for samen, alleen in zip(antwoorden[i]["regelingen"], los["regelingen"], strict=True):
            for veld in ("id", "status", "bedrag_per_maand", "bedrag_per_jaar", "ontbrekende_gegevens"):
                assert samen[veld] == alleen[veld], (i, samen["id"], veld)
            assert samen.get("bedrag_per_maand_max") == alleen.get("bedrag_per_maand_max")
            assert [r["voldaan"] for r in samen["redenen"]] == [r["voldaan"] for r in alleen["redenen"]]
        assert [v["gegeven"] for v in antwoorden[i]["vervolgvragen"]] == [v["gegeven"] for v in los["vervolgvragen"]]
