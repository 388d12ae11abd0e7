"""Which path generates replies: the ``generation`` setting, read without loading torch.

``"int8"`` generates on a per-role int8 copy (esc_graph.fast_generation), ``"fp32"`` on the model itself,
and ``"auto"`` (the default) picks int8 on CPUs whose torch has the int8 weight-only kernel, fp32 elsewhere.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from transformers import PreTrainedModel

GENERATION_ENV = "ESC_GRAPH_GENERATION"
GENERATION_MODES = ("auto", "fp32", "int8")


def resolve_generation(value: str | None = None) -> str:
    """The generation setting: ``value``, else ``$ESC_GRAPH_GENERATION``, else ``"auto"``; checked."""
    chosen = value if value is not None else os.environ.get(GENERATION_ENV) or "auto"
    if chosen not in GENERATION_MODES:
        source = "generation" if value is not None else f"${GENERATION_ENV}"
        raise ValueError(f"{source} must be one of {', '.join(GENERATION_MODES)}, not {chosen!r}")
    return chosen


def generation_path(setting: str, model: PreTrainedModel) -> str:
    """What ``setting`` means for ``model``: ``"int8"`` or ``"fp32"``."""
    import torch

    chosen = resolve_generation(setting)
    if chosen != "auto":
        return chosen
    on_cpu = model.device.type == "cpu" and model.dtype == torch.float32
    return "int8" if on_cpu and hasattr(torch, "_weight_int8pack_mm") else "fp32"
