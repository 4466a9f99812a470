"""``POST /v1/aanspraken/batch``: many situations in one request, with its own limits."""

import json

from openfisca_nl_sociaal.api.http import MAX_BATCH_BODY_BYTES, MAX_BODY_BYTES, MAX_SITUATIES

PROBLEM_JSON = "application/problem+json"


def _probleem(antwoord, status: int) -> dict:
    assert antwoord.status_code == status, antwoord.text
    assert antwoord.headers["content-type"].startswith(PROBLEM_JSON)
    return antwoord.json()


def test_each_situation_gets_its_answer_in_order(client, voorbeeld):
    antwoord = client.post("/v1/aanspraken/batch", json={"situaties": [voorbeeld, voorbeeld]})
    assert antwoord.status_code == 200
    body = antwoord.json()
    assert set(body["versie"]) == {"rekenregels", "openfisca_core"}
    assert len(body["antwoorden"]) == 2
    los = client.post("/v1/aanspraken", json=voorbeeld).json()
    for samen in body["antwoorden"]:
        assert [(r["id"], r["status"], r["bedrag_per_maand"]) for r in samen["regelingen"]] == [
            (r["id"], r["status"], r["bedrag_per_maand"]) for r in los["regelingen"]
        ]
        # the texts shared by every situation are left out
        assert "naam" not in samen["regelingen"][0] and "uitleg" not in samen["regelingen"][0]["redenen"][0]


def test_too_many_situations_is_refused_before_any_computation(client):
    body = {"situaties": [{}] * (MAX_SITUATIES + 1)}
    probleem = _probleem(client.post("/v1/aanspraken/batch", json=body), 400)
    assert probleem["invalidParams"][0]["name"] == "situaties"
    assert str(MAX_SITUATIES) in probleem["detail"]


def test_no_situations_or_another_shape_is_a_problem(client):
    for body in ({"situaties": []}, {}, {"situaties": {}}, [], {"situaties": [], "extra": 1}):
        probleem = _probleem(client.post("/v1/aanspraken/batch", json=body), 400)
        assert probleem["invalidParams"][0]["name"] == "situaties"


def test_the_batch_takes_a_larger_body_than_a_single_request_up_to_its_own_limit(client, voorbeeld):
    situatie = json.dumps(voorbeeld)
    aantal = MAX_BODY_BYTES // len(situatie) + 10
    groot = '{"situaties": [' + ",".join([situatie] * aantal) + "]}"
    assert MAX_BODY_BYTES < len(groot) < MAX_BATCH_BODY_BYTES
    _probleem(client.post("/v1/aanspraken", content=groot, headers={"content-type": "application/json"}), 413)
    antwoord = client.post("/v1/aanspraken/batch", content=groot, headers={"content-type": "application/json"})
    assert antwoord.status_code == 200 and len(antwoord.json()["antwoorden"]) == aantal
    te_groot = " " * (MAX_BATCH_BODY_BYTES + 1)
    probleem = _probleem(
        client.post("/v1/aanspraken/batch", content=te_groot, headers={"content-type": "application/json"}), 413
    )
    assert str(MAX_BATCH_BODY_BYTES) in probleem["detail"]
