"""Would a larger sentence encoder read the guard sets better? The risk model's recipe with another one.

Fits the packaged risk model's recipe (``trainers.risk``: encoder vectors of the message and of the
message after its two earlier ones, hashed character n-grams, class-balanced logistic regression with C
chosen by validation average precision, then the lexicon veto and the threshold by the trainer's rule on
validation families) with the encoder in ``--encoder-dir`` (a sentence-transformers folder with mean
pooling, e.g. all-mpnet-base-v2), and scores the gate on the guard sets as
``trainers/risk_corpus/guard/score.py`` does. With no ``--encoder-dir`` it uses the packaged MiniLM, which
must reproduce the packaged model's guard figures. The frozen evaluation sets are never read.

Run: ``python bench/risk_encoder_probe.py [--encoder-dir DIR] --out
bench/results/risk_encoder_probe_NAME.json``.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

import esc_graph.encoder
from esc_graph.safety.detect import lexicon_check
from esc_graph.safety.risk_model import hashing_vectorizer, risk_features
from trainers.risk import (
    RiskTrainConfig,
    _fit,
    _stack,
    choose_threshold,
    choose_veto,
    gate_rates,
    load_training_messages,
    read_corpus_file,
    split_by_family,
)
from trainers.risk_corpus.guard.score import GUARD, guard_results


class ProbeModel:
    """What ``score.gate`` reads of a risk model: features, probabilities, threshold and veto."""

    def __init__(self, encoder: Any, config: RiskTrainConfig) -> None:
        self.encoder, self.config = encoder, config
        self.vectorizer = hashing_vectorizer(config.n_features, *config.ngram_range)
        self.head: Any = None
        self.threshold = self.veto = 0.0

    def features(self, texts: Sequence[str], contexts: Sequence[Sequence[str]]) -> tuple[np.ndarray, Any]:
        return risk_features(texts, contexts, self.encoder, self.vectorizer, self.config.context_messages)

    def stacked(self, texts: Sequence[str], contexts: Sequence[Sequence[str]]) -> Any:
        return _stack(*self.features(texts, contexts), self.config.hashed_scale)

    def probabilities(self, dense: np.ndarray, hashed: Any) -> tuple[np.ndarray, None]:
        return self.head.predict_proba(_stack(dense, hashed, self.config.hashed_scale))[:, 1], None


def fit(model: ProbeModel) -> dict[str, Any]:
    from sklearn.metrics import average_precision_score

    config = model.config
    train, valid = split_by_family(load_training_messages(config), config.valid_share, config.seed)
    x_train = model.stacked([m.text for m in train], [m.context for m in train])
    x_valid = model.stacked([m.text for m in valid], [m.context for m in valid])
    y_train, y_valid = np.array([m.risky for m in train]), np.array([m.risky for m in valid])
    scores = {}
    for c in config.c_grid:
        probs = _fit(x_train, y_train, c, config.seed).predict_proba(x_valid)[:, 1]
        scores[c] = float(average_precision_score(y_valid, probs))
    best_c = max(scores, key=scores.__getitem__)
    model.head = _fit(x_train, y_train, best_c, config.seed)
    probs = model.head.predict_proba(x_valid)[:, 1]
    lexicon = np.array([lexicon_check(m.text, m.context).risk for m in valid])
    model.veto = choose_veto(y_valid, lexicon, probs, config.lexicon_keep, config.veto_grid)
    model.threshold = choose_threshold(
        y_valid, lexicon, probs, config.target_recall, config.max_false_escalation, model.veto
    )
    recall, false = gate_rates(y_valid, lexicon, probs, model.threshold, model.veto)
    return {
        "valid_average_precision_by_C": {str(c): round(s, 4) for c, s in scores.items()},
        "threshold": round(model.threshold, 4),
        "veto": model.veto,
        "valid_gate": {"recall": round(recall, 4), "false_escalation": round(false, 4)},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--encoder-dir", type=Path, default=None)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    if args.encoder_dir is not None:
        esc_graph.encoder.encoder_path = lambda: str(args.encoder_dir)
    encoder = esc_graph.encoder.MiniLM()
    model = ProbeModel(encoder, RiskTrainConfig(plot=None, report=None))
    started = time.perf_counter()
    fitted = fit(model)
    fit_seconds = time.perf_counter() - started
    texts = [m.text for m in read_corpus_file(GUARD / "guard_safe.tsv")][:60]
    timings = []
    for text in texts:
        began = time.perf_counter()
        model.probabilities(*model.features([text], [()]))
        timings.append(1000 * (time.perf_counter() - began))
    result = {
        "command": "python bench/risk_encoder_probe.py"
        + (f" --encoder-dir {args.encoder_dir}" if args.encoder_dir else "")
        + f" --out {args.out}",
        "encoder": str(args.encoder_dir or esc_graph.encoder.encoder_path()),
        **fitted,
        "guard": guard_results(model),  # type: ignore[arg-type]
        "fit_seconds": round(fit_seconds),
        "model_ms_per_message_median": round(float(np.median(timings)), 1),
    }
    args.out.write_text(json.dumps(result, indent=1) + "\n")
    print(json.dumps({k: v for k, v in result.items() if k != "guard"}, indent=1))
    print({k: (v["rate"], v["of"]) for k, v in result["guard"].items()})


if __name__ == "__main__":
    main()
