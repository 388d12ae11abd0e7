"""Fit the planner's strategy head (``esc_graph.strategy_head``) on training turns.

The features are read under the planner adapter itself, so the head learns from what fine-tuning put
into the adapter: the last prompt token's hidden state after ``HeadConfig.layer`` (the final one by
default; a middle layer can be read better, see ``bench/planner_head_layer_probe.py``) and the 8 name
log-probabilities. It is multinomial logistic regression on standardised features (the standardisation
is folded into the stored weights); C is chosen by macro-F1 on a seeded subset of validation turns.
Features are cached per turn in ``adapters/planner/head-features-<split>-<adapter digest>[-layer<N>].npz``,
so a rerun with more turns computes only the new ones. The test split is never looked at.

Writing a head removes a stored prior (``esc-graph calibrate``): it was fitted to the label scores the
head replaces. Calibrate again afterwards to correct the head's own distribution.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import torch

from esc_graph.adapters import AdapterError, adapter_digest, check_scheme, read_manifest, write_manifest
from esc_graph.calibration import PRIOR_KEY
from esc_graph.prompts import planner_messages
from esc_graph.strategies import STRATEGY_NAMES
from esc_graph.strategy_head import LinearHead, save_head
from trainers.metrics import strategy_metrics
from trainers.turns import select_turns

if TYPE_CHECKING:
    from esc_graph.models import RoleModels

HEAD_KEY = "strategy_head"
Progress = Callable[[str, int, int], None]


@dataclass
class HeadConfig:
    train_turns: int | None = 5000  # seeded subset of the training split (None: all 12,759)
    valid_turns: int | None = 300
    scheme: str = "thu-coai"
    data: str | None = None
    seed: int = 0
    layer: int | None = None  # the hidden state the head reads: after this many decoder layers; None: final
    # (C, class_weight) candidates: inverse regularisation strength, and None or "balanced" weights. It
    # reaches down to 0.001 because the release's layer-18 head scores best below C 0.01 on validation.
    grid: tuple[tuple[float, str | None], ...] = tuple(
        (c, weight) for weight in (None, "balanced") for c in (0.001, 0.003, 0.01, 0.1, 1.0)
    )


def turn_features(
    models: RoleModels,
    split: str,
    config: HeadConfig,
    limit: int | None,
    cache: Path,
    progress: Progress | None,
) -> tuple[np.ndarray, list[str]]:
    """Features and gold strategies of a seeded subset of ``split``'s supporter turns."""
    turns = select_turns(config.data, split, config.scheme, limit=limit, seed=config.seed)
    stored = cached_features(cache)
    missing = [t for t in turns if t.id not in stored]
    for done, turn in enumerate(missing, 1):
        messages = planner_messages(turn.history, turn.appraisal)
        found = models.features("planner", messages, STRATEGY_NAMES, layer=config.layer)
        stored[turn.id] = found.numpy()
        if progress:
            progress(split, done, len(missing))
        if done % 200 == 0 or done == len(missing):
            ids = sorted(stored)
            np.savez(cache, ids=np.array(ids), x=np.stack([stored[i] for i in ids]))
    x = np.stack([stored[t.id] for t in turns]) if turns else np.zeros((0, 0), dtype=np.float32)
    return x, [t.strategy for t in turns]


def fold_standardisation(
    weight: np.ndarray, bias: np.ndarray, mean: np.ndarray, scale: np.ndarray
) -> LinearHead:
    """The head on raw features equal to ``weight @ ((x - mean) / scale) + bias``."""
    folded = weight / scale
    return LinearHead(
        STRATEGY_NAMES,
        torch.tensor(folded, dtype=torch.float32),
        torch.tensor(bias - folded @ mean, dtype=torch.float32),
    )


def fit_head(
    x_train: np.ndarray,
    y_train: Sequence[str],
    x_valid: np.ndarray,
    y_valid: Sequence[str],
    config: HeadConfig,
) -> tuple[LinearHead, list[dict[str, float]]]:
    """Logistic regression for each grid entry; the one with the best validation macro-F1."""
    from sklearn.linear_model import LogisticRegression

    if len(set(y_train)) < 2:
        raise ValueError("the training turns hold fewer than two strategies; use more --train-turns")
    mean = x_train.mean(axis=0)
    scale = x_train.std(axis=0) + 1e-6
    selection, best = [], None
    for c, weight in config.grid:
        clf = LogisticRegression(C=c, class_weight=weight, max_iter=3000, random_state=config.seed)
        clf.fit((x_train - mean) / scale, list(y_train))
        found = strategy_metrics(list(y_valid), list(clf.predict((x_valid - mean) / scale)))
        selection.append(
            {
                "class_weight": weight,
                "C": c,
                "valid_q": found["q"],
                "valid_accuracy": found["accuracy"],
                "valid_b": found["b"],
            }
        )
        if best is None or found["q"] > best[0]:
            best = (found["q"], clf)
    assert best is not None
    clf = best[1]
    # scikit-learn orders classes alphabetically and may miss a strategy absent from the sample.
    weight = np.zeros((len(STRATEGY_NAMES), x_train.shape[1]))
    bias = np.full(len(STRATEGY_NAMES), -30.0)
    for row, label in enumerate(clf.classes_):
        index = STRATEGY_NAMES.index(label)
        weight[index] = clf.coef_[row] if len(clf.classes_) > 2 else (1 if row else -1) * clf.coef_[0] / 2
        bias[index] = (
            clf.intercept_[row] if len(clf.classes_) > 2 else (1 if row else -1) * clf.intercept_[0] / 2
        )
    return fold_standardisation(weight, bias, mean, scale), selection


FEATURE_CACHES = "head-features-*.npz"  # a working file of the head's fit, never shipped


def feature_cache(planner_dir: Path, split: str, layer: int | None = None) -> Path:
    """Where the head's features of ``split`` (read after ``layer``) are cached for this planner
    adapter's weights."""
    digest = adapter_digest(Path(planner_dir) / "adapter_model.safetensors")
    suffix = "" if layer is None else f"-layer{layer}"
    return Path(planner_dir) / FEATURE_CACHES.replace("*", f"{split}-{digest}{suffix}")


def cached_features(cache: Path) -> dict[str, np.ndarray]:
    """Turn id → features from a head feature cache (empty when there is none)."""
    if not cache.is_file():
        return {}
    with np.load(cache) as saved:
        return dict(zip(saved["ids"].tolist(), saved["x"], strict=True))


def train_head(
    models: RoleModels, adapters_dir: Path, config: HeadConfig, progress: Progress | None = None
) -> dict[str, Any]:
    """Fit the head, save it in ``adapters_dir/planner`` and attach it to ``models``; return its entry."""
    if "planner" not in models.roles:
        raise AdapterError(f"{adapters_dir}: no planner adapter to fit a head on")
    planner_dir = Path(adapters_dir) / "planner"
    models.set_head("planner", None)  # features come from the adapter, never from an older head
    check_scheme({"planner": models.manifests["planner"]}, config.scheme)
    layers = models.model.config.num_hidden_layers
    if config.layer is not None and not 0 <= config.layer <= layers:
        raise ValueError(f"layer {config.layer}: the base model has hidden states 0 to {layers}")
    caches = {split: feature_cache(planner_dir, split, config.layer) for split in ("train", "valid")}
    x_train, y_train = turn_features(models, "train", config, config.train_turns, caches["train"], progress)
    x_valid, y_valid = turn_features(models, "valid", config, config.valid_turns, caches["valid"], progress)
    head, selection = fit_head(x_train, y_train, x_valid, y_valid, config)
    head = replace(head, layer=config.layer)
    save_head(planner_dir, head)
    manifest = read_manifest(planner_dir)
    manifest.pop(PRIOR_KEY, None)
    chosen = max(selection, key=lambda row: row["valid_q"])
    read = "the final layer" if config.layer is None else f"layer {config.layer}"
    manifest[HEAD_KEY] = {
        "features": f"hidden state after {read} at the last prompt token + the 8 strategy-name log-probs",
        "layer": config.layer,
        "train_turns": len(y_train),
        "valid_turns": len(y_valid),
        "scheme": config.scheme,
        "seed": config.seed,
        "C": chosen["C"],
        "class_weight": chosen["class_weight"],
        "selection": selection,
    }
    write_manifest(planner_dir, manifest)
    models.manifests["planner"] = manifest
    models.set_head("planner", head)
    return manifest[HEAD_KEY]
