"""A returning seeker across three sessions: one SQLite file, one user id, a new thread per session.

The file is closed and reopened between sessions, as when the app restarts. ``esc_graph.memory``
keeps a per-user profile in the LangGraph store (counts, recurring problem and emotion, strategies
that helped; never the seeker's words). At the start of each new thread the graph's ``recall`` node
turns it into a short note for the reply generator, printed here for each session.

Run: ``python -m examples.multi_session [--db FILE] [--base-model M] [--adapters DIR]``.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path
from typing import Any

from langchain_core.messages import HumanMessage

from esc_graph import Context, SupportModels, build_graph
from esc_graph.memory import get_profile, list_threads
from esc_graph.prompts import REPLY_TOKEN_CAP
from stores import open_sessions

SESSIONS = (
    ("I failed my exam today and I feel like such a disappointment.", "My parents expected so much."),
    ("It's me again. I'm still stressed about my studies.", "I can't focus on anything."),
    ("Hi, the exams are over now.", "I think talking last time helped a bit."),
)


def run(
    models: SupportModels, db: Path, user: str = "sam", max_new_tokens: int = REPLY_TOKEN_CAP
) -> list[dict[str, Any]]:
    """Three sessions for ``user``; returns what each session saw and left behind."""
    report = []
    for number, messages in enumerate(SESSIONS, start=1):
        with open_sessions(db) as sessions:  # reopened every session, as after a restart
            graph = build_graph(models, checkpointer=sessions.checkpointer, store=sessions.store)
            config = {"configurable": {"thread_id": f"{user}-session-{number}"}}
            print(f"── session {number} (thread {config['configurable']['thread_id']})", flush=True)
            for text in messages:
                out = graph.invoke(
                    {"messages": [HumanMessage(text)]},
                    config,
                    context=Context(user_id=user, max_new_tokens=max_new_tokens, seed=number),
                )
                print(f"  seeker     {text}\n  supporter  [{out.get('strategy')}] {out['reply']}", flush=True)
            note = graph.get_state(config).values.get("memory_note")
            profile = get_profile(sessions.store, user) or {}
            print(f"  memory note at the start: {note or '(none: first session)'}")
            print(f"  profile after: {profile.get('summary')}\n", flush=True)
            report.append(
                {"thread_id": config["configurable"]["thread_id"], "note": note, "profile": profile}
            )
    with open_sessions(db) as sessions:
        threads = list_threads(sessions.store, user)
    print(f"{user} has {len(threads)} conversations in {db}")
    report[-1]["threads"] = threads
    return report


def main(argv: list[str] | None = None) -> list[dict[str, Any]]:
    parser = argparse.ArgumentParser(
        prog="python -m examples.multi_session", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--db", type=Path, help="SQLite file [default: a new file in a temporary folder]")
    parser.add_argument("--user", default="sam")
    parser.add_argument("--base-model", help="Hugging Face id or folder [default: packaged SmolLM2]")
    parser.add_argument(
        "--adapters", type=Path, help="Folder with trained adapters [default: the packaged release]"
    )
    parser.add_argument(
        "--prompt-only", action="store_true", help="No trained adapters, even when a release ships"
    )
    parser.add_argument("--max-new-tokens", type=int, default=REPLY_TOKEN_CAP)
    args = parser.parse_args(argv)
    from esc_graph.cli.common import quiet_libraries
    from esc_graph.models import load_role_models
    from esc_graph.release import choose_adapters

    quiet_libraries()
    adapters = choose_adapters(args.adapters, args.prompt_only, args.base_model)
    models = SupportModels.local(load_role_models(args.base_model, adapters))
    if args.db is not None:
        return run(models, args.db, args.user, args.max_new_tokens)
    with tempfile.TemporaryDirectory() as tmp:
        return run(models, Path(tmp) / "sessions.sqlite", args.user, args.max_new_tokens)


if __name__ == "__main__":
    main()
