"""Small builders shared by tests: fake models for routing, random LoRA adapters for the model layer."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from pathlib import Path

from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage

from esc_graph.backends import SupportModels


class FakeScorer:
    """Puts most of the mass on one label per role and records every call."""

    def __init__(self, favourite: int = 0) -> None:
        self.favourite = favourite
        self.calls: list[str] = []

    def score(self, role: str, messages: Sequence[dict], labels: Sequence[str]) -> dict[str, float]:
        self.calls.append(role)
        rest = 0.1 / (len(labels) - 1)
        return {label: 0.9 if i == self.favourite else rest for i, label in enumerate(labels)}


def fake_models(reply: str = "That sounds really hard.", favourite: int = 0) -> SupportModels:
    chat = GenericFakeChatModel(messages=itertools.cycle([AIMessage(content=reply)]))
    return SupportModels(scorer=FakeScorer(favourite), generator=chat)


def save_random_adapter(model_dir: Path, out: Path, seed: int, r: int = 8, scheme: str = "thu-coai") -> Path:
    """A LoRA adapter with non-zero random weights, saved in the esc-graph layout (trained on ``scheme``)."""
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    from esc_graph.adapters import write_manifest
    from esc_graph.prompts import PROMPT_VERSION

    torch.manual_seed(seed)
    base = AutoModelForCausalLM.from_pretrained(model_dir)
    config = LoraConfig(r=r, lora_alpha=2 * r, target_modules="all-linear", init_lora_weights=False)
    peft_model = get_peft_model(base, config)
    peft_model.save_pretrained(out)
    manifest = {
        "role": out.name,
        "base_model": str(model_dir),
        "prompt_version": PROMPT_VERSION,
        "scheme": scheme,
    }
    write_manifest(out, manifest)
    return out


def folder_bytes(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` by relative path, with its bytes: two snapshots compare byte for byte."""
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(Path(root).rglob("*")) if p.is_file()}


def save_tiny_model(folder: Path) -> Path:
    """A 2-layer, 64-wide random LlamaForCausalLM with SmolLM2's tokenizer and chat template, saved as an
    ordinary model folder (unit tests and the server bench's ``--tiny``)."""
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
    LlamaForCausalLM(config).save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder
