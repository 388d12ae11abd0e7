"""The reply repeat guard: a reply may not repeat its own n-grams, yet may reuse the prompt's."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
import torch
from transformers.generation.streamers import BaseStreamer

from esc_graph.models import RoleModels
from esc_graph.prompts import Utterance, generator_messages
from esc_graph.repeat_guard import NoRepeatInReply
from trainers.generation import generate_rows

HISTORY = [
    Utterance("seeker", "I lost my job and I can't sleep."),
    Utterance("supporter", "That sounds hard."),
]


def repeated_ngrams(tokens: Sequence[int], size: int) -> int:
    grams = [tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1)]
    return len(grams) - len(set(grams))


class TokenRecorder(BaseStreamer):
    def __init__(self) -> None:
        self.calls: list[list[int]] = []

    def put(self, value: torch.Tensor) -> None:
        self.calls.append(value.flatten().tolist())

    def end(self) -> None:
        pass


def test_only_the_replys_own_ngrams_are_banned() -> None:
    prompt = [7, 8, 9, 4]  # holds the 3-gram (8, 9, 4)
    reply = [1, 2, 3, 1, 2, 8, 9]  # (1, 2) was followed by 3; (8, 9) was followed by 4 in the prompt only
    scores = torch.zeros(1, 12)
    banned = NoRepeatInReply(3, len(prompt))(torch.tensor([prompt + reply[:5]]), scores.clone())
    assert torch.isinf(banned[0]).nonzero().flatten().tolist() == [3]
    free = NoRepeatInReply(3, len(prompt))(torch.tensor([prompt + reply]), scores.clone())
    assert not torch.isinf(free).any()


def test_a_size_below_two_is_refused() -> None:
    with pytest.raises(ValueError, match="at least 2"):
        NoRepeatInReply(1, 0)


def test_batched_replies_of_a_looping_model_stop_repeating(tiny_models: RoleModels) -> None:
    messages = [
        generator_messages(HISTORY, "Question"),
        generator_messages(HISTORY[:1], "Affirmation and Reassurance"),
    ]

    def replies(guard: int) -> list[tuple[int, ...]]:
        made = generate_rows(tiny_models, "generator", messages, max_new_tokens=30, no_repeat_ngram=guard)
        return [g.tokens for g in made]

    assert all(repeated_ngrams(t, 3) > 10 for t in replies(0))  # the random tiny model loops unguarded
    assert all(len(t) == 30 and repeated_ngrams(t, 3) == 0 for t in replies(3))


def test_served_replies_stop_repeating(tiny_models: RoleModels) -> None:
    def reply(guard: int) -> list[int]:
        recorder = TokenRecorder()
        messages = generator_messages(HISTORY, "Question")
        tiny_models.generate(
            "generator",
            messages,
            max_new_tokens=30,
            temperature=0.0,
            streamer=recorder,
            no_repeat_ngram=guard,
        )
        return [t for call in recorder.calls[1:] for t in call]  # the first call is the prompt

    assert repeated_ngrams(reply(0), 3) > 10
    guarded = reply(3)
    assert len(guarded) == 30 and repeated_ngrams(guarded, 3) == 0
