"""``esc-graph train risk``: fit the crisis gate's learned layer on the versioned corpora."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from esc_graph.cli.common import err_console, fail, quiet_libraries


def train_risk(
    corpus: Annotated[
        Path | None,
        typer.Option("--corpus", help="Folder of corpus *.tsv files [default: trainers/risk_corpus]"),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            help="Model folder to write, with its precision-recall plot and report [default: the packaged "
            "esc_graph/safety/risk_model, whose plot and report go to bench/results]",
        ),
    ] = None,
    seed: Annotated[int, typer.Option(help="Seed of the family split into train and validation")] = 0,
    target_recall: Annotated[
        float | None, typer.Option(help="Validation recall the threshold aims for [default: 0.9]")
    ] = None,
    max_false_escalation: Annotated[
        float | None,
        typer.Option(help="Largest validation false-escalation rate the threshold may give [default: 0.08]"),
    ] = None,
) -> None:
    """Train the learned risk layer (MiniLM + hashed n-grams, logistic regression); choose C, the lexicon
    veto and the threshold on validation families; write weights, config and the precision-recall plot."""
    quiet_libraries()
    from trainers.risk import RiskTrainConfig, train_risk_model

    config = RiskTrainConfig(seed=seed)
    if target_recall is not None:
        config.target_recall = target_recall
    if max_false_escalation is not None:
        config.max_false_escalation = max_false_escalation
    if corpus is not None:
        config.corpus_dir = corpus
    if out is not None and out.resolve() != config.out.resolve():
        # the shipped curve and report in bench/results describe the packaged model only
        config.out = out
        config.plot = out / "pr_curve.png"
        config.report = out / "train_report.json"
    try:
        with err_console.status("training the risk model"):
            report = train_risk_model(config, progress=lambda msg: err_console.print(msg, highlight=False))
    except (FileNotFoundError, ValueError) as exc:
        fail(str(exc))
    gate = report["valid_gate"]
    err_console.print(
        f"wrote {config.out} (threshold {report['threshold']:.4f}, validation recall "
        f"{gate['recall']:.3f}, false escalation {gate['false_escalation']:.3f})",
        highlight=False,
    )


def register(app: typer.Typer) -> None:
    from esc_graph.cli.train import train_app

    train_app.command("risk")(train_risk)
