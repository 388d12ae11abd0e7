"""Help pages show every default, including the ones written into an option's help text."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
import typer.main
from typer.testing import CliRunner

from esc_graph.cli import app

ROOT = typer.main.get_command(app)


def commands(group=ROOT, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], object]]:
    for name, command in group.commands.items():
        if hasattr(command, "commands"):
            yield from commands(command, (*path, name))
        else:
            yield (*path, name), command


def flat(text: str) -> str:
    """Without whitespace: the help formatter wraps long values, also after a hyphen."""
    return re.sub(r"\s+", "", text)


def help_page(path: tuple[str, ...]) -> str:
    result = CliRunner().invoke(app, [*path, "--help"])
    assert result.exit_code == 0, result.output
    return flat(result.output)


COMMANDS = list(commands())


@pytest.mark.parametrize(("path", "command"), COMMANDS, ids=[" ".join(p) for p, _ in COMMANDS])
def test_every_written_default_is_on_the_help_page(path: tuple[str, ...], command) -> None:
    page = help_page(path)
    for param in command.params:
        written = re.findall(r"\[default:[^\]]*\]", getattr(param, "help", None) or "")
        for default in written:
            assert flat(default) in page, (param.name, default)
        if isinstance(getattr(param, "show_default", None), str):
            assert flat(param.show_default) in page, param.name


def test_chat_help_names_its_defaults_and_how_to_leave() -> None:
    page = help_page(("chat",))
    shown = ("sessions.sqlite", "a new random id", "SmolLM2-135M-Instruct", "[default: local]", "--wait")
    assert all(flat(text) in page for text in shown)
    assert "Ctrl-D" in page and "emptyline" in page


def test_the_offline_switch_is_on_the_main_page() -> None:
    assert "--offline" in help_page(())
