"""`esc-graph chat --json` across processes, and its one-line errors on bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
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


@pytest.mark.parametrize("message", ["", "   \n\t "])
def test_empty_message_is_a_one_line_error_and_keeps_the_thread(
    message: str, tiny_model_dir: Path, tmp_path: Path
) -> None:
    db = tmp_path / "s.sqlite"
    common = ("--db", str(db), "--thread", "t1", "--seed", "0")
    assert run_chat(*common, "--message", "Work has been crushing me.", base=tiny_model_dir).returncode == 0
    before = stored_messages(db, "t1")
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
