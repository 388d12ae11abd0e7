"""A linear classification head over the planner adapter's own features, stored beside the adapter.

Scoring the 8 strategy names lets a small model spread its probability over a few favourites only. The
head reads what the planner already computes in its one scoring pass, the hidden state at the last
prompt token (after the head's ``layer``, the final one by default) and the 8 label log-probabilities,
and maps them to the 8 strategies with weights fitted on training turns (``esc-graph head``).
When an adapter folder holds a head, ``RoleModels.score`` returns the head's distribution for exactly
those labels; every other call is unchanged.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import torch

HEAD_FILE = "strategy_head.safetensors"


@dataclass(frozen=True)
class LinearHead:
    labels: tuple[str, ...]
    weight: torch.Tensor  # (labels, features)
    bias: torch.Tensor  # (labels,)
    # Which hidden state it reads: an index into the model's ``hidden_states`` (0: the embeddings,
    # N: after N decoder layers); None: the final one, after the last norm.
    layer: int | None = None

    def probabilities(self, features: torch.Tensor) -> dict[str, float]:
        logits = self.weight @ features.to(self.weight.dtype) + self.bias
        return dict(zip(self.labels, torch.softmax(logits, dim=0).tolist(), strict=True))

    @property
    def width(self) -> int:
        """How many features the head reads."""
        return int(self.weight.shape[1])


def save_head(adapter_dir: Path, head: LinearHead) -> Path:
    from safetensors.torch import save_file

    path = Path(adapter_dir) / HEAD_FILE
    tensors = {"weight": head.weight.float().contiguous(), "bias": head.bias.float().contiguous()}
    metadata = {"labels": json.dumps(list(head.labels))}
    if head.layer is not None:
        metadata["layer"] = str(head.layer)
    save_file(tensors, str(path), metadata=metadata)
    return path


def load_head(adapter_dir: Path) -> LinearHead | None:
    """The head stored in ``adapter_dir``, or None when it has none."""
    from safetensors import SafetensorError, safe_open

    path = Path(adapter_dir) / HEAD_FILE
    if not path.is_file():
        return None
    try:
        with safe_open(str(path), framework="pt") as fh:
            metadata = fh.metadata() or {}
            labels = tuple(json.loads(metadata["labels"]))
            layer = int(metadata["layer"]) if "layer" in metadata else None
            weight, bias = fh.get_tensor("weight"), fh.get_tensor("bias")
    except (KeyError, ValueError, OSError, SafetensorError) as exc:
        raise ValueError(f"{path}: not a strategy head ({exc})") from None
    if weight.shape != (len(labels), weight.shape[1]) or bias.shape != (len(labels),):
        raise ValueError(f"{path}: weight {tuple(weight.shape)} and bias {tuple(bias.shape)} disagree")
    if layer is not None and layer < 0:
        raise ValueError(f"{path}: layer {layer} is not a hidden state index")
    return LinearHead(labels, weight, bias, layer)
