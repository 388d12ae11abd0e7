"""How a training run was spread over devices, for adapter manifests and the end-of-run line."""

from __future__ import annotations

from typing import Any

import torch


def runs_on_cpu() -> bool:
    """No GPU here: trainers must say so, or transformers refuses bf16 autocast."""
    return not torch.cuda.is_available() and not torch.backends.mps.is_available()


def zero_stage(accelerator: Any) -> int | None:
    """The DeepSpeed ZeRO stage of a run, or None when DeepSpeed is not in use."""
    plugin = getattr(accelerator.state, "deepspeed_plugin", None)
    return plugin.zero_stage if plugin is not None else None


def distributed_setup(accelerator: Any) -> dict[str, Any]:
    """accelerate's distributed type, the ZeRO stage under DeepSpeed, and this process's peak GPU memory."""
    kind = getattr(accelerator.distributed_type, "value", str(accelerator.distributed_type))
    peak = torch.cuda.max_memory_allocated() / 2**20 if torch.cuda.is_available() else None
    return {
        "distributed": kind,
        "zero_stage": zero_stage(accelerator),
        "peak_gpu_memory_mib": round(peak) if peak is not None else None,
    }


def describe_setup(training: dict[str, Any]) -> str:
    """One phrase, e.g. "DEEPSPEED (ZeRO-2), 1 process(es), peak GPU memory 2345 MiB"."""
    text = str(training.get("distributed", "?"))
    if training.get("zero_stage") is not None:
        text += f" (ZeRO-{training['zero_stage']})"
    text += f", {training.get('processes', 1)} process(es)"
    if training.get("peak_gpu_memory_mib") is not None:
        text += f", peak GPU memory {training['peak_gpu_memory_mib']} MiB"
    return text
