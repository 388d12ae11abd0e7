"""The crisis gate per message on 2 CPU cores: the lexicon alone against the whole gate (lexicon + the
learned risk model), median and p95 milliseconds, and the tables of the frozen evaluation sets.

Run: ``python bench/bench_risk_gate.py [--threads N] [--repeat 3] [--out bench/results/risk_gate.txt]``;
``--no-timing`` prints only the tables (default output ``bench/results/risk_frozen_sets.txt``). The
messages timed are frozen 1's (with their earlier messages), one at a time, as the graph sends them.
``--threads`` sets torch's threads where the encoder runs (default: torch's own choice, one per core).
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import torch

from esc_graph import compute_thread
from esc_graph.safety.detect import assess_message
from esc_graph.safety.risk_model import packaged_risk_model
from trainers.risk_eval import FROZEN_SETS, EvalRow, read_frozen, report


def timings_ms(rows: list[EvalRow], check: Callable[[EvalRow], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        for row in rows:
            start = time.perf_counter()
            check(row)
            times.append((time.perf_counter() - start) * 1000)
    return times


def describe(name: str, times: list[float]) -> str:
    p95 = statistics.quantiles(times, n=20)[18]
    return f"{name:<28} median {statistics.median(times):6.2f} ms   p95 {p95:6.2f} ms   ({len(times)} calls)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--out",
        type=Path,
        default=None,
        help="default: risk_gate.txt, or with --no-timing risk_frozen_sets.txt",
    )
    parser.add_argument("--threads", type=int, default=None, help="torch threads (default: torch's choice)")
    parser.add_argument("--no-timing", action="store_true", help="only the frozen sets' tables")
    args = parser.parse_args()
    if args.threads is not None:  # OpenMP's thread count is per thread: set it where the encoder runs
        torch.set_num_threads(args.threads)
        compute_thread.run(torch.set_num_threads, args.threads)
    out = args.out or Path("bench/results") / ("risk_frozen_sets.txt" if args.no_timing else "risk_gate.txt")
    model = packaged_risk_model()
    lines = []
    if not args.no_timing:
        rows = read_frozen()
        model.score("warm-up")
        lexicon = timings_ms(
            rows, lambda r: assess_message(r.text, context=r.context, model=None), args.repeat
        )
        gate = timings_ms(rows, lambda r: assess_message(r.text, context=r.context, model=model), args.repeat)
        lines += [
            f"crisis gate latency per message, torch threads {compute_thread.run(torch.get_num_threads)} "
            f"on {os.cpu_count()} cores",
            describe("lexicon alone", lexicon),
            describe("whole gate (lexicon + model)", gate),
            f"ratio of medians: {statistics.median(gate) / statistics.median(lexicon):.1f}x",
            "",
        ]
    for name, path in FROZEN_SETS.items():
        lines += [f"{name} ({path.name}, never fitted or tuned on)", report(read_frozen(path), model), ""]
    text = "\n".join(lines) + "\n"
    print(text)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
