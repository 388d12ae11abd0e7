"""``esc-graph train appraiser``: fit the situation appraiser on ESConv's dialogue-level labels."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from esc_graph.cli.common import err_console, fail, quiet_libraries


def train_appraiser(
    data: Annotated[
        str | None, typer.Option("--data", help="ESConv folder, or 'hf' [default: ../shared/data/esconv]")
    ] = None,
    scheme: Annotated[
        str, typer.Option("--scheme", help="Split scheme: thu-coai (910/195/195) or decoupledesc")
    ] = "thu-coai",
    out: Annotated[
        Path | None,
        typer.Option("--out", help="Model folder to write [default: esc_graph/weights/esconv-appraiser-v1]"),
    ] = None,
    folds: Annotated[int, typer.Option(help="Folds of the out-of-fold appraisals of training dialogues")] = 5,
    seed: Annotated[int, typer.Option(help="Seed of the heads and of the fold assignment")] = 0,
    fold_min_dialogues: Annotated[
        int, typer.Option(help="Emotions and problems in fewer training dialogues become 'other'")
    ] = 15,
) -> None:
    """Train the appraiser (MiniLM features, logistic regression per label set): features, C and class
    weighting chosen on validation dialogues; writes weights, config and out-of-fold training appraisals."""
    quiet_libraries()
    from trainers.appraisal import AppraiserTrainConfig
    from trainers.appraisal import train_appraiser as run
    from trainers.data import DataError

    if folds < 2 or fold_min_dialogues < 1:
        fail("--folds must be at least 2 and --fold-min-dialogues at least 1")
    config = AppraiserTrainConfig(
        data=data, scheme=scheme, folds=folds, seed=seed, fold_min_dialogues=fold_min_dialogues
    )
    if out is not None:
        config.out = out
    command = ["esc-graph train appraiser"] + ([f"--scheme {scheme}"] if scheme != "thu-coai" else [])
    config.command = " ".join(command)
    try:
        with err_console.status("training the appraiser") as status:
            report = run(config, progress=lambda msg: status.update(f"training the appraiser: {msg}"))
    except (DataError, FileNotFoundError, ValueError) as exc:
        fail(str(exc))
    oof = report["training"]["out_of_fold_scores"]
    scores = ", ".join(f"{f} {s['accuracy']:.3f}/{s['macro_f1']:.3f}" for f, s in oof.items())
    err_console.print(
        f"wrote {config.out} (features {report['features']}; out-of-fold accuracy/macro-F1: {scores})",
        highlight=False,
    )


def register(app: typer.Typer) -> None:
    from esc_graph.cli.train import train_app

    train_app.command("appraiser")(train_appraiser)
