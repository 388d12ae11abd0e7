"""Two planner evaluations of the same turns, side by side: Q, accuracy and B of each, and the paired
differences in Q and B with bootstrap intervals over whole dialogues.

    python bench/paired_planner.py RUN_A RUN_B [--json OUT]

RUN_A and RUN_B are ``esc-graph eval`` folders (``predictions.jsonl``) with strategy predictions for the
same turn ids; differences are B minus A. Used for the appraisal ablation of the release planner
(``--no-appraisal`` against the default).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from paired_replies import main, settings  # this folder is on the path when the script runs

from trainers.evaluate import read_rows
from trainers.metrics import b_difference, metrics_from_rows, q_difference

SHOWN = ("q", "q_ci95", "accuracy", "accuracy_ci95", "b", "b_ci95", "invalid_rate")


def predictions(run: Path) -> dict[str, dict[str, Any]]:
    rows = read_rows(run / "predictions.jsonl")
    found = {r["id"]: r for r in rows if r.get("gold_strategy") and "pred_strategy" in r}
    if not found:
        raise SystemExit(f"{run} holds no strategy predictions")
    return found


def paired(a: Path, b: Path) -> dict[str, Any]:
    rows_a, rows_b = predictions(a), predictions(b)
    if rows_a.keys() != rows_b.keys():
        raise SystemExit(
            f"{a} and {b} hold predictions for different turns ({len(rows_a)} and {len(rows_b)})"
        )
    ids = sorted(rows_a)
    gold = [rows_a[i]["gold_strategy"] for i in ids]
    if gold != [rows_b[i]["gold_strategy"] for i in ids]:
        raise SystemExit(f"{a} and {b} disagree on the gold strategies: not the same data")
    dialogues = [rows_a[i]["dialogue"] for i in ids]
    pred_a = [rows_a[i]["pred_strategy"] for i in ids]
    pred_b = [rows_b[i]["pred_strategy"] for i in ids]

    def side(run: Path, rows: dict[str, dict[str, Any]]) -> dict[str, Any]:
        metrics = metrics_from_rows([rows[i] for i in ids])
        return {"run": str(run), "settings": settings(run), **{k: metrics[k] for k in SHOWN}}

    dq, q_low, q_high = q_difference(gold, pred_b, pred_a, dialogues)
    db, b_low, b_high = b_difference(gold, pred_b, pred_a, dialogues)
    return {
        "turns": len(ids),
        "dialogues": len(set(dialogues)),
        "a": side(a, rows_a),
        "b": side(b, rows_b),
        "delta_q_b_minus_a": {"value": dq, "low": q_low, "high": q_high},
        "delta_b_b_minus_a": {"value": db, "low": b_low, "high": b_high},
        "predictions_changed": sum(x != y for x, y in zip(pred_a, pred_b, strict=True)),
    }


if __name__ == "__main__":
    main(paired, __doc__)
