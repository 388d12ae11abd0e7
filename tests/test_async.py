"""The async path on the tiny model: ``astream``/``ainvoke`` over AsyncSqliteSaver + AsyncSqliteStore."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from langchain_core.messages import AIMessage, AIMessageChunk, HumanMessage

from esc_graph import Context, SupportModels, build_graph
from esc_graph.memory import get_profile
from esc_graph.strategies import STRATEGY_NAMES
from stores import open_sessions, open_sessions_async


@pytest.fixture(scope="module")
def tiny_support(tiny_model_dir: Path) -> SupportModels:
    from esc_graph.models import load_role_models

    return SupportModels.local(load_role_models(str(tiny_model_dir)))


def test_astream_streams_strategy_then_tokens_and_saves_the_turn(tiny_support, tmp_path: Path) -> None:
    db = tmp_path / "async.sqlite"
    config = {"configurable": {"thread_id": "a1"}}

    async def talk() -> tuple[list, list[str], dict]:
        order, tokens, final = [], [], {}
        async with open_sessions_async(db) as sessions:
            graph = build_graph(tiny_support, checkpointer=sessions.checkpointer, store=sessions.store)
            async for mode, payload in graph.astream(
                {"messages": [HumanMessage("Work has been crushing me lately.")]},
                config,
                context=Context(user_id="ava", max_new_tokens=6, seed=1),
                stream_mode=["custom", "messages", "values"],
            ):
                if mode == "custom":
                    order.append(("strategy", payload["value"]))
                elif mode == "messages" and isinstance(payload[0], AIMessageChunk):
                    order.append(("token", payload[0].content))
                    tokens.append(payload[0].content)
                elif mode == "values":
                    final = payload
        return order, tokens, final

    order, tokens, final = asyncio.run(talk())
    assert order[0] == ("strategy", final["strategy"]) and final["strategy"] in STRATEGY_NAMES
    assert len(tokens) >= 2 and "".join(tokens).strip() == final["reply"]
    # The async writer's file reads back through the sync opener: same thread, same memory.
    with open_sessions(db) as sessions:
        graph = build_graph(tiny_support, checkpointer=sessions.checkpointer, store=sessions.store)
        messages = graph.get_state(config).values["messages"]
        assert [type(m) for m in messages] == [HumanMessage, AIMessage]
        assert messages[1].content == final["reply"]
        assert get_profile(sessions.store, "ava")["turns"] == 1
