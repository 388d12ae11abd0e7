"""The faster generation path for CPUs, the default there: a per-role copy of the model with int8 weights.

The copy's linear layers hold the base weight plus the role's LoRA adapter (merged first), rounded per
output row to symmetric int8, and multiply through torch's int8 weight-only kernel with bfloat16 inputs.
Embeddings, norms and every other tensor are shared with the fp32 model, not copied, so a copy costs
about a quarter of the model's memory. Only generation uses copies: scoring (planner, appraiser) always
runs on the fp32 model and stays exact.

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

PREFILL_ROWS = 32  # from this many rows on, Int8Linear multiplies a dequantised bfloat16 weight
_ROW_BLOCK = 256


class Int8Linear(nn.Module):
    """``y = x W^T + b`` with W stored as int8 rows and one bfloat16 scale per row.

    ``lora``: ``(B, A, scaling)`` of an adapter to merge first, ``W + scaling * B @ A``."""

    def __init__(
        self,
        weight: torch.Tensor,
        bias: torch.Tensor | None,
        lora: tuple[torch.Tensor, torch.Tensor, float] | None = None,
    ) -> None:
        super().__init__()
        self.out_features, self.in_features = weight.shape
        qweight = torch.empty(weight.shape, dtype=torch.int8)
        scale = torch.empty(self.out_features)
        # Small row blocks keep every float temporary small: whole-layer temporaries left the heap
        # fragmented, and building a copy briefly took twice the model's memory.
        for start in range(0, self.out_features, _ROW_BLOCK):
            block = weight[start : start + _ROW_BLOCK].detach().float()
            if lora is not None:
                b, a, scaling = lora
                block = torch.addmm(block, b[start : start + _ROW_BLOCK].float(), a.float(), alpha=scaling)
            rows = block.abs().amax(dim=1).clamp(min=1e-12) / 127
            qweight[start : start + _ROW_BLOCK] = torch.round(block / rows[:, None]).clamp_(-127, 127)
            scale[start : start + _ROW_BLOCK] = rows
        self.register_buffer("qweight", qweight)
        self.register_buffer("scale", scale.to(torch.bfloat16))
        self.register_buffer("bias", None if bias is None else bias.detach().float().clone())

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        rows = x.reshape(-1, self.in_features).to(torch.bfloat16)
        if rows.shape[0] >= PREFILL_ROWS:
            # A prompt's many rows: a bfloat16 matrix product on the dequantised weight is faster on CPUs
            # with bfloat16 instructions than the int8 kernel, which is made for a few rows at a time.
            y = torch.nn.functional.linear(rows, self.qweight.to(torch.bfloat16) * self.scale[:, None])
        else:
            y = torch._weight_int8pack_mm(rows, self.qweight, self.scale)
        y = y.to(x.dtype).reshape(*x.shape[:-1], self.out_features)
        return y if self.bias is None else y + self.bias


def _int8_layer(module: nn.Module, adapter: str | None) -> Int8Linear | None:
    """A linear layer in int8 with ``adapter`` merged in; None for other modules."""
    try:
        from peft.tuners.lora import LoraLayer
    except ImportError:  # no peft: no adapters either
        LoraLayer = ()  # noqa: N806
    if isinstance(module, LoraLayer):
        base = module.get_base_layer()
        if adapter is None or adapter not in module.lora_A:
            return Int8Linear(base.weight, base.bias)
        if module.fan_in_fan_out or adapter in module.lora_magnitude_vector:
            delta = module.get_delta_weight(adapter)  # layouts the row-block merge does not cover
            return Int8Linear(base.weight + delta.to(base.weight.dtype), base.bias)
        lora = (module.lora_B[adapter].weight, module.lora_A[adapter].weight, module.scaling[adapter])
        return Int8Linear(base.weight, base.bias, lora)
    if isinstance(module, nn.Linear):
        return Int8Linear(module.weight, module.bias)
    return None


def _swap_linears(module: nn.Module, adapter: str | None) -> None:
    for name, child in list(module.named_children()):
        found = _int8_layer(child, adapter)
        if found is None:
            _swap_linears(child, adapter)
        else:
            setattr(module, name, found)


@torch.inference_mode()
def int8_copy(model: PreTrainedModel, adapter: str | None) -> PreTrainedModel:
    """A generation copy of ``model`` (a transformers model or a peft model over one) with ``adapter``'s
    LoRA weights merged (None: the bare base) and every linear layer in int8."""
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
    skeleton.eval()
    return skeleton
