"""The session catalog: users and threads at a glance, as SQL views over the store (sqlite-utils).

The graph keeps one record per thread and one profile per user in the LangGraph store (see
``esc_graph.memory``); these views make them browsable from SQL too, e.g.
``sqlite-utils rows sessions.sqlite esc_sessions``. Views hold no data, so erasing a user's store
rows erases their catalog entries.
"""

from __future__ import annotations

import sqlite3
from typing import Any

import sqlite_utils

from esc_graph.memory import PROFILE, PROFILE_KEY, ROOT, THREADS


def _user_sql(suffix: str) -> str:
    """SQL for the user id inside a store prefix ``esc.<label>.<suffix>`` (label decoding included)."""
    label = f"substr(prefix, {len(ROOT) + 2}, length(prefix) - {len(ROOT) + len(suffix) + 2})"
    return f"replace(replace({label}, '%2E', '.'), '%25', '%')"


def _json(field: str) -> str:
    return f"json_extract(CAST(value AS TEXT), '$.{field}')"


SESSIONS_VIEW = f"""
SELECT {_user_sql(THREADS)} AS user, key AS thread_id, {_json("turns")} AS turns,
       {_json("first_at")} AS first_at, {_json("last_at")} AS last_at,
       {_json("strategies")} AS strategies
FROM store WHERE prefix LIKE '{ROOT}.%.{THREADS}'
"""

USERS_VIEW = f"""
SELECT {_user_sql(PROFILE)} AS user, {_json("sessions")} AS sessions, {_json("turns")} AS turns,
       {_json("first_seen_at")} AS first_seen_at, {_json("last_seen_at")} AS last_seen_at,
       {_json("recurring_problem")} AS recurring_problem, {_json("recurring_emotion")} AS recurring_emotion,
       {_json("summary")} AS summary, {_json("last_disclosure_at")} AS last_disclosure_at
FROM store WHERE prefix LIKE '{ROOT}.%.{PROFILE}' AND key = '{PROFILE_KEY}'
"""


class Catalog:
    """Read-only queries over one session file."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.db = sqlite_utils.Database(conn)
        self.db.create_view("esc_sessions", SESSIONS_VIEW, replace=True)
        self.db.create_view("esc_users", USERS_VIEW, replace=True)

    def users(self) -> list[dict[str, Any]]:
        return list(self.db["esc_users"].rows_where(order_by="last_seen_at DESC"))

    def sessions(self, user: str | None = None) -> list[dict[str, Any]]:
        where, args = ("user = ?", [user]) if user is not None else (None, None)
        rows = self.db["esc_sessions"].rows_where(where, args, order_by="last_at DESC")
        return list(rows)

    def session(self, thread_id: str) -> dict[str, Any] | None:
        found = list(self.db["esc_sessions"].rows_where("thread_id = ?", [thread_id]))
        return found[0] if found else None
