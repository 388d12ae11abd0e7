"""TRL's config of a training run (``trl.SFTConfig`` or ``trl.DPOConfig``), built in one place.

A run config (:class:`trainers.sft.SFTRunConfig`, :class:`trainers.dpo.DPORunConfig`) holds the
project's own choices under short names. A setting it leaves at ``None`` is not passed, so TRL (or
transformers) keeps its own default. ``extra`` passes further fields of the TRL config through by their
TRL names; a name the TRL config does not have, or one a run-config field already sets, is refused.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from trainers.run_info import runs_on_cpu

# Run-config field -> the TRL config field it sets (the same for SFT and DPO).
TRL_FIELDS = {
    "epochs": "num_train_epochs",
    "max_steps": "max_steps",
    "batch_size": "per_device_train_batch_size",
    "grad_accum": "gradient_accumulation_steps",
    "learning_rate": "learning_rate",
    "warmup": "warmup_steps",
    "max_length": "max_length",
    "bf16": "bf16",
    "logging_steps": "logging_steps",
    "save_steps": "save_steps",
    "save_total_limit": "save_total_limit",
    "seed": "seed",
}


def trl_settings(config_class: type, run: Any, checkpoint_dir: Path, **fixed: Any) -> dict[str, Any]:
    """The keyword arguments for ``config_class``: the run's set fields, ``fixed`` (what the trainer
    module decides), where checkpoints go, the device, the progress bar, and ``run.extra``."""
    settings = {
        trl: value for ours, trl in TRL_FIELDS.items() if (value := getattr(run, ours, None)) is not None
    }
    settings.update(fixed)
    settings.update(output_dir=str(checkpoint_dir), use_cpu=runs_on_cpu(), disable_tqdm=not run.show_progress)
    known = {f.name for f in dataclasses.fields(config_class)}
    unknown = sorted(set(settings) - known)
    if unknown:  # a renamed TRL field must fail here, not be dropped
        raise ValueError(f"{config_class.__name__} has no field {', '.join(unknown)}")
    extra = dict(run.extra)
    bad = sorted(set(extra) - known)
    if bad:
        raise ValueError(f"extra: {config_class.__name__} has no field {', '.join(bad)}")
    ours = {trl: name for name, trl in TRL_FIELDS.items()}
    taken = sorted(set(extra) & set(settings))
    if taken:
        names = ", ".join(f"{k} (set {ours[k]!r})" if k in ours else k for k in taken)
        raise ValueError(f"extra: {names} is already set by the run config")
    return {**settings, **extra}


def jsonable(settings: dict[str, Any]) -> dict[str, Any]:
    """``settings`` for a manifest: paths and other objects as strings."""
    plain = (str, int, float, bool, type(None), list, dict)
    return {k: v if isinstance(v, plain) else str(v) for k, v in settings.items()}
