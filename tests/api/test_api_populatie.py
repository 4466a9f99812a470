"""``POST /v1/populatie``: the contract's shape, as the published OpenAPI document describes it, a problem naming the
field for bad input (the interactive limit on ``steekproef`` among them), and the same answer for the same request."""

import jsonschema
import pytest

PAD = "/v1/populatie"
KLEIN = {"jaar": 2025, "steekproef": 0.0005, "zaad": 3}


@pytest.fixture(scope="module")
def gepubliceerd(client):
    document = client.get("/v1/openapi.json").json()
    return document["paths"][PAD]["post"]["responses"]["200"]["content"]["application/json"]["schema"]


def test_the_answer_follows_the_published_schema_and_repeats(client, gepubliceerd):
    eerste = client.post(PAD, json={**KLEIN, "hervormingen": ["kostendelersnorm_afschaffen"]})
    assert eerste.status_code == 200, eerste.text
    antwoord = eerste.json()
    jsonschema.validate(antwoord, gepubliceerd)
    assert {r["id"] for r in antwoord["regelingen"]} >= {"zorgtoeslag", "aow", "bijstand"}
    assert len(antwoord["decielen"]) == 10 and "winnaars_verliezers" in antwoord
    assert antwoord["populatie"]["huishoudens"] > 8_000_000
    assert client.post(PAD, json={**KLEIN, "hervormingen": ["kostendelersnorm_afschaffen"]}).json() == antwoord


@pytest.mark.parametrize(
    ("verzoek", "veld"),
    [
        ({"steekproef": 0.5}, "steekproef"),
        ({"jaar": 2030}, "jaar"),
        ({"zaad": "een"}, "zaad"),
        ({"hervormingen": ["onbekend"]}, "hervormingen.0"),
        (
            {"wijzigingen": [{"parameter": "bestaat.niet", "vanaf": "2025-01-01", "waarde": 1}]},
            "wijzigingen.0.parameter",
        ),
        ({"extra": 1}, "extra"),
    ],
)
def test_bad_input_names_the_field(client, verzoek, veld):
    antwoord = client.post(PAD, json=verzoek)
    assert antwoord.status_code == 400
    assert antwoord.headers["content-type"].startswith("application/problem+json")
    assert veld in [f["name"] for f in antwoord.json()["invalidParams"]]
