"""``esc-graph release``: train, measure and package the release adapter set, resumable (``train`` extra)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from esc_graph.cli.common import BaseModelOption, err_console, fail
from esc_graph.cli.evaluate import DataOption, SchemeOption
from esc_graph.prompts import REPLY_NO_REPEAT_NGRAM, REPLY_TOKEN_CAP
from esc_graph.release import DEFAULT_RELEASE, RELEASE_HEAD_LAYER, RELEASES_DIR


def release(
    out: Annotated[Path, typer.Option("--out", help="Run folder (rerun the same command to resume)")] = Path(
        "runs/release"
    ),
    name: Annotated[str, typer.Option(help="Release name (its folder under the package)")] = DEFAULT_RELEASE,
    base_model: BaseModelOption = None,
    data: DataOption = None,
    scheme: SchemeOption = "thu-coai",
    seed: Annotated[int, typer.Option(help="Subsets, sampling and training seed")] = 0,
    planner_examples: Annotated[int, typer.Option(help="Planner SFT examples [0: all]")] = 0,
    generator_examples: Annotated[int, typer.Option(help="Generator SFT examples [0: all]")] = 0,
    epochs: Annotated[float, typer.Option(help="SFT epochs")] = 1.0,
    lora_r: Annotated[int, typer.Option(help="LoRA rank (size: about 10 MB per role at 16)")] = 16,
    lora_alpha: Annotated[int, typer.Option(help="LoRA alpha")] = 32,
    lora_layers: Annotated[int, typer.Option(help="LoRA on the top N layers only [0: every layer]")] = 0,
    batch_size: Annotated[int, typer.Option(help="SFT examples per forward pass")] = 4,
    grad_accum: Annotated[int, typer.Option(help="SFT forward passes per optimizer step")] = 2,
    processes: Annotated[
        int,
        typer.Option(help="SFT processes, one thread each (2 on 2 CPU cores; each does --batch-size)"),
    ] = 1,
    save_steps: Annotated[int, typer.Option(help="SFT checkpoint every N steps")] = 50,
    head_train_turns: Annotated[
        int, typer.Option(help="Seeded training turns for the strategy head [0: all]")
    ] = 5000,
    head_layer: Annotated[
        int,
        typer.Option(help="Hidden state the strategy head reads: after N decoder layers [-1: the final one]"),
    ] = RELEASE_HEAD_LAYER,
    valid_turns: Annotated[
        int, typer.Option(help="Seeded validation turns for the head's C and the prior [0: all]")
    ] = 1000,
    eval_turns: Annotated[int, typer.Option(help="Test turns for the planner's figures [0: all]")] = 0,
    reply_turns: Annotated[int, typer.Option(help="Seeded test turns with replies")] = 500,
    max_new_tokens: Annotated[int, typer.Option(help="Reply length limit in tokens")] = REPLY_TOKEN_CAP,
    no_repeat_ngram: Annotated[
        int, typer.Option(help="A reply may not repeat its own n-grams of this many tokens (0: off)")
    ] = REPLY_NO_REPEAT_NGRAM,
    baseline: Annotated[bool, typer.Option(help="Also run the MiniLM + LR reference")] = True,
    hours: Annotated[
        float,
        typer.Option(help="Stop after this many hours (the running stage keeps its checkpoint) [0: none]"),
    ] = 0.0,
    package_to: Annotated[Path, typer.Option(help="Where the finished release folder goes")] = RELEASES_DIR,
    redo_from: Annotated[
        str | None,
        typer.Option(
            help="Run this stage and every later one again; a later stage that reads no earlier output "
            "(SFT, the reference, the prompt-only replies) is kept if its command is unchanged"
        ),
    ] = None,
    jobs: Annotated[
        int, typer.Option(help="Train the planner and the generator side by side (2: for a GPU)")
    ] = 1,
    dry_run: Annotated[bool, typer.Option(help="Print the stages' commands and stop")] = False,
    package_only: Annotated[
        bool, typer.Option(help="Run no stage: package what the finished ones trained and measured")
    ] = False,
) -> None:
    """Train the planner and generator on the whole training split, fit the head and prior, measure, package.

    On 2 CPU cores the two SFT stages take hours each: give --hours 2 and rerun the same command to go on
    (training resumes from its last checkpoint). On one H200 an SFT epoch took about 19 min per role
    with --jobs 2 --batch-size 8 --grad-accum 1.
    """
    from trainers.release import ReleaseConfig, package_finished, run_release, stages
    from trainers.stages import OutOfTime, StageError, command_line

    cfg = ReleaseConfig(
        out=out,
        name=name,
        base_model=base_model,
        data=data,
        scheme=scheme,
        seed=seed,
        planner_examples=planner_examples or None,
        generator_examples=generator_examples or None,
        epochs=epochs,
        lora_r=lora_r,
        lora_alpha=lora_alpha,
        lora_layers=lora_layers or None,
        batch_size=batch_size,
        grad_accum=grad_accum,
        processes=processes,
        save_steps=save_steps,
        head_train_turns=head_train_turns or None,
        head_layer=None if head_layer < 0 else head_layer,
        valid_turns=valid_turns or None,
        eval_turns=eval_turns or None,
        reply_turns=reply_turns,
        max_new_tokens=max_new_tokens,
        no_repeat_ngram=no_repeat_ngram,
        baseline=baseline,
    )
    if dry_run:
        for stage in stages(cfg, planner_first=jobs == 1):
            print(f"{stage.name}: {command_line(stage)}")
        return
    if package_only:
        from esc_graph.adapters import AdapterError

        try:
            err_console.print(f"packaged: {package_finished(cfg, package_to)}", highlight=False)
        except (AdapterError, OSError, StageError) as exc:
            fail(str(exc))
        return
    try:
        summary = run_release(
            cfg,
            echo=lambda line: err_console.print(line, highlight=False),
            redo_from=redo_from,
            hours=hours or None,
            package_to=package_to,
            jobs=jobs,
        )
    except OutOfTime as exc:
        err_console.print(str(exc), highlight=False)
        raise typer.Exit(3) from None
    except StageError as exc:
        fail(str(exc))
    err_console.print(
        f"release finished in {summary['total_seconds'] / 60:.1f} min; packaged in {summary['package']}",
        highlight=False,
    )


def register(app: typer.Typer) -> None:
    app.command()(release)
