"""The faster generation path for CPUs, the default there: a per-role copy of the model with int8 weights.

The copy's linear layers hold the base weight plus the role's LoRA adapter (merged first), rounded per
output row to symmetric int8, and multiply through torch's int8 weight-only kernel with bfloat16 inputs.
Embeddings, norms and every other tensor are shared with the fp32 model, not copied, so a copy costs
about a quarter of the model's memory. Only generation uses copies: scoring (planner, appraiser) always
runs on the fp32 model and stays exact. Layers that read the same input (query, key and value; gate and
up) are stacked into one int8 layer each, which gives the same values in fewer kernel calls, and a
reply's one-token steps skip transformers' per-layer machinery (``esc_graph.lean_decode``).

Weight-only int8 was chosen by measurement (``bench/bench_turn.py``): dynamic int8 quantisation of the
activations as well (``torch.ao.quantization.quantize_dynamic``) was as fast but changed SmolLM2's
greedy replies from the first tokens on, and bfloat16 weights gave no speed on this CPU.
"""

from __future__ import annotations

import copy
import itertools

import torch
from torch import nn
from transformers import PreTrainedModel

from esc_graph.int8_layers import FusedInt8Linear, Int8Linear, Int8LinearPart
from esc_graph.lean_decode import route_decode_steps

# Sibling layers that read the same input, multiplied as one stacked layer (FusedInt8Linear).
SHARED_INPUT_GROUPS = (("q_proj", "k_proj", "v_proj"), ("gate_proj", "up_proj"))


def _fuse_shared_inputs(model: nn.Module) -> None:
    """Stack each group of ``SHARED_INPUT_GROUPS`` that a module holds as int8 layers of one input width."""
    for module in list(model.modules()):
        for names in SHARED_INPUT_GROUPS:
            parts = [getattr(module, name, None) for name in names]
            if not all(type(p) is Int8Linear for p in parts) or len({p.in_features for p in parts}) != 1:
                continue
            fused = FusedInt8Linear(parts)
            setattr(module, "fused_" + "_".join(names), fused)
            for index, name in enumerate(names):
                setattr(module, name, Int8LinearPart(fused, index))


def _int8_layer(module: nn.Module, adapter: str | None) -> Int8Linear | None:
    """A linear layer in int8 with ``adapter`` merged in; None for other modules."""
    try:
        from peft.tuners.lora import LoraLayer
    except ImportError:  # no peft: no adapters either
        LoraLayer = ()  # noqa: N806
    if isinstance(module, LoraLayer):
        base = module.get_base_layer()
        if adapter is None or adapter not in module.lora_A:
            return Int8Linear.quantise(base.weight, base.bias)
        if module.fan_in_fan_out or adapter in module.lora_magnitude_vector:
            delta = module.get_delta_weight(adapter)  # layouts the row-block merge does not cover
            return Int8Linear.quantise(base.weight + delta.to(base.weight.dtype), base.bias)
        lora = (module.lora_B[adapter].weight, module.lora_A[adapter].weight, module.scaling[adapter])
        return Int8Linear.quantise(base.weight, base.bias, lora)
    if isinstance(module, nn.Linear):
        return Int8Linear.quantise(module.weight, module.bias)
    return None


def _swap_linears(module: nn.Module, adapter: str | None) -> None:
    for name, child in list(module.named_children()):
        found = _int8_layer(child, adapter)
        if found is None:
            _swap_linears(child, adapter)
        else:
            setattr(module, name, found)


@torch.inference_mode()
def int8_copy(
    model: PreTrainedModel, adapter: str | None, fuse_shared_inputs: bool = True, lean_steps: bool = True
) -> PreTrainedModel:
    """A generation copy of ``model`` (a transformers model or a peft model over one) with ``adapter``'s
    LoRA weights merged (None: the bare base) and every linear layer in int8. Its one-token decoding
    steps run through ``esc_graph.lean_decode`` where that supports the model. For comparisons:
    ``fuse_shared_inputs=False`` keeps each layer apart, ``lean_steps=False`` every step in the forward."""
    if not hasattr(torch, "_weight_int8pack_mm"):
        raise RuntimeError(
            f"int8 generation needs torch's int8 weight-only kernel; torch {torch.__version__}"
        )
    if model.device.type != "cpu":
        raise ValueError(f"int8 generation is a CPU path; the model is on {model.device}: use fp32 there")
    inner = model.get_base_model() if hasattr(model, "get_base_model") else model
    # Every tensor is shared with the original; only the layers swapped below get new storage.
    shared = {id(t): t for t in itertools.chain(inner.parameters(), inner.buffers())}
    skeleton = copy.deepcopy(inner, shared)
    _swap_linears(skeleton, adapter)
    if fuse_shared_inputs:
        _fuse_shared_inputs(skeleton)
    if lean_steps:
        route_decode_steps(skeleton)
    skeleton.eval()
    return skeleton
