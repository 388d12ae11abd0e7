"""One completion, token by token: sampling, log-probabilities, stop strings and a stop check before
every decode step, so a cancelled or overdue request stops within one step."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import torch
from transformers import DynamicCache

if TYPE_CHECKING:
    from esc_graph.models import RoleModels
    from esc_graph.prompts import ChatMessage


@dataclass(frozen=True)
class Sampling:
    max_tokens: int
    temperature: float = 1.0
    top_p: float = 1.0
    seed: int | None = None
    stop: tuple[str, ...] = ()
    top_logprobs: int | None = None  # None: no log-probabilities; 0: the chosen token's only


@dataclass
class Piece:
    """New reply text and the log-probabilities of the tokens that made it (when asked for)."""

    text: str
    logprobs: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Completion:
    text: str
    finish_reason: str  # "stop", "length", or why it was stopped early: "cancelled", "deadline", "shutdown"
    tokens: int
    logprobs: list[dict[str, Any]] = field(default_factory=list)


def eos_ids(models: RoleModels) -> set[int]:
    found = {models.tokenizer.eos_token_id}
    configured = getattr(models.model.generation_config, "eos_token_id", None)
    found.update(configured if isinstance(configured, list) else [configured])
    return {i for i in found if i is not None}


def _pick(logits: torch.Tensor, sampling: Sampling, generator: torch.Generator | None) -> int:
    if sampling.temperature <= 0:
        return int(logits.argmax())
    probs = torch.softmax(logits / sampling.temperature, dim=-1)
    if sampling.top_p < 1.0:
        ordered, order = probs.sort(descending=True)
        outside = ordered.cumsum(-1) - ordered > sampling.top_p  # keep the smallest set reaching top_p
        ordered[outside] = 0.0
        probs = torch.zeros_like(probs).scatter_(0, order, ordered)
    return int(torch.multinomial(probs, 1, generator=generator))


def _held_back(text: str, stops: Sequence[str]) -> int:
    """How many trailing characters could still turn into a stop string (they wait for more text)."""
    longest = 0
    for stop in stops:
        for size in range(min(len(stop) - 1, len(text)), longest, -1):
            if text.endswith(stop[:size]):
                longest = size
                break
    return longest


class _Text:
    """Decoded reply text, released piece by piece without partial characters or stop-string starts."""

    def __init__(self, models: RoleModels, stops: Sequence[str]) -> None:
        self.tokenizer = models.tokenizer
        self.stops = [s for s in stops if s]
        self.tokens: list[int] = []
        self.sent = 0
        self.stopped_at: int | None = None

    def add(self, token: int) -> str:
        self.tokens.append(token)
        text = self.tokenizer.decode(self.tokens, skip_special_tokens=True)
        hits = [i for i in (text.find(s, self.sent) for s in self.stops) if i >= 0]
        if hits:
            self.stopped_at = min(hits)
            return self._release(text[: self.stopped_at])
        if text.endswith("\ufffd"):
            return ""
        return self._release(text[: len(text) - _held_back(text, self.stops)])

    def flush(self) -> str:
        if self.stopped_at is not None:
            return ""
        return self._release(self.tokenizer.decode(self.tokens, skip_special_tokens=True))

    def _release(self, upto: str) -> str:
        piece = upto[self.sent :]
        self.sent = max(self.sent, len(upto))
        return piece


def _entry(models: RoleModels, token_id: int, logprob: float) -> dict[str, Any]:
    text = models.tokenizer.decode([token_id])
    return {"token": text, "logprob": logprob, "bytes": list(text.encode("utf-8"))}


def _logprob_entry(models: RoleModels, logits: torch.Tensor, token: int, top: int) -> dict[str, Any]:
    logp = torch.log_softmax(logits, dim=-1)
    entry = _entry(models, token, float(logp[token]))
    values, indices = logp.topk(top) if top else (torch.empty(0), torch.empty(0, dtype=torch.long))
    entry["top_logprobs"] = [_entry(models, int(i), float(v)) for v, i in zip(values, indices, strict=True)]
    return entry


@torch.inference_mode()
def complete(
    models: RoleModels,
    role: str,
    messages: Sequence[ChatMessage],
    prompt: Sequence[int],
    sampling: Sampling,
    should_stop: Callable[[], str | None],
    on_piece: Callable[[Piece], None] | None = None,
) -> Completion:
    """Decode up to ``sampling.max_tokens`` tokens after ``prompt`` under ``role``'s adapter.

    ``should_stop`` is asked before every step; a reason it returns ends the completion with that
    reason as its finish reason. Log-probabilities are those of the model's own distribution (before
    temperature and top-p), as OpenAI and vLLM report them.
    """
    eos = eos_ids(models)
    text = _Text(models, sampling.stop)
    pending: list[dict[str, Any]] = []
    all_logprobs: list[dict[str, Any]] = []
    parts: list[str] = []
    generator = None
    if sampling.seed is not None:
        generator = torch.Generator(device=models.model.device).manual_seed(sampling.seed)

    def release(piece: str, last: bool = False) -> None:
        if piece or (last and pending and text.stopped_at is None):
            parts.append(piece)
            if on_piece is not None:
                on_piece(Piece(piece, list(pending)))
            pending.clear()

    reason, count = "length", 0
    with models.role(role) as model:
        prefix = models._usable_prefix(messages, prompt)
        cache = models._prefix_cache(role, model, prefix) or DynamicCache()
        step_ids = torch.tensor([list(prompt[len(prefix) :])], device=model.device)
        while count < sampling.max_tokens:
            if (stopped := should_stop()) is not None:
                reason = stopped
                break
            logits = model(input_ids=step_ids, cache=cache, use_cache=True, logits_to_keep=1).logits[0, -1]
            logits = logits.float()
            token = _pick(logits, sampling, generator)
            count += 1
            if token in eos:
                reason = "stop"
                break
            if sampling.top_logprobs is not None:
                entry = _logprob_entry(models, logits, token, sampling.top_logprobs)
                pending.append(entry)
                all_logprobs.append(entry)
            release(text.add(token))
            if text.stopped_at is not None:
                reason = "stop"
                break
            step_ids = torch.tensor([[token]], device=model.device)
    release(text.flush(), last=True)
    return Completion("".join(parts), reason, count, all_logprobs)
