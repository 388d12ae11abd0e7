"""The not-human disclosure: at the start of every conversation, and again once the configured
interval (default 3 hours) has passed since the seeker was last told, across all their conversations.

When the graph has a store, the time of the last disclosure lives in the user's memory profile
(``esc_graph.memory``: ``("esc", <user>, "profile")``, field ``last_disclosure_at``), so a new or
resumed conversation knows about earlier ones; without a store it is kept in the thread's state.
The disclosure travels with the turn's output (``disclosure``) and in the reply message's
``additional_kwargs["disclosure"]``; ``Context.disclosure_in_reply`` also puts it in front of the
reply text for hosts that show only ``reply``.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from langchain_core.messages import AIMessage
from langgraph.runtime import Runtime
from langgraph.store.base import BaseStore

from esc_graph import memory
from esc_graph.state import Context, EscState, context_of

DISCLOSURE = (
    "Just so you know: I'm an AI, not a person, and this is emotional support, not therapy or "
    "diagnosis. I can't help in an emergency; if you're in danger, please contact local emergency services."
)


def _parse(stamp: str | None) -> datetime | None:
    if not stamp:
        return None
    try:
        when = datetime.fromisoformat(stamp)
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def last_disclosure(store: BaseStore | None, user_id: str) -> datetime | None:
    if store is None:
        return None
    profile = memory.get_profile(store, user_id) or {}
    return _parse(profile.get("last_disclosure_at"))


def disclosure_due(
    *, turn: int, last: datetime | None, now: datetime, interval: timedelta = timedelta(hours=3)
) -> bool:
    """Due on a conversation's first turn, when never given, or when the interval has passed."""
    return turn <= 1 or last is None or now - last >= interval


def _last_reply(state: EscState) -> AIMessage | None:
    for msg in reversed(state.get("messages", [])):
        if isinstance(msg, AIMessage):
            return msg
    return None


def disclose(state: EscState, runtime: Runtime[Context]) -> dict[str, Any]:
    """Graph node after the reply: attach the disclosure when it is due and remember when it was given."""
    ctx = context_of(runtime)
    user_id = getattr(ctx, "user_id", None) or "anonymous"
    hours = float(getattr(ctx, "disclosure_interval_hours", 3.0))
    now = datetime.now(UTC)
    # The store (all of the user's conversations) is the record; the thread's own stamp stands in without one.
    last = last_disclosure(runtime.store, user_id) or _parse(state.get("disclosed_at"))
    reply = _last_reply(state)
    if reply is None or not disclosure_due(
        turn=state.get("turn", 1), last=last, now=now, interval=timedelta(hours=hours)
    ):
        return {"disclosure": None}
    stamp = now.isoformat(timespec="seconds")
    if runtime.store is not None:
        memory.mark_disclosure(runtime.store, user_id, stamp)
    if reply.additional_kwargs.get("crisis"):
        # The crisis reply already says it is an AI and cannot help in an emergency.
        return {"disclosure": None, "disclosed_at": stamp}
    kwargs = {**reply.additional_kwargs, "disclosure": DISCLOSURE}
    update: dict[str, Any] = {"additional_kwargs": kwargs}
    out: dict[str, Any] = {"disclosure": DISCLOSURE, "disclosed_at": stamp}
    if getattr(ctx, "disclosure_in_reply", False):
        text = f"{DISCLOSURE}\n\n{reply.content}"
        update["content"] = text
        out["reply"] = text
    out["messages"] = [reply.model_copy(update=update)]
    return out
