"""Latency of single ``POST /v1/aanspraken`` requests while a large batch is in flight. Not a test.

Issue 14, point 4: a 10,000-situation ``POST /v1/aanspraken/batch`` must not stall the single requests that
reach the same server. Done when, during such a batch, single requests keep a p99 under 250 ms, both with the
README's ``nl-sociaal serve`` (one worker) and with ``nl-sociaal serve --workers 2``.

What it does, per server configuration (``nl-sociaal serve --port P``, then ``... --workers 2``):

1. starts the server as a subprocess of its own (its own process group, stopped with it), waits until
   ``/v1/aanspraken`` answers, warms it up (single requests and a small batch);
2. baseline: ``--baseline`` single requests one after another, nothing else running;
3. ``--runs`` times: one batch of ``--batch`` varied huishoudens in a background thread and, while it is in
   flight, single requests from one client, each sent as soon as the previous one answered plus ``--pauze``
   seconds, until the batch has answered. Every latency is recorded, with its start time in the batch.

Every single request opens a new TCP connection. With two workers the kernel decides which worker accepts
it; only a worker whose event loop is free accepts at all, so whether single requests ever land on the worker
computing the batch depends on the code under test. The table counts the requests slower than 1 s.

It speaks HTTP only and reads ``tests/voorbeelden/utrecht_2024_alle_regelingen.json`` (every regeling
decided); it imports nothing of the package, so it measures any version of the code: ``--server-pythonpath``
puts another copy of the package first on the server's ``PYTHONPATH`` (a directory holding
``openfisca_nl_sociaal/`` laid out as in the wheel, with ``api/``, ``parameters/``, ``variables/`` and
``reforms/`` inside it), and ``--label`` names the figures.

Run: ``.venv/bin/python bench/bench_latentie.py`` (about 1.5 minutes on the 2-core development machine with
another test run using one core meanwhile; a batch of 10,000 then takes 7 to 13 s, 5 s on a quiet machine).
``--snel``: a batch of 1,000 and one run, about 15 s, to check the script; it writes no JSON unless
``--uitvoer`` is given. It prints a Markdown table and writes the raw figures to ``bench/latentie.json``
under ``metingen.<label>``, keeping the figures of other labels (say, before and after a change).
The client runs on the same cores as the server; the load of the machine and the CPU used by the server,
this client and everything else during each batch are recorded beside the figures.
"""

from __future__ import annotations

import argparse
import datetime
import json
import math
import os
import platform
import random
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

import httpx
from serverproces import JSON_HEADERS, Server, vrije_poort

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
VOORBEELD = ROOT / "tests" / "voorbeelden" / "utrecht_2024_alle_regelingen.json"
UITVOER = BENCH / "latentie.json"
ENKEL = "/v1/aanspraken"
BATCH = "/v1/aanspraken/batch"
#: a single request slower than this probably waited for the worker computing the batch
TRAAG_S = 1.0
DOEL_P99_MS = 250.0


# --- the situations --------------------------------------------------------------------------------------


def lees_voorbeeld() -> str:
    if not VOORBEELD.is_file():
        raise SystemExit(f"example situation missing: {VOORBEELD}")
    return VOORBEELD.read_text(encoding="utf-8")


def batch_situaties(voorbeeld: str, aantal: int, zaad: int = 14) -> list[dict]:
    """``aantal`` copies of the example with incomes, assets, rent and childcare hours drawn at random (seeded,
    so every run sends the same facts): a mix of ``recht`` and ``geen_recht`` as a real batch would hold."""
    toeval = random.Random(zaad)
    situaties = []
    for _ in range(aantal):
        situatie = json.loads(voorbeeld)  # a fresh copy each time
        for persoon, bovengrens in (("ik", 75_000), ("partner", 45_000)):
            feiten = situatie["personen"][persoon]
            jaarinkomen = toeval.randrange(0, bovengrens, 250)
            feiten["toetsingsinkomen"] = jaarinkomen
            feiten["netto_inkomen"] = round(jaarinkomen * 0.8 / 12)
            feiten["vermogen"] = toeval.choice((0, 1_000, 5_000, 20_000, 60_000, 200_000))
        for kind, uren in (("peuter", 150), ("schoolkind", 100)):
            situatie["personen"][kind]["kinderopvang_uren"] = toeval.randrange(0, uren, 5)
        woning = situatie["huishoudens"]["woning"]
        woning["kale_huur"] = toeval.randrange(400, 1_100, 10)
        woning["servicekosten"] = toeval.randrange(0, 75, 5)
        situaties.append(situatie)
    return situaties


def batch_body(voorbeeld: str, aantal: int) -> bytes:
    # Encoded once, before any timing: the client's own JSON work is not measured.
    return json.dumps({"situaties": batch_situaties(voorbeeld, aantal)}, ensure_ascii=False).encode()


# --- the server ------------------------------------------------------------------------------------------


# --- CPU: other engineers' tests may share these two cores -----------------------------------------------

CLK_TCK = os.sysconf("SC_CLK_TCK")


def cpu_machine() -> float:
    """CPU seconds the machine has been busy since boot, all cores together."""
    velden = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:8]
    user, nice, system, _idle, _iowait, irq, softirq = map(int, velden)
    return (user + nice + system + irq + softirq) / CLK_TCK


def cpu_groep(groep: int) -> float:
    """CPU seconds used so far by the live processes of one process group (the server and its workers)."""
    totaal = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            velden = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(velden[2]) == groep:  # pgrp
            totaal += int(velden[11]) + int(velden[12])  # utime, stime
    return totaal / CLK_TCK


class CpuMeter:
    """Cores busy during a phase: the server's group, this client, and everything else on the machine."""

    def __init__(self, groep: int) -> None:
        self.groep = groep
        self.begin = self._nu()

    def _nu(self) -> tuple[float, float, float, float]:
        return time.perf_counter(), cpu_machine(), time.process_time(), cpu_groep(self.groep)

    def stop(self) -> dict:
        wand, machine, client, server = (na - voor for na, voor in zip(self._nu(), self.begin, strict=True))
        return {
            "server_kernen": round(server / wand, 2),
            "client_kernen": round(client / wand, 2),
            "andere_kernen": round(max(0.0, machine - server - client) / wand, 2),
        }


# --- requests --------------------------------------------------------------------------------------------


def nieuwe_verbinding_per_verzoek(timeout: float) -> httpx.Client:
    """A client that opens a new TCP connection for every request (no keep-alive), so that with several
    workers each request is accepted by whichever worker the kernel and the event loops pick."""
    return httpx.Client(
        timeout=httpx.Timeout(timeout, connect=10.0),
        limits=httpx.Limits(max_keepalive_connections=0),
        headers=JSON_HEADERS,
    )


@dataclass
class Verzoek:
    begin_s: float  # since the start of the batch (or of the baseline)
    latentie_s: float
    status: int | None  # None: no HTTP answer
    fout: str = ""

    @property
    def goed(self) -> bool:
        return self.status == 200 and not self.fout


def enkel_verzoek(client: httpx.Client, url: str, body: bytes, nul: float) -> Verzoek:
    begin = time.perf_counter()
    try:
        antwoord = client.post(url, content=body)
    except httpx.HTTPError as fout:
        return Verzoek(begin - nul, time.perf_counter() - begin, None, f"{type(fout).__name__}: {fout}")
    latentie = time.perf_counter() - begin
    fout = ""
    if antwoord.status_code == 200 and b'"regelingen"' not in antwoord.content:
        fout = "200 without regelingen"
    return Verzoek(begin - nul, latentie, antwoord.status_code, fout)


@dataclass
class BatchUitkomst:
    begin: float = 0.0
    duur_s: float = 0.0
    status: int | None = None
    fout: str = ""
    inhoud: bytes = b""
    klaar: threading.Event = field(default_factory=threading.Event)


def stuur_batch(url: str, body: bytes, timeout: float, uitkomst: BatchUitkomst) -> None:
    """In a thread of its own. The answer is kept as bytes and only parsed after the measurement, so that this
    thread does not hold the client's GIL while the other one times single requests."""
    try:
        with httpx.Client(timeout=httpx.Timeout(timeout, connect=10.0), headers=JSON_HEADERS) as client:
            uitkomst.begin = time.perf_counter()
            antwoord = client.post(url, content=body)
            uitkomst.duur_s = time.perf_counter() - uitkomst.begin
            uitkomst.status = antwoord.status_code
            uitkomst.inhoud = antwoord.content
    except httpx.HTTPError as fout:
        uitkomst.duur_s = time.perf_counter() - uitkomst.begin
        uitkomst.fout = f"{type(fout).__name__}: {fout}"
    finally:
        uitkomst.klaar.set()


def controleer_batch(uitkomst: BatchUitkomst, aantal: int) -> str:
    """Empty when the batch answered 200 with one answer per situation, else what was wrong."""
    if uitkomst.fout:
        return uitkomst.fout
    if uitkomst.status != 200:
        return f"HTTP {uitkomst.status}: {uitkomst.inhoud[:300].decode(errors='replace')}"
    try:
        antwoorden = json.loads(uitkomst.inhoud)["antwoorden"]
    except (ValueError, KeyError, TypeError) as fout:
        return f"unreadable answer: {fout!r}"
    if len(antwoorden) != aantal:
        return f"{len(antwoorden)} answers to {aantal} situations"
    problemen = sum(1 for antwoord in antwoorden if "probleem" in antwoord)
    return f"{problemen} situations answered with a probleem" if problemen else ""


# --- figures ---------------------------------------------------------------------------------------------


def percentiel(waarden: list[float], p: float) -> float:
    """Nearest rank: the smallest value with at least ``p`` % of the values at or below it."""
    gesorteerd = sorted(waarden)
    return gesorteerd[max(0, math.ceil(p / 100 * len(gesorteerd)) - 1)]


def samenvatting(verzoeken: list[Verzoek]) -> dict:
    latenties = [v.latentie_s * 1000 for v in verzoeken if v.goed]
    fouten: dict[str, int] = {}
    for verzoek in verzoeken:
        if not verzoek.goed:
            soort = verzoek.fout or f"HTTP {verzoek.status}"
            fouten[soort] = fouten.get(soort, 0) + 1
    uit: dict = {"verzoeken": len(verzoeken), "goed": len(latenties), "fouten": fouten}
    if latenties:
        uit |= {f"p{p}_ms": round(percentiel(latenties, p), 1) for p in (50, 95, 99)}
        uit["max_ms"] = round(max(latenties), 1)
        uit["traag"] = sum(1 for ms in latenties if ms >= TRAAG_S * 1000)
    return uit


# --- the scenario ----------------------------------------------------------------------------------------


def warm_op(server: Server, enkel: bytes, klein: bytes, workers: int) -> None:
    """A few single requests, then a small batch per worker at the same time, so every worker has computed."""
    with nieuwe_verbinding_per_verzoek(60.0) as client:
        for _ in range(10):
            client.post(server.url + ENKEL, content=enkel).raise_for_status()
    uitkomsten = [BatchUitkomst() for _ in range(workers)]
    draden = [
        threading.Thread(target=stuur_batch, args=(server.url + BATCH, klein, 300.0, uitkomst))
        for uitkomst in uitkomsten
    ]
    for draad in draden:
        draad.start()
    for draad in draden:
        draad.join()
    for uitkomst in uitkomsten:
        if uitkomst.fout or uitkomst.status != 200:
            raise RuntimeError(f"warm-up batch failed: {uitkomst.fout or uitkomst.status}\n{server.staart()}")


def meet_basis(server: Server, enkel: bytes, aantal: int, pauze: float) -> list[Verzoek]:
    verzoeken = []
    with nieuwe_verbinding_per_verzoek(60.0) as client:
        nul = time.perf_counter()
        for _ in range(aantal):
            verzoeken.append(enkel_verzoek(client, server.url + ENKEL, enkel, nul))
            time.sleep(pauze)
    return verzoeken


def meet_tijdens_batch(
    server: Server, enkel: bytes, batch: bytes, aantal: int, instellingen
) -> tuple[dict, list[Verzoek]]:
    """One batch in a background thread; single requests one after another until it has answered."""
    uitkomst = BatchUitkomst()
    meter = CpuMeter(server.proces.pid) if server.proces else None
    draad = threading.Thread(
        target=stuur_batch, args=(server.url + BATCH, batch, instellingen.batch_timeout, uitkomst), daemon=True
    )
    verzoeken: list[Verzoek] = []
    with nieuwe_verbinding_per_verzoek(instellingen.batch_timeout) as client:
        draad.start()
        while not uitkomst.begin:  # the batch's clock starts just before it sends
            time.sleep(0.0005)
        while not uitkomst.klaar.is_set():
            verzoeken.append(enkel_verzoek(client, server.url + ENKEL, enkel, uitkomst.begin))
            uitkomst.klaar.wait(instellingen.pauze)
    draad.join()
    cpu = meter.stop() if meter else {}
    probleem = controleer_batch(uitkomst, aantal)
    meting = {
        "batch": {
            "situaties": aantal,
            "duur_s": round(uitkomst.duur_s, 3),
            "status": uitkomst.status,
            "probleem": probleem,
            "bytes_verzoek": len(batch),
            "bytes_antwoord": len(uitkomst.inhoud),
        },
        "cpu": cpu,
        "samenvatting": samenvatting(verzoeken),
        # every single request: start (s after the batch was sent), latency (ms), HTTP status, error
        "verzoeken": [[round(v.begin_s, 4), round(v.latentie_s * 1000, 2), v.status, v.fout] for v in verzoeken],
        "na_batch_beantwoord": sum(1 for v in verzoeken if v.begin_s + v.latentie_s > uitkomst.duur_s),
    }
    return meting, verzoeken


def meet_configuratie(workers: int, voorbeeld: str, batch: bytes, instellingen) -> dict:
    enkel = voorbeeld.encode()
    klein = batch_body(voorbeeld, 100)
    poort = vrije_poort()
    commando = [str(instellingen.nl_sociaal), "serve", "--port", str(poort)]
    if workers != 1:
        commando += ["--workers", str(workers)]
    server = Server("nl-sociaal", commando, poort, instellingen.server_pythonpath)
    naam = " ".join(["nl-sociaal", *commando[1:]]).replace(f"--port {poort}", "--port P")
    print(f"{naam}: starting …", flush=True)
    server.start()
    uitkomst: dict = {"config": naam, "workers": workers, "commando": commando}
    alle: list[Verzoek] = []  # the single requests of every run together
    try:
        uitkomst["opstart_s"] = round(server.wacht_op(ENKEL, enkel), 2)
        warm_op(server, enkel, klein, workers)
        basis = meet_basis(server, enkel, instellingen.baseline, instellingen.pauze)
        uitkomst["basis"] = {
            "samenvatting": samenvatting(basis),
            "latenties_ms": [round(v.latentie_s * 1000, 2) for v in basis],
        }
        print(f"  baseline: {uitkomst['basis']['samenvatting']}", flush=True)
        uitkomst["runs"] = []
        for run in range(instellingen.runs):
            meting, verzoeken = meet_tijdens_batch(server, enkel, batch, instellingen.batch, instellingen)
            uitkomst["runs"].append(meting)
            alle += verzoeken
            kort = meting["samenvatting"]
            print(
                f"  run {run + 1}/{instellingen.runs}: batch {meting['batch']['duur_s']:.2f} s"
                f"{' (' + meting['batch']['probleem'] + ')' if meting['batch']['probleem'] else ''}, "
                f"{kort['verzoeken']} single requests, p50 {kort.get('p50_ms')} ms, p99 {kort.get('p99_ms')} ms, "
                f"max {kort.get('max_ms')} ms, errors {kort['fouten'] or 'none'}; cpu {meting['cpu']}",
                flush=True,
            )
    finally:
        server.stop()
        uitkomst["server_meldingen"] = server.meldingen()
        uitkomst["server_exitcode"] = server.proces.returncode if server.proces else None
        server.opruimen()
    uitkomst["tijdens_batch"] = samenvatting(alle)
    return uitkomst


# --- report ----------------------------------------------------------------------------------------------


def git(*argumenten: str) -> str:
    try:
        return subprocess.run(["git", *argumenten], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return ""


def code_onder_test(instellingen) -> dict:
    if instellingen.server_pythonpath:
        return {"server_pythonpath": instellingen.server_pythonpath}
    gewijzigd = [regel for regel in git("status", "--porcelain").splitlines() if not regel.startswith("??")]
    return {"commit": git("rev-parse", "HEAD").strip(), "gewijzigde_bestanden": len(gewijzigd)}


def machine() -> dict:
    pakketten = {}
    for naam in ("openfisca-nl-sociaal", "openfisca-core", "fastapi", "starlette", "uvicorn", "httpx"):
        try:
            pakketten[naam] = metadata.version(naam)
        except metadata.PackageNotFoundError:
            pakketten[naam] = None
    return {
        "datum": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
        "kernen": os.cpu_count(),
        "kernen_beschikbaar": len(os.sched_getaffinity(0)),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "pakketten": pakketten,
        "belasting_bij_start": [round(x, 2) for x in os.getloadavg()],
    }


def ms(waarde: float | None) -> str:
    return "–" if waarde is None else f"{waarde:,.0f} ms"


def tabel(meting: dict) -> str:
    regels = [
        f"Single `POST /v1/aanspraken` during one batch of {meting['instellingen']['batch']:,} situations "
        f"(`POST /v1/aanspraken/batch`), code: {meting['label']}",
        "",
        "| config | runs | single requests during batch (≥ 1 s) | p50 | p95 | p99 | max | p99 per run "
        "| baseline p50 / p99 | batch duration per run | errors |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for config in meting["configuraties"]:
        tijdens, basis = config["tijdens_batch"], config["basis"]["samenvatting"]
        runs = config["runs"]
        duren = [run["batch"]["duur_s"] for run in runs]
        fouten = dict(tijdens["fouten"])
        for run in runs:
            if run["batch"]["probleem"]:
                fouten[f"batch: {run['batch']['probleem']}"] = fouten.get(f"batch: {run['batch']['probleem']}", 0) + 1
        regels.append(
            f"| `{config['config']}` | {len(runs)} | {tijdens['verzoeken']} ({tijdens.get('traag', 0)}) "
            f"| {ms(tijdens.get('p50_ms'))} | {ms(tijdens.get('p95_ms'))} | {ms(tijdens.get('p99_ms'))} "
            f"| {ms(tijdens.get('max_ms'))} "
            f"| {' / '.join(ms(run['samenvatting'].get('p99_ms')) for run in runs)} "
            f"| {ms(basis.get('p50_ms'))} / {ms(basis.get('p99_ms'))} "
            f"| {' / '.join(f'{duur:.1f} s' for duur in duren)} "
            f"| {', '.join(f'{k}: {v}' for k, v in fouten.items()) or 'none'} |"
        )
    belasting = meting["machine"]["belasting_bij_start"]
    andere = max(
        (run["cpu"].get("andere_kernen", 0.0) for c in meting["configuraties"] for run in c["runs"]), default=0
    )
    regels += [
        "",
        f"Target: p99 under {DOEL_P99_MS:.0f} ms during the batch. A new connection per single request, sent as soon "
        f"as the previous one answered plus {meting['instellingen']['pauze'] * 1000:.0f} ms; percentiles over all "
        f"runs together (nearest rank). {meting['machine']['kernen']} cores, load average at start "
        f"{belasting[0]:.2f}; other processes used at most {andere:.1f} cores during a batch.",
    ]
    return "\n".join(regels)


def schrijf(uitvoer: Path, meting: dict) -> None:
    """Keep the figures of other labels (say, before and after a change); replace this label's."""
    bestaand: dict = {}
    if uitvoer.is_file():
        try:
            bestaand = json.loads(uitvoer.read_text(encoding="utf-8"))
        except ValueError:
            bestaand = {}
    if not isinstance(bestaand.get("metingen"), dict):
        bestaand = {"beschrijving": __doc__.split("\n\n")[0], "metingen": {}}
    bestaand["metingen"][meting["label"]] = meting
    uitvoer.write_text(json.dumps(bestaand, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def argumenten() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--batch", type=int, default=10_000, help="situations in the batch")
    parser.add_argument("--runs", type=int, default=3, help="batches per server configuration")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="server configurations")
    parser.add_argument("--baseline", type=int, default=100, help="single requests without a batch")
    parser.add_argument("--pauze", type=float, default=0.02, help="seconds between single requests")
    parser.add_argument("--batch-timeout", type=float, default=1_800.0, help="seconds, for any request")
    parser.add_argument("--label", help="name of the figures in the JSON (default: the commit, + if changed)")
    parser.add_argument("--server-pythonpath", help="put this directory first on the server's PYTHONPATH")
    parser.add_argument(
        "--nl-sociaal", type=Path, default=Path(sys.executable).parent / "nl-sociaal", help="the command"
    )
    parser.add_argument("--uitvoer", type=Path, help=f"JSON file (default {UITVOER}; none with --snel)")
    parser.add_argument("--snel", action="store_true", help="a batch of 1,000 and one run: checks the script")
    instellingen = parser.parse_args()
    if instellingen.snel:
        instellingen.batch, instellingen.runs, instellingen.baseline = 1_000, 1, 20
    elif instellingen.uitvoer is None:
        instellingen.uitvoer = UITVOER
    if not instellingen.nl_sociaal.exists():
        parser.error(f"{instellingen.nl_sociaal} not found: run with the venv's python, or pass --nl-sociaal")
    return instellingen


def main() -> None:
    instellingen = argumenten()
    begin = time.perf_counter()
    code = code_onder_test(instellingen)
    label = instellingen.label or (
        Path(instellingen.server_pythonpath).name
        if instellingen.server_pythonpath
        else code["commit"][:10] + ("+changes" if code["gewijzigde_bestanden"] else "")
    )
    voorbeeld = lees_voorbeeld()
    batch = batch_body(voorbeeld, instellingen.batch)
    print(f"batch of {instellingen.batch:,} situations: {len(batch) / 1e6:.1f} MB; load {os.getloadavg()}", flush=True)
    meting: dict = {
        "label": label,
        "code": code,
        "machine": machine(),
        "instellingen": {k: str(v) if isinstance(v, Path) else v for k, v in vars(instellingen).items()},
        "configuraties": [],
    }
    for workers in instellingen.workers:
        meting["configuraties"].append(meet_configuratie(workers, voorbeeld, batch, instellingen))
    meting["machine"]["belasting_bij_einde"] = [round(x, 2) for x in os.getloadavg()]
    meting["duur_s"] = round(time.perf_counter() - begin, 1)
    meting["markdown"] = tabel(meting)
    print()
    print(meting["markdown"])
    if instellingen.uitvoer:
        schrijf(instellingen.uitvoer, meting)
        print(f"\n(whole run {meting['duur_s']:.0f} s; raw figures in {instellingen.uitvoer}, label {label!r})")


if __name__ == "__main__":
    main()
