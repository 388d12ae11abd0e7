"""Session persistence throughput: turns persisted per second, and resuming a long thread.

The graph runs for real (every node, checkpoint and memory write) with fake models, so the figures
measure persistence, not a language model. Run: ``python bench/bench_sessions.py [--turns 200]``.
Optionally ``--postgres postgresql://...`` adds the same figures for a Postgres server.
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import tempfile
import threading
import time
import uuid
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage, HumanMessage
from langgraph.checkpoint.memory import InMemorySaver
from langgraph.store.memory import InMemoryStore

from esc_graph.backends import SupportModels
from esc_graph.graph import build_graph
from esc_graph.state import Context
from stores import Sessions, open_sessions

CONCURRENT_THREADS = 8
DURABILITY = {"mode": "async"}  # langgraph's default; --durability exit writes one checkpoint per turn
RUN = uuid.uuid4().hex[:8]  # thread ids are unique per run, so a reused Postgres database is fine


class CyclingScorer:
    """Rotates through the labels so strategies and appraisals vary like a real conversation."""

    def __init__(self) -> None:
        self.counter = itertools.count()

    def score(self, role: str, messages: Any, labels: Any) -> dict[str, float]:
        pick = next(self.counter) % len(labels)
        return {label: 0.9 if i == pick else 0.1 / len(labels) for i, label in enumerate(labels)}


def models() -> SupportModels:
    replies = itertools.repeat(AIMessage("That sounds hard. What happened next?"))
    return SupportModels(scorer=CyclingScorer(), generator=GenericFakeChatModel(messages=replies))


def run_turns(graph: Any, user: str, thread: str, count: int) -> None:
    config = {"configurable": {"thread_id": thread}}
    for n in range(count):
        text = f"This is what I wanted to say in turn {n}, about work and my family."
        graph.invoke(
            {"messages": [HumanMessage(text)]},
            config,
            context=Context(user_id=user),
            durability=DURABILITY["mode"],
        )


def turns_per_second(sessions: Sessions | None, turns: int) -> float:
    if sessions is None:
        graph = build_graph(models(), checkpointer=InMemorySaver(), store=InMemoryStore())
    else:
        graph = build_graph(models(), checkpointer=sessions.checkpointer, store=sessions.store)
    start = time.perf_counter()
    run_turns(graph, "bench", f"single-{RUN}", turns)
    return turns / (time.perf_counter() - start)


def concurrent_turns_per_second(sessions: Sessions, turns: int) -> float:
    graph = build_graph(models(), checkpointer=sessions.checkpointer, store=sessions.store)
    workers = [
        threading.Thread(target=run_turns, args=(graph, f"user{i}", f"conc{i}-{RUN}", turns))
        for i in range(CONCURRENT_THREADS)
    ]
    start = time.perf_counter()
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return CONCURRENT_THREADS * turns / (time.perf_counter() - start)


def resume(opener: Any, turns: int, repeats: int = 5) -> dict[str, float]:
    """Build a ``turns``-turn thread, then time reopening it: open, read the state, one more turn."""
    with opener() as sessions:
        graph = build_graph(models(), checkpointer=sessions.checkpointer, store=sessions.store)
        run_turns(graph, "bench", f"long-{RUN}", turns)
    opens, reads, next_turns = [], [], []
    config = {"configurable": {"thread_id": f"long-{RUN}"}}
    for _ in range(repeats):
        t0 = time.perf_counter()
        with opener() as sessions:
            graph = build_graph(models(), checkpointer=sessions.checkpointer, store=sessions.store)
            t1 = time.perf_counter()
            state = graph.get_state(config)
            t2 = time.perf_counter()
            run_turns(graph, "bench", f"long-{RUN}", 1)
            t3 = time.perf_counter()
        assert sum(isinstance(m, HumanMessage) for m in state.values["messages"]) >= turns
        opens.append(t1 - t0)
        reads.append(t2 - t1)
        next_turns.append(t3 - t2)
    return {
        "open_s": statistics.median(opens),
        "read_state_s": statistics.median(reads),
        "next_turn_s": statistics.median(next_turns),
    }


def report(name: str, opener: Any, turns: int, baseline: float) -> None:
    with opener() as sessions:
        single = turns_per_second(sessions, turns)
        concurrent = concurrent_turns_per_second(sessions, max(turns // 4, 10))
    print(
        f"{name}: {single:.1f} turns/s one thread ({single / baseline:.2f}x in-memory), "
        f"{concurrent:.1f} turns/s over {CONCURRENT_THREADS} threads"
    )
    figures = resume(opener, turns)
    ms = {key: value * 1000 for key, value in figures.items()}
    print(
        f"{name}: resume a {turns}-turn thread: open {ms['open_s']:.1f} ms, "
        f"read state {ms['read_state_s']:.1f} ms, next turn {ms['next_turn_s']:.1f} ms"
    )


def sqlite_opener(folder: Path, name: str, synchronous: str) -> Any:
    def opener() -> AbstractContextManager[Sessions]:
        return open_sessions(folder / f"{name}.sqlite", synchronous=synchronous)

    return opener


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, default=200)
    parser.add_argument("--postgres", help="also measure a Postgres server at this URL")
    parser.add_argument("--durability", choices=("async", "sync", "exit"), default="async")
    parser.add_argument("--sqlite-sync", nargs="+", default=["NORMAL", "FULL"], choices=("NORMAL", "FULL"))
    args = parser.parse_args()
    DURABILITY["mode"] = args.durability
    print(f"durability={args.durability}, {args.turns} turns")
    baseline = turns_per_second(None, args.turns)
    print(f"in-memory (no persistence): {baseline:.1f} turns/s one thread")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for mode in args.sqlite_sync:
            report(f"sqlite synchronous={mode}", sqlite_opener(folder, mode, mode), args.turns, baseline)
            size = (folder / f"{mode}.sqlite").stat().st_size
            print(f"sqlite synchronous={mode}: file after the run {size / 1e6:.1f} MB")
    if args.postgres:
        report("postgres", lambda: open_sessions(args.postgres), args.turns, baseline)


if __name__ == "__main__":
    main()
