"""Two reply evaluations of the same turns, side by side: ROUGE-L of each, the paired difference with a
bootstrap interval over dialogues, and the share of replies cut by the token cap.

    python bench/paired_replies.py RUN_A RUN_B [--json OUT]

RUN_A and RUN_B are ``esc-graph eval`` folders (``predictions.jsonl``) with replies for the same turn
ids; the difference is B minus A. Used to choose the reply repeat guard on validation turns
(``bench/results/repeat-guard/``) and to check it on test turns.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from trainers.evaluate import read_rows
from trainers.metrics import mean_interval, rouge_l, tokenize


def replies(run: Path) -> dict[str, dict[str, Any]]:
    rows = read_rows(run / "predictions.jsonl")
    found = {r["id"]: r for r in rows if "reply" in r}
    if not found:
        raise SystemExit(f"{run} holds no replies")
    return found


def settings(run: Path) -> dict[str, Any]:
    path = run / "run.json"
    return json.loads(path.read_text()).get("settings", {}) if path.is_file() else {}


def paired(a: Path, b: Path) -> dict[str, Any]:
    rows_a, rows_b = replies(a), replies(b)
    if rows_a.keys() != rows_b.keys():
        raise SystemExit(f"{a} and {b} hold replies for different turns ({len(rows_a)} and {len(rows_b)})")
    ids = sorted(rows_a)
    dialogues = [rows_a[i]["dialogue"] for i in ids]

    def scores(rows: dict[str, dict[str, Any]]) -> np.ndarray:
        return np.array([rouge_l(tokenize(rows[i]["reference"]), tokenize(rows[i]["reply"])) for i in ids])

    def cut(rows: dict[str, dict[str, Any]]) -> dict[str, Any]:
        capped = [i for i in ids if rows[i].get("reply_finished") is False]
        return {"n": len(capped), "share": len(capped) / len(ids)}

    score_a, score_b = scores(rows_a), scores(rows_b)
    diff = (score_b - score_a).tolist()
    low, high = mean_interval(diff, dialogues)
    changed = sum(rows_a[i]["reply"] != rows_b[i]["reply"] for i in ids)
    return {
        "turns": len(ids),
        "dialogues": len(set(dialogues)),
        "a": {"run": str(a), "settings": settings(a), "rouge_l": float(score_a.mean()), "cut": cut(rows_a)},
        "b": {"run": str(b), "settings": settings(b), "rouge_l": float(score_b.mean()), "cut": cut(rows_b)},
        "delta_rouge_l_b_minus_a": {"value": float(np.mean(diff)), "low": low, "high": high},
        "replies_changed": changed,
    }


def main(pair: Callable[[Path, Path], dict[str, Any]] = paired, doc: str = __doc__) -> None:
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("run_a", type=Path)
    parser.add_argument("run_b", type=Path)
    parser.add_argument("--json", type=Path, help="also write the result here")
    args = parser.parse_args()
    result = pair(args.run_a, args.run_b)
    text = json.dumps(result, indent=2)
    print(text)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(text + "\n")


if __name__ == "__main__":
    main()
