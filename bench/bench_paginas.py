"""On-demand benchmark of the pages and the toetsing, in process (no server, no network). Not a test.

Run: ``.venv/bin/python bench/bench_paginas.py`` (about a minute). For the household of
``tests/voorbeelden/utrecht_2024_alle_regelingen.json`` it times, with the median of 20 runs after one
warm-up run (whose time is shown as "first"):

1. the citizen's result page (``POST /check/uitkomst``): the answer, the curve of 81 points and the chart;
2. the check-your-answers page (``POST /check/controle``);
3. ``POST /v1/toetsing``: a right decision, and a wrong one (which also tries the 24 neighbouring months);
4. ``POST /v1/toetsing/batch`` with 100 rows.

It prints a Markdown table for the README.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import statistics
import time
from pathlib import Path

from fastapi.testclient import TestClient
from openfisca_nl_sociaal.api.app import create_app

VOORBEELD = json.loads(
    (Path(__file__).parents[1] / "tests" / "voorbeelden" / "utrecht_2024_alle_regelingen.json").read_text()
)


def meet(naam: str, doe, keer: int = 20) -> tuple[str, float, float]:
    begin = time.perf_counter()
    doe()
    eerste = time.perf_counter() - begin
    tijden = []
    for _ in range(keer):
        begin = time.perf_counter()
        doe()
        tijden.append(time.perf_counter() - begin)
    return naam, statistics.median(tijden) * 1000, eerste * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--uitvoer", type=Path, help="also write the figures as JSON here (bench/herhaal.py)")
    args = parser.parse_args()
    client = TestClient(create_app())
    staat = json.dumps({"situatie": VOORBEELD, "weet_niet": [], "stappen": []})

    def post(pad, **kwargs):
        def doe():
            antwoord = client.post(pad, **kwargs)
            assert antwoord.status_code == 200, antwoord.text[:300]

        return doe

    beslissing = {"regeling": "zorgtoeslag", "periode": "2024-03"}
    tekst = io.StringIO()
    schrijver = csv.writer(tekst)
    schrijver.writerow(["dossier", "regeling", "periode", "bedrag", "situatie"])
    for n in range(100):
        schrijver.writerow([f"D-{n}", "zorgtoeslag", "2024-03", str(17 + n % 3), json.dumps(VOORBEELD)])
    metingen = [
        meet("result page with the chart", post("/check/uitkomst", data={"taal": "nl", "antwoorden": staat})),
        meet("check your answers", post("/check/controle", data={"taal": "nl", "antwoorden": staat})),
        meet(
            "toetsing, right decision",
            post("/v1/toetsing", json={"situatie": VOORBEELD, "beslissing": {**beslissing, "bedrag": 17}}),
        ),
        meet(
            "toetsing, wrong decision",
            post("/v1/toetsing", json={"situatie": VOORBEELD, "beslissing": {**beslissing, "bedrag": 20}}),
        ),
        meet(
            "toetsing batch, 100 rows",
            post("/v1/toetsing/batch", content=tekst.getvalue().encode(), headers={"Content-Type": "text/csv"}),
            keer=3,
        ),
    ]
    print("| in process | median | first |\n|---|---|---|")
    for naam, mediaan, eerste in metingen:
        print(f"| {naam} | {mediaan:.0f} ms | {eerste:.0f} ms |")
    if args.uitvoer:
        figuren = {naam: {"mediaan_ms": mediaan, "eerste_ms": eerste} for naam, mediaan, eerste in metingen}
        args.uitvoer.write_text(json.dumps(figuren, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
