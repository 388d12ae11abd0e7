"""``esc-graph serve``: the base model and its role adapters behind an OpenAI-compatible HTTP API."""

from __future__ import annotations

from typing import Annotated

import typer

from esc_graph.cli.common import AdaptersOption, BaseModelOption, err_console, fail, quiet_libraries


def serve(
    base_model: BaseModelOption = None,
    adapters: AdaptersOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on")] = 8001,
    name: Annotated[
        str | None, typer.Option("--name", help="Model name for the bare base model [default: base id]")
    ] = None,
) -> None:
    """Serve /v1/chat/completions; the request's model field picks the role (planner, generator, ...)."""
    try:
        import uvicorn

        from esc_graph.serve import create_app
    except ImportError as exc:
        fail(f"serving needs the app and local extras: pip install 'esc-graph[app,local]' ({exc})")
    from esc_graph.adapters import AdapterError
    from esc_graph.models import load_role_models

    quiet_libraries()
    try:
        models = load_role_models(base_model, adapters)
    except (AdapterError, OSError, RuntimeError, ValueError) as exc:
        fail(f"cannot load the model: {exc}")
    roles = ", ".join(models.roles) or "none (prompt-only)"
    err_console.print(f"[dim]serving {models.base_name} on http://{host}:{port}/v1; adapters: {roles}[/dim]")
    uvicorn.run(create_app(models, name), host=host, port=port, log_level="warning")


def register(app: typer.Typer) -> None:
    app.command()(serve)
