"""DPO of one role on its IPM-PrefDial pairs with TRL's ``DPOTrainer`` (method.md §4 step 4).

The policy starts from the role's SFT adapter, and the **SFT adapter is also the reference**: the
adapter is loaded trainable under peft's name ``default``, and ``DPOTrainer`` copies it into a frozen
second adapter named ``ref`` whose log-probabilities are the reference (not the bare base model). The
LoRA shape (r, alpha, target modules) is therefore the SFT adapter's own.

The trained adapter is saved as ``OUT/<role>/`` with an ``esc_manifest.json`` (see
:mod:`esc_graph.adapters`), so ``RoleModels.add_adapter(role, OUT/<role>)`` and ``--adapters OUT`` load
it by name like the SFT one. Trainer checkpoints go to ``OUT/checkpoints/<role>/``.

Speed: TRL's fused LM head scores only the completion positions on GPUs, but on other devices it
scores every position of prompt and completion against the whole vocabulary (49k words for SmolLM2).
For planner pairs (a few hundred prompt tokens, ~5 completion tokens) that is a large share of the
step, so ``completion_only_head`` (on by default) makes it score the completion positions everywhere;
the log-probabilities are the same (tests/test_dpo.py checks it). ``bench/bench_dpo_head.py`` on
SmolLM2-135M, 8 planner rows of 364 tokens, one CPU thread: 30.2 against 46.7 CPU seconds per forward
and backward (1.55x). TRL has no public setting for it, so this is the one place that changes a private
TRL name: ``_use_triton`` in ``trl.trainer.utils``, during the loss only. pyproject pins the exact TRL
version it was checked on (``CHECKED_TRL``); under any other version the stock path runs instead.
"""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from esc_graph.adapters import AdapterError, check_scheme, read_manifest, write_manifest
from esc_graph.models import resolve_base
from esc_graph.prompts import PROMPT_VERSION
from trainers.data import TRAIN_ROLES, subsample
from trainers.ipm import read_pairs
from trainers.run_info import describe_setup, distributed_setup, zero_stage
from trainers.sft import _last_loss, _trl_version, _version
from trainers.trl_args import jsonable, trl_settings


@dataclass
class DPORunConfig:
    """One DPO run. Defaults follow method.md §4 (beta 0.1, which is TRL's default, lr in 5e-6 … 5e-7);
    a training setting left at ``None`` keeps TRL's own default (see :mod:`trainers.trl_args`)."""

    role: str = "planner"  # planner | generator | joint
    sft: Path = Path("runs/sft")  # SFT adapters folder: the policy's start and the reference, SFT/<role>/
    pairs: Path | None = None  # preference JSON Lines; None = MINED/ipm-prefdial/<role>.jsonl
    mined: Path = Path("runs/ipm")  # the mining output folder
    out: Path = Path("runs/dpo")  # adapter in OUT/<role>/, checkpoints in OUT/checkpoints/<role>/
    base_model: str | None = None  # None = the base recorded in the SFT adapter's manifest
    scheme: str = "thu-coai"  # the split scheme of the SFT adapter and of the mined pairs
    max_pairs: int | None = None  # seeded random subset of pairs (quick runs)
    eval_fraction: float = 0.0  # hold out this share of pairs; reward margins before/after go to the manifest
    seed: int = 0  # pair subsets and training
    epochs: float = 1.0
    max_steps: int | None = None  # > 0 overrides epochs
    # 2 pairs (4 sequences) per micro-batch: 4 pairs of ~1,200-token esc-prompts/3 prompts took over 17 GB
    # of CPU memory; the step still sees 8 pairs
    batch_size: int = 2  # pairs per device and micro-batch
    grad_accum: int = 4
    learning_rate: float = 5e-6
    beta: float | None = None  # strength of the pull towards the reference
    loss_type: str | None = None  # TRL loss: sigmoid (DPO), ipo, hinge, robust, ...
    warmup: float = 0.1  # ratio of total steps when < 1, else steps
    max_length: int = 1536  # tokens of prompt + completion
    completion_only_head: bool = True  # score only completion positions on CPU too (see module docstring)
    bf16: bool = False
    logging_steps: int | None = None
    save_steps: int = 200
    save_total_limit: int = 2
    resume: bool | str = False  # True = latest checkpoint under OUT/checkpoints/<role>/, or a path
    show_progress: bool = True
    extra: dict[str, Any] = field(default_factory=dict)  # more DPOConfig fields by their TRL names

    def sft_dir(self) -> Path:
        return Path(self.sft) / self.role

    def pairs_file(self) -> Path:
        return Path(self.pairs) if self.pairs else Path(self.mined) / "ipm-prefdial" / f"{self.role}.jsonl"

    def adapter_dir(self) -> Path:
        return Path(self.out) / self.role

    def checkpoint_dir(self) -> Path:
        return Path(self.out) / "checkpoints" / self.role


def dpo_settings(cfg: DPORunConfig) -> dict[str, Any]:
    """What ``DPOConfig`` gets from ``cfg``; everything else is TRL's default."""
    from trl import DPOConfig

    fixed: dict[str, Any] = {
        "per_device_eval_batch_size": cfg.batch_size,
        "activation_checkpointing": False,  # LoRA on small models: recomputing costs more than it saves
    }
    if cfg.beta is not None:
        fixed["beta"] = cfg.beta
    if cfg.loss_type is not None:
        fixed["loss_type"] = [cfg.loss_type]
    return trl_settings(DPOConfig, cfg, cfg.checkpoint_dir(), **fixed)


def dpo_args(cfg: DPORunConfig):
    from trl import DPOConfig

    return DPOConfig(**dpo_settings(cfg))


def load_policy(cfg: DPORunConfig):
    """The base model with the role's SFT adapter loaded trainable (peft name ``default``)."""
    import torch
    from peft import PeftModel
    from transformers import AutoModelForCausalLM, AutoTokenizer

    sft_dir = cfg.sft_dir()
    manifest = read_manifest(sft_dir)
    if manifest.get("prompt_version") != PROMPT_VERSION:
        raise AdapterError(
            f"{sft_dir}: trained with prompts {manifest.get('prompt_version')!r}, not {PROMPT_VERSION!r}"
        )
    check_scheme({cfg.role: manifest}, cfg.scheme)
    path = resolve_base(cfg.base_model or manifest.get("base_model"))
    tokenizer = AutoTokenizer.from_pretrained(path)
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    base = AutoModelForCausalLM.from_pretrained(path, dtype=torch.float32)
    model = PeftModel.from_pretrained(base, str(sft_dir), is_trainable=True)
    return model, tokenizer, path, manifest


def check_pairs_scheme(pairs_file: Path, scheme: str) -> None:
    """Refuse pairs mined on another split scheme (the mining run's ``summary.json``, when beside them)."""
    summary = pairs_file.parent.parent / "summary.json"
    if not summary.is_file():
        return
    mined = json.loads(summary.read_text()).get("config", {}).get("scheme")
    if mined != scheme:
        raise AdapterError(f"{pairs_file} was mined on the {mined} split scheme, not {scheme}")


def preference_dataset(rows: list[dict[str, Any]]):
    from datasets import Dataset

    return Dataset.from_list([{k: r[k] for k in ("prompt", "chosen", "rejected")} for r in rows])


def split_pairs(cfg: DPORunConfig, rows: list[dict[str, Any]]) -> tuple[list[dict], list[dict]]:
    rows = subsample(rows, cfg.max_pairs, cfg.seed)
    n_eval = int(len(rows) * cfg.eval_fraction)
    held = set(subsample(range(len(rows)), n_eval, cfg.seed + 1)) if n_eval else set()
    return [r for i, r in enumerate(rows) if i not in held], [r for i, r in enumerate(rows) if i in held]


CHECKED_TRL = "1.16.0"  # the TRL version whose private _use_triton completion_positions_only replaces


@contextlib.contextmanager
def completion_positions_only(enabled: bool = True) -> Iterator[None]:
    """Make TRL's fused LM head score only labelled positions, as it already does on Triton devices
    (only under ``CHECKED_TRL``; any other TRL keeps its own path)."""
    import trl
    import trl.trainer.utils as trl_utils

    original = trl_utils._use_triton  # decides only "compact scoring" in that module
    if enabled and trl.__version__ == CHECKED_TRL:
        trl_utils._use_triton = lambda device: True
    try:
        yield
    finally:
        trl_utils._use_triton = original


def make_trainer(cfg: DPORunConfig, train_rows: list[dict], eval_rows: list[dict] | None = None, loaded=None):
    """A ``DPOTrainer`` whose policy is the SFT adapter and whose reference is a frozen copy of it."""
    from trl import DPOTrainer

    class CompactDPOTrainer(DPOTrainer):
        def compute_loss(self, model, inputs, return_outputs=False, num_items_in_batch=None):
            with completion_positions_only(cfg.completion_only_head):
                return super().compute_loss(model, inputs, return_outputs, num_items_in_batch)

    model, tokenizer, *_ = loaded or load_policy(cfg)
    trainer = CompactDPOTrainer(
        model=model,
        args=dpo_args(cfg),
        train_dataset=preference_dataset(train_rows),
        eval_dataset=preference_dataset(eval_rows) if eval_rows else None,
        processing_class=tokenizer,
    )
    if "ref" not in trainer.model.peft_config:
        raise RuntimeError(
            "DPOTrainer did not create the frozen reference adapter; the reference would be wrong"
        )
    return trainer


def train_dpo(cfg: DPORunConfig, log=print) -> dict[str, Any]:
    """Train the role's DPO adapter and save it with its manifest; return the manifest."""
    if cfg.role not in TRAIN_ROLES:
        raise ValueError(f"unknown role {cfg.role!r}; one of {', '.join(TRAIN_ROLES)}")
    pairs_file = cfg.pairs_file()
    if not pairs_file.is_file():
        raise FileNotFoundError(f"no preference pairs at {pairs_file}; run `esc-graph mine` first")
    check_pairs_scheme(pairs_file, cfg.scheme)
    train_rows, eval_rows = split_pairs(cfg, read_pairs(pairs_file))
    if not train_rows:
        raise ValueError(f"{pairs_file}: no preference pairs to train on")
    loaded = load_policy(cfg)
    _model, _tok, base_path, sft_manifest = loaded
    trainer = make_trainer(cfg, train_rows, eval_rows, loaded)
    before = None
    if eval_rows and can_evaluate_before_training(
        trainer.is_deepspeed_enabled, zero_stage(trainer.accelerator)
    ):
        before = _margins(trainer)
    elif eval_rows:
        log("DeepSpeed below ZeRO-3 cannot evaluate before training: held-out margins after training only")
    resume = cfg.resume
    if resume is True and not any(cfg.checkpoint_dir().glob("checkpoint-*")):
        resume = False
    log(f"DPO {cfg.role}: {len(train_rows)} pairs ({len(eval_rows)} held out), reference: {cfg.sft_dir()}")
    started = time.perf_counter()
    result = trainer.train(resume_from_checkpoint=resume or None)
    seconds = time.perf_counter() - started
    after = _margins(trainer) if eval_rows else None
    dest = cfg.adapter_dir()
    if trainer.is_world_process_zero():
        policy = trainer.accelerator.unwrap_model(trainer.model)
        policy.save_pretrained(str(dest), selected_adapters=["default"])
    history = trainer.state.log_history
    manifest = {
        "role": cfg.role,
        "stage": "dpo",
        "base_model": sft_manifest.get("base_model"),
        "base_model_path": str(base_path),
        "prompt_version": PROMPT_VERSION,
        "scheme": cfg.scheme,
        "esc_graph_version": _version(),
        "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "sft_adapter": str(cfg.sft_dir()),
        "sft_created": sft_manifest.get("created"),
        "data": {"pairs_file": str(pairs_file), "train_pairs": len(train_rows), "eval_pairs": len(eval_rows)},
        "training": {
            "config": {k: (str(v) if isinstance(v, Path) else v) for k, v in asdict(cfg).items()},
            "trl": {"version": _trl_version(), "settings": jsonable(dpo_settings(cfg))},
            "reference": "frozen copy of the SFT adapter",
            "processes": trainer.accelerator.num_processes,
            **distributed_setup(trainer.accelerator),
            "global_steps": trainer.state.global_step,
            "train_loss": result.metrics.get("train_loss"),
            "final_logged_loss": _last_loss(history),
            "logged_margins": [h["rewards/margins"] for h in history if "rewards/margins" in h],
            "eval_before": before,
            "eval_after": after,
            "wall_seconds": round(seconds, 1),
        },
    }
    if trainer.is_world_process_zero():
        write_manifest(dest, manifest)
        shown = (
            f", held-out margin {before['margin']:.3f} -> {after['margin']:.3f}" if before and after else ""
        )
        steps = trainer.state.global_step
        setup = describe_setup(manifest["training"])
        log(f"saved {cfg.role} DPO adapter to {dest}: {steps} steps, {seconds:.0f} s{shown}, {setup}")
    return manifest


def can_evaluate_before_training(deepspeed: bool, zero_stage: int | None) -> bool:
    """transformers evaluates an untrained DeepSpeed model only under ZeRO-3 (ZeRO inference)."""
    return not deepspeed or zero_stage == 3


def _margins(trainer) -> dict[str, float]:
    metrics = trainer.evaluate()
    keys = {"margin": "eval_rewards/margins", "accuracy": "eval_rewards/accuracies", "loss": "eval_loss"}
    return {name: float(metrics[key]) for name, key in keys.items() if key in metrics}
