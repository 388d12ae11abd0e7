"""The paper's evaluation metrics, computed exactly as docs/method.md §5 specifies.

Strategy metrics (fractions in [0, 1]): Q = macro-F1 over the 8 strategies with scikit-learn
semantics, accuracy, weighted-F1, per-class F1, and the invalid-prediction rate. A prediction that
is not one of the 8 names is *invalid*: it counts as wrong (the authors' code silently dropped such
turns) and is left out of the preference-bias count matrix.

Preference bias B (Kang et al., ACL 2024): Bradley–Terry strengths fitted to the confusion counts
``W[i][j]`` = turns predicted i while gold was j, with the in-place update, geometric-mean
normalisation and final rescaling to Σp = 8; B is the population standard deviation of p.

Reply metrics (×100, as papers report them) are computed on lower-cased word tokens, per reply, then
averaged. Tokens come from NLTK's ``NLTKWordTokenizer`` (the word tokenizer inside
``nltk.word_tokenize``) applied to each sentence; sentences are split with a regex on ``.!?`` followed
by whitespace instead of the Punkt model, which needs a data download. The two agree except where
Punkt would not split (abbreviations such as "Dr. Smith" keep their period here too, only the
sentence split point can differ).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from nltk.tokenize import NLTKWordTokenizer
from nltk.translate.bleu_score import SmoothingFunction, corpus_bleu
from nltk.util import ngrams
from sklearn.metrics import accuracy_score, f1_score

from esc_graph.strategies import STRATEGY_NAMES

BT_SWEEPS = 20
BT_EPSILON = 1e-6
ROUGE_BETA = 1.2
INVALID = "<invalid>"

# --- strategy metrics -------------------------------------------------------------------------


def normalise_prediction(pred: str | None) -> str:
    """A prediction as one of the 8 names, or ``INVALID``; surrounding space and brackets ignored."""
    if pred is None:
        return INVALID
    name = pred.strip().strip("[]").strip()
    return name if name in STRATEGY_NAMES else INVALID


def confusion_counts(gold: Sequence[str], pred: Sequence[str]) -> np.ndarray:
    """``W[i][j]`` = number of turns predicted ``STRATEGY_NAMES[i]`` while gold was ``[j]``.

    Invalid predictions are not counted; the diagonal holds the correct predictions.
    """
    index = {name: k for k, name in enumerate(STRATEGY_NAMES)}
    counts = np.zeros((len(STRATEGY_NAMES), len(STRATEGY_NAMES)))
    for g, p in zip(gold, pred, strict=True):
        if p in index and g in index:
            counts[index[p], index[g]] += 1
    return counts


@dataclass
class BradleyTerry:
    strengths: dict[str, float]
    b: float
    epsilon_used: bool


def bradley_terry(counts: np.ndarray, sweeps: int = BT_SWEEPS, epsilon: float = BT_EPSILON) -> BradleyTerry:
    """Fit Bradley–Terry strengths to an off-diagonal win matrix (row i "beats" column j).

    When some strategy has no off-diagonal wins or no off-diagonal losses, the update would divide
    by zero (or pin a strength at 0); ``epsilon`` is then added to every off-diagonal count.
    """
    n = counts.shape[0]
    w = np.array(counts, dtype=float)
    np.fill_diagonal(w, 0.0)
    off = ~np.eye(n, dtype=bool)
    epsilon_used = bool((w.sum(axis=1) == 0).any() or (w.sum(axis=0) == 0).any())
    if epsilon_used:
        w[off] += epsilon
    rows = w.tolist()  # plain floats: the sweeps below run a thousand times per bootstrap interval
    p = np.ones(n)
    for _ in range(sweeps):
        q = p.tolist()
        for i in range(n):
            num = den = 0.0
            for j in range(n):
                if j != i:
                    num += rows[i][j] * q[j] / (q[i] + q[j])
                    den += rows[j][i] / (q[i] + q[j])
            q[i] = num / den
        p = np.array(q)
        nonzero = p[p > 0]
        p = p / math.exp(np.log(nonzero).mean())
    p = p * n / p.sum()
    names = STRATEGY_NAMES if n == len(STRATEGY_NAMES) else tuple(str(k) for k in range(n))
    return BradleyTerry(dict(zip(names, p.tolist(), strict=True)), float(np.std(p)), epsilon_used)


def strategy_metrics(gold: Sequence[str], pred: Sequence[str | None]) -> dict[str, object]:
    """Q, accuracy, weighted-F1, per-class F1, invalid rate and B for aligned gold/pred lists."""
    if len(gold) != len(pred):
        raise ValueError(f"{len(gold)} gold strategies but {len(pred)} predictions")
    if not gold:
        raise ValueError("no turns to score")
    bad = sorted({g for g in gold if g not in STRATEGY_NAMES})
    if bad:
        raise ValueError(f"gold strategies not among the 8: {bad}")
    preds = [normalise_prediction(p) for p in pred]
    labels = list(STRATEGY_NAMES)
    per_class = f1_score(gold, preds, labels=labels, average=None, zero_division=0)
    counts = confusion_counts(gold, preds)
    # With no valid prediction at all there is nothing to fit: B is undefined (None), not 0.
    bt = bradley_terry(counts) if counts.sum() else None
    valid = [(g, p) for g, p in zip(gold, preds, strict=True) if p != INVALID]
    # The authors' code dropped invalid predictions; that Q is kept for comparison with their figures.
    q_valid_only = (
        float(f1_score(*zip(*valid, strict=True), labels=labels, average="macro", zero_division=0))
        if valid
        else None
    )
    return {
        "q": float(f1_score(gold, preds, labels=labels, average="macro", zero_division=0)),
        "q_valid_only": q_valid_only,
        "accuracy": float(accuracy_score(gold, preds)),
        "weighted_f1": float(f1_score(gold, preds, labels=labels, average="weighted", zero_division=0)),
        "invalid_rate": sum(p == INVALID for p in preds) / len(preds),
        "b": bt.b if bt else None,
        "b_epsilon": bt.epsilon_used if bt else None,
        "per_class_f1": dict(zip(labels, (float(x) for x in per_class), strict=True)),
        "bt_strength": bt.strengths if bt else None,
        "n_strategy": len(gold),
    }


def _macro_f1_codes(gold: np.ndarray, pred: np.ndarray) -> float:
    """Macro-F1 over the 8 strategies for integer codes (8 = invalid), as ``strategy_metrics`` has it."""
    k = len(STRATEGY_NAMES)
    hits = np.bincount(gold[gold == pred], minlength=k)
    denom = np.bincount(gold, minlength=k + 1)[:k] + np.bincount(pred, minlength=k + 1)[:k]
    return float(np.sum(np.divide(2 * hits, denom, out=np.zeros(k), where=denom > 0)) / k)


def q_interval(
    gold: Sequence[str],
    pred: Sequence[str | None],
    groups: Sequence[str] | None = None,
    *,
    resamples: int = 1000,
    level: float = 0.95,
    seed: int = 0,
) -> tuple[float, float]:
    """A percentile bootstrap interval for Q.

    ``groups`` (the dialogue of each turn) makes it resample whole dialogues: turns of one
    conversation are not independent, so resampling turns alone would make the interval too narrow.
    """
    g, (p,) = _aligned_codes(gold, [pred], groups)
    return bootstrap_interval(
        lambda rows: _macro_f1_codes(g[rows], p[rows]),
        resampling_blocks(groups, len(g)),
        resamples,
        level,
        seed,
    )


def q_difference(
    gold: Sequence[str],
    pred: Sequence[str | None],
    other: Sequence[str | None],
    groups: Sequence[str] | None = None,
    *,
    resamples: int = 1000,
    level: float = 0.95,
    seed: int = 0,
) -> tuple[float, float, float]:
    """Q of ``pred`` minus Q of ``other`` on the same turns, with a paired bootstrap interval.

    Each resample scores both predictors on the same turns (whole dialogues with ``groups``), so the
    interval reflects the difference between them, not how hard the sampled turns happen to be.
    """
    return _paired_difference(_macro_f1_codes, gold, pred, other, groups, resamples, level, seed)


def strategy_intervals(
    gold: Sequence[str],
    pred: Sequence[str | None],
    groups: Sequence[str] | None = None,
    *,
    resamples: int = 1000,
    level: float = 0.95,
    seed: int = 0,
) -> dict[str, tuple[float, float]]:
    """Percentile bootstrap intervals for accuracy and B, resampling whole dialogues with ``groups``."""
    g, (p,) = _aligned_codes(gold, [pred], groups)
    blocks = resampling_blocks(groups, len(g))

    def accuracy(rows: np.ndarray) -> float:
        return float(np.mean(g[rows] == p[rows]))

    return {
        "accuracy_ci95": bootstrap_interval(accuracy, blocks, resamples, level, seed),
        "b_ci95": bootstrap_interval(lambda rows: _b_codes(g[rows], p[rows]), blocks, resamples, level, seed),
    }


def b_difference(
    gold: Sequence[str],
    pred: Sequence[str | None],
    other: Sequence[str | None],
    groups: Sequence[str] | None = None,
    *,
    resamples: int = 1000,
    level: float = 0.95,
    seed: int = 0,
) -> tuple[float, float, float]:
    """B of ``pred`` minus B of ``other`` on the same turns, with a paired bootstrap interval."""
    return _paired_difference(_b_codes, gold, pred, other, groups, resamples, level, seed)


def _paired_difference(
    statistic: Callable[[np.ndarray, np.ndarray], float],
    gold: Sequence[str],
    pred: Sequence[str | None],
    other: Sequence[str | None],
    groups: Sequence[str] | None,
    resamples: int,
    level: float,
    seed: int,
) -> tuple[float, float, float]:
    g, (p, o) = _aligned_codes(gold, [pred, other], groups)
    return paired_code_difference(statistic, g, p, o, groups, resamples, level, seed)


def paired_code_difference(
    statistic: Callable[[np.ndarray, np.ndarray], float],
    gold: np.ndarray,
    pred: np.ndarray,
    other: np.ndarray,
    groups: Sequence[str] | None,
    resamples: int,
    level: float,
    seed: int,
) -> tuple[float, float, float]:
    """``statistic(gold, pred) - statistic(gold, other)`` on integer codes, with its paired percentile
    bootstrap interval, resampling whole dialogues with ``groups``."""

    def diff(rows: np.ndarray) -> float:
        return statistic(gold[rows], pred[rows]) - statistic(gold[rows], other[rows])

    low, high = bootstrap_interval(diff, resampling_blocks(groups, len(gold)), resamples, level, seed)
    return diff(np.arange(len(gold))), low, high


def _b_codes(gold: np.ndarray, pred: np.ndarray) -> float:
    k = len(STRATEGY_NAMES)
    valid = pred < k  # invalid predictions stay out of the count matrix, as for B itself
    counts = np.zeros((k, k))
    np.add.at(counts, (pred[valid], gold[valid]), 1)
    return bradley_terry(counts).b


def mean_interval(
    values: Sequence[float],
    groups: Sequence[str] | None = None,
    *,
    resamples: int = 1000,
    level: float = 0.95,
    seed: int = 0,
) -> tuple[float, float]:
    """A percentile bootstrap interval for the mean of per-turn ``values`` (dialogues with ``groups``)."""
    if groups is not None and len(groups) != len(values):
        raise ValueError("values and groups must be aligned")
    if not values:
        raise ValueError("no values")
    v = np.asarray(values, dtype=float)
    return bootstrap_interval(
        lambda rows: float(v[rows].mean()), resampling_blocks(groups, len(v)), resamples, level, seed
    )


def _aligned_codes(
    gold: Sequence[str], preds: Sequence[Sequence[str | None]], groups: Sequence[str] | None
) -> tuple[np.ndarray, list[np.ndarray]]:
    if any(len(p) != len(gold) for p in preds) or (groups is not None and len(groups) != len(gold)):
        raise ValueError("gold, predictions and groups must be aligned")
    if not gold:
        raise ValueError("no turns to score")
    code = {name: i for i, name in enumerate(STRATEGY_NAMES)}
    invalid = len(STRATEGY_NAMES)
    coded = [np.array([code.get(normalise_prediction(x), invalid) for x in p]) for p in preds]
    return np.array([code[x] for x in gold]), coded


def resampling_blocks(groups: Sequence[str] | None, n: int) -> list[np.ndarray]:
    """Row indices per resampling unit: a dialogue each with ``groups``, else a turn each."""
    keys = list(groups) if groups is not None else list(range(n))
    members: dict[object, list[int]] = {}
    for i, key in enumerate(keys):
        members.setdefault(key, []).append(i)
    return [np.array(v) for v in members.values()]


def bootstrap_interval(
    statistic: Callable[[np.ndarray], float],
    blocks: list[np.ndarray],
    resamples: int,
    level: float,
    seed: int,
) -> tuple[float, float]:
    rng = np.random.default_rng(seed)
    values = []
    for _ in range(resamples):
        rows = np.concatenate([blocks[j] for j in rng.integers(0, len(blocks), len(blocks))])
        values.append(statistic(rows))
    tail = (1 - level) / 2 * 100
    low, high = np.percentile(values, [tail, 100 - tail])
    return float(low), float(high)


# --- tokenisation -----------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


@lru_cache(maxsize=1)
def _word_tokenizer() -> NLTKWordTokenizer:
    return NLTKWordTokenizer()


def tokenize(text: str) -> list[str]:
    """Lower-cased NLTK word tokens (no Punkt download needed; see the module docstring)."""
    tok = _word_tokenizer()
    return [t for sent in _SENTENCE_END.split(text.lower().strip()) if sent for t in tok.tokenize(sent)]


# --- reply metrics, one reply ----------------------------------------------------------------

_SMOOTH = SmoothingFunction().method3


def bleu(reference: Sequence[str], hypothesis: Sequence[str], k: int) -> float:
    """BLEU-k ×100 of one tokenised reply: ``corpus_bleu`` on the single pair, uniform weights."""
    if not hypothesis or not reference:
        return 0.0
    weights = tuple([1.0 / k] * k)
    return 100.0 * corpus_bleu(
        [[list(reference)]], [list(hypothesis)], weights=weights, smoothing_function=_SMOOTH
    )


def distinct(tokens: Sequence[str], n: int) -> float:
    """Unique / total n-grams ×100; 0 when the reply has no n-gram of that order."""
    grams = list(ngrams(tokens, n))
    return 100.0 * len(set(grams)) / len(grams) if grams else 0.0


def unigram_f1(reference: Sequence[str], hypothesis: Sequence[str]) -> float:
    """Token-overlap F1 ×100 (multiset overlap, as in ParlAI's F1)."""
    common = sum((Counter(reference) & Counter(hypothesis)).values())
    if common == 0:
        return 0.0
    precision, recall = common / len(hypothesis), common / len(reference)
    return 100.0 * 2 * precision * recall / (precision + recall)


def lcs_length(a: Sequence[str], b: Sequence[str]) -> int:
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def rouge_l(reference: Sequence[str], hypothesis: Sequence[str], beta: float = ROUGE_BETA) -> float:
    """ROUGE-L F-measure ×100 with recall weighted by beta (1.2, as pycocoevalcap)."""
    lcs = lcs_length(reference, hypothesis)
    if lcs == 0:
        return 0.0
    precision, recall = lcs / len(hypothesis), lcs / len(reference)
    return 100.0 * (1 + beta**2) * precision * recall / (recall + beta**2 * precision)


@dataclass
class ReplyScores:
    bleu: tuple[float, float, float, float]
    rouge_l: float
    dist: tuple[float, float, float]
    f1: float
    length: int
    tokens: list[str] = field(repr=False, default_factory=list)


def score_reply(reference: str, reply: str) -> ReplyScores:
    ref, hyp = tokenize(reference), tokenize(reply)
    return ReplyScores(
        bleu=(bleu(ref, hyp, 1), bleu(ref, hyp, 2), bleu(ref, hyp, 3), bleu(ref, hyp, 4)),
        rouge_l=rouge_l(ref, hyp),
        dist=(distinct(hyp, 1), distinct(hyp, 2), distinct(hyp, 3)),
        f1=unigram_f1(ref, hyp),
        length=len(hyp),
        tokens=hyp,
    )


def corpus_distinct(token_lists: Iterable[Sequence[str]], n: int) -> float:
    """Unique n-grams over all replies / all n-grams ×100 (the corpus-level Distinct-n)."""
    seen: set[tuple[str, ...]] = set()
    total = 0
    for tokens in token_lists:
        grams = list(ngrams(tokens, n))
        seen.update(grams)
        total += len(grams)
    return 100.0 * len(seen) / total if total else 0.0


def reply_metrics(references: Sequence[str], replies: Sequence[str]) -> dict[str, float]:
    """Every reply metric, scored per reply then averaged, plus corpus-level Distinct-n."""
    if len(references) != len(replies):
        raise ValueError(f"{len(references)} references but {len(replies)} replies")
    if not replies:
        raise ValueError("no replies to score")
    scores = [score_reply(r, h) for r, h in zip(references, replies, strict=True)]

    def mean(values: Iterable[float]) -> float:
        return float(np.mean(list(values)))

    out: dict[str, float] = {f"bleu_{k}": mean(s.bleu[k - 1] for s in scores) for k in range(1, 5)}
    out["rouge_l"] = mean(s.rouge_l for s in scores)
    for n in range(1, 4):
        out[f"dist_{n}"] = mean(s.dist[n - 1] for s in scores)
    out["f1"] = mean(s.f1 for s in scores)
    out["length"] = mean(s.length for s in scores)
    for n in range(1, 4):
        out[f"corpus_dist_{n}"] = corpus_distinct((s.tokens for s in scores), n)
    out["n_reply"] = len(scores)
    return out


# --- rows of a predictions file ---------------------------------------------------------------

SUMMARY_KEYS = (
    "q",
    "accuracy",
    "weighted_f1",
    "invalid_rate",
    "b",
    "bleu_1",
    "bleu_2",
    "bleu_3",
    "bleu_4",
    "rouge_l",
    "dist_1",
    "dist_2",
    "dist_3",
    "f1",
    "length",
    "reference_length",
    "cut_share",
    "n",
    "q_ci95",
    "accuracy_ci95",
    "b_ci95",
    "rouge_l_ci95",
)


def metrics_from_rows(rows: Sequence[dict[str, object]]) -> dict[str, object]:
    """All metrics a set of prediction rows supports (see ``summary``).

    Strategy metrics use rows with ``gold_strategy`` and the key ``pred_strategy`` (null = invalid);
    reply metrics use rows with both ``reference`` and ``reply`` (a null reply counts as empty).
    ``q_ci95``, ``accuracy_ci95``, ``b_ci95`` and ``rouge_l_ci95`` are 95% bootstrap intervals,
    resampling dialogues when every row names one.
    """
    out: dict[str, object] = {"n": len(rows)}
    strat = [r for r in rows if r.get("gold_strategy") and "pred_strategy" in r]
    if strat:
        gold = [str(r["gold_strategy"]) for r in strat]
        pred = [r["pred_strategy"] for r in strat]
        out.update(strategy_metrics(gold, pred))  # type: ignore[arg-type]
        groups = [str(r["dialogue"]) for r in strat] if all("dialogue" in r for r in strat) else None
        out["q_ci95"] = list(q_interval(gold, pred, groups))  # type: ignore[arg-type]
        out |= {k: list(v) for k, v in strategy_intervals(gold, pred, groups).items()}  # type: ignore[arg-type]
    replies = [r for r in rows if r.get("reference") is not None and "reply" in r]
    if replies:
        out.update(
            reply_metrics([str(r["reference"]) for r in replies], [str(r["reply"] or "") for r in replies])
        )
        out["reference_length"] = float(np.mean([len(tokenize(str(r["reference"]))) for r in replies]))
        rouge = [rouge_l(tokenize(str(r["reference"])), tokenize(str(r["reply"] or ""))) for r in replies]
        groups = [str(r["dialogue"]) for r in replies] if all("dialogue" in r for r in replies) else None
        out["rouge_l_ci95"] = list(mean_interval(rouge, groups))
        finished = [bool(r["reply_finished"]) for r in replies if "reply_finished" in r]
        if finished:  # replies stopped by the token cap rather than by their end of turn
            out["cut_share"] = 1.0 - float(np.mean(finished))
    return out


def summary(metrics: dict[str, object]) -> dict[str, object]:
    """The keys ``esc-graph metrics --json`` prints, in order; a metric the rows cannot support is null."""
    return {k: metrics.get(k) for k in SUMMARY_KEYS}
