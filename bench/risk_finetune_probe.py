"""A measured next step for the crisis gate: all-MiniLM-L6-v2 fine-tuned whole as a risk classifier
(the message after its two earlier messages, read together), against the packaged linear model (v3).

Trained on the risk trainer's training families, its threshold and lexicon veto chosen on the
validation families by the trainer's own rule; scored on validation and on the guard sets
(``trainers/risk_corpus/guard/``). The frozen evaluation set is not read.

Run: ``python bench/risk_finetune_probe.py [--epochs 2] [--out bench/results/risk_finetune_probe.json]``.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import torch
from sklearn.metrics import average_precision_score
from tqdm import tqdm
from transformers import AutoModelForSequenceClassification, AutoTokenizer, get_linear_schedule_with_warmup

from esc_graph import compute_thread
from esc_graph.encoder import encoder_path
from esc_graph.safety.detect import lexicon_check
from esc_graph.safety.risk_model import joined_with_context
from trainers.risk import (
    Message,
    RiskTrainConfig,
    choose_threshold,
    choose_veto,
    gate_flags,
    gate_rates,
    load_training_messages,
    read_corpus_file,
    split_by_family,
)
from trainers.risk_corpus.guard.score import GUARD, PAIRED_GUARDS

MAX_TOKENS = 128
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def texts_of(rows: Sequence[Message], keep: int) -> list[str]:
    return [joined_with_context(m.text, m.context, keep) for m in rows]


class Classifier:
    def __init__(self, seed: int) -> None:
        torch.manual_seed(seed)
        self.tokenizer = AutoTokenizer.from_pretrained(encoder_path())
        self.model = AutoModelForSequenceClassification.from_pretrained(encoder_path(), num_labels=2)

    def batch(self, texts: Sequence[str]) -> dict[str, torch.Tensor]:
        return self.tokenizer(
            list(texts), padding=True, truncation=True, max_length=MAX_TOKENS, return_tensors="pt"
        )

    def fit(self, texts: list[str], labels: list[int], epochs: int, batch_size: int, lr: float) -> None:
        order = list(range(len(texts)))
        steps = math.ceil(len(texts) / batch_size) * epochs
        optimiser = torch.optim.AdamW(self.model.parameters(), lr=lr, weight_decay=0.01)
        schedule = get_linear_schedule_with_warmup(optimiser, int(0.06 * steps), steps)
        self.model.train()
        with tqdm(total=steps, desc="fine-tuning") as bar:
            for epoch in range(epochs):
                random.Random(epoch).shuffle(order)
                for start in range(0, len(order), batch_size):
                    chosen = order[start : start + batch_size]
                    inputs = self.batch([texts[i] for i in chosen])
                    target = torch.tensor([labels[i] for i in chosen])
                    loss = torch.nn.functional.cross_entropy(self.model(**inputs).logits, target)
                    loss.backward()
                    torch.nn.utils.clip_grad_norm_(self.model.parameters(), 1.0)
                    optimiser.step()
                    schedule.step()
                    optimiser.zero_grad()
                    bar.update(1)
                    bar.set_postfix(loss=f"{loss.item():.3f}")
        self.model.eval()

    @torch.inference_mode()
    def probabilities(self, texts: Sequence[str], batch_size: int = 64) -> np.ndarray:
        out = []
        for start in range(0, len(texts), batch_size):
            logits = self.model(**self.batch(texts[start : start + batch_size])).logits
            out.append(torch.softmax(logits, dim=-1)[:, 1].numpy())
        return np.concatenate(out) if out else np.zeros(0)


def lexicon_hits(rows: Sequence[Message]) -> np.ndarray:
    return np.array([lexicon_check(m.text, m.context).risk for m in rows])


def guard_figures(model: Classifier, keep: int, threshold: float, veto: float) -> dict[str, object]:
    def flags(rows: Sequence[Message]) -> np.ndarray:
        return gate_flags(lexicon_hits(rows), model.probabilities(texts_of(rows, keep)), threshold, veto)

    result: dict[str, object] = {}
    for side in ("safe", "risk"):
        rows = read_corpus_file(GUARD / f"guard_{side}.tsv")
        result[f"guard_{side}_escalated"] = round(float(flags(rows).mean()), 4)
    for name in ("short", *PAIRED_GUARDS):
        rows = read_corpus_file(GUARD / f"guard_{name}.tsv")
        hits = flags(rows)
        for label in ("safe", "risk"):
            chosen = np.array([m.label == label for m in rows])
            result[f"{name}_{label}_escalated"] = {
                "rate": round(float(hits[chosen].mean()), 4),
                "of": int(chosen.sum()),
            }
    return result


def run(args: argparse.Namespace) -> dict[str, object]:
    config = RiskTrainConfig()
    train, valid = split_by_family(load_training_messages(config), config.valid_share, config.seed)
    from bench.risk_lm_probe import recall_at  # the probe's measure, so the two compare

    keep = config.context_messages
    model = Classifier(args.seed)
    started = time.perf_counter()
    model.fit(texts_of(train, keep), [int(m.risky) for m in train], args.epochs, args.batch_size, args.lr)
    minutes = (time.perf_counter() - started) / 60
    risky = np.array([m.risky for m in valid])
    probs = model.probabilities(texts_of(valid, keep))
    lexicon = lexicon_hits(valid)
    veto = choose_veto(risky, lexicon, probs, config.lexicon_keep, config.veto_grid)
    threshold = choose_threshold(
        risky, lexicon, probs, config.target_recall, config.max_false_escalation, veto
    )
    gate_recall, gate_false = gate_rates(risky, lexicon, probs, threshold, veto)
    return {
        "command": f"python bench/risk_finetune_probe.py --epochs {args.epochs} --lr {args.lr} "
        f"--batch-size {args.batch_size} --seed {args.seed}",
        "training": {
            "messages": len(train),
            "risk": int(sum(m.risky for m in train)),
            "minutes": round(minutes, 1),
        },
        "validation": {
            "messages": len(valid),
            "average_precision": round(float(average_precision_score(risky, probs)), 4),
            "recall_at_5pct_false_escalation": round(recall_at(risky, probs, 0.05), 4),
            "recall_at_8pct_false_escalation": round(recall_at(risky, probs, 0.08), 4),
            "threshold": round(float(threshold), 4),
            "veto": veto,
            "gate_recall": round(gate_recall, 4),
            "gate_false_escalation": round(gate_false, 4),
        },
        "guard": guard_figures(model, keep, threshold, veto),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--lr", type=float, default=5e-5)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=Path("bench/results/risk_finetune_probe.json"))
    args = parser.parse_args()
    result = compute_thread.run(run, args)
    text = json.dumps(result, indent=1)
    print(text)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
