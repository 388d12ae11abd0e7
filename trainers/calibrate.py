"""Measure the planner's label prior on held-out turns and store it in the adapter's manifest.

The prior is the planner's mean strategy distribution over a seeded subset of the validation split.
With ``strength="auto"`` the exponent of the correction (``esc_graph.calibration.corrected``) is the
one on a small grid that gives the highest macro-F1 on those same validation turns; the test split is
never looked at.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from esc_graph.adapters import AdapterError, read_manifest, write_manifest
from esc_graph.calibration import PRIOR_KEY, corrected, mean_distribution, prior_entry
from esc_graph.prompts import planner_messages
from esc_graph.strategies import STRATEGY_NAMES
from trainers.evaluate import EvalConfig, select_turns
from trainers.metrics import strategy_metrics

if TYPE_CHECKING:
    from esc_graph.models import RoleModels

STRENGTH_GRID = (0.0, 0.25, 0.5, 0.75, 1.0, 1.25, 1.5)
Progress = Callable[[int, int], None]


@dataclass
class CalibrateConfig:
    split: str = "valid"
    scheme: str = "thu-coai"
    data: str | None = None
    turns: int | None = 300
    seed: int = 0
    strength: float | None = None  # None: pick from STRENGTH_GRID by validation macro-F1


def raw_distributions(
    models: RoleModels, config: CalibrateConfig, progress: Progress | None = None
) -> tuple[list[str], list[dict[str, float]]]:
    """Gold strategies and the planner's uncorrected distributions on the selected turns."""
    turns = select_turns(
        EvalConfig(
            split=config.split,
            scheme=config.scheme,
            data=config.data,
            limit=config.turns,
            replies=0,
            seed=config.seed,
        )
    )
    gold, dists = [], []
    for done, turn in enumerate(turns, 1):
        messages = planner_messages(turn.history)
        dists.append(models.score("planner", messages, STRATEGY_NAMES, calibrated=False))
        gold.append(turn.gold.strategy)
        if progress:
            progress(done, len(turns))
    return gold, dists


def best_strength(
    gold: Sequence[str], dists: Sequence[dict[str, float]], prior: dict[str, float]
) -> tuple[float, dict[float, dict[str, Any]]]:
    """The grid strength with the highest macro-F1 (ties: the weaker one), and every grid point's scores."""
    scores: dict[float, dict[str, Any]] = {}
    for strength in STRENGTH_GRID:
        preds = [_argmax(corrected(d, prior, strength)) for d in dists]
        found = strategy_metrics(list(gold), preds)
        scores[strength] = {"q": found["q"], "accuracy": found["accuracy"], "b": found["b"]}
    best = max(STRENGTH_GRID, key=lambda s: (round(scores[s]["q"], 6), -s))
    return best, scores


def _argmax(probs: dict[str, float]) -> str:
    return max(probs, key=probs.__getitem__)


def calibrate(
    models: RoleModels, adapters_dir: Path, config: CalibrateConfig, progress: Progress | None = None
) -> dict[str, Any]:
    """Measure the prior, pick the strength, write both into ``adapters_dir/planner``'s manifest."""
    if "planner" not in models.roles:
        raise AdapterError(f"{adapters_dir}: no planner adapter to calibrate")
    gold, dists = raw_distributions(models, config, progress)
    prior = mean_distribution(dists)
    grid_best, grid = best_strength(gold, dists, prior)
    strength = grid_best if config.strength is None else config.strength
    source = {"split": config.split, "scheme": config.scheme, "turns": len(gold), "seed": config.seed}
    entry = prior_entry(prior, strength, source)
    entry["validation"] = {str(k): v for k, v in grid.items()}
    planner_dir = Path(adapters_dir) / "planner"
    manifest = read_manifest(planner_dir)
    manifest[PRIOR_KEY] = entry
    write_manifest(planner_dir, manifest)
    models.manifests["planner"] = manifest
    return entry
