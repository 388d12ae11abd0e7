"""Persistence for esc-graph conversations: SQLite by default, Postgres at scale."""

from stores.aio import open_sessions_async
from stores.base import Sessions, SessionStoreError, default_db_location, default_db_path
from stores.sqlite import open_sessions
from stores.turns import DEFAULT_WAIT_S, ThreadBusy, hold_thread
from stores.userdata import delete_thread, delete_user, export_user, import_user, read_thread

__all__ = [
    "DEFAULT_WAIT_S",
    "ThreadBusy",
    "hold_thread",
    "SessionStoreError",
    "Sessions",
    "default_db_location",
    "default_db_path",
    "delete_thread",
    "delete_user",
    "export_user",
    "import_user",
    "open_sessions",
    "open_sessions_async",
    "read_thread",
]
