"""The paper's comparison: several evaluated systems side by side (markdown table + plot).

Each system is an output folder of ``evaluate`` (or ``baseline``), read from its ``metrics.json``
(recomputed from ``predictions.jsonl`` when that file is missing). The paper's four rows are
Vanilla-SFT, Vanilla-DPO, Decoupled-SFT and Decoupled-DPO on one backbone and split; the MiniLM +
logistic-regression baseline is the reference row for what a cheap classifier achieves.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from trainers.report import interval

REFERENCE_NAME = "MiniLM + LR (reference)"

PAPER_SYSTEMS = ("Vanilla-SFT", "Vanilla-DPO", "Decoupled-SFT", "Decoupled-DPO")


def _number(key: str, digits: int) -> Callable[[dict[str, Any]], str]:
    return lambda m: _cell(m.get(key), digits)


COLUMNS: tuple[tuple[str, Callable[[dict[str, Any]], str]], ...] = (
    ("Q ↑", _number("q", 3)),
    ("Q 95% CI", lambda m: interval(m.get("q_ci95"), 2)),
    ("ΔQ vs reference [95% CI]", lambda m: _difference(m.get("q_vs_reference"))),
    ("Acc ↑", _number("accuracy", 3)),
    ("wF1 ↑", _number("weighted_f1", 3)),
    ("invalid ↓", _number("invalid_rate", 3)),
    ("B ↓", _number("b", 3)),
    ("B 95% CI", lambda m: interval(m.get("b_ci95"), 2)),
    ("BLEU-2", _number("bleu_2", 2)),
    ("ROUGE-L", _number("rouge_l", 2)),
    ("ROUGE-L 95% CI", lambda m: interval(m.get("rouge_l_ci95"), 1)),
    ("Dist-2", _number("dist_2", 2)),
    ("F1", _number("f1", 2)),
    ("len", _number("length", 1)),
)
JUDGE_COLUMNS = (
    ("fluency", "Flu."),
    ("professionalism", "Pro."),
    ("empathy", "Emp."),
    ("helpfulness", "Help."),
)


class CompareError(ValueError):
    pass


def load_metrics(run_dir: Path) -> dict[str, Any]:
    path = run_dir / "metrics.json"
    if path.is_file():
        return json.loads(path.read_text())
    if (run_dir / "predictions.jsonl").is_file():
        from trainers.metrics import metrics_from_rows
        from trainers.rows import read_rows

        return metrics_from_rows(read_rows(run_dir / "predictions.jsonl"))
    raise CompareError(f"{run_dir}: no metrics.json or predictions.jsonl (run esc-graph eval first)")


def run_settings(run_dir: Path) -> dict[str, Any]:
    """What a row was run with (from its ``run.json``): prompt version, scheme, strategy, prior, head."""
    path = run_dir / "run.json"
    settings = json.loads(path.read_text()).get("settings", {}) if path.is_file() else {}
    in_use = settings.get("adapters_in_use") or {}
    return {
        "prompts": settings.get("prompt_version"),
        "scheme": settings.get("scheme"),
        "strategy": settings.get("strategy_mode"),
        "prior": any(role.get("prior") for role in in_use.values()),
        "head": any(role.get("head") for role in in_use.values()),
    }


def _settings_cell(found: dict[str, Any]) -> str:
    if not found.get("scheme"):
        return "–"
    parts = [p for p in (found.get("prompts"), found["scheme"]) if p]
    if found.get("strategy"):
        parts.append("scored" if found["strategy"] == "score" else "generated")
    parts += ["prior" if found.get("prior") else "no prior", "head" if found.get("head") else "no head"]
    return ", ".join(parts)


def parse_system(spec: str) -> tuple[str, Path]:
    """``NAME=DIR`` (or just ``DIR``, named after the folder)."""
    name, sep, path = spec.partition("=")
    if not sep:
        return Path(spec).name, Path(spec)
    return name.strip(), Path(path)


def _cell(value: Any, digits: int) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def _difference(found: dict[str, Any] | None) -> str:
    if not found:
        return "–"
    low, high = found["ci95"]
    return f"{found['diff']:+.3f} [{low:+.3f}, {high:+.3f}]"


def _prediction_rows(run_dir: Path) -> list[dict[str, Any]] | None:
    path = run_dir / "predictions.jsonl"
    if not path.is_file():
        return None
    from trainers.rows import read_rows

    return [r for r in read_rows(path) if r.get("gold_strategy")]


def q_vs_reference(
    rows: list[dict[str, Any]] | None, reference: list[dict[str, Any]]
) -> dict[str, Any] | None:
    """Q minus the reference's Q on the turns both predicted, with a paired interval over dialogues."""
    from trainers.metrics import q_difference

    by_id = {r["id"]: r for r in reference if "id" in r}
    shared = [r for r in rows or [] if r.get("id") in by_id]
    if not shared:
        return None
    for r in shared:
        if r["gold_strategy"] != by_id[r["id"]]["gold_strategy"]:
            raise CompareError(
                f"turn {r['id']}: gold strategy differs from the reference's: not the same data"
            )
    groups = [r["dialogue"] for r in shared] if all(r.get("dialogue") for r in shared) else None
    diff, low, high = q_difference(
        [r["gold_strategy"] for r in shared],
        [r.get("pred_strategy") for r in shared],
        [by_id[r["id"]].get("pred_strategy") for r in shared],
        groups,
    )
    return {"diff": diff, "ci95": [low, high], "turns": len(shared)}


def table(rows: Sequence[tuple[str, dict[str, Any]]]) -> str:
    judged = any(m.get("judge") for _, m in rows)
    head = ["system", "settings", "turns", *(label for label, _ in COLUMNS)]
    if judged:
        head += [label for _, label in JUDGE_COLUMNS]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for name, m in rows:
        cells = [name, _settings_cell(m.get("settings", {})), str(m.get("n_strategy", m.get("n", "–")))]
        cells += [show(m) for _, show in COLUMNS]
        if judged:
            cells += [_cell((m.get("judge") or {}).get(key), 2) for key, _ in JUDGE_COLUMNS]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def plot(rows: Sequence[tuple[str, dict[str, Any]]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    panels = [
        ("q", "Q (macro-F1) ↑"),
        ("b", "B (preference bias) ↓"),
        ("bleu_2", "BLEU-2"),
        ("rouge_l", "ROUGE-L"),
    ]
    panels = [p for p in panels if any(m.get(p[0]) is not None for _, m in rows)]
    fig, axes = plt.subplots(1, len(panels), figsize=(3.6 * len(panels), 4.2), squeeze=False)
    names = [n for n, _ in rows]
    x = np.arange(len(names))
    for ax, (key, label) in zip(axes[0], panels, strict=True):
        values = [m.get(key) for _, m in rows]
        ax.bar(x, [v if v is not None else 0 for v in values], color="tab:blue")
        for xi, v in zip(x, values, strict=True):
            ax.text(xi, v or 0, "–" if v is None else f"{v:.2f}", ha="center", va="bottom", fontsize=8)
        ax.set_xticks(x, names, rotation=45, ha="right")
        ax.set_title(label)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def compare(systems: Sequence[str], out_dir: Path, baseline: Path | None = None) -> str:
    """Write ``comparison.md`` and ``comparison.png`` for ``NAME=DIR`` specs; return the markdown."""
    if not systems and baseline is None:
        raise CompareError("nothing to compare: pass at least one system or the baseline")
    reference = _prediction_rows(baseline) if baseline is not None else None
    rows = []
    for name, path in map(parse_system, systems):
        metrics = {**load_metrics(path), "settings": run_settings(path)}
        if reference:
            metrics = {**metrics, "q_vs_reference": q_vs_reference(_prediction_rows(path), reference)}
        rows.append((name, metrics))
    if baseline is not None:
        rows.append((REFERENCE_NAME, {**load_metrics(baseline), "settings": run_settings(baseline)}))
    schemes = {m["settings"]["scheme"] for _, m in rows if m["settings"].get("scheme")}
    if len(schemes) > 1:
        raise CompareError(
            f"the systems were evaluated on different split schemes: {', '.join(sorted(schemes))}"
        )
    missing = [s for s in PAPER_SYSTEMS if s not in {n for n, _ in rows}]
    out_dir.mkdir(parents=True, exist_ok=True)
    plot(rows, out_dir / "comparison.png")
    text = "\n".join(
        [
            "# System comparison",
            "",
            table(rows),
            "",
            "Q, accuracy, weighted-F1 and invalid rate are fractions; reply metrics ×100 (per reply, "
            "averaged); judge scores 0–5. B: population std of Bradley–Terry strengths (lower is better). "
            "ΔQ vs reference: the system's Q minus the reference's on the same turns, with a 95% paired "
            "bootstrap interval (whole dialogues resampled); above 0 means it beats the reference.",
            *([f"\nNot given (the paper's comparison has them): {', '.join(missing)}."] if missing else []),
            "",
            "![comparison](comparison.png)",
            "",
        ]
    )
    (out_dir / "comparison.md").write_text(text)
    return text
