"""Run one benchmark several times and report every figure as the median and the range over the runs. Not a test.

A claim from one good run does not reproduce (issue 19: a batch "66× faster" came out at 38× in another run on
the same kind of machine). So every figure the README states comes from at least three runs of its benchmark:
this script runs the benchmark ``--keer`` times one after another, each writing its own JSON under
``bench/herhalingen/``, and then folds the runs together. Every number found at the same place in each run's
JSON becomes ``{"mediaan": …, "min": …, "max": …, "waarden": [...]}``; anything else is kept when all runs
agree and listed per run when they do not. The README's verdict on a target is read from the median; where a
target is missed in some runs the README says so.

Run, for example::

    .venv/bin/python bench/herhaal.py paginas            # bench_paginas.py, 3 runs
    .venv/bin/python bench/herhaal.py api --keer 5
    .venv/bin/python bench/herhaal.py populatie -- --steekproeven 0.1 0.25 --zonder-dask

Writes ``bench/herhaald_<naam>.json`` and prints the folded figures, one per line (path: median [min–max]).
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HIER = Path(__file__).resolve().parent
HERHALINGEN = HIER / "herhalingen"

#: benchmark name -> (script, the option that names its JSON output)
BENCHMARKS = {
    "api": ("bench_api.py", "--uitvoer"),
    "paginas": ("bench_paginas.py", "--uitvoer"),
    "latentie": ("bench_latentie.py", "--uitvoer"),
    "populatie": ("bench_populatie.py", "--uitvoer"),
    "soak": ("soak/soak.py", "--uit"),
}


def getal(waarde) -> bool:
    return isinstance(waarde, (int, float)) and not isinstance(waarde, bool)


def vouw(runs: list):
    """Fold the same place of every run's JSON into one value (see the module's text)."""
    eerste = runs[0]
    if all(getal(r) for r in runs):
        return {
            "mediaan": statistics.median(runs),
            "min": min(runs),
            "max": max(runs),
            "waarden": runs,
        }
    if all(isinstance(r, dict) for r in runs):
        if all(r.keys() == eerste.keys() for r in runs):
            return {sleutel: vouw([r[sleutel] for r in runs]) for sleutel in eerste}
        # a run keyed by its own time (bench_populatie.py): the same number of entries, taken in order
        if all(len(r) == len(eerste) for r in runs):
            return {
                " | ".join(dict.fromkeys(sleutels)): vouw([r[s] for r, s in zip(runs, sleutels, strict=True)])
                for sleutels in zip(*(list(r) for r in runs), strict=True)
            }
    if all(isinstance(r, list) for r in runs) and all(len(r) == len(eerste) for r in runs):
        return [vouw(list(plek)) for plek in zip(*runs, strict=True)]
    if all(r == eerste for r in runs):
        return eerste
    return {"per_run": runs}


def regels(gevouwen, pad: str = "") -> list[str]:
    """One line per folded figure: path, median and range."""
    if isinstance(gevouwen, dict) and "mediaan" in gevouwen and "waarden" in gevouwen:
        m, lo, hi = gevouwen["mediaan"], gevouwen["min"], gevouwen["max"]
        return [f"{pad}: {m:.6g} [{lo:.6g}–{hi:.6g}]"]
    if isinstance(gevouwen, dict) and "per_run" not in gevouwen:
        return [regel for k, v in gevouwen.items() for regel in regels(v, f"{pad}.{k}" if pad else str(k))]
    if isinstance(gevouwen, list):
        return [regel for i, v in enumerate(gevouwen) for regel in regels(v, f"{pad}[{i}]")]
    return []


def belasting() -> float:
    return os.getloadavg()[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("naam", choices=sorted(BENCHMARKS))
    parser.add_argument("--keer", type=int, default=3, help="runs (at least 3 for a figure in the README)")
    parser.add_argument("--als", help="name of the folded file (default: the benchmark's), for several option sets")
    # everything after "--" is the benchmark's own options
    argv = sys.argv[1:]
    eigen, rest = (argv[: argv.index("--")], argv[argv.index("--") + 1 :]) if "--" in argv else (argv, [])
    args = parser.parse_args(eigen)
    script, optie = BENCHMARKS[args.naam]
    HERHALINGEN.mkdir(exist_ok=True)
    runs, verloop = [], []
    for keer in range(1, args.keer + 1):
        uitvoer = HERHALINGEN / f"{args.als or args.naam}_{keer}.json"
        uitvoer.unlink(missing_ok=True)
        begin, load = time.perf_counter(), belasting()
        subprocess.run([sys.executable, str(HIER / script), *rest, optie, str(uitvoer)], check=True)
        verloop.append(
            {"run": keer, "seconden": round(time.perf_counter() - begin, 1), "load_bij_start": round(load, 2)}
        )
        runs.append(json.loads(uitvoer.read_text(encoding="utf-8")))
        print(f"herhaal: run {keer} of {args.keer} done", file=sys.stderr)
    gevouwen = {
        "benchmark": script,
        "opties": rest,
        "keer": args.keer,
        "gemeten": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "runs": verloop,
        "figuren": vouw(runs),
    }
    doel = HIER / f"herhaald_{args.als or args.naam}.json"
    doel.write_text(json.dumps(gevouwen, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print("\n".join(regels(gevouwen["figuren"])))
    print(f"\n({args.keer} runs; folded figures in {doel})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
