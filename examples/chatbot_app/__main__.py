"""Start the web chat: ``python -m examples.chatbot_app [--base-model M] [--adapters DIR] [--port 8000]``.

Models: the local base model (default: the packaged SmolLM2) with optional adapters, or
``--server-url`` for an OpenAI-compatible server (``esc-graph serve`` or vLLM), or ``--fake``:
canned replies, for tests and offline work on the page only (the page says so in a red banner).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from esc_graph.backends import SupportModels
from esc_graph.prompts import REPLY_TOKEN_CAP


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m examples.chatbot_app", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument(
        "--db", type=Path, default=Path("chatbot_app.sqlite"), help="SQLite file for sessions"
    )
    parser.add_argument("--base-model", help="Hugging Face id or folder [default: packaged SmolLM2]")
    parser.add_argument(
        "--adapters", type=Path, help="Folder with trained adapters [default: the packaged release]"
    )
    parser.add_argument(
        "--prompt-only", action="store_true", help="No trained adapters, even when a release ships"
    )
    parser.add_argument("--server-url", help="OpenAI-compatible server, e.g. http://127.0.0.1:8001/v1")
    parser.add_argument("--max-new-tokens", type=int, default=REPLY_TOKEN_CAP)
    parser.add_argument(
        "--fake", action="store_true", help="FAKE canned models: for tests and offline UI work only"
    )
    return parser.parse_args(argv)


def release_name(args: argparse.Namespace) -> str:
    """The weights the page names: a release's name, an adapters folder, or "prompt-only"."""
    from esc_graph.release import choose_adapters, weights_name

    if args.fake:
        return "fake (canned replies)"
    if args.server_url:
        return "whatever the server runs"
    return weights_name(choose_adapters(args.adapters, args.prompt_only, args.base_model))


def choose_models(args: argparse.Namespace) -> tuple[SupportModels, str]:
    if args.fake:
        from examples.chatbot_app.app import fake_models

        return fake_models(), "FAKE models (canned replies; for tests only)"
    if args.server_url:
        from esc_graph.remote import remote_models

        return remote_models(args.server_url, max_tokens=args.max_new_tokens), f"server {args.server_url}"
    from esc_graph.cli.common import quiet_libraries
    from esc_graph.models import load_role_models
    from esc_graph.release import choose_adapters

    quiet_libraries()
    role_models = load_role_models(
        args.base_model, choose_adapters(args.adapters, args.prompt_only, args.base_model)
    )
    adapters = ", ".join(role_models.roles) or "none (prompt-only)"
    return SupportModels.local(role_models), f"local {role_models.base_name}; adapters: {adapters}"


def main(argv: list[str] | None = None) -> None:
    import uvicorn

    from examples.chatbot_app.app import create_app

    args = parse_args(argv)
    models, mode = choose_models(args)
    app = create_app(
        models,
        args.db,
        mode=mode,
        fake=args.fake,
        max_new_tokens=args.max_new_tokens,
        release=release_name(args),
    )
    print(f"esc-graph chat on http://{args.host}:{args.port}/  ({mode}; sessions in {args.db})", flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")


if __name__ == "__main__":
    main()
