"""`esc-graph chat --json` across processes, and its one-line errors on bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from esc_graph.strategies import STRATEGY_NAMES


def run_chat(*args: str, base: Path) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "esc_graph.cli", "chat", "--base-model", str(base), "--json", *args]
    env = {**os.environ, "ESC_GRAPH_LOG_LEVEL": "WARNING"}
    return subprocess.run(cmd, capture_output=True, text=True, timeout=300, env=env)


def test_two_processes_continue_one_thread(tiny_model_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite"
    common = ("--db", str(db), "--user", "u1", "--thread", "t1", "--seed", "0")
    first = run_chat(*common, "--message", "I feel so lonely since I moved.", base=tiny_model_dir)
    assert first.returncode == 0, first.stderr
    second = run_chat(*common, "--message", "Nobody here knows me.", base=tiny_model_dir)
    assert second.returncode == 0, second.stderr
    one, two = json.loads(first.stdout), json.loads(second.stdout)
    assert (one["turn"], two["turn"]) == (1, 2)
    for result in (one, two):
        assert set(result["strategy_probs"]) == set(STRATEGY_NAMES)
        assert sum(result["strategy_probs"].values()) == pytest.approx(1.0, abs=1e-4)
        assert result["strategy"] in STRATEGY_NAMES and result["risk"] is False
        assert isinstance(result["reply"], str) and result["reply"]
    assert db.stat().st_mode & 0o777 == 0o600


def stored_messages(db: Path, thread: str) -> list[str]:
    """The thread's messages as the checkpointer has them."""
    from stores import open_sessions

    with open_sessions(db) as sessions:
        saved = sessions.checkpointer.get_tuple({"configurable": {"thread_id": thread}})
    return [str(m.content) for m in saved.checkpoint["channel_values"]["messages"]]


def test_empty_message_is_a_one_line_error_and_keeps_the_thread(tiny_model_dir: Path, tmp_path: Path) -> None:
    from esc_graph.graph import build_graph
    from stores import open_sessions
    from tests.test_sessions_fakes import fake_models, turn

    db = tmp_path / "s.sqlite"
    with open_sessions(db) as sessions:  # the first turn, written without a model process
        graph = build_graph(fake_models(), checkpointer=sessions.checkpointer, store=sessions.store)
        turn(graph, "local", "t1", "Work has been crushing me.")
    before = stored_messages(db, "t1")
    common = ("--db", str(db), "--thread", "t1", "--seed", "0")
    for message in ("", "   \n\t "):
        bad = run_chat(*common, "--message", message, base=tiny_model_dir)
        assert bad.returncode != 0
        assert "Traceback" not in bad.stderr and len(bad.stderr.strip().splitlines()) == 1
        assert "empty" in bad.stderr
        assert stored_messages(db, "t1") == before and len(before) == 2
    again = run_chat(*common, "--message", "Thanks for listening.", base=tiny_model_dir)
    assert json.loads(again.stdout)["turn"] == 2


def test_unusable_db_paths_give_one_line_errors(tiny_model_dir: Path, tmp_path: Path) -> None:
    not_a_db = tmp_path / "notes.txt"
    not_a_db.write_text("my private notes, not a database\n" * 50)
    original = not_a_db.read_bytes()
    folder = tmp_path / "folder"
    folder.mkdir()
    for path in (not_a_db, folder):
        result = run_chat("--db", str(path), "--message", "hello there", base=tiny_model_dir)
        assert result.returncode != 0
        assert "Traceback" not in result.stderr
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and str(path) in lines[0]
    assert not_a_db.read_bytes() == original


CONCURRENT = 4


def test_concurrent_turns_on_one_thread_queue_up_and_none_is_lost(
    tiny_model_dir: Path, tmp_path: Path
) -> None:
    """Four `chat --json` processes on one thread: turns 1-4, all stored, catalog and memory agree."""
    from esc_graph.memory import get_profile, get_thread
    from stores import hold_thread, open_sessions

    db = tmp_path / "s.sqlite"
    cmd = [sys.executable, "-m", "esc_graph.cli", "chat", "--base-model", str(tiny_model_dir), "--json"]
    common = ["--db", str(db), "--user", "u1", "--thread", "shared", "--seed", "0"]
    logs = [tmp_path / f"err-{i}.txt" for i in range(CONCURRENT)]
    with open_sessions(db) as sessions, hold_thread(sessions, "shared"):
        # While this test holds the thread, all four load their model and queue up behind it.
        procs = []
        for i, log in enumerate(logs):
            with log.open("w") as err:
                procs.append(
                    subprocess.Popen(
                        [*cmd, *common, "--message", f"message number {i}"],
                        stdout=subprocess.PIPE,
                        stderr=err,
                        text=True,
                    )
                )
        deadline = time.monotonic() + 300
        while not all("waiting: another process" in log.read_text() for log in logs):
            assert time.monotonic() < deadline and all(p.poll() is None for p in procs), [
                log.read_text() for log in logs
            ]
            time.sleep(0.2)
    outputs = [p.communicate(timeout=300)[0] for p in procs]
    assert [p.returncode for p in procs] == [0] * CONCURRENT, [log.read_text() for log in logs]
    results = [json.loads(out) for out in outputs]
    assert sorted(r["turn"] for r in results) == [1, 2, 3, 4]
    messages = stored_messages(db, "shared")
    assert len(messages) == 2 * CONCURRENT
    assert sorted(messages[0::2]) == [f"message number {i}" for i in range(CONCURRENT)]
    with open_sessions(db) as sessions:
        assert get_thread(sessions.store, "u1", "shared")["turns"] == CONCURRENT
        assert get_profile(sessions.store, "u1")["turns"] == CONCURRENT


def test_a_busy_thread_fails_clearly_after_the_wait_and_stores_nothing(
    tiny_model_dir: Path, tmp_path: Path
) -> None:
    from typer.testing import CliRunner

    from esc_graph.cli import app
    from esc_graph.graph import build_graph
    from stores import hold_thread, open_sessions
    from tests.test_sessions_fakes import fake_models, turn

    db = tmp_path / "s.sqlite"
    with open_sessions(db) as sessions:
        graph = build_graph(fake_models(), checkpointer=sessions.checkpointer, store=sessions.store)
        turn(graph, "local", "t1", "Work has been crushing me.")
    args = ["chat", "--base-model", str(tiny_model_dir), "--json", "--db", str(db), "--thread", "t1"]
    with open_sessions(db) as sessions, hold_thread(sessions, "t1"):  # another process's turn
        busy = CliRunner().invoke(app, [*args, "--wait", "0", "--message", "Still here."])
    assert busy.exit_code == 2 and busy.stdout == ""
    errors = [line for line in busy.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "'t1' is busy" in errors[0]
    assert stored_messages(db, "t1") == ["Work has been crushing me.", "reply 1"]


def test_chat_on_a_damaged_database_names_it_and_loads_no_model(tmp_path: Path) -> None:
    from esc_graph.graph import build_graph
    from stores import open_sessions
    from tests.test_sessions_fakes import fake_models, turn
    from tests.test_stores import damage_checkpoints

    db = tmp_path / "s.sqlite"
    with open_sessions(db) as sessions:
        graph = build_graph(fake_models(), checkpointer=sessions.checkpointer, store=sessions.store)
        turn(graph, "u1", "t1", "I keep failing my exams")
    damage_checkpoints(db)
    before = db.read_bytes()
    # A base model that does not exist: the database is checked before any model loads.
    result = run_chat("--db", str(db), "--thread", "t1", "--message", "hello", base=tmp_path / "no-model")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "damaged" in lines[0] and "PRAGMA integrity_check" in lines[0]
    assert db.read_bytes() == before


@pytest.mark.parametrize(
    ("args", "expected"), [(("--user", ""), "user id"), (("--thread", " "), "thread id")]
)
def test_empty_ids_are_refused(args: tuple[str, str], expected: str, tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite"
    result = run_chat("--db", str(db), *args, "--message", "hello", base=tmp_path / "no-model")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0]
    assert not db.exists()


def test_interactive_chat_shows_a_spinner_and_how_to_leave(tiny_model_dir: Path, tmp_path: Path) -> None:
    """In a terminal: the leave hint, a spinner while the turn runs, the reply, and a clean exit."""
    import pty
    import select

    cmd = [sys.executable, "-m", "esc_graph.cli", "chat", "--base-model", str(tiny_model_dir)]
    cmd += ["--db", str(tmp_path / "s.sqlite"), "--thread", "t1", "--seed", "0"]
    leader, follower = pty.openpty()
    env = {**os.environ, "COLUMNS": "120", "TERM": "xterm"}
    proc = subprocess.Popen(cmd, stdin=follower, stdout=follower, stderr=follower, env=env, close_fds=True)
    os.close(follower)
    seen = b""

    def read_until(marker: bytes) -> None:
        nonlocal seen
        deadline = time.monotonic() + 240
        while marker not in seen:
            assert time.monotonic() < deadline and proc.poll() is None, seen.decode(errors="replace")
            if select.select([leader], [], [], 0.2)[0]:
                try:
                    seen += os.read(leader, 65536)
                except OSError:
                    break

    try:
        read_until(b"you> ")
        assert b"empty line, Ctrl-D or Ctrl-C leaves" in seen
        os.write(leader, b"I moved to a new city and I know nobody.\n")
        read_until(b"supporter")
        read_until(b"you> ")
        assert b"thinking" in seen  # the spinner ran during the turn
        os.write(leader, b"\n")
        read_until(b"left thread t1")
        assert proc.wait(timeout=60) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(leader)
    assert len(stored_messages(tmp_path / "s.sqlite", "t1")) == 2


def test_brackets_in_a_message_are_shown_as_written(tiny_model_dir: Path, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from esc_graph.cli import app

    text = "[sigh] my [bold]week[/bold] was long"
    args = ["chat", "--base-model", str(tiny_model_dir), "--db", str(tmp_path / "s.sqlite"), "-m", text]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert f"seeker  {text}" in result.stdout


def test_without_a_network_a_hub_model_fails_in_one_line(tmp_path: Path) -> None:
    """The hub is on by default; a host that does not resolve switches to downloaded files at once."""
    cmd = [sys.executable, "-m", "esc_graph.cli", "chat", "--base-model", "some-org/some-model", "--json"]
    cmd += ["--db", str(tmp_path / "s.sqlite"), "--message", "hello there"]
    env = {**os.environ, "HF_HUB_OFFLINE": "0", "HF_ENDPOINT": "https://hub.invalid"}
    env["HF_HOME"] = str(tmp_path)  # an empty hub cache
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300, env=env)
    assert done.returncode != 0 and "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert lines[0].startswith("note: the packaged release") and lines[0].endswith("runs prompt-only")
    assert lines[1].startswith("no network (hub.invalid unknown)")
    assert len(lines) == 3 and lines[2].startswith("error: cannot load the model")
