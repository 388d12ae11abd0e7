"""``esc-graph data``: find or fetch ESConv, check it, and print its statistics."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from esc_graph.cli.common import err_console, fail, out_console


def data(
    folder: Annotated[
        Path | None,
        typer.Option(
            "--data",
            help="ESConv folder in esc-graph's JSON Lines format",
            show_default="$ESC_GRAPH_DATA, else ../shared/data/esconv, else the hub copy in the cache",
        ),
    ] = None,
    hub: Annotated[
        bool, typer.Option("--hub", help="Use the Hugging Face hub copy (thu-coai/esconv), fetching it once")
    ] = False,
    refresh: Annotated[bool, typer.Option(help="With --hub: fetch and convert it again")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the statistics as JSON")] = False,
) -> None:
    """Check the ESConv data the trainers read and print its statistics.

    Without --data it uses the default folder; when there is none, it fetches thu-coai/esconv from the
    Hugging Face hub (needs a network), converts it to the JSON Lines format once and keeps it in the
    cache, where every command then finds it. ESConv is CC BY-NC 4.0: non-commercial use only.
    """
    from trainers.data import DataError, default_data_dir, is_data_dir, resolve_data_dir
    from trainers.esconv_hub import cached_copy, ensure_hub_copy, folder_statistics, matches_release

    if folder is not None and hub:
        fail("give --data DIR or --hub, not both")
    try:
        if hub or (folder is None and default_data_dir() is None):
            if refresh or not is_data_dir(cached_copy()):
                err_console.print("[dim]fetching thu-coai/esconv from the Hugging Face hub (once)…[/dim]")
            source = ensure_hub_copy(refresh=refresh)
        else:
            source = resolve_data_dir(folder)
        stats = folder_statistics(source)
    except DataError as exc:
        fail(str(exc))
    release = matches_release(stats)
    if as_json:
        print(json.dumps({"folder": str(source), "matches_release": release, "splits": stats}, indent=2))
        return
    _print_statistics(source, stats, release)


def _print_statistics(source: Path, stats: dict, release: bool) -> None:
    splits = list(stats)
    table = Table("", *splits, title=f"ESConv in {source}", title_justify="left")
    for key in ("dialogues", "turns", "seeker_turns", "supporter_turns"):
        table.add_row(key.replace("_", " "), *(f"{stats[s][key]:,}" for s in splits))
    for name in next(iter(stats.values()))["strategies"]:
        table.add_row(f"  {name}", *(f"{stats[s]['strategies'][name]:,}" for s in splits))
    out_console.print(table)
    verdict = "match" if release else "differ from (a subset?)"
    out_console.print(f"counts {verdict} the ESConv release: 910 / 195 / 195 dialogues", highlight=False)
    out_console.print("ESConv: Liu et al., ACL 2021, CC BY-NC 4.0 (non-commercial use)", highlight=False)


def register(app: typer.Typer) -> None:
    app.command("data")(data)
