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


def test_concurrent_ainvoke_keeps_conversations_and_users_apart(tiny_support, tmp_path: Path) -> None:
    users = ("u1", "u2", "u3")

    async def conversation(graph, user: str) -> list[str]:
        config = {"configurable": {"thread_id": f"thread-{user}"}}
        for n in (1, 2):
            await graph.ainvoke(
                {"messages": [HumanMessage(f"{user} message {n}: I feel anxious.")]},
                config,
                context=Context(user_id=user, max_new_tokens=4),
            )
        state = await graph.aget_state(config)
        return [str(m.content) for m in state.values["messages"] if isinstance(m, HumanMessage)]

    async def main() -> tuple[list[list[str]], list[dict]]:
        async with open_sessions_async(tmp_path / "many.sqlite") as sessions:
            graph = build_graph(tiny_support, checkpointer=sessions.checkpointer, store=sessions.store)
            seen = await asyncio.gather(*(conversation(graph, u) for u in users))
            profiles = [(await sessions.store.aget(("esc", u, "profile"), "memory")).value for u in users]
        return list(seen), profiles

    seen, profiles = asyncio.run(main())
    assert seen == [[f"{u} message 1: I feel anxious.", f"{u} message 2: I feel anxious."] for u in users]
    assert [(p["sessions"], p["turns"]) for p in profiles] == [(1, 2)] * 3
