"""The fast path for completion-only SFT on CPU: what makes an epoch over ESConv fit in an hour.

Stock ``SFTTrainer`` on CPU runs the 49k-word output layer at every position (its fused LM head only
skips ignored positions on Triton devices), recomputes activations (gradient checkpointing is on by
default) and pads batches of random lengths. Here instead:

- ``LeftPadCollator`` pads on the left, so every row's completion ends at the last column;
- ``TrailingLossSFTTrainer.compute_loss`` asks the model for logits of the trailing ``K`` positions
  only (``logits_to_keep``, which every Hugging Face causal LM supports and which goes through
  peft and DDP wrappers), where ``K`` spans the earliest target token in the batch to the end;
- batches are grouped by length (``train_sampling_strategy="group_by_length"``), so little is padded;
- gradient checkpointing is off.

The loss is the same token-mean cross entropy over the target tokens that TRL computes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import torch
import torch.nn.functional as F
from trl import SFTTrainer

IGNORE = -100


@dataclass
class LeftPadCollator:
    """Left-pads ``input_ids``/``labels`` and adds ``attention_mask`` and matching ``position_ids``."""

    pad_token_id: int

    def __call__(self, examples: list[dict[str, Any]]) -> dict[str, torch.Tensor]:
        width = max(len(e["input_ids"]) for e in examples)
        n = len(examples)
        input_ids = torch.full((n, width), self.pad_token_id, dtype=torch.long)
        labels = torch.full((n, width), IGNORE, dtype=torch.long)
        attention = torch.zeros((n, width), dtype=torch.long)
        for i, e in enumerate(examples):
            ids = e["input_ids"]
            start = width - len(ids)
            input_ids[i, start:] = torch.tensor(ids)
            labels[i, start:] = torch.tensor(e["labels"])
            attention[i, start:] = 1
        positions = (attention.cumsum(-1) - 1).clamp(min=0)
        return {
            "input_ids": input_ids,
            "attention_mask": attention,
            "position_ids": positions,
            "labels": labels,
        }


def trailing_window(labels: torch.Tensor) -> int:
    """How many trailing positions produce a logit for some target token (at least 1)."""
    has_target = (labels != IGNORE).any(dim=0).nonzero()
    if has_target.numel() == 0:
        return 1
    first = int(has_target[0])
    return labels.shape[1] - max(first, 1) + 1


def trailing_loss(
    logits: torch.Tensor, labels: torch.Tensor
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """Summed cross entropy, target count and correct-top-1 count for logits of the last K positions."""
    keep = logits.shape[1]
    # The logit at position t predicts token t + 1: the last K logits see the last K - 1 labels.
    targets = labels[:, labels.shape[1] - keep + 1 :]
    logits = logits[:, :-1]
    mask = targets != IGNORE
    picked = logits[mask].float()
    gold = targets[mask]
    loss_sum = F.cross_entropy(picked, gold, reduction="sum")
    correct = (picked.argmax(-1) == gold).sum()
    return loss_sum, mask.sum(), correct


class TrailingLossSFTTrainer(SFTTrainer):
    """``SFTTrainer`` whose loss runs the output layer only on the trailing window that holds targets."""

    def compute_loss(self, model, inputs, return_outputs=False, num_items_in_batch=None):
        labels = inputs.pop("labels")
        keep = trailing_window(labels)
        outputs = model(**inputs, use_cache=False, logits_to_keep=keep)
        loss_sum, count, correct = trailing_loss(outputs.logits, labels)
        denominator = num_items_in_batch if num_items_in_batch is not None else count.clamp(min=1)
        loss = loss_sum / denominator
        if self.args.average_tokens_across_devices and num_items_in_batch is not None:
            loss = loss * self.accelerator.num_processes
        mode = "train" if model.training else "eval"
        total = self.accelerator.gather_for_metrics(count.detach().reshape(1)).sum()
        hits = self.accelerator.gather_for_metrics(correct.detach().reshape(1)).sum()
        self._metrics[mode]["mean_token_accuracy"].append((hits / total.clamp(min=1)).item())
        if mode == "train":
            tokens = self.accelerator.gather_for_metrics(inputs["attention_mask"].sum().reshape(1)).sum()
            self._total_train_tokens += int(tokens.item())
        self._metrics[mode]["num_tokens"] = [self._total_train_tokens]
        return (loss, outputs) if return_outputs else loss
