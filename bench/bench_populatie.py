"""The population simulation at full scale: wall time, peak memory and cost per million persons. Not a test.

Issue 16, point 6: the whole synthetic population (about 8.2 million households, 17.9 million persons), one year,
every scheme, baseline plus one variant, on this 2-core machine, on one machine and on a two-worker Dask
``LocalCluster``. Targets: under 10 minutes and under 16 GiB on one machine; cost growing linearly with the
population; the two-worker cluster at least 1.6× faster than one worker.

Each run is a fresh ``nl-sociaal populatie --json`` subprocess (so its memory is its own), timed from start to
end; peak memory is the largest resident set of the process and its children (a Dask worker is a child), read
from ``/usr/bin/time -v`` when present, else from ``resource.getrusage``. ``--steekproeven 0.05 0.1 0.2``
measures how the cost grows with the population (the linearity target) without the full run.

Run: ``.venv/bin/python bench/bench_populatie.py`` (full: one process, a one-worker and a two-worker LocalCluster,
some 20-30 minutes for the three runs);
``--steekproeven 0.01 0.02``: a quick check. Writes ``bench/populatie.json`` (``--uitvoer``) and prints a Markdown
table.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

HIER = Path(__file__).resolve().parent
NL_SOCIAAL = Path(sys.executable).with_name("nl-sociaal")


def meet(steekproef: float, dask: str | None, hervorming: str, jaar: int) -> dict:
    opdracht = [str(NL_SOCIAAL), "populatie", "--jaar", str(jaar), "--steekproef", str(steekproef), "--json", "--stil"]
    opdracht += ["--hervorming", hervorming]
    if dask:
        opdracht += ["--dask", dask]
    tijd = shutil.which("time") or ("/usr/bin/time" if os.path.exists("/usr/bin/time") else None)
    if tijd:
        opdracht = [tijd, "-v", *opdracht]
    begin = time.perf_counter()
    klaar = subprocess.run(opdracht, capture_output=True, text=True, check=False)
    duur = time.perf_counter() - begin
    if klaar.returncode != 0:
        raise SystemExit(f"run failed ({klaar.returncode}):\n{klaar.stderr[-3000:]}")
    antwoord = json.loads(klaar.stdout)
    (HIER / f"populatie_antwoord_{jaar}_{steekproef}_{dask or 'een'}.json").write_text(klaar.stdout)
    piek_kb = None
    gevonden = re.search(r"Maximum resident set size \(kbytes\): (\d+)", klaar.stderr)
    if gevonden:
        piek_kb = int(gevonden.group(1))
    else:
        piek_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    personen = antwoord["populatie"]["personen"] * steekproef
    return {
        "steekproef": steekproef,
        "dask": dask,
        "seconden": round(duur, 1),
        "piek_gib": round(piek_kb / 1024**2, 2) if piek_kb else None,
        "gesimuleerde_huishoudens": antwoord["populatie"]["gesimuleerde_huishoudens"],
        "gesimuleerde_personen": round(personen),
        "seconden_per_miljoen_personen": round(duur / (personen / 1e6), 1) if personen else None,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steekproeven", type=float, nargs="+", default=[1.0])
    parser.add_argument("--jaar", type=int, default=2025)
    parser.add_argument("--hervorming", default="kostendelersnorm_afschaffen")
    parser.add_argument("--zonder-dask", action="store_true")
    parser.add_argument(
        "--engines",
        nargs="+",
        default=["een", "local:1", "local"],
        help="een (one process), local:1 (a one-worker LocalCluster), local (two workers)",
    )
    parser.add_argument("--uitvoer", default=str(HIER / "populatie.json"))
    args = parser.parse_args()
    metingen = []
    for steekproef in args.steekproeven:
        for engine in ["een"] if args.zonder_dask else args.engines:
            dask = None if engine == "een" else engine
            meting = meet(steekproef, dask, args.hervorming, args.jaar)
            metingen.append(meting)
            print(json.dumps(meting), file=sys.stderr)
    print("| steekproef | engine | wall time | peak memory | households | s per million persons |")
    print("|---:|---|---:|---:|---:|---:|")
    for m in metingen:
        engine = {
            None: "one process",
            "local:1": "Dask LocalCluster, 1 worker",
            "local": "Dask LocalCluster, 2 workers",
        }
        engine = engine.get(m["dask"], str(m["dask"]))
        print(
            f"| {m['steekproef']} | {engine} | {m['seconden']} s | {m['piek_gib']} GiB | "
            f"{m['gesimuleerde_huishoudens']:,} | {m['seconden_per_miljoen_personen']} |"
        )
    bestaand = json.loads(Path(args.uitvoer).read_text()) if Path(args.uitvoer).exists() else {}
    bestaand[time.strftime("%Y-%m-%dT%H:%M")] = {
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "metingen": metingen,
    }
    Path(args.uitvoer).write_text(json.dumps(bestaand, indent=2) + "\n")


if __name__ == "__main__":
    main()
