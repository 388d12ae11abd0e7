"""Decoding steps of the int8 Llama copy outside transformers' forward give the forward's logits."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import torch

from esc_graph.fast_generation import int8_copy
from esc_graph.growing_cache import GrowingCache
from esc_graph.lean_decode import LeanLlamaSteps, route_decode_steps
from esc_graph.models import load_role_models
from tests.helpers import save_random_adapter

CHATS = [
    [{"role": "user", "content": "I lost my job and I can't tell my family."}],
    [{"role": "user", "content": "My sister stopped answering my calls."}],
]


@pytest.fixture()
def models(tiny_model_dir: Path, tmp_path: Path) -> Any:
    save_random_adapter(tiny_model_dir, tmp_path / "adapters" / "generator", seed=2)
    return load_role_models(str(tiny_model_dir), tmp_path / "adapters")


def _count_steps(model: Any) -> list[int]:
    calls: list[int] = []
    steps = model.lean_steps
    original = steps.__call__

    class Counted(type(steps)):  # type: ignore[misc]
        def __call__(self, *args: Any) -> torch.Tensor:
            calls.append(1)
            return original(*args)

    steps.__class__ = Counted
    return calls


def _greedy(model: Any, ids: torch.Tensor, mask: torch.Tensor, cache: Any = None) -> Any:
    with torch.inference_mode():
        return model.generate(
            input_ids=ids,
            attention_mask=mask,
            max_new_tokens=16,
            min_new_tokens=16,
            do_sample=False,
            output_scores=True,
            return_dict_in_generate=True,
            pad_token_id=0,
            **({} if cache is None else {"cache": cache}),
        )


@pytest.mark.parametrize("cache", [None, GrowingCache])
def test_lean_steps_give_the_forwards_tokens_and_logits(models: Any, cache: Any) -> None:
    lean = int8_copy(models.model, "generator")
    forward = int8_copy(models.model, "generator", lean_steps=False)
    assert hasattr(lean, "lean_steps") and not hasattr(forward, "lean_steps")
    calls = _count_steps(lean)
    ids = torch.tensor([models.prompt_ids(CHATS[0])])
    mask = torch.ones_like(ids)
    found = [_greedy(m, ids, mask, None if cache is None else cache()) for m in (lean, forward)]
    assert len(calls) == 15  # every step after the prompt's pass
    assert torch.equal(found[0].sequences, found[1].sequences)
    for a, b in zip(found[0].scores, found[1].scores, strict=True):
        torch.testing.assert_close(a, b, rtol=0, atol=1e-5)


def test_padded_batches_and_prompt_passes_keep_the_forward(models: Any) -> None:
    lean = int8_copy(models.model, "generator")
    forward = int8_copy(models.model, "generator", lean_steps=False)
    calls = _count_steps(lean)
    rows = [models.prompt_ids(chat) for chat in CHATS]
    width = max(map(len, rows))
    ids = torch.tensor([[0] * (width - len(r)) + r for r in rows])
    mask = torch.tensor([[0] * (width - len(r)) + [1] * len(r) for r in rows])
    found = [_greedy(m, ids, mask) for m in (lean, forward)]
    assert calls == []
    assert torch.equal(found[0].sequences, found[1].sequences)
    with torch.inference_mode():  # a step with options the loop does not handle
        out = lean(input_ids=ids[:1], output_hidden_states=True)
    assert out.hidden_states is not None and calls == []


def test_a_static_cache_keeps_the_forward(models: Any) -> None:
    lean = int8_copy(models.model, "generator")
    calls = _count_steps(lean)
    ids = torch.tensor([models.prompt_ids(CHATS[0])])
    with torch.inference_mode():
        static = lean.generate(
            input_ids=ids, max_new_tokens=6, do_sample=False, pad_token_id=0, cache_implementation="static"
        )
        dynamic = lean.generate(input_ids=ids, max_new_tokens=6, do_sample=False, pad_token_id=0)
    assert len(calls) == 5  # the dynamic run's steps only
    assert torch.equal(static, dynamic)


def test_only_stacked_int8_llama_copies_are_routed(models: Any) -> None:
    assert not LeanLlamaSteps.supports(models.model)  # the fp32 model
    apart = int8_copy(models.model, "generator", fuse_shared_inputs=False, lean_steps=False)
    assert not route_decode_steps(apart)
    eager = int8_copy(models.model, "generator", lean_steps=False)
    eager.config._attn_implementation = "eager"  # the loop's attention would not be the forward's
    assert not route_decode_steps(eager)
    assert models.model.config._attn_implementation == "sdpa"
    assert route_decode_steps(int8_copy(models.model, "generator", lean_steps=False))


@pytest.mark.slow
def test_the_release_generator_decodes_the_same_logits_through_the_lean_steps() -> None:
    """SmolLM2-135M with the packaged release's generator: 16 greedy tokens, bit for bit."""
    from esc_graph.release import packaged_release

    models = load_role_models(adapters=packaged_release())
    lean = int8_copy(models.model, "generator")
    forward = int8_copy(models.model, "generator", lean_steps=False)
    calls = _count_steps(lean)
    ids = torch.tensor([models.prompt_ids(CHATS[0] * 3)])
    found = [_greedy(m, ids, torch.ones_like(ids), GrowingCache()) for m in (lean, forward)]
    assert len(calls) == 15
    assert torch.equal(found[0].sequences, found[1].sequences)
    assert all(torch.equal(a, b) for a, b in zip(found[0].scores, found[1].scores, strict=True))
