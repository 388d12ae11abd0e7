"""One-token decoding steps of an int8 Llama copy, without transformers' per-layer machinery.

A reply is decoded one token at a time, and for a model as small as SmolLM2-135M most of a step's time
went to Python: module calls, keyword handling, mask and output objects around each of 30 layers, more
than the int8 products themselves. ``LeanLlamaSteps`` runs such a step as one loop over the same weights
and the same operations in the same order, so its logits are those of the model's own forward (a test
compares them). Everything else (prompt passes, batches with padding, other architectures, any call
with options it does not handle) goes to the model's forward unchanged.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import torch
from torch.nn.functional import scaled_dot_product_attention, silu
from transformers import DynamicCache
from transformers.modeling_outputs import CausalLMOutputWithPast

from esc_graph.int8_layers import FusedInt8Linear, Int8Linear

# What transformers' generate passes on a decoding step; anything else goes to the model's forward.
_STEP_ARGUMENTS = frozenset(
    {"input_ids", "cache", "attention_mask", "position_ids", "use_cache", "return_dict", "logits_to_keep"}
)

Int8Tensors = tuple[torch.Tensor, torch.Tensor, torch.Tensor | None]


def _tensors(layer: Int8Linear) -> Int8Tensors:
    return layer.qweight, layer.scale, layer.bias


def _int8_product(x: torch.Tensor, layer: Int8Tensors) -> torch.Tensor:
    qweight, scale, bias = layer
    y = torch._weight_int8pack_mm(x.reshape(1, -1).to(torch.bfloat16), qweight, scale).to(x.dtype)
    y = y.view(1, 1, -1)
    return y if bias is None else y + bias


def _rms_norm(x: torch.Tensor, weight: torch.Tensor, eps: float) -> torch.Tensor:
    # LlamaRMSNorm's operations, in its order.
    x32 = x.to(torch.float32)
    return weight * (x32 * torch.rsqrt(x32.pow(2).mean(-1, keepdim=True) + eps)).to(x.dtype)


def _rotate_half(x: torch.Tensor) -> torch.Tensor:
    half = x.shape[-1] // 2
    return torch.cat((-x[..., half:], x[..., :half]), dim=-1)


class LeanLlamaSteps:
    """Decoding steps of ``model``, an int8 copy of a Llama model whose query/key/value and gate/up layers
    are stacked (``esc_graph.fast_generation``); build it only where ``supports(model)``."""

    def __init__(self, model: Any) -> None:
        inner, config = model.model, model.config
        self.embed = inner.embed_tokens.weight
        self.rotary = inner.rotary_emb
        self.final_norm = (inner.norm.weight, inner.norm.variance_epsilon)
        self.lm_head = _tensors(model.lm_head)
        self.head_dim = getattr(config, "head_dim", None) or config.hidden_size // config.num_attention_heads
        self.query_width = config.num_attention_heads * self.head_dim
        self.key_width = config.num_key_value_heads * self.head_dim
        self.gqa = config.num_attention_heads != config.num_key_value_heads
        self.layers = [
            (
                (layer.input_layernorm.weight, layer.input_layernorm.variance_epsilon),
                _tensors(layer.self_attn.fused_q_proj_k_proj_v_proj),
                _tensors(layer.self_attn.o_proj),
                layer.self_attn.scaling,
                (layer.post_attention_layernorm.weight, layer.post_attention_layernorm.variance_epsilon),
                _tensors(layer.mlp.fused_gate_proj_up_proj),
                _tensors(layer.mlp.down_proj),
            )
            for layer in inner.layers[: config.num_hidden_layers]
        ]

    @staticmethod
    def supports(model: Any) -> bool:
        """A Llama model with SiLU MLPs, no biases, SDPA attention (the lean loop calls it too), and stacked
        int8 layers."""
        config = getattr(model, "config", None)
        if config is None or config.model_type != "llama" or config.hidden_act != "silu":
            return False
        if config.attention_bias or config.mlp_bias or config._attn_implementation != "sdpa":
            return False
        layers = getattr(getattr(model, "model", None), "layers", None)
        if not layers or not isinstance(getattr(model, "lm_head", None), Int8Linear):
            return False
        return all(
            isinstance(getattr(layer.self_attn, "fused_q_proj_k_proj_v_proj", None), FusedInt8Linear)
            and isinstance(getattr(layer.mlp, "fused_gate_proj_up_proj", None), FusedInt8Linear)
            and type(layer.self_attn.o_proj) is Int8Linear
            and type(layer.mlp.down_proj) is Int8Linear
            for layer in layers
        )

    def __call__(self, token: torch.Tensor, position: int, cache: Any) -> torch.Tensor:
        """Logits ``(1, 1, vocab)`` after the ``(1, 1)`` ``token`` at ``position``; writes to ``cache``."""
        x = self.embed[token.view(-1)].view(1, 1, -1)
        cos, sin = self.rotary(x, torch.tensor([[position]]))
        cos, sin = cos.unsqueeze(1), sin.unsqueeze(1)
        query_end = self.query_width
        key_end = query_end + self.key_width
        heads = (1, 1, -1, self.head_dim)
        for index, (norm1, qkv, out, scaling, norm2, gate_up, down) in enumerate(self.layers):
            y = _int8_product(_rms_norm(x, *norm1), qkv)
            query = y[..., :query_end].view(heads).transpose(1, 2)
            key = y[..., query_end:key_end].view(heads).transpose(1, 2)
            value = y[..., key_end:].view(heads).transpose(1, 2)
            query = query * cos + _rotate_half(query) * sin
            key = key * cos + _rotate_half(key) * sin
            key, value = cache.update(key, value, index)
            attended = scaled_dot_product_attention(query, key, value, scale=scaling, enable_gqa=self.gqa)
            x = x + _int8_product(attended.transpose(1, 2).reshape(1, 1, -1), out)
            y = _int8_product(_rms_norm(x, *norm2), gate_up)
            half = y.shape[-1] // 2
            x = x + _int8_product(silu(y[..., :half]) * y[..., half:], down)
        return _int8_product(_rms_norm(x, *self.final_norm), self.lm_head)


def _step_position(kwargs: dict[str, Any]) -> int | None:
    """The position of a one-token step that the lean loop computes as the forward would, else None."""
    if not kwargs.keys() <= _STEP_ARGUMENTS or not kwargs.get("use_cache", True):
        return None
    if not isinstance(kwargs.get("logits_to_keep", 0), int):  # indices: the forward selects them
        return None
    ids, cache = kwargs.get("input_ids"), kwargs.get("cache")
    # Caches that append each step's key/values; a static or sliding cache places them itself.
    if ids is None or ids.shape != (1, 1) or not isinstance(cache, DynamicCache):
        return None
    if any(getattr(layer, "sliding_window", None) for layer in cache.layers):
        return None
    position = cache.get_seq_length()
    if position == 0:
        return None
    mask = kwargs.get("attention_mask")
    if mask is not None and (mask.shape != (1, position + 1) or not bool(mask.all())):
        return None  # padding: the forward's mask handles it
    given = kwargs.get("position_ids")
    if given is not None and (given.shape != (1, 1) or int(given) != position):
        return None
    return position


def route_decode_steps(model: Any) -> bool:
    """Send ``model``'s one-token decoding steps through ``LeanLlamaSteps`` where it supports the model;
    every other call keeps the model's forward. True where steps are routed."""
    if not LeanLlamaSteps.supports(model):
        return False
    steps = LeanLlamaSteps(model)
    forward: Callable[..., Any] = model.forward

    @functools.wraps(forward)  # generate reads the forward's signature
    def routed(*args: Any, **kwargs: Any) -> Any:
        position = None if args else _step_position(kwargs)
        if position is None:
            return forward(*args, **kwargs)
        cache = kwargs["cache"]
        return CausalLMOutputWithPast(logits=steps(kwargs["input_ids"], position, cache), cache=cache)

    model.forward = routed
    model.lean_steps = steps
    return True
