"""The decoding cache that writes in place holds what concatenation would, and decodes the same."""

from __future__ import annotations

import torch
from transformers import DynamicCache

from esc_graph.growing_cache import GrowingCache, GrowingLayer, compact
from esc_graph.models import RoleModels
from esc_graph.prompts import Utterance, generator_messages


def test_a_growing_layer_holds_what_concatenation_holds() -> None:
    torch.manual_seed(0)
    layer = GrowingLayer()
    chunks = [torch.randn(1, 3, n, 8) for n in (5, 1, 1, 70, 1, 200, 1)]  # past its room twice
    for chunk in chunks:
        keys, values = layer.update(chunk, -chunk)
    want = torch.cat(chunks, dim=-2)
    assert torch.equal(keys, want) and torch.equal(values, -want)
    assert layer.get_seq_length() == want.shape[-2]


def test_a_cache_started_from_stored_key_values_never_writes_to_them() -> None:
    stored = tuple((torch.randn(1, 3, 4, 8), torch.randn(1, 3, 4, 8)) for _ in range(2))
    before = tuple((k.clone(), v.clone()) for k, v in stored)
    cache = GrowingCache(stored)
    for index in range(2):
        cache.update(torch.randn(1, 3, 1, 8), torch.randn(1, 3, 1, 8), index)
    assert cache.get_seq_length() == 5
    for pair, old in zip(stored, before, strict=True):
        assert torch.equal(pair[0], old[0]) and torch.equal(pair[1], old[1])
    kept = compact(cache, 5)
    assert all(k.is_contiguous() and k.shape[-2] == 5 for k, _ in kept)
    assert torch.equal(kept[0][0][:, :, :4], stored[0][0])


def test_decoding_into_it_gives_the_dynamic_caches_reply(tiny_models: RoleModels) -> None:
    messages = generator_messages([Utterance("seeker", "I can't sleep since the move.")], "Question")
    ids = torch.tensor([tiny_models.prompt_ids(messages)])
    replies = []
    for cache in (DynamicCache(), GrowingCache()):
        with torch.inference_mode():
            out = tiny_models.model.generate(
                input_ids=ids,
                attention_mask=torch.ones_like(ids),
                max_new_tokens=120,  # past the first buffer's room
                min_new_tokens=120,
                do_sample=False,
                pad_token_id=tiny_models.tokenizer.pad_token_id,
                cache=cache,
            )
        replies.append(out[0].tolist())
        assert cache.get_seq_length() == out.shape[1] - 1
    assert replies[0] == replies[1]


def test_cropping_or_reordering_rows_keeps_appending_after_what_is_left() -> None:
    torch.manual_seed(1)
    layer, chunks = GrowingLayer(), [torch.randn(2, 3, n, 8) for n in (6, 1, 1)]
    for chunk in chunks:
        layer.update(chunk, chunk)
    layer.crop(-2)  # drop the last two positions
    layer.batch_select_indices(torch.tensor([1]))
    new = torch.randn(1, 3, 1, 8)
    keys, _ = layer.update(new, new)
    assert torch.equal(keys, torch.cat([chunks[0][1:], new], dim=-2))
