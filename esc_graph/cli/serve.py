"""``esc-graph serve``: the base model and its role adapters behind an OpenAI-compatible HTTP API."""

from __future__ import annotations

from typing import Annotated

import typer

from esc_graph.cli.common import (
    AdaptersOption,
    BaseModelOption,
    PromptOnlyOption,
    chosen_adapters,
    err_console,
    fail,
    quiet_libraries,
)


def serve(
    base_model: BaseModelOption = None,
    adapters: AdaptersOption = None,
    prompt_only: PromptOnlyOption = False,
    host: Annotated[str, typer.Option(help="Address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on")] = 8001,
    name: Annotated[
        str | None, typer.Option("--name", help="Model name for the bare base model [default: base id]")
    ] = None,
    context_length: Annotated[
        int | None,
        typer.Option(min=16, help="Prompt + completion tokens allowed [default: the model's own context]"),
    ] = None,
    default_max_tokens: Annotated[
        int, typer.Option(min=1, help="Completion tokens when a request names no max_tokens")
    ] = 256,
    max_body_bytes: Annotated[int, typer.Option(min=1024, help="Largest request body accepted")] = 1 << 20,
    request_timeout: Annotated[
        float, typer.Option(min=0.1, help="Seconds a request may take, queueing included")
    ] = 120.0,
    max_batch: Annotated[
        int, typer.Option(min=1, help="Sequences decoding together (1: one request at a time)")
    ] = 16,
) -> None:
    """Serve /v1/chat/completions; the request's model field picks the role (planner, generator, ...)."""
    try:
        from esc_graph.serve import Limits, create_app, serve_app
    except ImportError as exc:
        fail(f"serving needs the app and local extras: pip install 'esc-graph[app,local]' ({exc})")
    from esc_graph.adapters import AdapterError
    from esc_graph.models import load_role_models

    quiet_libraries()
    try:
        # The batching engine decodes on the fp32 model: logprobs stay the model's own (esc_graph.serving).
        chosen = chosen_adapters(adapters, prompt_only, base_model)
        models = load_role_models(base_model, chosen, generation="fp32")
    except (AdapterError, OSError, RuntimeError, ValueError) as exc:
        fail(f"cannot load the model: {exc}")
    limits = Limits(
        context_length=context_length,
        default_max_tokens=default_max_tokens,
        max_body_bytes=max_body_bytes,
        request_timeout=request_timeout,
        max_batch=max_batch,
    )
    app = create_app(models, name, limits)
    roles = ", ".join(models.roles) or "none (prompt-only)"
    context = app.state.server.context_length
    err_console.print(
        f"[dim]serving {models.base_name} on http://{host}:{port}/v1; adapters: {roles}; "
        f"context {context} tokens[/dim]"
    )
    serve_app(app, host, port)


def register(app: typer.Typer) -> None:
    app.command()(serve)
