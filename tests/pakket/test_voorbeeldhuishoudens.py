"""The standard example households (openfisca_nl_sociaal/beleid/voorbeeldhuishoudens.py).

Each must be a valid situation of the public contract that ``POST /v1/aanspraken`` decides fully, apart from the
schemes whose rules the engine lacks for Amsterdam. The wages are worked out by hand below from the amounts in
the law and the Staatscourant, not taken from the code.
"""

import datetime
import math

import pytest
from openfisca_core.simulations import SimulationBuilder

from openfisca_nl_sociaal import tax_benefit_system
from openfisca_nl_sociaal.antwoord.aanspraken import bereken_aanspraken
from openfisca_nl_sociaal.beleid.voorbeeldhuishoudens import (
    GEDEELDE_AANNAMES,
    STANDAARD_PEILDATUM,
    VOORBEELDHUISHOUDENS,
    aow_per_jaar,
    minimumloon_per_jaar,
    voorbeeld,
)
from openfisca_nl_sociaal.invoer.problemen import Probleem
from openfisca_nl_sociaal.invoer.situatie import lees_situatie
from openfisca_nl_sociaal.regels.datums import leeftijd_op

IDS = list(VOORBEELDHUISHOUDENS)
#: Amsterdam's verordeningen for these two schemes are not in the rules (parameters/gemeenten/GM0363.yaml).
ZONDER_REGELS = {"kwijtschelding_gemeentelijke_belastingen", "individuele_inkomenstoeslag"}


def test_the_six_households_of_the_issue_and_two_the_reforms_touch():
    assert IDS == [
        "alleenstaande_minimumloon",
        "alleenstaande_ouder_twee_kinderen",
        "eenverdieners_twee_kinderen",
        "tweeverdieners",
        "alleenstaande_gepensioneerde",
        "gepensioneerd_paar",
        "tweeverdieners_kinderopvang",
        "ouder_in_de_bijstand_met_volwassen_kind",
    ]


@pytest.mark.parametrize("peildatum", [STANDAARD_PEILDATUM, datetime.date(2025, 7, 1)])
@pytest.mark.parametrize("ident", IDS)
def test_every_household_is_decided_but_for_schemes_without_rules(ident, peildatum):
    situatie = voorbeeld(ident, peildatum)
    antwoord = bereken_aanspraken(situatie)
    assert antwoord["peildatum"] == peildatum.isoformat()
    assert antwoord["vervolgvragen"] == []
    onbekend = {r["id"]: r["ontbrekende_gegevens"] for r in antwoord["regelingen"] if r["status"] == "onbekend"}
    assert all(feiten == [] for feiten in onbekend.values())  # "rules not known", never a question
    # 2025 also lacks the table of the kinderopvangtoeslag (parameters/wet_kinderopvang/tabel_beschikbaar.yaml)
    assert set(onbekend) == ZONDER_REGELS | ({"kinderopvangtoeslag"} if peildatum.year == 2025 else set())


@pytest.mark.parametrize("ident", IDS)
def test_the_varied_person_is_the_applicant_and_has_an_income(ident):
    huishouden = VOORBEELDHUISHOUDENS[ident]
    situatie = huishouden.situatie()
    personen = situatie["personen"]
    assert next(iter(personen)) == huishouden.persoon == "ik"  # the first person: the aanvrager
    assert situatie["gezinnen"]["gezin"]["partners"][0] == "ik"
    # a wage, or (a pensioner) the AOW the engine computes from the insured years, or (the parent on social
    # assistance) no wage yet: the curve starts at nil
    if ident == "ouder_in_de_bijstand_met_volwassen_kind":
        assert personen["ik"]["bruto_loon"] == 0 and personen["zoon"]["bruto_loon"] > 0
    else:
        assert personen["ik"]["bruto_loon"] > 0 or personen["ik"]["aow_verzekerde_jaren"] == 50
    woning = situatie["huishoudens"]["woning"]
    assert woning["bewoners"] == list(personen)
    assert (woning["kale_huur"], woning["servicekosten"], woning["gemeente"]) == (612, 25, "GM0363")
    assert all(p["vermogen"] == 0 for p in personen.values())


def _leeftijden(situatie: dict) -> dict[str, int]:
    peildatum = datetime.date.fromisoformat(situatie["peildatum"])
    return {p: int(leeftijd_op([f["geboortedatum"]], peildatum)[0]) for p, f in situatie["personen"].items()}


@pytest.mark.parametrize(
    "peildatum", [datetime.date(2026, 1, 1), datetime.date(2025, 3, 31), datetime.date(2024, 12, 1)]
)
def test_the_ages_are_those_described_on_any_peildatum(peildatum):
    verwacht = {
        "alleenstaande_minimumloon": {"ik": 35},
        "alleenstaande_ouder_twee_kinderen": {"ik": 38, "oudste": 10, "jongste": 7},
        "eenverdieners_twee_kinderen": {"ik": 40, "partner": 38, "oudste": 10, "jongste": 7},
        "tweeverdieners": {"ik": 40, "partner": 38},
        "alleenstaande_gepensioneerde": {"ik": 72},
        "gepensioneerd_paar": {"ik": 72, "partner": 70},
        "tweeverdieners_kinderopvang": {"ik": 34, "partner": 32, "peuter": 2},
        "ouder_in_de_bijstand_met_volwassen_kind": {"ik": 52, "zoon": 30},
    }
    for ident, leeftijden in verwacht.items():
        assert _leeftijden(voorbeeld(ident, peildatum)) == leeftijden, ident


def test_minimum_wage_by_hand():
    """Wet minimumloon en minimumvakantiebijslag (BWBR0002638).

    Art. 8 lid 1 onder b: the minimum wage per month, € 2.294,40 from 1 January 2026 (Stcrt. 2025, 34131).
    Art. 14 lid 10 derives the hourly wage from it as A / (B × C), B = 4⅓ weeks a month, C = 36 hours a week,
    rounded up to a cent: so the monthly amount is the wage of a full-time (36-hour) week. Art. 15 lid 1: a
    vakantiebijslag of at least 8% of the wage; ``bruto_loon`` includes holiday pay (its docstring).
    """
    maand_2026 = 2294.40
    assert math.ceil(maand_2026 / (13 / 3 * 36) * 100) / 100 == 14.71  # the published hourly wage for 2026
    verwacht_2026 = round(12 * maand_2026 * 1.08, 2)
    assert verwacht_2026 == 29_735.42
    assert minimumloon_per_jaar(datetime.date(2026, 1, 1)) == verwacht_2026
    assert voorbeeld("alleenstaande_minimumloon")["personen"]["ik"]["bruto_loon"] == verwacht_2026

    # 2025: € 2.191,80 from 1 January (Stcrt. 2024, 33625), € 2.245,80 from 1 July (Stcrt. 2025, 12264)
    verwacht_2025 = round((6 * 2191.80 + 6 * 2245.80) * 1.08, 2)
    assert verwacht_2025 == 28_755.65
    for peildatum in (datetime.date(2025, 1, 1), datetime.date(2025, 11, 30)):  # the year's wage, whatever the day
        assert voorbeeld("alleenstaande_minimumloon", peildatum)["personen"]["ik"]["bruto_loon"] == verwacht_2025


def test_the_other_wages_by_hand():
    assert voorbeeld("alleenstaande_ouder_twee_kinderen")["personen"]["ik"]["bruto_loon"] == 29_735.42
    eenverdieners = voorbeeld("eenverdieners_twee_kinderen")["personen"]
    assert (eenverdieners["ik"]["bruto_loon"], eenverdieners["partner"]["bruto_loon"]) == (29_735.42, 0)
    assert eenverdieners["partner"]["werkt_of_studeert"] is False
    tweeverdieners = voorbeeld("tweeverdieners")["personen"]
    assert (tweeverdieners["ik"]["bruto_loon"], tweeverdieners["partner"]["bruto_loon"]) == (29_735.42, 14_867.71)
    opvang = voorbeeld("tweeverdieners_kinderopvang")["personen"]
    assert (opvang["ik"]["bruto_loon"], opvang["partner"]["bruto_loon"]) == (29_735.42, 14_867.71)
    # day care 3 days of 10 hours a week: 3 × 10 × 52 / 12 = 130 hours; the 2026 maximum hourly price of day care,
    # € 11,23 (Besluit kinderopvangtoeslag art. 4 lid 1; parameters/wet_kinderopvang/maximum_uurprijs/dagopvang.yaml)
    assert 3 * 10 * 52 / 12 == 130 == opvang["peuter"]["kinderopvang_uren"]
    assert (opvang["peuter"]["soort_kinderopvang"], opvang["peuter"]["kinderopvang_uurprijs"]) == ("dagopvang", 11.23)
    bijstand = voorbeeld("ouder_in_de_bijstand_met_volwassen_kind")
    assert (bijstand["personen"]["ik"]["bruto_loon"], bijstand["personen"]["zoon"]["bruto_loon"]) == (0, 29_735.42)
    # the son is a gezin of his own in the parent's dwelling: a kostendeler (Participatiewet art. 19a, 22a)
    assert bijstand["gezinnen"] == {"gezin": {"partners": ["ik"], "kinderen": []}, "zoon": {"partners": ["zoon"]}}
    assert bijstand["huishoudens"]["woning"]["bewoners"] == ["ik", "zoon"]


def test_aow_by_hand():
    """Algemene Ouderdomswet art. 9 (the monthly amounts) and 29-31 (the vakantie-uitkering, accrued per month),
    full opbouw (art. 13: 50 insured years). From 1 January 2026 (SZW, in parameters/algemene_ouderdomswet/):
    ongehuwd € 1.637,57 + € 106,55 a month; gehuwd € 1.122,12 + € 76,10 a month."""
    ongehuwd = round(12 * (1637.57 + 106.55), 2)
    gehuwd = round(12 * (1122.12 + 76.10), 2)
    assert (ongehuwd, gehuwd) == (20_929.44, 14_378.64)
    assert aow_per_jaar(gehuwd=False) == ongehuwd and aow_per_jaar(gehuwd=True) == gehuwd
    alleen = voorbeeld("alleenstaande_gepensioneerde")["personen"]["ik"]
    assert (alleen["bruto_loon"], alleen["bruto_pensioen"], alleen["aow_verzekerde_jaren"]) == (0, 0, 50)
    paar = voorbeeld("gepensioneerd_paar")["personen"]
    assert paar["ik"]["bruto_loon"] == paar["partner"]["bruto_loon"] == 0
    # the income estimate counts the AOW the engine computes: the full yearly AOW with its vakantie-uitkering
    tbs = tax_benefit_system()
    for ident, verwacht in (("alleenstaande_gepensioneerde", ongehuwd), ("gepensioneerd_paar", gehuwd)):
        situatie = lees_situatie(voorbeeld(ident), tbs)
        simulatie = SimulationBuilder().build_from_entities(tbs, situatie.openfisca)
        assert simulatie.calculate("toetsingsinkomen", "2026")[0] == pytest.approx(verwacht, abs=0.005)
    # the AOW the engine grants these households is the one in their wage (per month, without holiday allowance)
    aow = {r["id"]: r for r in bereken_aanspraken(voorbeeld("gepensioneerd_paar"))["regelingen"]}["aow"]
    assert aow["per_persoon"]["ik"]["bedrag_per_maand"] == 1122.12


@pytest.mark.parametrize("taal", ["nl", "en"])
def test_every_household_is_described_with_its_assumptions(taal):
    for ident, huishouden in VOORBEELDHUISHOUDENS.items():
        beschrijving = huishouden.as_json(taal)
        assert beschrijving["id"] == ident and beschrijving["persoon"] == "ik"
        assert beschrijving["naam"] and beschrijving["omschrijving"]
        assert beschrijving["aannames"][-len(GEDEELDE_AANNAMES) :] == [a.in_taal(taal) for a in GEDEELDE_AANNAMES]
        assert all(beschrijving["aannames"])
        assert beschrijving["situatie"] == voorbeeld(ident)
    namen = [h.naam.in_taal(taal) for h in VOORBEELDHUISHOUDENS.values()]
    assert len(set(namen)) == len(namen)
    # the shared assumptions name the rent's source
    assert "Aedes" in GEDEELDE_AANNAMES[0].in_taal(taal)


@pytest.mark.parametrize(
    ("ident", "peildatum", "velden"),
    [
        ("bestaat_niet", "2026-01-01", ["voorbeeld"]),
        (5, "2026-01-01", ["voorbeeld"]),
        ("tweeverdieners", "2019-12-31", ["peildatum"]),
        ("tweeverdieners", "2026-02-30", ["peildatum"]),
        ("tweeverdieners", 20260101, ["peildatum"]),
        ("bestaat_niet", "morgen", ["voorbeeld", "peildatum"]),
        ("tweeverdieners", datetime.date(2019, 12, 31), ["peildatum"]),
    ],
)
def test_bad_id_or_date_is_a_problem_naming_the_field(ident, peildatum, velden):
    with pytest.raises(Probleem) as fout:
        voorbeeld(ident, peildatum)
    assert fout.value.status == 400 and [p.name for p in fout.value.invalid_params] == velden


def test_a_date_as_text_or_as_a_date_is_the_same_household():
    assert voorbeeld("tweeverdieners", "2025-07-01") == voorbeeld("tweeverdieners", datetime.date(2025, 7, 1))
    assert voorbeeld("tweeverdieners") == voorbeeld("tweeverdieners", "2026-01-01")
