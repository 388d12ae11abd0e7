"""Open the SQLite file that holds conversations (checkpointer) and cross-session memory (store)."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

from langgraph.checkpoint.sqlite import SqliteSaver
from langgraph.store.sqlite import SqliteStore

from stores.base import Sessions, SessionStoreError, default_db_location, default_db_path, is_postgres_url

__all__ = [
    "Sessions",
    "SessionStoreError",
    "check_integrity",
    "connect",
    "default_db_path",
    "open_sessions",
    "prepare_file",
]

# SQLite's own words for a file whose pages are damaged, or that is not a database at all.
_DAMAGE_CODES = ("SQLITE_CORRUPT", "SQLITE_NOTADB")


def is_damage(exc: BaseException) -> bool:
    if not isinstance(exc, sqlite3.DatabaseError):
        return False
    name = getattr(exc, "sqlite_errorname", "") or ""
    return name.startswith(_DAMAGE_CODES) or "malformed" in str(exc) or "not a database" in str(exc)


def damaged(path: Path, problem: object) -> SessionStoreError:
    problem = " ".join(str(problem).split())
    return SessionStoreError(
        f"session database {path} is damaged ({problem}); check it with SQLite's own tool: "
        f'sqlite3 {path} "PRAGMA integrity_check" (then restore a backup, or try sqlite3\'s .recover)'
    )


def check_integrity(conn: sqlite3.Connection, path: Path) -> None:
    """SQLite's quick check over every page; raises ``SessionStoreError`` naming the first problem."""
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        raise damaged(path, exc) from None
    if rows != [("ok",)]:
        raise damaged(path, rows[0][0] if rows else "no answer from quick_check")


def _create_private(path: Path) -> None:
    """Create the file owner-only before SQLite touches it (conversations are health data)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
    os.close(fd)


def prepare_file(path: Path | str) -> Path:
    """Check the location and create the file owner-only if it does not exist yet."""
    path = Path(path)
    if path.is_dir():
        raise SessionStoreError(f"cannot open database {path}: it is a folder")
    try:
        if not path.exists():
            _create_private(path)
    except OSError as exc:
        raise SessionStoreError(f"cannot open database {path}: {exc}") from None
    return path


# WAL and -shm side files inherit the main file's mode; secure_delete zeroes freed content.
PRAGMAS = ("PRAGMA journal_mode=WAL", "PRAGMA busy_timeout=10000", "PRAGMA secure_delete=ON")
SYNC_MODES = ("NORMAL", "FULL")


def sync_pragma(synchronous: str | None = None) -> str:
    """``NORMAL`` (default): with WAL, a committed turn survives any crash of the process, but the
    last turns may roll back on power loss or an OS crash; ``FULL`` syncs every commit to disk
    (about 8x fewer turns per second). ``$ESC_GRAPH_SQLITE_SYNC`` sets it too."""
    mode = (synchronous or os.environ.get("ESC_GRAPH_SQLITE_SYNC") or "NORMAL").upper()
    if mode not in SYNC_MODES:
        raise SessionStoreError(f"synchronous must be one of {', '.join(SYNC_MODES)}, got {mode!r}")
    return f"PRAGMA synchronous={mode}"


def connect(path: Path | str, synchronous: str | None = None) -> sqlite3.Connection:
    path = prepare_file(path)
    pragmas = (*PRAGMAS, sync_pragma(synchronous))
    try:
        conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
    except sqlite3.Error as exc:
        raise SessionStoreError(f"cannot open database {path}: {exc}") from None
    try:
        for pragma in pragmas:
            conn.execute(pragma)
    except sqlite3.Error as exc:
        conn.close()
        if is_damage(exc):
            raise damaged(path, exc) from None
        raise SessionStoreError(f"cannot open database {path}: {exc}") from None
    return conn


@contextmanager
def open_sessions(path: Path | str | None = None, *, synchronous: str | None = None) -> Iterator[Sessions]:
    """The checkpointer (one thread per conversation) and store (memory per user) over one file.

    The saver and the store get a connection each: both run their own transactions, and sharing
    one connection between threads would let one commit or roll back the other's writes.
    A ``postgresql://`` URL (or such a ``$ESC_GRAPH_DB``) opens the Postgres backend instead.
    ``synchronous``: see ``sync_pragma``.
    """
    location = path if path is not None else default_db_location()
    if is_postgres_url(location):
        from stores.postgres import open_postgres_sessions

        with open_postgres_sessions(str(location)) as sessions:
            yield sessions
        return
    path = Path(location)
    with ExitStack() as stack:
        saver_conn = connect(path, synchronous)
        stack.callback(saver_conn.close)
        store_conn = connect(path, synchronous)
        stack.callback(store_conn.close)
        try:
            checkpointer = SqliteSaver(saver_conn)
            store = SqliteStore(store_conn)
            checkpointer.setup()
            store.setup()
        except sqlite3.Error as exc:
            if is_damage(exc):
                raise damaged(path, exc) from None
            raise SessionStoreError(f"cannot use database {path}: {exc}") from None
        try:
            yield Sessions(path, saver_conn, checkpointer, store)
        except sqlite3.DatabaseError as exc:
            # Damage can hide in pages that only a later read touches.
            if is_damage(exc):
                raise damaged(path, exc) from None
            raise
