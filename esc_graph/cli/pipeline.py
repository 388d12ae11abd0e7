"""``esc-graph pipeline``: SFT → mining → DPO → evaluation → comparison, resumable (``train`` extra)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from esc_graph.cli.common import BaseModelOption, err_console, fail
from esc_graph.cli.evaluate import DataOption, SchemeOption


def pipeline(
    out: Annotated[Path, typer.Option("--out", help="Run folder (rerun the same command to resume)")] = Path(
        "runs/pipeline"
    ),
    base_model: BaseModelOption = None,
    data: DataOption = None,
    scheme: SchemeOption = "thu-coai",
    train_dialogues: Annotated[
        int, typer.Option(help="Training dialogues for SFT and mining [0: all 910]")
    ] = 150,
    planner_examples: Annotated[int, typer.Option(help="Planner SFT examples [0: all]")] = 600,
    generator_examples: Annotated[int, typer.Option(help="Generator SFT examples [0: all]")] = 300,
    joint_examples: Annotated[int, typer.Option(help="Joint (vanilla) SFT examples [0: all]")] = 300,
    sft_epochs: Annotated[float, typer.Option(help="SFT epochs")] = 1.0,
    mine_turns: Annotated[int, typer.Option(help="Training turns sampled for IPM pairs [0: all]")] = 100,
    dpo_epochs: Annotated[float, typer.Option(help="DPO epochs")] = 1.0,
    eval_turns: Annotated[int, typer.Option(help="Seeded subset of test turns [0: all]")] = 300,
    eval_replies: Annotated[int, typer.Option(help="Decoupled systems: replies written for this many")] = 40,
    max_new_tokens: Annotated[int, typer.Option(help="Reply length limit in tokens")] = 40,
    calibrate_turns: Annotated[
        int, typer.Option(help="Validation turns for the priors and the head's C")
    ] = 300,
    head_train_turns: Annotated[
        int, typer.Option(help="Training turns for the DPO planner's strategy head [0: no head]")
    ] = 5000,
    baseline: Annotated[
        bool, typer.Option(help="Also run the MiniLM + logistic-regression reference")
    ] = True,
    seed: Annotated[int, typer.Option(help="Subsets, sampling and training seed")] = 0,
    redo_from: Annotated[str | None, typer.Option(help="Run this stage and every later one again")] = None,
    dry_run: Annotated[bool, typer.Option(help="Print the stages' commands and stop")] = False,
) -> None:
    """The paper's four systems (plus prior-corrected planners and the reference row) in one command.

    The defaults are a CPU budget: 150 training dialogues, 300 test turns. Every stage is checkpointed:
    run the same command again after an interruption and it goes on where it stopped.
    """
    from trainers.pipeline import PipelineConfig, PipelineError, run_pipeline, stages

    cfg = PipelineConfig(
        out=out,
        base_model=base_model,
        data=data,
        scheme=scheme,
        seed=seed,
        train_dialogues=train_dialogues or None,
        sft_examples={
            "planner": planner_examples or None,
            "generator": generator_examples or None,
            "joint": joint_examples or None,
        },
        sft_epochs=sft_epochs,
        mine_turns=mine_turns or None,
        dpo_epochs=dpo_epochs,
        eval_turns=eval_turns or None,
        eval_replies=eval_replies,
        max_new_tokens=max_new_tokens,
        calibrate_turns=calibrate_turns,
        head_train_turns=head_train_turns or None,
        baseline=baseline,
    )
    if dry_run:
        for stage in stages(cfg):
            print(f"{stage.name}: esc-graph {' '.join(stage.args)}")
        return
    try:
        summary = run_pipeline(
            cfg, echo=lambda line: err_console.print(line, highlight=False), redo_from=redo_from
        )
    except PipelineError as exc:
        fail(str(exc))
    err_console.print(
        f"pipeline finished in {summary['total_seconds'] / 60:.1f} min; table: {out}/compare/",
        highlight=False,
    )


def register(app: typer.Typer) -> None:
    app.command()(pipeline)
