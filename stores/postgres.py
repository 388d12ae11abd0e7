"""Postgres behind the same API as SQLite: PostgresSaver/PostgresStore over a connection pool.

Needs the ``postgres`` extra (``pip install 'esc-graph[postgres]'``).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Any
from urllib.parse import urlsplit

from stores.base import Sessions, SessionStoreError
from stores.base import redact as _redact

POOL_SIZE = 10


def _cannot_open(url: str, exc: Exception) -> SessionStoreError:
    """The error with the URL's password masked, in the URL and anywhere the driver repeated it."""
    message = " ".join(str(exc).split())
    try:
        password = urlsplit(url).password
    except ValueError:
        password = None
    if password:
        message = message.replace(password, "***")
    return SessionStoreError(f"cannot open database {_redact(url)}: {message}")


def _imports() -> Any:
    try:
        import psycopg  # noqa: F401
        import psycopg_pool
        from langgraph.checkpoint.postgres import PostgresSaver
        from langgraph.checkpoint.postgres.aio import AsyncPostgresSaver
        from langgraph.store.postgres import AsyncPostgresStore, PostgresStore
    except ImportError as exc:
        raise SessionStoreError(
            f"Postgres sessions need the postgres extra (pip install 'esc-graph[postgres]'): {exc}"
        ) from None
    return psycopg_pool, PostgresSaver, PostgresStore, AsyncPostgresSaver, AsyncPostgresStore


def _connection_kwargs() -> dict[str, Any]:
    from psycopg.rows import dict_row

    # What langgraph's Postgres savers expect from every connection.
    return {"autocommit": True, "prepare_threshold": 0, "row_factory": dict_row}


@contextmanager
def open_postgres_sessions(url: str, *, pool_size: int = POOL_SIZE) -> Iterator[Sessions]:
    """Checkpointer and store on a Postgres server; tables are created on first use."""
    import psycopg

    psycopg_pool, saver_cls, store_cls, _, _ = _imports()
    try:
        pool = psycopg_pool.ConnectionPool(
            url, min_size=1, max_size=pool_size, kwargs=_connection_kwargs(), open=False
        )
        pool.open(wait=True, timeout=10)
    except (psycopg.Error, psycopg_pool.PoolTimeout) as exc:
        raise _cannot_open(url, exc) from None
    try:
        checkpointer = saver_cls(pool)
        store = store_cls(pool)
        checkpointer.setup()
        store.setup()
        yield Sessions(None, None, checkpointer, store, url=_redact(url))
    finally:
        pool.close()


@asynccontextmanager
async def open_postgres_sessions_async(url: str, *, pool_size: int = POOL_SIZE) -> AsyncIterator[Sessions]:
    """The async variant (AsyncPostgresSaver/AsyncPostgresStore)."""
    import psycopg

    psycopg_pool, _, _, saver_cls, store_cls = _imports()
    try:
        pool = psycopg_pool.AsyncConnectionPool(
            url, min_size=1, max_size=pool_size, kwargs=_connection_kwargs(), open=False
        )
        await pool.open(wait=True, timeout=10)
    except (psycopg.Error, psycopg_pool.PoolTimeout) as exc:
        raise _cannot_open(url, exc) from None
    try:
        checkpointer = saver_cls(pool)
        store = store_cls(pool)
        await checkpointer.setup()
        await store.setup()
        yield Sessions(None, None, checkpointer, store, url=_redact(url))
    finally:
        await pool.close()
