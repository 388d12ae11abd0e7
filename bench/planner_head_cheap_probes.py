"""Two cheap ways to lift the release planner's Q, measured on validation turns only.

1. **History features.** Twelve features read from the conversation text (its length, how many
   supporter turns so far and how many of them asked a question, whether the last supporter or seeker
   utterance is a question, the seeker's message lengths, thanks or goodbye words, advice requests) set
   beside the planner's cached features; the head refitted with ``esc-graph head``'s grid and rule on the
   same training turns and scored on the same validation turns as without them.
2. **Per-strategy offsets.** The shipped head's log-probabilities plus one offset per strategy, fitted by
   coordinate ascent to maximise macro-F1 on the very validation turns it is scored on: an in-sample
   upper bound on what any re-weighting of the head's output (the stored prior is one) can reach there.

Test turns are never read. Run: ``python bench/planner_head_cheap_probes.py
[--release bench/results/release-cpu] [--out bench/results/planner_head_cheap_probes.json]``.
"""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path

import numpy as np

from esc_graph.strategies import STRATEGY_NAMES
from esc_graph.strategy_head import load_head
from trainers.head import HeadConfig, cached_features, feature_cache, fit_head
from trainers.metrics import strategy_metrics
from trainers.turns import Turn, select_turns

CLOSING = ("thank", "bye", "appreciate", "helpful", "good night", "goodnight")
ASKING = ("what should", "how can i", "what can i", "any advice", "should i", "what do you")
SHOWN = ("q", "accuracy", "b")


def history_features(turn: Turn) -> list[float]:
    """What the conversation's text says about where the dialogue stands, without any strategy label."""
    history = turn.history
    supporter = [u.text for u in history if u.speaker == "supporter"]
    seeker = [u.text for u in history if u.speaker == "seeker"]
    last_supporter, last_seeker = (supporter or [""])[-1], (seeker or [""])[-1].lower()
    return [
        math.log1p(len(history)),
        math.log1p(len(supporter)),
        float(np.mean(["?" in text for text in supporter])) if supporter else 0.0,
        float("?" in last_supporter),
        math.log1p(len(last_seeker)),
        float("?" in last_seeker),
        math.log1p(sum(len(text) for text in seeker)),
        float(not supporter),
        float(any(word in last_seeker for word in CLOSING)),
        float(bool(history) and history[-1].speaker == "supporter"),
        float(any(words in last_seeker for words in ASKING)),
        float(any(words in f" {last_seeker} " for words in (" you ", "have you", "did you", "do you"))),
    ]


def split_turns(head_dir: Path, split: str, limit: int) -> tuple[list[Turn], np.ndarray]:
    cache = feature_cache(head_dir, split)  # the final layer's
    stored = cached_features(cache)
    turns = [t for t in select_turns(None, split, "thu-coai", limit=limit, seed=0) if t.id in stored]
    return turns, np.stack([stored[t.id] for t in turns])


def rounded(value: object) -> object:
    return round(value, 4) if isinstance(value, float) else value


def log_probs(logits: np.ndarray) -> np.ndarray:
    logits = logits - logits.max(axis=1, keepdims=True)
    return logits - np.log(np.exp(logits).sum(axis=1, keepdims=True))


def scores(gold: list[str], logp: np.ndarray) -> dict[str, float]:
    found = strategy_metrics(gold, [STRATEGY_NAMES[i] for i in logp.argmax(axis=1)])
    return {k: round(float(found[k]), 4) for k in SHOWN}


def fitted_offsets(gold: list[str], logp: np.ndarray, start: np.ndarray, rounds: int = 4) -> np.ndarray:
    """Coordinate ascent on macro-F1, one strategy's offset at a time over a grid of shifts."""
    offsets = start.copy()
    for _ in range(rounds):
        for k in range(len(STRATEGY_NAMES)):
            best_q, best = scores(gold, logp + offsets)["q"], offsets[k]
            for shift in np.linspace(-1.5, 1.5, 31):
                trial = offsets.copy()
                trial[k] += shift
                q = scores(gold, logp + trial)["q"]
                if q > best_q + 1e-9:
                    best_q, best = q, trial[k]
            offsets[k] = best
    return offsets


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--release", type=Path, default=Path("bench/results/release-cpu"))
    parser.add_argument("--out", type=Path, default=Path("bench/results/planner_head_cheap_probes.json"))
    args = parser.parse_args()
    head_dir = args.release / "head" / "planner"
    train, x_train = split_turns(head_dir, "train", 5000)
    valid, x_valid = split_turns(head_dir, "valid", 1000)
    y_train, y_valid = [t.strategy for t in train], [t.strategy for t in valid]
    h_train = np.array([history_features(t) for t in train])
    h_valid = np.array([history_features(t) for t in valid])
    config = HeadConfig()
    refits = {}
    for name, (a, b) in {
        "planner features": (x_train, x_valid),
        "planner features + history features": (np.hstack([x_train, h_train]), np.hstack([x_valid, h_valid])),
    }.items():
        _, selection = fit_head(a, y_train, b, y_valid, config)
        refits[name] = [{k: rounded(v) for k, v in row.items()} for row in selection]
        print(name, max(r["valid_q"] for r in selection))

    final = args.release / "final" / "planner"
    head = load_head(final)
    assert head is not None, f"{final} holds no strategy head"
    logp = log_probs(x_valid @ head.weight.numpy().T + head.bias.numpy())
    prior = json.loads((final / "esc_manifest.json").read_text())["label_prior"]
    with_prior = -np.log(np.array(prior["probs"])) * prior["strength"]
    offsets = fitted_offsets(y_valid, logp, with_prior)
    result = {
        "command": "python bench/planner_head_cheap_probes.py",
        "train_turns": len(train),
        "valid_turns": len(valid),
        "history_features": {
            "best_valid_q": {name: max(r["valid_q"] for r in rows) for name, rows in refits.items()},
            "selection": refits,
        },
        "offsets_in_sample": {
            "head alone": scores(y_valid, logp),
            "head + stored prior (fitted on these turns)": scores(y_valid, logp + with_prior),
            "head + offsets fitted on these turns": scores(y_valid, logp + offsets),
            "offsets": dict(zip(STRATEGY_NAMES, np.round(offsets, 3).tolist(), strict=True)),
        },
    }
    args.out.write_text(json.dumps(result, indent=1) + "\n")
    print(json.dumps(result["offsets_in_sample"], indent=1))


if __name__ == "__main__":
    main()
