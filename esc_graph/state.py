"""The graph's state, its input and output schemas, and the per-run Context."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Annotated, Any

from langchain_core.messages import AnyMessage
from langgraph.graph.message import add_messages
from typing_extensions import TypedDict  # pydantic needs it for schemas on Python < 3.12

from esc_graph.prompts import REPLY_TOKEN_CAP


class Appraisal(TypedDict):
    emotion: str
    intensity: int
    problem: str
    emotion_probs: dict[str, float]
    problem_probs: dict[str, float]
    intensity_probs: dict[str, float]  # keys "1".."5"


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
    disclosure: str | None  # the not-human disclosure, on turns where it is due (see esc_graph.safety)
    weights: str | None  # what answered: a release's or folder's name, "prompt-only"; None: a host's models


class EscState(EscOutput, total=False):
    """Full working state of one conversation (one thread)."""

    memory_note: str | None  # set at a thread's start from the user's cross-session memory
    input_issue: str | None  # "empty" / "too_long" / "injection" / "invalid" (esc_graph.inputs), else None
    risk_rule: str | None  # id of the safety rule that fired (never the seeker's text)
    risk_layer: str | None  # the gate layer that decided (lexicon, concepts, risk_model, classifier, ...)
    risk_score: float | None  # the learned risk model's probability for the message, when it ran
    disclosed_at: str | None  # when this thread last gave the not-human disclosure (ISO, UTC)


@dataclass(kw_only=True)
class Context:
    """Per-run settings. Unset fields fall back to ESC_GRAPH_* environment variables."""

    user_id: str = "anonymous"
    locale: str = ""
    temperature: float = 0.7
    max_new_tokens: int = REPLY_TOKEN_CAP
    appraise: bool = True
    seed: int | None = None
    # Safety (esc_graph.safety): pause the thread with interrupt() on risk for a human hand-off; what to
    # do with the Self-disclosure strategy ("allow", "rewrite" invented experience, "replan"); how often
    # the not-human disclosure repeats; an optional model-based risk check (text -> bool/float/assessment).
    handoff: bool = False
    self_disclosure: str = ""
    disclosure_interval_hours: float = 3.0
    disclosure_in_reply: bool = False
    risk_classifier: Any = None
    # Remote models for this run: an OpenAI-compatible server (…/v1) serving the roles by name. When set,
    # it replaces the models the graph was built with (see esc_graph.remote).
    server_url: str | None = None

    def __post_init__(self) -> None:
        if not self.locale:
            self.locale = os.environ.get("ESC_GRAPH_LOCALE", "intl")
        if not self.self_disclosure:
            self.self_disclosure = os.environ.get("ESC_GRAPH_SELF_DISCLOSURE", "rewrite")
        if self.self_disclosure not in ("allow", "rewrite", "replan"):
            raise ValueError(f"self_disclosure must be allow, rewrite or replan: {self.self_disclosure!r}")


def context_of(runtime: Any) -> Context:
    """The run's Context, or the defaults when the caller passed none."""
    return runtime.context if isinstance(runtime.context, Context) else Context()
