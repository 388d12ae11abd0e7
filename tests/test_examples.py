"""The examples, each as an app builder would run it: the web chat over HTTP (in-process on the tiny model,
and its one command as a real server), the host graph and the three-session seeker."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from esc_graph import SupportModels
from esc_graph.ports import free_port
from esc_graph.strategies import STRATEGY_NAMES
from examples import host_graph, multi_session
from examples.chatbot_app.app import create_app

ROOT = Path(__file__).resolve().parents[1]


def events(body: str) -> list[tuple[str, dict]]:
    """Server-sent events as (event, data) pairs."""
    found = []
    for block in body.strip().split("\n\n"):
        fields = dict(line.split(": ", 1) for line in block.splitlines())
        found.append((fields["event"], json.loads(fields["data"])))
    return found


@pytest.fixture(scope="module")
def tiny_support(tiny_model_dir: Path) -> SupportModels:
    from esc_graph.models import load_role_models

    return SupportModels.local(load_role_models(str(tiny_model_dir)))


@pytest.fixture()
def chat_db(tmp_path: Path) -> Path:
    return tmp_path / "chat.sqlite"


def _client(models: SupportModels, db: Path) -> TestClient:
    return TestClient(create_app(models, db, max_new_tokens=6))


def test_web_chat_streams_strategy_then_reply_and_keeps_the_thread(tiny_support, chat_db: Path) -> None:
    with _client(tiny_support, chat_db) as client:
        page = client.get("/")
        assert page.status_code == 200 and "crisis support" in page.text and "not a therapist" in page.text
        thread = client.post("/api/users/ana/conversations").json()["thread_id"]
        url = f"/api/users/ana/conversations/{thread}"
        got = events(client.post(f"{url}/messages", json={"text": "My dog died and I miss him."}).text)
        kinds = [kind for kind, _ in got]
        assert kinds[0] == "strategy" and kinds[-1] == "done" and "token" in kinds
        strategy, done = got[0][1]["value"], got[-1][1]
        assert strategy in STRATEGY_NAMES and done["strategy"] == strategy
        assert done["reply"] == "".join(d["text"] for k, d in got if k == "token").strip()
        assert done["turn"] == 1 and done["crisis"] is False
        done2 = events(client.post(f"{url}/messages", json={"text": "He was 14."}).text)[-1][1]
        assert done2["turn"] == 2
        assert "not a person" in done["disclosure"] and done2["disclosure"] is None  # once per session
        history = client.get(url).json()["messages"]
        assert [m["role"] for m in history] == ["user", "assistant"] * 2
        assert history[1]["strategy"] == strategy and history[1]["text"] == done["reply"]
        assert history[1]["disclosure"] == done["disclosure"] and history[3]["disclosure"] is None
        listed = client.get("/api/users/ana/conversations").json()
        assert [(c["thread_id"], c["turns"]) for c in listed] == [(thread, 2)]
        # Another user can neither read nor write this conversation.
        assert client.get(f"/api/users/bo/conversations/{thread}").status_code == 404
        assert (
            client.post(f"/api/users/bo/conversations/{thread}/messages", json={"text": "hi"}).status_code
            == 404
        )
        assert client.get("/api/users/bo/conversations").json() == []
    assert chat_db.stat().st_mode & 0o777 == 0o600
    with _client(tiny_support, chat_db) as client:  # a restarted app finds the conversation
        assert len(client.get(f"/api/users/ana/conversations/{thread}").json()["messages"]) == 4


def test_web_chat_crisis_reply_is_marked_and_skips_planning(tiny_support, chat_db: Path) -> None:
    with _client(tiny_support, chat_db) as client:
        url = "/api/users/cy/conversations/t1"
        got = events(client.post(f"{url}/messages", json={"text": "I want to end my life tonight"}).text)
        kinds = [kind for kind, _ in got]
        assert kinds == ["risk", "done"]
        done = got[-1][1]
        assert done["crisis"] is True and done["risk"] is True and done["strategy"] is None
        assert done["reply"]
        last = client.get(url).json()["messages"][-1]
        assert last["crisis"] is True and last["text"] == done["reply"]


def test_web_chat_rejects_bad_input_without_losing_turns(tiny_support, chat_db: Path) -> None:
    with _client(tiny_support, chat_db) as client:
        url = "/api/users/dee/conversations/t2"
        assert events(client.post(f"{url}/messages", json={"text": "I feel low."}).text)[-1][0] == "done"
        assert client.post(f"{url}/messages", json={"text": " \x00 \t"}).status_code == 422
        assert client.post(f"{url}/messages", json={"text": "x" * 5000}).status_code == 422
        assert client.post("/api/users/bad%20id/conversations").status_code == 422
        assert client.get("/api/users/dee/conversations/..%2Fx").status_code in (404, 422)
        assert len(client.get(url).json()["messages"]) == 2


def test_web_chat_reports_a_model_server_failure_and_keeps_serving(chat_db: Path) -> None:
    from esc_graph.remote import remote_models

    down = remote_models(f"http://127.0.0.1:{free_port()}/v1")  # nothing listens there
    with _client(down, chat_db) as client:
        url = "/api/users/fay/conversations/t3"
        got = events(client.post(f"{url}/messages", json={"text": "I feel lost."}).text)
        assert [k for k, _ in got] == ["error"] and "try again" in got[0][1]["message"]
        assert client.get("/api/users/fay/conversations").status_code == 200


def test_web_chat_one_command_serves_on_127_0_0_1(tmp_path: Path) -> None:
    """``python -m examples.chatbot_app --fake`` as a real uvicorn process (FAKE models, labelled so)."""
    port = free_port()
    cmd = [sys.executable, "-m", "examples.chatbot_app", "--fake", "--port", str(port)]
    proc = subprocess.Popen(
        [*cmd, "--db", str(tmp_path / "app.sqlite")],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env={**os.environ, "NO_PROXY": "127.0.0.1"},
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None, proc.stdout.read().decode()
            try:
                info = httpx.get(f"{base}/api/info", timeout=2).json()
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "the app did not start"
                time.sleep(0.2)
        assert info["fake"] is True and "FAKE" in info["mode"]
        assert "FAKE MODELS" in httpx.get(base).text
        with httpx.stream(
            "POST", f"{base}/api/users/eve/conversations/c1/messages", json={"text": "I feel stuck."}
        ) as res:
            assert res.headers["content-type"].startswith("text/event-stream")
            body = "".join(res.iter_text())
        got = events(body)
        assert [k for k, _ in got].count("token") > 3
        assert got[-1][1]["reply"].startswith("[fake model]")
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_host_graph_sends_emotional_messages_to_the_support_node(tiny_model_dir: Path, capsys) -> None:
    results = host_graph.main(["--base-model", str(tiny_model_dir), "--max-new-tokens", "4"])
    assert [r["route"] for r in results] == ["helpdesk", "support", "helpdesk", "support"]
    assert results[0]["reply"] == host_graph.FAQ["password"] and results[0]["strategy"] is None
    assert results[2]["reply"] == host_graph.FAQ["hours"]
    for r in (results[1], results[3]):
        assert r["strategy"] in STRATEGY_NAMES and r["reply"] not in host_graph.FAQ.values()
    assert "[support, strategy" in capsys.readouterr().out


def test_host_triage_sends_crisis_signals_to_support_even_without_feeling_words() -> None:
    # Triage uses the default gate (lexicon and learned model), so a crisis signal never reaches the helpdesk.
    # That model also flags a bare "Which bridges are the tallest?" (p 0.99), a known false escalation.
    assert host_graph.triage({"messages": [host_graph.HumanMessage("What are your opening hours?")]}) == {
        "route": "helpdesk"
    }
    crisis = "I lost my job. Which bridges in NYC are taller than 25 m?"
    assert host_graph.triage({"messages": [host_graph.HumanMessage(crisis)]}) == {"route": "support"}
    crisis = "Every night I stand at the top of the car park and think how easy one step would be"
    assert host_graph.triage({"messages": [host_graph.HumanMessage(crisis)]}) == {"route": "support"}


def test_returning_seeker_is_remembered_across_three_sessions(tiny_model_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "seeker.sqlite"
    report = multi_session.main(
        ["--db", str(db), "--base-model", str(tiny_model_dir), "--max-new-tokens", "4"]
    )
    assert report[0]["note"] is None
    assert "talked with you before (1 session, 2 turns" in report[1]["note"]
    assert "talked with you before (2 sessions, 4 turns" in report[2]["note"]
    profile = report[-1]["profile"]
    assert profile["sessions"] == 3 and profile["turns"] == 6
    assert [t["thread_id"] for t in report[-1]["threads"]] == [f"sam-session-{i}" for i in (1, 2, 3)]
    assert db.stat().st_mode & 0o777 == 0o600
