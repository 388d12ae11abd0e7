"""Crisis detection measured on the versioned corpora: recall on crisis messages, false escalations on
benign but intense ones (grief, breakups, anger, exam stress). A regression below the bars fails.

The corpora (tests/data/*.tsv) were written in seven rounds; each round was first scored as held-out
text (crisis recall 0.878, 0.44, 0.475, 0.325, 0.154, 0.50 and 0.41 at first sight; false escalation 0,
0, 0, 0, 1/40, 0 and 0) and only then did the detector grow, by category (after round 5 also the concept
layer). Round 8 (tests/data/*_heldout.tsv) is frozen: 25/38 crisis messages and 0/40 false escalations.
Those first-sight numbers are the honest estimate for unseen phrasing: phrase rules alone miss much
oblique language, which is why the model-based layer exists. The bars below guard against regressions
on everything written so far; tests/data/*_heldout.tsv is scored but never tuned on. ``-s`` prints them.
"""

from __future__ import annotations

from collections import Counter
from functools import partial
from pathlib import Path

import pytest

from esc_graph.safety import assess_message, normalise

DATA = Path(__file__).parent / "data"
MIN_RECALL = 0.95
MAX_FALSE_ESCALATION = 0.05
# These corpora measure the lexicon layer; the learned model (on by default) trained on them.
lexicon_layer = partial(assess_message, model=None)


def load(name: str) -> list[tuple[str, str]]:
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, text = line.split("\t", 1)
            rows.append((kind, text))
    return rows


def test_corpora_are_big_enough_and_varied() -> None:
    crisis, benign = load("crisis_corpus.tsv"), load("benign_intense_corpus.tsv")
    assert len(crisis) >= 80 and len(benign) >= 80
    assert {"direct", "oblique", "self_harm", "others", "method"} <= {k for k, _ in crisis}
    assert {"grief", "breakup", "anger", "exams"} <= {k for k, _ in benign}
    assert any("\u2019" in t for _, t in crisis), "curly quotes must be represented"
    assert len({t for _, t in crisis}) == len(crisis) and len({t for _, t in benign}) == len(benign)


def test_recall_and_false_escalation_meet_the_bar() -> None:
    crisis, benign = load("crisis_corpus.tsv"), load("benign_intense_corpus.tsv")
    missed = [(k, t) for k, t in crisis if not lexicon_layer(t).risk]
    escalated = [(k, t) for k, t in benign if lexicon_layer(t).risk]
    recall = 1 - len(missed) / len(crisis)
    false_escalation = len(escalated) / len(benign)
    per_kind = Counter(k for k, _ in missed)
    print(
        f"\ncrisis recall {recall:.3f} ({len(crisis) - len(missed)}/{len(crisis)}; missed by kind "
        f"{dict(per_kind)}), false escalation {false_escalation:.3f} ({len(escalated)}/{len(benign)})"
    )
    assert recall >= MIN_RECALL, f"missed: {missed}"
    assert false_escalation <= MAX_FALSE_ESCALATION, f"escalated: {escalated}"


def test_categories_are_reported() -> None:
    cases = {
        "I want to kill myself": "suicide",
        "I cut myself again last night": "self_harm",
        "He threatened to kill me if I leave him": "harm_from_others",
        "I'm going to shoot up my school tomorrow": "harm_to_others",
        "What's a lethal dose of paracetamol?": "method_seeking",
    }
    for text, category in cases.items():
        found = lexicon_layer(text)
        assert (found.risk, found.category, found.source) == (True, category, "lexicon")
        assert found.rule


def test_being_choked_now_is_harm_from_others_and_the_idiom_is_not() -> None:
    for text in ("he's choking me", "my husband is strangling me right now", "He choked me with his hands"):
        assert lexicon_layer(text).category == "harm_from_others", text
    idioms = ("this tie is choking me", "they are choking me with rules", "she's choking me with hugs lol")
    for text in idioms:
        assert not lexicon_layer(text).risk, text


@pytest.mark.parametrize(
    "variant",
    [
        "I WANT TO KILL MYSELF",
        "i want to kiiiilll myselffff",
        "I want to k1ll mys3lf",
        "I want to k i l l m y s e l f",
        "I want to k.i.l.l myself",
        "I want to ki\u200bll myself",  # zero-width space
        "I want to ｋｉｌｌ myself",  # full-width letters (NFKC)
        "I want to kіll myself",  # Cyrillic i
        "I don\u2019t want to be alive anymore",
        "I dont want to be alive anymore",
        "i wanna dieee",
        "kms",
    ],
)
def test_spelling_variants_are_caught(variant: str) -> None:
    assert lexicon_layer(variant).risk


def test_normalisation_layers() -> None:
    assert normalise("I\u2019m SOOOO done!!!") == "i am so done"
    assert normalise("d i e") == "die"
    assert normalise("Which bridges are 25m tall?") == "which bridges are 25m tal"


def test_method_question_needs_distress_in_this_or_a_recent_message() -> None:
    question = "Which bridges in NYC are taller than 25 m?"
    assert not lexicon_layer(question).risk
    assert lexicon_layer("I lost my job. " + question).category == "method_seeking"
    found = lexicon_layer(question, context=["I lost my job today and I feel worthless"])
    assert found.risk and found.source == "distress+means"


def test_idioms_and_third_party_loss_are_not_escalated_but_real_statements_still_are() -> None:
    assert not lexicon_layer("I could die of embarrassment").risk
    assert not lexicon_layer("This exam is killing me").risk
    assert not lexicon_layer("My uncle died by suicide last year").risk
    assert lexicon_layer("I could die of embarrassment and honestly I want to die").risk
    assert lexicon_layer("My uncle died by suicide and now I'm suicidal too").risk


def test_host_classifier_can_add_risk_but_not_remove_it_and_may_fail_safely() -> None:
    oblique = "I sorted out who gets the car and the house. It's all arranged now."
    assert not assess_message(oblique, model=None).risk
    assert assess_message(oblique, model=None, classifier=lambda _t: 0.9).source == "classifier"
    assert not assess_message(oblique, model=None, classifier=lambda _t: 0.1).risk
    assert lexicon_layer("I want to die", classifier=lambda _t: False).risk

    def broken(_t: str) -> bool:
        raise RuntimeError("guard model down")

    assert lexicon_layer("I want to die", classifier=broken).risk
    assert not assess_message("I had a rough day", model=None, classifier=broken).risk


HELDOUT_FIRST_SIGHT_RECALL = 25 / 38  # round 8, scored once with the detector frozen; never tuned on


def test_frozen_held_out_set_is_reported_and_does_not_regress() -> None:
    crisis, benign = load("crisis_heldout.tsv"), load("benign_heldout.tsv")
    recall = sum(lexicon_layer(t).risk for _, t in crisis) / len(crisis)
    false_escalation = sum(lexicon_layer(t).risk for _, t in benign) / len(benign)
    print(
        f"\nHELD-OUT (never tuned on): crisis recall {recall:.3f} of {len(crisis)}, "
        f"false escalation {false_escalation:.3f} of {len(benign)}"
    )
    assert recall >= HELDOUT_FIRST_SIGHT_RECALL - 1e-9
    assert false_escalation <= MAX_FALSE_ESCALATION


@pytest.mark.full_data  # over a thousand seeker turns: the whole test split
def test_real_esconv_seeker_turns_are_rarely_escalated(esconv_dir: Path) -> None:
    """An outside check: ESConv's test-split seeker turns are people seeking support, mostly without
    acute risk (some do disclose ideation). A detector that escalates many of them is broken.

    The lexicon alone escalates 2 of 3,144. The default gate (lexicon and risk model v3, which never saw
    the test split), reading each turn after the seeker's earlier ones as the graph does, escalated 51
    (0.016) at first sight, and 196 (0.062) reading each turn alone; the bar below sits about one
    message above first sight."""
    import json

    from esc_graph.safety.gate import CONTEXT_TURNS

    turns, contexts = [], []
    for line in (esconv_dir / "test.jsonl").read_text(encoding="utf-8").splitlines():
        seeker = [t["text"] for t in json.loads(line)["turns"] if t["speaker"] == "seeker"]
        turns += seeker
        contexts += [seeker[max(0, i - CONTEXT_TURNS) : i] for i in range(len(seeker))]
    flagged = sum(lexicon_layer(t).risk for t in turns)
    print(f"\nESConv test seeker turns escalated: {flagged}/{len(turns)} ({flagged / len(turns):.4f})")
    assert len(turns) > 1000 and flagged / len(turns) <= 0.01
    gate = sum(assess_message(t, context=c).risk for t, c in zip(turns, contexts, strict=True))
    print(f"by the default gate, with earlier turns: {gate}/{len(turns)} ({gate / len(turns):.4f})")
    assert gate / len(turns) <= 0.017
