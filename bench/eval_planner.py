"""Quick planner check: accuracy and macro-F1 on (a seeded subset of) ESConv test turns.

    python bench/eval_planner.py --adapters runs/sft-smol --turns 300

Scores the planner prompt of every turn with ``RoleModels.score`` (the runtime graph's own scorer)
and takes the most probable strategy. With ``--adapters``, the same turns are scored by the bare
base model too (adapters disabled), so before/after come from one run. The full metric suite
(weighted-F1, bias B, ...) belongs to the evaluation module; this is the SFT smoke figure.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

from sklearn.metrics import accuracy_score, f1_score

from esc_graph.models import load_role_models
from esc_graph.strategies import STRATEGY_NAMES
from trainers.data import build_examples

BASE_ROLE = "bare-base"  # no adapter has this name, so RoleModels scores it with adapters disabled


def macro_f1(gold: list[str], pred: list[str]) -> float:
    return float(f1_score(gold, pred, labels=list(STRATEGY_NAMES), average="macro", zero_division=0))


def evaluate(models, role: str, rows) -> dict:
    gold, pred = [], []
    start = time.perf_counter()
    for row in rows:
        probs = models.score(role, row["prompt"], STRATEGY_NAMES)
        pred.append(max(probs, key=probs.get))
        gold.append(row["strategy"])
    return {
        "turns": len(rows),
        "accuracy": round(accuracy_score(gold, pred), 4),
        "macro_f1": round(macro_f1(gold, pred), 4),
        "predicted": dict(Counter(pred).most_common()),
        "seconds": round(time.perf_counter() - start, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-model", default=None)
    parser.add_argument("--adapters", type=Path, default=None)
    parser.add_argument("--split", default="test")
    parser.add_argument("--scheme", default="thu-coai")
    parser.add_argument("--turns", type=int, default=300, help="seeded subset of test turns (0 = all)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--skip-base", action="store_true", help="score only the trained planner")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    limit = args.turns or None
    rows = build_examples("planner", None, args.split, args.scheme, max_examples=limit, seed=args.seed)
    models = load_role_models(args.base_model, args.adapters)
    results = {"split": args.split, "scheme": args.scheme, "seed": args.seed}
    if not args.skip_base:
        results["base"] = evaluate(models, BASE_ROLE, rows)
        print("base   ", json.dumps(results["base"]), flush=True)
    if "planner" in models.roles:
        results["sft"] = evaluate(models, "planner", rows)
        print("planner", json.dumps(results["sft"]), flush=True)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
