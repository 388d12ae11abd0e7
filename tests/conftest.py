"""Shared fixtures: a tiny random Llama that reuses the SmolLM2 tokenizer and chat template."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "esconv"


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 2-layer, 64-wide LlamaForCausalLM saved as an ordinary model folder."""
    import torch
    from transformers import AutoTokenizer, LlamaConfig, LlamaForCausalLM

    from esc_graph.models import ensure_default_base

    tokenizer = AutoTokenizer.from_pretrained(ensure_default_base())
    torch.manual_seed(0)
    config = LlamaConfig(
        vocab_size=len(tokenizer),
        hidden_size=64,
        intermediate_size=128,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=2,
        max_position_embeddings=2048,
        tie_word_embeddings=True,
        pad_token_id=tokenizer.pad_token_id,
        eos_token_id=tokenizer.eos_token_id,
        bos_token_id=tokenizer.bos_token_id,
    )
    model = LlamaForCausalLM(config)
    out = tmp_path_factory.mktemp("tiny-llama")
    model.save_pretrained(out)
    tokenizer.save_pretrained(out)
    return out


@pytest.fixture()
def tiny_models(tiny_model_dir: Path):
    """RoleModels over the tiny model, no adapters (prompt-only mode)."""
    from esc_graph.models import load_role_models

    return load_role_models(str(tiny_model_dir))


@pytest.fixture(scope="session")
def esconv_dir() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.fail(f"ESConv data not found at {SHARED_DATA}")
    return SHARED_DATA
