"""Session persistence on real SQLite files: restarts, concurrency, failures, privacy."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from langchain_core.messages import AIMessage, HumanMessage

from esc_graph.graph import build_graph
from esc_graph.memory import get_profile
from esc_graph.prompts import HISTORY_CHARS
from esc_graph.state import Context
from stores import SessionStoreError, open_sessions, open_sessions_async
from tests.test_sessions_fakes import fake_models, turn

REPO = Path(__file__).resolve().parents[1]


def _messages(graph, thread: str) -> list:
    return graph.get_state({"configurable": {"thread_id": thread}}).values.get("messages", [])


def _run_turn_in_new_process(db: Path, user: str, thread: str, text: str) -> list[list[str]]:
    done = subprocess.run(
        [sys.executable, "-m", "tests.test_sessions_fakes", str(db), user, thread, text],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_db_file_and_side_files_are_owner_only(tmp_path: Path) -> None:
    db = tmp_path / "private" / "sessions.sqlite"
    with open_sessions(db) as sessions:
        graph = build_graph(fake_models(), checkpointer=sessions.checkpointer, store=sessions.store)
        turn(graph, "u", "t", "hello there")
        files = [p for p in db.parent.iterdir() if p.name.startswith(db.name)]
        assert {p.name for p in files} >= {"sessions.sqlite", "sessions.sqlite-wal"}
        for path in files:
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert stat.S_IMODE(db.parent.stat().st_mode) == 0o700


def test_open_refuses_a_folder_and_a_bad_sync_mode(tmp_path: Path) -> None:
    with pytest.raises(SessionStoreError, match="folder"), open_sessions(tmp_path):
        pass
    with pytest.raises(SessionStoreError, match="synchronous"):
        with open_sessions(tmp_path / "x.db", synchronous="off"):
            pass


def test_conversation_survives_a_process_restart(tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite"
    first = _run_turn_in_new_process(db, "ann", "T", "I failed my driving test again")
    assert first == [["human", "I failed my driving test again"], ["ai", "reply 1"]]
    second = _run_turn_in_new_process(db, "ann", "T", "my instructor shouted at me")
    third = _run_turn_in_new_process(db, "ann", "T", "maybe I should switch schools")
    assert second[:2] == first
    assert third[:4] == second
    assert [text for kind, text in third if kind == "human"] == [
        "I failed my driving test again",
        "my instructor shouted at me",
        "maybe I should switch schools",
    ]
    # This process sees the same thread, and the catalog counted three turns.
    with open_sessions(db) as sessions:
        graph = build_graph(fake_models(), checkpointer=sessions.checkpointer, store=sessions.store)
        assert [m.content for m in _messages(graph, "T")] == [text for _, text in third]
        assert get_profile(sessions.store, "ann")["turns"] == 3


def test_eight_threads_writing_concurrently_lose_no_turn(tmp_path: Path) -> None:
    db, threads, turns = tmp_path / "c.sqlite", 8, 50
    errors: list[BaseException] = []
    with open_sessions(db) as sessions:
        graph = build_graph(fake_models(), checkpointer=sessions.checkpointer, store=sessions.store)

        def talk(i: int) -> None:
            try:
                for n in range(turns):
                    turn(graph, f"user{i % 2}", f"thread{i}", f"thread {i} says {n}")
            except BaseException as exc:  # reported below
                errors.append(exc)

        workers = [threading.Thread(target=talk, args=(i,)) for i in range(threads)]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
    assert not errors
    with open_sessions(db) as sessions:  # read back through fresh connections
        graph = build_graph(fake_models(), checkpointer=sessions.checkpointer, store=sessions.store)
        for i in range(threads):
            messages = _messages(graph, f"thread{i}")
            seeker = [m.content for m in messages if isinstance(m, HumanMessage)]
            assert seeker == [f"thread {i} says {n}" for n in range(turns)]
            assert sum(isinstance(m, AIMessage) for m in messages) == turns
        # Both users' memory counted every one of their turns (four threads each).
        assert [get_profile(sessions.store, f"user{u}")["turns"] for u in (0, 1)] == [200, 200]


@pytest.mark.parametrize("durability", ["async", "exit"])
def test_a_failing_model_leaves_earlier_turns_intact_and_the_thread_usable(
    tmp_path: Path, durability: str
) -> None:
    db = tmp_path / "f.sqlite"
    with open_sessions(db) as sessions:
        models = fake_models(fail_on={3})
        graph = build_graph(models, checkpointer=sessions.checkpointer, store=sessions.store)
        turn(graph, "u", "T", "first", durability=durability)
        turn(graph, "u", "T", "second", durability=durability)
        with pytest.raises(RuntimeError, match="model failure"):
            turn(graph, "u", "T", "third", durability=durability)
        out = turn(graph, "u", "T", "fourth", durability=durability)
        assert out["reply"] == "reply 4"
    with open_sessions(db) as sessions:
        graph = build_graph(fake_models(), checkpointer=sessions.checkpointer, store=sessions.store)
        contents = [m.content for m in _messages(graph, "T")]
    # The failed turn's message stays (nothing is lost); it simply got no reply.
    assert contents == ["first", "reply 1", "second", "reply 2", "third", "fourth", "reply 4"]


def test_long_threads_keep_every_turn_while_the_model_sees_a_window(tmp_path: Path) -> None:
    models = fake_models()
    with open_sessions(tmp_path / "long.sqlite") as sessions:
        graph = build_graph(models, checkpointer=sessions.checkpointer, store=sessions.store)
        for n in range(40):
            turn(graph, "u", "T", f"message number {n} " + "and more " * 20)
        stored = _messages(graph, "T")
    assert len(stored) == 80
    assert str(stored[0].content).startswith("message number 0 ")
    last_prompt = models.generator.calls[-1]
    assert sum(len(str(m.content)) for m in last_prompt[1:]) <= HISTORY_CHARS
    assert "message number 0 " not in " ".join(str(m.content) for m in last_prompt)
    assert str(last_prompt[-1].content).startswith("message number 39 ")


def test_async_sessions_resume_a_thread(tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite"
    config = {"configurable": {"thread_id": "T"}}

    async def talk(text: str) -> list[str]:
        async with open_sessions_async(db) as sessions:
            graph = build_graph(fake_models(), checkpointer=sessions.checkpointer, store=sessions.store)
            await graph.ainvoke({"messages": [HumanMessage(text)]}, config, context=Context(user_id="bo"))
            state = await graph.aget_state(config)
            profile = await sessions.store.aget(("esc", "bo", "profile"), "memory")
            assert profile is not None
            return [m.content for m in state.values["messages"]]

    assert asyncio.run(talk("one")) == ["one", "reply 1"]
    assert asyncio.run(talk("two")) == ["one", "reply 1", "two", "reply 1"]
    assert stat.S_IMODE(db.stat().st_mode) == 0o600


def test_message_text_never_reaches_the_logs(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    secret = "my neighbour Zebulon keeps reading my diary"
    crisis = "sometimes I want to die quietly"
    caplog.set_level(logging.DEBUG)
    for name in ("langgraph", "langchain", "langchain_core", "aiosqlite", "httpx", "stores", "esc_graph"):
        caplog.set_level(logging.DEBUG, logger=name)
    logging.getLogger("esc_graph.probe").debug("capture is on")
    with open_sessions(tmp_path / "l.sqlite") as sessions:
        graph = build_graph(fake_models(), checkpointer=sessions.checkpointer, store=sessions.store)
        turn(graph, "u", "T", secret)
        turn(graph, "u", "T", crisis)
        from stores import delete_user, export_user

        export_user(sessions, "u")
        delete_user(sessions, "u")
    logged = caplog.text + " ".join(repr(r.args) for r in caplog.records)
    assert "capture is on" in logged
    assert "Zebulon" not in logged and "die quietly" not in logged


def test_default_location_and_env_override(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from stores import default_db_location

    monkeypatch.delenv("ESC_GRAPH_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert default_db_location() == tmp_path / "esc-graph" / "sessions.sqlite"
    monkeypatch.setenv("ESC_GRAPH_DB", "postgresql://esc@db.example/esc")
    assert default_db_location() == "postgresql://esc@db.example/esc"
    monkeypatch.setenv("ESC_GRAPH_DB", str(tmp_path / "x.sqlite"))
    with open_sessions() as sessions:
        assert sessions.path == tmp_path / "x.sqlite"
    assert oct(os.stat(tmp_path / "x.sqlite").st_mode & 0o777) == "0o600"


def damage_checkpoints(db: Path) -> None:
    """Overwrite the root page of the checkpoint table, as a disk fault would; the memory rows stay."""
    import sqlite3

    conn = sqlite3.connect(db)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'checkpoints'").fetchone()[0]
    finally:
        conn.close()
    with db.open("r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(b"\xff" * page_size)


def test_damage_found_on_read_names_the_file_and_the_check(tmp_path: Path) -> None:
    from stores.sqlite import check_integrity

    db = tmp_path / "d.sqlite"
    with open_sessions(db) as sessions:
        graph = build_graph(fake_models(), checkpointer=sessions.checkpointer, store=sessions.store)
        turn(graph, "ann", "T", "my sister stopped calling me")
    damage_checkpoints(db)
    with pytest.raises(SessionStoreError) as caught:
        with open_sessions(db) as sessions:
            assert get_profile(sessions.store, "ann")["turns"] == 1  # memory pages are intact
            graph = build_graph(fake_models(), checkpointer=sessions.checkpointer, store=sessions.store)
            _messages(graph, "T")
    message = str(caught.value)
    assert str(db) in message and "damaged" in message and "PRAGMA integrity_check" in message
    assert "\n" not in message
    with pytest.raises(SessionStoreError, match="damaged"), open_sessions(db) as sessions:
        check_integrity(sessions.conn, db)


def test_one_turn_at_a_time_per_thread(tmp_path: Path) -> None:
    from stores import ThreadBusy, hold_thread
    from stores.turns import lock_folder

    db = tmp_path / "s.sqlite"
    order: list[str] = []
    with open_sessions(db) as sessions:
        with hold_thread(sessions, "my-private-thread"):
            waits: list[str] = []
            second = threading.Thread(
                target=lambda: _hold_and_note(sessions, "my-private-thread", order, lambda: waits.append("w"))
            )
            second.start()
            second.join(timeout=0.5)
            assert second.is_alive() and order == []  # queued behind the first holder
            with pytest.raises(ThreadBusy, match="busy"), hold_thread(sessions, "my-private-thread", wait=0):
                pass
            with hold_thread(sessions, "another-thread", wait=0):  # other threads are not held up
                order.append("other")
            order.append("first done")
        second.join(timeout=30)
        assert order == ["other", "first done", "second"] and waits == ["w"]
    folder = lock_folder(db)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert all("private" not in p.name and stat.S_IMODE(p.stat().st_mode) == 0o600 for p in folder.iterdir())


def _hold_and_note(sessions, thread: str, order: list[str], on_wait) -> None:
    from stores import hold_thread

    with hold_thread(sessions, thread, wait=30, on_wait=on_wait):
        order.append("second")


@pytest.mark.parametrize(
    ("location", "shown"),
    [
        ("postgresql://esc:s3cr3t@db.example:5432/esc", "postgresql://esc:***@db.example:5432/esc"),
        ("postgres://esc:p%40ss@db/esc", "postgres://esc:***@db/esc"),
        ("postgresql://esc@db/esc", "postgresql://esc@db/esc"),
        ("/home/ann/sessions.sqlite", "/home/ann/sessions.sqlite"),
    ],
)
def test_urls_are_shown_without_their_password(location: str, shown: str) -> None:
    from stores.base import redact

    assert redact(location) == shown
