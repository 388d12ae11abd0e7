"""Cross-session memory per user, kept in the LangGraph store.

What a supporter would remember between conversations, never the seeker's words: how many sessions
and turns, the recurring problem and emotion (from the appraisal), which strategies were used and
how the seeker responded to each (their next appraisal's intensity fell, held or rose), and when
the seeker was last told they talk to an AI. Layout, one namespace per user:

- ``("esc", <user>, "profile")`` key ``"memory"``: the profile above.
- ``("esc", <user>, "threads")`` key ``<thread_id>``: one record per conversation (the catalog).
"""

from __future__ import annotations

import threading
import unicodedata
from datetime import UTC, datetime
from typing import Any

from langchain_core.messages import HumanMessage
from langgraph.runtime import Runtime
from langgraph.store.base import BaseStore

from esc_graph.state import Context, EscState

ROOT = "esc"
PROFILE = "profile"
PROFILE_KEY = "memory"
THREADS = "threads"
SUMMARY_TOPICS = 2
# The fixed frame of the note the generator is given (the reply check refuses replies that repeat it).
NOTE_OPENING = "This seeker has talked with you before"
NOTE_HELPED = "What seemed to help:"
NOTE_CLOSING = "Offer continuity gently; do not repeat their earlier words."

# Profile updates are read-modify-write; one lock per user keeps concurrent threads of one
# process from losing each other's counts (separate processes can still race; see the README).
_locks: dict[str, threading.Lock] = {}
_locks_guard = threading.Lock()


def _user_lock(user_id: str) -> threading.Lock:
    with _locks_guard:
        return _locks.setdefault(user_id, threading.Lock())


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


MAX_USER_ID = 200
ANONYMOUS = "anonymous"


def check_user_id(user_id: object) -> str:
    """A user id as every entry point accepts it: non-empty text, no outer spaces, no control characters."""
    if not isinstance(user_id, str) or not user_id:
        raise ValueError("user id must not be empty")
    if user_id != user_id.strip():
        raise ValueError(f"user id {user_id!r} must not start or end with spaces")
    if len(user_id) > MAX_USER_ID:
        raise ValueError(f"user id is {len(user_id)} characters long; at most {MAX_USER_ID}")
    if any(unicodedata.category(c).startswith("C") for c in user_id):
        raise ValueError(f"user id {user_id!r} must not contain control or invisible characters")
    return user_id


def user_label(user_id: str) -> str:
    """The user id as one namespace label (store labels may not be empty or contain '.')."""
    return check_user_id(user_id).replace("%", "%25").replace(".", "%2E")


def user_id_from_label(label: str) -> str:
    return label.replace("%2E", ".").replace("%25", "%")


def user_namespace(user_id: str, *rest: str) -> tuple[str, ...]:
    return (ROOT, user_label(user_id), *rest)


def new_profile() -> dict[str, Any]:
    return {
        "sessions": 0,
        "turns": 0,
        "crisis_turns": 0,
        "problems": {},
        "emotions": {},
        "strategies": {},
        "summary": "",
        "first_seen_at": None,
        "last_seen_at": None,
        "last_disclosure_at": None,
    }


def get_profile(store: BaseStore, user_id: str) -> dict[str, Any] | None:
    item = store.get(user_namespace(user_id, PROFILE), PROFILE_KEY)
    return dict(item.value) if item else None


def get_thread(store: BaseStore, user_id: str, thread_id: str) -> dict[str, Any] | None:
    item = store.get(user_namespace(user_id, THREADS), thread_id)
    return dict(item.value) if item else None


def list_threads(store: BaseStore, user_id: str, page: int = 100) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    while batch := store.search(user_namespace(user_id, THREADS), limit=page, offset=len(found)):
        found.extend(dict(item.value) for item in batch)
    return sorted(found, key=lambda t: (t.get("first_at") or "", t["thread_id"]))


def _ranked(counts: dict[str, int]) -> list[str]:
    """Most frequent first; ties in name order, so the summary and the recurring fields agree."""
    return sorted(counts, key=lambda k: (-counts[k], k))


def _top(counts: dict[str, int]) -> str | None:
    ranked = _ranked(counts)
    return ranked[0] if ranked else None


def summarise(profile: dict[str, Any]) -> str:
    """A short summary of what the seeker has shared, in appraisal terms (no verbatim text)."""
    sessions, turns = profile["sessions"], profile["turns"]
    parts = [f"{sessions} session{'s' * (sessions != 1)}, {turns} turn{'s' * (turns != 1)}"]
    problems = _ranked(profile["problems"])[:SUMMARY_TOPICS]
    if problems:
        parts.append("talked about " + " and ".join(problems))
    emotions = _ranked(profile["emotions"])[:SUMMARY_TOPICS]
    if emotions:
        parts.append("mostly feeling " + " and ".join(emotions))
    if profile["crisis_turns"]:
        parts.append(f"crisis replies given {profile['crisis_turns']} time(s)")
    return "; ".join(parts) + "."


def helpful_strategies(profile: dict[str, Any], limit: int = 2) -> list[str]:
    """Strategies after which the seeker's intensity fell more often than it rose."""
    scored = [
        (s["better"] - s["worse"], name)
        for name, s in profile["strategies"].items()
        if s["better"] > s["worse"]
    ]
    return [name for _, name in sorted(scored, key=lambda x: (-x[0], x[1]))[:limit]]


def memory_note(profile: dict[str, Any] | None) -> str | None:
    """What the generator is told at the start of a new thread with a returning seeker."""
    if not profile or not profile["sessions"]:
        return None
    note = f"{NOTE_OPENING} (" + summarise(profile).rstrip(".") + ")."
    helped = helpful_strategies(profile)
    if helped:
        note += f" {NOTE_HELPED} " + ", ".join(helped) + "."
    return f"{note} {NOTE_CLOSING}"


def mark_disclosure(store: BaseStore, user_id: str, when: str | None = None) -> None:
    """Record that the seeker was told they are talking to an AI (for the safety work to call)."""
    with _user_lock(user_id):
        profile = get_profile(store, user_id) or new_profile()
        profile["last_disclosure_at"] = when or now()
        store.put(user_namespace(user_id, PROFILE), PROFILE_KEY, profile)


def start_thread(store: BaseStore, user_id: str, thread_id: str) -> tuple[dict[str, Any] | None, bool]:
    """Register the thread under the user (before any model runs); returns (profile, is_new)."""
    with _user_lock(user_id):
        if get_thread(store, user_id, thread_id) is not None:
            return None, False
        profile = get_profile(store, user_id)
        stamp = now()
        record = {
            "thread_id": thread_id,
            "first_at": stamp,
            "last_at": stamp,
            "turns": 0,
            "strategies": {},
            "last_strategy": None,
            "last_intensity": None,
        }
        store.put(user_namespace(user_id, THREADS), thread_id, record)
        return profile, True


def _response(before: int | None, after: int | None) -> str | None:
    if before is None or after is None:
        return None
    return "better" if after < before else "worse" if after > before else "same"


def record_turn(store: BaseStore, user_id: str, thread_id: str, state: EscState) -> dict[str, Any]:
    """Fold one finished turn into the thread record and the user's profile; returns the profile."""
    appraisal = state.get("appraisal")
    strategy = state.get("strategy")
    crisis = bool(state.get("risk"))
    turns = sum(isinstance(m, HumanMessage) for m in state.get("messages", []))
    intensity = appraisal["intensity"] if appraisal else None
    with _user_lock(user_id):
        stamp = now()
        thread = get_thread(store, user_id, thread_id) or {
            "thread_id": thread_id,
            "first_at": stamp,
            "strategies": {},
            "last_strategy": None,
            "last_intensity": None,
        }
        profile = get_profile(store, user_id) or new_profile()
        if thread.get("turns", 0) == 0:
            profile["sessions"] += 1
        profile["turns"] += 1
        profile["crisis_turns"] += crisis
        if appraisal:
            for field, key in (("problems", "problem"), ("emotions", "emotion")):
                profile[field][appraisal[key]] = profile[field].get(appraisal[key], 0) + 1
        # How the seeker responded to the previous supporter strategy in this thread.
        reaction = _response(thread["last_intensity"], intensity)
        if thread["last_strategy"] and reaction:
            stats = profile["strategies"].setdefault(
                thread["last_strategy"], {"used": 0, "better": 0, "same": 0, "worse": 0}
            )
            stats[reaction] += 1
        if strategy:
            stats = profile["strategies"].setdefault(
                strategy, {"used": 0, "better": 0, "same": 0, "worse": 0}
            )
            stats["used"] += 1
            thread["strategies"][strategy] = thread["strategies"].get(strategy, 0) + 1
        profile["recurring_problem"] = _top(profile["problems"])
        profile["recurring_emotion"] = _top(profile["emotions"])
        profile["first_seen_at"] = profile["first_seen_at"] or stamp
        profile["last_seen_at"] = stamp
        profile["summary"] = summarise(profile)
        thread.update(turns=turns, last_at=stamp, last_strategy=strategy, last_intensity=intensity)
        store.put(user_namespace(user_id, THREADS), thread_id, thread)
        store.put(user_namespace(user_id, PROFILE), PROFILE_KEY, profile)
        return profile


def forget_user(store: BaseStore, user_id: str) -> int:
    """Delete every item under the user's namespace; returns how many."""
    deleted = 0
    for namespace in store.list_namespaces(prefix=(ROOT, user_label(user_id)), limit=10_000):
        while batch := store.search(namespace, limit=100):
            for item in batch:
                store.delete(namespace, item.key)
                deleted += 1
    return deleted


# --- Graph nodes ------------------------------------------------------------------------------


def _ids(runtime: Runtime[Context]) -> tuple[str, str] | None:
    info = runtime.execution_info
    thread_id = info.thread_id if info else None
    if runtime.store is None or not thread_id:
        return None
    user_id = getattr(runtime.context, "user_id", None)
    return check_user_id(ANONYMOUS if user_id is None else user_id), thread_id


def recall(state: EscState, runtime: Runtime[Context]) -> dict[str, Any]:
    """At the start of a turn: register the thread; on a new thread, read what earlier sessions left."""
    ids = _ids(runtime)
    if ids is None:
        return {}
    profile, is_new = start_thread(runtime.store, *ids)
    return {"memory_note": memory_note(profile)} if is_new else {}


def remember(state: EscState, runtime: Runtime[Context]) -> dict[str, Any]:
    """After the reply (or crisis reply): update the user's memory."""
    ids = _ids(runtime)
    if ids is not None:
        record_turn(runtime.store, *ids, state)
    return {}
