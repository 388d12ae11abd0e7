"""Decoding several completions of one role together: one forward pass per step for all of them.

Requests that arrive together are prefilled together, then join the running batch between two steps
as rows (a ``Row``: one choice of one request); key/values are left-padded to the batch's length and an
attention mask hides the padding, while each row keeps its own positions. A row leaves as soon as it
ends (end of turn, a stop string, ``max_tokens``, or a stop request: client gone, deadline, shutdown),
so one long request never holds the others back. Every row samples with its own settings and random
generator.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import torch
from transformers import DynamicCache

from esc_graph.serving.decode import Completion, Piece, Sampling, TextStream, eos_ids, logprob_entry, pick

if TYPE_CHECKING:
    from esc_graph.models import RoleModels
    from esc_graph.serving.engine import Job

Layers = list[tuple[torch.Tensor, torch.Tensor]]
Entry = tuple["Job", Callable[[int, Piece], None], Callable[[int, Completion], None]]


@dataclass(eq=False)
class Row:
    job: Job
    index: int
    sampling: Sampling
    text: TextStream
    position: int  # tokens in this row's context so far
    on_piece: Callable[[int, Piece], None]
    on_done: Callable[[int, Completion], None]
    generator: torch.Generator | None = None
    count: int = 0
    parts: list[str] = field(default_factory=list)
    pending: list[dict[str, Any]] = field(default_factory=list)
    logprobs: list[dict[str, Any]] = field(default_factory=list)

    def release(self, piece: str, last: bool = False) -> None:
        if piece or (last and self.pending and self.text.stopped_at is None):
            self.parts.append(piece)
            self.on_piece(self.index, Piece(piece, list(self.pending)))
            self.pending.clear()

    def finish(self, reason: str) -> None:
        self.release(self.text.flush(), last=True)
        self.on_done(self.index, Completion("".join(self.parts), reason, self.count, self.logprobs))


class Batch:
    """The rows decoding together under one role's adapter."""

    def __init__(self, models: RoleModels, stats: dict[str, int]) -> None:
        self.models = models
        self.stats = stats
        self.eos = eos_ids(models)
        self.role: str | None = None
        self.rows: list[Row] = []
        self.layers: Layers = []
        self.mask = torch.zeros((0, 0), dtype=torch.long)
        self.logits = torch.zeros((0, 0))  # one row of next-token scores per sequence

    def __len__(self) -> int:
        return len(self.rows)

    # -- joining ---------------------------------------------------------------------------------
    @torch.inference_mode()
    def add(self, entries: list[Entry]) -> None:
        """Prefill the jobs that arrived together (one forward pass per shared prompt prefix) and add
        one row per choice (``n``) of each."""
        groups: dict[tuple[int, ...], list[Entry]] = {}
        for entry in entries:
            job = entry[0]
            if (reason := job.should_stop()) is not None:
                for index in range(job.n):
                    entry[2](index, Completion("", reason, 0))
                continue
            prefix = tuple(self.models._usable_prefix(job.messages, job.prompt))
            groups.setdefault(prefix, []).append(entry)
        for prefix, group in groups.items():
            self._prefill(list(prefix), group)

    def _prefill(self, prefix: list[int], group: list[Entry]) -> None:
        """One forward pass over the group's prompts after their shared ``prefix`` (from the prefix
        cache); shorter prompts are padded between the prefix and their own tokens, under the mask."""
        models, role, k = self.models, group[0][0].role, len(group)
        rests = [list(entry[0].prompt[len(prefix) :]) for entry in group]
        width = max(len(rest) for rest in rests)
        pad = models.tokenizer.pad_token_id or 0
        with models.role(role) as model:
            device = model.device
            found = models._prefix_cache(role, model, prefix)
            layers = [(x.expand(k, -1, -1, -1), y.expand(k, -1, -1, -1)) for x, y in _layers(found)]
            cache = DynamicCache(ddp_cache_data=layers) if layers else DynamicCache()
            ids = torch.tensor([[pad] * (width - len(r)) + r for r in rests], device=device)
            own = torch.tensor([[0] * (width - len(r)) + [1] * len(r) for r in rests], device=device)
            mask = torch.cat([torch.ones((k, len(prefix)), dtype=own.dtype, device=device), own], 1)
            positions = len(prefix) + (own.cumsum(1) - 1).clamp(min=0)
            out = model(
                input_ids=ids,
                attention_mask=mask,
                position_ids=positions,
                cache=cache,
                use_cache=True,
                logits_to_keep=1,
            )
        self.stats["decode_steps"] += k
        rows, owners = [], []
        for g, (job, on_piece, on_done) in enumerate(group):
            for index in range(job.n):
                generator = None
                if job.sampling.seed is not None:
                    generator = torch.Generator(device=device).manual_seed(job.sampling.seed + index)
                text = TextStream(models.tokenizer, job.sampling.stop)
                rows.append(
                    Row(job, index, job.sampling, text, len(job.prompt), on_piece, on_done, generator)
                )
                owners.append(g)
        index = torch.tensor(owners, device=device)
        layers = [(x.index_select(0, index), y.index_select(0, index)) for x, y in _layers(cache)]
        logits = out.logits[:, -1].float().index_select(0, index)
        self._join(rows, layers, mask.index_select(0, index), logits)
        self.role = role

    def _join(self, rows: list[Row], layers: Layers, mask: torch.Tensor, logits: torch.Tensor) -> None:
        if not self.rows:
            self.layers, self.mask, self.rows, self.logits = layers, mask, rows, logits
            return
        width = max(mask.shape[1], self.mask.shape[1])
        self.layers = [
            (
                torch.cat([_left_pad(ok, width), _left_pad(nk, width)]),
                torch.cat([_left_pad(ov, width), _left_pad(nv, width)]),
            )
            for (ok, ov), (nk, nv) in zip(self.layers, layers, strict=True)
        ]
        self.mask = torch.cat([_left_pad(self.mask, width), _left_pad(mask, width)])
        self.rows = self.rows + rows
        self.logits = torch.cat([self.logits, logits])

    # -- one step --------------------------------------------------------------------------------
    @torch.inference_mode()
    def step(self) -> None:
        """Pick every row's next token, retire the rows that ended, then one forward pass for the rest."""
        tokens = pick(self.logits, [row.sampling for row in self.rows], [row.generator for row in self.rows])
        keep = [i for i, token in enumerate(tokens) if self._advance(i, token)]
        if len(keep) < len(self.rows):
            self._retain(keep)
        if not self.rows:
            return
        tokens = torch.tensor([[row.text.tokens[-1]] for row in self.rows], device=self.mask.device)
        positions = torch.tensor([[row.position] for row in self.rows], device=self.mask.device)
        mask = torch.cat(
            [self.mask, torch.ones((len(self.rows), 1), dtype=self.mask.dtype, device=self.mask.device)], 1
        )
        cache = DynamicCache(ddp_cache_data=self.layers)
        assert self.role is not None
        with self.models.role(self.role) as model:
            out = model(
                input_ids=tokens,
                attention_mask=mask,
                position_ids=positions,
                cache=cache,
                use_cache=True,
                logits_to_keep=1,
            )
        self.stats["decode_steps"] += len(self.rows)
        self.stats["largest_batch"] = max(self.stats.get("largest_batch", 0), len(self.rows))
        self.layers = [(layer.keys, layer.values) for layer in cache.layers]
        self.mask = mask
        self.logits = out.logits[:, -1].float()
        for row in self.rows:
            row.position += 1

    def _advance(self, i: int, token: int) -> bool:
        """Take ``token`` as row ``i``'s next and pass on its text; False when the row has ended."""
        row = self.rows[i]
        if (reason := row.job.should_stop()) is not None:
            row.finish(reason)
            return False
        row.count += 1
        if token in self.eos:
            row.finish("stop")
            return False
        if row.sampling.top_logprobs is not None:
            entry = logprob_entry(self.models.tokenizer, self.logits[i], token, row.sampling.top_logprobs)
            row.pending.append(entry)
            row.logprobs.append(entry)
        row.release(row.text.add(token))
        if row.text.stopped_at is not None:
            row.finish("stop")
            return False
        if row.count >= row.sampling.max_tokens:
            row.finish("length")
            return False
        return True

    def _retain(self, keep: list[int]) -> None:
        self.rows = [self.rows[i] for i in keep]
        if not keep:
            self.layers, self.mask, self.logits, self.role = [], self.mask[:0, :0], self.logits[:0], None
            return
        index = torch.tensor(keep, device=self.mask.device)
        mask = self.mask.index_select(0, index)
        self.logits = self.logits.index_select(0, index)
        # Columns that are padding in every remaining row are dropped.
        first = int(mask.any(0).nonzero()[0])
        self.mask = mask[:, first:]
        self.layers = [
            (k.index_select(0, index)[:, :, first:], v.index_select(0, index)[:, :, first:])
            for k, v in self.layers
        ]

    def fail(self, message: str, on_error: Callable[[Job, str], None]) -> None:
        for job in {row.job for row in self.rows}:
            on_error(job, message)
        self._retain([])


def _layers(cache: DynamicCache | None) -> Layers:
    return [] if cache is None else [(layer.keys, layer.values) for layer in cache.layers]


def _left_pad(t: torch.Tensor, width: int) -> torch.Tensor:
    """``t`` padded with zeros on the left of its sequence axis (masks: the last; key/values: the third)."""
    axis = 1 if t.dim() == 2 else 2
    missing = width - t.shape[axis]
    if missing <= 0:
        return t
    shape = list(t.shape)
    shape[axis] = missing
    return torch.cat([torch.zeros(shape, dtype=t.dtype, device=t.device), t], dim=axis)
