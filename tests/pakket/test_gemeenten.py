"""A municipality is a parameter file: adding one needs no code (the fixture is a made-up fifth municipality, beside the four big cities)."""

from pathlib import Path

import pytest
from openfisca_core.parameters import load_parameter_file
from openfisca_core.simulations import SimulationBuilder

from openfisca_nl_sociaal import CountryTaxBenefitSystem

FIXTURE = Path(__file__).parents[1] / "fixtures" / "GM0014.yml"  # .yml: not an openfisca test file


@pytest.fixture(scope="module")
def tbs_met_vijfde_gemeente():
    tbs = CountryTaxBenefitSystem()
    tbs.parameters.gemeenten.add_child("GM0014", load_parameter_file(str(FIXTURE), name="gemeenten.GM0014"))
    return tbs


def _persoon(netto_inkomen, **extra):
    return {
        "geboortedatum": {"ETERNITY": "1980-01-01"},
        "netto_inkomen": {"2025-03": netto_inkomen},
        "vermogen": {"2025": 0},
        "maanden_laag_inkomen": {"2025-03": 30},
        "inkomenstoeslag_afgelopen_12_maanden": {"2025-03": False},
        **extra,
    }


def test_a_fifth_municipality_answers_its_iit_and_pass_from_its_parameter_file_alone(tbs_met_vijfde_gemeente):
    situatie = {
        "personen": {
            "a": _persoon(1547.26),  # 115% of the single norm 1.345,45 = 1.547,2675, in cents 1.547,27: within
            "b": _persoon(1547.27),  # on the limit: within ("niet hoger dan")
            "c": _persoon(1548.00),  # above the limit
            "d": _persoon(1500),  # Den Haag: its IIT amounts are not known to the engine
        },
        "gezinnen": {f"g{p}": {"partners": [p]} for p in "abcd"},
        "huishoudens": {
            **{f"h{p}": {"bewoners": [p], "gemeente": {"2025-03": "GM0014"}} for p in "abc"},
            "hd": {"bewoners": ["d"], "gemeente": {"2025-03": "GM0518"}},
        },
    }
    simulatie = SimulationBuilder().build_from_entities(tbs_met_vijfde_gemeente, situatie)
    grens = simulatie.calculate("individuele_inkomenstoeslag__inkomensgrens", "2025-03").tolist()
    assert grens[:3] == [1547.27] * 3
    assert simulatie.calculate("individuele_inkomenstoeslag__regels_bekend", "2025-03").tolist() == [
        True,
        True,
        True,
        False,
    ]
    assert simulatie.calculate("individuele_inkomenstoeslag__jaarbedrag", "2025-03").tolist() == [150, 150, 0, 0]
    # The test municipality's pass limit, 120% of the single norm 1.345,45 = 1.614,54; all three are within.
    assert simulatie.calculate("stadspas__inkomensgrens", "2025-03").tolist()[:3] == pytest.approx([1614.54] * 3)
    assert simulatie.calculate("stadspas", "2025-03").tolist() == [True, True, True, True]


def test_the_answer_names_the_municipal_pass_and_says_when_a_municipality_is_unknown(client):
    verzoek = {
        "peildatum": "2025-03-01",
        "personen": {"ik": {"geboortedatum": "1980-01-01", "netto_inkomen": 1700, "vermogen": 0}},
        "huishoudens": {"h": {"bewoners": ["ik"], "gemeente": "GM0518"}},
    }

    def regelingen():
        return {r["id"]: r for r in client.post("/v1/aanspraken", json=verzoek).json()["regelingen"]}

    antwoord = regelingen()
    pas = antwoord["stadspas"]
    assert (
        pas["status"] == "recht"
        and pas["naam"] == "Gemeentelijke pas (Ooievaarspas)"
        and pas["bedrag_per_maand"] is None
    )
    # Den Haag's IIT amounts are not in the engine: it says so rather than "geen recht".
    iit = antwoord["individuele_inkomenstoeslag"]
    assert iit["status"] == "onbekend" and iit["redenen"][0]["voorwaarde"] == "rekenregels_beschikbaar"
    verzoek["huishoudens"]["h"]["gemeente"] = "GM0014"  # Groningen: no parameter file
    for regeling in ("stadspas", "individuele_inkomenstoeslag", "kwijtschelding_gemeentelijke_belastingen"):
        antwoord = regelingen()[regeling]
        assert antwoord["status"] == "onbekend" and antwoord["redenen"][0]["voorwaarde"] == "rekenregels_beschikbaar"
    del verzoek["huishoudens"]["h"]["gemeente"]
    pas = regelingen()["stadspas"]
    assert pas["status"] == "onbekend" and {"huishouden": "h", "gegeven": "gemeente"} in pas["ontbrekende_gegevens"]


def test_the_iit_asks_its_optional_facts_and_is_decided_once_they_are_given(client):
    verzoek = {
        "peildatum": "2024-03-01",
        "personen": {"ik": {"geboortedatum": "1980-01-01", "netto_inkomen": 1300, "vermogen": 0}},
        "huishoudens": {"h": {"bewoners": ["ik"], "gemeente": "GM0344"}},
    }
    antwoord = client.post("/v1/aanspraken", json=verzoek).json()
    iit = {r["id"]: r for r in antwoord["regelingen"]}["individuele_inkomenstoeslag"]
    assert iit["status"] == "onbekend"
    gevraagd = {v["gegeven"] for v in antwoord["vervolgvragen"] if "individuele_inkomenstoeslag" in v["beslist_over"]}
    assert gevraagd == {"maanden_laag_inkomen", "inkomenstoeslag_afgelopen_12_maanden"}
    verzoek["personen"]["ik"].update(maanden_laag_inkomen=36, inkomenstoeslag_afgelopen_12_maanden=False)
    iit = {r["id"]: r for r in client.post("/v1/aanspraken", json=verzoek).json()["regelingen"]}[
        "individuele_inkomenstoeslag"
    ]
    # Utrecht 2024, alleenstaande: € 276 (gemeente Utrecht, bedragen vanaf 1 januari 2024); 1.300 <= 110% x 1.283,83.
    assert (iit["status"], iit["bedrag_per_jaar"], iit["bedrag_per_maand"]) == ("recht", 276.0, 23.0)


def test_a_municipal_name_equal_to_the_schemes_own_is_not_repeated():
    """Amsterdam calls its pass the Stadspas: "Gemeentelijke pas (Stadspas)", not "…: Stadspas" again;
    Rotterdam's own name is in the brackets ("Gemeentelijke pas (Rotterdampas)")."""
    from openfisca_nl_sociaal.antwoord.aanspraken import bereken_aanspraken
    from openfisca_nl_sociaal.beleid.voorbeeldhuishoudens import voorbeeld

    amsterdam = voorbeeld("alleenstaande_minimumloon")  # rents in Amsterdam (GM0363)
    rotterdam = voorbeeld("alleenstaande_minimumloon")
    rotterdam["huishoudens"] = {k: {**v, "gemeente": "GM0599"} for k, v in rotterdam["huishoudens"].items()}
    namen = [
        next(r["naam"] for r in bereken_aanspraken(s)["regelingen"] if r["id"] == "stadspas")
        for s in (amsterdam, rotterdam)
    ]
    assert namen == ["Gemeentelijke pas (Stadspas)", "Gemeentelijke pas (Rotterdampas)"]
