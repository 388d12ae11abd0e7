"""The graph's state, its input and output schemas, and the per-run Context."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Annotated, TypedDict

from langchain_core.messages import AnyMessage
from langgraph.graph.message import add_messages


class Appraisal(TypedDict):
    emotion: str
    intensity: int
    problem: str
    emotion_probs: dict[str, float]
    problem_probs: dict[str, float]


class EscInput(TypedDict):
    """What a caller (or a host graph) passes in: the new seeker message(s)."""

    messages: Annotated[list[AnyMessage], add_messages]


class EscOutput(TypedDict, total=False):
    """What the graph hands back to a caller or host graph."""

    messages: Annotated[list[AnyMessage], add_messages]
    reply: str
    strategy: str | None
    strategy_probs: dict[str, float]
    appraisal: Appraisal | None
    risk: bool
    risk_category: str | None
    turn: int


class EscState(EscOutput, total=False):
    """Full working state of one conversation (one thread)."""

    memory_note: str | None  # set at a thread's start from the user's cross-session memory


@dataclass(kw_only=True)
class Context:
    """Per-run settings. Unset fields fall back to ESC_GRAPH_* environment variables."""

    user_id: str = "anonymous"
    locale: str = ""
    temperature: float = 0.7
    max_new_tokens: int = 60
    appraise: bool = True
    seed: int | None = None

    def __post_init__(self) -> None:
        if not self.locale:
            self.locale = os.environ.get("ESC_GRAPH_LOCALE", "intl")
