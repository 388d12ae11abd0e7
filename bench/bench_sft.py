"""SFT throughput, stock TRL vs the fast path, measured in one run on the same examples.

    python bench/bench_sft.py --role planner --steps 12 --variants stock fast fast-bf16

Prints examples/s and tokens/s per variant (first ``--warmup`` steps excluded) and the extrapolated
time for one epoch over all ESConv training turns of the role. Figures, not a timed test: on a
shared 2-core machine they are noisy, which is why the variants run back to back in one process.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import torch
from transformers import TrainerCallback

from esc_graph.prompts import PLANNER_SYSTEM
from trainers.data import build_examples, statistics, subsample
from trainers.sft import SFTRunConfig, load_model, make_trainer

VARIANTS = {
    # SFTTrainer defaults: gradient checkpointing, output layer everywhere, right padding, random batches
    "stock": {"fast": False, "bf16": False},
    # + trailing-window loss, length-grouped left-padded batches, no checkpointing
    "fast": {"fast": True, "share_prefix": False, "bf16": False},
    # + the batch's shared prompt prefix run once
    "fast-prefix": {"fast": True, "share_prefix": True, "bf16": False},
    # + bfloat16 autocast (the default of `esc-graph train sft`)
    "fast-prefix-bf16": {"fast": True, "share_prefix": True, "bf16": True},
    # + LoRA on the top half of the layers only (an option, not the default: backward stops there)
    "fast-prefix-bf16-top15": {"fast": True, "share_prefix": True, "bf16": True, "lora_layers": 15},
    "fast-prefix-bf16-top8": {"fast": True, "share_prefix": True, "bf16": True, "lora_layers": 8},
    "fast-prefix-bf16-top4": {"fast": True, "share_prefix": True, "bf16": True, "lora_layers": 4},
}


class StepClock(TrainerCallback):
    def __init__(self) -> None:
        self.marks: list[tuple[float, float, int]] = []
        self.trainer = None

    def on_step_end(self, args, state, control, **kwargs):
        self.marks.append((time.perf_counter(), time.process_time(), self.trainer._total_train_tokens))


def run_variant(name: str, rows, args) -> dict:
    cfg = SFTRunConfig(
        role=args.role,
        base_model=args.base_model,
        out=Path(args.out) / name,
        batch_size=args.batch_size,
        grad_accum=1,
        max_steps=args.warmup + args.steps,
        save_steps=10_000,
        logging_steps=10_000,
        show_progress=False,
        **VARIANTS[name],
    )
    model, tokenizer, _ = load_model(args.base_model)
    trainer = make_trainer(cfg, rows, model, tokenizer)
    clock = StepClock()
    clock.trainer = trainer
    trainer.add_callback(clock)
    start = time.perf_counter()
    trainer.train()
    (t0, c0, tok0), (t1, c1, tok1) = clock.marks[args.warmup - 1], clock.marks[-1]
    seconds, cpu = t1 - t0, c1 - c0
    examples = args.steps * args.batch_size
    # On a shared machine wall time mostly measures the neighbours; CPU seconds of this process
    # divided by its thread count estimates the wall time the same work takes on idle cores.
    idle = cpu / torch.get_num_threads()
    result = {
        "variant": name,
        "steps_timed": args.steps,
        "s_per_step": round(seconds / args.steps, 2),
        "examples_per_s": round(examples / seconds, 3),
        "tokens_per_s": round((tok1 - tok0) / seconds, 1),
        "cpu_s_per_step": round(cpu / args.steps, 2),
        "idle_examples_per_s": round(examples / idle, 3),
        "idle_tokens_per_s": round((tok1 - tok0) / idle, 1),
        "total_wall_s": round(time.perf_counter() - start, 1),
    }
    print(json.dumps(result), flush=True)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--role", default="planner")
    parser.add_argument("--base-model", default=None)
    parser.add_argument("--steps", type=int, default=12)
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=4)
    parser.add_argument("--pool", type=int, default=800, help="training examples sampled from")
    parser.add_argument("--variants", nargs="+", default=list(VARIANTS), choices=list(VARIANTS))
    parser.add_argument("--out", default="runs/bench_sft")
    parser.add_argument("--json", default=None, help="also write the results here")
    args = parser.parse_args()
    epoch_rows = build_examples(args.role)
    epoch_examples = len(epoch_rows)
    rows = build_examples(args.role, max_examples=args.pool, seed=1)
    _, tokenizer, _ = load_model(args.base_model)
    system_tokens = len(tokenizer(PLANNER_SYSTEM).input_ids)
    # Batches are grouped by length in the fast variants, so the timed steps see other lengths than
    # the stock ones: extrapolate an epoch from tokens/s and the epoch's token count, not from ex/s.
    sample = statistics(subsample(epoch_rows, 1000, seed=2), tokenizer)
    tokens_per_example = sample["prompt_tokens"]["mean"] + sample["completion_tokens"]["mean"]
    epoch_tokens = tokens_per_example * epoch_examples
    print(
        f"{args.role}: {epoch_examples} training turns, ~{tokens_per_example:.0f} tokens each "
        f"(~{epoch_tokens / 1e6:.2f} M per epoch); pool {len(rows)}; batch {args.batch_size}; "
        f"torch threads {torch.get_num_threads()}; planner system prompt {system_tokens} tokens",
        flush=True,
    )
    results = [run_variant(name, rows, args) for name in args.variants]
    for r in results:
        hours = epoch_tokens / r["tokens_per_s"] / 3600
        idle_hours = epoch_tokens / r["idle_tokens_per_s"] / 3600
        r["epoch_hours_extrapolated"] = round(hours, 2)
        r["idle_epoch_hours_extrapolated"] = round(idle_hours, 2)
        r["idle_examples_per_s_at_mean_length"] = round(r["idle_tokens_per_s"] / tokens_per_example, 3)
        print(
            f"{r['variant']:>16}: wall {r['tokens_per_s']:.0f} tok/s (epoch ≈ {hours:.2f} h); from CPU time "
            f"{r['idle_tokens_per_s']:.0f} tok/s ≈ {r['idle_examples_per_s_at_mean_length']:.2f} ex/s "
            f"(epoch ≈ {idle_hours:.2f} h on 2 idle cores)"
        )
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        summary = {"role": args.role, "epoch_examples": epoch_examples, "epoch_tokens": round(epoch_tokens)}
        Path(args.json).write_text(json.dumps({**summary, "results": results}, indent=2) + "\n")


if __name__ == "__main__":
    main()
