"""Batched generation for evaluation and mining: left-padded prompts in one ``generate`` call.

With ``seeds`` (one per prompt), sampling is seeded per row: the temperature and top-p warpers of
transformers shape each row's distribution, then per-row Gumbel noise drawn from that row's own
generator is added and the arg-max is taken, which is an exact draw from the warped distribution. A
row's sample therefore depends on its seed only, not on which other prompts share its batch or on the
order they were sampled in (resumed mining draws the same sample for a turn).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import torch
from transformers import LogitsProcessor, LogitsProcessorList, TemperatureLogitsWarper, TopPLogitsWarper

from esc_graph.prompts import REPLY_NO_REPEAT_NGRAM
from esc_graph.repeat_guard import reply_guard

if TYPE_CHECKING:
    from esc_graph.models import RoleModels


@dataclass(frozen=True)
class Generated:
    text: str
    finished: bool  # False: the reply hit max_new_tokens before its end-of-turn token
    tokens: tuple[int, ...] = ()  # the generated token ids, padding after the end of turn left out


def turn_seed(seed: int, key: str) -> int:
    """A sampling seed for one item (a turn id and role), independent of its position in any list."""
    return int.from_bytes(hashlib.sha256(f"{seed}:{key}".encode()).digest()[:4], "big")


class GumbelPerRow(LogitsProcessor):
    """Adds Gumbel noise from one generator per row; greedy decoding then samples each row exactly."""

    def __init__(self, seeds: Sequence[int], device: torch.device) -> None:
        self.generators = [torch.Generator(device=device).manual_seed(s) for s in seeds]

    def __call__(self, input_ids: torch.LongTensor, scores: torch.FloatTensor) -> torch.FloatTensor:
        noise = torch.stack(
            [torch.rand(scores.shape[1], generator=g, device=scores.device) for g in self.generators]
        )
        gumbel = -torch.log(-torch.log(noise.clamp(1e-20, 1.0 - 1e-7)))
        return scores.float() + gumbel


def generate_rows(
    models: RoleModels,
    role: str,
    batch: Sequence[Sequence[dict[str, str]]],
    *,
    max_new_tokens: int,
    temperature: float = 0.0,
    seed: int = 0,
    top_p: float = 0.95,
    starts: Sequence[str] | None = None,
    seeds: Sequence[int] | None = None,
    no_repeat_ngram: int = REPLY_NO_REPEAT_NGRAM,
) -> list[Generated]:
    """Generate for several prompts on ``role``'s adapter; say which replies ended on their own.

    ``starts``: text each reply is forced to begin with; it is not part of the returned continuation.
    ``seeds``: per-row sampling seeds (see the module docstring); without them a sampled batch uses
    ``seed`` for the whole batch.
    ``no_repeat_ngram``: a reply may not repeat an n-gram of this many tokens it already holds (0: off);
    the default is the package's, as in ``RoleModels.generate``.
    """
    from esc_graph.models import sampling_kwargs

    tok = models.tokenizer
    prompts = [models.prompt_ids(m) for m in batch]
    if starts is not None:
        prompts = [
            p + tok(s, add_special_tokens=False).input_ids for p, s in zip(prompts, starts, strict=True)
        ]
    width = max(len(p) for p in prompts)
    pad = tok.pad_token_id or 0
    ids = torch.full((len(prompts), width), pad, dtype=torch.long)
    mask = torch.zeros((len(prompts), width), dtype=torch.long)
    for i, p in enumerate(prompts):
        ids[i, width - len(p) :] = torch.tensor(p)
        mask[i, width - len(p) :] = 1
    guard = reply_guard(no_repeat_ngram, width)
    with torch.inference_mode(), models.role(role) as scoring_model:
        model = models.generation_model(role, scoring_model)
        if temperature > 0 and seeds is not None:
            warpers = [TemperatureLogitsWarper(temperature), TopPLogitsWarper(top_p)]
            noise = GumbelPerRow(seeds, model.device)
            extra = {"do_sample": False, "logits_processor": LogitsProcessorList([*guard, *warpers, noise])}
        else:
            if temperature > 0:
                torch.manual_seed(seed)
            extra = {**sampling_kwargs(temperature, top_p), "logits_processor": guard}
        out = model.generate(
            input_ids=ids.to(model.device),
            attention_mask=mask.to(model.device),
            max_new_tokens=max_new_tokens,
            pad_token_id=pad,
            eos_token_id=tok.eos_token_id,
            **extra,
        )
    made = []
    for row in out:
        reply = row[width:].tolist()
        finished = tok.eos_token_id in reply
        tokens = reply[: reply.index(tok.eos_token_id) + 1] if finished else reply
        made.append(Generated(tok.decode(reply, skip_special_tokens=True).strip(), finished, tuple(tokens)))
    return made


def generate_batch(
    models: RoleModels, role: str, batch: Sequence[Sequence[dict[str, str]]], **kwargs
) -> list[str]:
    """The texts of :func:`generate_rows`."""
    return [g.text for g in generate_rows(models, role, batch, **kwargs)]
