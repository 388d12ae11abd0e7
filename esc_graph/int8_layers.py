"""Linear layers with int8 weights for the CPU generation copies (``esc_graph.fast_generation``)."""

from __future__ import annotations

import itertools

import torch
from torch import nn

Lora = tuple[torch.Tensor, torch.Tensor, float]  # B, A, scaling
LinearSource = tuple[torch.Tensor, torch.Tensor | None, Lora | None]  # weight, bias, adapter to merge

PREFILL_ROWS = 32  # from this many rows on, Int8Linear multiplies a dequantised bfloat16 weight
_ROW_BLOCK = 256


def _quantise_rows(
    weight: torch.Tensor, lora: Lora | None, qweight: torch.Tensor, scale: torch.Tensor
) -> None:
    """Round ``weight`` (plus ``lora``'s product) per row into ``qweight`` and ``scale``."""
    # Small row blocks keep every float temporary small: whole-layer temporaries left the heap
    # fragmented, and building a copy briefly took twice the model's memory.
    for start in range(0, weight.shape[0], _ROW_BLOCK):
        block = weight[start : start + _ROW_BLOCK].detach().float()
        if lora is not None:
            b, a, scaling = lora
            block = torch.addmm(block, b[start : start + _ROW_BLOCK].float(), a.float(), alpha=scaling)
        rows = block.abs().amax(dim=1).clamp(min=1e-12) / 127
        qweight[start : start + _ROW_BLOCK] = torch.round(block / rows[:, None]).clamp_(-127, 127)
        scale[start : start + _ROW_BLOCK] = rows


class Int8Linear(nn.Module):
    """``y = x W^T + b``, W held as int8 rows with a bfloat16 scale per row (see ``quantise``)."""

    def __init__(self, qweight: torch.Tensor, scale: torch.Tensor, bias: torch.Tensor | None) -> None:
        super().__init__()
        self.out_features, self.in_features = qweight.shape
        self.register_buffer("qweight", qweight)
        self.register_buffer("scale", scale)
        self.register_buffer("bias", bias)

    @classmethod
    def quantise(
        cls, weight: torch.Tensor, bias: torch.Tensor | None, lora: Lora | None = None
    ) -> Int8Linear:
        """``weight`` rounded per output row; ``lora``: ``(B, A, scaling)`` of an adapter to merge first,
        ``W + scaling * B @ A``."""
        qweight = torch.empty(weight.shape, dtype=torch.int8)
        scale = torch.empty(weight.shape[0])
        _quantise_rows(weight, lora, qweight, scale)
        return cls(qweight, scale.to(torch.bfloat16), None if bias is None else bias.detach().float().clone())

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


class FusedInt8Linear(Int8Linear):
    """Sibling layers that read the same input (a layer's query, key and value projections) as one product.

    Each part (``Int8LinearPart``) returns its slice of the product of the last input, computed once. The
    rows are quantised one by one, so the stacked layer gives each part exactly its separate result; one
    larger kernel call per group instead of one per layer cuts the per-token cost of decoding. The parts
    rely on one caller at a time (the compute thread runs every pass) calling the group's parts in turn on
    one input, as the model's attention and MLP blocks do."""

    def __init__(
        self, qweight: torch.Tensor, scale: torch.Tensor, bias: torch.Tensor | None, widths: list[int]
    ) -> None:
        super().__init__(qweight, scale, bias)
        stops = list(itertools.accumulate(widths))
        self.bounds = list(zip([0, *stops[:-1]], stops, strict=True))
        self._input: torch.Tensor | None = None
        self._input_version: int | None = None
        self._output: torch.Tensor | None = None
        self._unread: set[int] = set()

    @classmethod
    def quantise_stacked(cls, sources: list[LinearSource]) -> FusedInt8Linear:
        """The layers ``sources`` (of one input width) quantised straight into one stacked layer."""
        widths = [weight.shape[0] for weight, _, _ in sources]
        qweight = torch.empty(sum(widths), sources[0][0].shape[1], dtype=torch.int8)
        scale = torch.empty(sum(widths))
        bias = torch.zeros(sum(widths)) if any(b is not None for _, b, _ in sources) else None
        start = 0
        for (weight, part_bias, lora), width in zip(sources, widths, strict=True):
            _quantise_rows(weight, lora, qweight[start : start + width], scale[start : start + width])
            if part_bias is not None:
                bias[start : start + width] = part_bias.detach().float()
            start += width
        return cls(qweight, scale.to(torch.bfloat16), bias, widths)

    def part(self, x: torch.Tensor, index: int) -> torch.Tensor:
        """Part ``index`` of ``x``'s product: each product serves each part once, then is recomputed."""
        if x is not self._input or index not in self._unread or self._changed(x):
            self._input, self._output = x, self(x)
            self._input_version = None if x.is_inference() else x._version
            self._unread = set(range(len(self.bounds)))
        start, stop = self.bounds[index]
        found = self._output[..., start:stop]
        self._unread.discard(index)
        if not self._unread:  # every part has its slice: hold no tensors between calls
            self._input = self._output = None
        return found

    def _changed(self, x: torch.Tensor) -> bool:
        # Inference tensors keep no version counter; elsewhere an in-place change makes a new input.
        return self._input_version is not None and x._version != self._input_version


class Int8LinearPart(nn.Module):
    """One layer of a ``FusedInt8Linear``, where the model calls that layer."""

    def __init__(self, fused: FusedInt8Linear, index: int) -> None:
        super().__init__()
        # A plain reference: the parent module registers the fused layer once, not once per part.
        object.__setattr__(self, "fused", fused)
        self.index = index
        self.in_features = fused.in_features
        self.out_features = fused.bounds[index][1] - fused.bounds[index][0]

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.fused.part(x, self.index)
