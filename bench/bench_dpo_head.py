"""DPO on CPU: TRL's fused LM head over every position vs over the completion positions only.

    OMP_NUM_THREADS=1 python bench/bench_dpo_head.py [--base-model M] [--data DIR] [--pairs 16] [--rounds 3]

Builds the DPO trainer of ``trainers.dpo`` on planner pairs from real ESConv training turns (a fresh
LoRA adapter on the base model as the SFT adapter), takes one batch and times the loss's forward and
backward with ``completion_only_head`` on and off, alternating, ``--rounds`` times each. Prints the
median CPU seconds of the process (steadier than wall time on a shared machine) and wall seconds, their
ratio and both losses (which must agree). Figures, not a timed test.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

import torch

from esc_graph.adapters import write_manifest
from esc_graph.models import resolve_base
from esc_graph.prompts import PROMPT_VERSION
from esc_graph.strategies import STRATEGY_NAMES
from trainers.dpo import DPORunConfig, make_trainer
from trainers.ipm import MineConfig, candidate_pairs, select_turns


def planner_rows(n: int, data: str | None) -> list[dict]:
    """Pairs whose rejected answer is the strategy after the gold one."""
    rows = []
    for turn in select_turns(MineConfig(data=data, max_dialogues=max(2, n // 4), max_turns=n)):
        wrong = STRATEGY_NAMES[(STRATEGY_NAMES.index(turn.strategy) + 1) % len(STRATEGY_NAMES)]
        rows.append(candidate_pairs("planner", turn, wrong))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-model", default=None)
    parser.add_argument("--data", default=None, help="ESConv folder [default: the shared one]")
    parser.add_argument("--pairs", type=int, default=16)
    parser.add_argument("--batch-size", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    work = Path(tempfile.mkdtemp())
    base = resolve_base(args.base_model)
    model = AutoModelForCausalLM.from_pretrained(base, dtype=torch.float32)
    lora = LoraConfig(r=16, lora_alpha=32, target_modules="all-linear", task_type="CAUSAL_LM")
    get_peft_model(model, lora).save_pretrained(str(work / "sft" / "planner"))
    manifest = {"role": "planner", "prompt_version": PROMPT_VERSION, "scheme": "thu-coai", "base_model": base}
    write_manifest(work / "sft" / "planner", manifest)
    cfg = DPORunConfig(
        sft=work / "sft",
        out=work / "dpo",
        base_model=str(base),
        batch_size=args.batch_size,
        grad_accum=1,
        show_progress=False,
    )
    trainer = make_trainer(cfg, planner_rows(args.pairs, args.data))
    batch = next(iter(trainer.get_train_dataloader()))
    rows, width = batch["input_ids"].shape
    completion = int(batch["completion_mask"].sum())
    print(f"{rows} rows (chosen + rejected) of {width} tokens, {completion} completion tokens in all")
    cpu: dict[bool, list[float]] = {True: [], False: []}
    wall: dict[bool, list[float]] = {True: [], False: []}
    losses: dict[bool, float] = {}
    for _ in range(args.rounds):
        for enabled in (True, False):
            cfg.completion_only_head = enabled
            started, started_cpu = time.perf_counter(), time.process_time()
            loss = trainer.compute_loss(trainer.model, dict(batch))
            loss.backward()
            cpu[enabled].append(time.process_time() - started_cpu)
            wall[enabled].append(time.perf_counter() - started)
            trainer.model.zero_grad()
            losses[enabled] = loss.item()
    for enabled, name in ((True, "completion positions only"), (False, "every position (TRL's CPU path)")):
        spent, waited = statistics.median(cpu[enabled]), statistics.median(wall[enabled])
        print(f"{name}: median {spent:.2f} CPU s ({waited:.2f} s wall), loss {losses[enabled]:.6f}")
    ratio = statistics.median(cpu[False]) / statistics.median(cpu[True])
    print(f"ratio every / completion only, CPU time: {ratio:.2f}x")


if __name__ == "__main__":
    main()
