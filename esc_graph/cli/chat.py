"""``esc-graph demo`` and ``esc-graph chat``: conversations on the local model."""

from __future__ import annotations

import json
import sys
import uuid
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path
from typing import Annotated, Any

import typer
from langchain_core.messages import HumanMessage
from rich.markup import escape
from rich.panel import Panel
from rich.text import Text

from esc_graph.cli.common import (
    AdaptersOption,
    BaseModelOption,
    GenerationOption,
    PromptOnlyOption,
    chosen_adapters,
    err_console,
    fail,
    loading,
    out_console,
    quiet_libraries,
)
from esc_graph.inputs import InvalidMessage, clean_seeker_text
from esc_graph.state import Context

DEMO_SCRIPT = (
    "Hi. I haven't been sleeping well and I just feel low all the time.",
    "I lost my job two weeks ago and I haven't told my parents yet.",
    "I'm scared they'll be disappointed in me. My dad always said I'd never amount to anything.",
    "Maybe I could talk to my sister first. She usually understands.",
)


def _load_models(base_model: str | None, adapters: Path | None, show: bool, generation: str | None = None):
    from esc_graph.adapters import AdapterError
    from esc_graph.backends import SupportModels

    quiet_libraries()
    with loading("loading the model…", show) as update:
        try:
            from esc_graph.models import load_role_models

            role_models = load_role_models(base_model, adapters, progress=update, generation=generation)
        except (AdapterError, OSError, RuntimeError, ValueError) as exc:
            fail(f"cannot load the model: {exc}")
    return SupportModels.local(role_models), role_models


def _turn_result(out: dict[str, Any]) -> dict[str, Any]:
    appraisal = out.get("appraisal") or {}
    return {
        "turn": out.get("turn"),
        "strategy": out.get("strategy"),
        "strategy_probs": out.get("strategy_probs") or {},
        "reply": out.get("reply"),
        "risk": bool(out.get("risk")),
        "risk_category": out.get("risk_category"),
        "appraisal": {k: appraisal[k] for k in ("emotion", "intensity", "problem") if k in appraisal},
        "disclosure": out.get("disclosure"),
        "weights": out.get("weights"),
    }


def _print_turn(result: dict[str, Any], seeker: str) -> None:
    # Conversation text is escaped: "[sigh]" in a message is text, not a style.
    out_console.print(f"[bold cyan]seeker[/bold cyan]  {escape(seeker)}", highlight=False)
    if result.get("disclosure"):
        out_console.print(f"[italic]{escape(result['disclosure'])}[/italic]", highlight=False)
    appraisal = result["appraisal"]
    if appraisal:
        out_console.print(
            f"[dim]appraisal: {appraisal['emotion']}, intensity {appraisal['intensity']}/5, "
            f"{appraisal['problem']}[/dim]",
            highlight=False,
        )
    if result["risk"]:
        out_console.print(Panel(Text(result["reply"]), title="crisis reply", border_style="red"))
        return
    prob = result["strategy_probs"].get(result["strategy"], 0.0)
    out_console.print(f"[dim]strategy: {result['strategy']} (p={prob:.2f})[/dim]", highlight=False)
    out_console.print(f"[bold green]supporter[/bold green]  {escape(result['reply'])}\n", highlight=False)


def demo(
    base_model: BaseModelOption = None,
    adapters: AdaptersOption = None,
    prompt_only: PromptOnlyOption = False,
    seed: Annotated[int, typer.Option(help="Sampling seed")] = 0,
    generation: GenerationOption = None,
) -> None:
    """Run a short scripted conversation and show each turn's appraisal, strategy and reply."""
    from langgraph.checkpoint.memory import InMemorySaver

    from esc_graph.graph import build_graph
    from esc_graph.release import weights_name

    chosen = chosen_adapters(adapters, prompt_only, base_model)
    models, role_models = _load_models(base_model, chosen, show=True, generation=generation)
    mode = ", ".join(role_models.roles) or "prompt-only (no adapters)"
    out_console.print(
        f"[bold]esc-graph demo[/bold]  model: {role_models.base_name}; weights: {weights_name(chosen)}; "
        f"adapters: {mode}\n"
    )
    graph = build_graph(models, checkpointer=InMemorySaver())
    config = {"configurable": {"thread_id": f"demo-{uuid.uuid4().hex[:8]}"}}
    for i, text in enumerate(DEMO_SCRIPT):
        with loading(f"turn {i + 1}/{len(DEMO_SCRIPT)}: thinking…"):
            out = graph.invoke({"messages": [HumanMessage(text)]}, config, context=Context(seed=seed + i))
        _print_turn(_turn_result(out), text)


LEAVE_HINT = "an empty line, Ctrl-D or Ctrl-C leaves"


def _open_sessions(db: str | None, stack: ExitStack) -> Any:
    """The session store, SQLite files checked page by page first; one-line errors."""
    from stores import SessionStoreError, open_sessions
    from stores.sqlite import check_integrity

    try:
        sessions = stack.enter_context(open_sessions(db))
        if sessions.conn is not None:
            check_integrity(sessions.conn, sessions.path)
    except SessionStoreError as exc:
        fail(str(exc))
    return sessions


def _checked_ids(user: str, thread: str | None) -> str:
    from esc_graph.memory import check_user_id

    try:
        check_user_id(user)
    except ValueError as exc:
        fail(str(exc))
    if thread is not None and not thread.strip():
        fail("thread id must not be empty")
    return thread or uuid.uuid4().hex


def chat(
    message: Annotated[str | None, typer.Option("--message", "-m", help="Send one message and exit")] = None,
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            help="SQLite file (or postgresql:// URL) for sessions",
            show_default="$ESC_GRAPH_DB, else ~/.local/share/esc-graph/sessions.sqlite",
        ),
    ] = None,
    user: Annotated[str, typer.Option("--user", help="User id (namespaces memory)")] = "local",
    thread: Annotated[
        str | None, typer.Option("--thread", help="Conversation id", show_default="a new random id")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object per turn")] = False,
    wait: Annotated[
        float, typer.Option(help="Seconds to wait while another process answers the same thread", min=0)
    ] = 120.0,
    base_model: BaseModelOption = None,
    adapters: AdaptersOption = None,
    prompt_only: PromptOnlyOption = False,
    seed: Annotated[int | None, typer.Option(help="Sampling seed", show_default="random")] = None,
    generation: GenerationOption = None,
) -> None:
    """Talk with the supporter; an empty line, Ctrl-D or Ctrl-C leaves (every turn is already saved).

    With --message, run one turn (for scripts) and exit. One turn at a time per thread: a turn on a
    thread that another process is answering waits for it (--wait), then fails with a clear error.
    """
    if message is not None:
        try:
            message = clean_seeker_text(message)
        except InvalidMessage as exc:
            fail(str(exc))
    thread = _checked_ids(user, thread)
    # Imported after the checks above, so bad input is refused before torch loads.
    from stores import SessionStoreError, hold_thread

    try:
        with ExitStack() as stack:
            sessions = _open_sessions(db, stack)
            from esc_graph.graph import build_graph

            chosen = chosen_adapters(adapters, prompt_only, base_model)
            models, _ = _load_models(base_model, chosen, show=not as_json, generation=generation)
            graph = build_graph(models, checkpointer=sessions.checkpointer, store=sessions.store)
            config = {"configurable": {"thread_id": thread}}
            context = Context(user_id=user, seed=seed)

            def waiting() -> None:
                err_console.print(
                    f"[dim]waiting: another process is answering thread {escape(thread)} "
                    f"(up to {wait:g} s)[/dim]",
                    highlight=False,
                )

            def run(text: str) -> dict[str, Any]:
                with hold_thread(sessions, thread, wait, waiting), loading("thinking…", not as_json):
                    # One checkpoint per turn: every turn is kept, and the file stays small.
                    out = graph.invoke(
                        {"messages": [HumanMessage(text)]}, config, context=context, durability="exit"
                    )
                return _turn_result(out)

            if message is None:
                _converse(run, thread, as_json)
                return
            result = run(message)
            if as_json:
                print(json.dumps({"thread": thread, "user": user, **result}))
            else:
                _print_turn(result, message)
    except SessionStoreError as exc:  # a busy thread, or damage found while reading or writing
        fail(str(exc))


def _converse(run: Callable[[str], dict[str, Any]], thread: str, as_json: bool) -> None:
    """Read seeker lines from stdin until an empty line, end of input or Ctrl-C."""
    err_console.print(f"[dim]thread {escape(thread)} — {LEAVE_HINT}[/dim]", highlight=False)
    # Undecodable bytes reach clean_seeker_text (which reports them) instead of raising in input().
    if hasattr(sys.stdin, "reconfigure"):
        sys.stdin.reconfigure(errors="surrogateescape")
    while True:
        try:
            text = input("you> " if sys.stdin.isatty() else "")
        except (EOFError, KeyboardInterrupt):
            break
        if not text.strip():
            break
        try:
            text = clean_seeker_text(text)
        except InvalidMessage as exc:
            err_console.print(f"[yellow]{escape(str(exc))}[/yellow]", highlight=False)
            continue
        try:
            result = run(text)
        except KeyboardInterrupt:
            err_console.print("\n[dim]stopped during a turn; that turn was not answered[/dim]")
            raise typer.Exit(130) from None
        if as_json:
            print(json.dumps(result), flush=True)
        else:
            _print_turn(result, text)
    shown = escape(thread)
    err_console.print(f"[dim]left thread {shown}; continue it with --thread {shown}[/dim]", highlight=False)


def register(app: typer.Typer) -> None:
    app.command()(demo)
    app.command()(chat)
