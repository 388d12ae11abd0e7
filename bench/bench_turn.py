"""One graph turn on a CPU, before and after: per-turn latency of a scripted conversation, generation
tokens/s and memory of the int8 generation path, and its reply quality on seeded ESConv test turns.

Run: OMP_NUM_THREADS=1 .venv/bin/python bench/bench_turn.py [--quality-turns 80] [--adapters DIR]
       [--threads 1] [--llama-server PATH] [--out bench/results/bench_turn.txt]

``--threads`` sets torch's threads for the turns and llama.cpp's for its runs (default 1; a laptop's
torch uses every core unless told otherwise). ``--quality-turns 0`` leaves out the quality section.

Configurations, run in the same process on the same model, their turns interleaved so that a change in
the machine's load falls on all of them alike:
- before: the language model's appraisal (``appraiser="lm"``: three scoring passes) and fp32 generation;
- after: the trained appraiser (the default) and fp32 generation;
- after+int8: the trained appraiser and the int8 generation copy (esc_graph.fast_generation).
The generation-speed runs time fp32, the int8 copy, and the int8 copy as it was before its layers were
stacked and its one-token steps left transformers' forward (esc_graph.lean_decode).
With ``--llama-server`` the generation-speed runs also time llama.cpp on the base model's GGUF
(``bench/llama_cpp.py``), interleaved with the others. Each conversation's first turn is a warm-up and
is not counted. Prints figures measured in this run, with the machine's load average beside them;
asserts nothing about time.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# The warm-up message first, then the ten measured turns: one seeker's story, ESConv-like lengths.
SCRIPT = (
    "Hi. I haven't been sleeping well and I just feel low all the time.",
    "I lost my job two weeks ago and I haven't told my parents yet.",
    "I'm scared they'll be disappointed in me. My dad always said I'd never amount to anything.",
    "I keep applying for jobs but nobody gets back to me. It feels like I'm shouting into a void.",
    "Some days I don't even get out of bed until the afternoon.",
    "My friends are all doing well and I feel embarrassed to talk to them about it.",
    "I guess I could tell my sister first. She usually understands me better than my parents.",
    "That's true, she went through something similar last year when her company closed.",
    "I think I'm also worried about money. My rent is due at the end of the month.",
    "Maybe I could look into whether I qualify for unemployment benefits.",
    "Thank you, talking about it makes me feel a bit less alone.",
)
CONFIGS = ("before", "after", "after+int8")


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} / {five:.2f} / {fifteen:.2f} (1/5/15 min) on {os.cpu_count()} cores"


def pct(values: list[float], q: float) -> float:
    return float(np.percentile(values, q)) if values else float("nan")


# --- turns through the graph ------------------------------------------------------------------


def timed_turn(graph: Any, config: dict, text: str, context: Any, tokenizer: Any) -> dict[str, Any]:
    from langchain_core.messages import AIMessageChunk, HumanMessage

    start = time.perf_counter()
    strategy_at = first_token_at = None
    final: dict[str, Any] = {}
    for mode, payload in graph.stream(
        {"messages": [HumanMessage(text)]},
        config,
        context=context,
        stream_mode=["custom", "messages", "values"],
    ):
        now = time.perf_counter() - start
        if mode == "custom" and payload.get("type") == "strategy" and strategy_at is None:
            strategy_at = now
        elif mode == "messages" and first_token_at is None:
            chunk, meta = payload
            if (
                isinstance(chunk, AIMessageChunk)
                and chunk.content
                and meta.get("langgraph_node") == "respond"
            ):
                first_token_at = now
        elif mode == "values":
            final = payload
    return {
        "strategy": strategy_at,
        "first_token": first_token_at,
        "turn": time.perf_counter() - start,
        "reply": final.get("reply", ""),
        # The reply's text tokenised again: the int8 copy's steps do not pass the output layer's module.
        "tokens": len(tokenizer(final.get("reply", ""), add_special_tokens=False).input_ids),
    }


def run_conversations(models: Any, max_new_tokens: int) -> dict[str, list[dict[str, Any]]]:
    from langgraph.checkpoint.memory import InMemorySaver

    from esc_graph.backends import SupportModels
    from esc_graph.graph import build_graph
    from esc_graph.state import Context

    graphs = {
        name: build_graph(
            SupportModels.local(models),
            checkpointer=InMemorySaver(),
            appraiser="lm" if name == "before" else "packaged",
        )
        for name in CONFIGS
    }
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in CONFIGS}
    for i, text in enumerate(SCRIPT):
        for name in CONFIGS:
            models.generation = "int8" if name.endswith("int8") else "fp32"
            context = Context(seed=i, max_new_tokens=max_new_tokens)
            config = {"configurable": {"thread_id": name}}
            row = timed_turn(graphs[name], config, text, context, models.tokenizer)
            if i > 0:  # the first turn warms up caches and builds the int8 copy
                rows[name].append(row)
            print(
                f"  turn {i} {name:>10}: strategy {row['strategy']:.2f}s first token "
                f"{row['first_token'] or float('nan'):.2f}s turn {row['turn']:.2f}s, {row['tokens']} tokens",
                flush=True,
            )
    models.generation = "fp32"
    return rows


def turn_table(rows: dict[str, list[dict[str, Any]]], max_new_tokens: int) -> list[str]:
    lines = [
        "| config | strategy p50 / p95 s | first token p50 / p95 s | turn p50 / p95 s | reply tokens median "
        "(min-max) | cut by the cap |",
        "|---|---|---|---|---|---|",
    ]
    for name, found in rows.items():
        cells = []
        for key in ("strategy", "first_token", "turn"):
            values = [r[key] for r in found if r[key] is not None]
            cells.append(f"{pct(values, 50):.2f} / {pct(values, 95):.2f}")
        tokens = [r["tokens"] for r in found]
        capped = sum(t >= max_new_tokens for t in tokens)
        lines.append(
            f"| {name} | {' | '.join(cells)} | {statistics.median(tokens):.0f} ({min(tokens)}-{max(tokens)}) "
            f"| {capped}/{len(tokens)} |"
        )
    return lines


# --- generation speed ------------------------------------------------------------------------


BEFORE_INT8 = "int8 copy before (layers apart, every step in transformers' forward)"


def generation_speed(
    models: Any, messages: list[dict[str, str]], new_tokens: int, reps: int, llama_url: str | None = None
) -> list[str]:
    import torch

    from esc_graph import compute_thread
    from esc_graph.fast_generation import int8_copy
    from esc_graph.growing_cache import GrowingCache

    ids = torch.tensor([models.prompt_ids(messages)])
    with models.role("generator") as fp32:
        adapter = models.adapter_for("generator")
        int8 = compute_thread.run(int8_copy, models.model, adapter)
        # The int8 copy as it was before its layers were stacked and its steps left the forward.
        before = partial(int8_copy, fuse_shared_inputs=False, lean_steps=False)
        paths = {"fp32": fp32, BEFORE_INT8: compute_thread.run(before, models.model, adapter), "int8": int8}

        @torch.inference_mode()
        def generate(model: Any, n: int) -> None:
            model.generate(
                input_ids=ids,
                attention_mask=torch.ones_like(ids),
                max_new_tokens=n,
                min_new_tokens=n,
                do_sample=False,
                pad_token_id=models.tokenizer.pad_token_id,
                cache=GrowingCache(),  # as RoleModels.generate decodes
            )

        def timed(model: Any, n: int) -> float:
            # Where the graph generates: torch work on this thread too would start a second OpenMP team.
            start = time.perf_counter()
            compute_thread.run(generate, model, n)
            return time.perf_counter() - start

        timers: dict[str, Callable[[int], float]] = {
            name: partial(timed, model) for name, model in paths.items()
        }
        if llama_url is not None:
            from bench.llama_cpp import timed_completion

            def timed_llama(n: int) -> float:
                seconds, returned = timed_completion(llama_url, ids[0].tolist(), n)
                if returned != n:
                    raise RuntimeError(f"llama-server returned {returned} tokens, asked for {n}")
                return seconds

            timers["llama.cpp (base GGUF, no adapter)"] = timed_llama
        found: dict[str, dict[str, list[float]]] = {name: {"first": [], "rate": []} for name in timers}
        for timer in timers.values():
            timer(2)
        for _ in range(reps):  # interleaved
            for name, timer in timers.items():
                first = timer(1)
                whole = timer(new_tokens)
                found[name]["first"].append(first)
                found[name]["rate"].append((new_tokens - 1) / max(whole - first, 1e-9))
    lines = [
        f"prompt {ids.shape[1]} tokens (a generator prompt over the script's seeker messages), "
        f"{new_tokens} new tokens forced, greedy, median of {reps} interleaved runs:",
        "| path | prompt + first token s | decode tokens/s |",
        "|---|---|---|",
    ]
    for name, values in found.items():
        lines.append(
            f"| {name} | {statistics.median(values['first']):.3f} | {statistics.median(values['rate']):.1f} |"
        )
    rates = {name: statistics.median(values["rate"]) for name, values in found.items()}
    lines.append(f"int8 decodes {rates['int8'] / rates['fp32']:.2f}x as fast as fp32")
    lines.append(f"int8 decodes {rates['int8'] / rates[BEFORE_INT8]:.2f}x as fast as the {BEFORE_INT8}")
    for name, rate in rates.items():
        if name.startswith("llama.cpp"):
            lines.append(
                f"against {name}: fp32 {rates['fp32'] / rate:.2f}x, the int8 copy before "
                f"{rates[BEFORE_INT8] / rate:.2f}x, int8 {rates['int8'] / rate:.2f}x its decode rate"
            )
    return lines


# --- memory, in a fresh process ----------------------------------------------------------------


def rss_mb() -> float:
    """Resident memory after handing freed heap back to the system (glibc keeps freed blocks otherwise)."""
    import ctypes
    import gc

    gc.collect()
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    return _status_mb("VmRSS")


def peak_rss_mb() -> float:
    """This process's peak resident memory. Not ``ru_maxrss``: that keeps the parent's peak across fork
    and exec, so a child started by a process holding models reported the parent's memory as its own."""
    return _status_mb("VmHWM")


def _status_mb(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def touch(model: Any) -> None:
    """Read every tensor once: weights load memory-mapped, so untouched pages are not resident yet."""
    for tensor in model.state_dict().values():
        if tensor.numel():
            tensor.max()  # not sum(): an int8 sum makes an int64 copy


def memory_child(base: str | None, adapters: str) -> None:
    """Run in a subprocess: RSS of the runtime, then base, base + adapters, base + adapters + int8 copy."""
    import torch

    from esc_graph.fast_generation import int8_copy
    from esc_graph.models import load_role_models

    torch.set_num_threads(1)
    import peft  # noqa: F401  (imported before the baseline, as the model code is)

    start = rss_mb()
    models = load_role_models(base)
    touch(models.model)
    one = rss_mb() - start
    models.add_adapters_from(Path(adapters))
    touch(models.model)
    with_adapters = rss_mb() - start
    peak_fp32 = peak_rss_mb() - start
    copy = int8_copy(models.model, "generator")
    touch(models.model)
    touch(copy)
    with_copy = rss_mb() - start
    peak = peak_rss_mb() - start
    params = sum(p.numel() * p.element_size() for p in models.model.get_base_model().parameters())
    copy_bytes = sum(b.numel() * b.element_size() for n, b in copy.named_buffers() if "weight" in n)
    found = (one, with_adapters, with_copy, peak_fp32, peak, params / 2**20, copy_bytes / 2**20)
    print("MEM", *(f"{x:.0f}" for x in found))


def memory_lines(base: str | None, roles: tuple[str, ...]) -> list[str]:
    from esc_graph.models import resolve_base
    from tests.helpers import save_random_adapter

    with tempfile.TemporaryDirectory() as tmp:
        for i, role in enumerate(roles):  # random r=16 LoRA adapters on all linear layers, release-sized
            save_random_adapter(Path(resolve_base(base)), Path(tmp) / role, seed=i, r=16)
        args = [sys.executable, __file__, "--memory-child", tmp] + (["--base-model", base] if base else [])
        out = subprocess.run(args, capture_output=True, text=True, check=True, env={**os.environ}).stdout
    one, adapters, copy, peak_fp32, peak, params, copy_bytes = (float(x) for x in out.split("MEM")[1].split())
    return [
        f"RSS over the bare runtime, MB, every tensor read once (fresh process; {', '.join(roles)} adapters: "
        "random LoRA r=16 on all linear layers, the size of the release's):",
        f"- base model: {one:.0f} MB (parameters {params:.0f} MB)",
        f"- base + {len(roles)} adapters: {adapters:.0f} MB ({adapters / one:.2f}x one model)",
        f"- base + adapters + the generator's int8 copy: {copy:.0f} MB ({copy / one:.2f}x; int8 weights "
        f"{copy_bytes:.0f} MB)",
        f"- peak RSS (loading included): {peak_fp32:.0f} MB ({peak_fp32 / one:.2f}x) before the copy, "
        f"{peak:.0f} MB ({peak / one:.2f}x) after it",
    ]


# --- quality on ESConv test turns --------------------------------------------------------------


def quality_lines(models: Any, n: int, max_new_tokens: int, seed: int) -> list[str]:
    from esc_graph.prompts import generator_messages
    from trainers.metrics import rouge_l, tokenize
    from trainers.turns import select_turns

    turns = select_turns(None, "test", "thu-coai", limit=n, seed=seed)
    replies: dict[str, list[str]] = {"fp32": [], "int8": []}
    spent = {"fp32": 0.0, "int8": 0.0}
    for turn in turns:
        messages = generator_messages(turn.history, turn.strategy, appraisal=turn.appraisal)
        for path in replies:
            models.generation = path
            start = time.perf_counter()
            replies[path].append(
                models.generate("generator", messages, temperature=0, max_new_tokens=max_new_tokens)
            )
            spent[path] += time.perf_counter() - start
    models.generation = "fp32"
    scores = {
        path: np.array(
            [rouge_l(tokenize(t.gold.text), tokenize(r)) for t, r in zip(turns, found, strict=True)]
        )
        for path, found in replies.items()
    }
    diff = scores["int8"] - scores["fp32"]
    # Paired bootstrap over dialogues: turns of one dialogue are resampled together.
    dialogues = sorted({t.dialogue for t in turns})
    members = [np.array([i for i, t in enumerate(turns) if t.dialogue == d]) for d in dialogues]
    rng = np.random.default_rng(seed)
    means = []
    for _ in range(2000):
        rows = np.concatenate([members[j] for j in rng.integers(0, len(members), len(members))])
        means.append(diff[rows].mean())
    low, high = np.percentile(means, [2.5, 97.5])
    same = sum(a == b for a, b in zip(replies["fp32"], replies["int8"], strict=True))
    lengths = {
        p: np.mean([len(models.tokenizer(r).input_ids) for r in found]) for p, found in replies.items()
    }
    return [
        f"{len(turns)} seeded ESConv test turns (thu-coai split, seed {seed}, {len(dialogues)} dialogues), "
        f"gold strategy, greedy, up to {max_new_tokens} tokens:",
        f"- ROUGE-L fp32 {scores['fp32'].mean():.2f}, int8 {scores['int8'].mean():.2f}; int8 - fp32 "
        f"{diff.mean():+.2f}, 95% paired bootstrap interval over dialogues [{low:+.2f}, {high:+.2f}]",
        f"- identical replies: {same}/{len(turns)}; mean reply length fp32 {lengths['fp32']:.1f}, "
        f"int8 {lengths['int8']:.1f} tokens",
        f"- generation time over these turns: fp32 {spent['fp32']:.0f} s, int8 {spent['int8']:.0f} s "
        f"({spent['fp32'] / spent['int8']:.2f}x)",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-model", default=None)
    parser.add_argument(
        "--adapters", type=Path, default=None, help="an adapter set or release (default: none)"
    )
    parser.add_argument("--max-new-tokens", type=int, default=60)
    parser.add_argument("--quality-turns", type=int, default=80)
    parser.add_argument("--speed-reps", type=int, default=3)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--threads", type=int, default=1, help="torch threads for the turns (llama.cpp gets as many)"
    )
    parser.add_argument("--skip-memory", action="store_true")
    parser.add_argument("--memory-only", action="store_true", help="print the memory section only")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "bench_turn.txt")
    parser.add_argument(
        "--llama-server",
        type=Path,
        default=None,
        help="a llama-server binary to time on the base GGUF (see llama_cpp.py)",
    )
    parser.add_argument("--memory-child", help=argparse.SUPPRESS)
    args = parser.parse_args()

    import torch

    torch.set_num_threads(1 if args.memory_child else args.threads)
    if args.memory_child:
        memory_child(args.base_model, args.memory_child)
        return
    if args.memory_only:
        print(
            "\n".join(
                ["## Memory", f"at start: {load()}", *memory_lines(args.base_model, ("planner", "generator"))]
            )
        )
        return
    from esc_graph.models import load_role_models

    models = load_role_models(args.base_model, args.adapters)
    weights = f"adapters {args.adapters}" if args.adapters else "prompt-only"
    omp = f"OMP_NUM_THREADS={os.environ['OMP_NUM_THREADS']} " if "OMP_NUM_THREADS" in os.environ else ""
    report = [
        "# bench_turn: one graph turn on a CPU, before and after",
        f"command: {omp}.venv/bin/python bench/bench_turn.py {' '.join(sys.argv[1:])}",
        f"model: {models.base_name}, {weights}; torch threads {torch.get_num_threads()}, "
        f"torch {torch.__version__}",
        f"at start: {load()}",
        "",
    ]
    print("\n".join(report), flush=True)
    rows = run_conversations(models, args.max_new_tokens)
    report += [
        f"## {len(SCRIPT) - 1} scripted turns after one warm-up turn, sampled (temperature 0.7, "
        f"seed = turn), max_new_tokens {args.max_new_tokens}",
        *turn_table(rows, args.max_new_tokens),
        "before: appraiser='lm' (3 LM scoring passes), fp32 generation; after: the trained appraiser; "
        "after+int8: the same with the int8 generation copy",
        f"after the turns: {load()}",
        "",
        "## Generation speed, the generator's fp32 path against its int8 copy",
    ]
    from esc_graph.prompts import Utterance, generator_messages

    history = [Utterance("seeker", text) for text in SCRIPT]  # every seeker message of the script
    messages = generator_messages(history, "Reflection of feelings")
    if args.llama_server is None:
        report += generation_speed(models, messages, 48, args.speed_reps)
    else:
        from bench.llama_cpp import llama_server
        from esc_graph.models import default_gguf

        with llama_server(args.llama_server, default_gguf(), torch.get_num_threads()) as url:
            report += generation_speed(models, messages, 48, args.speed_reps, url)
    report += [f"after the speed runs: {load()}", ""]
    print("\n".join(report[-8:]), flush=True)
    if not args.skip_memory:
        report += ["## Memory", *memory_lines(args.base_model, ("planner", "generator")), ""]
        print("\n".join(report[-7:]), flush=True)
    if args.quality_turns > 0:
        report += [
            "## Reply quality, fp32 against int8",
            *quality_lines(models, args.quality_turns, args.max_new_tokens, args.seed),
        ]
    report += [f"at the end: {load()}"]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(report) + "\n")
    print("\n".join(report))


if __name__ == "__main__":
    main()
