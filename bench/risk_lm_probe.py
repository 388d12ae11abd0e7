"""Would the crisis gate gain from reading the base language model's hidden states? A measurement.

The packaged risk model reads all-MiniLM-L6-v2 vectors and hashed character n-grams. This script fits a
linear probe on SmolLM2-135M's hidden states (the last token of a prompt that shows the message after
the seeker's two earlier messages and asks whether the writer is at risk now; layers 8, 16, 24 and 30,
standardised; logistic regression, C chosen on validation AP) on the risk trainer's training families,
and compares on the trainer's validation families and the guard sets (never trained on):
- the packaged model alone;
- the probe alone;
- both, as the mean of their two logits (nothing fitted on validation).
The frozen evaluation set is not read. Also the probe's extra time per message, one thread.

Run: ``OMP_NUM_THREADS=1 python bench/risk_lm_probe.py [--cache DIR]`` → ``bench/results/risk_lm_probe.json``
(45–70 minutes on one core, most of it the language model's pass over 12,000 messages; ``--cache``
keeps the hidden states between runs).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import torch

from esc_graph.models import load_base
from esc_graph.safety.detect import lexicon_check
from esc_graph.safety.risk_model import PACKAGED, RiskModel
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
from trainers.risk_corpus.guard.score import GUARD

LAYERS = (8, 16, 24, 30)
QUESTION = (
    "\nQuestion: is the writer of the last message, right now, at risk of suicide, self-harm, "
    "or harm from another person? Answer:"
)
C_GRID = (0.01, 0.1)
RESULTS = Path(__file__).resolve().parent / "results" / "risk_lm_probe.json"


def probe_prompt(message: Message) -> str:
    lines = [f"Earlier message: {c}" for c in message.context[-2:]]
    return "\n".join([*lines, f"Last message: {message.text}"]) + QUESTION


def hidden_states(model: Any, tokenizer: Any, messages: Sequence[Message], batch: int = 32) -> np.ndarray:
    texts = [probe_prompt(m) for m in messages]
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))  # similar lengths pad less
    out = np.zeros((len(texts), len(LAYERS) * model.config.hidden_size), np.float32)
    tokenizer.padding_side = "left"  # the last position is every row's last token
    with torch.inference_mode():
        for start in range(0, len(order), batch):
            rows = order[start : start + batch]
            encoded = tokenizer([texts[i] for i in rows], return_tensors="pt", padding=True)
            states = model.model(**encoded, output_hidden_states=True).hidden_states
            out[rows] = torch.cat([states[layer][:, -1, :] for layer in LAYERS], dim=1).float().numpy()
    return out


def cached(path: Path | None, compute: Callable[[], np.ndarray]) -> np.ndarray:
    if path is not None and path.is_file():
        return np.load(path)
    value = compute()
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.save(path, value)
    return value


def logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


def recall_at(risky: np.ndarray, probs: np.ndarray, max_false: float) -> float:
    best = 0.0
    for t in np.unique(probs):
        flagged = probs >= t
        if flagged[~risky].mean() <= max_false:
            best = max(best, float(flagged[risky].mean()))
    return best


def summarise(
    sets: dict[str, list[Message]], probs: dict[str, np.ndarray], lexicon: dict[str, np.ndarray]
) -> dict[str, Any]:
    from sklearn.metrics import average_precision_score

    risky = {name: np.array([m.risky for m in msgs]) for name, msgs in sets.items()}
    y, p, lex = risky["valid"], probs["valid"], lexicon["valid"]
    config = RiskTrainConfig()
    veto = choose_veto(y, lex, p, config.lexicon_keep, (*config.veto_grid, 0.2))
    threshold = choose_threshold(y, lex, p, config.target_recall, config.max_false_escalation, veto)
    result = {
        "valid_average_precision": round(float(average_precision_score(y, p)), 4),
        "valid_model_recall_at_false_0.05": round(recall_at(y, p, 0.05), 4),
        "valid_model_recall_at_false_0.08": round(recall_at(y, p, 0.08), 4),
        "threshold": round(float(threshold), 4),
        "veto": veto,
    }
    for name in sets:
        recall, false = gate_rates(risky[name], lexicon[name], probs[name], threshold, veto)
        flagged = gate_flags(lexicon[name], probs[name], threshold, veto)
        result[f"gate_{name}"] = {
            "recall": round(recall, 4) if risky[name].any() else None,
            "false_escalation": round(false, 4) if (~risky[name]).any() else None,
            "missed": [m.text for m, f in zip(sets[name], flagged, strict=True) if m.risky and not f]
            if name.startswith("guard")
            else len([1 for m, f in zip(sets[name], flagged, strict=True) if m.risky and not f]),
        }
    return result


def probe_ms(model: Any, tokenizer: Any, messages: Sequence[Message]) -> dict[str, float]:
    times = []
    for message in messages:
        start = time.perf_counter()
        hidden_states(model, tokenizer, [message], batch=1)
        times.append((time.perf_counter() - start) * 1000)
    return {
        "median_ms": round(statistics.median(times), 1),
        "p95_ms": round(statistics.quantiles(times, n=20)[18], 1),
        "messages": len(times),
    }


def main() -> None:
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import average_precision_score
    from sklearn.preprocessing import StandardScaler

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=None, help="keep the hidden states here")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    torch.set_num_threads(1)
    config = RiskTrainConfig()
    train, valid = split_by_family(load_training_messages(config), config.valid_share, config.seed)
    sets = {"train": train, "valid": valid}
    for side in ("safe", "risk", "short"):
        sets[f"guard_{side}"] = read_corpus_file(GUARD / f"guard_{side}.tsv")
    packaged = RiskModel(PACKAGED)
    model, tokenizer = load_base()
    states, packaged_probs, lexicon = {}, {}, {}
    for name, messages in sets.items():
        print(f"{name}: {len(messages)} messages", flush=True)
        texts, contexts = [m.text for m in messages], [m.context for m in messages]
        packaged_probs[name] = packaged.probabilities(*packaged.features(texts, contexts))[0]
        lexicon[name] = np.array([lexicon_check(t, c).risk for t, c in zip(texts, contexts, strict=True)])
        path = args.cache / f"{name}.npy" if args.cache else None
        states[name] = cached(path, lambda m=messages: hidden_states(model, tokenizer, m))
    y_train = np.array([m.risky for m in train])
    y_valid = np.array([m.risky for m in valid])
    scaler = StandardScaler().fit(states["train"])
    scores = {}
    for c in C_GRID:
        fitted = LogisticRegression(C=c, max_iter=3000, class_weight="balanced").fit(
            scaler.transform(states["train"]), y_train
        )
        scores[c] = (
            average_precision_score(y_valid, fitted.predict_proba(scaler.transform(states["valid"]))[:, 1]),
            fitted,
        )
    best_c = max(scores, key=lambda c: scores[c][0])
    probe = scores[best_c][1]
    probe_probs = {n: probe.predict_proba(scaler.transform(s))[:, 1] for n, s in states.items()}
    fused = {n: 1 / (1 + np.exp(-(logit(packaged_probs[n]) + logit(probe_probs[n])) / 2)) for n in sets}
    evaluated = {k: v for k, v in sets.items() if k != "train"}
    result = {
        "probe": {
            "layers": list(LAYERS),
            "C": best_c,
            "valid_ap_by_C": {str(c): round(s[0], 4) for c, s in scores.items()},
        },
        "note": "packaged = the shipped risk model (trained on these training families); "
        "gate = lexicon (with the veto) or the model at the threshold, both chosen on validation "
        "by the risk trainer's rule",
        "packaged": summarise(evaluated, {n: packaged_probs[n] for n in evaluated}, lexicon),
        "probe_alone": summarise(evaluated, {n: probe_probs[n] for n in evaluated}, lexicon),
        "packaged_and_probe": summarise(evaluated, {n: fused[n] for n in evaluated}, lexicon),
        "probe_time_one_thread": probe_ms(model, tokenizer, valid[:: max(1, len(valid) // 60)]),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    for name in ("packaged", "probe_alone", "packaged_and_probe"):
        r = result[name]
        figures = {
            "AP": r["valid_average_precision"],
            "recall@FE0.05": r["valid_model_recall_at_false_0.05"],
            "recall@FE0.08": r["valid_model_recall_at_false_0.08"],
            "guard risk": r["gate_guard_risk"]["recall"],
            "guard safe": r["gate_guard_safe"]["false_escalation"],
        }
        print(f"{name:<20} " + "  ".join(f"{k} {v:.3f}" for k, v in figures.items()))
    print("probe time", result["probe_time_one_thread"])


if __name__ == "__main__":
    main()
