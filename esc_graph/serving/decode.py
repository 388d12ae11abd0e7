"""The parts of decoding one completion: its settings, token choice, log-probabilities, and its text
released piece by piece (no partial characters, nothing of a stop string)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import torch
from transformers import PreTrainedTokenizerBase

if TYPE_CHECKING:
    from esc_graph.models import RoleModels


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


def pick(
    logits: torch.Tensor, samplings: Sequence[Sampling], generators: Sequence[torch.Generator | None]
) -> list[int]:
    """The next token of every row of ``logits``: greedy at temperature 0, else nucleus sampling.

    A sampled row draws one uniform number from its own generator and takes the token where it falls
    in the cumulative probabilities (an exact draw, much cheaper than ``torch.multinomial`` or noise over
    a large vocabulary), so a seeded request gives the same reply alone or in a batch.
    """
    chosen = logits.argmax(dim=-1)
    sampled = [i for i, s in enumerate(samplings) if s.temperature > 0]
    if sampled:
        rows = torch.tensor(sampled, device=logits.device)
        temperatures = torch.tensor([samplings[i].temperature for i in sampled], device=logits.device)
        picked = logits if len(sampled) == len(samplings) else logits.index_select(0, rows)
        probs = torch.softmax(picked / temperatures[:, None], dim=-1)
        order: dict[int, torch.Tensor] = {}
        for k, i in enumerate(sampled):
            if samplings[i].top_p < 1.0:
                ordered, order[k] = probs[k].sort(descending=True)
                ordered[ordered.cumsum(-1) - ordered > samplings[i].top_p] = 0.0  # keep what reaches top_p
                probs[k] = ordered
        cumulative = probs.cumsum(dim=-1)
        draws = (
            torch.stack([torch.rand(1, generator=generators[i], device=logits.device) for i in sampled])
            * cumulative[:, -1:]
        )
        found = torch.searchsorted(cumulative, draws).clamp_(max=probs.shape[-1] - 1).squeeze(-1)
        for k, position in order.items():
            found[k] = position[found[k]]
        chosen[rows] = found
    return chosen.tolist()


def _held_back(text: str, stops: Sequence[str]) -> int:
    """How many trailing characters could still turn into a stop string (they wait for more text)."""
    longest = 0
    for stop in stops:
        for size in range(min(len(stop) - 1, len(text)), longest, -1):
            if text.endswith(stop[:size]):
                longest = size
                break
    return longest


class TextStream:
    """Decoded reply text, released piece by piece without partial characters or stop-string starts."""

    def __init__(self, tokenizer: PreTrainedTokenizerBase, stops: Sequence[str]) -> None:
        self.tokenizer = tokenizer
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


def _entry(tokenizer: PreTrainedTokenizerBase, token_id: int, logprob: float) -> dict[str, Any]:
    text = tokenizer.decode([token_id])
    return {"token": text, "logprob": logprob, "bytes": list(text.encode("utf-8"))}


def logprob_entry(
    tokenizer: PreTrainedTokenizerBase, logits: torch.Tensor, token: int, top: int
) -> dict[str, Any]:
    """The chosen token's log-probability and the ``top`` likeliest, from the model's own distribution
    (before temperature and top-p), as OpenAI and vLLM report them."""
    logp = torch.log_softmax(logits, dim=-1)
    entry = _entry(tokenizer, token, float(logp[token]))
    values, indices = logp.topk(top) if top else (torch.empty(0), torch.empty(0, dtype=torch.long))
    entry["top_logprobs"] = [
        _entry(tokenizer, int(i), float(v)) for v, i in zip(values, indices, strict=True)
    ]
    return entry
