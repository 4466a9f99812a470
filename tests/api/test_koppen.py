"""Headers for personal data (issue 17): every answer that can carry a person's facts or amounts is sent with
Cache-Control: no-store; every answer with X-Content-Type-Options: nosniff; only the public catalogue, the rules
and the documentation may be cached."""

import json
from pathlib import Path

import pytest

SITUATIE = json.loads((Path(__file__).parents[1] / "voorbeelden" / "utrecht_2024_alle_regelingen.json").read_text())


@pytest.mark.parametrize(
    "pad, lichaam, status",
    [
        ("/v1/aanspraken", SITUATIE, 200),
        ("/v1/uitleg", {**SITUATIE, "regeling": "zorgtoeslag"}, 200),
        (
            "/v1/toetsing",
            {"situatie": SITUATIE, "beslissing": {"regeling": "zorgtoeslag", "periode": "2024-03", "bedrag": 20}},
            200,
        ),
        ("/v1/aanspraken", {"personen": "kapot"}, 400),  # an error may name the fields: no-store as well
    ],
)
def test_answers_about_a_person_are_never_stored(client, pad, lichaam, status):
    antwoord = client.post(pad, json=lichaam)
    assert antwoord.status_code == status
    assert antwoord.headers["cache-control"] == "no-store"
    assert antwoord.headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize("pad", ["/", "/toetsing", "/beleid", "/v1/bestaat-niet"])
def test_pages_and_errors_are_never_stored(client, pad):
    antwoord = client.get(pad)
    assert antwoord.headers["cache-control"] == "no-store"
    assert antwoord.headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize(
    "pad", ["/v1/openapi.json", "/v1/hervormingen", "/v1/voorbeeldhuishoudens", "/v1/entities", "/v1/parameters"]
)
def test_the_public_catalogue_may_be_cached(client, pad):
    antwoord = client.get(pad)
    assert antwoord.status_code == 200
    assert antwoord.headers["cache-control"].startswith("public")
    assert antwoord.headers["x-content-type-options"] == "nosniff"
    assert "set-cookie" not in antwoord.headers


@pytest.mark.parametrize("pad", ["/", "/check", "/toetsing", "/beleid", "/v1/hervormingen", "/static/stijl.css"])
def test_head_answers_as_get_without_a_body(client, pad):
    """Issue 19: monitoring and link checkers use HEAD; it answered 405 on every page."""
    kop, get = client.head(pad), client.get(pad)
    assert kop.status_code == 200 and kop.content == b""
    assert kop.headers["content-length"] == get.headers["content-length"]
    assert kop.headers["content-type"] == get.headers["content-type"]


def test_head_on_a_post_route_is_still_405(client):
    assert client.head("/v1/aanspraken").status_code == 405
