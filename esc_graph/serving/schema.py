"""The chat-completions request as this server accepts it, and what it refuses.

Every field the OpenAI API defines is either honoured, ignored because it cannot change the output
(``user``, ``metadata``, ...), or refused with a 400 that names it: never silently dropped.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from esc_graph.prompts import ChatMessage
from esc_graph.serving.errors import ApiError, unsupported

MAX_TOP_LOGPROBS = 20  # as OpenAI and vLLM's default
MAX_CHOICES = 8
MAX_STOP_STRINGS = 4

# Fields that cannot change a completion: accepted and ignored.
IGNORED = frozenset({"user", "metadata", "store", "service_tier", "safety_identifier", "prompt_cache_key"})
# Fields this server cannot honour: refused by name.
UNSUPPORTED = {
    "tools": "tools (function calling) are not supported by this server",
    "tool_choice": "tools (function calling) are not supported by this server",
    "functions": "functions (function calling) are not supported by this server",
    "function_call": "functions (function calling) are not supported by this server",
    "parallel_tool_calls": "tools (function calling) are not supported by this server",
    "audio": "audio output is not supported by this server",
    "modalities": "only text output is supported by this server",
    "prediction": "predicted outputs are not supported by this server",
    "web_search_options": "web search is not supported by this server",
    "reasoning_effort": "reasoning effort is not supported by this server",
    "verbosity": "verbosity is not supported by this server",
}


class StreamOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")
    include_usage: bool = False
    include_obfuscation: bool | None = None


class InputMessage(BaseModel):
    model_config = ConfigDict(extra="allow")
    role: Literal["system", "developer", "user", "assistant", "tool", "function"]
    content: str | list[dict[str, Any]] | None = None
    name: str | None = None


class ChatRequest(BaseModel):
    """The OpenAI chat-completions request; unknown fields are kept to be refused by name."""

    model_config = ConfigDict(extra="allow")
    model: str
    messages: list[InputMessage] = Field(min_length=1)
    temperature: float | None = Field(default=None, ge=0, le=2)
    top_p: float | None = Field(default=None, gt=0, le=1)
    max_tokens: int | None = Field(default=None, ge=1)
    max_completion_tokens: int | None = Field(default=None, ge=1)
    n: int | None = Field(default=None, ge=1, le=MAX_CHOICES)
    stop: str | list[str] | None = None
    stream: bool | None = False
    stream_options: StreamOptions | None = None
    logprobs: bool | None = False
    top_logprobs: int | None = Field(default=None, ge=0, le=MAX_TOP_LOGPROBS)
    seed: int | None = None
    response_format: dict[str, Any] | None = None
    frequency_penalty: float | None = Field(default=None, ge=-2, le=2)
    presence_penalty: float | None = Field(default=None, ge=-2, le=2)
    logit_bias: dict[str, float] | None = None

    def stop_strings(self) -> tuple[str, ...]:
        if self.stop is None:
            return ()
        return (self.stop,) if isinstance(self.stop, str) else tuple(self.stop)


class ScoreRequest(BaseModel):
    """esc-graph's own extension: exact label probabilities, as the in-process model layer gives them."""

    model: str
    messages: list[InputMessage] = Field(min_length=1)
    labels: list[str] = Field(min_length=1, max_length=64)


def _invalid(param: str, message: str) -> ApiError:
    return ApiError(400, message, param=param, code="invalid_value")


def _text(content: str | list[dict[str, Any]] | None, where: str) -> str:
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    texts = []
    for i, part in enumerate(content):
        if part.get("type") != "text":
            kind = part.get("type")
            raise unsupported(f"{where}.content[{i}]", f"{kind} content is not supported: text only")
        texts.append(str(part.get("text", "")))
    return "".join(texts)


def chat_messages(messages: list[InputMessage]) -> list[ChatMessage]:
    """The request's messages as plain role/content pairs (``developer`` counts as ``system``)."""
    out: list[ChatMessage] = []
    for i, message in enumerate(messages):
        where = f"messages[{i}]"
        if message.role in ("tool", "function"):
            raise unsupported(f"{where}.role", f"{message.role} messages are not supported (no tools here)")
        if (message.model_extra or {}).get("tool_calls"):
            raise unsupported(f"{where}.tool_calls", "tool calls are not supported by this server")
        if message.content is None and message.role != "assistant":
            raise _invalid(f"{where}.content", f"{where}.content is required")
        role = "system" if message.role == "developer" else message.role
        out.append({"role": role, "content": _text(message.content, where)})
    return out


def check_supported(request: ChatRequest) -> None:
    """Refuse, by name, what this server cannot do; the first problem found is reported."""
    for name, value in (request.model_extra or {}).items():
        if name in IGNORED:
            continue
        if name in UNSUPPORTED:
            if value is None or value == [] or (name == "parallel_tool_calls" and value is False):
                continue  # a client filling in the default asks for nothing
            raise unsupported(name, UNSUPPORTED[name])
        raise ApiError(400, f"unrecognized request argument: {name}", param=name, code="unknown_parameter")
    form = (request.response_format or {}).get("type", "text")
    if form != "text":
        raise unsupported(
            "response_format",
            f"response_format {form!r} is not supported: this server cannot constrain output to JSON; "
            "ask for JSON in the prompt and validate the reply, or use a server with guided decoding",
        )
    for name in ("frequency_penalty", "presence_penalty"):
        if getattr(request, name):
            raise unsupported(name, f"{name} is not supported by this server (only 0)")
    if request.logit_bias:
        raise unsupported("logit_bias", "logit_bias is not supported by this server")
    if request.top_logprobs is not None and not request.logprobs:
        raise _invalid("top_logprobs", "top_logprobs needs logprobs set to true")
    if request.stream_options is not None and not request.stream:
        raise _invalid("stream_options", "stream_options is only allowed when stream is true")
    stops = request.stop_strings()
    if len(stops) > MAX_STOP_STRINGS or not all(stops):
        raise _invalid("stop", f"stop: up to {MAX_STOP_STRINGS} non-empty strings")
