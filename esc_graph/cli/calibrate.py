"""``esc-graph calibrate``: store the planner's strategy prior (needs the ``train`` extra)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from esc_graph.cli.common import (
    BaseModelOption,
    PlannerAdaptersOption,
    SubsetSeedOption,
    err_console,
    fail,
    out_console,
    quiet_libraries,
)
from esc_graph.cli.evaluate import DataOption, SchemeOption, progress_bar


def calibrate(
    adapters: PlannerAdaptersOption,
    out: Annotated[
        Path | None,
        typer.Option("--out", help="New adapters folder holding the prior [default: ADAPTERS-prior]"),
    ] = None,
    turns: Annotated[int | None, typer.Option(help="Seeded subset of validation turns [all: 0]")] = 300,
    balance: Annotated[
        float, typer.Option(help="Target frequencies: 0 = gold (lowest B) … 1 = uniform (macro-F1)")
    ] = 0.0,
    split: Annotated[str, typer.Option(help="Split to measure on (never the test split)")] = "valid",
    scheme: SchemeOption = "thu-coai",
    data: DataOption = None,
    seed: SubsetSeedOption = 0,
    base_model: BaseModelOption = None,
) -> None:
    """Fit per-strategy biases on validation turns so the planner stops favouring a few strategies.

    The adapters are copied to OUT and the prior is stored there; ADAPTERS is never changed.
    """
    quiet_libraries()
    from esc_graph.adapters import AdapterError, check_scheme, copy_adapters, read_manifest

    if split == "test":
        fail("calibrating on the test split would leak it into the evaluation; use valid or train")
    target = out or adapters.with_name(f"{adapters.name}-prior")
    try:
        check_scheme({"planner": read_manifest(adapters / "planner")}, scheme)
    except AdapterError as exc:
        fail(str(exc))
    # The model libraries load once the request is known to be sound.
    from esc_graph.models import load_role_models
    from trainers.calibrate import CalibrateConfig
    from trainers.calibrate import calibrate as run_calibration
    from trainers.data import DataError

    config = CalibrateConfig(
        split=split, scheme=scheme, data=data, turns=turns or None, seed=seed, balance=balance
    )
    try:
        copy_adapters(adapters, target)
        models = load_role_models(base_model, target)
        with progress_bar("planner on validation turns") as update:
            entry = run_calibration(models, target, config, progress=update)
    except (AdapterError, DataError, ValueError, OSError, RuntimeError) as exc:
        fail(str(exc))
    for name, found in entry["validation"].items():
        out_console.print(
            f"{name}: Q {found['q']:.3f}  acc {found['accuracy']:.3f}  B {found['b']:.3f}", highlight=False
        )
    err_console.print(f"wrote the prior into {target}/planner/esc_manifest.json", highlight=False)


def register(app: typer.Typer) -> None:
    app.command()(calibrate)
