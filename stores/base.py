"""What every session backend hands out: a checkpointer for threads and a store for memory."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from langgraph.store.base import BaseStore

POSTGRES_SCHEMES = ("postgresql://", "postgres://")


class SessionStoreError(RuntimeError):
    """The session database cannot be opened or used; the message names the file."""


def is_postgres_url(location: object) -> bool:
    return isinstance(location, str) and location.startswith(POSTGRES_SCHEMES)


def redact(location: object) -> str:
    """A database location fit for messages and logs: a URL's password becomes ``***``."""
    text = str(location)
    scheme, sep, rest = text.partition("://")
    if not sep:
        return text
    credentials, at, host = rest.rpartition("@")
    if not at or ":" not in credentials:
        return text
    user = credentials.split(":", 1)[0]
    return f"{scheme}{sep}{user}:***@{host}"


def default_db_location() -> Path | str:
    """``$ESC_GRAPH_DB`` (a file or a Postgres URL), else sessions.sqlite in the user's data folder."""
    configured = os.environ.get("ESC_GRAPH_DB")
    if configured and is_postgres_url(configured):
        return configured
    data_home = os.environ.get("XDG_DATA_HOME") or os.path.expanduser("~/.local/share")
    return Path(configured or Path(data_home) / "esc-graph" / "sessions.sqlite")


def default_db_path() -> Path:
    location = default_db_location()
    if isinstance(location, str):
        raise SessionStoreError("ESC_GRAPH_DB names a Postgres server, not a file")
    return location


@dataclass
class Sessions:
    """One open session database. ``path``/``conn`` are set for SQLite, ``url`` for Postgres."""

    path: Path | None
    conn: sqlite3.Connection | None
    checkpointer: Any
    store: BaseStore
    url: str | None = None

    @property
    def is_sqlite(self) -> bool:
        return self.path is not None
