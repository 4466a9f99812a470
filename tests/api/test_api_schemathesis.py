"""The API keeps to its published OpenAPI document: Schemathesis against ``/v1/openapi.json``, in-process.

Schemathesis reads the document the running app publishes and tests every operation it lists at run time
(one test per operation): the document's examples, its coverage cases (boundary values, missing and
wrongly typed fields) and generated requests, valid (``positive``) and invalid (``negative``) alike.
Every answer must keep to the document:

- no 5xx;
- a status code the operation declares, with a content type it declares for that code;
- a body that conforms to the declared schema: a 200 to the answer's schema, every 4xx to ``Probleem``
  as ``application/problem+json``.

Not checked: that every schema-valid request is answered 2xx (``positive_data_acceptance``). What a JSON
schema cannot say (an id in a role list names one of the persons, a date of birth is not after the
peildatum) the API checks itself, with a 400 naming the field. Nor that every schema-invalid request is
rejected (``negative_data_rejection``): ``POST /v1/aanspraken/batch`` answers a batch with an invalid
situation 200, with that situation's problem in its place.

``test_ten_minste_duizend_verzoeken_ook_geldige_met_body`` then proves the number of requests sent (at
least 1,000) and that every operation with a request body was sent valid bodies the API computed (a 2xx)
as well as bodies it rejected (a 4xx). Deterministic: Hypothesis is derandomized and keeps no example
database. The requests Schemathesis found a fault with are kept below as plain tests.
"""

from __future__ import annotations

import json
import re
import time
from collections import Counter, defaultdict

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from openfisca_nl_sociaal.api.app import app
from openfisca_nl_sociaal.api.http import VOORBEELD_SITUATIE
from openfisca_nl_sociaal.api.v1.schema import getallen_patroon
from schemathesis import GenerationMode
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

#: Generated requests per operation, on top of its examples and coverage cases.
GEGENEREERD_PER_OPERATIE = 40
MINSTENS_VERZOEKEN = 1_000
#: Larger bodies are not sent. The coverage phase fills arrays and objects to their ``maxItems`` and
#: ``maxProperties`` (10,000 situations in a batch, 10,000 persons on /v1/calculate), which takes seconds
#: per request; the limits themselves have tests of their own (test_api_adr.py, test_api_batch.py).
GROOTSTE_BODY = 100_000

CONTROLES = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]

# POST /v1/populatie computes a sample of the country per request (seconds each): its answers are checked against
# the same published schema with a few requests of its own in test_api_populatie.py.
schema = schemathesis.openapi.from_asgi("/v1/openapi.json", app).exclude(path="/v1/populatie")
schema.config.generation.update(
    modes=[GenerationMode.POSITIVE, GenerationMode.NEGATIVE],
    max_examples=GEGENEREERD_PER_OPERATIE,
    deterministic=True,
    database="none",
)


@schema.hook
def filter_case(context, case) -> bool:
    """Send no body larger than ``GROOTSTE_BODY`` (a Schemathesis hook, named for the hook it is)."""
    try:
        grootte = len(json.dumps(case.body))
    except TypeError:  # no body
        return True
    return grootte <= GROOTSTE_BODY


#: Status codes of the answers, per operation ("POST /v1/aanspraken").
ANTWOORDEN: dict[str, Counter] = defaultdict(Counter)
SECONDEN: Counter = Counter()


@schema.parametrize()
# Only health checks that time the machine are off: a slow run must not fail on its own.
@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_antwoord_volgt_het_gepubliceerde_openapi_document(case):
    begin = time.perf_counter()
    antwoord = case.call()
    SECONDEN[case.operation.label] += time.perf_counter() - begin
    ANTWOORDEN[case.operation.label][antwoord.status_code] += 1
    case.validate_response(antwoord, checks=CONTROLES)


def _operaties() -> dict[str, bool]:
    """Every operation of the published document, and whether it takes a request body."""
    operaties = {}
    for resultaat in schema.get_all_operations():
        operatie = resultaat.ok()
        operaties[operatie.label] = len(operatie.body) > 0
    return operaties


def test_ten_minste_duizend_verzoeken_ook_geldige_met_body():
    operaties = _operaties()
    niet_getest = sorted(set(operaties) - set(ANTWOORDEN))
    if niet_getest:
        pytest.skip(f"operations not tested in this run (deselected, or failed at once): {niet_getest}")
    overzicht = "\n".join(
        f"{label}: {sum(ANTWOORDEN[label].values())} requests in {SECONDEN[label]:.1f} s, "
        f"{dict(sorted(ANTWOORDEN[label].items()))}"
        for label in operaties
    )
    print(f"\n{overzicht}")  # shown with -s: the figures behind the assertions
    verzonden = sum(sum(codes.values()) for codes in ANTWOORDEN.values())
    assert verzonden >= MINSTENS_VERZOEKEN, overzicht
    for label, met_body in operaties.items():
        codes = ANTWOORDEN[label]
        if met_body:
            assert any(200 <= code < 300 for code in codes), f"{label}: no valid body was computed\n{overzicht}"
            assert any(400 <= code < 500 for code in codes), f"{label}: no bad body was rejected\n{overzicht}"


# What Schemathesis and the probing of its findings found: each was a 500, accepted, or a 400 naming no field.
MET_LEEG_HUISHOUDEN = {**VOORBEELD_SITUATIE, "huishoudens": {**VOORBEELD_SITUATIE["huishoudens"], "leeg": {}}}
GEVONDEN = [
    ("huishouden zonder bewoners", "/v1/aanspraken", MET_LEEG_HUISHOUDEN, "huishoudens.leeg.bewoners"),
    ("getal van 401 cijfers", "/v1/aanspraken", {"personen": {"ik": {"vermogen": 10**400}}}, "personen.ik.vermogen"),
    (
        "Arabische cijfers in de gemeentecode",
        "/v1/aanspraken",
        {"personen": {"ik": {}}, "huishoudens": {"h": {"bewoners": ["ik"], "gemeente": "GM\u0661\u0662\u0663\u0664"}}},
        "huishoudens.h.gemeente",
    ),
    (
        "gemeentecode met een regeleinde",
        "/v1/aanspraken",
        {"personen": {"ik": {}}, "huishoudens": {"h": {"bewoners": ["ik"], "gemeente": "GM0599\n"}}},
        "huishoudens.h.gemeente",
    ),
    (
        "jaar 1",
        "/v1/aanspraken",
        {"personen": {"ik": {"toetsingsinkomen": {"0001": 1}}}},
        "personen.ik.toetsingsinkomen.0001",
    ),
    (
        "maand in jaar 9999",
        "/v1/aanspraken",
        {"personen": {"ik": {"verzekerd_zvw": {"9999-12": True}}}},
        "personen.ik.verzekerd_zvw.9999-12",
    ),
    ("peildatum in jaar 9999", "/v1/aanspraken", {**VOORBEELD_SITUATIE, "peildatum": "9999-06-01"}, "peildatum"),
    (
        "geheel getal buiten 32 bits",
        "/v1/aanspraken",
        {"personen": {"ik": {"maanden_laag_inkomen": 2**31}}},
        "personen.ik.maanden_laag_inkomen",
    ),
    ("lege id", "/v1/calculate", {"personen": {"": {}}}, "personen."),
    ("id met een /", "/v1/trace", {"personen": {"a/b": {"leeftijd": {"2025-03": None}}}}, "personen.a/b"),
    (
        "periode met een / bij een feit van altijd",
        "/v1/calculate",
        {"personen": {"a": {"geboortedatum": {"a/b": None}}}},
        "personen.a.geboortedatum.a/b",
    ),
    (
        "jaar 1 op de OpenFisca-route",
        "/v1/calculate",
        {"personen": {"a": {"toetsingsinkomen": {"0001": 5}}}},
        "personen.a.toetsingsinkomen.0001",
    ),
    (
        "getal van 401 cijfers op de OpenFisca-route",
        "/v1/trace",
        {"personen": {"a": {"vermogen": {"2025": 10**400}}}},
        "personen.a.vermogen.2025",
    ),
]


@pytest.mark.parametrize("omschrijving,pad,body,veld", GEVONDEN, ids=[g[0] for g in GEVONDEN])
def test_gevonden_fouten_zijn_een_400_probleem_dat_het_veld_noemt(client, omschrijving, pad, body, veld):
    antwoord = client.post(pad, json=body)
    assert antwoord.status_code == 400, antwoord.text
    assert antwoord.headers["content-type"].startswith("application/problem+json")
    assert veld in [p["name"] for p in antwoord.json()["invalidParams"]], antwoord.text


@pytest.mark.parametrize("laag,hoog", [(1000, 9998), (2020, 9998), (1890, 2100), (5, 5), (0, 9999)])
def test_het_jaartalpatroon_van_het_schema_past_precies(laag, hoog):
    patroon = re.compile(getallen_patroon(laag, hoog))
    assert [jaar for jaar in range(10_000) if bool(patroon.fullmatch(f"{jaar:04d}")) != (laag <= jaar <= hoog)] == []
