"""What a host sees in ``stream_mode="messages"``: each reply token once, as an ``AIMessageChunk``, and
no second copy of the whole reply; a reply that was not streamed (crisis, or one the output check
replaced) arrives once as a whole ``AIMessage``."""

from __future__ import annotations

import itertools
from pathlib import Path

from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, HumanMessage
from langgraph.checkpoint.memory import InMemorySaver

from esc_graph import Context, SupportModels, build_graph
from esc_graph.safety.replies import SAFE_FALLBACK
from tests.helpers import FakeScorer, fake_models

REPLY = "I hear how much this hurts, and I'm here to listen."


def messages_stream(graph, text: str, context: Context | None = None) -> tuple[list, dict]:
    """Every ``messages`` payload of one turn, and the turn's final values."""
    seen, final = [], {}
    for mode, payload in graph.stream(
        {"messages": [HumanMessage(text)]},
        {"configurable": {"thread_id": "t"}},
        context=context or Context(),
        stream_mode=["messages", "values"],
    ):
        if mode == "messages":
            seen.append(payload)
        else:
            final = payload
    return seen, final


def test_each_token_arrives_once_and_the_reply_is_not_sent_again() -> None:
    graph = build_graph(fake_models(reply=REPLY), checkpointer=InMemorySaver())
    seen, final = messages_stream(graph, "I lost my job and I can't tell my family.")
    chunks = [m for m, _ in seen if isinstance(m, AIMessageChunk)]
    wholes = [m for m, _ in seen if isinstance(m, AIMessage) and not isinstance(m, AIMessageChunk)]
    assert len(chunks) > 2 and "".join(str(c.content) for c in chunks) == REPLY == final["reply"]
    assert wholes == []  # the README's rule (append chunk text) shows the reply exactly once
    assert {c.id for c in chunks} == {final["messages"][-1].id}  # the stored reply is the streamed one


def test_a_crisis_reply_arrives_once_as_a_whole_message() -> None:
    graph = build_graph(fake_models(reply=REPLY), checkpointer=InMemorySaver())
    seen, final = messages_stream(graph, "I want to kill myself tonight.", Context(locale="en-US"))
    assert final["risk"] is True
    assert [type(m) for m, _ in seen if isinstance(m, AIMessage)] == [AIMessage]
    whole, meta = next((m, meta) for m, meta in seen if isinstance(m, AIMessage))
    assert meta["langgraph_node"] == "crisis" and whole.content == final["reply"]


def test_a_replaced_reply_arrives_whole_after_the_tokens_of_the_failed_attempts() -> None:
    failing = AIMessage("I will always be here for you.")  # refused by the output check twice
    chat = GenericFakeChatModel(messages=itertools.cycle([failing]))
    graph = build_graph(SupportModels(scorer=FakeScorer(), generator=chat), checkpointer=InMemorySaver())
    seen, final = messages_stream(graph, "Nobody ever calls me back.")
    wholes = [m for m, _ in seen if isinstance(m, AIMessage) and not isinstance(m, AIMessageChunk)]
    chunk_ids = {m.id for m, _ in seen if isinstance(m, AIMessageChunk)}
    assert final["reply"] == SAFE_FALLBACK
    assert [m.content for m in wholes] == [SAFE_FALLBACK]
    assert len(chunk_ids) == 2 and wholes[0].id not in chunk_ids  # two attempts streamed, each its own id


def test_the_local_model_streams_each_token_once(tiny_model_dir: Path) -> None:
    from esc_graph.models import load_role_models

    models = SupportModels.local(load_role_models(str(tiny_model_dir)))
    graph = build_graph(models, checkpointer=InMemorySaver())
    seen, final = messages_stream(graph, "I feel invisible at work.", Context(max_new_tokens=8, seed=3))
    from_respond = [(m, meta) for m, meta in seen if meta["langgraph_node"] == "respond"]
    assert all(isinstance(m, AIMessageChunk) for m, _ in from_respond)
    assert "".join(str(m.content) for m, _ in from_respond).strip() == final["reply"]
