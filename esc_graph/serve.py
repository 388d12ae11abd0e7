"""An OpenAI-compatible HTTP server over one base model and its role adapters (``esc-graph serve``).

The ``model`` field of a request picks the role, as vLLM's ``--enable-lora`` picks an adapter by name:
``planner``, ``generator``, ``appraiser`` (a role without an adapter runs on the bare base model).
Endpoints: ``GET /v1/models``, ``GET /v1/models/{id}``, ``POST /v1/chat/completions`` (``stream`` with
``stream_options.include_usage``, ``n``, ``stop``, ``seed``, ``logprobs``/``top_logprobs`` also while
streaming; ``tools``, JSON ``response_format`` and other unsupported fields are refused with a 400 that
names them), ``GET /health``, and one extension, ``POST /v1/esc/score`` (``model``, ``messages``,
``labels``): each label's exact probability as the whole answer, from the same packed forward pass as
in-process scoring.

Limits are checked before any compute: the request body size (413), prompt plus ``max_tokens`` within
the model's context (400 ``context_length_exceeded``); each request has a deadline (504). Requests
queue first-in, first-out for the one model, and those of one role decode together in a batch that a
request joins and leaves between steps; a client that disconnects, a deadline or SIGTERM stops a
generation before its next decode step. Errors are OpenAI-style ``{"error": {...}}`` bodies.

It is a small single-process server for development, tests and one-box deployments; for throughput
serve the same base model and adapters with vLLM (see ``esc_graph.remote``). Needs the ``app`` and
``local`` extras.
"""

from esc_graph.serving.app import Limits, RoleServer, create_app
from esc_graph.serving.run import serve_app

__all__ = ["Limits", "RoleServer", "create_app", "serve_app"]
