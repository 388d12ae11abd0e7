"""Does the MiniLM reference's view of a turn add to the planner's strategy head?

Fits the head (``trainers.head.fit_head``, the same grid and rule as ``esc-graph head``) on three
feature sets of the same training turns and scores each on the same validation turns: the planner's
own features (from the head's feature cache of a release), the MiniLM + LR reference's features
(``trainers.baseline.features``), and both side by side; then the planner head's and the reference's
log-probabilities mixed with weights 0 to 0.5 (late fusion). Test turns are never read.

Run: ``python bench/planner_head_minilm_probe.py [--head-dir bench/results/release-cpu/head/planner]
[--out bench/results/planner_head_minilm_probe.json]``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from esc_graph.encoder import MiniLM
from trainers.baseline import features, turn_texts
from trainers.head import HeadConfig, feature_cache, fit_head
from trainers.metrics import strategy_metrics

GRID = tuple((c, None) for c in (0.001, 0.003, 0.01, 0.03, 0.1)) + ((0.01, "balanced"), (0.1, "balanced"))
FUSION_WEIGHTS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5)


def split_features(
    head_dir: Path, split: str, encoder: MiniLM, cache: Path
) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """The planner's cached features, the reference's features and the gold strategies of one split."""
    path = feature_cache(head_dir, split)  # the final layer's
    with np.load(path) as saved:
        ids, planner_x = saved["ids"].tolist(), saved["x"]
    by_id = {t.id: t for t in turn_texts(None, split, "thu-coai")}
    turns = [by_id[i] for i in ids]
    return planner_x, features(encoder, turns, cache, 64, print), [t.gold for t in turns]


def log_probs(head, x: np.ndarray) -> np.ndarray:
    logits = x @ head.weight.numpy().T + head.bias.numpy()
    logits -= logits.max(axis=1, keepdims=True)
    return logits - np.log(np.exp(logits).sum(axis=1, keepdims=True))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--head-dir", type=Path, default=Path("bench/results/release-cpu/head/planner"))
    parser.add_argument("--cache", type=Path, default=Path("runs/planner-head-minilm-cache"))
    parser.add_argument("--out", type=Path, default=Path("bench/results/planner_head_minilm_probe.json"))
    args = parser.parse_args()
    encoder = MiniLM()
    train = split_features(args.head_dir, "train", encoder, args.cache)
    valid = split_features(args.head_dir, "valid", encoder, args.cache)
    config = HeadConfig(grid=GRID)
    result: dict[str, object] = {"train_turns": len(train[2]), "valid_turns": len(valid[2]), "selection": {}}
    heads = {}
    for name, pick in (
        ("planner", lambda s: s[0]),
        ("minilm", lambda s: s[1]),
        ("planner + minilm", lambda s: np.hstack([s[0], s[1]])),
    ):
        heads[name], selection = fit_head(pick(train), train[2], pick(valid), valid[2], config)
        result["selection"][name] = selection
        best = max(selection, key=lambda row: row["valid_q"])
        print(f"{name}: best valid Q {best['valid_q']:.4f} (C={best['C']}, {best['class_weight']})")
    planner_lp = log_probs(heads["planner"], valid[0])
    minilm_lp = log_probs(heads["minilm"], valid[1])
    labels = np.array(heads["planner"].labels)
    fusion = []
    for weight in FUSION_WEIGHTS:
        pred = labels[((1 - weight) * planner_lp + weight * minilm_lp).argmax(axis=1)]
        found = strategy_metrics(valid[2], list(pred))
        fusion.append({"minilm_weight": weight, "valid_q": found["q"], "valid_b": found["b"]})
        print(f"late fusion, MiniLM weight {weight}: valid Q {found['q']:.4f}")
    result["late_fusion"] = fusion
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
