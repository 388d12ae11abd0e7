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

Frozen 2 (tests/data/risk_eval/frozen2.tsv, 162 risk and 160 safe messages) was written and committed
after v3, because frozen 1 has now been scored for three versions; a later model is judged at first
sight there. v3 scored once on it: recall 0.883 (143/162), false escalation 0.319 (51/160); the model
alone 0.877 / 0.250, the lexicon alone 0.253 / 0.194.
"""

from __future__ import annotations

import pytest

from esc_graph.safety.risk_model import packaged_risk_model
from trainers.risk_eval import FROZEN_SETS, decisions, read_frozen, report, summary

# (least recall, most false escalation) per set: v3's first sight less about one message; target 0.95 / 0.05
BARS = {
    "frozen 1": (0.885, 0.235),  # v3 first sight 0.893 (175/196) / 0.227 (42/185)
    "frozen 2": (0.875, 0.325),  # v3 first sight 0.883 (143/162) / 0.319 (51/160)
}


@pytest.mark.parametrize("name", FROZEN_SETS)
def test_the_frozen_set_is_what_was_frozen(name: str) -> None:
    rows = read_frozen(FROZEN_SETS[name])
    assert sum(r.risky for r in rows) >= 150 and sum(not r.risky for r in rows) >= 150
    assert {"es", "fr", "de", "pt"} <= {r.lang for r in rows}
    assert len({r.id for r in rows}) == len(rows)


def test_the_frozen_sets_share_no_message() -> None:
    first, second = ({r.text.lower() for r in read_frozen(path)} for path in FROZEN_SETS.values())
    assert not first & second


@pytest.mark.parametrize("name", FROZEN_SETS)
def test_gate_meets_the_bar_on_the_frozen_set(name: str) -> None:
    rows, model = read_frozen(FROZEN_SETS[name]), packaged_risk_model()
    recall, false = summary(rows, decisions(rows, model, "gate"))
    print(f"\n{name.upper()} (never fitted or tuned on)\n" + report(rows, model))
    min_recall, max_false_escalation = BARS[name]
    assert recall.rate >= min_recall, f"gate recall {recall}"
    assert false.rate <= max_false_escalation, f"gate false escalation {false}"


@pytest.mark.parametrize("name", FROZEN_SETS)
def test_the_learned_layer_carries_weight_of_its_own(name: str) -> None:
    rows, model = read_frozen(FROZEN_SETS[name]), packaged_risk_model()
    model_recall, _ = summary(rows, decisions(rows, model, "model"))
    lexicon_recall, _ = summary(rows, decisions(rows, model, "lexicon"))
    gate_recall, _ = summary(rows, decisions(rows, model, "gate"))
    assert model_recall.rate > lexicon_recall.rate
    assert gate_recall.rate > lexicon_recall.rate + 0.2
