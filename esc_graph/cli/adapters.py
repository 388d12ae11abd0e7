"""``esc-graph adapters copy``: gather role adapters trained in separate runs into one adapters folder."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from esc_graph.cli.common import err_console, fail

app = typer.Typer(help="Adapter folders: gather roles trained apart into one set.", no_args_is_help=True)


@app.command("copy")
def copy(
    source: Annotated[Path, typer.Argument(help="Folder holding role adapters (planner/, generator/)")],
    target: Annotated[Path, typer.Argument(help="Adapters folder to add the missing roles to")],
) -> None:
    """Copy every role of SOURCE that TARGET lacks; a role TARGET holds with the same weights is kept
    (with its head and prior), one with other weights is refused. SOURCE is only read."""
    from esc_graph.adapters import AdapterError, copy_adapters, find_adapters

    before = _roles(target)
    try:
        copy_adapters(source, target)
        after = set(find_adapters(target))
    except (AdapterError, OSError) as exc:
        fail(str(exc))
    added = sorted(after - before)
    kept = sorted(after & before)
    err_console.print(
        f"{target}: added {', '.join(added) or 'nothing'}; kept {', '.join(kept) or 'nothing'}",
        highlight=False,
    )


def _roles(folder: Path) -> set[str]:
    from esc_graph.adapters import AdapterError, find_adapters

    try:
        return set(find_adapters(folder))
    except AdapterError:  # no folder yet, or no role in it
        return set()


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="adapters")
