"""``esc-graph train ...``: fine-tune the role adapters (needs the ``train`` extra)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from esc_graph.cli.common import (
    BaseModelOption,
    LoggingStepsOption,
    ResumeOption,
    SaveStepsOption,
    SeedOption,
    err_console,
    fail,
    quiet_libraries,
)

train_app = typer.Typer(help="Train role adapters on ESConv.", no_args_is_help=True)

RoleOption = Annotated[str, typer.Option("--role", help="planner, generator or joint")]
DataOption = Annotated[
    str | None, typer.Option("--data", help="ESConv folder, or 'hf' [default: ../shared/data/esconv]")
]
SchemeOption = Annotated[
    str, typer.Option("--scheme", help="Split scheme: thu-coai (910/195/195) or decoupledesc (the paper's)")
]


@train_app.command("sft")
def sft(
    role: RoleOption = "planner",
    base_model: BaseModelOption = None,
    data: DataOption = None,
    out: Annotated[Path, typer.Option("--out", help="Adapters folder; adapter in OUT/<role>/")] = Path(
        "runs/sft"
    ),
    scheme: SchemeOption = "thu-coai",
    max_dialogues: Annotated[int | None, typer.Option(help="Random subset of training dialogues")] = None,
    max_examples: Annotated[int | None, typer.Option(help="Random subset of training examples")] = None,
    epochs: Annotated[float, typer.Option(help="Training epochs")] = 1.0,
    max_steps: Annotated[
        int | None, typer.Option(help="Stop after this many steps (overrides epochs)", show_default="none")
    ] = None,
    batch_size: Annotated[int, typer.Option(help="Examples per step and process")] = 4,
    grad_accum: Annotated[int, typer.Option(help="Gradient accumulation steps")] = 2,
    lr: Annotated[float, typer.Option("--lr", help="Learning rate")] = 1e-4,
    lora_r: Annotated[int, typer.Option(help="LoRA rank")] = 16,
    lora_alpha: Annotated[int, typer.Option(help="LoRA alpha")] = 32,
    lora_dropout: Annotated[float, typer.Option(help="LoRA dropout")] = 0.0,
    target_modules: Annotated[str, typer.Option(help="'all-linear' or a comma list of module names")] = (
        "all-linear"
    ),
    lora_layers: Annotated[int | None, typer.Option(help="LoRA on the top N layers only (faster)")] = None,
    max_length: Annotated[int, typer.Option(help="Truncate examples to this many tokens")] = 1536,
    fast: Annotated[
        bool, typer.Option(help="Trailing-window loss, grouped lengths, no checkpointing")
    ] = True,
    share_prefix: Annotated[
        bool, typer.Option(help="Run a batch's shared prompt prefix once (fast path)")
    ] = True,
    bf16: Annotated[bool, typer.Option(help="bfloat16 autocast (fp32 weights)")] = True,
    float16_weights: Annotated[
        bool, typer.Option(help="Store the adapter's weights as float16 (half the size, as a release ships)")
    ] = False,
    seed: SeedOption = 0,
    save_steps: SaveStepsOption = 200,
    logging_steps: LoggingStepsOption = None,
    resume: ResumeOption = False,
) -> None:
    """LoRA SFT of one role with TRL.

    Several processes: `accelerate launch --multi_gpu --num_processes N -m esc_graph.cli train sft ...`
    (also on CPU-only machines, where `--cpu` would start a single process).
    """
    quiet_libraries()
    from trainers.data import DataError
    from trainers.sft import SFTRunConfig, train_sft

    cfg = SFTRunConfig(
        role=role,
        out=out,
        base_model=base_model,
        data=data,
        scheme=scheme,
        max_dialogues=max_dialogues,
        max_examples=max_examples,
        seed=seed,
        epochs=epochs,
        max_steps=max_steps,
        batch_size=batch_size,
        grad_accum=grad_accum,
        learning_rate=lr,
        lora_r=lora_r,
        lora_alpha=lora_alpha,
        lora_dropout=lora_dropout,
        target_modules=target_modules,
        lora_layers=lora_layers,
        max_length=max_length,
        fast=fast,
        share_prefix=share_prefix,
        bf16=bf16,
        float16_weights=float16_weights,
        save_steps=save_steps,
        logging_steps=logging_steps,
        resume=resume,
    )
    try:
        train_sft(cfg, log=lambda msg: err_console.print(msg, highlight=False))
    except (DataError, ValueError, OSError, RuntimeError) as exc:
        fail(str(exc))


def register(app: typer.Typer) -> None:
    app.add_typer(train_app, name="train")
