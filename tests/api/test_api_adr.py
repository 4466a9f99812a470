"""The Dutch API Design Rules (Logius, https://gitdocumentatie.logius.nl/publicatie/api/adr/), each checked
against the published OpenAPI document and the running API; the limits; and that no personal fact
reaches a log."""

import json
import logging
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

PROBLEM = "application/problem+json"
SEMVER = re.compile(r"^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$")


@pytest.fixture(scope="module")
def spec(client):
    antwoord = client.get("/v1/openapi.json")
    assert antwoord.status_code == 200
    return antwoord.json()


def _operaties(spec):
    for pad, operaties in spec["paths"].items():
        for methode, operatie in operaties.items():
            yield pad, methode, operatie


def _voorbeeldpad(pad):
    return pad.replace("{name}", "zorgtoeslag").replace("{path}", "participatiewet/minimumleeftijd")


def test_adr_openapi_3_at_v1_readable_from_any_origin(client, spec):
    """/core/doc-openapi, /core/publish-openapi: OpenAPI 3 at /v1/openapi.json, CORS allowed."""
    assert spec["openapi"].startswith("3.")
    antwoord = client.get("/v1/openapi.json", headers={"Origin": "https://elders.example"})
    assert antwoord.headers["Access-Control-Allow-Origin"] == "*"


def test_adr_every_path_has_the_major_version(spec):
    """/core/uri-version: the major version in the base path."""
    assert spec["paths"] and all(pad.startswith("/v1/") for pad in spec["paths"])


def test_adr_semver_version_and_contact(spec):
    """/core/version-header, /core/doc-openapi-contact: SemVer info.version; info.contact."""
    assert SEMVER.match(spec["info"]["version"])
    assert spec["info"]["contact"].get("name") and spec["info"]["contact"].get("url")


def test_adr_api_version_header_on_every_answer(client, spec, voorbeeld):
    """/core/version-header: API-Version on every answer, errors included."""
    versie = spec["info"]["version"]
    antwoorden = [
        client.get("/v1/openapi.json"),
        client.post("/v1/aanspraken", json=voorbeeld),
        client.post("/v1/aanspraken", json={"personen": 1}),
        client.get("/v1/bestaat-niet"),
        client.get("/v1/aanspraken"),
        client.post("/v1/aanspraken", content=b"{" * 1_000_001, headers={"Content-Type": "application/json"}),
    ]
    antwoorden += [client.get(_voorbeeldpad(p)) for p, m, _ in _operaties(spec) if m == "get"]
    for antwoord in antwoorden:
        assert antwoord.headers["API-Version"] == versie, antwoord.request.url


def test_adr_errors_are_problem_json_and_every_post_declares_400(spec):
    """/core/error-handling/problem-details: every 4xx and 5xx declared as application/problem+json."""
    for pad, methode, operatie in _operaties(spec):
        antwoorden = operatie["responses"]
        if methode == "post":
            assert "400" in antwoorden, f"{methode} {pad}"
        for code, antwoord in antwoorden.items():
            if code[0] in "45":
                assert list(antwoord["content"]) == [PROBLEM], f"{methode} {pad} {code}"
    probleem = spec["components"]["schemas"]["Probleem"]
    assert {"status", "title", "detail"} <= set(probleem["required"])
    assert "invalidParams" in probleem["properties"]


def test_adr_unsupported_methods_answer_405_with_allow(client, spec):
    """/core/http-methods: 405 Method Not Allowed with the Allow header."""
    for pad, operaties in spec["paths"].items():
        toegestaan = {m.upper() for m in operaties}
        for methode in ("GET", "POST", "PUT", "PATCH", "DELETE"):
            if methode in toegestaan:
                continue
            antwoord = client.request(methode, _voorbeeldpad(pad))
            assert antwoord.status_code == 405, f"{methode} {pad}"
            assert toegestaan <= set(antwoord.headers["Allow"].replace(" ", "").split(","))
            assert antwoord.headers["content-type"].startswith(PROBLEM)


def test_adr_no_trailing_slash_redirects(client, spec):
    """/core/no-trailing-slash: a path with a trailing slash is not redirected."""
    for pad, methode, _ in _operaties(spec):
        antwoord = client.request(methode.upper(), _voorbeeldpad(pad) + "/", follow_redirects=False)
        assert antwoord.status_code == 404, f"{methode} {pad}/"


def test_adr_dates_have_format_date(spec):
    """/core/date-format: dates as RFC 3339 full-date, declared with format: date."""
    gevonden = []

    def zoek(knoop, naam=""):
        if isinstance(knoop, dict):
            if "datum" in naam and "type" in knoop:
                gevonden.append((naam, knoop))
            for sleutel, waarde in knoop.items():
                zoek(waarde, sleutel if sleutel not in ("oneOf", "additionalProperties") else naam)
        elif isinstance(knoop, list):
            for waarde in knoop:
                zoek(waarde, naam)

    zoek(spec["paths"])
    assert {"peildatum", "geboortedatum"} <= {naam for naam, _ in gevonden}
    for naam, schema in gevonden:
        if schema["type"] == "string":
            assert schema.get("format") == "date", naam


def test_adr_personal_facts_only_in_post_bodies(spec):
    """Personal data never in a URI: no operation takes query parameters, GETs only name a variable."""
    for pad, methode, operatie in _operaties(spec):
        for parameter in operatie.get("parameters", []):
            assert parameter["in"] == "path" and parameter["name"] in ("name", "path"), f"{methode} {pad}"


def test_limits_answer_a_problem_naming_the_limit_before_computing(client):
    te_groot = client.post("/v1/aanspraken", content=b" " * 1_000_001, headers={"Content-Type": "application/json"})
    assert te_groot.status_code == 413 and te_groot.headers["content-type"].startswith(PROBLEM)
    assert "1000000" in te_groot.json()["detail"]
    te_veel = client.post("/v1/aanspraken", json={"personen": {f"p{i}": {} for i in range(101)}})
    assert te_veel.status_code == 400 and te_veel.json()["invalidParams"] == [
        {"name": "personen", "reason": "maximum 100"}
    ]


# --- privacy: nothing personal in any log -------------------------------------------------------------------

KENMERK = "987654"  # a distinctive income, sent in several requests below


def _verzoeken(voorbeeld):
    goed = json.loads(json.dumps(voorbeeld))
    goed["personen"]["ik"]["toetsingsinkomen"] = 987654.31
    goed["personen"]["ik"]["netto_inkomen"] = 9876.54
    fout = json.loads(json.dumps(voorbeeld))
    fout["personen"]["ik"]["toetsingsinkomen"] = f"{KENMERK}-geheim"
    openfisca = {
        "personen": {"ik": {"toetsingsinkomen": {"2025": 987654}, "leeftijd": {"2025-03": None}}},
        "gezinnen": {"g": {"partners": ["ik"], "zorgtoeslag": {"2025": None}}},
    }
    return [("/v1/aanspraken", goed), ("/v1/aanspraken", fout), ("/v1/calculate", openfisca)]


def test_no_personal_fact_reaches_the_application_logs(client, voorbeeld, caplog):
    with caplog.at_level(logging.DEBUG):
        for pad, verzoek in _verzoeken(voorbeeld):
            client.post(pad, json=verzoek)
    assert KENMERK not in caplog.text


def _vrije_poort():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_no_personal_fact_reaches_the_server_output(voorbeeld, tmp_path):
    """The real server (`nl-sociaal serve`): its whole stdout and stderr after requests with the income."""
    poort = _vrije_poort()
    uitvoer = tmp_path / "server.log"
    with uitvoer.open("w") as log:
        # the installed command, run outside the source tree (which would shadow the installed package)
        server = subprocess.Popen(
            [str(Path(sys.executable).parent / "nl-sociaal"), "serve", "--port", str(poort)],
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=tmp_path,
        )
        try:
            basis = f"http://127.0.0.1:{poort}"
            # a fresh machine loads the rules slowly (a busy CI runner: many seconds); wait for the server
            einde = time.monotonic() + 120
            while True:
                assert server.poll() is None, f"the server stopped: {uitvoer.read_text()[-2000:]}"
                try:
                    urllib.request.urlopen(f"{basis}/v1/openapi.json", timeout=2)
                    break
                except OSError:
                    assert time.monotonic() < einde, "the server did not start within 120 s"
                    time.sleep(0.2)
            for pad, verzoek in _verzoeken(voorbeeld):
                aanvraag = urllib.request.Request(
                    basis + pad, data=json.dumps(verzoek).encode(), headers={"Content-Type": "application/json"}
                )
                try:
                    urllib.request.urlopen(aanvraag, timeout=30)
                except urllib.error.HTTPError as fout:
                    assert fout.code == 400
        finally:
            server.terminate()
            server.wait(timeout=10)
    tekst = uitvoer.read_text()
    assert "Uvicorn running" in tekst or "Application startup complete" in tekst  # the log was captured
    assert KENMERK not in tekst
