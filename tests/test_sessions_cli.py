"""``esc-graph sessions`` in real processes: list, show, export/import round trip, complete deletion."""

from __future__ import annotations

import json
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import Result
from typer.testing import CliRunner

from esc_graph.cli import app
from esc_graph.graph import build_graph
from stores import open_sessions
from tests.test_sessions_fakes import fake_models, turn

REPO = Path(__file__).resolve().parents[1]
ESC_GRAPH = Path(sys.executable).parent / "esc-graph"
GONE_USER = "uma-7f3c"
KEPT_USER = "ken-21aa"
GONE_TEXTS = ("my tortoise Archibald escaped through the fence", "I argued with Archibald's vet")
KEPT_TEXTS = ("the night shift at the bakery drains me",)


def esc_graph(*args: str, ok: bool = True) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([str(ESC_GRAPH), *args], cwd=REPO, capture_output=True, text=True, timeout=120)
    if ok:
        assert done.returncode == 0, done.stderr
    return done


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    """Two users: one with two threads (two turns each), one with a single turn."""
    path = tmp_path / "sessions.sqlite"
    with open_sessions(path) as sessions:
        graph = build_graph(fake_models(), checkpointer=sessions.checkpointer, store=sessions.store)
        for thread in (f"{GONE_USER}-first", "t-second"):
            for text in GONE_TEXTS:
                turn(graph, GONE_USER, thread, text)
        turn(graph, KEPT_USER, "kept-thread", KEPT_TEXTS[0])
    return path


def _every_value(path: Path) -> list[bytes]:
    """Every value of every column of every table, as bytes (checkpoints are msgpack blobs)."""
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        values: list[bytes] = []
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                for value in row:
                    if isinstance(value, bytes):
                        values.append(value)
                    elif value is not None:
                        values.append(str(value).encode())
        return values
    finally:
        conn.close()


def _mentions(blobs: list[bytes], needles: list[str]) -> set[str]:
    return {n for n in needles if any(n.encode() in b for b in blobs)}


def test_delete_user_leaves_no_trace_anywhere_in_the_file(db: Path) -> None:
    gone = [GONE_USER, *GONE_TEXTS, "Archibald"]
    assert _mentions(_every_value(db), gone) == set(gone)  # the scan does find them before
    done = esc_graph("sessions", "delete", "--user", GONE_USER, "--yes", "--db", str(db))
    assert "erased 2 thread(s)" in done.stderr

    values = _every_value(db)
    assert _mentions(values, gone) == set()
    assert _mentions(values, [KEPT_USER, *KEPT_TEXTS]) == {KEPT_USER, *KEPT_TEXTS}
    # Not in free pages or the write-ahead log either: the raw bytes of every file are clean.
    raw = b"".join(p.read_bytes() for p in db.parent.glob(db.name + "*"))
    assert not any(n.encode() in raw for n in gone)
    # The other user's thread still works and is listed.
    listed = json.loads(esc_graph("sessions", "list", "--db", str(db), "--json").stdout)
    assert [(r["user"], r["thread_id"], r["turns"]) for r in listed] == [(KEPT_USER, "kept-thread", 1)]


def test_export_then_import_round_trips(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "uma.json"
    esc_graph("sessions", "export", "--user", GONE_USER, "--db", str(db), "--out", str(out))
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    exported = json.loads(out.read_text())
    threads = {t["thread_id"]: t for t in exported["threads"]}
    assert sorted(threads) == ["t-second", f"{GONE_USER}-first"]
    contents = [m["data"]["content"] for m in threads[f"{GONE_USER}-first"]["messages"]]
    assert contents == [GONE_TEXTS[0], "reply 1", GONE_TEXTS[1], "reply 2"]
    assert {tuple(i["namespace"]) for i in exported["memory"]} == {("profile",), ("threads",)}

    fresh = tmp_path / "fresh.sqlite"
    esc_graph("sessions", "import", str(out), "--db", str(fresh))
    again = json.loads(esc_graph("sessions", "export", "--user", GONE_USER, "--db", str(fresh)).stdout)
    assert {**again, "exported_at": None} == {**exported, "exported_at": None}
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o600

    # An imported thread carries on where it stopped.
    with open_sessions(fresh) as sessions:
        graph = build_graph(fake_models(), checkpointer=sessions.checkpointer, store=sessions.store)
        turn(graph, GONE_USER, "t-second", "one more thing")
        messages = graph.get_state({"configurable": {"thread_id": "t-second"}}).values["messages"]
    assert [m.content for m in messages][-2:] == ["one more thing", "reply 1"]
    assert len(messages) == 6

    # Importing over existing threads is refused.
    done = esc_graph("sessions", "import", str(out), "--db", str(db), ok=False)
    assert done.returncode != 0 and "already exists" in done.stderr


def _in_process(*args: str, code: int = 0) -> Result:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == code, result.output
    return result


def test_list_and_show(db: Path) -> None:
    listed = _in_process("sessions", "list", "--db", str(db), "--json", "--user", GONE_USER).stdout
    listed = json.loads(listed)
    turns = sorted((r["thread_id"], r["turns"]) for r in listed)
    assert turns == [("t-second", 2), (f"{GONE_USER}-first", 2)]
    assert all(sum(json.loads(r["strategies"]).values()) == 2 for r in listed)

    user = json.loads(_in_process("sessions", "show", "--user", GONE_USER, "--db", str(db), "--json").stdout)
    assert user["memory"]["sessions"] == 2 and user["memory"]["turns"] == 4
    assert "Archibald" not in json.dumps(user["memory"])  # memory keeps no verbatim text

    thread = _in_process("sessions", "show", "--thread", "t-second", "--db", str(db)).stdout
    assert GONE_TEXTS[0] in thread and "reply 4" in thread

    missing = _in_process("sessions", "list", "--db", str(db.parent / "nope.sqlite"), code=2)
    assert "no session database" in missing.output
    assert not (db.parent / "nope.sqlite").exists()
