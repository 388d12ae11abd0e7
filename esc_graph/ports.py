"""A free TCP port on this machine, for a server or a rendezvous started next."""

from __future__ import annotations

import socket


def free_port() -> int:
    """A port on 127.0.0.1 that no process listens on at the moment of asking."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
