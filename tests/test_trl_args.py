"""TRL's config classes built from the run configs: the project's settings reach TRL, the rest stay TRL's."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from trl import DPOConfig, SFTConfig

from trainers.dpo import DPORunConfig, dpo_args, dpo_settings
from trainers.sft import SFTRunConfig, sft_args, sft_settings
from trainers.trl_args import TRL_FIELDS


def trl_default(config_class: type, name: str):
    found = next(f for f in dataclasses.fields(config_class) if f.name == name)
    return found.default_factory() if found.default_factory is not dataclasses.MISSING else found.default


@pytest.mark.parametrize("config_class", [SFTConfig, DPOConfig])
def test_every_mapped_field_exists_in_trl(config_class: type) -> None:
    names = {f.name for f in dataclasses.fields(config_class)}
    assert set(TRL_FIELDS.values()) <= names


def test_sft_settings_reach_trl_and_unset_ones_keep_trl_defaults(tmp_path: Path) -> None:
    cfg = SFTRunConfig(out=tmp_path, show_progress=False)
    args = sft_args(cfg)
    for ours, theirs in TRL_FIELDS.items():
        value = getattr(cfg, ours)
        assert getattr(args, theirs) == (trl_default(SFTConfig, theirs) if value is None else value)
    assert args.learning_rate == 1e-4 != trl_default(SFTConfig, "learning_rate")  # method.md §4
    assert args.output_dir == str(tmp_path / "checkpoints" / "planner")
    assert args.completion_only_loss is True and args.disable_tqdm is True
    assert args.activation_checkpointing is False and args.train_sampling_strategy == "group_by_length"
    # What the run config does not name is not passed at all.
    assert "lr_scheduler_type" not in sft_settings(cfg) and "logging_steps" not in sft_settings(cfg)
    slow = sft_args(SFTRunConfig(out=tmp_path, fast=False))
    assert slow.gradient_checkpointing is trl_default(SFTConfig, "gradient_checkpointing")
    assert slow.train_sampling_strategy == trl_default(SFTConfig, "train_sampling_strategy")


def test_dpo_defaults_are_the_method_values_through_trl(tmp_path: Path) -> None:
    args = dpo_args(DPORunConfig(out=tmp_path))
    assert args.beta == 0.1 and args.loss_type == ["sigmoid"]  # method.md §4, left to TRL's defaults
    assert args.learning_rate == 5e-6 and args.per_device_eval_batch_size == args.per_device_train_batch_size
    chosen = dpo_args(DPORunConfig(out=tmp_path, beta=0.3, loss_type="ipo", max_steps=7, logging_steps=2))
    assert (chosen.beta, chosen.loss_type, chosen.max_steps, chosen.logging_steps) == (0.3, ["ipo"], 7, 2)


def test_extra_passes_trl_fields_through_and_refuses_unknown_or_doubled_ones(tmp_path: Path) -> None:
    cosine = sft_args(SFTRunConfig(out=tmp_path, extra={"lr_scheduler_type": "cosine", "weight_decay": 0.01}))
    assert cosine.lr_scheduler_type == "cosine" and cosine.weight_decay == 0.01
    with pytest.raises(ValueError, match="no field lr_schedular"):
        sft_settings(SFTRunConfig(out=tmp_path, extra={"lr_schedular": "cosine"}))
    with pytest.raises(ValueError, match="beta"):  # a DPO field is no SFT field
        sft_settings(SFTRunConfig(out=tmp_path, extra={"beta": 0.2}))
    with pytest.raises(ValueError, match="learning_rate \\(set 'learning_rate'\\).*already set"):
        dpo_settings(DPORunConfig(out=tmp_path, extra={"learning_rate": 1e-3}))
    with pytest.raises(ValueError, match="per_device_train_batch_size \\(set 'batch_size'\\)"):
        dpo_settings(DPORunConfig(out=tmp_path, extra={"per_device_train_batch_size": 2}))
