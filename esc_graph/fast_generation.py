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

from esc_graph.int8_layers import FusedInt8Linear, Int8Linear, Int8LinearPart, LinearSource
from esc_graph.lean_decode import route_decode_steps

# Sibling layers that read the same input, multiplied as one stacked layer (FusedInt8Linear).
SHARED_INPUT_GROUPS = (("q_proj", "k_proj", "v_proj"), ("gate_proj", "up_proj"))


def _linear_source(module: nn.Module | None, adapter: str | None) -> LinearSource | None:
    """What to quantise for a linear layer, with ``adapter``'s LoRA weights to merge; None otherwise."""
    try:
        from peft.tuners.lora import LoraLayer
    except ImportError:  # no peft: no adapters either
        LoraLayer = ()  # noqa: N806
    if isinstance(module, LoraLayer):
        base = module.get_base_layer()
        if adapter is None or adapter not in module.lora_A:
            return base.weight, base.bias, None
        if module.fan_in_fan_out or adapter in module.lora_magnitude_vector:
            delta = module.get_delta_weight(adapter)  # layouts the row-block merge does not cover
            return base.weight + delta.to(base.weight.dtype), base.bias, None
        lora = (module.lora_B[adapter].weight, module.lora_A[adapter].weight, module.scaling[adapter])
        return base.weight, base.bias, lora
    if isinstance(module, nn.Linear):
        return module.weight, module.bias, None
    return None


def _swap_linears(module: nn.Module, adapter: str | None, fuse: bool) -> None:
    """Every linear layer under ``module`` in int8; with ``fuse``, each of ``SHARED_INPUT_GROUPS`` that a
    module holds (one input width) quantised straight into one stacked layer."""
    for names in SHARED_INPUT_GROUPS if fuse else ():
        sources = [_linear_source(getattr(module, name, None), adapter) for name in names]
        if any(s is None for s in sources) or len({s[0].shape[1] for s in sources}) != 1:
            continue
        fused = FusedInt8Linear.quantise_stacked(sources)
        setattr(module, "fused_" + "_".join(names), fused)
        for index, name in enumerate(names):
            setattr(module, name, Int8LinearPart(fused, index))
    for name, child in list(module.named_children()):
        if isinstance(child, Int8Linear | Int8LinearPart):
            continue
        source = _linear_source(child, adapter)
        if source is None:
            _swap_linears(child, adapter, fuse)
        else:
            setattr(module, name, Int8Linear.quantise(*source))


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
    _swap_linears(skeleton, adapter, fuse_shared_inputs)
    if lean_steps:
        route_decode_steps(skeleton)
    skeleton.eval()
    return skeleton
