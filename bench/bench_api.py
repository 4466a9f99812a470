"""On-demand benchmark of the HTTP API, against openfisca-core's own web API. Not a test.

Run: ``.venv/bin/python bench/bench_api.py`` (about 10 minutes on the 2-core development machine, after
waiting up to 5 minutes for the machine to be quiet; ``--snel`` for a quick check of the script itself). It
prints a Markdown table for the README and writes the raw figures to ``bench/resultaten.json``.

What it measures, in one run:

1. ``POST /v1/aanspraken`` for one huishouden in which every regeling is decided (``recht`` or
   ``geen_recht``), served by ``nl-sociaal serve --workers 2``: p50, p99 and requests per second with two
   concurrent clients; then the same huishouden without its income facts (``toetsingsinkomen`` and
   ``netto_inkomen`` unknown).
2. The same huishouden as an OpenFisca situation asking every regeling's monthly amount: our
   ``POST /v1/calculate`` against ``POST /calculate`` of ``openfisca serve --workers 2`` running this package.
3. One batch of 1,000 and of 10,000 varied huishoudens: our ``POST /v1/aanspraken/batch`` against one
   ``/calculate`` of openfisca-core holding all of them.
4. Cold start: from launching ``nl-sociaal serve`` to the first answer of ``/v1/aanspraken``.

The load clients run on the same two cores as the servers. The CPU used by the clients, the servers and
every other process is recorded beside each figure in the JSON.
"""

from __future__ import annotations

import argparse
import copy
import datetime
import json
import os
import platform
import random
import statistics
import sys
import threading
import time
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

import httpx
from serverproces import HOST, JSON_HEADERS, Server, vrije_poort

from openfisca_nl_sociaal import tax_benefit_system
from openfisca_nl_sociaal.invoer.situatie import lees_situatie
from openfisca_nl_sociaal.regelingen import REGELINGEN

BENCH = Path(__file__).resolve().parent
VOORBEELD = BENCH.parent / "tests" / "voorbeelden" / "utrecht_2024_alle_regelingen.json"
RESULTATEN = BENCH / "resultaten.json"
BIN = Path(sys.executable).parent  # the console scripts of this venv: nl-sociaal, openfisca
CLIENTS = 2
WORKERS = 2
#: a client thread that died would otherwise leave the others waiting forever
BARRIER_TIMEOUT = 600.0
#: every regeling's monthly amount, once (bijstand and AIO share a variable)
BEDRAGVARIABELEN = tuple(dict.fromkeys(regeling.maandbedrag for regeling in REGELINGEN))
#: the income facts left out for the "income unknown" measurement
INKOMENSFEITEN = ("toetsingsinkomen", "netto_inkomen")


# --- the huishoudens -------------------------------------------------------------------------------------


def huishouden_alle_regelingen() -> dict:
    """A renting family with two children in childcare in which every regeling is decided (Utrecht, 2024).

    ``tests/voorbeelden/utrecht_2024_alle_regelingen.json`` (also used by ``tests/pakket/test_bereik.py``): the
    renting family of ``huurgezin_met_kinderopvang.json`` in 2024 (the childcare table is in the rules for
    2022-2024 and 2026) in Utrecht (kwijtschelding, individuele inkomenstoeslag and U-pas known for
    2023-2024), rent 800 (below the 2024 huurgrens of € 879,66), with gemeentelijke belastingen, the IIT's
    facts and insured years. Without one of these some regeling would be ``onbekend`` and skip its work.
    """
    return json.loads(VOORBEELD.read_text())


def zonder_inkomen(situatie: dict) -> dict:
    """The same huishouden with its income facts unknown (absent, as the contract says)."""
    kopie = copy.deepcopy(situatie)
    for persoon in kopie["personen"].values():
        for feit in INKOMENSFEITEN:
            persoon.pop(feit, None)
    return kopie


def gevarieerde_huishoudens(aantal: int, zaad: int = 2024) -> list[dict]:
    """``aantal`` variations of the huishouden: incomes, assets, rent and childcare hours spread, so that
    a batch holds a realistic mix of ``recht`` and ``geen_recht``. Seeded: every run sends the same facts."""
    basis = huishouden_alle_regelingen()
    kans = random.Random(zaad)
    huishoudens = []
    for _ in range(aantal):
        situatie = copy.deepcopy(basis)
        personen = situatie["personen"]
        for naam, hoogste in (("ik", 70_000), ("partner", 40_000)):
            inkomen = kans.randrange(0, hoogste, 100)
            personen[naam]["toetsingsinkomen"] = inkomen
            personen[naam]["netto_inkomen"] = round(inkomen / 12 * 0.85)  # roughly net of tax, per month
            personen[naam]["vermogen"] = kans.choice((0, 0, 2_500, 10_000, 45_000, 150_000))
        personen["peuter"]["kinderopvang_uren"] = kans.randrange(0, 140, 4)
        personen["schoolkind"]["kinderopvang_uren"] = kans.randrange(0, 90, 4)
        woning = situatie["huishoudens"]["woning"]
        woning["kale_huur"] = kans.randrange(450, 1_050, 5)
        woning["servicekosten"] = kans.randrange(0, 60)
        huishoudens.append(situatie)
    return huishoudens


def openfisca_situatie(situaties: list[dict]) -> dict:
    """The huishoudens as one openfisca-core situation asking every regeling's amount for the month.

    The facts are the engine's own reading of the contract request (``lees_situatie``), so both sides
    get the same facts in the same periods: a plain monthly fact holds for every month of the year,
    which matters (kinderbijslag reads the first month of the quarter). Ids get a prefix per huishouden
    to stay unique when merged.
    """
    tbs = tax_benefit_system()
    samen: dict = {"personen": {}, "gezinnen": {}, "huishoudens": {}}
    for nummer, verzoek in enumerate(situaties):
        gelezen = lees_situatie(verzoek, tbs)
        maand = gelezen.maand
        hernoem = {ident: f"h{nummer}_{ident}" for ident in gelezen.openfisca["personen"]}
        for meervoud, instanties in gelezen.openfisca.items():
            for ident, velden in instanties.items():
                nieuw = {
                    sleutel: [hernoem[p] for p in waarde] if isinstance(waarde, list) else waarde
                    for sleutel, waarde in velden.items()
                }
                if meervoud == "gezinnen":
                    nieuw.update({variabele: {maand: None} for variabele in BEDRAGVARIABELEN})
                samen[meervoud][f"h{nummer}_{ident}"] = nieuw
    return samen


def als_json(data) -> bytes:
    # Serialised once before timing, so both servers get the same bytes and the client's encoding is not timed.
    return json.dumps(data, ensure_ascii=False).encode()


# --- servers ---------------------------------------------------------------------------------------------


def onze_server(poort: int) -> Server:
    return Server(
        "nl-sociaal",
        [str(BIN / "nl-sociaal"), "serve", "--host", HOST, "--port", str(poort), "--workers", str(WORKERS)],
        poort,
    )


def core_server(poort: int) -> Server:
    # `openfisca serve` passes options it does not know on to gunicorn: --workers (default 3) and --timeout.
    # Its own default timeout (1200 s) would kill a worker still computing a large batch; allow an hour.
    # Gunicorn's default sync workers close the connection after every answer: no keep-alive there.
    return Server(
        "openfisca-serve",
        [
            str(BIN / "openfisca"),
            "serve",
            "--country-package",
            "openfisca_nl_sociaal",
            "--port",
            str(poort),
            "--workers",
            str(WORKERS),
            "--timeout",
            "3600",
        ],
        poort,
    )


# --- CPU accounting: other engineers' tests share this machine, so say how busy it was -----------------------

CLK_TCK = os.sysconf("SC_CLK_TCK")


def cpu_bezet() -> float:
    """CPU seconds the whole machine has been busy since boot, all cores together."""
    user, nice, system, _idle, _iowait, irq, softirq = map(int, Path("/proc/stat").read_text().split()[1:8])
    return (user + nice + system + irq + softirq) / CLK_TCK


def cpu_van_groepen(groepen: set[int]) -> float:
    """CPU seconds used so far by the live processes of these process groups (a server and its workers)."""
    totaal = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            velden = stat.read_text().rsplit(")", 1)[1].split()  # after the command name, which may hold spaces
        except OSError:
            continue  # the process ended meanwhile
        if int(velden[2]) in groepen:  # field 5, pgrp
            totaal += int(velden[11]) + int(velden[12])  # fields 14 and 15, utime and stime
    return totaal / CLK_TCK


@dataclass
class CpuMeter:
    """Cores used during a measurement by the load clients (this process), our servers, and everything else."""

    groepen: set[int]
    begin: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)

    def _nu(self) -> tuple[float, float, float, float]:
        return time.perf_counter(), cpu_bezet(), time.process_time(), cpu_van_groepen(self.groepen)

    def start(self) -> None:
        self.begin = self._nu()

    def stop(self) -> dict:
        wand, bezet, client, servers = (na - voor for na, voor in zip(self._nu(), self.begin, strict=True))
        return {
            "client_kernen": client / wand,
            "server_kernen": servers / wand,
            "andere_kernen": max(0.0, bezet - client - servers) / wand,
        }


def wacht_op_rust(max_seconden: float, drempel: float = 0.25) -> dict:
    """Wait until the machine is nearly idle (below ``drempel`` cores busy over 3 s), at most ``max_seconden``."""
    begin = time.perf_counter()
    while True:
        voor = cpu_bezet()
        time.sleep(3)
        bezig = (cpu_bezet() - voor) / 3
        gewacht = time.perf_counter() - begin
        if bezig < drempel or gewacht >= max_seconden:
            return {"gewacht_s": gewacht, "kernen_bezet_bij_start": bezig, "rustig": bezig < drempel}
        if round(gewacht) % 30 < 3:  # now and then, not every 3 s
            print(f"  waiting for a quiet machine: other processes use {bezig:.1f} cores …", flush=True)


# --- load ------------------------------------------------------------------------------------------------


@dataclass
class Meting:
    """The latencies of one load measurement, in seconds."""

    latenties: list[float] = field(default_factory=list)
    fouten: int = 0
    duur: float = 0.0
    cpu: dict = field(default_factory=dict)

    def voeg_toe(self, ander: Meting) -> None:
        """Merge a later slice of the same row into this one."""
        samen = self.duur + ander.duur
        self.cpu = {k: (self.cpu.get(k, 0.0) * self.duur + v * ander.duur) / samen for k, v in ander.cpu.items()}
        self.latenties += ander.latenties
        self.fouten += ander.fouten
        self.duur = samen

    def percentiel(self, p: float) -> float:
        gesorteerd = sorted(self.latenties)
        return gesorteerd[min(len(gesorteerd) - 1, max(0, round(p / 100 * len(gesorteerd)) - 1))]

    def als_json(self) -> dict:
        return {
            "verzoeken": len(self.latenties),
            "fouten": self.fouten,
            "seconden": self.duur,
            "p50_ms": self.percentiel(50) * 1000,
            "p90_ms": self.percentiel(90) * 1000,
            "p99_ms": self.percentiel(99) * 1000,
            "gemiddeld_ms": statistics.fmean(self.latenties) * 1000,
            "min_ms": min(self.latenties) * 1000,
            "max_ms": max(self.latenties) * 1000,
            "verzoeken_per_seconde": len(self.latenties) / self.duur,
            # cores used meanwhile: the load clients compete with the servers, and so does anything else
            **self.cpu,
        }


@dataclass
class Grens:
    """When one slice of a load measurement stops: after both ``verzoeken`` and ``seconden``, or at
    ``max_seconden``; it starts after ``opwarmen`` seconds of unmeasured requests."""

    verzoeken: int
    seconden: float
    max_seconden: float
    opwarmen: float


def meet_belasting(url: str, body: bytes, grens: Grens, servers: list[Server], keep_alive: bool = True) -> Meting:
    """``CLIENTS`` threads post ``body`` back to back, first to warm up, then measured until ``grens``."""
    meting = Meting()
    slot = threading.Lock()
    klaar_met_opwarmen = threading.Barrier(CLIENTS + 1)
    start_meting = threading.Barrier(CLIENTS + 1)
    stop = threading.Event()

    def client(nummer: int) -> None:
        # keep_alive=False: a new TCP connection per request, as many independent callers would make.
        limieten = httpx.Limits() if keep_alive else httpx.Limits(max_keepalive_connections=0)
        with httpx.Client(timeout=60.0, limits=limieten, headers=JSON_HEADERS) as sessie:
            # Staggered first request: uvicorn's workers share one listening socket, and a kept-alive
            # connection stays with the worker that accepted it. Connecting while the first worker is busy
            # lets the other one accept, so the two clients load both workers.
            time.sleep(0.05 * nummer)
            einde_opwarmen = time.perf_counter() + grens.opwarmen
            while time.perf_counter() < einde_opwarmen:
                try:
                    sessie.post(url, content=body)
                except httpx.HTTPError:
                    pass  # counted in the measurement proper, not here
            klaar_met_opwarmen.wait(timeout=BARRIER_TIMEOUT)
            start_meting.wait(timeout=BARRIER_TIMEOUT)
            while not stop.is_set():
                begin = time.perf_counter()
                try:
                    ok = sessie.post(url, content=body).status_code == 200
                except httpx.HTTPError:
                    ok = False
                latentie = time.perf_counter() - begin
                with slot:
                    if ok:
                        meting.latenties.append(latentie)
                    else:
                        meting.fouten += 1

    threads = [threading.Thread(target=client, args=(i,)) for i in range(CLIENTS)]
    for thread in threads:
        thread.start()
    klaar_met_opwarmen.wait(timeout=BARRIER_TIMEOUT)
    cpu = CpuMeter({server.proces.pid for server in servers})
    cpu.start()
    begin = time.perf_counter()
    start_meting.wait(timeout=BARRIER_TIMEOUT)
    while True:
        time.sleep(0.05)
        verstreken = time.perf_counter() - begin
        with slot:
            aantal = len(meting.latenties)
        if (aantal >= grens.verzoeken and verstreken >= grens.seconden) or verstreken >= grens.max_seconden:
            break
    stop.set()
    for thread in threads:
        thread.join()
    meting.duur = time.perf_counter() - begin
    meting.cpu = cpu.stop()
    if not meting.latenties:
        raise RuntimeError(f"no successful request to {url}")
    return meting


def tijd_een_verzoek(url: str, body: bytes, timeout: float) -> tuple[float | None, httpx.Response | None, str]:
    """Seconds for one request until its whole answer has arrived; ``None`` with a reason when not 200."""
    with httpx.Client(timeout=httpx.Timeout(timeout, connect=10.0), headers=JSON_HEADERS) as client:
        begin = time.perf_counter()
        try:
            antwoord = client.post(url, content=body)
        except httpx.HTTPError as fout:
            return None, None, f"{type(fout).__name__}: {fout}"
        seconden = time.perf_counter() - begin
    if antwoord.status_code != 200:
        return None, antwoord, f"HTTP {antwoord.status_code}"
    return seconden, antwoord, "ok"


# --- checks: the figures mean nothing if the servers answer something else --------------------------------


def controleer_aanspraken(url: str, body: bytes, alles_bekend: bool) -> dict:
    antwoord = httpx.post(url, content=body, headers=JSON_HEADERS, timeout=60).raise_for_status().json()
    status = {regeling["id"]: regeling["status"] for regeling in antwoord["regelingen"]}
    onbekend = sorted(i for i, s in status.items() if s == "onbekend")
    if alles_bekend and onbekend:
        print(f"WARNING: with every fact known, still onbekend: {onbekend}", file=sys.stderr)
    return {
        "status": status,
        "bedrag_per_maand": {r["id"]: r["bedrag_per_maand"] for r in antwoord["regelingen"]},
        "onbekend": onbekend,
    }


def bedragen_uit_calculate(antwoord: dict) -> dict:
    gezin = next(iter(antwoord["gezinnen"].values()))
    return {variabele: next(iter(gezin[variabele].values())) for variabele in BEDRAGVARIABELEN}


def vergelijk_batch(ons_antwoord: dict, core_antwoord: dict, aantal: int) -> dict:
    """Do both servers give the same monthly amounts for every huishouden of the batch?

    Ours gives ``bedrag_per_maand`` per regeling (``null`` unless ``recht``), core the variable's value
    (0 without entitlement); bijstand and AIO share one variable. Stadspas is not an amount: skipped.
    """
    antwoorden = ons_antwoord.get("antwoorden", [])
    verschillen = 0
    for nummer in range(aantal):
        gezin = core_antwoord["gezinnen"][f"h{nummer}_gezin"]
        ons = {}
        for regeling in antwoorden[nummer]["regelingen"]:
            variabele = next(r.maandbedrag for r in REGELINGEN if r.id == regeling["id"])
            ons[variabele] = max(ons.get(variabele, 0.0), regeling["bedrag_per_maand"] or 0.0)
        for variabele in BEDRAGVARIABELEN:
            waarde = next(iter(gezin[variabele].values()))
            if not isinstance(waarde, bool) and abs(ons.get(variabele, 0.0) - waarde) > 0.005:
                verschillen += 1
    return {"antwoorden": len(antwoorden), "verschillende_bedragen": verschillen}


def met_recht(core_antwoord: dict) -> dict:
    """Per amount variable, how many huishoudens of the batch get something: the batch's mix."""
    return {
        variabele: sum(bool(next(iter(gezin[variabele].values()))) for gezin in core_antwoord["gezinnen"].values())
        for variabele in BEDRAGVARIABELEN
    }


# --- report ----------------------------------------------------------------------------------------------


def machine() -> dict:
    cpu = next(
        (
            r.split(":", 1)[1].strip()
            for r in Path("/proc/cpuinfo").read_text().splitlines()
            if r.startswith("model name")
        ),
        platform.processor(),
    )
    return {
        "datum": datetime.datetime.now().isoformat(timespec="seconds"),
        "kernen": os.cpu_count(),
        "kernen_beschikbaar": len(os.sched_getaffinity(0)),
        "cpu": cpu,
        "geheugen_gib": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "pakketten": {
            naam: metadata.version(naam)
            for naam in ("openfisca-nl-sociaal", "openfisca-core", "fastapi", "uvicorn", "flask", "gunicorn", "httpx")
        },
        "belasting_bij_start": os.getloadavg(),
    }


def ms(waarde: float) -> str:
    return f"{waarde:,.1f}"


def verhouding(teller: float | None, noemer: float | None) -> str:
    return f"{teller / noemer:.2f}×" if teller and noemer else "–"


def markdown(resultaten: dict) -> str:
    m, i = resultaten["machine"], resultaten["instellingen"]
    regels = [
        f"`bench/bench_api.py` on {m['kernen']} cores ({m['cpu']}), Python {m['python']}, "
        f"openfisca-core {m['pakketten']['openfisca-core']}, {m['datum'][:10]}. Servers with {WORKERS} workers; "
        f"{CLIENTS} concurrent clients on the same machine; each row after a warm-up, for at least "
        f"{i['verzoeken']:,} requests and {i['seconden']:.0f} s (at most {i['max_seconden']:.0f} s), in "
        f"{i['rondes']} slices, the rows taking turns. "
        "Other processes: the cores that processes other than these servers and clients used meanwhile.",
        "",
        "| request | server | connection | p50 | p99 | req/s | requests | other processes |",
        "|---|---|---|---:|---:|---:|---:|---:|",
    ]
    for meting in resultaten["belasting"]:
        r = meting["resultaat"]
        regels.append(
            f"| {meting['verzoek']} | {meting['server']} | {meting['verbinding']} | {ms(r['p50_ms'])} ms "
            f"| {ms(r['p99_ms'])} ms | {r['verzoeken_per_seconde']:,.1f} | {r['verzoeken']:,} "
            f"| {r['andere_kernen']:.1f} cores |"
        )
    regels += [
        "",
        "| batch, one request | ours: `POST /v1/aanspraken/batch` | core: `POST /calculate` | core / ours "
        "| request bodies, ours / core | other processes |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for batch in resultaten["batch"]:
        ons, core = batch["ons"], batch["core"]
        ons_tekst = f"{ons['seconden']:,.2f} s" if ons["seconden"] else f"not available ({ons['reden']})"
        core_tekst = f"{core['seconden']:,.2f} s" if core["seconden"] else f"failed ({core['reden']})"
        regels.append(
            f"| {batch['huishoudens']:,} huishoudens | {ons_tekst} | {core_tekst} "
            f"| {verhouding(core['seconden'], ons['seconden'])} "
            f"| {ons['bytes_verzoek'] / 1e6:.1f} / {core['bytes_verzoek'] / 1e6:.1f} MB "
            f"| {max(ons['andere_kernen'], core['andere_kernen']):.1f} cores |"
        )
    koud = resultaten["koude_start"]
    regels += [
        "",
        f"Cold start, from launching `nl-sociaal serve --workers {WORKERS}` to the first `/v1/aanspraken` "
        f"answer: {koud['mediaan_s']:.2f} s (median of {len(koud['seconden'])}).",
    ]
    regels += [f"\n{noot}" for noot in resultaten["noten"]]
    return "\n".join(regels)


# --- the run ---------------------------------------------------------------------------------------------


def meet_rijen_afwisselend(rijen: list[tuple], instellingen: argparse.Namespace, servers: list[Server]) -> list[Meting]:
    """Every row in ``--rondes`` slices, the rows taking turns: what else runs on the machine (other
    engineers' tests) then weighs on every row alike, rather than on whichever row it happened to meet."""
    metingen = [Meting() for _ in rijen]
    for ronde in range(instellingen.rondes):
        print(f"load, round {ronde + 1} of {instellingen.rondes} …", flush=True)
        grens = Grens(
            verzoeken=-(-instellingen.verzoeken // instellingen.rondes),
            seconden=instellingen.seconden / instellingen.rondes,
            max_seconden=instellingen.max_seconden / instellingen.rondes,
            # the first round warms the workers up; later ones only open their connections again
            opwarmen=instellingen.opwarmen if ronde == 0 else 0.5,
        )
        for (_, server, pad, body, keep_alive), meting in zip(rijen, metingen, strict=True):
            meting.voeg_toe(meet_belasting(server.url + pad, body, grens, servers, keep_alive))
    return metingen


def meet_koude_start(body: bytes, keer: int) -> dict:
    seconden = []
    for _ in range(keer):
        server = onze_server(vrije_poort()).start()
        try:
            seconden.append(server.wacht_op("/v1/aanspraken", body))
        finally:
            server.opruimen()
    return {"seconden": seconden, "mediaan_s": statistics.median(seconden)}


def tijd_batch(server: Server, pad: str, body: bytes, timeout: float) -> tuple[dict, dict | None]:
    """One batch request: its time and the machine's load meanwhile, and the answer when it was 200."""
    cpu = CpuMeter({server.proces.pid})
    cpu.start()
    seconden, antwoord, reden = tijd_een_verzoek(server.url + pad, body, timeout)
    resultaat = {"seconden": seconden, "reden": reden, "bytes_verzoek": len(body), **cpu.stop()}
    if antwoord is not None and antwoord.status_code in (404, 405):
        resultaat["reden"] = "route absent"
    print(f"    {server.naam}: {resultaat['reden']}{f', {seconden:.2f} s' if seconden else ''}", flush=True)
    if seconden is None:
        return resultaat, None
    resultaat["bytes_antwoord"] = len(antwoord.content)
    return resultaat, antwoord.json()


def meet_batch(ons: Server, core: Server, aantal: int, timeout: float) -> dict:
    huishoudens = gevarieerde_huishoudens(aantal)
    ons_body = als_json({"situaties": huishoudens})
    core_body = als_json(openfisca_situatie(huishoudens))
    print(f"  batch of {aantal:,}: ours {len(ons_body) / 1e6:.1f} MB, core {len(core_body) / 1e6:.1f} MB", flush=True)
    ons_resultaat, ons_antwoord = tijd_batch(ons, "/v1/aanspraken/batch", ons_body, timeout)
    core_resultaat, core_antwoord = tijd_batch(core, "/calculate", core_body, timeout)
    batch = {"huishoudens": aantal, "ons": ons_resultaat, "core": core_resultaat}
    if core_antwoord is not None:
        batch["met_recht"] = met_recht(core_antwoord)
        if ons_antwoord is not None:
            try:
                batch["vergelijking"] = vergelijk_batch(ons_antwoord, core_antwoord, aantal)
            except (KeyError, IndexError, TypeError) as fout:  # the new route's answer may still change shape
                batch["vergelijking"] = {"fout": repr(fout)}
            if batch["vergelijking"].get("verschillende_bedragen"):
                print(f"WARNING: batch answers differ: {batch['vergelijking']}", file=sys.stderr)
    return batch


def argumenten() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--verzoeken", type=int, default=1_000, help="at least this many requests per row")
    parser.add_argument("--seconden", type=float, default=20.0, help="and at least this long (s)")
    parser.add_argument("--max-seconden", type=float, default=60.0, help="but never longer (s)")
    parser.add_argument("--opwarmen", type=float, default=3.0, help="warm-up per row (s)")
    parser.add_argument("--rondes", type=int, default=5, help="the rows take turns in this many slices")
    parser.add_argument("--batch", type=int, nargs="+", default=[1_000, 10_000], help="batch sizes")
    parser.add_argument("--batch-timeout", type=float, default=3_600.0, help="for one batch request (s)")
    parser.add_argument("--koud", type=int, default=3, help="cold starts to take the median of")
    parser.add_argument("--rust", type=float, default=300.0, help="wait at most this long for a quiet machine (s)")
    parser.add_argument("--snel", action="store_true", help="a quick check of this script, not figures")
    parser.add_argument("--uitvoer", type=Path, default=RESULTATEN)
    instellingen = parser.parse_args()
    if instellingen.snel:
        instellingen.verzoeken, instellingen.seconden, instellingen.max_seconden = 20, 1.0, 5.0
        instellingen.opwarmen, instellingen.batch, instellingen.koud, instellingen.rust = 0.5, [20], 1, 0.0
        instellingen.rondes = 2
    return instellingen


def main() -> None:
    instellingen = argumenten()
    begin_run = time.perf_counter()
    resultaten: dict = {
        "machine": machine(),
        "instellingen": {k: str(v) if isinstance(v, Path) else v for k, v in vars(instellingen).items()},
        "belasting": [],
        "batch": [],
        "noten": [],
    }
    huishouden = huishouden_alle_regelingen()
    aanspraken_body = als_json(huishouden)
    zonder_inkomen_body = als_json(zonder_inkomen(huishouden))
    calculate_body = als_json(openfisca_situatie([huishouden]))
    resultaten["huishouden"] = huishouden

    # Other sessions run tests on this machine too: start when it is quiet, and record how busy it was.
    resultaten["rust"] = wacht_op_rust(instellingen.rust)
    # Cold start first, while no server of ours runs.
    print("cold start …", flush=True)
    resultaten["koude_start"] = meet_koude_start(aanspraken_body, instellingen.koud)

    ons = onze_server(vrije_poort()).start()
    core = core_server(vrije_poort()).start()
    try:
        ons.wacht_op("/v1/aanspraken", aanspraken_body)
        core.wacht_op("/calculate", calculate_body)
        resultaten["controle"] = controleer(ons, core, aanspraken_body, zonder_inkomen_body, calculate_body)

        # gunicorn's sync workers answer with Connection: close, so keep-alive is moot for core
        rijen = [
            (verzoek, server, pad, body, keep_alive)
            for verzoek, server, pad, body, verbindingen in (
                ("`POST /v1/aanspraken`, every fact known", ons, "/v1/aanspraken", aanspraken_body, (True, False)),
                ("`POST /v1/aanspraken`, income unknown", ons, "/v1/aanspraken", zonder_inkomen_body, (True, False)),
                ("`POST /v1/calculate`, 10 amounts", ons, "/v1/calculate", calculate_body, (True, False)),
                ("`POST /calculate`, 10 amounts", core, "/calculate", calculate_body, (True,)),
            )
            for keep_alive in verbindingen
        ]
        metingen = meet_rijen_afwisselend(rijen, instellingen, [ons, core])
        for (verzoek, server, _, _, keep_alive), meting in zip(rijen, metingen, strict=True):
            if server is core:
                verbinding = "closed by server"
            else:
                verbinding = "keep-alive" if keep_alive else "new per request"
            resultaten["belasting"].append(
                {"verzoek": verzoek, "server": server.naam, "verbinding": verbinding, "resultaat": meting.als_json()}
            )
        print("batches …", flush=True)
        for aantal in instellingen.batch:
            resultaten["batch"].append(meet_batch(ons, core, aantal, instellingen.batch_timeout))
    finally:
        ons.opruimen()
        core.opruimen()

    resultaten["noten"] = noten(resultaten)
    resultaten["machine"]["belasting_bij_einde"] = os.getloadavg()
    resultaten["duur_run_s"] = time.perf_counter() - begin_run
    tabel = markdown(resultaten)
    resultaten["markdown"] = tabel
    instellingen.uitvoer.write_text(json.dumps(resultaten, indent=2, ensure_ascii=False) + "\n")
    print()
    print(tabel)
    print(f"\n(whole run {resultaten['duur_run_s']:.0f} s; raw figures in {instellingen.uitvoer})")


def controleer(ons: Server, core: Server, aanspraken_body: bytes, zonder_inkomen_body: bytes, calculate_body: bytes):
    """What the servers answer to the bodies measured; warns where that is not what the figures assume."""
    controle = {
        "alle_feiten": controleer_aanspraken(ons.url + "/v1/aanspraken", aanspraken_body, alles_bekend=True),
        "zonder_inkomen": controleer_aanspraken(ons.url + "/v1/aanspraken", zonder_inkomen_body, False),
    }
    for naam, url in (("calculate_ons", ons.url + "/v1/calculate"), ("calculate_core", core.url + "/calculate")):
        antwoord = httpx.post(url, content=calculate_body, headers=JSON_HEADERS, timeout=60).raise_for_status()
        controle[naam] = bedragen_uit_calculate(antwoord.json())
    controle["calculate_gelijk"] = controle["calculate_ons"] == controle["calculate_core"]
    if not controle["calculate_gelijk"]:
        print("WARNING: /v1/calculate and core's /calculate disagree", file=sys.stderr)
    return controle


def noten(resultaten: dict) -> list[str]:
    """The ratios and caveats under the table."""
    rij = {(m["server"], m["verbinding"], m["verzoek"]): m["resultaat"] for m in resultaten["belasting"]}
    core = rij[("openfisca-serve", "closed by server", "`POST /calculate`, 10 amounts")]
    delen = []
    for verbinding in ("keep-alive", "new per request"):
        ons = rij[("nl-sociaal", verbinding, "`POST /v1/calculate`, 10 amounts")]
        delen.append(
            f"{verbinding}: p50 {core['p50_ms'] / ons['p50_ms']:.2f}×, p99 {core['p99_ms'] / ons['p99_ms']:.2f}×, "
            f"req/s {ons['verzoeken_per_seconde'] / core['verzoeken_per_seconde']:.2f}×"
        )
    resultaten["verhouding_calculate_core_ten_opzichte_van_ons"] = delen
    rust = resultaten["rust"]
    aanspraken = {m["verbinding"]: m["resultaat"] for m in resultaten["belasting"] if "every fact" in m["verzoek"]}
    nagle = []
    if aanspraken["keep-alive"]["p50_ms"] > aanspraken["new per request"]["p50_ms"] + 25:
        nagle = [
            "Keep-alive is slower than a new connection per request because `uvicorn --workers N` leaves "
            "Nagle's algorithm on for accepted connections (Kludex/uvicorn#3149): each answer after a "
            "connection's first waits for the client's delayed ACK, about 40 ms on Linux."
        ]
    return [
        "`/calculate`, core against ours (above 1: ours is faster): " + "; ".join(delen) + ".",
        "Both get the same facts: core's body is the engine's own reading of the contract request, a monthly fact "
        "repeated for every month of the year (kinderbijslag reads the quarter's first month). The batch answers "
        "were compared: "
        + ", ".join(
            f"{b['huishoudens']:,}: {b['vergelijking']['verschillende_bedragen']} different amounts"
            for b in resultaten["batch"]
            if "verschillende_bedragen" in b.get("vergelijking", {})
        )
        + ".",
        "The machine was "
        + ("quiet" if rust["rustig"] else f"not quiet ({rust['kernen_bezet_bij_start']:.1f} cores busy)")
        + f" at the start, after waiting {rust['gewacht_s']:.0f} s.",
        *nagle,
    ]


if __name__ == "__main__":
    main()
