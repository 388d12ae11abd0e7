"""Key/values of recent prompts, so that a conversation's next turn computes only what is new.

A planner prompt is the conversation so far, then the appraisal line and the question; the next turn's
prompt starts with the same tokens up to the end of that conversation. Each scoring pass keeps its
prompt's key/values here (the few most recent per adapter), and the next pass starts from the longest
stored run of its own first tokens. A generation keeps its prompt and reply: a generator prompt opens
with the strategy and the appraisal, so the next turn's reply starts from it when both are unchanged.
A token's key/values depend only on the tokens before it, so what is reused is what a full pass would
compute again.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

import numpy as np
import torch

KeyValues = tuple[tuple[torch.Tensor, torch.Tensor], ...]

# Per adapter: a few conversations at once (a host's interleaved threads) stay warm; each entry holds
# about 46 KB per prompt token with SmolLM2-135M, so four 500-token prompts take about 90 MB.
RECENT_PROMPTS = 4
# A conversation's next prompt shares all of its last one but the tail after the conversation (the
# appraisal line and the question: about 30 tokens) and more than its opening words.
TAIL = 64
SHARED = 16


def common_length(a: np.ndarray, b: np.ndarray) -> int:
    """How many leading tokens ``a`` and ``b`` share."""
    n = min(len(a), len(b))
    differ = np.flatnonzero(a[:n] != b[:n])
    return int(differ[0]) if differ.size else n


class RecentPrompts:
    """Per adapter, the key/values of the ``per_adapter`` most recently used prompts (0: keep none)."""

    def __init__(self, per_adapter: int = 4) -> None:
        self.per_adapter = per_adapter
        self._stored: dict[Hashable, list[tuple[np.ndarray, KeyValues]]] = {}  # oldest first

    def longest_prefix(
        self, adapter: Hashable, prompt: Sequence[int], template: int = 0
    ) -> tuple[int, KeyValues | None, bool]:
        """The most leading tokens of ``prompt`` held for ``adapter`` (leaving at least its last token
        to compute, whose logits the pass needs), their key/values, and whether ``prompt`` continues the
        stored prompt they come from; ``(0, None, False)`` when none is held.

        Continuing means sharing all of the stored prompt but a tail of at most ``TAIL`` tokens (where a
        planner prompt puts its appraisal line and question), and more than ``SHARED`` tokens beyond the
        chat template's fixed start (``template`` tokens), so that two conversations that only open
        alike are not taken for one. It decides only which entry ``keep`` replaces, never what is
        reused."""
        entries = self._stored.get(adapter) or []
        ids = np.asarray(prompt[:-1], dtype=np.int64)
        best, where = 0, -1
        for i, (stored, _) in enumerate(entries):
            n = common_length(stored, ids)
            if n > best:
                best, where = n, i
        if where < 0:
            return 0, None, False
        entries.append(entries.pop(where))  # most recently used last
        stored, layers = entries[-1]
        continues = best >= len(stored) - TAIL and best > template + SHARED
        return best, tuple((k[:, :, :best], v[:, :, :best]) for k, v in layers), continues

    def keep(self, adapter: Hashable, prompt: Sequence[int], layers: KeyValues, replaces_last: bool) -> None:
        """Store ``prompt``'s key/values; ``replaces_last``: in place of the entry the last lookup used
        (the same conversation's earlier turn, whose reusable part this prompt holds). Beyond the limit
        the least recently used entry goes."""
        if self.per_adapter <= 0:
            return
        entries = self._stored.setdefault(adapter, [])
        if replaces_last and entries:
            entries.pop()  # the entry the lookup used, moved last by it
        entries.append((np.asarray(prompt, dtype=np.int64), layers))
        del entries[: max(0, len(entries) - self.per_adapter)]

    def clear(self) -> None:
        self._stored.clear()

    def __len__(self) -> int:
        return sum(len(entries) for entries in self._stored.values())
