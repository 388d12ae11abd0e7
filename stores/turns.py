"""One writer per thread: a turn holds its thread, so turns on one conversation never interleave.

Two processes answering the same thread at once would both read the same last checkpoint and both
write "turn N+1": one turn would silently replace the other. ``hold_thread`` queues them instead: the
second waits (up to ``wait`` seconds) for the first to finish, then reads its turn; after the wait it
raises ``ThreadBusy``.

SQLite: an operating-system file lock per thread in a hidden folder beside the database, released
even when the process holding it dies; the lock files are empty and named by a hash of the thread id,
and stay (removing one while a process waits on it would let two turns in). Postgres: a session-level
advisory lock on a pooled connection.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from stores.base import Sessions, SessionStoreError

DEFAULT_WAIT_S = 120.0
_POLL_S = 0.05


class ThreadBusy(SessionStoreError):
    """Another process kept answering the thread for longer than the wait."""


def _digest(thread_id: str) -> str:
    # Lock names hold no conversation id, only its hash.
    return hashlib.sha256(thread_id.encode("utf-8")).hexdigest()[:32]


def lock_folder(db: Path) -> Path:
    return db.parent / f".{db.name}.turns"


def thread_lock_file(db: Path, thread_id: str) -> Path:
    return lock_folder(db) / f"{_digest(thread_id)}.lock"


def _busy(thread_id: str, wait: float) -> ThreadBusy:
    return ThreadBusy(
        f"thread {thread_id!r} is busy: another process has been answering it for over {wait:g} s; "
        "try again when it is done"
    )


@contextmanager
def _sqlite_hold(db: Path, thread_id: str, wait: float, on_wait: Callable[[], None]) -> Iterator[None]:
    from filelock import FileLock, Timeout

    folder = lock_folder(db)
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
    except OSError as exc:
        raise SessionStoreError(f"cannot create the lock folder {folder}: {exc}") from None
    lock = FileLock(str(thread_lock_file(db, thread_id)), mode=0o600)
    try:
        lock.acquire(timeout=0)
    except Timeout:
        on_wait()
        try:
            lock.acquire(timeout=wait, poll_interval=_POLL_S)
        except Timeout:
            raise _busy(thread_id, wait) from None
    try:
        yield
    finally:
        lock.release()


def _advisory_key(thread_id: str) -> int:
    return int.from_bytes(hashlib.sha256(thread_id.encode("utf-8")).digest()[:8], "big", signed=True)


@contextmanager
def _postgres_hold(
    sessions: Sessions, thread_id: str, wait: float, on_wait: Callable[[], None]
) -> Iterator[None]:
    pool = sessions.checkpointer.conn
    key = _advisory_key(thread_id)
    with pool.connection() as conn:
        deadline = time.monotonic() + wait
        waited = False
        while not conn.execute("SELECT pg_try_advisory_lock(%s) AS ok", (key,)).fetchone()["ok"]:
            if not waited:
                on_wait()
                waited = True
            if time.monotonic() >= deadline:
                raise _busy(thread_id, wait)
            time.sleep(_POLL_S)
        try:
            yield
        finally:
            conn.execute("SELECT pg_advisory_unlock(%s)", (key,))


def _nothing() -> None:
    pass


@contextmanager
def hold_thread(
    sessions: Sessions,
    thread_id: str,
    wait: float = DEFAULT_WAIT_S,
    on_wait: Callable[[], None] = _nothing,
) -> Iterator[None]:
    """Hold ``thread_id`` for one turn (``graph.invoke``); waits for a turn in progress elsewhere.

    ``on_wait`` is called once when the thread is busy and the wait begins.
    """
    if wait < 0:
        raise ValueError("wait must be 0 or more seconds")
    if sessions.path is not None:
        with _sqlite_hold(sessions.path, thread_id, wait, on_wait):
            yield
    else:
        with _postgres_hold(sessions, thread_id, wait, on_wait):
            yield
