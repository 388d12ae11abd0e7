"""A markdown report and plots for one evaluation run (confusion matrix, strategy distribution, BT)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from esc_graph.strategies import STRATEGY_NAMES
from trainers.metrics import INVALID, normalise_prediction

SHORT = {
    "Question": "Question",
    "Restatement or Paraphrasing": "Restatement",
    "Reflection of feelings": "Reflection",
    "Self-disclosure": "Self-discl.",
    "Affirmation and Reassurance": "Affirmation",
    "Providing Suggestions": "Suggestions",
    "Information": "Information",
    "Others": "Others",
}
PLOTS = ("confusion.png", "distribution.png", "bt_strength.png")


def _fmt(value: Any, digits: int = 3) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def interval(bounds: Sequence[float] | None, digits: int = 3) -> str:
    """``low–high``, or a dash when there is none."""
    return "–" if not bounds else f"{bounds[0]:.{digits}f}–{bounds[1]:.{digits}f}"


def _strategy_rows(rows: Sequence[dict[str, Any]]) -> list[tuple[str, str]]:
    return [
        (str(r["gold_strategy"]), normalise_prediction(r["pred_strategy"]))
        for r in rows
        if r.get("gold_strategy") and "pred_strategy" in r
    ]


def plot_confusion(pairs: Sequence[tuple[str, str]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    cols = [*STRATEGY_NAMES, INVALID]
    m = np.zeros((len(STRATEGY_NAMES), len(cols)))
    for gold, pred in pairs:
        m[STRATEGY_NAMES.index(gold), cols.index(pred)] += 1
    share = m / np.maximum(m.sum(axis=1, keepdims=True), 1)
    fig, ax = plt.subplots(figsize=(8, 6.5))
    ax.imshow(share, cmap="Blues", vmin=0, vmax=1)
    for i in range(m.shape[0]):
        for j in range(m.shape[1]):
            if m[i, j]:
                ax.text(j, i, int(m[i, j]), ha="center", va="center", fontsize=8,
                        color="white" if share[i, j] > 0.5 else "black")  # fmt: skip
    ax.set_xticks(range(len(cols)), [SHORT.get(c, "invalid") for c in cols], rotation=45, ha="right")
    ax.set_yticks(range(len(STRATEGY_NAMES)), [SHORT[s] for s in STRATEGY_NAMES])
    ax.set_xlabel("predicted")
    ax.set_ylabel("gold")
    ax.set_title("Strategy confusion (counts; colour = share of the gold row)")
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def plot_distribution(pairs: Sequence[tuple[str, str]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    cols = [*STRATEGY_NAMES, INVALID]
    gold = Counter(g for g, _ in pairs)
    pred = Counter(p for _, p in pairs)
    x = np.arange(len(cols))
    fig, ax = plt.subplots(figsize=(9, 4.5))
    ax.bar(x - 0.2, [gold[c] for c in cols], 0.4, label="gold")
    ax.bar(x + 0.2, [pred[c] for c in cols], 0.4, label="predicted")
    ax.set_xticks(x, [SHORT.get(c, "invalid") for c in cols], rotation=45, ha="right")
    ax.set_ylabel("turns")
    ax.set_title("Predicted vs gold strategy distribution")
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def plot_strengths(strengths: dict[str, float], b: float, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(8, 4.5))
    ax.bar([SHORT[s] for s in STRATEGY_NAMES], [strengths[s] for s in STRATEGY_NAMES], color="tab:orange")
    ax.axhline(1.0, color="grey", linestyle="--", linewidth=1, label="no preference (p = 1)")
    ax.set_ylabel("Bradley–Terry strength p (Σp = 8)")
    ax.set_title(f"Per-strategy preference (B = std of p = {b:.3f})")
    ax.tick_params(axis="x", rotation=45)
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def markdown(metrics: dict[str, Any], title: str, settings: dict[str, Any], plots: Sequence[str]) -> str:
    lines = [f"# {title}", ""]
    if settings:
        lines += ["Settings: " + ", ".join(f"`{k}={v}`" for k, v in settings.items() if v is not None), ""]
    if "q" in metrics:
        strengths = metrics.get("bt_strength") or {}
        lines += [
            f"## Strategy ({metrics['n_strategy']} turns)",
            "",
            "| Q (macro-F1) | 95% interval | accuracy | 95% interval | weighted-F1 | invalid rate "
            "| B (lower is better) | 95% interval |",
            "|---|---|---|---|---|---|---|---|",
            f"| {_fmt(metrics['q'])} | {interval(metrics.get('q_ci95'))} | {_fmt(metrics['accuracy'])} "
            f"| {interval(metrics.get('accuracy_ci95'))} | {_fmt(metrics['weighted_f1'])} "
            f"| {_fmt(metrics['invalid_rate'])} | {_fmt(metrics['b'])} | {interval(metrics.get('b_ci95'))} |",
            "",
            "Invalid predictions (not one of the 8 names) count as wrong and are left out of B's count "
            "matrix. Q over valid predictions only (the authors' convention): "
            f"{_fmt(metrics.get('q_valid_only'))}. The intervals are bootstraps over dialogues (over turns "
            "when the rows name no dialogue): two systems whose intervals overlap here may not differ."
            + (
                " B: some strategy was never predicted or never confused, so 1e-6 was added to every "
                "off-diagonal count (method.md §5)."
                if metrics.get("b_epsilon")
                else ""
            ),
            "",
            "| strategy | F1 | BT strength |",
            "|---|---|---|",
            *(
                f"| {s} | {_fmt(metrics['per_class_f1'][s])} | {_fmt(strengths.get(s))} |"
                for s in STRATEGY_NAMES
            ),
            "",
        ]
    if "bleu_1" in metrics:
        lines += [
            f"## Replies ({metrics['n_reply']} replies; ×100, per reply then averaged)",
            "",
            "| BLEU-1 | BLEU-2 | BLEU-3 | BLEU-4 | ROUGE-L | Dist-1 | Dist-2 | Dist-3 | F1 | length |",
            "|---|---|---|---|---|---|---|---|---|---|",
            "| "
            + " | ".join(
                _fmt(metrics[k], 2)
                for k in (
                    "bleu_1",
                    "bleu_2",
                    "bleu_3",
                    "bleu_4",
                    "rouge_l",
                    "dist_1",
                    "dist_2",
                    "dist_3",
                    "f1",
                )
            )
            + f" | {_fmt(metrics['length'], 1)} |",
            "",
            "Corpus-level Distinct-1/2/3: "
            + " / ".join(_fmt(metrics[f"corpus_dist_{n}"], 2) for n in (1, 2, 3))
            + f". ROUGE-L 95% interval: {interval(metrics.get('rouge_l_ci95'), 2)}"
            + ". Tokens: lower-cased NLTK word tokens (NLTKWordTokenizer per regex-split sentence).",
            "",
        ]
    judge = metrics.get("judge")
    if judge:
        lines += [
            f"## Judge ({judge['n_judged']} judged, {judge['n_failed']} failed; 0–5)",
            "",
            "| Fluency | Professionalism | Empathy | Helpfulness |",
            "|---|---|---|---|",
            "| "
            + " | ".join(_fmt(judge[a], 2) for a in ("fluency", "professionalism", "empathy", "helpfulness"))
            + " |",
            "",
        ]
    lines += [f"![{Path(p).stem}]({p})" for p in plots]
    return "\n".join(lines).rstrip() + "\n"


def write_report(
    out_dir: Path,
    rows: Sequence[dict[str, Any]],
    metrics: dict[str, Any],
    *,
    title: str,
    settings: dict[str, Any],
) -> Path:
    pairs = _strategy_rows(rows)
    plots: list[str] = []
    if pairs:
        plot_confusion(pairs, out_dir / PLOTS[0])
        plot_distribution(pairs, out_dir / PLOTS[1])
        plots = list(PLOTS[:2])
        if metrics.get("bt_strength"):
            plot_strengths(metrics["bt_strength"], metrics["b"], out_dir / PLOTS[2])
            plots.append(PLOTS[2])
    path = out_dir / "report.md"
    path.write_text(markdown(metrics, title, settings, plots))
    return path
