"""Hand-worked checks of every metric in trainers.metrics (the working is in the comments)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from esc_graph.strategies import STRATEGY_NAMES
from trainers.metrics import (
    INVALID,
    b_difference,
    bleu,
    bradley_terry,
    confusion_counts,
    corpus_distinct,
    distinct,
    mean_interval,
    metrics_from_rows,
    q_difference,
    q_interval,
    reply_metrics,
    rouge_l,
    strategy_intervals,
    strategy_metrics,
    summary,
    tokenize,
    unigram_f1,
)

Q, RP, RF, SD, AR, PS, INF, OT = STRATEGY_NAMES


def test_tokenize_lowercases_and_splits_like_nltk_word_tokenize() -> None:
    assert tokenize("I'm fine. Are YOU okay?") == ["i", "'m", "fine", ".", "are", "you", "okay", "?"]
    assert tokenize("  ") == []


# --- strategy metrics -------------------------------------------------------------------------


def test_q_accuracy_weighted_f1_per_class() -> None:
    # gold Q Q Q O, pred Q Q O O.
    # Question: P = 2/2, R = 2/3 -> F1 = 0.8.  Others: P = 1/2, R = 1/1 -> F1 = 2/3.
    # The other six classes have no support and no predictions: F1 0 (sklearn, zero_division=0).
    # Q = (0.8 + 2/3) / 8.  Weighted-F1 = (3 * 0.8 + 1 * 2/3) / 4.  Accuracy = 3/4.
    m = strategy_metrics([Q, Q, Q, OT], [Q, Q, OT, OT])
    assert m["q"] == pytest.approx((0.8 + 2 / 3) / 8)
    assert m["weighted_f1"] == pytest.approx((3 * 0.8 + 2 / 3) / 4)
    assert m["accuracy"] == pytest.approx(0.75)
    assert m["per_class_f1"][Q] == pytest.approx(0.8)
    assert m["per_class_f1"][OT] == pytest.approx(2 / 3)
    assert m["per_class_f1"][RF] == 0.0
    assert m["invalid_rate"] == 0.0


def test_invalid_predictions_count_as_wrong_and_change_q() -> None:
    gold = [Q, Q, OT, OT]
    # All correct: Question F1 1, Others F1 1 -> Q = 2/8 = 0.25.
    assert strategy_metrics(gold, [Q, Q, OT, OT])["q"] == pytest.approx(0.25)
    # One Question turn predicted as nonsense: Question P = 1/1, R = 1/2 -> F1 2/3; Others F1 1.
    # Q = (2/3 + 1) / 8 = 5/24.  Dropping the invalid turn (the authors' code) would give 0.25.
    m = strategy_metrics(gold, [Q, "Giving advice", OT, OT])
    assert m["q"] == pytest.approx(5 / 24)
    assert m["accuracy"] == pytest.approx(3 / 4)
    assert m["invalid_rate"] == pytest.approx(1 / 4)
    assert m["q_valid_only"] == pytest.approx(0.25)
    # None (an unparseable reply) is invalid too; bracketed names are accepted.
    assert strategy_metrics(gold, [Q, None, f"[{OT}]", OT])["invalid_rate"] == pytest.approx(1 / 4)


def test_confusion_counts_rows_are_predictions_and_skip_invalid() -> None:
    w = confusion_counts([Q, OT, OT], [OT, OT, INVALID])
    assert w[STRATEGY_NAMES.index(OT), STRATEGY_NAMES.index(Q)] == 1  # predicted Others, gold Question
    assert w[STRATEGY_NAMES.index(OT), STRATEGY_NAMES.index(OT)] == 1
    assert w.sum() == 2


def test_bradley_terry_two_items_by_hand() -> None:
    # W = [[0, 2], [1, 0]]. Sweep 1 from p = (1, 1):
    #   p0 = (2 * 1/2) / (1 / 2) = 2;  p1 = (1 * 2/3) / (2 / 3) = 1 (in place: uses the new p0).
    # That is already the fixed point p0 / p1 = 2. Rescale to sum n = 2: p = (4/3, 2/3).
    # B = population std of (4/3, 2/3) = 1/3.
    bt = bradley_terry(np.array([[0.0, 2.0], [1.0, 0.0]]))
    assert list(bt.strengths.values()) == pytest.approx([4 / 3, 2 / 3])
    assert bt.b == pytest.approx(1 / 3)
    assert not bt.epsilon_used


def test_b_on_eight_strategies_by_hand() -> None:
    # Count matrix (row = predicted, column = gold): W[Question][j] = 2 and W[j][Question] = 1 for
    # every other strategy j; W[j][k] = 1 between any two other strategies.
    # Sweep 1 from p = 1: p_Q = (7 * 2 * 1/2) / (7 * 1/2) = 2; then for each other j:
    #   num = 1 * 2/3 + 6 * 1/2 = 11/3, den = 2/3 + 6 * 1/2 = 11/3 -> p_j = 1.  Fixed point reached.
    # Rescale to sum 8: p_Q = 16/9, others 8/9.  Mean 1, so
    # B = sqrt((1/8) * ((7/9)^2 + 7 * (1/9)^2)) = sqrt(7/81) = sqrt(7) / 9.
    gold: list[str] = []
    pred: list[str] = []
    others = STRATEGY_NAMES[1:]
    for j in others:
        gold += [j, j, Q]
        pred += [Q, Q, j]
        for k in others:
            if k != j:
                gold.append(k)
                pred.append(j)
    gold += list(STRATEGY_NAMES)  # correct turns only touch the unused diagonal
    pred += list(STRATEGY_NAMES)
    m = strategy_metrics(gold, pred)
    assert m["b"] == pytest.approx(math.sqrt(7) / 9)
    assert m["bt_strength"][Q] == pytest.approx(16 / 9)
    assert m["bt_strength"][OT] == pytest.approx(8 / 9)
    assert sum(m["bt_strength"].values()) == pytest.approx(8)
    assert m["b_epsilon"] is False


def test_b_epsilon_rule() -> None:
    # No confusions at all: every off-diagonal count is 0, so epsilon is added everywhere; the
    # matrix is uniform, every strength is 1 and B = 0.
    m = strategy_metrics(list(STRATEGY_NAMES), list(STRATEGY_NAMES))
    assert m["b_epsilon"] is True
    assert m["b"] == pytest.approx(0.0, abs=1e-9)
    # Always predicting Question: the other seven are never predicted; without epsilon the update
    # divides by zero. With it B is finite and Question takes almost all of the strength 8.
    m = strategy_metrics([RP, RF, SD, AR, PS, INF, OT], [Q] * 7)
    assert m["b_epsilon"] is True
    assert np.isfinite(m["b"])
    assert m["bt_strength"][Q] == pytest.approx(8, rel=1e-3)
    assert m["b"] == pytest.approx(np.std([8, 0, 0, 0, 0, 0, 0, 0]), rel=1e-3)


def test_strategy_metrics_rejects_bad_input() -> None:
    with pytest.raises(ValueError):
        strategy_metrics([Q], [])
    with pytest.raises(ValueError):
        strategy_metrics(["Advice"], [Q])


# --- reply metrics ----------------------------------------------------------------------------

REF = tokenize("I am so sorry to hear that")  # 7 tokens
HYP = tokenize("I am sorry to hear that.")  # i am sorry to hear that . (7 tokens)


def test_bleu_by_hand() -> None:
    # Unigrams: 6 of 7 hypothesis tokens match; equal lengths so no brevity penalty.
    assert bleu(REF, HYP, 1) == pytest.approx(100 * 6 / 7)
    # Bigrams: i-am, sorry-to, to-hear, hear-that match out of 6 -> sqrt(6/7 * 4/6).
    assert bleu(REF, HYP, 2) == pytest.approx(100 * math.sqrt(6 / 7 * 4 / 6))
    # Short hypothesis "i am sorry" vs "i am so sorry": p1 = 1, p2 = 1/2; p3 = 0/1 and p4 = 0/1 are
    # smoothed by method3 to 1/2 and 1/4; brevity penalty exp(1 - 4/3).
    # BLEU-4 = exp(-1/3) * (1 * 1/2 * 1/2 * 1/4) ** (1/4) = exp(-1/3) / 2.
    short = bleu(["i", "am", "so", "sorry"], ["i", "am", "sorry"], 4)
    assert short == pytest.approx(100 * math.exp(-1 / 3) / 2)
    assert bleu(REF, [], 2) == 0.0


def test_rouge_l_by_hand() -> None:
    # LCS(REF, HYP) = "i am sorry to hear that" = 6: P = R = 6/7 -> F = 6/7.
    assert rouge_l(REF, HYP) == pytest.approx(100 * 6 / 7)
    # ref a b c d, hyp a c: LCS 2, P = 1, R = 1/2, F = (1 + 1.44) * 0.5 / (0.5 + 1.44).
    assert rouge_l(list("abcd"), list("ac")) == pytest.approx(100 * 2.44 * 0.5 / 1.94)
    assert rouge_l(list("ab"), list("xy")) == 0.0


def test_distinct_and_corpus_distinct_by_hand() -> None:
    toks = ["the", "cat", "the", "cat"]
    assert distinct(toks, 1) == pytest.approx(50.0)  # {the, cat} / 4
    assert distinct(toks, 2) == pytest.approx(100 * 2 / 3)  # {the-cat, cat-the} / 3
    assert distinct(toks, 3) == pytest.approx(100.0)  # 2 / 2
    assert distinct(["hi"], 2) == 0.0
    # "a b" and "a c": unigrams {a, b, c} / 4; bigrams {a-b, a-c} / 2.
    assert corpus_distinct([["a", "b"], ["a", "c"]], 1) == pytest.approx(75.0)
    assert corpus_distinct([["a", "b"], ["a", "c"]], 2) == pytest.approx(100.0)


def test_unigram_f1_by_hand() -> None:
    # ref a a b, hyp a c: one token in common; P = 1/2, R = 1/3 -> F1 = 2 * (1/6) / (5/6) = 0.4.
    assert unigram_f1(["a", "a", "b"], ["a", "c"]) == pytest.approx(40.0)
    assert unigram_f1(["a"], ["b"]) == 0.0


def test_reply_metrics_average_per_reply() -> None:
    m = reply_metrics(["I am so sorry to hear that", "a b"], ["I am sorry to hear that.", "a b"])
    # Reply 1: BLEU-1 6/7, reply 2: exact match 1 -> mean.
    assert m["bleu_1"] == pytest.approx(100 * (6 / 7 + 1) / 2)
    assert m["rouge_l"] == pytest.approx(100 * (6 / 7 + 1) / 2)
    assert m["length"] == pytest.approx((7 + 2) / 2)
    assert m["dist_1"] == pytest.approx(100.0)
    assert m["corpus_dist_1"] == pytest.approx(100 * 9 / 9)
    assert m["n_reply"] == 2


def test_metrics_from_rows_skips_what_rows_lack() -> None:
    rows = [
        {"gold_strategy": Q, "pred_strategy": Q},
        {"gold_strategy": OT, "pred_strategy": None},
    ]
    out = summary(metrics_from_rows(rows))
    assert out["accuracy"] == pytest.approx(0.5)
    assert out["invalid_rate"] == pytest.approx(0.5)
    assert out["bleu_1"] is None and out["rouge_l"] is None
    assert out["n"] == 2
    replies = summary(metrics_from_rows([{"reference": "a b", "reply": "a b"}]))
    assert replies["q"] is None and replies["bleu_1"] == pytest.approx(100.0)
    assert replies["cut_share"] is None  # rows that do not say whether the reply finished


def test_cut_share_counts_replies_stopped_by_the_token_cap() -> None:
    rows = [
        {"reference": "one two three", "reply": "a b", "reply_finished": True},
        {"reference": "one", "reply": "a b c", "reply_finished": False},
        {"reference": "one two", "reply": "a", "reply_finished": True},
        {"reference": "one two", "reply": "", "reply_finished": True},
    ]
    out = summary(metrics_from_rows(rows))
    assert out["cut_share"] == pytest.approx(0.25)
    assert out["reference_length"] == pytest.approx((3 + 1 + 2 + 2) / 4)


# --- bootstrap interval for Q ------------------------------------------------------------------


def _noisy_predictions(turns: int, seed: int) -> tuple[list[str], list[str | None]]:
    rng = np.random.default_rng(seed)
    gold = [STRATEGY_NAMES[i] for i in rng.integers(0, 8, turns)]
    pred: list[str | None] = [g if rng.random() < 0.5 else STRATEGY_NAMES[rng.integers(0, 8)] for g in gold]
    pred[0] = None  # an invalid prediction is scored as in strategy_metrics
    return gold, pred


def test_q_interval_holds_q_and_narrows_with_more_turns() -> None:
    gold, pred = _noisy_predictions(200, seed=1)
    q = strategy_metrics(gold, pred)["q"]
    low, high = q_interval(gold, pred, resamples=300)
    assert low < q < high
    more_low, more_high = q_interval(gold * 16, pred * 16, resamples=300)
    assert more_high - more_low < (high - low) / 2
    assert q_interval(gold, pred, resamples=300) == (low, high)  # seeded: the same interval again
    # One group: every resample is the whole set, so both bounds are exactly strategy_metrics' Q.
    assert q_interval(gold, pred, ["all"] * len(gold), resamples=20) == pytest.approx((q, q))


def test_q_interval_resamples_dialogues_not_turns() -> None:
    # Every dialogue is all right or all wrong: turns within a dialogue move together, so resampling
    # whole dialogues must give a wider interval than pretending the turns are independent.
    gold, pred, groups = [], [], []
    for d in range(40):
        for k in range(10):
            label = STRATEGY_NAMES[k % 8]
            gold.append(label)
            pred.append(label if d % 2 else STRATEGY_NAMES[(k + 1) % 8])
            groups.append(f"d{d}")
    by_turn = q_interval(gold, pred, resamples=300)
    by_dialogue = q_interval(gold, pred, groups, resamples=300)
    assert by_dialogue[1] - by_dialogue[0] > 1.5 * (by_turn[1] - by_turn[0])


def test_q_interval_of_a_perfect_predictor_is_one_point() -> None:
    gold = list(STRATEGY_NAMES) * 5
    assert q_interval(gold, gold, resamples=50) == (1.0, 1.0)


def test_metrics_from_rows_gives_the_interval_by_dialogue() -> None:
    gold, pred = _noisy_predictions(120, seed=2)
    rows = [
        {"dialogue": f"d{i // 6}", "gold_strategy": g, "pred_strategy": p}
        for i, (g, p) in enumerate(zip(gold, pred, strict=True))
    ]
    groups = [r["dialogue"] for r in rows]
    assert metrics_from_rows(rows)["q_ci95"] == list(q_interval(gold, pred, groups))
    with pytest.raises(ValueError, match="aligned"):
        q_interval(gold, pred[:-1])


def test_accuracy_and_b_intervals_hold_their_estimates_and_widen_by_dialogue() -> None:
    gold, pred = _noisy_predictions(240, seed=4)
    point = strategy_metrics(gold, pred)
    by_turn = strategy_intervals(gold, pred, resamples=300)
    for key, name in (("accuracy", "accuracy_ci95"), ("b", "b_ci95")):
        low, high = by_turn[name]
        assert low < point[key] < high, key
    # 12 dialogues of 20 turns, each biased towards its own predicted strategy: resampling whole
    # dialogues must give a wider B interval than resampling turns as if they were independent.
    biased = [STRATEGY_NAMES[(i // 20) % 8] if i % 2 else g for i, g in enumerate(gold)]
    groups = [f"d{i // 20}" for i in range(len(gold))]
    turn_b = strategy_intervals(gold, biased, resamples=300)["b_ci95"]
    dialogue_b = strategy_intervals(gold, biased, groups, resamples=300)["b_ci95"]
    assert dialogue_b[1] - dialogue_b[0] > turn_b[1] - turn_b[0]
    perfect = list(STRATEGY_NAMES) * 5
    assert strategy_intervals(perfect, perfect, resamples=50)["accuracy_ci95"] == (1.0, 1.0)


def test_metrics_from_rows_gives_the_rouge_l_interval_of_its_replies() -> None:
    rows = [
        {"dialogue": f"d{i // 4}", "reference": "i hear you, that sounds hard", "reply": reply}
        for i, reply in enumerate(
            ["i hear you", "that sounds so hard", "tell me more", "ok", "hard, i hear you"] * 5
        )
    ]
    metrics = metrics_from_rows(rows)
    low, high = metrics["rouge_l_ci95"]
    assert low <= metrics["rouge_l"] <= high and low < high
    scores = [rouge_l(tokenize(r["reference"]), tokenize(r["reply"])) for r in rows]
    assert metrics["rouge_l_ci95"] == list(mean_interval(scores, [r["dialogue"] for r in rows]))


def test_q_difference_is_the_q_gap_with_a_paired_interval() -> None:
    gold, good = _noisy_predictions(400, seed=3)
    _, bad = _noisy_predictions(400, seed=4)
    bad = [p if i % 3 else STRATEGY_NAMES[0] for i, p in enumerate(bad)]  # a worse predictor
    groups = [f"d{i // 8}" for i in range(len(gold))]
    diff, low, high = q_difference(gold, good, bad, groups, resamples=300)
    assert diff == pytest.approx(strategy_metrics(gold, good)["q"] - strategy_metrics(gold, bad)["q"])
    assert 0 < low < diff < high
    assert q_difference(gold, bad, good, groups, resamples=300)[0] == pytest.approx(-diff)
    # The same predictions: every resample differs by exactly 0.
    assert q_difference(gold, good, good, groups, resamples=50) == (0.0, 0.0, 0.0)


def test_b_difference_is_the_b_gap_with_a_paired_interval() -> None:
    gold, fair = _noisy_predictions(400, seed=6)
    # Every third prediction turned into the first strategy: a planner that prefers one strategy.
    skewed = [STRATEGY_NAMES[0] if i % 3 == 0 else p for i, p in enumerate(fair)]
    groups = [f"d{i // 8}" for i in range(len(gold))]
    diff, low, high = b_difference(gold, skewed, fair, groups, resamples=300)
    assert diff == pytest.approx(strategy_metrics(gold, skewed)["b"] - strategy_metrics(gold, fair)["b"])
    assert 0 < low < diff < high
    assert b_difference(gold, fair, skewed, groups, resamples=300)[0] == pytest.approx(-diff)
    assert b_difference(gold, fair, fair, groups, resamples=50) == (0.0, 0.0, 0.0)


def test_q_difference_pairs_the_turns() -> None:
    # B is A with a tenth of its right answers turned wrong. Resampled unpaired, each Q would wander
    # over its whole interval; paired, the gap is far narrower than the interval of either Q.
    gold, a = _noisy_predictions(600, seed=5)
    b = [STRATEGY_NAMES[(STRATEGY_NAMES.index(g) + 1) % 8] if p == g and i % 10 == 0 else p
         for i, (g, p) in enumerate(zip(gold, a, strict=True))]  # fmt: skip
    low_a, high_a = q_interval(gold, a, resamples=300)
    diff, low, high = q_difference(gold, a, b, resamples=300)
    assert low > 0 and high - low < (high_a - low_a) / 2
