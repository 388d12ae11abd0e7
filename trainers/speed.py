"""The fast path for completion-only SFT on CPU: what makes an epoch over ESConv fit in an hour.

Stock ``SFTTrainer`` on CPU runs the 49k-word output layer at every position (its fused LM head only
skips ignored positions on Triton devices), recomputes activations (gradient checkpointing is on by
default) and pads batches of random lengths. Here instead:

- ``LeftPadCollator`` pads on the left, so every row's completion ends at the last column;
- ``TrailingLossSFTTrainer.compute_loss`` asks the model for logits of the trailing ``K`` positions
  only (``logits_to_keep``, which every Hugging Face causal LM supports and which goes through
  peft and DDP wrappers), where ``K`` spans the earliest target token in the batch to the end;
- the prompt prefix every row of a batch shares (the role's system prompt: about 70 of the planner's
  ~230 tokens) runs once per batch; its key/value cache is repeated for the rows, which then run
  only their own tokens. Exact (gradients flow through the cache); one process only, since DDP
  allows one forward per backward;
- batches are grouped by length (``train_sampling_strategy="group_by_length"``), so little is padded;
- gradient checkpointing is off; bfloat16 autocast is on where the config asks for it.

The loss is the same token-mean cross entropy over the target tokens that TRL computes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import torch
import torch.nn.functional as F
from trl import SFTTrainer

IGNORE = -100


def shared_prefix_length(examples: list[dict[str, Any]]) -> int:
    """Tokens every row shares at its start, stopping before the first position a loss needs."""
    limit = min(_first_target(e["labels"]) - 1 for e in examples)
    first = examples[0]["input_ids"]
    n = 0
    while n < limit and all(e["input_ids"][n] == first[n] for e in examples):
        n += 1
    return max(n, 0)


def _first_target(labels: list[int]) -> int:
    return next((i for i, label in enumerate(labels) if label != IGNORE), len(labels))


@dataclass
class LeftPadCollator:
    """Left-pads ``input_ids``/``labels`` and adds ``attention_mask`` and matching ``position_ids``.

    With ``share_prefix``, the tokens all rows start with go once into ``prefix_ids`` (1 × P) and
    the rows hold only what follows (their ``position_ids`` then start at 0 after the prefix).
    """

    pad_token_id: int
    share_prefix: bool = False

    def __call__(self, examples: list[dict[str, Any]]) -> dict[str, torch.Tensor]:
        prefix = shared_prefix_length(examples) if self.share_prefix and len(examples) > 1 else 0
        batch = self._pad([{k: e[k][prefix:] for k in ("input_ids", "labels")} for e in examples])
        if prefix:
            batch["prefix_ids"] = torch.tensor([examples[0]["input_ids"][:prefix]])
        return batch

    def _pad(self, examples: list[dict[str, Any]]) -> dict[str, torch.Tensor]:
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


def forward_trailing(
    model, inputs: dict[str, torch.Tensor], labels: torch.Tensor, prefix: torch.Tensor | None
):
    """Logits of the trailing window only; a shared prefix runs once and its cache is repeated."""
    keep = trailing_window(labels)
    if prefix is None or prefix.numel() == 0:
        return model(**inputs, use_cache=False, logits_to_keep=keep)
    rows, length = labels.shape[0], prefix.shape[1]
    cache = model(input_ids=prefix, use_cache=True, logits_to_keep=1).cache
    cache.batch_repeat_interleave(rows)
    mask = inputs["attention_mask"]
    return model(
        input_ids=inputs["input_ids"],
        attention_mask=torch.cat([mask.new_ones((rows, length)), mask], dim=1),
        position_ids=inputs["position_ids"] + length,
        cache=cache,
        use_cache=True,
        logits_to_keep=keep,
    )


class TrailingLossSFTTrainer(SFTTrainer):
    """``SFTTrainer`` whose loss runs the output layer only on the trailing window that holds targets."""

    def compute_loss(self, model, inputs, return_outputs=False, num_items_in_batch=None):
        labels = inputs.pop("labels")
        prefix = inputs.pop("prefix_ids", None)
        outputs = forward_trailing(model, inputs, labels, prefix)
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
            real = inputs["attention_mask"].sum() + (
                0 if prefix is None else prefix.numel() * labels.shape[0]
            )
            tokens = self.accelerator.gather_for_metrics(real.reshape(1)).sum()
            self._total_train_tokens += int(tokens.item())
        self._metrics[mode]["num_tokens"] = [self._total_train_tokens]
        return (loss, outputs) if return_outputs else loss
