"""The FastAPI app: routes, limits checked before any compute, and OpenAI's response and chunk formats."""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, StreamingResponse

from esc_graph.adapters import ROLES
from esc_graph.serving.decode import Completion, Sampling
from esc_graph.serving.engine import (
    DEFAULT_MAX_BATCH,
    ChoiceDone,
    ChoicePiece,
    Engine,
    Job,
    JobFailed,
    ShuttingDown,
)
from esc_graph.serving.errors import ApiError, BodyLimit, install_error_handlers
from esc_graph.serving.schema import ChatRequest, ScoreRequest, chat_messages, check_supported

if TYPE_CHECKING:
    from esc_graph.models import RoleModels
    from esc_graph.prompts import ChatMessage


@dataclass(frozen=True)
class Limits:
    """What one request may ask for; checked before the request reaches the model."""

    context_length: int | None = None  # None: the model's max_position_embeddings
    default_max_tokens: int = 256  # when a request names no max_tokens (capped by the context left)
    max_body_bytes: int = 1 << 20
    request_timeout: float = 120.0  # seconds from arrival, queueing included
    max_batch: int = DEFAULT_MAX_BATCH  # sequences decoding together


_EARLY_ENDS = {
    "deadline": (504, "timeout", "the request ran past its deadline of {timeout:g} s"),
    "shutdown": (503, "server_shutting_down", "the server is shutting down"),
    "cancelled": (499, "cancelled", "the request was cancelled"),
}


def _early_end(reason: str, limits: Limits) -> ApiError:
    status, code, message = _EARLY_ENDS[reason]
    return ApiError(status, message.format(timeout=limits.request_timeout), code=code, kind="server_error")


def _sse(body: dict[str, Any]) -> str:
    return f"data: {json.dumps(body)}\n\n"


class RoleServer:
    """Request handling over one ``RoleModels``; the app is ``create_app(models)``."""

    def __init__(self, models: RoleModels, base_name: str | None, limits: Limits) -> None:
        self.models = models
        self.base_name = base_name or models.base_name
        self.limits = limits
        self.engine = Engine(models, limits.max_batch)
        self.created = int(time.time())
        configured = getattr(models.model.config, "max_position_embeddings", None) or 2048
        self.context_length = limits.context_length or int(configured)

    def model_names(self) -> list[str]:
        return [self.base_name, *ROLES]

    def model_card(self, name: str) -> dict[str, Any]:
        return {"id": name, "object": "model", "created": self.created, "owned_by": "esc-graph"}

    def role_for(self, model: str) -> str:
        if model in ROLES or model in self.models.roles:
            return model
        if model == self.base_name:
            return "base"  # no adapter of that name: the bare base model
        names = ", ".join(self.model_names())
        raise ApiError(
            404, f"model {model!r} not found; served: {names}", param="model", code="model_not_found"
        )

    def check_open(self) -> None:
        if self.engine.closing:
            raise _early_end("shutdown", self.limits)

    async def prompt_of(self, messages: list[ChatMessage]) -> list[int]:
        return await asyncio.to_thread(self.models.prompt_ids, messages)

    def max_tokens(self, request: ChatRequest, prompt_tokens: int) -> int:
        """The completion budget, refused with OpenAI's ``context_length_exceeded`` when it cannot fit."""
        asked = request.max_completion_tokens or request.max_tokens
        room = self.context_length - prompt_tokens
        if room < 1 or (asked is not None and asked > room):
            wanted = f"{prompt_tokens + (asked or 1)} tokens ({prompt_tokens} in the messages, "
            raise ApiError(
                400,
                f"This model's maximum context length is {self.context_length} tokens. However, you "
                f"requested {wanted}{asked or 1} in the completion). Shorten the messages or the completion.",
                param="messages",
                code="context_length_exceeded",
            )
        return asked or min(self.limits.default_max_tokens, room)

    async def job_for(self, request: ChatRequest) -> Job:
        self.check_open()
        role = self.role_for(request.model)
        check_supported(request)
        messages = chat_messages(request.messages)
        prompt = await self.prompt_of(messages)
        sampling = Sampling(
            max_tokens=self.max_tokens(request, len(prompt)),
            temperature=1.0 if request.temperature is None else request.temperature,
            top_p=request.top_p or 1.0,
            seed=request.seed,
            stop=request.stop_strings(),
            top_logprobs=(request.top_logprobs or 0) if request.logprobs else None,
        )
        deadline = time.monotonic() + self.limits.request_timeout
        return Job(role, messages, prompt, sampling, n=request.n or 1, deadline=deadline)

    # -- responses ------------------------------------------------------------------------------
    async def complete(self, request: ChatRequest, job: Job, http: Request) -> dict[str, Any]:
        done: dict[int, Completion] = {}

        async def watch() -> None:  # a non-streaming client that hangs up frees the model too
            while not await http.is_disconnected():
                await asyncio.sleep(0.1)
            job.stop("cancelled")

        watcher = asyncio.create_task(watch())
        events = self.engine.run(job)
        try:
            async for event in events:
                if isinstance(event, JobFailed):
                    raise ApiError(500, event.message, kind="server_error")
                if isinstance(event, ChoiceDone):
                    if event.completion.finish_reason in _EARLY_ENDS:
                        raise _early_end(event.completion.finish_reason, self.limits)
                    done[event.index] = event.completion
        finally:
            watcher.cancel()
            await events.aclose()
        choices = [
            {
                "index": i,
                "message": {"role": "assistant", "content": c.text},
                "logprobs": {"content": c.logprobs} if request.logprobs else None,
                "finish_reason": c.finish_reason,
            }
            for i, c in sorted(done.items())
        ]
        return {
            "id": f"chatcmpl-{uuid.uuid4().hex}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": request.model,
            "choices": choices,
            "usage": self.usage(len(job.prompt), sum(c.tokens for c in done.values())),
        }

    @staticmethod
    def usage(prompt: int, completion: int) -> dict[str, int]:
        return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}

    async def stream(self, request: ChatRequest, job: Job) -> AsyncIterator[str]:
        """Server-sent events in OpenAI's chunk format, ending with ``data: [DONE]``; closing the
        connection stops the job before its next decode step."""
        chunk_id, created = f"chatcmpl-{uuid.uuid4().hex}", int(time.time())
        with_usage = bool(request.stream_options and request.stream_options.include_usage)

        def chunk(choices: list[dict[str, Any]], usage: dict[str, int] | None = None) -> str:
            body: dict[str, Any] = {
                "id": chunk_id,
                "object": "chat.completion.chunk",
                "created": created,
                "model": request.model,
                "choices": choices,
            }
            if with_usage:
                body["usage"] = usage
            return _sse(body)

        def choice(index: int, delta: dict, logprobs: Any = None, finish: str | None = None) -> dict:
            return {"index": index, "delta": delta, "logprobs": logprobs, "finish_reason": finish}

        for index in range(job.n):
            yield chunk([choice(index, {"role": "assistant", "content": ""})])
        tokens = 0
        events = self.engine.run(job)
        try:
            async for event in events:
                if isinstance(event, ChoicePiece):
                    logprobs = {"content": event.piece.logprobs} if request.logprobs else None
                    yield chunk([choice(event.index, {"content": event.piece.text}, logprobs)])
                elif isinstance(event, ChoiceDone):
                    reason = event.completion.finish_reason
                    if reason in _EARLY_ENDS:
                        yield _sse(_early_end(reason, self.limits).body)
                        break
                    tokens += event.completion.tokens
                    yield chunk([choice(event.index, {}, None, reason)])
                else:
                    yield _sse(ApiError(500, event.message, kind="server_error").body)
                    break
            else:
                if with_usage:
                    yield chunk([], self.usage(len(job.prompt), tokens))
        except ShuttingDown:  # SIGTERM came between the checks and the queue
            yield _sse(_early_end("shutdown", self.limits).body)
        finally:
            await events.aclose()
        yield "data: [DONE]\n\n"


def create_app(models: RoleModels, base_name: str | None = None, limits: Limits | None = None) -> FastAPI:
    """The FastAPI app serving ``models`` (run it with ``serve_app``, uvicorn, or ``esc-graph serve``)."""
    server = RoleServer(models, base_name, limits or Limits())

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        server.engine.close()

    app = FastAPI(title="esc-graph model server", version="1", lifespan=lifespan)
    app.state.server = server
    app.add_middleware(BodyLimit, max_bytes=server.limits.max_body_bytes)
    install_error_handlers(app)

    @app.exception_handler(ShuttingDown)
    async def shutting_down(request: Request, exc: ShuttingDown) -> JSONResponse:
        return _early_end("shutdown", server.limits).response()

    @app.get("/health")
    def health() -> dict[str, Any]:
        status = "shutting_down" if server.engine.closing else "ok"
        return {"status": status, "adapters": list(models.roles), "in_flight": server.engine.in_flight}

    @app.get("/v1/models")
    def list_models() -> dict[str, Any]:
        return {"object": "list", "data": [server.model_card(name) for name in server.model_names()]}

    @app.get("/v1/models/{model_id:path}")
    def retrieve_model(model_id: str) -> dict[str, Any]:
        server.role_for(model_id)
        return server.model_card(model_id)

    @app.post("/v1/esc/score", response_model=None)
    async def score(request: ScoreRequest) -> JSONResponse:
        server.check_open()
        role = server.role_for(request.model)
        if len(set(request.labels)) != len(request.labels) or not all(request.labels):
            raise ApiError(400, "labels must be distinct and non-empty", param="labels", code="invalid_value")
        messages = chat_messages(request.messages)
        prompt = await server.prompt_of(messages)
        if len(prompt) >= server.context_length:
            raise ApiError(
                400,
                f"the messages take {len(prompt)} tokens; this model's context is {server.context_length}",
                param="messages",
                code="context_length_exceeded",
            )
        probs = await server.engine.call(models.score, role, messages, request.labels)
        return JSONResponse({"model": request.model, "probs": probs})

    @app.post("/v1/chat/completions", response_model=None)
    async def chat_completions(request: ChatRequest, http: Request) -> JSONResponse | StreamingResponse:
        job = await server.job_for(request)
        if request.stream:
            return StreamingResponse(server.stream(request, job), media_type="text/event-stream")
        return JSONResponse(await server.complete(request, job, http))

    return app
