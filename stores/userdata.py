"""A user's data: export as JSON, import it back, erase it completely.

Works on any Sessions backend (SQLite or Postgres): threads come from the checkpointer through the
graph, memory from the store under ``("esc", <user>)``. Threads belong to a user through the
records the graph writes at the start of every turn (``esc_graph.memory``).
"""

from __future__ import annotations

import sqlite3
from typing import Any

from langchain_core.messages import messages_from_dict, messages_to_dict
from langgraph.graph.state import CompiledStateGraph

from esc_graph.memory import (
    ROOT,
    THREADS,
    check_user_id,
    forget_user,
    list_threads,
    now,
    user_label,
    user_namespace,
)
from stores.base import Sessions, SessionStoreError

EXPORT_FORMAT = "esc-graph-export/1"
# The node an imported thread is written "as": the graph's last one, so nothing is left to run.
IMPORT_AS_NODE = "remember"


def _graph(sessions: Sessions) -> CompiledStateGraph:
    """A graph over these sessions, for reading and writing thread state (no model is loaded)."""
    from esc_graph.graph import build_graph

    return build_graph(checkpointer=sessions.checkpointer, store=sessions.store)


def _config(thread_id: str) -> dict[str, Any]:
    return {"configurable": {"thread_id": thread_id}}


def read_thread(sessions: Sessions, thread_id: str) -> dict[str, Any]:
    """A thread's full state, JSON-ready: every stored message plus the other state values."""
    values = dict(_graph(sessions).get_state(_config(thread_id)).values)
    messages = values.pop("messages", [])
    return {"thread_id": thread_id, "messages": messages_to_dict(messages), "values": values}


def _memory_items(sessions: Sessions, user_id: str) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    store = sessions.store
    for namespace in sorted(store.list_namespaces(prefix=(ROOT, user_label(user_id)), limit=10_000)):
        offset = 0
        while batch := store.search(namespace, limit=100, offset=offset):
            offset += len(batch)
            items.extend({"namespace": list(namespace[2:]), "key": i.key, "value": i.value} for i in batch)
    return sorted(items, key=lambda i: (i["namespace"], i["key"]))


def export_user(sessions: Sessions, user_id: str) -> dict[str, Any]:
    """Everything kept about ``user_id``: memory items and every thread with all its turns."""
    threads = [read_thread(sessions, t["thread_id"]) for t in list_threads(sessions.store, user_id)]
    return {
        "format": EXPORT_FORMAT,
        "exported_at": now(),
        "user": user_id,
        "memory": _memory_items(sessions, user_id),
        "threads": threads,
    }


def _malformed(where: str, what: str) -> SessionStoreError:
    return SessionStoreError(f"malformed export: {where} {what}")


def check_export(data: Any) -> None:
    """Refuse anything but a well-formed export before a single row is written."""
    if not isinstance(data, dict):
        kind = type(data).__name__
        raise SessionStoreError(f"not an esc-graph export: expected a JSON object, got {kind}")
    if data.get("format") != EXPORT_FORMAT:
        found = data.get("format")
        raise SessionStoreError(f"not an esc-graph export (format {found!r}, expected {EXPORT_FORMAT!r})")
    try:
        check_user_id(data.get("user"))
    except ValueError as exc:
        raise _malformed("'user':", str(exc)) from None
    for field in ("memory", "threads"):
        if not isinstance(data.get(field), list):
            raise _malformed(f"{field!r}", "must be a list")
    for i, item in enumerate(data["memory"]):
        _check_memory_item(i, item)
    for i, thread in enumerate(data["threads"]):
        _check_thread(i, thread)


def _check_memory_item(i: int, item: Any) -> None:
    namespace = item.get("namespace") if isinstance(item, dict) else None
    if not isinstance(namespace, list) or not all(isinstance(n, str) and n for n in namespace):
        raise _malformed(f"memory item {i}:", "needs a 'namespace' list of names")
    if not isinstance(item.get("key"), str) or not isinstance(item.get("value"), dict):
        raise _malformed(f"memory item {i}:", "needs a string 'key' and an object 'value'")


def _check_thread(i: int, thread: Any) -> None:
    thread_id = thread.get("thread_id") if isinstance(thread, dict) else None
    if not isinstance(thread_id, str) or not thread_id:
        raise _malformed(f"thread {i}:", "needs a non-empty string 'thread_id'")
    where = f"thread {thread_id!r}:"
    if not isinstance(thread.get("values"), dict):
        raise _malformed(where, "needs an object 'values'")
    messages = thread.get("messages")
    if not isinstance(messages, list) or not messages:
        raise _malformed(where, "needs a non-empty 'messages' list")
    for j, message in enumerate(messages):
        body = message.get("data") if isinstance(message, dict) else None
        if not isinstance(body, dict) or not isinstance(body.get("content"), str | list):
            raise _malformed(f"{where} message {j}", "has no content")
        try:
            messages_from_dict([message])
        except (KeyError, TypeError, ValueError) as exc:
            raise _malformed(f"{where} message {j}", f"cannot be read ({exc!r})") from None


def import_user(sessions: Sessions, data: dict[str, Any], *, user_id: str | None = None) -> int:
    """Write an export back (optionally under another user id); returns the number of threads.

    Refuses a malformed export, and refuses to overwrite: every imported thread id must be new to
    this database. Nothing is written unless both checks pass.
    """
    check_export(data)
    try:
        user_id = check_user_id(user_id if user_id is not None else data["user"])
    except ValueError as exc:
        raise SessionStoreError(str(exc)) from None
    graph = _graph(sessions)
    for thread in data["threads"]:
        if graph.get_state(_config(thread["thread_id"])).values:
            raise SessionStoreError(f"thread {thread['thread_id']} already exists; delete it first")
    for item in data["memory"]:
        sessions.store.put(user_namespace(user_id, *item["namespace"]), item["key"], item["value"])
    for thread in data["threads"]:
        values = {**thread["values"], "messages": messages_from_dict(thread["messages"])}
        graph.update_state(_config(thread["thread_id"]), values, as_node=IMPORT_AS_NODE)
    return len(data["threads"])


def delete_user(sessions: Sessions, user_id: str) -> dict[str, int]:
    """Erase the user's threads (every checkpoint and pending write) and memory.

    On SQLite the file is then vacuumed and its write-ahead log truncated, so the erased text does
    not linger in free pages.
    """
    threads = [t["thread_id"] for t in list_threads(sessions.store, user_id)]
    for thread_id in threads:
        sessions.checkpointer.delete_thread(thread_id)
    items = forget_user(sessions.store, user_id)
    if sessions.conn is not None:
        compact(sessions.conn)
    return {"threads": len(threads), "memory_items": items}


def delete_thread(sessions: Sessions, user_id: str, thread_id: str) -> None:
    """Forget one conversation: its checkpoints and its catalog record (the profile stays)."""
    sessions.checkpointer.delete_thread(thread_id)
    sessions.store.delete(user_namespace(user_id, THREADS), thread_id)
    if sessions.conn is not None:
        compact(sessions.conn)


def compact(conn: sqlite3.Connection) -> None:
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("VACUUM")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error as exc:
        raise SessionStoreError(f"cannot compact the session database: {exc}") from None
