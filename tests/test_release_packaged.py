"""The release shipped in the package: complete, within its size budget, and the default graph's answer,
offline, on the packaged base model."""

from __future__ import annotations

import json

from langchain_core.messages import HumanMessage
from langgraph.checkpoint.memory import InMemorySaver

from esc_graph import Context, build_graph
from esc_graph.models import DEFAULT_BASE
from esc_graph.release import DEFAULT_RELEASE, RELEASE_FILE, packaged_release, read_release
from esc_graph.strategies import STRATEGY_NAMES

SIZE_BUDGET = 40 * 2**20
TEST_TURNS = 2895  # every thu-coai test turn


def test_the_packaged_release_is_complete_and_measured() -> None:
    folder = packaged_release()
    assert folder is not None and folder.name == DEFAULT_RELEASE
    release = read_release(folder, DEFAULT_BASE)  # raises on a base model, prompt or scheme mismatch
    assert release.roles == ("planner", "generator") and release.scheme == "thu-coai"
    assert sum(f.stat().st_size for f in folder.rglob("*") if f.is_file()) <= SIZE_BUDGET
    info = json.loads((folder / RELEASE_FILE).read_text())
    assert info["metrics"]["planner"]["n"] == TEST_TURNS
    card = (folder / "README.md").read_text()
    assert "CC BY-NC 4.0" in card and info["commit"] in card


def test_the_default_graph_answers_offline_with_the_packaged_release(monkeypatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    graph = build_graph(checkpointer=InMemorySaver())
    turn = {"messages": [HumanMessage("I lost my job last week and I keep worrying about the rent.")]}
    context = Context(seed=0)
    out = graph.invoke(turn, config={"configurable": {"thread_id": "t"}}, context=context)
    assert out["weights"] == DEFAULT_RELEASE and not out["risk"]
    assert out["strategy"] in STRATEGY_NAMES
    assert abs(sum(out["strategy_probs"].values()) - 1.0) < 1e-4
    assert out["reply"].strip()
