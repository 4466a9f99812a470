"""Serving the API with uvicorn: ``nl-sociaal serve``."""

from __future__ import annotations

import logging
import socket

import uvicorn
from uvicorn.supervisors import Multiprocess

APP = "openfisca_nl_sociaal.api.app:app"
logger = logging.getLogger("uvicorn.error")


def _tcp_socket(host: str, port: int) -> socket.socket:
    familie = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(familie, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    sock.set_inheritable(True)
    return sock


class TcpConfig(uvicorn.Config):
    """Uvicorn's configuration, with the listening socket the workers share made as a TCP socket.

    With ``--workers`` uvicorn binds one socket for all worker processes and creates it without naming
    its protocol. asyncio switches Nagle's algorithm off (TCP_NODELAY) only on connections of a socket
    that says it is TCP, so each answer after a connection's first waited for the client's delayed ACK,
    about 40 ms (uvicorn issue #3149; measured with ``bench/bench_api.py``).
    """

    def bind_sockets(self) -> list[socket.socket]:
        """One listening socket per worker, all on the same port in one ``SO_REUSEPORT`` group."""
        eerste = _tcp_socket(self.host, self.port)
        poort = eerste.getsockname()[1]
        sockets = [eerste] + [_tcp_socket(self.host, poort) for _ in range(self.workers - 1)]
        print(f"nl-sociaal: http://{self.host}:{poort} ({self.workers} workers)", flush=True)
        return sockets


class Werkers(Multiprocess):
    """uvicorn's supervisor (it restarts a worker that dies, answers SIGHUP and SIGTTIN), with one listening
    socket per worker instead of one shared by all.

    Why: on a shared socket the worker that wakes first accepts every connection waiting, and a kept-alive
    connection stays with it; measured in the soak test (bench/soak/), 20 clients that connect at once all landed
    on one worker and the other idled. Sockets in one ``SO_REUSEPORT`` group let the kernel spread new connections
    over the workers. The supervisor keeps every socket open, so while a dead worker is replaced, the connections
    the kernel gives its socket wait in that socket's queue for the replacement instead of being refused.

    uvicorn's own methods do the work, each called for one worker at a time with that worker's socket.
    """

    def __init__(self, config: uvicorn.Config, per_werker: list[socket.socket]):
        super().__init__(config, sockets=per_werker[:1])
        self.per_werker = per_werker

    def _per_werker(self, methode) -> None:
        alle, aantal = self.processes, self.processes_num
        try:
            for index, sock in enumerate(self.per_werker):
                self.sockets = [sock]
                self.processes = alle[index : index + 1]
                self.processes_num = 1
                methode(self)
                if index < len(alle):
                    alle[index] = self.processes[0]
                else:
                    alle.append(self.processes[0])
        finally:
            self.processes, self.processes_num = alle, aantal

    def init_processes(self) -> None:
        self._per_werker(Multiprocess.init_processes)

    def keep_subprocess_alive(self) -> None:
        self._per_werker(Multiprocess.keep_subprocess_alive)

    def restart_all(self) -> None:
        self._per_werker(Multiprocess.restart_all)

    def handle_ttin(self) -> None:  # one socket per worker: the number of workers is fixed at start
        logger.info("nl-sociaal: the number of workers is fixed (--workers); SIGTTIN ignored")

    def handle_ttou(self) -> None:
        logger.info("nl-sociaal: the number of workers is fixed (--workers); SIGTTOU ignored")


def serve(host: str, port: int, workers: int = 1) -> None:
    # No access log: request lines carry client addresses, and this service keeps nothing personal.
    # The service keeps no state, so any number of worker processes answer alike.
    if workers <= 1:
        uvicorn.run(APP, host=host, port=port, access_log=False)
        return
    config = TcpConfig(APP, host=host, port=port, workers=workers, access_log=False)
    Werkers(config, config.bind_sockets()).run()
