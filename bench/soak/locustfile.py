"""The soak test's traffic (Locust, headless): a mix of what citizens, caseworkers, policy makers and other
platforms send, good and bad, against ``nl-sociaal serve``. Driven by ``bench/soak/soak.py``.

Each request says what a correct server answers: a valid question 200, bad input 400 (or 413, 415) as
``application/problem+json``. Anything else is a failure, named by its status; a connection that breaks (a
worker killed mid-request) is status 0. The time of every failure is written to ``$SOAK_FOUTEN`` at the end, so
the driver can tell failures in flight on a killed worker from any other.
"""

from __future__ import annotations

import copy
import json
import os
import random
import time
from pathlib import Path

from locust import HttpUser, between, events, task

VOORBEELD = Path(__file__).resolve().parents[2] / "tests" / "voorbeelden" / "utrecht_2024_alle_regelingen.json"
SITUATIE = json.loads(VOORBEELD.read_text())
PROBLEEM = "application/problem+json"
BATCH = 1_000
FOUTEN: list[dict] = []


def _gevarieerd(situatie: dict, rng: random.Random) -> dict:
    kopie = copy.deepcopy(situatie)
    kopie["huishoudens"]["woning"]["kale_huur"] = rng.randrange(400, 900)
    kopie["personen"]["ik"]["toetsingsinkomen"] = rng.randrange(0, 60_000)
    return kopie


def _zonder_inkomen(situatie: dict) -> dict:
    kopie = copy.deepcopy(situatie)
    for persoon in kopie["personen"].values():
        persoon.pop("toetsingsinkomen", None)
        persoon.pop("netto_inkomen", None)
    return kopie


SLECHT = [
    b"{kapot",
    json.dumps({**SITUATIE, "peildatum": "2024-13-45"}).encode(),
    json.dumps({**SITUATIE, "personen": {"ik": {"geboortedatum": "1990-01-01", "vermogen": -5}}}).encode(),
    json.dumps({**SITUATIE, "onbekend_veld": 1}).encode(),
    json.dumps({"personen": []}).encode(),
]
ANTWOORDEN = json.dumps({"formaat": "openfisca-nl-sociaal/antwoorden", "versie": 1, "situatie": SITUATIE})


@events.request.add_listener
def _bij_verzoek(request_type, name, response_time, response_length, exception, response=None, **kwargs):
    if exception is not None:
        status = getattr(response, "status_code", 0) or 0
        FOUTEN.append({"tijd": time.time(), "naam": name, "status": status, "fout": type(exception).__name__})


@events.quitting.add_listener
def _bij_einde(environment, **kwargs):
    pad = os.environ.get("SOAK_FOUTEN")
    if pad:
        Path(pad).write_text(json.dumps(FOUTEN))


class Gebruiker(HttpUser):
    """One user of any kind; the weights make the mix (about one batch of 1,000 in fifty requests)."""

    wait_time = between(0.2, 1.0)

    def on_start(self):
        self.rng = random.Random(id(self))

    def _verwacht(self, antwoord, *statussen: int, probleem: bool = False):
        if antwoord.status_code not in statussen:
            antwoord.failure(f"status {antwoord.status_code}")
        elif probleem and not antwoord.headers.get("content-type", "").startswith(PROBLEEM):
            antwoord.failure("not application/problem+json")
        else:
            antwoord.success()

    @task(10)
    def aanspraken(self):
        with self.client.post(
            "/v1/aanspraken", json=_gevarieerd(SITUATIE, self.rng), name="/v1/aanspraken", catch_response=True
        ) as a:
            self._verwacht(a, 200)

    @task(5)
    def aanspraken_onbekend(self):
        with self.client.post(
            "/v1/aanspraken", json=_zonder_inkomen(SITUATIE), name="/v1/aanspraken (onbekend)", catch_response=True
        ) as a:
            self._verwacht(a, 200)

    @task(5)
    def slechte_invoer(self):
        with self.client.post(
            "/v1/aanspraken",
            data=self.rng.choice(SLECHT),
            headers={"Content-Type": "application/json"},
            name="/v1/aanspraken (fout)",
            catch_response=True,
        ) as a:
            self._verwacht(a, 400, probleem=True)

    @task(1)
    def batch(self):
        situaties = [_gevarieerd(SITUATIE, self.rng) for _ in range(BATCH)]
        with self.client.post(
            "/v1/aanspraken/batch",
            json={"situaties": situaties},
            name="/v1/aanspraken/batch (1000)",
            catch_response=True,
        ) as a:
            self._verwacht(a, 200)

    @task(4)
    def uitleg(self):
        with self.client.post(
            "/v1/uitleg", json={**SITUATIE, "regeling": "zorgtoeslag"}, name="/v1/uitleg", catch_response=True
        ) as a:
            self._verwacht(a, 200)

    @task(4)
    def toetsing(self):
        beslissing = {"regeling": "zorgtoeslag", "periode": "2024-03", "bedrag": self.rng.randrange(0, 200)}
        with self.client.post(
            "/v1/toetsing",
            json={"situatie": SITUATIE, "beslissing": beslissing},
            name="/v1/toetsing",
            catch_response=True,
        ) as a:
            self._verwacht(a, 200)

    @task(3)
    def curven(self):
        with self.client.post(
            "/v1/curven", json={"voorbeeld": "alleenstaande_minimumloon"}, name="/v1/curven", catch_response=True
        ) as a:
            self._verwacht(a, 200)

    @task(4)
    def pagina_burger(self):
        """A citizen: the start page, the first question page, then continuing with an answers file."""
        for pad in ("/", "/check"):
            with self.client.get(pad, name=f"pagina {pad}", catch_response=True) as a:
                self._verwacht(a, 200)
        with self.client.post(
            "/check/inlezen",
            data={"taal": "nl"},
            files={"bestand": ("antwoorden.json", ANTWOORDEN, "application/json")},
            name="pagina /check/inlezen",
            catch_response=True,
        ) as a:
            self._verwacht(a, 200)

    @task(2)
    def pagina_consulent_en_beleid(self):
        for pad in ("/toetsing", "/beleid"):
            with self.client.get(pad, name=f"pagina {pad}", catch_response=True) as a:
                self._verwacht(a, 200)
