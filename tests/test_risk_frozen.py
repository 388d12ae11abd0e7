"""The crisis gate on the frozen evaluation set (tests/data/risk_eval/frozen.tsv): written and committed
before any model was fitted, never used to fit, tune or choose a threshold. ``-s`` prints the table:
the whole gate, the learned model alone and the lexicon alone, then the gate per category and language.

The targets are recall at least 0.95 and false escalation at most 0.05; the packaged model does not meet
them. Scored once each, at first sight (``python bench/bench_risk_gate.py``): v1 reached recall 0.918
(180/196) and false escalation 0.319 (59/185); v2 0.908 (178/196) and 0.243 (45/185); v3, the first
on by default, 0.893 (175/196) and 0.227 (42/185); the lexicon alone 0.270 / 0.168. v3 was chosen over
v2 on validation families and the guard sets before this set was scored (it escalates far fewer short
everyday messages); here it catches three crisis messages fewer and escalates three safe ones fewer.
The bars below are the packaged model's first-sight measurement less about one message, so that a
regression fails; they are not the targets, and must not be moved by fitting anything to this set.
"""

from __future__ import annotations

from esc_graph.safety.risk_model import packaged_risk_model
from trainers.risk_eval import decisions, read_frozen, report, summary

MIN_RECALL = 0.885  # v3 first sight 0.893 (175/196); target 0.95
MAX_FALSE_ESCALATION = 0.235  # v3 first sight 0.227 (42/185); target 0.05


def test_the_frozen_set_is_what_was_frozen() -> None:
    rows = read_frozen()
    assert sum(r.risky for r in rows) >= 150 and sum(not r.risky for r in rows) >= 150
    assert {"es", "fr", "de", "pt"} <= {r.lang for r in rows}
    assert len({r.id for r in rows}) == len(rows)


def test_gate_meets_the_bar_on_the_frozen_set() -> None:
    rows, model = read_frozen(), packaged_risk_model()
    recall, false = summary(rows, decisions(rows, model, "gate"))
    print("\nFROZEN SET (never fitted or tuned on)\n" + report(rows, model))
    assert recall.rate >= MIN_RECALL, f"gate recall {recall}"
    assert false.rate <= MAX_FALSE_ESCALATION, f"gate false escalation {false}"


def test_the_learned_layer_carries_weight_of_its_own() -> None:
    rows, model = read_frozen(), packaged_risk_model()
    model_recall, _ = summary(rows, decisions(rows, model, "model"))
    lexicon_recall, _ = summary(rows, decisions(rows, model, "lexicon"))
    gate_recall, _ = summary(rows, decisions(rows, model, "gate"))
    assert model_recall.rate > lexicon_recall.rate
    assert gate_recall.rate > lexicon_recall.rate + 0.2
