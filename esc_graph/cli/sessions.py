"""``esc-graph sessions list|show|export|import|delete``: the session catalog and a user's data."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from esc_graph.cli.common import err_console, fail, out_console

app = typer.Typer(help="Stored conversations: list, show, export, import, delete.", no_args_is_help=True)

DB_DEFAULT = "$ESC_GRAPH_DB, else ~/.local/share/esc-graph/sessions.sqlite"
DbOption = Annotated[
    str | None, typer.Option("--db", help="SQLite file for sessions", show_default=DB_DEFAULT)
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON")]


def db_path(db: str | None) -> Path:
    """The SQLite file named by ``--db`` or the default; a one-line error for anything else."""
    from stores import SessionStoreError, default_db_path
    from stores.base import is_postgres_url, redact

    if db is not None and is_postgres_url(db):
        fail(
            f"the sessions commands work on SQLite files, and {redact(db)} is a Postgres server; "
            "use stores.export_user / import_user / delete_user from Python there"
        )
    try:
        return Path(db) if db is not None else default_db_path()
    except SessionStoreError as exc:
        fail(str(exc))


def valid_user(user: str) -> str:
    from esc_graph.memory import check_user_id

    try:
        return check_user_id(user)
    except ValueError as exc:
        fail(str(exc))


@contextmanager
def _open(db: str | None, *, create: bool = False) -> Iterator[Any]:
    """The session file, checked page by page before any command reads or writes it."""
    from stores import SessionStoreError, open_sessions
    from stores.sqlite import check_integrity

    path = db_path(db)
    if not create and not path.exists():
        fail(f"no session database at {path}")
    try:
        with open_sessions(path) as sessions:
            check_integrity(sessions.conn, path)
            yield sessions
    except SessionStoreError as exc:
        fail(str(exc))


def _catalog(sessions: Any) -> Any:
    from stores.catalog import Catalog

    return Catalog(sessions.conn)


def _strategies(raw: str | None) -> str:
    counts: dict[str, int] = json.loads(raw) if raw else {}
    return ", ".join(f"{name} ×{n}" for name, n in sorted(counts.items(), key=lambda x: (-x[1], x[0])))


def _when(stamp: str | None) -> str:
    return (stamp or "")[:16].replace("T", " ")


@app.command("list")
def list_sessions(
    db: DbOption = None,
    user: Annotated[str | None, typer.Option("--user", help="Only this user's threads")] = None,
    as_json: JsonOption = False,
) -> None:
    """One line per conversation: user, thread, turns, first and last activity, strategies used."""
    if user is not None:
        valid_user(user)
    with _open(db) as sessions:
        rows = _catalog(sessions).sessions(user)
    if as_json:
        print(json.dumps(rows, indent=2))
        return
    table = Table("user", "thread", "turns", "first", "last", "strategies")
    for row in rows:
        table.add_row(
            row["user"],
            row["thread_id"],
            str(row["turns"]),
            _when(row["first_at"]),
            _when(row["last_at"]),
            _strategies(row["strategies"]),
        )
    out_console.print(table)


@app.command()
def show(
    db: DbOption = None,
    user: Annotated[str | None, typer.Option("--user", help="Show this user's memory and threads")] = None,
    thread: Annotated[str | None, typer.Option("--thread", help="Show every turn of this thread")] = None,
    as_json: JsonOption = False,
) -> None:
    """A user's cross-session memory and threads, or one thread's full history."""
    from esc_graph.memory import get_profile
    from stores import read_thread

    if (user is None) == (thread is None):
        fail("give exactly one of --user or --thread")
    if user is not None:
        valid_user(user)
    with _open(db) as sessions:
        if user is not None:
            result: dict[str, Any] = {
                "user": user,
                "memory": get_profile(sessions.store, user),
                "threads": _catalog(sessions).sessions(user),
            }
            if result["memory"] is None and not result["threads"]:
                fail(f"no data for user {user!r}")
        else:
            result = read_thread(sessions, thread)
            if not result["messages"]:
                fail(f"no thread {thread!r}")
    if as_json:
        print(json.dumps(result, indent=2))
    elif user is not None:
        out_console.print(result["memory"] or {})
        list_sessions(db=db, user=user)
    else:
        for msg in result["messages"]:
            data = msg["data"]
            speaker = "seeker" if msg["type"] == "human" else "supporter"
            strategy = data.get("additional_kwargs", {}).get("strategy")
            label = f"{speaker} [{strategy}]" if strategy else speaker
            out_console.print(f"[bold]{label}[/bold]  {data['content']}", highlight=False)


def _write_private(path: Path, text: str) -> None:
    """Exports hold health data: write them owner-only."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)


@app.command()
def export(
    user: Annotated[str, typer.Option("--user", help="Whose data to export")],
    db: DbOption = None,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="JSON file [default: stdout]")] = None,
) -> None:
    """Write a user's threads (every turn) and memory as JSON."""
    from stores import export_user

    valid_user(user)
    with _open(db) as sessions:
        data = export_user(sessions, user)
    if not data["threads"] and not data["memory"]:
        fail(f"no data for user {user!r}")
    text = json.dumps(data, indent=2, ensure_ascii=False)
    if out is None:
        sys.stdout.write(text + "\n")
    else:
        _write_private(out, text)
        err_console.print(f"exported {len(data['threads'])} thread(s) of {user!r} to {out}")


@app.command("import")
def import_(
    file: Annotated[Path, typer.Argument(help="A file written by `sessions export`")],
    db: DbOption = None,
    user: Annotated[str | None, typer.Option("--user", help="Import under this user id")] = None,
) -> None:
    """Load an export back into a session database (threads must not exist there yet)."""
    from stores import SessionStoreError, import_user
    from stores.userdata import check_export

    if user is not None:
        valid_user(user)
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        fail(f"cannot read {file}: {exc}")
    except ValueError as exc:
        fail(f"cannot import {file}: not JSON ({exc})")
    try:
        check_export(data)  # before a database file is created for it
    except SessionStoreError as exc:
        fail(f"cannot import {file}: {exc}")
    with _open(db, create=True) as sessions:
        try:
            count = import_user(sessions, data, user_id=user)
        except SessionStoreError as exc:
            fail(f"cannot import {file}: {exc}")
    err_console.print(f"imported {count} thread(s) for {user or data['user']!r}")


@app.command()
def delete(
    user: Annotated[str, typer.Option("--user", help="Whose data to erase")],
    db: DbOption = None,
    thread: Annotated[str | None, typer.Option("--thread", help="Erase only this thread")] = None,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation")] = False,
) -> None:
    """Erase a user's threads and memory (or one thread) from the file, leaving no trace."""
    from esc_graph.memory import get_thread, list_threads
    from stores import delete_thread, delete_user, hold_thread

    valid_user(user)
    what = f"thread {thread!r} of {user!r}" if thread else f"every session and memory of {user!r}"
    if not yes and not typer.confirm(f"Erase {what}?"):
        raise typer.Exit(1)
    with _open(db) as sessions, ExitStack() as held:
        if thread is not None:
            if get_thread(sessions.store, user, thread) is None:
                fail(f"user {user!r} has no thread {thread!r}")
            held.enter_context(hold_thread(sessions, thread, wait=0))  # not while a turn is running
            delete_thread(sessions, user, thread)
            err_console.print(f"erased {what}")
            return
        for record in list_threads(sessions.store, user):
            held.enter_context(hold_thread(sessions, record["thread_id"], wait=0))
        counts = delete_user(sessions, user)
    err_console.print(f"erased {counts['threads']} thread(s) and {counts['memory_items']} memory item(s)")


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="sessions")
