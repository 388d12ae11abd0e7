"""The ``esc-graph`` command. Each module under esc_graph.cli registers its own commands."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="esc-graph",
    help="Emotional-support conversations: a strategy planner and a response generator on one model.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # help texts are plain: "[default: ...]" stays visible
)

from esc_graph.cli import common  # noqa: E402

app.callback()(common.root_options)

from esc_graph.cli import chat  # noqa: E402

chat.register(app)

from esc_graph.cli import sessions  # noqa: E402

sessions.register(app)

from esc_graph.cli import data  # noqa: E402

data.register(app)

from esc_graph.cli import train  # noqa: E402

train.register(app)

from esc_graph.cli import mine  # noqa: E402

mine.register(app)  # `esc-graph mine` and `esc-graph train dpo`

from esc_graph.cli import evaluate  # noqa: E402

evaluate.register(app)

from esc_graph.cli import calibrate  # noqa: E402

calibrate.register(app)

from esc_graph.cli import head  # noqa: E402

head.register(app)

from esc_graph.cli import adapters  # noqa: E402

adapters.register(app)

from esc_graph.cli import pipeline  # noqa: E402

pipeline.register(app)

from esc_graph.cli import release  # noqa: E402

release.register(app)

from esc_graph.cli import serve  # noqa: E402

serve.register(app)

from esc_graph.cli import safety  # noqa: E402

safety.register(app)

from esc_graph.cli import risk  # noqa: E402

risk.register(app)  # `esc-graph train risk`

from esc_graph.cli import appraiser  # noqa: E402

appraiser.register(app)  # `esc-graph train appraiser`


def main() -> None:
    app()
