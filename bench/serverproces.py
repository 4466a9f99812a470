"""A server under measurement, shared by the benchmarks: a process of its own, stopped with its workers.

It imports nothing of the package, so a benchmark can measure another version of the code (``pythonpath``).
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

HOST = "127.0.0.1"
JSON_HEADERS = {"Content-Type": "application/json"}


def vrije_poort() -> int:
    """A port free right now (the OS picks it); a race with another program is possible but unlikely."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sok:
        sok.bind((HOST, 0))
        return sok.getsockname()[1]


@dataclass
class Server:
    """A server process in a session of its own, so that stopping it also stops its workers."""

    naam: str
    commando: list[str]
    poort: int
    #: a directory put first on the server's ``PYTHONPATH`` (another copy of the package), or ``None``
    pythonpath: str | None = None
    proces: subprocess.Popen | None = None
    log: Path | None = None
    gestart: float = 0.0

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.poort}"

    def start(self) -> Server:
        omgeving = dict(os.environ)
        if self.pythonpath:
            omgeving["PYTHONPATH"] = os.pathsep.join(filter(None, (self.pythonpath, omgeving.get("PYTHONPATH"))))
        greep, naam = tempfile.mkstemp(prefix=f"bench-{self.naam}-", suffix=".log")
        self.log = Path(naam)
        self.gestart = time.perf_counter()
        with os.fdopen(greep, "wb") as uit:
            self.proces = subprocess.Popen(
                self.commando, stdout=uit, stderr=subprocess.STDOUT, env=omgeving, start_new_session=True
            )
        return self

    def wacht_op(self, pad: str, body: bytes, timeout: float = 180.0) -> float:
        """Seconds from launch to the first 200 on ``pad``. Refused connections are retried quickly; an
        accepted one waits for a worker (uvicorn's parent listens before its workers have loaded the rules)."""
        einde = time.perf_counter() + timeout
        with httpx.Client(timeout=httpx.Timeout(60.0, connect=1.0)) as client:
            while time.perf_counter() < einde:
                if self.proces is None or self.proces.poll() is not None:
                    raise RuntimeError(f"{self.naam} stopped at start-up:\n{self.staart()}")
                try:
                    if client.post(self.url + pad, content=body, headers=JSON_HEADERS).status_code == 200:
                        return time.perf_counter() - self.gestart
                except httpx.TransportError:
                    pass
                time.sleep(0.01)
        raise RuntimeError(f"{self.naam} did not answer {pad} within {timeout:.0f} s:\n{self.staart()}")

    def staart(self, regels: int = 30) -> str:
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-regels:]) if self.log else ""

    def meldingen(self) -> list[str]:
        """Log lines that look like trouble (the servers log no requests, so these are rare)."""
        if not self.log:
            return []
        woorden = ("error", "traceback", "exception", "killed", "timeout")
        regels = self.log.read_text(errors="replace").splitlines()
        return [regel for regel in regels if any(woord in regel.lower() for woord in woorden)][:50]

    def stop(self) -> None:
        # Only the process group this benchmark created: its id is the pid of the process it launched.
        if self.proces and self.proces.poll() is None:
            os.killpg(self.proces.pid, signal.SIGTERM)
            try:
                self.proces.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.proces.pid, signal.SIGKILL)
                self.proces.wait()

    def opruimen(self) -> None:
        """Stop it, and remove its log."""
        self.stop()
        if self.log:
            self.log.unlink(missing_ok=True)
