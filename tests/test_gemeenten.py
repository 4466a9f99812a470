"""A municipality is a parameter file: adding one needs no code (the fixture is a made-up test municipality)."""

from pathlib import Path

from openfisca_core.parameters import load_parameter_file
from openfisca_core.simulations import SimulationBuilder

from openfisca_nl_sociaal import CountryTaxBenefitSystem

FIXTURE = Path(__file__).parent / "fixtures" / "GM0014.yml"  # .yml: not an openfisca test file


def test_a_new_municipality_is_a_parameter_file_alone():
    tbs = CountryTaxBenefitSystem()
    tbs.parameters.gemeenten.add_child("GM0014", load_parameter_file(str(FIXTURE), name="gemeenten.GM0014"))
    situatie = {
        "personen": {
            "a": {
                "geboortedatum": {"ETERNITY": "1980-01-01"},
                "netto_inkomen": {"2025-03": 1600},
                "vermogen": {"2025": 0},
            },
            "b": {
                "geboortedatum": {"ETERNITY": "1980-01-01"},
                "netto_inkomen": {"2025-03": 1600},
                "vermogen": {"2025": 0},
            },
        },
        "gezinnen": {"g1": {"partners": ["a"]}, "g2": {"partners": ["b"]}},
        "huishoudens": {
            "h1": {"bewoners": ["a"], "gemeente": {"2025-03": "GM0014"}},
            "h2": {"bewoners": ["b"], "gemeente": {"2025-03": "GM0518"}},
        },
    }
    simulatie = SimulationBuilder().build_from_entities(tbs, situatie)
    # The test municipality's limit, 120% of the single norm 1.345,45 = 1.614,54; Den Haag's 130% = 1.749,085.
    assert simulatie.calculate("stadspas__inkomensgrens", "2025-03").tolist() == [1614.54, 1749.085]
    assert simulatie.calculate("stadspas", "2025-03").tolist() == [True, True]


def test_the_answer_names_the_municipal_pass_and_says_when_a_municipality_is_unknown(client):
    verzoek = {
        "peildatum": "2025-03-01",
        "personen": {"ik": {"geboortedatum": "1980-01-01", "netto_inkomen": 1700, "vermogen": 0}},
        "huishoudens": {"h": {"bewoners": ["ik"], "gemeente": "GM0518"}},
    }
    pas = {r["id"]: r for r in client.post("/v1/aanspraken", json=verzoek).json()["regelingen"]}["stadspas"]
    assert pas["status"] == "recht" and pas["naam"].endswith("Ooievaarspas") and pas["bedrag_per_maand"] is None
    verzoek["huishoudens"]["h"]["gemeente"] = "GM0363"
    pas = {r["id"]: r for r in client.post("/v1/aanspraken", json=verzoek).json()["regelingen"]}["stadspas"]
    assert pas["status"] == "onbekend" and pas["redenen"][0]["voorwaarde"] == "rekenregels_beschikbaar"
    del verzoek["huishoudens"]["h"]["gemeente"]
    pas = {r["id"]: r for r in client.post("/v1/aanspraken", json=verzoek).json()["regelingen"]}["stadspas"]
    assert pas["status"] == "onbekend" and {"huishouden": "h", "gegeven": "gemeente"} in pas["ontbrekende_gegevens"]


def test_every_municipality_file_has_every_parameter_from_2020():
    """Fancy indexing by gemeente code needs every municipality to hold every parameter on every date."""
    tbs = CountryTaxBenefitSystem()
    for jaar in range(2020, 2027):
        gemeenten = tbs.parameters(f"{jaar}-01-01").gemeenten
        for code in gemeenten:
            assert gemeenten[code].stadspas.regels_bekend in (0, 1)
            assert gemeenten[code].stadspas.inkomensgrens >= 0
