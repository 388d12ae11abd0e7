"""Persistence for esc-graph conversations: SQLite by default, Postgres at scale."""

from stores.sqlite import Sessions, SessionStoreError, default_db_path, open_sessions

__all__ = ["SessionStoreError", "Sessions", "default_db_path", "open_sessions"]
