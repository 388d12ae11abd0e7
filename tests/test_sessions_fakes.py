"""Fake models for the sessions tests, and a one-turn runner used as a separate process.

Run as ``python -m tests.test_sessions_fakes DB USER THREAD TEXT``: one turn through the real graph
on the real SQLite file with fake models; prints the thread's messages as JSON.
"""

from __future__ import annotations

import itertools
import json
import sys
import threading
import zlib
from collections.abc import Iterator, Sequence
from typing import Any

from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage
from langchain_core.outputs import ChatResult

from esc_graph.backends import SupportModels
from esc_graph.graph import build_graph
from esc_graph.state import Context


class FakeScorer:
    """Deterministic label scores: the label picked depends on the conversation's last message."""

    def score(self, role: str, messages: Sequence[dict[str, str]], labels: Sequence[str]) -> dict[str, float]:
        pick = zlib.crc32(messages[-1]["content"].encode()) % len(labels)
        rest = 0.5 / max(len(labels) - 1, 1)
        return {label: 0.5 if i == pick else rest for i, label in enumerate(labels)}


_LOCK = threading.Lock()


class RecordingChatModel(GenericFakeChatModel):
    """A fake chat model that remembers what it was asked (thread-safe)."""

    calls: list[list[BaseMessage]] = []

    def _generate(self, messages: list[BaseMessage], *args: Any, **kwargs: Any) -> ChatResult:
        with _LOCK:
            self.calls.append(list(messages))
            return super()._generate(messages, *args, **kwargs)


class Replies:
    """``reply 1``, ``reply 2``, ...; call numbers in ``fail_on`` raise instead (the model fails)."""

    def __init__(self, fail_on: set[int] = frozenset()) -> None:
        self.fail_on = fail_on
        self.calls = itertools.count(1)

    def __iter__(self) -> Iterator[AIMessage]:
        return self

    def __next__(self) -> AIMessage:
        n = next(self.calls)
        if n in self.fail_on:
            raise RuntimeError(f"model failure on call {n}")
        return AIMessage(f"reply {n}")


def fake_models(fail_on: set[int] = frozenset()) -> SupportModels:
    return SupportModels(
        scorer=FakeScorer(), generator=RecordingChatModel(messages=Replies(fail_on), calls=[])
    )


def turn(graph: Any, user: str, thread: str, text: str, **invoke: Any) -> dict[str, Any]:
    config = {"configurable": {"thread_id": thread}}
    return graph.invoke({"messages": [HumanMessage(text)]}, config, context=Context(user_id=user), **invoke)


def main(argv: list[str]) -> None:
    from stores import open_sessions

    db, user, thread, text = argv
    with open_sessions(db) as sessions:
        graph = build_graph(fake_models(), checkpointer=sessions.checkpointer, store=sessions.store)
        turn(graph, user, thread, text)
        messages = graph.get_state({"configurable": {"thread_id": thread}}).values["messages"]
    print(json.dumps([[m.type, m.content] for m in messages]))


if __name__ == "__main__":
    main(sys.argv[1:])
