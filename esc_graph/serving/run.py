"""Running the app under uvicorn so that SIGTERM (or Ctrl-C) stops it within seconds: the listening
socket closes, queued and running generations end before their next decode step, each client gets an
OpenAI-style 503 (or an error event on a stream), and the process exits."""

from __future__ import annotations

from types import FrameType

import uvicorn
from fastapi import FastAPI

GRACE_SECONDS = 5  # uvicorn cancels whatever is still open after this


class _Server(uvicorn.Server):
    def __init__(self, config: uvicorn.Config, app: FastAPI) -> None:
        super().__init__(config)
        self.engine = app.state.server.engine

    def handle_exit(self, sig: int, frame: FrameType | None) -> None:
        self.engine.shutdown()  # before uvicorn waits for open connections to finish
        super().handle_exit(sig, frame)


def serve_app(app: FastAPI, host: str = "127.0.0.1", port: int = 8001, log_level: str = "warning") -> None:
    config = uvicorn.Config(
        app, host=host, port=port, log_level=log_level, timeout_graceful_shutdown=GRACE_SECONDS
    )
    _Server(config, app).run()
