"""Cross-session memory per user: isolation, what is remembered, and how a new thread uses it."""

from __future__ import annotations

from pathlib import Path

import pytest
from langchain_core.messages import AIMessage, HumanMessage
from langgraph.checkpoint.memory import InMemorySaver

from esc_graph import memory
from esc_graph.graph import build_graph
from esc_graph.prompts import generator_messages
from stores import open_sessions
from stores.catalog import Catalog
from tests.test_sessions_fakes import fake_models, turn

A_TEXT = "my sister Philippa stopped talking to me after the wedding"


def _appraised(intensity: int, strategy: str | None, turns: int, problem: str = "job crisis") -> dict:
    messages = []
    for n in range(turns):
        messages += [HumanMessage(f"m{n}"), AIMessage("r")]
    return {
        "messages": messages[:-1],
        "appraisal": {
            "emotion": "anxiety",
            "intensity": intensity,
            "problem": problem,
            "emotion_probs": {},
            "problem_probs": {},
        },
        "strategy": strategy,
        "risk": False,
    }


def test_memory_isolation_between_users(tmp_path: Path) -> None:
    with open_sessions(tmp_path / "m.sqlite") as sessions:
        models = fake_models()
        graph = build_graph(models, checkpointer=sessions.checkpointer, store=sessions.store)
        turn(graph, "alice", "a1", A_TEXT)
        turn(graph, "alice", "a1", "I keep replaying the argument")
        alice = memory.get_profile(sessions.store, "alice")
        assert alice["sessions"] == 1 and alice["turns"] == 2

        # Bob's first thread: no note, no profile but his own, no threads but his own.
        turn(graph, "bob", "b1", "work is crushing me")
        bob_state = graph.get_state({"configurable": {"thread_id": "b1"}}).values
        assert bob_state.get("memory_note") is None
        bob = memory.get_profile(sessions.store, "bob")
        assert bob["sessions"] == 1 and bob["turns"] == 1
        assert [t["thread_id"] for t in memory.list_threads(sessions.store, "bob")] == ["b1"]
        assert sessions.store.search(("esc", "bob"), limit=100) != []
        assert all(item.namespace[1] == "bob" for item in sessions.store.search(("esc", "bob"), limit=100))
        bob_prompt = " ".join(str(m.content) for m in models.generator.calls[-1])
        assert "talked with you before" not in bob_prompt and "Philippa" not in bob_prompt

        # Alice's second thread starts with a note from her memory, not her words.
        turn(graph, "alice", "a2", "hi again")
        note = graph.get_state({"configurable": {"thread_id": "a2"}}).values["memory_note"]
        assert note and "1 session, 2 turns" in note and alice["recurring_problem"] in note
        alice_prompt = " ".join(str(m.content) for m in models.generator.calls[-1])
        assert note in alice_prompt
        assert "Philippa" not in alice_prompt and "replaying" not in alice_prompt
        assert memory.get_profile(sessions.store, "alice")["sessions"] == 2


def test_strategy_responses_follow_the_seekers_next_appraisal() -> None:
    from langgraph.store.memory import InMemoryStore

    store = InMemoryStore()
    memory.start_thread(store, "u", "t")
    memory.record_turn(store, "u", "t", _appraised(4, "Question", 1))
    memory.record_turn(store, "u", "t", _appraised(2, "Reflection of feelings", 2))  # after Question: better
    memory.record_turn(store, "u", "t", _appraised(3, "Question", 3, "ongoing depression"))  # RoF: worse
    profile = memory.get_profile(store, "u")
    assert profile["strategies"]["Question"] == {"used": 2, "better": 1, "same": 0, "worse": 0}
    assert profile["strategies"]["Reflection of feelings"] == {"used": 1, "better": 0, "same": 0, "worse": 1}
    assert profile["recurring_problem"] == "job crisis" and profile["recurring_emotion"] == "anxiety"
    assert memory.helpful_strategies(profile) == ["Question"]
    assert memory.get_thread(store, "u", "t")["turns"] == 3
    assert profile["summary"].startswith("1 session, 3 turns; talked about job crisis and ongoing depression")


def test_disclosure_time_placeholder_is_kept() -> None:
    from langgraph.store.memory import InMemoryStore

    store = InMemoryStore()
    memory.record_turn(store, "u", "t", _appraised(3, "Question", 1))
    assert memory.get_profile(store, "u")["last_disclosure_at"] is None
    memory.mark_disclosure(store, "u", "2026-11-25T20:00:00+00:00")
    memory.record_turn(store, "u", "t", _appraised(3, "Question", 2))
    assert memory.get_profile(store, "u")["last_disclosure_at"] == "2026-11-25T20:00:00+00:00"


@pytest.mark.parametrize("user", ["ann.lee@example.org", "50%.off", "plain"])
def test_user_ids_with_dots_get_their_own_namespace_and_catalog_rows(tmp_path: Path, user: str) -> None:
    assert memory.user_id_from_label(memory.user_label(user)) == user
    with pytest.raises(ValueError):
        memory.user_namespace("")
    with open_sessions(tmp_path / "d.sqlite") as sessions:
        graph = build_graph(fake_models(), checkpointer=sessions.checkpointer, store=sessions.store)
        turn(graph, user, "t1", "hello")
        turn(graph, "other", "t2", "hello")
        rows = Catalog(sessions.conn).sessions(user)
        assert [(r["user"], r["thread_id"], r["turns"]) for r in rows] == [(user, "t1", 1)]
        assert {u["user"] for u in Catalog(sessions.conn).users()} == {user, "other"}


def test_graph_without_a_store_still_works_and_remembers_nothing() -> None:
    graph = build_graph(fake_models(), checkpointer=InMemorySaver())
    out = turn(graph, "u", "t", "hello")
    assert out["reply"] == "reply 1"
    assert "memory_note" not in graph.get_state({"configurable": {"thread_id": "t"}}).values


def test_training_prompts_are_unchanged_without_a_memory_note() -> None:
    from esc_graph.prompts import Utterance

    history = [Utterance("seeker", "hi")]
    plain = generator_messages(history, "Question")
    assert generator_messages(history, "Question", None) == plain
    noted = generator_messages(history, "Question", "NOTE")
    assert noted[0]["content"] == plain[0]["content"] + "\nNOTE" and noted[1:] == plain[1:]
