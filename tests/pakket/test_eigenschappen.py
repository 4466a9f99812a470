"""Properties that must hold for every household (hypothesis), beyond the hand-computed cases.

- every amount is non-negative, and kinderbijslag never depends on income;
- zorgtoeslag and kindgebonden budget never rise when income rises (monotone phase-out);
- no cliff where the law has none: a euro more income lowers the computed yearly amount by at most the
  phase-out percentage; the granted amount then falls by at most one euro of rounding, except where
  the law itself cuts off (the Awir's €24 minimum, art. 14 lid 5);
- with every core fact given, no scheme is unknown (the contract's promise), except for the optional facts
  a municipal scheme asks for and the municipalities whose rules the engine does not hold;
- kwijtschelding never exceeds the bill.
"""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openfisca_core.simulations import SimulationBuilder
from strategieen import BEDRAGEN, huishoudens

from openfisca_nl_sociaal.antwoord.aanspraken import bereken_aanspraken
from openfisca_nl_sociaal.invoer.feiten import OPTIONELE_FEITEN
from openfisca_nl_sociaal.invoer.situatie import lees_situatie

INSTELLINGEN = settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _bereken(tbs, verzoek, variabelen, extra_inkomen=0, extra_huur=0):
    verzoek = {
        **verzoek,
        "personen": {k: dict(v) for k, v in verzoek["personen"].items()},
        "huishoudens": {k: dict(v) for k, v in verzoek["huishoudens"].items()},
    }
    verzoek["personen"]["ik"]["toetsingsinkomen"] += extra_inkomen
    verzoek["personen"]["ik"]["netto_inkomen"] += extra_inkomen / 12
    verzoek["huishoudens"]["woning"]["kale_huur"] += extra_huur
    situatie = lees_situatie(verzoek, tbs)
    simulatie = SimulationBuilder().build_from_entities(tbs, situatie.openfisca)
    return {v: float(simulatie.calculate(v, situatie.maand)[0]) for v in variabelen}


# The steepest fall per euro of yearly income each formula allows: the phase-out rates; for huurtoeslag
# twelve months of the normhuur slope (2aY + b, below 0,13 up to € 100.000) plus a cent of rounding up, or
# from 2026 the afbouw of 27% a year.
AFBOUW = {
    "zorgtoeslag__berekend_jaarbedrag": 0.1373,
    "kindgebonden_budget__berekend_jaarbedrag": 0.076,
    "huurtoeslag__berekend_jaarbedrag": 2.0,
}


@INSTELLINGEN
@given(verzoek=huishoudens(), stap=st.sampled_from([1, 10, 1_000, 10_000]))
def test_amounts_are_non_negative_and_never_rise_with_income(tbs, verzoek, stap):
    laag = _bereken(tbs, verzoek, BEDRAGEN)
    hoog = _bereken(tbs, verzoek, BEDRAGEN, extra_inkomen=stap)
    for naam in BEDRAGEN:
        assert laag[naam] >= 0 and hoog[naam] >= 0, naam
        assert hoog[naam] <= laag[naam] + 1e-9, f"{naam} rises with income"
    assert hoog["kinderbijslag"] == laag["kinderbijslag"]


@INSTELLINGEN
@given(verzoek=huishoudens(), stap=st.sampled_from([1, 10, 50, 200]))
def test_huurtoeslag_never_falls_when_the_rent_rises_up_to_the_limit(tbs, verzoek, stap):
    variabelen = ["huurtoeslag__berekend_jaarbedrag", "huurtoeslag__jaarbedrag"]
    laag = _bereken(tbs, verzoek, variabelen)
    hoog = _bereken(tbs, verzoek, variabelen, extra_huur=stap)
    situatie = lees_situatie(verzoek, tbs)
    simulatie = SimulationBuilder().build_from_entities(tbs, situatie.openfisca)
    grens = float(simulatie.calculate("huurtoeslag__huurgrens", situatie.maand)[0])
    if (
        verzoek["huishoudens"]["woning"]["kale_huur"] + stap + verzoek["huishoudens"]["woning"]["servicekosten"]
        <= grens
    ):
        for naam in variabelen:
            assert hoog[naam] >= laag[naam] - 1e-9, f"{naam} falls when the rent rises"


@INSTELLINGEN
@given(verzoek=huishoudens())
def test_no_cliff_where_the_law_has_none(tbs, verzoek):
    nu = _bereken(tbs, verzoek, BEDRAGEN)
    plus_een = _bereken(tbs, verzoek, BEDRAGEN, extra_inkomen=1)
    for naam, percentage in AFBOUW.items():
        assert nu[naam] - plus_een[naam] <= percentage + 1e-9, f"{naam} drops more than the phase-out rate"
        granted = naam.replace("berekend_", "")
        daling = nu[granted] - plus_een[granted]
        wettelijke_drempel = plus_een[granted] == 0 and nu[granted] <= 24
        assert daling <= 1 or wettelijke_drempel, f"{granted} drops {daling} for one euro of income"


@INSTELLINGEN
@given(verzoek=huishoudens())
def test_with_every_core_fact_given_no_scheme_is_unknown(verzoek):
    antwoord = bereken_aanspraken(verzoek)
    for regeling in antwoord["regelingen"]:
        regels_ontbreken = regeling["redenen"][0]["voorwaarde"] == "rekenregels_beschikbaar"
        assert regeling["status"] in ("recht", "geen_recht") or regels_ontbreken, regeling["id"]
    assert antwoord["vervolgvragen"] == []


@INSTELLINGEN
@given(verzoek=huishoudens())
def test_kinderopvangtoeslag_never_exceeds_the_costs(tbs, verzoek):
    kosten = sum(
        kind["kinderopvang_uren"] * kind["kinderopvang_uurprijs"]
        for naam, kind in verzoek["personen"].items()
        if naam.startswith("kind") and kind["soort_kinderopvang"] != "geen"
    )
    bedragen = _bereken(tbs, verzoek, ["kinderopvangtoeslag", "kinderopvangtoeslag__berekend_jaarbedrag"])
    assert bedragen["kinderopvangtoeslag"] <= kosten + 1e-9
    assert bedragen["kinderopvangtoeslag__berekend_jaarbedrag"] <= 12 * kosten + 1e-6


@INSTELLINGEN
@given(verzoek=huishoudens())
def test_with_only_core_facts_a_scheme_is_unknown_only_for_an_optional_fact(verzoek):
    for persoon in verzoek["personen"].values():
        for feit in OPTIONELE_FEITEN:
            persoon.pop(feit, None)
    for huishouden in verzoek["huishoudens"].values():
        for feit in OPTIONELE_FEITEN:
            huishouden.pop(feit, None)
    antwoord = bereken_aanspraken(verzoek)
    for regeling in antwoord["regelingen"]:
        if regeling["status"] == "onbekend" and regeling["redenen"][0]["voorwaarde"] != "rekenregels_beschikbaar":
            assert {g["gegeven"] for g in regeling["ontbrekende_gegevens"]} <= OPTIONELE_FEITEN, regeling["id"]


@INSTELLINGEN
@given(verzoek=huishoudens())
def test_kwijtschelding_never_exceeds_the_bill(tbs, verzoek):
    bedragen = _bereken(tbs, verzoek, ["kwijtschelding__jaarbedrag", "kwijtschelding__kwijtscheldbare_aanslag"])
    rekening = verzoek["huishoudens"]["woning"]["gemeentelijke_belastingen"]
    assert (
        0 <= bedragen["kwijtschelding__jaarbedrag"] <= bedragen["kwijtschelding__kwijtscheldbare_aanslag"] <= rekening
    )


VERFIJNINGEN = {
    "inkomsten_uit_arbeid": ("personen", st.sampled_from([50, 400, 1_500, 5_000])),
    "vermogen_eigen_woning": ("personen", st.sampled_from([10_000, 60_000, 250_000])),
    "studiefinanciering": ("personen", st.just(True)),
    "inrichting": ("huishoudens", st.just(True)),
}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(verzoek=huishoudens(), data=st.data())
def test_a_presumption_the_answer_does_not_report_changes_nothing(verzoek, data):
    """A refining fact left out is presumed to be the normal case; where the answer does not report that
    presumption (``aannames``), giving the fact any other value must leave the scheme's answer as it is."""
    basis = {r["id"]: r for r in bereken_aanspraken(verzoek)["regelingen"]}
    for feit, (meervoud, waarden) in VERFIJNINGEN.items():
        ander = {**verzoek, meervoud: {k: {**v, feit: data.draw(waarden)} for k, v in verzoek[meervoud].items()}}
        for regeling in bereken_aanspraken(ander)["regelingen"]:
            oud = basis[regeling["id"]]
            if any(a["gegeven"] == feit for a in oud["aannames"]):
                continue
            assert (regeling["status"], regeling["bedrag_per_maand"]) == (oud["status"], oud["bedrag_per_maand"]), (
                f"{regeling['id']} changes with {feit} but did not report the presumption"
            )
