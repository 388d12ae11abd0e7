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


def _one_line_error(result: Result) -> str:
    """The CLI's answer to bad input: exit code 2, one line on stderr, no traceback."""
    assert result.exit_code == 2, (result.exit_code, result.output, result.exception)
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    return lines[0]


DAMAGED_COMMANDS = [
    ("sessions", "list"),
    ("sessions", "show", "--thread", "t-second"),
    ("sessions", "show", "--user", GONE_USER),
    ("sessions", "export", "--user", GONE_USER),
    ("sessions", "delete", "--user", GONE_USER, "--yes"),
    ("sessions", "delete", "--user", GONE_USER, "--thread", "t-second", "--yes"),
]


@pytest.mark.parametrize("command", DAMAGED_COMMANDS, ids=lambda c: " ".join(c[1:3]))
def test_a_damaged_database_is_named_with_the_way_to_check_it(command: tuple[str, ...], db: Path) -> None:
    from tests.test_stores import damage_checkpoints

    damage_checkpoints(db)
    before = db.read_bytes()
    line = _one_line_error(CliRunner().invoke(app, [*command, "--db", str(db)]))
    assert str(db) in line and "damaged" in line and f'sqlite3 {db} "PRAGMA integrity_check"' in line
    assert db.read_bytes() == before  # nothing was written


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    notes = tmp_path / "notes.sqlite"
    notes.write_text("my own notes\n" * 400)
    line = _one_line_error(CliRunner().invoke(app, ["sessions", "list", "--db", str(notes)]))
    assert str(notes) in line and "not a database" in line
    assert notes.read_text() == "my own notes\n" * 400


def _export(db: Path) -> dict:
    with open_sessions(db) as sessions:
        from stores import export_user

        return export_user(sessions, GONE_USER)


def _edit(data: dict, change) -> dict:
    change(data)
    return data


BAD_EXPORTS = [
    ("empty list", lambda e: [], "expected a JSON object, got list"),
    ("null", lambda e: None, "expected a JSON object, got NoneType"),
    ("other format", lambda e: {**e, "format": "chat-log/2"}, "not an esc-graph export"),
    ("empty user", lambda e: {**e, "user": ""}, "user id must not be empty"),
    ("threads not a list", lambda e: {**e, "threads": {}}, "'threads' must be a list"),
    ("thread without id", lambda e: _edit(e, lambda d: d["threads"][0].pop("thread_id")), "thread_id"),
    ("thread without values", lambda e: _edit(e, lambda d: d["threads"][0].pop("values")), "'values'"),
    (
        "message without content",
        lambda e: _edit(e, lambda d: d["threads"][0]["messages"][1]["data"].pop("content")),
        "message 1 has no content",
    ),
    ("bad memory item", lambda e: _edit(e, lambda d: d["memory"][0].pop("value")), "memory item 0"),
]


@pytest.mark.parametrize(("case", "make", "expected"), BAD_EXPORTS, ids=[c[0] for c in BAD_EXPORTS])
def test_a_malformed_export_is_refused_before_anything_is_written(
    case: str, make, expected: str, db: Path, tmp_path: Path
) -> None:
    file = tmp_path / "bad.json"
    file.write_text(json.dumps(make(_export(db))))
    target = tmp_path / "target.sqlite"
    line = _one_line_error(CliRunner().invoke(app, ["sessions", "import", str(file), "--db", str(target)]))
    assert f"cannot import {file}" in line and expected in line
    assert not target.exists()


def test_unreadable_import_files(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "esc-graph-export/1", ')
    target = str(tmp_path / "t.sqlite")
    line = _one_line_error(CliRunner().invoke(app, ["sessions", "import", str(broken), "--db", target]))
    assert str(broken) in line and "not JSON" in line
    missing = tmp_path / "missing.json"
    line = _one_line_error(CliRunner().invoke(app, ["sessions", "import", str(missing), "--db", target]))
    assert str(missing) in line
    assert not Path(target).exists()


@pytest.mark.parametrize(
    "command",
    [
        ("sessions", "show", "--user"),
        ("sessions", "export", "--user"),
        ("sessions", "delete", "--yes", "--user"),
        ("sessions", "list", "--user"),
    ],
    ids=lambda c: c[1],
)
@pytest.mark.parametrize("user", ["", " ann", "ann\x00"], ids=["empty", "space", "control"])
def test_user_ids_are_checked_the_same_way_everywhere(command: tuple[str, ...], user: str, db: Path) -> None:
    before = db.read_bytes()
    line = _one_line_error(CliRunner().invoke(app, [*command, user, "--db", str(db)]))
    assert "user id" in line
    assert db.read_bytes() == before


def test_a_postgres_url_is_shown_without_its_password() -> None:
    url = "postgresql://esc:Pa55-w0rd@db.example:5432/esc"
    line = _one_line_error(CliRunner().invoke(app, ["sessions", "list", "--db", url]))
    assert "Pa55-w0rd" not in line and "postgresql://esc:***@db.example:5432/esc" in line


@pytest.mark.parametrize("only_thread", [False, True], ids=["user", "thread"])
def test_a_thread_being_answered_is_not_erased_under_it(only_thread: bool, db: Path) -> None:
    from stores import hold_thread

    args = ["sessions", "delete", "--user", GONE_USER, "--yes", "--db", str(db)]
    args += ["--thread", "t-second"] if only_thread else []
    with open_sessions(db) as sessions, hold_thread(sessions, "t-second"):  # a turn in progress
        line = _one_line_error(CliRunner().invoke(app, args))
    assert "'t-second' is busy" in line
    listing = ("sessions", "list", "--db", str(db), "--json", "--user", GONE_USER)
    listed = json.loads(_in_process(*listing).stdout)
    assert sorted(r["thread_id"] for r in listed) == ["t-second", f"{GONE_USER}-first"]
    _in_process(*args)  # once the turn is over
    left = json.loads(_in_process(*listing).stdout)
    assert [r["thread_id"] for r in left] == ([f"{GONE_USER}-first"] if only_thread else [])
