"""The soak test: ``nl-sociaal serve --workers 2`` under sustained mixed traffic from Locust, with one worker killed
in the middle. Not a unit test: the long run is a benchmark (``python bench/soak/soak.py``, 10 minutes, figures in
the README and ``bench/soak.json``); ``tests/belasting/test_soak.py`` runs a one-minute version in CI.

What it measures: requests served, p50/p95/p99 per route (Locust's own statistics), failures by status, the
resident memory of the server's processes at the start (after a warm-up) and at the end, and what happened when a
worker was killed with SIGKILL: whether uvicorn's supervisor replaced it, how long that took, and which requests
failed (only those in flight on the killed worker may).
"""

from __future__ import annotations

import argparse
import csv
import datetime
import json
import os
import platform
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

SOAK = Path(__file__).resolve().parent
sys.path.insert(0, str(SOAK.parent))
from serverproces import HOST, Server, vrije_poort  # noqa: E402

LOCUSTFILE = SOAK / "locustfile.py"
BIN = Path(sys.executable).parent
VOORBEELD = SOAK.parents[1] / "tests" / "voorbeelden" / "utrecht_2024_alle_regelingen.json"
#: a failure this close to the kill (seconds) counts as in flight on the killed worker; anything else is an error
IN_VLUCHT = 2.0
#: how long a worker may grow over the run (MiB of resident memory), the bound the README states
GROEI_GRENS_MIB = 150
#: the warm-up at the start of the load (seconds; a third of a short run) after which growth is measured
OPWARMEN_S = 60.0
#: how often the memory series is written down (seconds)
REEKS_S = 10.0


def _werkers(server: Server) -> list[psutil.Process]:
    """uvicorn's worker processes (spawned by multiprocessing), not its resource tracker."""
    uit = []
    for p in psutil.Process(server.proces.pid).children(recursive=True):
        try:
            if p.status() != psutil.STATUS_ZOMBIE and "spawn_main" in " ".join(p.cmdline()):
                uit.append(p)
        except psutil.Error:  # a killed worker, not yet reaped
            pass
    return uit


def _geheugen(server: Server) -> dict[str, float]:
    """Resident memory in MiB: the supervisor and each worker (by pid)."""
    uit = {"supervisor": psutil.Process(server.proces.pid).memory_info().rss / 2**20}
    for werker in _werkers(server):
        try:
            uit[str(werker.pid)] = werker.memory_info().rss / 2**20
        except psutil.Error:
            pass
    return uit


def _cpu(server: Server) -> dict[str, float]:
    """CPU seconds (user + system) each worker has used: how the load was spread."""
    uit = {}
    for werker in _werkers(server):
        try:
            tijden = werker.cpu_times()
            uit[str(werker.pid)] = round(tijden.user + tijden.system, 1)
        except psutil.Error:
            pass
    return uit


def _statistieken(voorvoegsel: str) -> tuple[list[dict], list[dict]]:
    with open(f"{voorvoegsel}_stats.csv", newline="") as f:
        stats = list(csv.DictReader(f))
    with open(f"{voorvoegsel}_failures.csv", newline="") as f:
        fouten = list(csv.DictReader(f))
    routes = [
        {
            "route": r["Name"],
            "verzoeken": int(r["Request Count"]),
            "mislukt": int(r["Failure Count"]),
            "p50_ms": float(r["50%"]),
            "p95_ms": float(r["95%"]),
            "p99_ms": float(r["99%"]),
        }
        for r in stats
    ]
    return routes, [{"route": r["Name"], "fout": r["Error"], "aantal": int(r["Occurrences"])} for r in fouten]


def soak(seconden: int, gebruikers: int = 20, doden_na: float | None = None, werkers: int = 2) -> dict:
    """Run the soak; kill one worker ``doden_na`` seconds into the load (``None``: none)."""
    poort = vrije_poort()
    server = Server("soak", [str(BIN / "nl-sociaal"), "serve", "--workers", str(werkers), "--port", str(poort)], poort)
    server.start()
    uitkomst: dict = {"seconden": seconden, "gebruikers": gebruikers, "werkers": werkers}
    with tempfile.TemporaryDirectory(prefix="soak-") as map_:
        voorvoegsel = os.path.join(map_, "soak")
        foutenbestand = os.path.join(map_, "fouten.json")
        try:
            uitkomst["opstart_s"] = round(server.wacht_op("/v1/aanspraken", VOORBEELD.read_bytes()), 1)
            while len(_werkers(server)) < werkers:
                time.sleep(0.2)
            for _ in range(20):  # warm every worker's caches before the memory is read
                server.wacht_op("/v1/aanspraken", VOORBEELD.read_bytes())
            uitkomst["geheugen_begin_mib"] = _geheugen(server)
            locust = subprocess.Popen(
                [
                    str(BIN / "locust"),
                    "-f",
                    str(LOCUSTFILE),
                    "--headless",
                    "-u",
                    str(gebruikers),
                    "-r",
                    str(gebruikers),
                    "-t",
                    f"{seconden}s",
                    "--host",
                    server.url,
                    "--csv",
                    voorvoegsel,
                    "--only-summary",
                    "--stop-timeout",
                    "60",
                    "--loglevel",
                    "WARNING",
                ],
                env={**os.environ, "SOAK_FOUTEN": foutenbestand},
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
            )
            begin = time.time()
            hoogste: dict[str, float] = {}
            reeks: list[dict] = []
            gedood: dict = {}
            opwarmen = min(OPWARMEN_S, seconden / 3)
            while locust.poll() is None:
                nu = _geheugen(server)
                for naam, mib in nu.items():
                    hoogste[naam] = max(hoogste.get(naam, 0.0), mib)
                if not reeks or time.time() - begin >= reeks[-1]["s"] + REEKS_S:
                    reeks.append({"s": round(time.time() - begin), "mib": {k: round(v, 1) for k, v in nu.items()}})
                if "geheugen_na_opwarmen_mib" not in uitkomst and time.time() - begin >= opwarmen:
                    uitkomst["geheugen_na_opwarmen_mib"] = nu
                if doden_na is not None and not gedood and time.time() - begin >= doden_na:
                    # the busiest worker: killing an idle one would prove nothing
                    cpu = _cpu(server)
                    slachtoffer = max(_werkers(server), key=lambda p: cpu.get(str(p.pid), 0.0))
                    uitkomst["cpu_s_bij_doden"] = cpu
                    overige = {p.pid for p in _werkers(server)} - {slachtoffer.pid}
                    gedood = {"pid": slachtoffer.pid, "tijd": time.time(), "na_s": round(time.time() - begin, 1)}
                    os.kill(slachtoffer.pid, signal.SIGKILL)
                if gedood and "vervangen_na_s" not in gedood:
                    nieuw = [p.pid for p in _werkers(server) if p.pid not in overige and p.pid != gedood["pid"]]
                    if nieuw:
                        gedood["vervanger"] = nieuw[0]
                        gedood["vervangen_na_s"] = round(time.time() - gedood["tijd"], 1)
                time.sleep(1.0)
            if locust.returncode not in (0, 1):  # 1: Locust's "some requests failed"
                raise RuntimeError(
                    f"locust exited {locust.returncode}: {locust.stderr.read() if locust.stderr else ''}"
                )
            uitkomst["geheugen_eind_mib"] = _geheugen(server)
            uitkomst["cpu_s_eind"] = _cpu(server)
            uitkomst["geheugen_hoogste_mib"] = hoogste
            uitkomst["geheugen_reeks"] = reeks
            routes, fouten = _statistieken(voorvoegsel)
            tijden = json.loads(Path(foutenbestand).read_text()) if os.path.exists(foutenbestand) else []
        finally:
            server.stop()
            uitkomst["server_meldingen"] = server.meldingen()
            server.opruimen()
    uitkomst["routes"] = routes
    uitkomst["fouten"] = fouten
    totaal = next(r for r in routes if r["route"] == "Aggregated")
    uitkomst["verzoeken"] = totaal["verzoeken"]
    per_status: dict[str, int] = {}
    for fout in tijden:
        per_status[str(fout["status"])] = per_status.get(str(fout["status"]), 0) + 1
    uitkomst["mislukt_per_status"] = per_status
    uitkomst["vijfhonderd"] = sum(n for s, n in per_status.items() if s.startswith("5"))
    if gedood:
        in_vlucht = [f for f in tijden if f["status"] == 0 and abs(f["tijd"] - gedood["tijd"]) <= IN_VLUCHT]
        gedood["mislukt_in_vlucht"] = len(in_vlucht)
        gedood.pop("tijd")
        uitkomst["gedood"] = gedood
        uitkomst["mislukt_overig"] = len(tijden) - len(in_vlucht)
    else:
        uitkomst["mislukt_overig"] = len(tijden)
    # memory growth after the warm-up of each process that lived through the whole run (a replacement starts
    # afresh): the first large batch makes a worker's allocator take what it keeps for the next one
    begin_mib, eind_mib = uitkomst["geheugen_na_opwarmen_mib"], uitkomst["geheugen_eind_mib"]
    uitkomst["groei_mib"] = {naam: round(eind_mib[naam] - begin_mib[naam], 1) for naam in begin_mib if naam in eind_mib}
    uitkomst["groei_grens_mib"] = GROEI_GRENS_MIB
    return uitkomst


def tabel(uitkomst: dict) -> str:
    regels = ["| route | requests | failed | p50 ms | p95 ms | p99 ms |", "|---|---:|---:|---:|---:|---:|"]
    for r in uitkomst["routes"]:
        regels.append(
            f"| {r['route']} | {r['verzoeken']:,} | {r['mislukt']} | {r['p50_ms']:.0f} | {r['p95_ms']:.0f} | "
            f"{r['p99_ms']:.0f} |"
        )
    return "\n".join(regels)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minuten", type=float, default=10.0)
    parser.add_argument("--gebruikers", type=int, default=20)
    parser.add_argument("--doden-na", type=float, default=None, help="seconds (default: halfway)")
    parser.add_argument("--uit", type=Path, default=SOAK.parent / "soak.json")
    args = parser.parse_args()
    seconden = int(args.minuten * 60)
    uitkomst = soak(seconden, args.gebruikers, args.doden_na if args.doden_na is not None else seconden / 2)
    uitkomst["gemeten"] = datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")
    uitkomst["machine"] = {"cpus": os.cpu_count(), "python": platform.python_version(), "host": HOST}
    args.uit.write_text(json.dumps(uitkomst, indent=2) + "\n")
    print(tabel(uitkomst))
    print(json.dumps({k: v for k, v in uitkomst.items() if k not in ("routes",)}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
