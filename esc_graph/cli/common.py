"""Helpers shared by CLI commands: one-line errors, progress while models load, offline mode."""

from __future__ import annotations

import logging
import os
import socket
import sys
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, NoReturn
from urllib.parse import urlparse

import typer
from rich.console import Console
from rich.markup import escape

err_console = Console(stderr=True)
out_console = Console()

BaseModelOption = Annotated[
    str | None,
    typer.Option(
        "--base-model",
        help="Hugging Face id or folder of the base model",
        show_default="the packaged SmolLM2-135M-Instruct",
    ),
]
SeedOption = Annotated[int, typer.Option(help="Seed for subsets and training")]
SaveStepsOption = Annotated[int, typer.Option(help="Checkpoint every N steps")]
LoggingStepsOption = Annotated[int | None, typer.Option(help="Log every N steps", show_default="TRL's")]
ResumeOption = Annotated[bool, typer.Option(help="Resume from the latest checkpoint in OUT/checkpoints/")]
AdaptersOption = Annotated[
    Path | None,
    typer.Option(
        "--adapters",
        help="Folder with trained adapters (planner/, generator/, ...) or a release folder",
        show_default="the packaged release if this version ships one, else prompt-only",
    ),
]
PromptOnlyOption = Annotated[
    bool, typer.Option("--prompt-only", help="Run the bare base model with its prompts, no trained adapters")
]
EvalAdaptersOption = Annotated[
    Path | None,
    typer.Option(
        "--adapters",
        help="Folder with trained adapters (planner/, generator/, ...) or a release folder",
        show_default="none: the base model prompt-only",
    ),
]
GenerationOption = Annotated[
    str | None,
    typer.Option(
        "--generation",
        help="How replies are generated: auto (int8 on CPUs, else fp32), fp32, or int8 "
        "(esc_graph/generation_setting.py)",
        show_default="$ESC_GRAPH_GENERATION, else auto",
    ),
]

PlannerAdaptersOption = Annotated[Path, typer.Option("--adapters", help="Adapters folder holding planner/")]
SubsetSeedOption = Annotated[int, typer.Option(help="Subset seed")]


def chosen_adapters(adapters: Path | None, prompt_only: bool, base_model: str | None = None) -> Path | None:
    """The adapters a command loads: --adapters, none with --prompt-only, else the packaged release (with
    a note when --base-model names another model than the one it was trained on: that one runs prompt-only).
    """
    from esc_graph.release import choose_adapters, packaged_release, release_base_model

    try:
        chosen = choose_adapters(adapters, prompt_only, base_model)
    except ValueError as exc:
        fail(str(exc))
    shipped = packaged_release()
    if chosen is None and adapters is None and not prompt_only and shipped is not None:
        err_console.print(
            f"note: the packaged release {shipped.name} was trained on {release_base_model(shipped)}; "
            f"{base_model} runs prompt-only",
            highlight=False,
            soft_wrap=True,
        )
    return chosen


def fail(message: str, code: int = 2) -> NoReturn:
    """Print a one-line error and exit non-zero."""
    line = " ".join(str(message).split())  # library messages may span lines
    err_console.print(f"[red]error:[/red] {escape(line)}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def go_offline() -> None:
    """Never contact the Hugging Face hub: only local folders and files already in its cache."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    hub = sys.modules.get("huggingface_hub.constants")
    if hub is not None:  # read at import time; a library may have imported it already
        hub.HF_HUB_OFFLINE = True


def root_options(
    offline: Annotated[
        bool,
        typer.Option("--offline", help="Never contact the Hugging Face hub (the same as HF_HUB_OFFLINE=1)"),
    ] = False,
) -> None:
    """Emotional-support conversations: a strategy planner and a response generator on one model."""
    if offline:
        go_offline()


def quiet_libraries() -> None:
    """Keep library chatter (and any text it might echo) off the terminal."""
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    os.environ.setdefault("TRANSFORMERS_NO_ADVISORY_WARNINGS", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    import transformers

    transformers.logging.set_verbosity_error()
    transformers.logging.disable_progress_bar()
    logging.getLogger("transformers").setLevel(logging.ERROR)
    offline_without_network()


def offline_without_network() -> None:
    """With no network, act as --offline: files already downloaded load at once, and a missing one
    fails at once, instead of after a minute of retries per file."""
    from huggingface_hub import constants

    if constants.is_offline_mode():
        return
    host = urlparse(constants.ENDPOINT).hostname or constants.ENDPOINT
    try:
        socket.getaddrinfo(host, 443)
    except OSError:
        go_offline()
        err_console.print(f"[dim]no network ({escape(host)} unknown): using files already downloaded[/dim]")


@contextmanager
def loading(what: str, enabled: bool = True):
    """A spinner on stderr while something slow loads; yields a callback to update its text."""
    if not enabled or not sys.stderr.isatty():
        yield lambda _msg: None
        return
    with err_console.status(what) as status:
        update: Callable[[str], None] = lambda msg: status.update(msg)  # noqa: E731
        yield update
