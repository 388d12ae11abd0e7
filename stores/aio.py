"""The async twin of ``open_sessions``: AsyncSqliteSaver and AsyncSqliteStore over one file."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from pathlib import Path

import aiosqlite
from langgraph.checkpoint.sqlite.aio import AsyncSqliteSaver
from langgraph.store.sqlite.aio import AsyncSqliteStore

from stores.base import Sessions, SessionStoreError, default_db_location, is_postgres_url
from stores.sqlite import PRAGMAS, damaged, is_damage, prepare_file, sync_pragma


class _ImmediateAsyncSqliteStore(AsyncSqliteStore):
    """AsyncSqliteStore whose transactions take the write lock up front.

    The stock store opens a deferred transaction, reads, then writes; when the checkpointer (on its own
    connection) writes meanwhile, the read-to-write upgrade fails with "database is locked" at once
    instead of waiting for busy_timeout. BEGIN IMMEDIATE waits for the lock instead.
    """

    @asynccontextmanager
    async def _cursor(self, *, transaction: bool = True) -> AsyncIterator[aiosqlite.Cursor]:
        if not self.is_setup:
            await self.setup()
        async with self.lock:
            if transaction:
                await self.conn.execute("BEGIN IMMEDIATE")
            async with self.conn.cursor() as cur:
                try:
                    yield cur
                finally:
                    if transaction:
                        await self.conn.execute("COMMIT")


async def _connect(path: Path, synchronous: str | None) -> aiosqlite.Connection:
    pragmas = (*PRAGMAS, sync_pragma(synchronous))
    try:
        conn = await aiosqlite.connect(path, isolation_level=None)
        for pragma in pragmas:
            await conn.execute(pragma)
    except (OSError, aiosqlite.Error) as exc:
        if is_damage(exc):
            raise damaged(path, exc) from None
        raise SessionStoreError(f"cannot open database {path}: {exc}") from None
    return conn


@asynccontextmanager
async def open_sessions_async(
    path: Path | str | None = None, *, synchronous: str | None = None
) -> AsyncIterator[Sessions]:
    """Like ``open_sessions`` for ``graph.ainvoke``/``astream``; ``conn`` is None (connections are async)."""
    location = path if path is not None else default_db_location()
    if is_postgres_url(location):
        from stores.postgres import open_postgres_sessions_async

        async with open_postgres_sessions_async(str(location)) as sessions:
            yield sessions
        return
    path = prepare_file(location)
    async with AsyncExitStack() as stack:
        saver_conn = await _connect(path, synchronous)
        stack.push_async_callback(saver_conn.close)
        store_conn = await _connect(path, synchronous)
        stack.push_async_callback(store_conn.close)
        try:
            checkpointer = AsyncSqliteSaver(saver_conn)
            store = _ImmediateAsyncSqliteStore(store_conn)
            await checkpointer.setup()
            await store.setup()
        except aiosqlite.Error as exc:
            if is_damage(exc):
                raise damaged(path, exc) from None
            raise SessionStoreError(f"cannot use database {path}: {exc}") from None
        try:
            yield Sessions(path, None, checkpointer, store)
        except aiosqlite.DatabaseError as exc:
            if is_damage(exc):
                raise damaged(path, exc) from None
            raise
