"""The tables of docs/speed.md, from the folded runs of ``bench/herhaal.py`` (``bench/herhaald_*.json``). Not a test.

Every figure is the median over the runs with the range beside it, ``median [lowest–highest]``; a target's verdict
is read from the median, and where some run missed the target the table says so. Run after the benchmarks:
``.venv/bin/python bench/tabellen.py`` prints the Markdown; ``--schrijf docs/speed.md`` puts each table between its
markers in that page (``<!-- tabel:api -->`` … ``<!-- /tabel:api -->``), so the tables are never typed by hand.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
from pathlib import Path

HIER = Path(__file__).resolve().parent


def lees(naam: str) -> dict | None:
    pad = HIER / f"herhaald_{naam}.json"
    return json.loads(pad.read_text(encoding="utf-8")) if pad.is_file() else None


def reeks(figuur: dict, schaal: float = 1.0, cijfers: int = 1, eenheid: str = "") -> str:
    """``median [lowest–highest]`` of a folded figure."""
    m, lo, hi = (figuur[k] * schaal for k in ("mediaan", "min", "max"))
    return f"{m:,.{cijfers}f}{eenheid} [{lo:,.{cijfers}f}–{hi:,.{cijfers}f}]"


def reeks_van(waarden: list[float], cijfers: int = 1, eenheid: str = "") -> str:
    return reeks({"mediaan": statistics.median(waarden), "min": min(waarden), "max": max(waarden)}, 1, cijfers, eenheid)


def kop(gevouwen: dict) -> str:
    runs = gevouwen["runs"]
    if any(r["load_bij_start"] is None for r in runs):
        return f"{gevouwen['keer']} runs, the last measured {gevouwen['gemeten'][:16].replace('T', ' ')} UTC."
    lasten = ", ".join(f"{r['load_bij_start']:.1f}" for r in runs)
    return f"{gevouwen['keer']} runs, measured {gevouwen['gemeten'][:16].replace('T', ' ')} UTC; load average at each start: {lasten}."


def api() -> list[str]:
    g = lees("api")
    if g is None:
        return []
    f = g["figuren"]
    regels = [
        "### The API against openfisca-core (`bench/bench_api.py`)",
        "",
        kop(g),
        "",
        "| request | server | connection | p50 ms | p99 ms | req/s | other processes (cores) |",
        "|---|---|---|---:|---:|---:|---:|",
    ]
    for rij in f["belasting"]:
        r = rij["resultaat"]
        regels.append(
            f"| {rij['verzoek']} | {rij['server']} | {rij['verbinding']} | {reeks(r['p50_ms'])} | {reeks(r['p99_ms'])} | "
            f"{reeks(r['verzoeken_per_seconde'])} | {reeks(r['andere_kernen'], cijfers=2)} |"
        )
    regels += [
        "",
        "| batch, one request | ours s | core s | core / ours |",
        "|---|---:|---:|---:|",
    ]
    for batch in f["batch"]:
        ons, core = batch["ons"]["seconden"]["waarden"], batch["core"]["seconden"]["waarden"]
        verhouding = [c / o for c, o in zip(core, ons, strict=True)]
        regels.append(
            f"| {batch['huishoudens']['mediaan']:,.0f} huishoudens | {reeks(batch['ons']['seconden'], cijfers=2)} | "
            f"{reeks(batch['core']['seconden'], cijfers=1)} | {reeks_van(verhouding, 1, '×')} |"
        )
    koud = f["koude_start"]["mediaan_s"]
    regels += [
        "",
        f"Cold start to the first answer (each run the median of 3 starts): {reeks(koud, cijfers=2, eenheid=' s')}.",
    ]
    return regels


def paginas() -> list[str]:
    g = lees("paginas")
    if g is None:
        return []
    regels = [
        "### The pages and the toetsing, in process (`bench/bench_paginas.py`)",
        "",
        kop(g) + ' Each run: the median of 20 calls after one warm-up call ("first").',
        "",
        "| in process | median of the runs' medians, ms | first call, ms |",
        "|---|---:|---:|",
    ]
    for naam, figuur in g["figuren"].items():
        regels.append(
            f"| {naam} | {reeks(figuur['mediaan_ms'], cijfers=0)} | {reeks(figuur['eerste_ms'], cijfers=0)} |"
        )
    return regels


def latentie() -> list[str]:
    g = lees("latentie")
    if g is None:
        return []
    meting = next(iter(g["figuren"]["metingen"].values()))
    regels = [
        "### Single requests while a batch of 10,000 computes (`bench/bench_latentie.py`)",
        "",
        kop(g) + " Each run: three batches per server configuration.",
        "",
        "| server | alone p50 / p99 ms | during the batches p50 ms | p95 ms | p99 ms | max ms | p99 < 250 ms |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]
    for config in meting["configuraties"]:
        alleen, tijdens = config["basis"]["samenvatting"], config["tijdens_batch"]
        werkers = config["workers"] if isinstance(config["workers"], int) else config["workers"].get("mediaan")
        gehaald = all(w < 250 for w in tijdens["p99_ms"]["waarden"])
        regels.append(
            f"| {werkers} worker{'s' if werkers != 1 else ''} | {alleen['p50_ms']['mediaan']:.0f} / "
            f"{alleen['p99_ms']['mediaan']:.0f} | {reeks(tijdens['p50_ms'], cijfers=0)} | "
            f"{reeks(tijdens['p95_ms'], cijfers=0)} | {reeks(tijdens['p99_ms'], cijfers=0)} | "
            f"{reeks(tijdens['max_ms'], cijfers=0)} | {'met in every run' if gehaald else 'missed in some run'} |"
        )
    return regels


def soak() -> list[str]:
    runs = [json.loads(p.read_text()) for p in sorted((HIER / "herhalingen").glob("soak_*.json"))]
    g = lees("soak")
    if g is None or not runs:
        return []
    regels = [
        "### Ten minutes of mixed load, a worker killed halfway (`bench/soak/soak.py`)",
        "",
        kop(g),
        "",
        "| run | code | requests | 5xx | failed, in flight at the kill | failed otherwise | worker replaced after | "
        "growth after warm-up, MiB (bound 150) |",
        "|---:|---|---:|---:|---:|---:|---:|---:|",
    ]
    for n, run in enumerate(runs, 1):
        gedood = run["gedood"] or {}
        groei = max(run["groei_mib"].values())
        code = g["runs"][n - 1].get("code", "") if n <= len(g["runs"]) else ""
        regels.append(
            f"| {n} | {code} | {run['verzoeken']:,} | {run['vijfhonderd']} | {gedood.get('mislukt_in_vlucht', '–')} | "
            f"{run['mislukt_overig']} | {gedood.get('vervangen_na_s', '–')} s | {groei:.0f} |"
        )
    if g.get("niet_geteld"):
        regels += ["", f"Not counted: {g['niet_geteld']}."]
    verzoeken = [r["verzoeken"] for r in runs]
    regels += ["", f"Requests per run: {reeks_van(verzoeken, 0)}."]
    return regels


def populatie() -> list[str]:
    regels = []
    for naam, titel in (
        ("populatie_groei", "Growth with the population, one process"),
        ("populatie_dask", "One against two Dask workers, a quarter of the population"),
        ("populatie_vol", "The whole population, one process"),
    ):
        g = lees(naam)
        if g is None:
            continue
        metingen = next(iter(g["figuren"].values()))["metingen"]
        regels += [
            f"### {titel} (`bench/bench_populatie.py {' '.join(g['opties'])}`)",
            "",
            kop(g),
            "",
            "| share | engine | wall time s | peak GiB | s per million persons |",
            "|---:|---|---:|---:|---:|",
        ]
        for m in metingen:
            engine = m["dask"] if isinstance(m["dask"], str) else (m["dask"] or {}).get("per_run", [None])[0]
            regels.append(
                f"| {m['steekproef']['mediaan']} | {engine or 'one process'} | {reeks(m['seconden'])} | "
                f"{reeks(m['piek_gib'], cijfers=2)} | {reeks(m['seconden_per_miljoen_personen'])} |"
            )
        if naam == "populatie_dask" and len(metingen) == 2:
            een, twee = (m["seconden"]["waarden"] for m in metingen)
            regels += [
                "",
                f"Two workers against one: {reeks_van([a / b for a, b in zip(een, twee, strict=True)], 2, '×')} faster.",
            ]
        regels.append("")
    return regels


def _verdict(waarden: list[float], gehaald) -> str:
    """The verdict from the median; how many runs missed it, where any did."""
    mediaan = statistics.median(waarden)
    gemist = sum(1 for w in waarden if not gehaald(w))
    oordeel = "met" if gehaald(mediaan) else "**not met**"
    return oordeel + (f" ({gemist} of {len(waarden)} runs missed it)" if gemist else "")


def doelen() -> list[str]:
    """Every target the README and docs state, with the median, the range and the verdict."""
    rijen: list[tuple[str, list[float], str, object]] = []
    g = lees("api")
    if g is not None:
        belasting = {(r["verzoek"], r["server"], r["verbinding"]): r["resultaat"] for r in g["figuren"]["belasting"]}

        def p50(verzoek: str, server: str = "nl-sociaal", verbinding: str = "keep-alive") -> list[float]:
            return belasting[(verzoek, server, verbinding)]["p50_ms"]["waarden"]

        ons = p50("`POST /v1/calculate`, 10 amounts")
        core = p50("`POST /calculate`, 10 amounts", "openfisca-serve", "closed by server")
        rijen += [
            (
                "`/v1/calculate` no slower than `openfisca serve` (p50, core / ours)",
                [c / o for c, o in zip(core, ons, strict=True)],
                "×",
                lambda w: w >= 1,
            ),
            (
                "`/v1/aanspraken`, all facts known, p50 under 25 ms",
                p50("`POST /v1/aanspraken`, every fact known"),
                " ms",
                lambda w: w < 25,
            ),
            (
                "`/v1/aanspraken`, income unknown, p50 under 50 ms",
                p50("`POST /v1/aanspraken`, income unknown"),
                " ms",
                lambda w: w < 50,
            ),
        ]
        for batch in g["figuren"]["batch"]:
            if batch["huishoudens"]["mediaan"] == 10_000:
                verhouding = [
                    c / o
                    for c, o in zip(
                        batch["core"]["seconden"]["waarden"], batch["ons"]["seconden"]["waarden"], strict=True
                    )
                ]
                rijen.append(
                    (
                        "10,000-situation batch at least 50× faster than core's `/calculate`",
                        verhouding,
                        "×",
                        lambda w: w >= 50,
                    )
                )
        rijen.append(
            ("cold start under 3 s", g["figuren"]["koude_start"]["mediaan_s"]["waarden"], " s", lambda w: w < 3)
        )
    g = lees("latentie")
    if g is not None:
        meting = next(iter(g["figuren"]["metingen"].values()))
        for config in meting["configuraties"]:
            werkers = config["workers"] if isinstance(config["workers"], int) else config["workers"]["mediaan"]
            rijen.append(
                (
                    f"single requests during a 10,000 batch, {werkers} worker(s): p99 under 250 ms",
                    config["tijdens_batch"]["p99_ms"]["waarden"],
                    " ms",
                    lambda w: w < 250,
                )
            )
    runs = [json.loads(p.read_text()) for p in sorted((HIER / "herhalingen").glob("soak_*.json"))]
    if runs:
        rijen += [
            ("soak: no 5xx", [r["vijfhonderd"] for r in runs], "", lambda w: w == 0),
            (
                "soak: nothing fails but what was in flight on the killed worker",
                [r["mislukt_overig"] for r in runs],
                "",
                lambda w: w == 0,
            ),
            (
                "soak: the killed worker replaced within 5 s",
                [(r["gedood"] or {}).get("vervangen_na_s", 99) for r in runs],
                " s",
                lambda w: w <= 5,
            ),
            (
                "soak: a worker grows at most 150 MiB after the first minute",
                [max(r["groei_mib"].values()) for r in runs],
                " MiB",
                lambda w: w <= 150,
            ),
        ]
    for naam in ("populatie_vol", "populatie_groei", "populatie_dask"):
        g = lees(naam)
        if g is None:
            continue
        metingen = next(iter(g["figuren"].values()))["metingen"]
        if naam == "populatie_vol":
            rijen += [
                (
                    "the whole population on one machine under 10 minutes",
                    metingen[0]["seconden"]["waarden"],
                    " s",
                    lambda w: w < 600,
                ),
                (
                    "the whole population on one machine under 16 GiB",
                    metingen[0]["piek_gib"]["waarden"],
                    " GiB",
                    lambda w: w < 16,
                ),
            ]
        elif naam == "populatie_groei" and len(metingen) >= 2:
            # linear: the cost per million persons of the larger sample within 15% of the smaller's, in each run
            klein, groot = (m["seconden_per_miljoen_personen"]["waarden"] for m in metingen[:2])
            rijen.append(
                (
                    "cost linear in the population (s per million persons, 0.25 against 0.1)",
                    [b / a for a, b in zip(klein, groot, strict=True)],
                    "×",
                    lambda w: 0.85 <= w <= 1.15,
                )
            )
        elif naam == "populatie_dask" and len(metingen) == 2:
            een, twee = (m["seconden"]["waarden"] for m in metingen)
            rijen.append(
                (
                    "two Dask workers at least 1.6× faster than one",
                    [a / b for a, b in zip(een, twee, strict=True)],
                    "×",
                    lambda w: w >= 1.6,
                )
            )
    if not rijen:
        return []
    regels = ["| target | median [lowest–highest] | verdict |", "|---|---:|---|"]
    for doel, waarden, eenheid, gehaald in rijen:
        grootste = max(abs(w) for w in waarden)
        cijfers = 0 if grootste >= 100 or eenheid == "" else 1 if grootste >= 10 else 2
        regels.append(f"| {doel} | {reeks_van(waarden, cijfers, eenheid)} | {_verdict(waarden, gehaald)} |")
    return regels


DELEN = {"doelen": doelen, "api": api, "paginas": paginas, "latentie": latentie, "soak": soak, "populatie": populatie}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--schrijf", type=Path, help="put the tables between their markers in this Markdown file")
    args = parser.parse_args()
    tabellen = {naam: "\n".join(deel()).strip() for naam, deel in DELEN.items()}
    if args.schrijf is None:
        print("\n\n".join(t for t in tabellen.values() if t))
        return 0
    tekst = args.schrijf.read_text(encoding="utf-8")
    for naam, tabel in tabellen.items():
        if not tabel:
            continue
        patroon = re.compile(rf"(<!-- tabel:{naam} -->\n)(?:.*?\n)?(<!-- /tabel:{naam} -->)", re.S)
        tekst = patroon.sub(lambda m, tabel=tabel: m.group(1) + tabel + "\n" + m.group(2), tekst)
    args.schrijf.write_text(tekst, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
