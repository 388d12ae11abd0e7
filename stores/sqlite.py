"""Open the SQLite file that holds conversations (checkpointer) and cross-session memory (store)."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from langgraph.checkpoint.sqlite import SqliteSaver
from langgraph.store.sqlite import SqliteStore


class SessionStoreError(RuntimeError):
    """The session database cannot be opened or used; the message names the file."""


def default_db_path() -> Path:
    data_home = os.environ.get("XDG_DATA_HOME") or os.path.expanduser("~/.local/share")
    return Path(os.environ.get("ESC_GRAPH_DB") or Path(data_home) / "esc-graph" / "sessions.sqlite")


def _create_private(path: Path) -> None:
    """Create the file owner-only before SQLite touches it (conversations are health data)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
    os.close(fd)


def connect(path: Path | str) -> sqlite3.Connection:
    path = Path(path)
    if path.is_dir():
        raise SessionStoreError(f"cannot open database {path}: it is a folder")
    try:
        if not path.exists():
            _create_private(path)
        conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA busy_timeout=10000")
    except (OSError, sqlite3.Error) as exc:
        raise SessionStoreError(f"cannot open database {path}: {exc}") from None
    return conn


@dataclass
class Sessions:
    path: Path
    conn: sqlite3.Connection
    checkpointer: SqliteSaver
    store: SqliteStore


@contextmanager
def open_sessions(path: Path | str | None = None) -> Iterator[Sessions]:
    """The checkpointer (one thread per conversation) and store (memory per user) over one file."""
    path = Path(path) if path else default_db_path()
    conn = connect(path)
    try:
        checkpointer = SqliteSaver(conn)
        store = SqliteStore(conn)
        checkpointer.setup()
        store.setup()
    except sqlite3.Error as exc:
        conn.close()
        raise SessionStoreError(f"cannot use database {path}: {exc}") from None
    try:
        yield Sessions(path, conn, checkpointer, store)
    finally:
        conn.close()
