"""An OpenAI-compatible HTTP server over one base model and its role adapters (``esc-graph serve``).

The ``model`` field of a request picks the role, as vLLM's ``--enable-lora`` picks an adapter by name:
``planner``, ``generator``, ``appraiser`` (a role without an adapter runs on the bare base model).
Endpoints: ``GET /v1/models``, ``POST /v1/chat/completions`` (``stream``, ``logprobs`` and
``top_logprobs`` supported; logprobs are not sent while streaming), ``GET /health``, and one
extension, ``POST /v1/esc/score`` (``model``, ``messages``, ``labels``): each label's exact
probability as the whole answer, from the same packed forward pass as in-process scoring.

It is a small single-process server for development, tests and one-box deployments; for throughput
serve the same base model and adapters with vLLM (see ``esc_graph.remote``). Needs the ``app`` and
``local`` extras.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
import uuid
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

import torch
from fastapi import FastAPI
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field

from esc_graph.adapters import ROLES
from esc_graph.models import sampling_kwargs

if TYPE_CHECKING:
    from esc_graph.models import RoleModels

MAX_TOP_LOGPROBS = 20  # as OpenAI and vLLM's default
MAX_TOKENS_LIMIT = 1024


class ScoreRequest(BaseModel):
    """esc-graph's own extension: exact label probabilities, as the in-process model layer gives them."""

    model: str
    messages: list[dict[str, Any]] = Field(min_length=1)
    labels: list[str] = Field(min_length=1, max_length=64)


class ChatRequest(BaseModel):
    """The subset of the OpenAI chat-completions request this server honours; other fields are ignored."""

    model_config = ConfigDict(extra="allow")
    model: str
    messages: list[dict[str, Any]] = Field(min_length=1)
    temperature: float | None = Field(default=None, ge=0, le=2)
    top_p: float | None = Field(default=None, gt=0, le=1)
    max_tokens: int | None = Field(default=None, ge=1, le=MAX_TOKENS_LIMIT)
    max_completion_tokens: int | None = Field(default=None, ge=1, le=MAX_TOKENS_LIMIT)
    stream: bool = False
    logprobs: bool = False
    top_logprobs: int | None = Field(default=None, ge=0, le=MAX_TOP_LOGPROBS)
    seed: int | None = None


def _text(content: Any) -> str:
    """OpenAI message content: a string, or a list of parts of which the text parts count."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(p.get("text", "") for p in content if isinstance(p, dict) and p.get("type") == "text")
    return ""


def _error(status: int, message: str, kind: str = "invalid_request_error") -> JSONResponse:
    return JSONResponse({"error": {"message": message, "type": kind, "code": status}}, status_code=status)


class RoleServer:
    """Request handling over one ``RoleModels``; the FastAPI app is ``create_app(models)``."""

    def __init__(self, models: RoleModels, base_name: str | None = None) -> None:
        self.models = models
        self.base_name = base_name or models.base_name
        self.created = int(time.time())

    def model_names(self) -> list[str]:
        return [self.base_name, *ROLES]

    def role_for(self, model: str) -> str | None:
        if model in ROLES or model in self.models.roles:
            return model
        if model == self.base_name:
            return "base"  # no adapter of that name: the bare base model
        return None

    def chat_messages(self, request: ChatRequest) -> list[dict[str, str]]:
        return [
            {"role": str(m.get("role", "user")), "content": _text(m.get("content"))} for m in request.messages
        ]

    @staticmethod
    def settings(request: ChatRequest) -> dict[str, Any]:
        return {
            "max_new_tokens": request.max_completion_tokens or request.max_tokens or 256,
            "temperature": 1.0 if request.temperature is None else request.temperature,
            "top_p": request.top_p or 1.0,
            "seed": request.seed,
        }

    # -- generation with log-probabilities ----------------------------------------------------
    @torch.inference_mode()
    def generate_with_logprobs(
        self, role: str, messages: list[dict[str, str]], top: int, **settings: Any
    ) -> tuple[str, list[dict[str, Any]], str]:
        models, tok = self.models, self.models.tokenizer
        ids = torch.tensor([models.prompt_ids(messages)], device=models.model.device)
        if settings["seed"] is not None:
            torch.manual_seed(settings["seed"])
        sampling = sampling_kwargs(settings["temperature"], settings["top_p"])
        with models.role(role) as model:
            out = model.generate(
                input_ids=ids,
                attention_mask=torch.ones_like(ids),
                max_new_tokens=settings["max_new_tokens"],
                pad_token_id=tok.pad_token_id,
                eos_token_id=tok.eos_token_id,
                output_logits=True,
                return_dict_in_generate=True,
                **sampling,
            )
        new = out.sequences[0, ids.shape[1] :].tolist()
        special = set(tok.all_special_ids)
        content = []
        for token_id, logits in zip(new, out.logits, strict=False):
            if token_id in special:
                continue
            logp = torch.log_softmax(logits[0].float(), dim=-1)
            entry = self._token_entry(token_id, float(logp[token_id]))
            values, indices = logp.topk(top) if top else (torch.empty(0), torch.empty(0, dtype=torch.long))
            entry["top_logprobs"] = [
                self._token_entry(int(i), float(v)) for v, i in zip(values, indices, strict=True)
            ]
            content.append(entry)
        stopped = bool(new) and new[-1] == tok.eos_token_id
        finish = "stop" if stopped or len(new) < settings["max_new_tokens"] else "length"
        return tok.decode(new, skip_special_tokens=True).strip(), content, finish

    def _token_entry(self, token_id: int, logprob: float) -> dict[str, Any]:
        text = self.models.tokenizer.decode([token_id])
        return {"token": text, "logprob": logprob, "bytes": list(text.encode("utf-8"))}

    # -- responses --------------------------------------------------------------------------
    def complete(self, request: ChatRequest, role: str) -> dict[str, Any]:
        messages, settings = self.chat_messages(request), self.settings(request)
        logprobs = None
        if request.logprobs:
            text, content, finish = self.generate_with_logprobs(
                role, messages, request.top_logprobs or 0, **settings
            )
            logprobs = {"content": content}
        else:
            text = self.models.generate(role, messages, **settings)
            finish = "stop"
        prompt_tokens = len(self.models.prompt_ids(messages))
        completion_tokens = len(self.models.tokenizer(text, add_special_tokens=False).input_ids)
        return {
            "id": f"chatcmpl-{uuid.uuid4().hex}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": request.model,
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": text},
                    "logprobs": logprobs,
                    "finish_reason": finish,
                }
            ],
            "usage": {
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": prompt_tokens + completion_tokens,
            },
        }

    async def stream(self, request: ChatRequest, role: str) -> AsyncIterator[str]:
        """Server-sent events in OpenAI's chunk format, ending with ``data: [DONE]``."""
        loop = asyncio.get_running_loop()
        pieces: asyncio.Queue[str | BaseException | None] = asyncio.Queue()
        messages, settings = self.chat_messages(request), self.settings(request)

        def work() -> None:
            try:
                self.models.generate(
                    role,
                    messages,
                    on_token=lambda piece: loop.call_soon_threadsafe(pieces.put_nowait, piece),
                    **settings,
                )
            except BaseException as exc:  # reported to the client as an error event
                loop.call_soon_threadsafe(pieces.put_nowait, exc)
            finally:
                loop.call_soon_threadsafe(pieces.put_nowait, None)

        chunk_id, created = f"chatcmpl-{uuid.uuid4().hex}", int(time.time())

        def chunk(delta: dict[str, Any], finish: str | None = None) -> str:
            body = {
                "id": chunk_id,
                "object": "chat.completion.chunk",
                "created": created,
                "model": request.model,
                "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}],
            }
            return f"data: {json.dumps(body)}\n\n"

        threading.Thread(target=work, daemon=True).start()
        yield chunk({"role": "assistant", "content": ""})
        while (piece := await pieces.get()) is not None:
            if isinstance(piece, BaseException):
                error = {"error": {"message": "generation failed", "type": "server_error"}}
                yield f"data: {json.dumps(error)}\n\n"
                break
            yield chunk({"content": piece})
        yield chunk({}, "stop")
        yield "data: [DONE]\n\n"


def create_app(models: RoleModels, base_name: str | None = None) -> FastAPI:
    """The FastAPI app serving ``models`` (run it with uvicorn, or ``esc-graph serve``)."""
    server = RoleServer(models, base_name)
    app = FastAPI(title="esc-graph model server", version="1")
    app.state.server = server

    @app.get("/health")
    def health() -> dict[str, Any]:
        return {"status": "ok", "adapters": list(models.roles)}

    @app.get("/v1/models")
    def list_models() -> dict[str, Any]:
        data = [
            {"id": name, "object": "model", "created": server.created, "owned_by": "esc-graph"}
            for name in server.model_names()
        ]
        return {"object": "list", "data": data}

    @app.post("/v1/esc/score", response_model=None)
    async def score(request: ScoreRequest) -> JSONResponse:
        role = server.role_for(request.model)
        if role is None:
            return _error(404, f"model {request.model!r} not found", "not_found_error")
        if len(set(request.labels)) != len(request.labels) or not all(request.labels):
            return _error(400, "labels must be distinct and non-empty")
        messages = [
            {"role": str(m.get("role", "user")), "content": _text(m.get("content"))} for m in request.messages
        ]
        probs = await asyncio.to_thread(models.score, role, messages, request.labels)
        return JSONResponse({"model": request.model, "probs": probs})

    @app.post("/v1/chat/completions", response_model=None)
    async def chat_completions(request: ChatRequest) -> JSONResponse | StreamingResponse:
        role = server.role_for(request.model)
        if role is None:
            names = ", ".join(server.model_names())
            return _error(404, f"model {request.model!r} not found; served: {names}", "not_found_error")
        if request.stream:
            return StreamingResponse(server.stream(request, role), media_type="text/event-stream")
        body = await asyncio.to_thread(server.complete, request, role)
        return JSONResponse(body)

    return app
