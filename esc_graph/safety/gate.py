"""The safety parts of the graph's nodes: the gate before planning, the crisis node (with the optional
human hand-off), the output check around generation, and the Self-disclosure setting.

``esc_graph.nodes`` calls these so that the node file stays a short read of the conversation flow.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from langchain_core.messages import AIMessage, HumanMessage
from langgraph.runtime import Runtime
from langgraph.types import interrupt

from esc_graph.inputs import MAX_MESSAGE_CHARS, input_issue, neutralise
from esc_graph.safety.detect import assess_message
from esc_graph.safety.replies import SAFE_FALLBACK, check_reply, rewrite_personal_experience
from esc_graph.safety.resources import crisis_reply
from esc_graph.safety.risk_model import RiskModel
from esc_graph.state import Context, EscState, context_of

log = logging.getLogger(__name__)

SELF_DISCLOSURE = "Self-disclosure"
CONTEXT_TURNS = 3  # earlier seeker messages whose distress counts for a method question now


def content_text(content: object) -> str:
    """The text of a message's content: a string, or the text parts of a list of content blocks."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        parts = [p if isinstance(p, str) else p.get("text", "") for p in content if isinstance(p, str | dict)]
        return " ".join(str(p) for p in parts)
    return str(content)


def _seeker_messages(state: EscState) -> tuple[list[HumanMessage], list[str]]:
    """This turn's seeker messages (all since the last reply) and the texts of a few earlier ones."""
    messages = state.get("messages", [])
    start = len(messages)
    while start > 0 and isinstance(messages[start - 1], HumanMessage):
        start -= 1
    current = list(messages[start:])
    earlier = [m for m in messages[:start] if isinstance(m, HumanMessage)][-CONTEXT_TURNS:]
    return current, [neutralise(content_text(m.content)) for m in earlier]


def safety_gate(state: EscState, runtime: Runtime[Context], model: RiskModel | None = None) -> dict[str, Any]:
    """Runs on every seeker message before planning: risk fields, the input issue, a risk event, and the
    message as stored (control characters and chat-template tokens removed, clipped if very long).
    ``model`` is the learned risk layer (``None``: lexicon and the host's classifier only)."""
    turn, earlier = _seeker_messages(state)
    current = turn[-1] if turn else None
    raw = content_text(current.content) if current is not None else ""
    text = neutralise(raw)
    classifier = getattr(runtime.context, "risk_classifier", None)
    same_turn = [neutralise(content_text(m.content)) for m in turn[:-1]]
    found = assess_message(
        text, context=[*earlier, *same_turn][-CONTEXT_TURNS:], model=model, classifier=classifier
    )
    for before in turn[:-1]:  # several messages sent at once: each is checked
        if found.risk:
            break
        earlier_text = neutralise(content_text(before.content))
        found = assess_message(earlier_text, context=earlier, model=model, classifier=classifier)
    update: dict[str, Any] = {
        "risk": found.risk,
        "risk_category": found.category,
        "risk_rule": found.rule,
        "risk_layer": found.source,
        "risk_score": found.score,
        "input_issue": input_issue(raw),
    }
    if found.risk and runtime.stream_writer:
        runtime.stream_writer({"type": "risk", "category": found.category, "rule": found.rule})
    stored = text if len(text) <= MAX_MESSAGE_CHARS else text[: MAX_MESSAGE_CHARS - 1] + "…"
    if current is not None and isinstance(current.content, str) and stored != raw:
        update["messages"] = [HumanMessage(content=stored, id=current.id)]
    return update


def _human_reply(decision: object) -> str | None:
    if isinstance(decision, dict):
        decision = decision.get("reply")
    return decision.strip() if isinstance(decision, str) and decision.strip() else None


def crisis(state: EscState, runtime: Runtime[Context]) -> dict[str, Any]:
    """The fixed crisis reply. With ``Context.handoff`` the thread pauses first (``interrupt``) so the
    host can hand over to a person; resuming with ``Command(resume=...)`` continues: a text (or
    ``{"reply": text}``) is sent as the human's reply; anything else (``True``) sends the fixed reply. Nothing
    before the interrupt has side effects, because the node runs again from the top on resume."""
    ctx = context_of(runtime)
    reply = crisis_reply(ctx.locale)
    by_human = None
    if getattr(ctx, "handoff", False):
        by_human = _human_reply(
            interrupt(
                {
                    "type": "crisis",
                    "category": state.get("risk_category"),
                    "rule": state.get("risk_rule"),
                    "locale": ctx.locale,
                    "reply": reply,
                }
            )
        )
    extra = {"strategy": None, "crisis": True, "handoff": by_human is not None}
    text = by_human or reply
    return {
        "messages": [AIMessage(content=text, additional_kwargs=extra)],
        "reply": text,
        "strategy": None,
        "strategy_probs": {},
    }


def choose_strategy(probs: dict[str, float], mode: str) -> str:
    """The planner's choice; with ``replan``, Self-disclosure gives way to the next most likely strategy."""
    ranked = sorted(probs, key=probs.__getitem__, reverse=True)
    if mode == "replan" and ranked[0] == SELF_DISCLOSURE and len(ranked) > 1:
        return ranked[1]
    return ranked[0]


def checked_reply(
    generate: Callable[[int], str], mode: str, emit: Callable[[dict[str, Any]], None] | None = None
) -> str:
    """Generate, check, regenerate once, then fall back. ``generate(attempt)`` returns raw model text;
    ``mode`` is the Self-disclosure setting ("rewrite" removes invented personal experience first)."""
    for attempt in range(2):
        text = generate(attempt).strip()
        if mode == "rewrite":
            text, _ = rewrite_personal_experience(text)
        check = check_reply(text)
        if text and check.ok:
            if attempt and emit:
                emit({"type": "reply_check", "action": "regenerated"})
            return text
        log.info("generated reply failed the output check (%s)", ", ".join(check.problems) or "empty")
    if emit:
        emit({"type": "reply_check", "action": "fallback"})
    return SAFE_FALLBACK
