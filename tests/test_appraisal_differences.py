"""The appraiser-minus-reference differences of ``trainers.appraisal_eval``: paired, over whole
dialogues, with macro-F1 computed as ``label_scores`` computes it."""

from __future__ import annotations

import numpy as np
import pytest

from trainers.appraisal import label_scores
from trainers.appraisal_eval import paired_differences


def test_the_difference_matches_the_two_scores_and_its_interval_covers_it() -> None:
    rng = np.random.default_rng(3)
    labels = ["anxiety", "sadness", "anger", "fear"]
    gold = [labels[i] for i in rng.integers(0, 4, 300)]
    ours = [g if rng.random() < 0.6 else labels[rng.integers(0, 4)] for g in gold]
    theirs = [g if rng.random() < 0.4 else "anxiety" for g in gold]
    dialogues = [f"d{i // 5}" for i in range(300)]
    found = paired_differences(gold, ours, theirs, dialogues, resamples=200)
    a, b = label_scores(gold, ours), label_scores(gold, theirs)
    for metric in ("accuracy", "macro_f1"):
        value, low, high = found[metric]
        assert value == pytest.approx(a[metric] - b[metric])
        assert low < value < high
    assert found["accuracy"][1] > 0  # 0.6 against 0.4 correct is clear on 300 examples


def test_equal_predictions_differ_by_nothing_and_unlabelled_examples_are_left_out() -> None:
    gold = ["a", "b", "", "a", "b", "a"]
    same = ["a", "a", "b", "b", "b", "a"]
    found = paired_differences(gold, same, same, ["x", "x", "y", "y", "z", "z"], resamples=50)
    assert found == {"accuracy": [0.0, 0.0, 0.0], "macro_f1": [0.0, 0.0, 0.0]}
    right = ["a", "b", "zzz", "a", "b", "a"]
    wrong = ["b", "a", "zzz", "b", "a", "b"]
    assert paired_differences(gold, right, wrong, list("xxyyzz"), resamples=50)["accuracy"][0] == 1.0
