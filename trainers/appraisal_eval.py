"""Score a trained appraiser on the test dialogues against two references, on the same examples.

- **appraiser**: the model folder (by default the packaged one), through ``esc_graph.appraisal``;
- **MiniLM + LR**: one MiniLM vector of the seeker's text so far (joined; the encoder keeps its last
  128 tokens) and a logistic regression per label set, trained on the training dialogues with C and
  class weighting chosen on validation by the same rule as the appraiser's;
- **majority**: the most frequent training label of each set.

Accuracy and macro-F1 per label set after the seeker's 1st, 3rd and 5th message and over every seeker
message of the test dialogues, and the appraiser minus each reference with a paired bootstrap interval
over whole test dialogues. ``python -m trainers.appraisal_eval`` writes ``bench/results/
appraisal_eval.json`` and ``.md``.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from esc_graph.appraisal import LABEL_SETS, PACKAGED, Appraiser, dense_features
from trainers.appraisal import GRID, ROOT, choose_heads, label_scores
from trainers.appraisal_data import AppraisalSet, embed_cached, load_sets
from trainers.metrics import paired_code_difference

POINTS = (1, 3, 5)
RESULTS = ROOT / "bench" / "results"
SYSTEMS = ("appraiser", "MiniLM + LR", "majority")
METRICS = ("accuracy", "macro_f1")


def appraiser_predictions(
    appraiser: Appraiser, examples: AppraisalSet, vectors: np.ndarray, joined: np.ndarray
) -> dict[str, list[str]]:
    features = dense_features(appraiser.parts, vectors, examples.ends, examples.starts, joined)
    probs = appraiser.probabilities(features)
    return {f: [appraiser.labels[f][i] for i in probs[f].argmax(axis=1)] for f in LABEL_SETS}


def score_table(
    gold: dict[str, list[str]], pred: dict[str, list[str]], numbers: np.ndarray
) -> dict[str, Any]:
    """label set → point ("1", "3", "5", "all") → accuracy, macro-F1, n."""
    table: dict[str, Any] = {}
    for field in LABEL_SETS:
        table[field] = {}
        for point in (*POINTS, "all"):
            rows = range(len(numbers)) if point == "all" else np.flatnonzero(numbers == point)
            g = [gold[field][i] for i in rows]
            p = [pred[field][i] for i in rows]
            table[field][str(point)] = label_scores(g, p)
    return table


def _accuracy(gold: np.ndarray, pred: np.ndarray) -> float:
    return float(np.mean(gold == pred))


def _macro_f1(gold: np.ndarray, pred: np.ndarray) -> float:
    """Macro-F1 over the labels present in gold or prediction (integer codes), as ``label_scores``."""
    present = np.union1d(gold, pred)
    hits = np.bincount(gold[gold == pred], minlength=present.max() + 1)[present]
    denom = (
        np.bincount(gold, minlength=present.max() + 1)[present]
        + np.bincount(pred, minlength=present.max() + 1)[present]
    )
    return float(np.mean(2 * hits / denom))


def paired_differences(
    gold: Sequence[str],
    ours: Sequence[str],
    theirs: Sequence[str],
    dialogues: Sequence[str],
    resamples: int = 1000,
    seed: int = 0,
) -> dict[str, list[float]]:
    """Ours minus theirs in accuracy and macro-F1, each ``[value, low, high]`` with a 95% bootstrap
    interval over whole dialogues; examples without a gold label are left out."""
    keep = [i for i, g in enumerate(gold) if g]
    code: dict[str, int] = {}
    g, a, b = (np.array([code.setdefault(x[i], len(code)) for i in keep]) for x in (gold, ours, theirs))
    groups = [dialogues[i] for i in keep]
    return {
        metric: list(paired_code_difference(statistic, g, a, b, groups, resamples, 0.95, seed))
        for metric, statistic in (("accuracy", _accuracy), ("macro_f1", _macro_f1))
    }


def difference_table(
    gold: dict[str, list[str]],
    ours: dict[str, list[str]],
    theirs: dict[str, list[str]],
    examples: AppraisalSet,
) -> dict[str, Any]:
    """label set → point → ``paired_differences`` of ours minus theirs on those examples."""
    table: dict[str, Any] = {}
    for field in LABEL_SETS:
        table[field] = {}
        for point in (*POINTS, "all"):
            rows = range(len(examples)) if point == "all" else np.flatnonzero(examples.numbers == point)
            table[field][str(point)] = paired_differences(
                *([x[field][i] for i in rows] for x in (gold, ours, theirs)),
                [examples.dialogue_ids[i] for i in rows],
            )
    return table


def evaluate_appraiser(
    folder: Path = PACKAGED,
    data: str | None = None,
    scheme: str = "thu-coai",
    cache: Path | None = ROOT / "runs" / "appraisal-cache",
    progress: Callable[[str], None] = lambda _m: None,
    encoder: Any = None,
) -> dict[str, Any]:
    from esc_graph.encoder import MiniLM

    appraiser = Appraiser(folder)
    if appraiser.config.get("training", {}).get("scheme", scheme) != scheme:
        raise ValueError(f"{folder} was trained on the {appraiser.config['training']['scheme']} split scheme")
    encoder = encoder or MiniLM()
    sets = load_sets(data, scheme)
    test = sets["test"]
    vectors = embed_cached(encoder, test.messages, cache, progress, "test seeker messages")
    joined = {
        name: embed_cached(encoder, s.texts_so_far(), cache, progress, f"{name} joined texts")
        for name, s in sets.items()
    }
    predictions = {"appraiser": appraiser_predictions(appraiser, test, vectors, joined["test"])}
    heads, trials = choose_heads(
        joined["train"], sets["train"], joined["valid"], sets["valid"], GRID, 0, progress, "MiniLM + LR"
    )
    predictions["MiniLM + LR"] = {f: [str(p) for p in heads[f].predict(joined["test"])] for f in LABEL_SETS}
    majority = {f: Counter(g for g in sets["train"].gold[f] if g).most_common(1)[0][0] for f in LABEL_SETS}
    predictions["majority"] = {f: [majority[f]] * len(test) for f in LABEL_SETS}
    scores = {name: score_table(test.gold, pred, test.numbers) for name, pred in predictions.items()}
    differences = {
        name: difference_table(test.gold, predictions["appraiser"], predictions[name], test)
        for name in SYSTEMS[1:]
    }
    return {
        "split": "test",
        "scheme": scheme,
        "appraiser": str(folder),
        "appraiser_sha256": appraiser.checksum,
        "test_dialogues": len(test.dialogues),
        "test_examples": len(test),
        "examples_at": {str(k): int((test.numbers == k).sum()) for k in POINTS},
        "labels": appraiser.labels,
        "reference_heads": {f: {"C": heads[f].C, "class_weight": heads[f].class_weight} for f in LABEL_SETS},
        "reference_selection": trials,
        "majority": majority,
        "scores": scores,
        "appraiser_minus": differences,
    }


def markdown(result: dict[str, Any], command: str) -> str:
    lines = [
        f"# Appraiser on ESConv {result['scheme']} test ({result['test_dialogues']} dialogues, "
        f"{result['test_examples']} seeker messages)",
        "",
        f"`{command}`",
        "",
        "Accuracy / macro-F1 after the seeker's k-th message (examples: "
        + ", ".join(f"k={k}: {n}" for k, n in result["examples_at"].items())
        + ") and over every seeker message.",
        "",
        "| label set | system | k=1 | k=3 | k=5 | all |",
        "|---|---|---|---|---|---|",
    ]
    for field in LABEL_SETS:
        for system in SYSTEMS:
            row = result["scores"][system][field]
            cells = [f"{row[p]['accuracy']:.3f} / {row[p]['macro_f1']:.3f}" for p in ("1", "3", "5", "all")]
            lines.append(f"| {field} | {system} | " + " | ".join(cells) + " |")
    lines += [
        "",
        "The appraiser minus MiniLM + LR, accuracy and macro-F1, with 95% paired bootstrap intervals over"
        " whole test dialogues:",
        "",
        "| label set | k=1 | k=3 | k=5 | all |",
        "|---|---|---|---|---|",
    ]
    for field in LABEL_SETS:
        row = result["appraiser_minus"]["MiniLM + LR"][field]
        cells = [
            " / ".join(f"{v:+.3f} [{lo:+.3f}, {hi:+.3f}]" for v, lo, hi in (row[p][m] for m in METRICS))
            for p in ("1", "3", "5", "all")
        ]
        lines.append(f"| {field} | " + " | ".join(cells) + " |")
    lines += ["", "Where the appraiser is not above both references (from k=3 on):", ""]
    misses = misses_of(result)
    lines += [f"- {m}" for m in misses] or ["- none"]
    return "\n".join(lines) + "\n"


def misses_of(result: dict[str, Any]) -> list[str]:
    misses = []
    for field in LABEL_SETS:
        for point in ("3", "5", "all"):
            ours = result["scores"]["appraiser"][field][point]
            for other in SYSTEMS[1:]:
                theirs = result["scores"][other][field][point]
                for metric in ("accuracy", "macro_f1"):
                    if ours[metric] <= theirs[metric]:
                        misses.append(
                            f"{field}, {'all' if point == 'all' else 'k=' + point}, {metric}: "
                            f"{ours[metric]:.3f} vs {other} {theirs[metric]:.3f}"
                        )
    return misses


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Score the appraiser on the ESConv test dialogues.")
    parser.add_argument("--appraiser", type=Path, default=PACKAGED)
    parser.add_argument("--data", default=None)
    parser.add_argument("--scheme", default="thu-coai")
    parser.add_argument("--out", type=Path, default=RESULTS / "appraisal_eval")
    args = parser.parse_args(argv)
    result = evaluate_appraiser(args.appraiser, args.data, args.scheme, progress=print)
    command = "python -m trainers.appraisal_eval" + (
        f" --scheme {args.scheme}" if args.scheme != "thu-coai" else ""
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.with_suffix(".json").write_text(json.dumps({"command": command, **result}, indent=2) + "\n")
    args.out.with_suffix(".md").write_text(markdown(result, command))
    print(markdown(result, command))


if __name__ == "__main__":
    main()
