"""Replies that do not loop: generation may not repeat, inside the reply, an n-gram the reply already
holds.

transformers' ``no_repeat_ngram_size`` also counts the prompt's n-grams, so a reply could not reuse
any phrase of the conversation or the instructions; this processor looks at the generated tokens only.
"""

from __future__ import annotations

import torch
from transformers import LogitsProcessor, LogitsProcessorList


class NoRepeatInReply(LogitsProcessor):
    """Bans the tokens that would complete an n-gram of ``size`` already in the tokens after
    ``prompt_width`` (every row of a left-padded batch starts its reply at the same column)."""

    def __init__(self, size: int, prompt_width: int) -> None:
        if size < 2:
            raise ValueError(f"the repeat guard needs n-grams of at least 2 tokens, not {size}")
        self.size = size
        self.prompt_width = prompt_width

    def __call__(self, input_ids: torch.LongTensor, scores: torch.FloatTensor) -> torch.FloatTensor:
        context = self.size - 1
        reply = input_ids[:, self.prompt_width :]
        if reply.shape[1] < self.size:
            return scores
        for row, tokens in enumerate(reply.tolist()):
            tail = tokens[-context:]
            banned = {
                tokens[i + context] for i in range(len(tokens) - context) if tokens[i : i + context] == tail
            }
            if banned:
                scores[row, sorted(banned)] = float("-inf")
        return scores


def reply_guard(size: int, prompt_width: int) -> LogitsProcessorList:
    """The processors that keep a reply from repeating its own n-grams of ``size``; none when 0."""
    return LogitsProcessorList([NoRepeatInReply(size, prompt_width)] if size else [])
