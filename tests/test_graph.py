"""The support graph: turns kept in state, routing, streaming, and embedding as one node of a host graph."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, TypedDict

from langchain_core.messages import AIMessage, AnyMessage, HumanMessage
from langgraph.checkpoint.memory import InMemorySaver
from langgraph.graph import END, START, StateGraph
from langgraph.graph.message import add_messages

from esc_graph import Context, build_graph
from esc_graph.backends import SupportModels
from esc_graph.models import load_role_models
from esc_graph.strategies import STRATEGY_NAMES
from tests.helpers import fake_models

SEEKER = [
    "I can't stop crying since my breakup.",
    "We were together five years.",
    "I don't know who I am now.",
]


def test_three_turns_are_all_kept_in_state() -> None:
    graph = build_graph(fake_models(favourite=2), checkpointer=InMemorySaver())
    config = {"configurable": {"thread_id": "t"}}
    for i, text in enumerate(SEEKER, start=1):
        out = graph.invoke({"messages": [HumanMessage(text)]}, config, context=Context())
        assert out["turn"] == i
        assert out["strategy"] == STRATEGY_NAMES[2]
    messages = graph.get_state(config).values["messages"]
    assert [m.content for m in messages if isinstance(m, HumanMessage)] == SEEKER
    replies = [m for m in messages if isinstance(m, AIMessage)]
    assert len(replies) == 3
    assert all(m.additional_kwargs["strategy"] == STRATEGY_NAMES[2] for m in replies)
    assert [type(m) for m in messages] == [HumanMessage, AIMessage] * 3


def test_crisis_message_routes_around_planning() -> None:
    models = fake_models()
    graph = build_graph(models, checkpointer=InMemorySaver())
    out = graph.invoke(
        {"messages": [HumanMessage("I want to kill myself")]},
        {"configurable": {"thread_id": "c"}},
        context=Context(),
    )
    assert out["risk"] is True and out["strategy"] is None
    assert "planner" not in models.scorer.calls
    assert out["messages"][-1].additional_kwargs.get("crisis") is True


def test_strategy_is_streamed_as_custom_event_and_reply_as_tokens() -> None:
    graph = build_graph(fake_models(reply="I hear how much this hurts."), checkpointer=InMemorySaver())
    custom, tokens = [], []
    for mode, payload in graph.stream(
        {"messages": [HumanMessage(SEEKER[0])]},
        {"configurable": {"thread_id": "s"}},
        context=Context(),
        stream_mode=["custom", "messages"],
    ):
        if mode == "custom":
            custom.append(payload)
        elif mode == "messages" and payload[1].get("langgraph_node") == "respond":
            tokens.append(payload[0].content)
    assert custom == [{"type": "strategy", "value": STRATEGY_NAMES[0], "probability": 0.9}]
    assert len(tokens) > 2 and "".join(tokens) == "I hear how much this hurts."  # each token once


class HostState(TypedDict, total=False):
    messages: Annotated[list[AnyMessage], add_messages]
    reply: str
    strategy: str | None
    route: str


def test_compiled_graph_runs_as_one_node_of_a_host_graph() -> None:
    esc = build_graph(fake_models(reply="That sounds lonely."))

    def triage(state: HostState) -> dict:
        text = str(state["messages"][-1].content).lower()
        return {"route": "esc" if "feel" in text else "faq"}

    def faq(state: HostState) -> dict:
        return {"messages": [AIMessage("Our opening hours are 9 to 5.")], "reply": "hours"}

    host = StateGraph(HostState)
    host.add_node("triage", triage)
    host.add_node("esc", esc)
    host.add_node("faq", faq)
    host.add_edge(START, "triage")
    host.add_conditional_edges("triage", lambda s: s["route"], ["esc", "faq"])
    host.add_edge("esc", END)
    host.add_edge("faq", END)
    app = host.compile(checkpointer=InMemorySaver())

    config = {"configurable": {"thread_id": "h"}}
    out = app.invoke({"messages": [HumanMessage("I feel so alone lately")]}, config, context=Context())
    assert out["reply"] == "That sounds lonely."
    assert out["strategy"] in STRATEGY_NAMES
    out = app.invoke({"messages": [HumanMessage("When are you open?")]}, config, context=Context())
    assert out["reply"] == "hours"
    assert len(out["messages"]) == 4


def test_one_turn_on_a_real_tiny_model(tiny_model_dir: Path) -> None:
    models = SupportModels.local(load_role_models(str(tiny_model_dir)))
    graph = build_graph(models, checkpointer=InMemorySaver())
    out = graph.invoke(
        {"messages": [HumanMessage(SEEKER[0])]},
        {"configurable": {"thread_id": "tiny"}},
        context=Context(max_new_tokens=8, seed=0),
    )
    assert sum(out["strategy_probs"].values()) > 0.999
    assert out["strategy"] == max(out["strategy_probs"], key=out["strategy_probs"].get)
    assert out["appraisal"]["intensity"] in range(1, 6)
    assert out["reply"]


def test_runs_without_a_context_and_publishes_its_schemas() -> None:
    graph = build_graph(fake_models(reply="I'm listening."))
    out = graph.invoke({"messages": [HumanMessage("My exams went badly and I feel low.")]})
    assert out["reply"] == "I'm listening."
    assert {"reply", "strategy", "strategy_probs", "risk", "turn"} <= set(
        graph.get_output_jsonschema()["properties"]
    )
    assert set(graph.get_input_jsonschema()["properties"]) == {"messages"}
