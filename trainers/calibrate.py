"""Fit the planner's strategy correction on held-out turns and store it in the adapter's manifest.

A small planner's average probabilities are close to ESConv's strategy frequencies, yet its argmax falls
on the same few strategies for most turns: that is the preference bias B. The correction is one log-bias
per strategy, fitted on a seeded subset of the validation split so that the corrected argmax picks each
strategy about as often as the target: the gold frequencies of those turns (``balance=0``, the lowest B),
uniform (``balance=1``, which favours macro-F1), or a mix. It is stored as a prior to divide by
(``esc_graph.calibration``). The test split is never looked at, and the adapters folder the planner
was loaded from is never changed: the CLI copies it and the prior goes into the copy's manifest.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import torch

from esc_graph.adapters import AdapterError, check_scheme, read_manifest, write_manifest
from esc_graph.calibration import PRIOR_KEY, corrected, prior_entry
from esc_graph.prompts import planner_messages
from esc_graph.strategies import STRATEGY_NAMES
from trainers.metrics import strategy_metrics
from trainers.turns import select_turns

if TYPE_CHECKING:
    from esc_graph.models import RoleModels

FIT_SWEEPS = 300
Progress = Callable[[int, int], None]


@dataclass
class CalibrateConfig:
    split: str = "valid"
    scheme: str = "thu-coai"
    data: str | None = None
    turns: int | None = 300
    seed: int = 0
    balance: float = 0.0  # target frequencies: 0 = the turns' gold ones, 1 = uniform

    def check(self) -> None:
        if not 0.0 <= self.balance <= 1.0:
            raise ValueError(f"balance must be between 0 and 1, not {self.balance}")


def raw_distributions(
    models: RoleModels,
    config: CalibrateConfig,
    progress: Progress | None = None,
    planner_dir: Path | None = None,
) -> tuple[list[str], list[dict[str, float]]]:
    """Gold strategies and the planner's uncorrected distributions on the selected turns.

    With a strategy head, turns whose features ``esc-graph head`` cached in ``planner_dir`` for these
    adapter weights are scored from the cache: the same numbers without a forward pass.
    """
    from trainers.head import cached_features, feature_cache

    turns = select_turns(config.data, config.split, config.scheme, limit=config.turns, seed=config.seed)
    head = models.heads.get("planner")
    if head is not None and head.labels == STRATEGY_NAMES and planner_dir is not None:
        cached = cached_features(feature_cache(planner_dir, config.split, head.layer))
    else:
        cached = {}
    gold, dists = [], []
    for done, turn in enumerate(turns, 1):
        if head is not None and turn.id in cached:
            dists.append(head.probabilities(torch.from_numpy(cached[turn.id])))
        else:
            messages = planner_messages(turn.history, turn.appraisal)
            dists.append(models.score("planner", messages, STRATEGY_NAMES, calibrated=False))
        gold.append(turn.strategy)
        if progress:
            progress(done, len(turns))
    return gold, dists


def target_counts(gold: Sequence[str], balance: float) -> dict[str, float]:
    counts = Counter(gold)
    return {s: (1 - balance) * counts[s] + balance * len(gold) / len(STRATEGY_NAMES) for s in STRATEGY_NAMES}


def fit_log_bias(
    dists: Sequence[dict[str, float]], target: dict[str, float], sweeps: int = FIT_SWEEPS
) -> dict[str, float]:
    """Per-label log-biases whose corrected argmax counts approach ``target`` (a damped fixed point)."""
    logs = [{s: math.log(max(d[s], 1e-12)) for s in STRATEGY_NAMES} for d in dists]
    bias = dict.fromkeys(STRATEGY_NAMES, 0.0)
    for sweep in range(sweeps):
        counts = Counter(max(STRATEGY_NAMES, key=lambda s, row=row: row[s] + bias[s]) for row in logs)
        step = 0.5 / (1 + sweep / 30)
        for s in STRATEGY_NAMES:
            bias[s] += step * (math.log(target[s] + 0.5) - math.log(counts[s] + 0.5))
    return bias


def _scores(gold: Sequence[str], dists: Sequence[dict[str, float]]) -> dict[str, Any]:
    found = strategy_metrics(list(gold), [max(d, key=d.__getitem__) for d in dists])
    return {"q": found["q"], "accuracy": found["accuracy"], "b": found["b"]}


def calibrate(
    models: RoleModels, out_dir: Path, config: CalibrateConfig, progress: Progress | None = None
) -> dict[str, Any]:
    """Fit the correction and write it into ``out_dir/planner``'s manifest (a copy of the adapters the
    models were loaded from, see ``esc_graph.adapters.copy_adapters``); return the entry."""
    config.check()
    if "planner" not in models.roles:
        raise AdapterError(f"{out_dir}: no planner adapter to calibrate")
    check_scheme({"planner": models.manifests["planner"]}, config.scheme)
    gold, dists = raw_distributions(models, config, progress, Path(out_dir) / "planner")
    bias = fit_log_bias(dists, target_counts(gold, config.balance))
    total = sum(math.exp(-b) for b in bias.values())
    prior = {s: math.exp(-b) / total for s, b in bias.items()}  # dividing by it adds the bias
    source = {"split": config.split, "scheme": config.scheme, "turns": len(gold), "seed": config.seed}
    entry = prior_entry(prior, 1.0, source)
    entry["balance"] = config.balance
    entry["validation"] = {
        "raw": _scores(gold, dists),
        "corrected (fitted on these turns)": _scores(gold, [corrected(d, prior) for d in dists]),
    }
    planner_dir = Path(out_dir) / "planner"
    manifest = read_manifest(planner_dir)
    manifest[PRIOR_KEY] = entry
    write_manifest(planner_dir, manifest)
    models.manifests["planner"] = manifest
    return entry
