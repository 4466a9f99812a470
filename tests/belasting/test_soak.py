"""The soak test's one-minute version (issue 17): ``nl-sociaal serve --workers 2`` under mixed traffic from 20
Locust users (answers, unknown facts, bad input, batches of 1,000, explanations, toetsing, curves, page journeys),
with one worker killed with SIGKILL halfway. The ten-minute run is the benchmark ``bench/soak/soak.py``; its
figures are in the README."""

import importlib.util
from pathlib import Path

import pytest

SOAK = Path(__file__).resolve().parents[2] / "bench" / "soak" / "soak.py"


@pytest.fixture(scope="module")
def uitkomst():
    spec = importlib.util.spec_from_file_location("soak", SOAK)
    soak = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(soak)
    return soak.soak(60, gebruikers=20, doden_na=30)


def test_no_server_error_and_every_route_served(uitkomst):
    assert uitkomst["vijfhonderd"] == 0, uitkomst["fouten"]
    routes = {r["route"]: r for r in uitkomst["routes"]}
    for naam, route in routes.items():
        assert route["verzoeken"] > 0, naam
    assert len(routes) >= 12  # the eleven kinds of request and the aggregate
    assert uitkomst["server_meldingen"] == [] or all("killed" not in m.lower() for m in uitkomst["server_meldingen"])


def test_a_killed_worker_is_replaced_and_only_its_requests_in_flight_fail(uitkomst):
    gedood = uitkomst["gedood"]
    assert gedood["vervanger"] != gedood["pid"] and gedood["vervangen_na_s"] <= 30
    # every failure was a connection broken at the moment of the kill; nothing else failed, before or after
    assert uitkomst["mislukt_overig"] == 0, uitkomst["fouten"]
    assert gedood["mislukt_in_vlucht"] <= uitkomst["gebruikers"]


def test_memory_stays_within_the_stated_bound(uitkomst):
    for naam, groei in uitkomst["groei_mib"].items():
        assert groei <= uitkomst["groei_grens_mib"], (naam, groei, uitkomst["geheugen_reeks"])
