"""Does the supporter's side of the conversation help the appraiser? Measured on validation only.

The shipped appraiser reads MiniLM vectors of the seeker's messages so far (their mean and the last one).
Supporters often name what they heard ("so you lost your job and feel anxious"), so this probe sets the
mean MiniLM vector of the supporter's messages before the seeker's message (and, in a third variant, the
last of them) beside those features, fits the heads with ``esc-graph train appraiser``'s grid and rule on
the training dialogues, and scores them on every validation seeker message. Test dialogues are never
read. Run: ``python bench/appraiser_supporter_probe.py [--out
bench/results/appraiser_supporter_probe.json]`` (a few minutes once the MiniLM vectors are cached in
``runs/appraisal-cache``).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

from esc_graph.encoder import MiniLM
from trainers.appraisal import GRID, choose_heads, mean_best, set_features
from trainers.appraisal_data import AppraisalSet, embed_cached, load_sets

CACHE = Path("runs/appraisal-cache")
SEEKER_PARTS = ("mean", "last")


def supporter_messages_before(examples: AppraisalSet) -> tuple[list[str], list[list[int]]]:
    """Every supporter message once, and for each example the indices of those said before its last
    seeker message (the same whitespace and empty-message rules as ``seeker_messages``)."""
    messages: list[str] = []
    before: list[list[int]] = []
    for dialogue in examples.dialogues:
        said: list[int] = []
        for utterance in dialogue.turns:
            text = " ".join(utterance.text.split())
            if not text:
                continue
            if utterance.speaker == "seeker":
                before.append(list(said))
            else:
                messages.append(text)
                said.append(len(messages) - 1)
    if len(before) != len(examples):
        raise ValueError(f"{len(before)} seeker messages found, {len(examples)} examples expected")
    return messages, before


def variant_features(examples: AppraisalSet, encoder: MiniLM, name: str) -> dict[str, np.ndarray]:
    def say(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    seeker = embed_cached(encoder, examples.messages, CACHE, say, f"{name} seeker messages")
    supporter_texts, before = supporter_messages_before(examples)
    supporter = embed_cached(encoder, supporter_texts, CACHE, say, f"{name} supporter messages")
    zero = np.zeros(supporter.shape[1], dtype=np.float32)
    supporter_mean = np.stack([supporter[rows].mean(axis=0) if rows else zero for rows in before])
    supporter_last = np.stack([supporter[rows[-1]] if rows else zero for rows in before])
    own = set_features(examples, SEEKER_PARTS, seeker, None)
    return {
        "seeker mean+last (shipped)": own,
        "+ supporter mean": np.hstack([own, supporter_mean]).astype(np.float32),
        "+ supporter mean and last": np.hstack([own, supporter_mean, supporter_last]).astype(np.float32),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("bench/results/appraiser_supporter_probe.json"))
    args = parser.parse_args()
    sets = load_sets(None, "thu-coai")
    encoder = MiniLM()
    train = variant_features(sets["train"], encoder, "train")
    valid = variant_features(sets["valid"], encoder, "valid")
    found: dict[str, object] = {}
    for variant in train:
        _heads, trials = choose_heads(
            train[variant], sets["train"], valid[variant], sets["valid"], GRID, 0, lambda _m: None, variant
        )
        best = {label_set: max(rows, key=lambda r: r["score"]) for label_set, rows in trials.items()}
        found[variant] = {"valid_mean_best": mean_best(trials), "best_per_label_set": best}
        shown = ", ".join(f"{f} {b['accuracy']:.3f}/{b['macro_f1']:.3f}" for f, b in best.items())
        print(f"{variant}: mean {mean_best(trials):.4f}; accuracy/macro-F1 {shown}")
    report = {
        "what": "appraiser heads with and without the supporter's messages as features; validation only",
        "train_examples": len(sets["train"]),
        "valid_examples": len(sets["valid"]),
        "score": "per label set the mean of accuracy and macro-F1 of the validation-chosen C and weighting",
        "variants": found,
    }
    args.out.write_text(json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    main()
