"""The Postgres backend against a real, throw-away server (initdb + pg_ctl in a temporary folder).

Skipped only when no Postgres server binary is installed (Debian: ``apt-get install postgresql``).
Needs the ``postgres`` extra. As root, the server runs as the ``postgres`` system user.
"""

from __future__ import annotations

import asyncio
import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from langchain_core.messages import HumanMessage

from esc_graph.graph import build_graph
from esc_graph.memory import get_profile
from esc_graph.ports import free_port
from esc_graph.state import Context
from stores import delete_user, export_user, import_user, open_sessions, open_sessions_async
from tests.test_sessions_fakes import fake_models, turn


def _server_bin() -> Path | None:
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(candidates[-1]).parent if candidates else None


@pytest.fixture(scope="module")
def postgres_url() -> Iterator[str]:
    bindir = _server_bin()
    if bindir is None:
        pytest.skip("no Postgres server binary (initdb) installed")
    as_user: list[str] = []
    folder = Path(tempfile.mkdtemp(prefix="esc-pg-"))
    if os.geteuid() == 0:  # postgres refuses to run as root
        as_user = ["runuser", "-u", "postgres", "--"]
        entry = pwd.getpwnam("postgres")
        os.chown(folder, entry.pw_uid, entry.pw_gid)
    data, port = folder / "data", free_port()

    def run(*cmd: str) -> None:
        subprocess.run([*as_user, *cmd], check=True, capture_output=True, timeout=120)

    run(str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "esc", "--no-sync", "-E", "UTF8")
    opts = f"-k {folder} -p {port} -c listen_addresses='' -c fsync=off"
    run(str(bindir / "pg_ctl"), "-D", str(data), "-o", opts, "-l", str(folder / "log"), "-w", "start")
    try:
        yield f"postgresql://esc@/postgres?host={folder}&port={port}"
    finally:
        run(str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop")
        shutil.rmtree(folder, ignore_errors=True)


def _all_rows_text(url: str) -> str:
    import psycopg

    with psycopg.connect(url) as conn:
        tables = [
            r[0]
            for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'").fetchall()
        ]
        # row::text renders bytea (the msgpack checkpoint blobs) as hex, so search both forms.
        return "\n".join(
            str(row[0]) for table in tables for row in conn.execute(f'SELECT t::text FROM "{table}" t')
        )


def test_postgres_sessions_resume_remember_export_and_delete(postgres_url: str) -> None:
    secret = "my parrot Bartholomew only talks at night"
    with open_sessions(postgres_url) as sessions:
        assert sessions.url and sessions.path is None
        graph = build_graph(fake_models(), checkpointer=sessions.checkpointer, store=sessions.store)
        turn(graph, "pia-5e1d", "p1", secret)
        turn(graph, "pia-5e1d", "p1", "it keeps me awake")
        turn(graph, "quinn-9b2c", "q1", "hello")
    with open_sessions(postgres_url) as sessions:  # a new pool: the thread resumes
        graph = build_graph(fake_models(), checkpointer=sessions.checkpointer, store=sessions.store)
        turn(graph, "pia-5e1d", "p1", "third")
        messages = graph.get_state({"configurable": {"thread_id": "p1"}}).values["messages"]
        assert [m.content for m in messages if isinstance(m, HumanMessage)] == [
            secret,
            "it keeps me awake",
            "third",
        ]
        assert get_profile(sessions.store, "pia-5e1d")["turns"] == 3
        assert get_profile(sessions.store, "quinn-9b2c")["turns"] == 1

        exported = export_user(sessions, "pia-5e1d")
        before = _all_rows_text(postgres_url)
        for needle in ("pia-5e1d", "Bartholomew"):  # the scan does see them before deletion
            assert needle in before or needle.encode().hex() in before
        assert delete_user(sessions, "pia-5e1d") == {"threads": 1, "memory_items": 2}
    rows = _all_rows_text(postgres_url)
    for needle in ("pia-5e1d", "Bartholomew"):
        assert needle not in rows and needle.encode().hex() not in rows
    assert "quinn-9b2c" in rows
    with open_sessions(postgres_url) as sessions:
        assert import_user(sessions, exported) == 1
        again = export_user(sessions, "pia-5e1d")
        assert {**again, "exported_at": None} == {**exported, "exported_at": None}


def test_postgres_async_sessions(postgres_url: str) -> None:
    async def talk(text: str) -> list[str]:
        async with open_sessions_async(postgres_url) as sessions:
            graph = build_graph(fake_models(), checkpointer=sessions.checkpointer, store=sessions.store)
            config = {"configurable": {"thread_id": "async-thread"}}
            await graph.ainvoke({"messages": [HumanMessage(text)]}, config, context=Context(user_id="ava"))
            return [m.content for m in (await graph.aget_state(config)).values["messages"]]

    assert asyncio.run(talk("one")) == ["one", "reply 1"]
    assert asyncio.run(talk("two")) == ["one", "reply 1", "two", "reply 1"]


def test_postgres_turns_on_one_thread_queue_up(postgres_url: str) -> None:
    import threading

    from stores import ThreadBusy, hold_thread

    order: list[str] = []
    with open_sessions(postgres_url) as sessions, open_sessions(postgres_url) as other:
        with hold_thread(sessions, "shared"):
            with pytest.raises(ThreadBusy, match="busy"), hold_thread(other, "shared", wait=0):
                pass
            with hold_thread(other, "another", wait=0):
                order.append("other thread")

            def second() -> None:
                with hold_thread(other, "shared", wait=30):
                    order.append("second")

            waiter = threading.Thread(target=second)
            waiter.start()
            waiter.join(timeout=0.5)
            assert waiter.is_alive()
            order.append("first done")
        waiter.join(timeout=30)
    assert order == ["other thread", "first done", "second"]
