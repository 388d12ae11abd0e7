"""SFT throughput of real `esc-graph train sft` runs under `accelerate launch`, one per LoRA depth.

    OMP_NUM_THREADS=1 python bench/bench_sft_processes.py --processes 2 --lora-layers 15 8 4

Each run trains the planner on the same seeded examples with one thread per process and reads its
figures from the adapter manifest (examples/s and tokens/s over the training loop). It prints them and
the time one epoch over all of the role's training turns would take at that rate. Figures, not a
timed test; run it on an otherwise idle machine.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

from trainers.data import build_examples


def run(args: argparse.Namespace, layers: int) -> dict:
    out = Path(args.out) / f"top{layers}"
    launcher = Path(sys.executable).with_name("accelerate")
    cmd = [str(launcher), "launch", "--multi_gpu", "--num_processes"]
    cmd += [str(args.processes), "-m", "esc_graph.cli", "train", "sft", "--role", args.role]
    cmd += ["--max-examples", str(args.examples), "--out", str(out), "--seed", "0"]
    cmd += ["--lora-layers", str(layers)] if layers else []
    env = {**os.environ, "OMP_NUM_THREADS": os.environ.get("OMP_NUM_THREADS", "1")}
    done = subprocess.run(cmd, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"lora-layers {layers}: training failed\n{done.stderr[-3000:]}")
    training = json.loads((out / args.role / "esc_manifest.json").read_text())["training"]
    return {
        "lora_layers": layers or "all",
        "processes": training["processes"],
        "examples_per_s": training["examples_per_second"],
        "tokens_per_s": training["tokens_per_second"],
        "wall_s": training["wall_seconds"],
        "train_loss": round(training["train_loss"], 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--role", default="planner")
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--examples", type=int, default=640, help="seeded training examples per run")
    parser.add_argument("--lora-layers", type=int, nargs="+", default=[15, 8, 4], help="0: every layer")
    parser.add_argument("--out", default="runs/bench_sft_processes")
    parser.add_argument("--json", default=None, help="also write the results here")
    args = parser.parse_args()
    epoch_examples = len(build_examples(args.role))
    print(f"{args.role}: {epoch_examples} training turns per epoch; {args.processes} processes", flush=True)
    results = []
    for layers in args.lora_layers:
        found = run(args, layers)
        found["epoch_minutes"] = round(epoch_examples / found["examples_per_s"] / 60, 1)
        results.append(found)
        print(
            f"LoRA on {found['lora_layers']!s:>3} layers: {found['examples_per_s']:.2f} ex/s, "
            f"{found['tokens_per_s']:.0f} tok/s, train loss {found['train_loss']}, "
            f"epoch ≈ {found['epoch_minutes']} min",
            flush=True,
        )
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        summary = {"role": args.role, "epoch_examples": epoch_examples, "examples": args.examples}
        Path(args.json).write_text(json.dumps({**summary, "results": results}, indent=2) + "\n")


if __name__ == "__main__":
    main()
