"""`openfisca serve --country-package openfisca_nl_sociaal` works as OpenFisca users expect."""

from openfisca_web_api.app import create_app


def test_openfisca_web_api_serves_this_country_package(tbs):
    client = create_app(tbs).test_client()
    assert client.get("/variables").status_code == 200
    assert client.get("/variable/zorgtoeslag").json["references"]
    assert client.get("/parameters").status_code == 200
    assert client.get("/spec").status_code == 200
    situatie = {
        "personen": {
            "ik": {
                "geboortedatum": {"ETERNITY": "1980-01-01"},
                "toetsingsinkomen": {"2025": 20000},
                "vermogen": {"2025": 0},
                "verzekerd_zvw": {"2025-03": True},
                "woont_in_nederland": {"2025-03": True},
            }
        },
        "gezinnen": {"gezin": {"partners": ["ik"], "zorgtoeslag": {"2025-03": None}}},
        "huishoudens": {"woning": {"bewoners": ["ik"]}},
    }
    antwoord = client.post("/calculate", json=situatie)
    assert antwoord.status_code == 200, antwoord.data
    assert antwoord.json["gezinnen"]["gezin"]["zorgtoeslag"]["2025-03"] == 131
