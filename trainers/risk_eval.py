"""The crisis gate on the frozen evaluation set: recall and false escalation overall, per category and per
language, for the whole gate, the learned model alone and the lexicon alone.

The frozen sets (``tests/data/risk_eval/``) are never used to fit, tune or choose thresholds: this module
only reads them to report. ``frozen.tsv`` ("frozen 1") was committed before any model was fitted;
``frozen2.tsv`` ("frozen 2") after model v3, for judging later models at first sight, since frozen 1
has been scored for three versions.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from esc_graph.safety.detect import assess_message, lexicon_check, model_check
from esc_graph.safety.risk_model import RiskModel

FROZEN_DIR = Path(__file__).resolve().parent.parent / "tests" / "data" / "risk_eval"
FROZEN = FROZEN_DIR / "frozen.tsv"
FROZEN_SETS = {"frozen 1": FROZEN, "frozen 2": FROZEN_DIR / "frozen2.tsv"}
CONTEXT_FIELD_SEPARATOR = " || "


@dataclass(frozen=True)
class EvalRow:
    id: str
    risky: bool
    category: str
    lang: str
    locale: str
    context: tuple[str, ...]
    text: str


def read_frozen(path: Path = FROZEN) -> list[EvalRow]:
    lines = [
        line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")
    ]
    rows = []
    for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        context = tuple(
            c.strip() for c in (row.get("context") or "").split(CONTEXT_FIELD_SEPARATOR) if c.strip()
        )
        rows.append(
            EvalRow(
                row["id"],
                row["label"] == "risk",
                row["category"],
                row["lang"],
                row.get("locale") or "",
                context,
                row["message"],
            )
        )
    return rows


def decisions(rows: Sequence[EvalRow], model: RiskModel | None, layer: str = "gate") -> list[bool]:
    """Whether each row is flagged by ``layer``: "gate" (lexicon, then model), "model" or "lexicon"."""
    if layer == "lexicon":
        return [lexicon_check(r.text, r.context).risk for r in rows]
    if model is None:
        raise ValueError(f"layer {layer!r} needs a model")
    if layer == "model":
        return [model_check(r.text, r.context, model).risk for r in rows]
    return [assess_message(r.text, context=r.context, model=model).risk for r in rows]


@dataclass(frozen=True)
class Rates:
    flagged: int
    total: int

    @property
    def rate(self) -> float:
        return self.flagged / self.total if self.total else float("nan")

    def __str__(self) -> str:
        return f"{self.rate:.3f} ({self.flagged}/{self.total})"


def rates_by(rows: Sequence[EvalRow], flagged: Sequence[bool], key: str) -> dict[tuple[str, str], Rates]:
    """Flag rates keyed by (label, ``key`` value): for risk rows the rate is recall, for safe rows it is
    false escalation."""
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for row, hit in zip(rows, flagged, strict=True):
        group = ("risk" if row.risky else "safe", getattr(row, key) if key != "all" else "all")
        counts[group][0] += int(hit)
        counts[group][1] += 1
    return {group: Rates(*pair) for group, pair in sorted(counts.items())}


def summary(rows: Sequence[EvalRow], flagged: Sequence[bool]) -> tuple[Rates, Rates]:
    """(recall on risk rows, false escalation on safe rows)."""
    overall = rates_by(rows, flagged, "all")
    return overall[("risk", "all")], overall[("safe", "all")]


def report(rows: Sequence[EvalRow], model: RiskModel) -> str:
    """The frozen-set table: the three layers side by side, then the gate per category and language."""
    layers = {layer: decisions(rows, model, layer) for layer in ("gate", "model", "lexicon")}
    lines = ["layer      recall             false escalation"]
    for layer, flagged in layers.items():
        recall, false = summary(rows, flagged)
        lines.append(f"{layer:<10} {recall!s:<18} {false}")
    for key in ("category", "lang"):
        lines.append(f"\ngate by {key} (risk rows: recall; safe rows: false escalation)")
        for (label, value), rates in rates_by(rows, layers["gate"], key).items():
            lines.append(f"  {label:<5} {value:<18} {rates}")
    missed = [r for r, hit in zip(rows, layers["gate"], strict=True) if r.risky and not hit]
    escalated = [r for r, hit in zip(rows, layers["gate"], strict=True) if not r.risky and hit]
    lines.append(
        f"\nmissed risk rows: {', '.join(f'{r.id} ({r.category}, {r.lang})' for r in missed) or 'none'}"
    )
    lines.append(
        f"escalated safe rows: {', '.join(f'{r.id} ({r.category}, {r.lang})' for r in escalated) or 'none'}"
    )
    return "\n".join(lines)
