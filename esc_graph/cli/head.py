"""``esc-graph head``: fit a classification head on the planner adapter (needs the ``train`` extra)."""

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


def head(
    adapters: PlannerAdaptersOption,
    out: Annotated[
        Path | None,
        typer.Option("--out", help="New adapters folder holding the head [default: ADAPTERS-head]"),
    ] = None,
    train_turns: Annotated[int, typer.Option(help="Seeded subset of training turns [0: all]")] = 5000,
    valid_turns: Annotated[int, typer.Option(help="Validation turns that choose C [0: all]")] = 300,
    layer: Annotated[
        int | None,
        typer.Option(help="Read the hidden state after this many decoder layers [default: the final one]"),
    ] = None,
    scheme: SchemeOption = "thu-coai",
    data: DataOption = None,
    seed: SubsetSeedOption = 0,
    base_model: BaseModelOption = None,
) -> None:
    """Fit a linear strategy head on the planner's own features; the planner then scores with it.

    The adapters are copied to OUT and the head is stored there; ADAPTERS is never changed.
    """
    quiet_libraries()
    from esc_graph.adapters import AdapterError, check_scheme, copy_adapters, read_manifest

    target = out or adapters.with_name(f"{adapters.name}-head")
    try:
        check_scheme({"planner": read_manifest(adapters / "planner")}, scheme)
        copy_adapters(adapters, target)
    except (AdapterError, OSError) as exc:
        fail(str(exc))
    # The model libraries load once the adapters are known to be usable.
    from esc_graph.models import load_role_models
    from trainers.data import DataError
    from trainers.head import HeadConfig, train_head

    config = HeadConfig(
        train_turns=train_turns or None,
        valid_turns=valid_turns or None,
        scheme=scheme,
        data=data,
        seed=seed,
        layer=layer,
    )
    try:
        models = load_role_models(base_model, target)
        with progress_bar("planner features (train, then valid)") as update:
            entry = train_head(
                models, target, config, progress=lambda _split, done, total: update(done, total)
            )
    except (AdapterError, DataError, ValueError, OSError, RuntimeError) as exc:
        fail(str(exc))
    for row in entry["selection"]:
        scores = f"valid Q {row['valid_q']:.3f}  acc {row['valid_accuracy']:.3f}  B {row['valid_b']:.3f}"
        out_console.print(f"C {row['C']:g} {row['class_weight'] or 'unweighted'}: {scores}", highlight=False)
    err_console.print(
        f"head (C {entry['C']:g}, {entry['train_turns']} training turns) saved in {target}/planner",
        highlight=False,
    )


def register(app: typer.Typer) -> None:
    app.command()(head)
