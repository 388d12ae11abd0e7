"""``esc-graph mine`` (Inferential Preference Mining) and ``esc-graph train dpo`` (the ``train`` extra)."""

from __future__ import annotations

import json
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from esc_graph.cli.common import (
    BaseModelOption,
    LoggingStepsOption,
    ResumeOption,
    SaveStepsOption,
    SeedOption,
    err_console,
    fail,
    out_console,
    quiet_libraries,
)
from esc_graph.cli.train import DataOption, RoleOption, SchemeOption, train_app
from esc_graph.prompts import REPLY_TOKEN_CAP

ROLES_HELP = "Comma list of roles to mine: planner, generator, joint"


@contextmanager
def _progress():
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=err_console) as bar:
        tasks: dict[str, Any] = {}

        def update(what: str, done: int, total: int) -> None:
            if what not in tasks:
                tasks[what] = bar.add_task(what, total=total)
            bar.update(tasks[what], completed=done, total=total)

        yield update


def _judge(spec: str, base_url: str | None):
    """``offline`` (rules + MiniLM), ``offline-rules`` (no encoder), ``none``, or PROVIDER:MODEL."""
    if spec == "none":
        return None
    if spec in ("offline", "offline-rules"):
        from trainers.offline_judge import OfflineJudge, OfflineJudgeConfig

        return OfflineJudge(OfflineJudgeConfig(use_encoder=spec == "offline"), name=spec)
    try:
        from langchain.chat_models import init_chat_model
    except ImportError:
        fail("--judge PROVIDER:MODEL needs langchain and the provider's package (e.g. langchain-openai)")
    from trainers.judge_filter import ChatPairJudge

    extra = {"base_url": base_url} if base_url else {}
    return ChatPairJudge(init_chat_model(spec, temperature=0, **extra), name=spec)


def mine(
    adapters: Annotated[
        Path, typer.Option("--adapters", help="SFT adapters folder (planner/, generator/, joint/)")
    ],
    out: Annotated[Path, typer.Option("--out", help="Output folder (resumable)")] = Path("runs/ipm"),
    roles: Annotated[str, typer.Option(help=ROLES_HELP)] = "planner,generator,joint",
    base_model: BaseModelOption = None,
    data: DataOption = None,
    scheme: SchemeOption = "thu-coai",
    max_dialogues: Annotated[int | None, typer.Option(help="Random subset of training dialogues")] = None,
    max_turns: Annotated[int | None, typer.Option(help="Random subset of supporter turns")] = None,
    temperature: Annotated[float, typer.Option(help="Sampling temperature")] = 0.7,
    top_p: Annotated[float, typer.Option(help="Nucleus sampling mass")] = 0.95,
    batch_size: Annotated[int, typer.Option(help="Prompts per generate call (and per checkpoint)")] = 8,
    max_new_tokens: Annotated[int, typer.Option(help="Reply length limit in tokens")] = REPLY_TOKEN_CAP,
    keep_invalid: Annotated[
        bool, typer.Option(help="Planner: keep answers that are none of the 8 names as rejected")
    ] = True,
    drop_capped: Annotated[
        bool,
        typer.Option(
            "--drop-capped/--keep-capped", help="Replies cut at --max-new-tokens give no pair (unfinished)"
        ),
    ] = True,
    judge: Annotated[
        str, typer.Option(help="Filter judge: offline, offline-rules, none, or PROVIDER:MODEL (LangChain)")
    ] = "offline",
    judge_base_url: Annotated[str | None, typer.Option(help="Base URL of an OpenAI-compatible judge")] = None,
    seed: Annotated[int, typer.Option(help="Subset and sampling seed")] = 0,
) -> None:
    """Sample the SFT roles over training turns and write the IPM-PrefDial preference pairs per role."""
    quiet_libraries()
    from esc_graph.adapters import AdapterError
    from esc_graph.models import load_role_models
    from trainers.data import DataError
    from trainers.ipm import MineConfig
    from trainers.ipm import mine as run_mining

    config = MineConfig(
        roles=tuple(r.strip() for r in roles.split(",") if r.strip()),
        data=data,
        scheme=scheme,
        max_dialogues=max_dialogues,
        max_turns=max_turns,
        seed=seed,
        temperature=temperature,
        top_p=top_p,
        batch_size=batch_size,
        max_new_tokens=max_new_tokens,
        keep_invalid=keep_invalid,
        drop_capped=drop_capped,
    )
    try:
        config.check()
        the_judge = _judge(judge, judge_base_url)
        # Samples come from the trained model itself, never from its int8 copy.
        models = load_role_models(base_model, adapters, generation="fp32")
        with _progress() as update:
            summary = run_mining(models, config, out, the_judge, progress=update, adapters_dir=adapters)
    except (AdapterError, DataError, ValueError, OSError, RuntimeError) as exc:
        fail(str(exc))
    for role, stats in summary["roles"].items():
        errors = ", ".join(f"{k} {v}" for k, v in stats.get("rejected_errors", {}).items())
        out_console.print(
            f"{role}: {stats['pairs_before_filter']} pairs mined from {stats['samples']} turns, "
            f"{stats['pairs_after_filter']} kept" + (f" (rejected errors: {errors})" if errors else ""),
            highlight=False,
        )
    err_console.print(f"wrote {out}/ipm-prefdial/ and {out}/summary.json", highlight=False)


def dpo(
    role: RoleOption = "planner",
    sft: Annotated[
        Path, typer.Option("--sft", help="SFT adapters folder; start and reference: SFT/<role>/")
    ] = Path("runs/sft"),
    mined: Annotated[
        Path, typer.Option("--mined", help="Mining output folder (esc-graph mine --out)")
    ] = Path("runs/ipm"),
    pairs: Annotated[
        Path | None,
        typer.Option("--pairs", help="Preference JSON Lines [default: MINED/ipm-prefdial/ROLE.jsonl]"),
    ] = None,
    out: Annotated[Path, typer.Option("--out", help="Adapters folder; adapter in OUT/<role>/")] = Path(
        "runs/dpo"
    ),
    base_model: BaseModelOption = None,
    scheme: SchemeOption = "thu-coai",
    max_pairs: Annotated[int | None, typer.Option(help="Random subset of pairs")] = None,
    eval_fraction: Annotated[float, typer.Option(help="Hold out this share of pairs for margins")] = 0.0,
    epochs: Annotated[float, typer.Option(help="Training epochs")] = 1.0,
    max_steps: Annotated[
        int | None, typer.Option(help="Stop after this many steps (overrides epochs)", show_default="none")
    ] = None,
    batch_size: Annotated[int, typer.Option(help="Pairs per micro-batch and process")] = 2,
    grad_accum: Annotated[int, typer.Option(help="Gradient accumulation steps")] = 4,
    lr: Annotated[float, typer.Option("--lr", help="Learning rate (method.md: 5e-6 … 5e-7)")] = 5e-6,
    beta: Annotated[
        float | None, typer.Option(help="DPO beta: pull towards the reference", show_default="TRL's, 0.1")
    ] = None,
    loss_type: Annotated[
        str | None,
        typer.Option(help="TRL loss: sigmoid (DPO), ipo, hinge, robust, ...", show_default="TRL's, sigmoid"),
    ] = None,
    max_length: Annotated[int, typer.Option(help="Truncate prompt + completion to this many tokens")] = 1536,
    bf16: Annotated[bool, typer.Option(help="bfloat16 autocast")] = False,
    seed: SeedOption = 0,
    save_steps: SaveStepsOption = 200,
    logging_steps: LoggingStepsOption = None,
    resume: ResumeOption = False,
) -> None:
    """DPO of one role on its IPM-PrefDial pairs; the SFT adapter is the start and the frozen reference."""
    quiet_libraries()
    from esc_graph.adapters import AdapterError
    from trainers.dpo import DPORunConfig, train_dpo

    cfg = DPORunConfig(
        role=role,
        sft=sft,
        pairs=pairs,
        mined=mined,
        out=out,
        base_model=base_model,
        scheme=scheme,
        max_pairs=max_pairs,
        eval_fraction=eval_fraction,
        seed=seed,
        epochs=epochs,
        max_steps=max_steps,
        batch_size=batch_size,
        grad_accum=grad_accum,
        learning_rate=lr,
        beta=beta,
        loss_type=loss_type,
        max_length=max_length,
        bf16=bf16,
        logging_steps=logging_steps,
        save_steps=save_steps,
        resume=resume,
    )
    try:
        manifest = train_dpo(cfg, log=lambda msg: err_console.print(msg, highlight=False))
    except (AdapterError, ValueError, OSError, RuntimeError) as exc:
        fail(str(exc))
    out_console.print(
        json.dumps({k: manifest["training"][k] for k in ("global_steps", "train_loss", "wall_seconds")})
    )


def register(app: typer.Typer) -> None:
    app.command()(mine)
    train_app.command("dpo")(dpo)
