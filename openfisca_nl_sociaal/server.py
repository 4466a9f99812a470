"""Serving the API with uvicorn: ``nl-sociaal serve``."""

from __future__ import annotations

import socket

import uvicorn
from uvicorn.supervisors import Multiprocess

APP = "openfisca_nl_sociaal.api.app:app"


class TcpConfig(uvicorn.Config):
    """Uvicorn's configuration, with the listening socket the workers share made as a TCP socket.

    With ``--workers`` uvicorn binds one socket for all worker processes and creates it without naming
    its protocol. asyncio switches Nagle's algorithm off (TCP_NODELAY) only on connections of a socket
    that says it is TCP, so each answer after a connection's first waited for the client's delayed ACK,
    about 40 ms (uvicorn issue #3149; measured with ``bench/bench_api.py``).
    """

    def bind_socket(self) -> socket.socket:
        familie = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        sock = socket.socket(familie, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self.host, self.port))
        sock.set_inheritable(True)
        print(f"nl-sociaal: http://{self.host}:{sock.getsockname()[1]} ({self.workers} workers)", flush=True)
        return sock


def serve(host: str, port: int, workers: int = 1) -> None:
    # No access log: request lines carry client addresses, and this service keeps nothing personal.
    # The service keeps no state, so any number of worker processes answer alike.
    if workers <= 1:
        uvicorn.run(APP, host=host, port=port, access_log=False)
        return
    config = TcpConfig(APP, host=host, port=port, workers=workers, access_log=False)
    Multiprocess(config, sockets=[config.bind_socket()]).run()
