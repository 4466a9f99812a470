"""The population's validation table: each scheme's simulated spending and recipients beside the published totals
(``openfisca_nl_sociaal/populatie/gegevens/validatie.csv``, each row with its source), with the gap. Not a test.

Run: ``.venv/bin/python bench/validatie.py --jaar 2024 --steekproef 0.1`` (or ``--antwoord FILE`` with the JSON of an
earlier ``nl-sociaal populatie --json`` run). Prints a Markdown table for the README.
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
from pathlib import Path

HIER = Path(__file__).resolve().parent
GEPUBLICEERD = HIER.parent / "openfisca_nl_sociaal" / "populatie" / "gegevens" / "validatie.csv"


def gepubliceerd() -> list[dict]:
    with GEPUBLICEERD.open(encoding="utf-8") as bestand:
        return list(csv.DictReader(regel for regel in bestand if not regel.startswith("#")))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jaar", type=int, default=2024)
    parser.add_argument("--steekproef", type=float, default=0.1)
    parser.add_argument("--antwoord", help="JSON of an earlier run")
    args = parser.parse_args()
    if args.antwoord:
        antwoord = json.loads(Path(args.antwoord).read_text())
    else:
        opdracht = [str(Path(sys.executable).with_name("nl-sociaal")), "populatie", "--jaar", str(args.jaar)]
        opdracht += ["--steekproef", str(args.steekproef), "--json", "--stil"]
        antwoord = json.loads(subprocess.run(opdracht, capture_output=True, text=True, check=True).stdout)
    gesimuleerd = {r["id"]: r for r in antwoord["regelingen"]}
    print(
        f"Simulated year {antwoord['jaar']}, sample {antwoord['populatie']['steekproef']}, seed "
        f"{antwoord['populatie']['zaad']}.\n"
    )
    print(
        "| scheme | measure | published (year, unit) | simulated, full take-up | simulated, published take-up | gap |"
    )
    print("|---|---|---|---:|---:|---:|")
    for rij in gepubliceerd():
        sim = gesimuleerd.get(rij["regeling"])
        if sim is None:
            continue
        if rij["maat"] == "uitgaven_per_jaar":
            vol, gebruik = sim["uitgaven_per_jaar"], sim["uitgaven_bij_gebruik"]
            fmt = lambda x: "—" if x is None else f"€ {x / 1e9:,.2f} bn"  # noqa: E731
        else:
            vol, gebruik = sim["ontvangers_personen"], sim["ontvangers_bij_gebruik"]
            fmt = lambda x: "—" if x is None else f"{x / 1e3:,.0f} k"  # noqa: E731
        waarde = float(rij["waarde"])
        kloof = "—" if gebruik is None else f"{(gebruik - waarde) / waarde:+.0%}"
        soort = "" if rij["realisatie"] == "ja" else ", budget"
        print(
            f"| {rij['regeling']} | {rij['maat']} | {fmt(waarde)} ({rij['jaar']}, {rij['eenheid']}{soort}) | "
            f"{fmt(vol)} | {fmt(gebruik)} | {kloof} |"
        )


if __name__ == "__main__":
    main()
