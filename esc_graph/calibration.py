"""Prior correction of a label distribution, with the prior stored in the adapter's manifest.

A small model fine-tuned on ESConv's imbalanced strategies predicts its favourite few for almost every
turn (a high preference bias B). Dividing each label's probability by a per-label prior and renormalising
shifts the argmax away from the favourites while keeping the model's ranking of each turn's evidence.
``esc-graph calibrate`` fits the prior on validation turns; ``RoleModels.score`` applies it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

PRIOR_KEY = "label_prior"


def corrected(
    probs: Mapping[str, float], prior: Mapping[str, float], strength: float = 1.0
) -> dict[str, float]:
    """``p(label) / prior(label)**strength``, renormalised; strength 0 leaves ``probs`` unchanged."""
    floor = 1e-9  # a label the model never predicts must not divide by zero
    raw = {label: p / max(prior[label], floor) ** strength for label, p in probs.items()}
    total = sum(raw.values())
    return {label: value / total for label, value in raw.items()}


def manifest_prior(
    manifest: Mapping[str, Any], labels: Sequence[str]
) -> tuple[dict[str, float], float] | None:
    """The stored prior and strength when the manifest holds one for exactly these labels."""
    entry = manifest.get(PRIOR_KEY)
    if not entry or list(entry.get("labels", [])) != list(labels):
        return None
    return dict(zip(entry["labels"], entry["probs"], strict=True)), float(entry.get("strength", 1.0))


def prior_entry(prior: Mapping[str, float], strength: float, source: Mapping[str, Any]) -> dict[str, Any]:
    """The manifest entry for a prior measured on ``source`` (split, turns, seed)."""
    return {
        "labels": list(prior),
        "probs": [round(p, 6) for p in prior.values()],
        "strength": strength,
        "source": dict(source),
    }
