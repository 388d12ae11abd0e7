"""Does fine-tuning the planner's LoRA as an 8-way classifier beat the strategy head on frozen features?

The release planner's head is logistic regression on features the SFT adapter gives (its last prompt
token's final hidden state and the 8 name log-probabilities); the adapter itself was trained with LM
loss on the strategy name. This probe trains the same adapter, with a linear layer on that hidden state,
on a class-balanced cross-entropy over the 8 strategies, and scores it on validation turns beside the
head fitted the release's way (``trainers.head.fit_head``) on the cached features of the same training
turns. Test turns are never read.

The linear layer starts at zero, or with ``--warm-start`` at the logistic regression fitted the release's
way on the cached hidden states alone (the 8 name log-probabilities need a second pass, so they are left
out here): training then starts from a classifier as good as that head on validation, and the run says
whether moving the adapter itself on a class-balanced loss adds to it.

Run: ``OMP_NUM_THREADS=2 python bench/planner_classifier_finetune_probe.py [--train-turns 1500]
[--minutes 25] [--warm-start] [--out bench/results/planner_classifier_finetune_probe.json]``.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

import numpy as np
import torch
from peft import PeftModel
from transformers import AutoModelForCausalLM, AutoTokenizer

from esc_graph.models import resolve_base
from esc_graph.prompts import planner_messages
from esc_graph.strategies import STRATEGY_NAMES
from trainers.data import load_split
from trainers.head import HeadConfig, feature_cache, fit_head
from trainers.metrics import strategy_metrics
from trainers.turns import Turn, dialogue_turns, with_appraisals

RELEASE = Path("esc_graph/weights/esconv-smollm2-v1/planner")
HEAD_CACHE = Path("bench/results/release-cpu/head/planner")


def cached(split: str) -> tuple[list[str], np.ndarray]:
    path = feature_cache(HEAD_CACHE, split)  # the final layer's
    with np.load(path) as saved:
        return saved["ids"].tolist(), saved["x"]


def turns_with_ids(split: str, ids: list[str]) -> list[Turn]:
    """The turns of ``split`` with these ids, in that order, each with its appraisal."""
    by_id = {t.id: t for t in dialogue_turns(load_split(None, split, "thu-coai"))}
    return with_appraisals([by_id[i] for i in ids])


def prompt_ids(tokenizer, turn) -> torch.Tensor:
    """The planner's prompt for ``turn`` as a batch of one."""
    ids = tokenizer.apply_chat_template(
        planner_messages(turn.history, turn.appraisal),
        add_generation_prompt=True,
        tokenize=True,
        return_dict=False,
    )
    ids = ids["input_ids"] if isinstance(ids, dict) else ids
    return torch.tensor([list(ids)])


def last_hidden(model, tokenizer, turn) -> torch.Tensor:
    out = model.base_model.model.model(input_ids=prompt_ids(tokenizer, turn))
    return out.last_hidden_state[0, -1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train-turns", type=int, default=1500)
    parser.add_argument("--minutes", type=float, default=25.0, help="stop training after this long")
    parser.add_argument("--lr", type=float, default=5e-5, help="LoRA learning rate")
    parser.add_argument("--head-lr", type=float, default=1e-3)
    parser.add_argument("--accum", type=int, default=8)
    parser.add_argument(
        "--warm-start", action="store_true", help="start the linear layer from the head on hidden states"
    )
    parser.add_argument("--save", type=Path, default=None, help="keep the trained adapter and layer here")
    parser.add_argument(
        "--out", type=Path, default=Path("bench/results/planner_classifier_finetune_probe.json")
    )
    args = parser.parse_args()
    torch.manual_seed(0)

    train_ids, train_x = cached("train")
    valid_ids, valid_x = cached("valid")
    rng = np.random.default_rng(0)
    picked = sorted(rng.choice(len(train_ids), size=args.train_turns, replace=False).tolist())
    train = turns_with_ids("train", [train_ids[i] for i in picked])
    valid = turns_with_ids("valid", valid_ids)
    y_train = [t.strategy for t in train]
    y_valid = [t.strategy for t in valid]

    # The release's way, on the same training turns.
    _, selection = fit_head(train_x[picked], y_train, valid_x, y_valid, HeadConfig())
    frozen = max(selection, key=lambda s: s["valid_q"])
    width = train_x.shape[1] - len(STRATEGY_NAMES)
    hidden_head, hidden_selection = fit_head(
        train_x[picked][:, :width], y_train, valid_x[:, :width], y_valid, HeadConfig()
    )
    hidden_only = max(hidden_selection, key=lambda s: s["valid_q"])

    path = resolve_base(None)
    tokenizer = AutoTokenizer.from_pretrained(path)
    base = AutoModelForCausalLM.from_pretrained(path, dtype=torch.float32)
    model = PeftModel.from_pretrained(base, str(RELEASE), is_trainable=True)
    for p in model.parameters():
        if p.requires_grad:
            p.data = p.data.float()
    head = torch.nn.Linear(base.config.hidden_size, len(STRATEGY_NAMES))
    torch.nn.init.zeros_(head.weight)
    if args.warm_start:
        with torch.no_grad():
            head.weight.copy_(hidden_head.weight)
            head.bias.copy_(hidden_head.bias)
    counts = Counter(y_train)
    class_weight = torch.tensor(
        [len(y_train) / (len(STRATEGY_NAMES) * max(counts[s], 1)) for s in STRATEGY_NAMES],
        dtype=torch.float32,
    )
    optimiser = torch.optim.AdamW(
        [
            {"params": [p for p in model.parameters() if p.requires_grad], "lr": args.lr},
            {"params": head.parameters(), "lr": args.head_lr},
        ]
    )
    loss_fn = torch.nn.CrossEntropyLoss(weight=class_weight)

    model.train()
    started, seen, losses = time.monotonic(), 0, []
    order = rng.permutation(len(train)).tolist()
    for step, index in enumerate(order, 1):
        turn = train[index]
        logits = head(last_hidden(model, tokenizer, turn))
        loss = loss_fn(logits[None], torch.tensor([STRATEGY_NAMES.index(turn.strategy)])) / args.accum
        loss.backward()
        losses.append(loss.item() * args.accum)
        seen = step
        if step % args.accum == 0:
            optimiser.step()
            optimiser.zero_grad()
        if step % 100 == 0:
            elapsed = time.monotonic() - started
            print(f"{step}/{len(order)} turns, loss {np.mean(losses[-100:]):.3f}, {elapsed:.0f} s")
        if time.monotonic() - started > args.minutes * 60:
            break
    train_seconds = time.monotonic() - started
    if args.save:
        model.save_pretrained(str(args.save))
        torch.save(head.state_dict(), args.save / "classifier_layer.pt")

    model.eval()
    predicted = []
    with torch.inference_mode():
        for n, turn in enumerate(valid, 1):
            predicted.append(STRATEGY_NAMES[int(head(last_hidden(model, tokenizer, turn)).argmax())])
            if n % 200 == 0:
                print(f"valid {n}/{len(valid)}")
    found = strategy_metrics(y_valid, predicted)
    result = {
        "train_turns": len(train),
        "turns_trained_on": seen,
        "valid_turns": len(valid),
        "settings": {
            "lr": args.lr,
            "head_lr": args.head_lr,
            "accum": args.accum,
            "minutes": args.minutes,
            "warm_start": args.warm_start,
        },
        "train_seconds": round(train_seconds),
        "frozen_features_head": frozen,
        "frozen_hidden_states_head": hidden_only,
        "classifier_finetune": {
            "valid_q": found["q"],
            "valid_accuracy": found["accuracy"],
            "valid_b": found["b"],
        },
        "prediction_counts": Counter(predicted),
    }
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
