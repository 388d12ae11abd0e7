"""LoRA SFT of one role (planner, generator or joint) with TRL's ``SFTTrainer``.

The loss covers the completion (target) tokens only. The adapter is saved as ``OUT/<role>/`` with an
``esc_manifest.json`` (see :mod:`esc_graph.adapters`), so ``esc-graph chat --adapters OUT`` and
``build_graph(adapters=OUT)`` load it by role. Trainer checkpoints go to ``OUT/checkpoints/<role>/``;
``resume=True`` continues from the latest one. Runs unchanged under ``accelerate launch``.
"""

from __future__ import annotations

import importlib.metadata
import os
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from esc_graph.adapters import write_manifest
from esc_graph.models import DEFAULT_BASE, resolve_base
from esc_graph.prompts import PROMPT_VERSION
from trainers.data import TRAIN_ROLES, build_examples, format_statistics, statistics, to_dataset
from trainers.run_info import describe_setup, distributed_setup
from trainers.trl_args import jsonable, trl_settings


@dataclass
class SFTRunConfig:
    """One SFT run. Defaults follow method.md §4 (LoRA r=16, alpha=32, lr 1e-4); a training setting left
    at ``None`` keeps TRL's own default (see :mod:`trainers.trl_args`)."""

    role: str = "planner"  # planner | generator | joint
    out: Path = Path("runs/sft")  # adapters land in OUT/<role>/, checkpoints in OUT/checkpoints/<role>/
    base_model: str | None = None  # HF id or folder; None = the packaged SmolLM2-135M-Instruct
    data: str | None = None  # ESConv folder or "hf"; None = ../shared/data/esconv
    scheme: str = "thu-coai"  # split scheme: thu-coai | decoupledesc
    max_dialogues: int | None = None  # random subset of training dialogues (quick runs)
    max_examples: int | None = None  # random subset of training examples, after max_dialogues
    seed: int = 0  # data subsets and training
    epochs: float = 1.0
    max_steps: int | None = None  # > 0 overrides epochs
    batch_size: int = 4  # per device; activations of 8 planner rows in fp32 took ~15 GB on CPU
    grad_accum: int = 2  # effective batch = batch_size x grad_accum x processes
    learning_rate: float = 1e-4
    warmup: float = 0.03  # ratio of total steps when < 1, else steps
    lora_r: int = 16
    lora_alpha: int = 32
    lora_dropout: float = 0.0  # 0 lets peft skip the dropout copies of every LoRA input (speed, memory)
    target_modules: str = "all-linear"  # or a comma list, e.g. "q_proj,v_proj"
    lora_layers: int | None = None  # LoRA on the top N decoder layers only: backward stops below them
    max_length: int = 1536  # tokens; esc-prompts/2 examples measured at most 1,232 (2,000 per role)
    fast: bool = True  # trailing-window loss, left padding, length-grouped batches, no checkpointing
    share_prefix: bool = True  # fast path: run the batch's common prompt prefix once (single process)
    bf16: bool = True  # bfloat16 autocast, fp32 weights (≈1.6x less CPU compute with AVX512-BF16)
    logging_steps: int | None = None
    save_steps: int = 200
    save_total_limit: int = 2
    resume: bool | str = False  # True = latest checkpoint under OUT/checkpoints/<role>/, or a path
    show_progress: bool = True
    float16_weights: bool = False  # store the adapter's weights as float16 (what a release ships)
    extra: dict[str, Any] = field(default_factory=dict)  # more SFTConfig fields by their TRL names

    def adapter_dir(self) -> Path:
        return Path(self.out) / self.role

    def checkpoint_dir(self) -> Path:
        return Path(self.out) / "checkpoints" / self.role


def lora_config(cfg: SFTRunConfig, model=None):
    from peft import LoraConfig

    modules: str | list[str] = cfg.target_modules
    if modules != "all-linear":
        modules = [m.strip() for m in modules.split(",") if m.strip()]
    layers: dict[str, Any] = {}
    if cfg.lora_layers:
        if model is None:
            raise ValueError("lora_layers needs the model to count its layers")
        total = model.config.get_text_config().num_hidden_layers
        layers["layers_to_transform"] = list(range(max(0, total - cfg.lora_layers), total))
        if modules == "all-linear":  # peft wants explicit names with layers_to_transform
            modules = sorted(_decoder_linear_names(model))
    return LoraConfig(
        r=cfg.lora_r,
        lora_alpha=cfg.lora_alpha,
        lora_dropout=cfg.lora_dropout,
        target_modules=modules,
        task_type="CAUSAL_LM",
        **layers,
    )


def _decoder_linear_names(model) -> set[str]:
    import torch

    return {
        name.rsplit(".", 1)[-1]
        for name, module in model.named_modules()
        if isinstance(module, torch.nn.Linear) and ".layers." in name
    }


def sft_settings(cfg: SFTRunConfig) -> dict[str, Any]:
    """What ``SFTConfig`` gets from ``cfg``; everything else is TRL's default."""
    from trl import SFTConfig

    fast = {"activation_checkpointing": False, "train_sampling_strategy": "group_by_length"}
    return trl_settings(
        SFTConfig, cfg, cfg.checkpoint_dir(), completion_only_loss=True, **(fast if cfg.fast else {})
    )


def sft_args(cfg: SFTRunConfig):
    from trl import SFTConfig

    return SFTConfig(**sft_settings(cfg))


def load_model(base_model: str | None):
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    path = resolve_base(base_model)
    tokenizer = AutoTokenizer.from_pretrained(path)
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    model = AutoModelForCausalLM.from_pretrained(path, dtype=torch.float32)
    return model, tokenizer, path


def make_trainer(cfg: SFTRunConfig, train_rows: list[dict[str, Any]], model=None, tokenizer=None):
    """An ``SFTTrainer`` (the fast subclass unless ``cfg.fast`` is off) over prompt-completion rows."""
    from trl import SFTTrainer

    from trainers.speed import LeftPadCollator, TrailingLossSFTTrainer

    if model is None or tokenizer is None:
        model, tokenizer, _ = load_model(cfg.base_model)
    kwargs: dict[str, Any] = {}
    trainer_cls = SFTTrainer
    if cfg.fast:
        trainer_cls = TrailingLossSFTTrainer
        single = int(os.environ.get("WORLD_SIZE", "1")) == 1
        kwargs["data_collator"] = LeftPadCollator(
            tokenizer.pad_token_id, share_prefix=cfg.share_prefix and single
        )
    return trainer_cls(
        model=model,
        args=sft_args(cfg),
        train_dataset=to_dataset(train_rows),
        processing_class=tokenizer,
        peft_config=lora_config(cfg, model),
        **kwargs,
    )


def halve_weights(path: Path) -> None:
    """Store LoRA weights as float16: half the size; peft casts them back to the model's dtype on load."""
    import torch
    from safetensors.torch import load_file, save_file

    tensors = {k: v.to(torch.float16) if v.is_floating_point() else v for k, v in load_file(path).items()}
    save_file(tensors, path)


def train_sft(cfg: SFTRunConfig, log=print) -> dict[str, Any]:
    """Build the role's dataset, train, save the adapter and its manifest; return the manifest."""
    if cfg.role not in TRAIN_ROLES:
        raise ValueError(f"unknown role {cfg.role!r}; one of {', '.join(TRAIN_ROLES)}")
    rows = build_examples(
        cfg.role, cfg.data, "train", cfg.scheme, cfg.max_dialogues, cfg.max_examples, cfg.seed
    )
    model, tokenizer, base_path = load_model(cfg.base_model)
    stats = statistics(rows, tokenizer)
    main = int(os.environ.get("RANK", "0")) == 0
    if main:
        log(format_statistics(cfg.role, "train", stats))
    trainer = make_trainer(cfg, rows, model, tokenizer)
    started = time.perf_counter()
    resume = cfg.resume
    if resume is True and not any(cfg.checkpoint_dir().glob("checkpoint-*")):
        resume = False  # nothing to resume from yet: start fresh
    result = trainer.train(resume_from_checkpoint=resume or None)
    seconds = time.perf_counter() - started
    dest = cfg.adapter_dir()
    trainer.save_model(str(dest))
    if cfg.float16_weights and trainer.is_world_process_zero():
        halve_weights(dest / "adapter_model.safetensors")
    metrics = dict(result.metrics)
    tokens = trainer._total_train_tokens
    manifest = {
        "role": cfg.role,
        "base_model": cfg.base_model or DEFAULT_BASE,
        "base_model_path": str(base_path),
        "prompt_version": PROMPT_VERSION,
        "scheme": cfg.scheme,
        "esc_graph_version": _version(),
        "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "data": {
            "source": str(cfg.data or "default shared folder"),
            "scheme": cfg.scheme,
            "split": "train",
            "dialogues": stats["dialogues"],
            "examples": stats["examples"],
            "max_dialogues": cfg.max_dialogues,
            "max_examples": cfg.max_examples,
            "seed": cfg.seed,
            "strategies": stats["strategies"],
        },
        "training": {
            "config": {k: (str(v) if isinstance(v, Path) else v) for k, v in asdict(cfg).items()},
            "trl": {"version": _trl_version(), "settings": jsonable(sft_settings(cfg))},
            "processes": trainer.accelerator.num_processes,
            **distributed_setup(trainer.accelerator),
            "global_steps": trainer.state.global_step,
            "train_loss": metrics.get("train_loss"),
            "final_logged_loss": _last_loss(trainer.state.log_history),
            "wall_seconds": round(seconds, 1),
            "examples_per_second": metrics.get("train_samples_per_second"),
            "tokens_seen": tokens,
            "tokens_per_second": round(tokens / seconds, 1) if seconds else None,
        },
    }
    if trainer.is_world_process_zero():
        write_manifest(dest, manifest)
        log(
            f"saved {cfg.role} adapter to {dest}: {trainer.state.global_step} steps, "
            f"{seconds:.0f} s, {manifest['training']['tokens_per_second']} tokens/s, "
            f"{_loss_phrase(manifest['training'])}, {describe_setup(manifest['training'])}"
        )
    return manifest


def _loss_phrase(training: dict[str, Any]) -> str:
    """The last logged loss, or the run's mean loss when it ended before the first logging step."""
    if training["final_logged_loss"] is not None:
        return f"last logged loss {float(training['final_logged_loss']):.4f}"
    if training["train_loss"] is not None:
        return f"mean loss {float(training['train_loss']):.4f}"
    return "no loss logged"


def _last_loss(history: list[dict[str, Any]]) -> float | None:
    losses = [h["loss"] for h in history if "loss" in h]
    return losses[-1] if losses else None


def _trl_version() -> str:
    return importlib.metadata.version("trl")


def _version() -> str:
    try:
        return importlib.metadata.version("esc-graph")
    except importlib.metadata.PackageNotFoundError:
        return "unknown"
