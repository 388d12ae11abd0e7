"""Does the appraisal help? Two ablations on the ESConv test turns.

- ``planner``: the MiniLM + logistic regression strategy reference (``trainers.baseline``) with and
  without the appraiser's three distributions as extra features. Training turns carry out-of-fold
  appraisals, validation and test turns the packaged appraiser's (``trainers.appraisal_turns``); C is
  chosen by validation Q for each variant. Scored on every test turn: Q, accuracy, B, and ΔQ with a
  paired bootstrap interval over whole dialogues.
- ``generator``: ROUGE-L of the prompt-only SmolLM2-135M generator (gold strategy, greedy, as
  ``esc-graph eval``) with and without the appraisal line, on the same seeded test turns.

``python -m trainers.appraisal_ablation planner|generator`` writes ``bench/results/
appraisal_ablation_<which>.json``.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from esc_graph.appraisal import LABEL_SETS
from esc_graph.prompts import REPLY_TOKEN_CAP
from esc_graph.state import Appraisal
from trainers.appraisal import ROOT
from trainers.baseline import GRID, features, turn_texts
from trainers.metrics import q_difference, rouge_l, strategy_metrics, tokenize
from trainers.turns import Turn, select_turns

RESULTS = ROOT / "bench" / "results"


def appraisal_features(appraisals: Sequence[Appraisal | None]) -> np.ndarray:
    """The three distributions side by side, and a flag for a turn with no appraisal (all zeros)."""
    rows = []
    for a in appraisals:
        if a is None:
            rows.append(None)
            continue
        rows.append([*[p for f in LABEL_SETS for p in a[f"{f}_probs"].values()], 0.0])
    width = len(next(r for r in rows if r is not None))
    return np.array([r if r is not None else [0.0] * (width - 1) + [1.0] for r in rows], dtype=np.float32)


def _fit_by_valid_q(x: dict[str, np.ndarray], y: dict[str, list[str]], seed: int) -> tuple[Any, list[dict]]:
    from sklearn.linear_model import LogisticRegression

    best: tuple[float, Any] | None = None
    trials = []
    for c, weight in GRID:
        clf = LogisticRegression(C=c, class_weight=weight, max_iter=2000, random_state=seed)
        clf.fit(x["train"], y["train"])
        q = float(strategy_metrics(y["valid"], list(clf.predict(x["valid"])))["q"])
        trials.append({"C": c, "class_weight": weight, "valid_q": q})
        if best is None or q > best[0]:
            best = (q, clf)
    assert best is not None
    return best[1], trials


def planner_ablation(
    data: str | None = None,
    scheme: str = "thu-coai",
    cache: Path | None = ROOT / "runs" / "appraisal-cache",
    progress: Callable[[str], None] = lambda _m: None,
    seed: int = 0,
) -> dict[str, Any]:
    from esc_graph.encoder import MiniLM

    encoder = MiniLM()
    splits = ("train", "valid", "test")
    texts = {s: turn_texts(data, s, scheme) for s in splits}
    turns = {s: {t.id: t for t in select_turns(data, s, scheme)} for s in splits}
    base = {s: features(encoder, texts[s], cache, 64, progress) for s in splits}
    extra = {s: appraisal_features([turns[s][t.id].appraisal for t in texts[s]]) for s in splits}
    y = {s: [t.gold for t in texts[s]] for s in splits}
    found: dict[str, Any] = {}
    predictions: dict[str, list[str]] = {}
    for name, x in (
        ("without appraisal", base),
        ("with appraisal", {s: np.hstack([base[s], extra[s]]) for s in splits}),
    ):
        progress(f"planner reference {name}")
        clf, trials = _fit_by_valid_q(x, y, seed)
        predictions[name] = [str(p) for p in clf.predict(x["test"])]
        metrics = strategy_metrics(y["test"], predictions[name])
        found[name] = {
            "q": metrics["q"],
            "accuracy": metrics["accuracy"],
            "b": metrics["b"],
            "C": clf.C,
            "selection": trials,
        }
    groups = [t.dialogue for t in texts["test"]]
    delta, low, high = q_difference(
        y["test"], predictions["with appraisal"], predictions["without appraisal"], groups
    )
    return {
        "test_turns": len(y["test"]),
        "test_dialogues": len(set(groups)),
        "features": "MiniLM(last utterance) + MiniLM(one before) + last speaker"
        " [+ the appraiser's emotion, intensity and problem distributions]",
        "systems": found,
        "delta_q_with_minus_without": {"value": delta, "low": low, "high": high, "level": 0.95},
    }


def generator_ablation(
    turns_wanted: int = 150,
    data: str | None = None,
    scheme: str = "thu-coai",
    seed: int = 0,
    max_new_tokens: int = REPLY_TOKEN_CAP,
    progress: Callable[[str], None] = lambda _m: None,
) -> dict[str, Any]:
    from esc_graph.models import load_role_models
    from esc_graph.prompts import generator_messages
    from trainers.generation import generate_batch

    models = load_role_models(None)
    turns: list[Turn] = select_turns(data, "test", scheme, limit=turns_wanted, seed=seed)
    scores: dict[str, list[float]] = {}
    started = time.perf_counter()
    for name, shown in (("without appraisal", False), ("with appraisal", True)):
        messages = [
            generator_messages(t.history, t.strategy, appraisal=t.appraisal if shown else None) for t in turns
        ]
        replies = []
        for i in range(0, len(messages), 8):
            replies += generate_batch(
                models, "generator", messages[i : i + 8], max_new_tokens=max_new_tokens, temperature=0.0
            )
            progress(f"generator {name}: {len(replies)}/{len(messages)}")
        scores[name] = [
            rouge_l(tokenize(t.gold.text), tokenize(r)) for t, r in zip(turns, replies, strict=True)
        ]
    diffs = np.array(scores["with appraisal"]) - np.array(scores["without appraisal"])
    rng = np.random.default_rng(seed)
    means = [diffs[rng.integers(0, len(diffs), len(diffs))].mean() for _ in range(1000)]
    low, high = np.percentile(means, [2.5, 97.5])
    return {
        "test_turns": len(turns),
        "turns_with_an_appraisal": sum(t.appraisal is not None for t in turns),
        "model": "SmolLM2-135M-Instruct, prompt-only, gold strategy, greedy",
        "max_new_tokens": max_new_tokens,
        "seed": seed,
        "rouge_l": {name: float(np.mean(v)) for name, v in scores.items()},
        "delta_rouge_l_with_minus_without": {"value": float(diffs.mean()), "low": low, "high": high},
        "seconds": time.perf_counter() - started,
    }


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Ablations of the appraisal on the ESConv test turns.")
    parser.add_argument("which", choices=("planner", "generator"))
    parser.add_argument("--turns", type=int, default=150, help="generator: seeded test turns")
    parser.add_argument("--data", default=None)
    args = parser.parse_args(argv)
    if args.which == "planner":
        result = planner_ablation(args.data, progress=print)
        command = "python -m trainers.appraisal_ablation planner"
    else:
        result = generator_ablation(args.turns, args.data, progress=print)
        command = f"python -m trainers.appraisal_ablation generator --turns {args.turns}"
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"appraisal_ablation_{args.which}.json"
    path.write_text(json.dumps({"command": command, **result}, indent=2, default=float) + "\n")
    print(json.dumps(result, indent=2, default=float))


if __name__ == "__main__":
    main()
