"""esc-prompts/3: every role sees the same history, without earlier strategies, within one budget (the
appraisal line every role also reads is tested in tests/test_appraisal_graph.py)."""

from __future__ import annotations

from pathlib import Path

from esc_graph.prompts import (
    HISTORY_CHARS,
    SUPPORTER_CONTINUATION,
    Utterance,
    appraisal_messages,
    generator_messages,
    joint_messages,
    planner_messages,
)
from trainers.data import load_split, supporter_turns


def _from_lines(text: str) -> list[tuple[str, str]]:
    """(speaker, text) pairs of a ``seeker: …`` / ``supporter: …`` transcript."""
    pairs = []
    for line in text.splitlines():
        speaker, sep, said = line.partition(": ")
        if sep and speaker in ("seeker", "supporter"):
            pairs.append((speaker, said))
    return pairs


def _from_chat(messages: list[dict[str, str]]) -> list[tuple[str, str]]:
    """(speaker, text) pairs of a chat prompt, without its system message and separators."""
    return [
        ("seeker" if m["role"] == "user" else "supporter", m["content"])
        for m in messages
        if m["role"] != "system" and m["content"] != SUPPORTER_CONTINUATION
    ]


def test_planner_and_joint_prompts_of_a_turn_hold_the_same_history(esconv_dir: Path) -> None:
    checked = 0
    # The first 20 dialogues of each split (the shipped sample has fewer, still over 100 turns in all).
    for dialogue in [d for split in ("train", "valid", "test") for d in load_split(esconv_dir, split)[:20]]:
        for _, history, _ in supporter_turns(dialogue):
            planner = _from_lines(planner_messages(history)[-1]["content"])
            joint = _from_chat(joint_messages(history))
            generator = _from_chat(generator_messages(history, "Question"))
            appraiser = _from_lines(appraisal_messages(history, "emotion")[-1]["content"])
            assert planner == joint == generator == appraiser
            strategies = {u.strategy for u in history if u.strategy}
            text = planner_messages(history)[-1]["content"] + str(joint_messages(history))
            assert not any(f"strategy: {s}" in text or f"[{s}]" in text for s in strategies)
            checked += 1
    assert checked > 100


def test_a_target_after_a_supporter_turn_follows_a_separator() -> None:
    history = [
        Utterance("seeker", "I lost my job."),
        Utterance("supporter", "That sounds hard.", "Reflection of feelings"),
    ]
    for messages in (joint_messages(history), generator_messages(history, "Question")):
        assert [m["role"] for m in messages] == ["system", "user", "assistant", "user"]
        assert messages[-1]["content"] == SUPPORTER_CONTINUATION
    two_in_a_row = [*history, Utterance("supporter", "What happened?", "Question")]
    roles = [m["role"] for m in joint_messages(two_in_a_row)]
    assert roles == ["system", "user", "assistant", "user", "assistant", "user"]


def test_long_utterances_are_kept_whole_and_the_oldest_leave_first() -> None:
    long_text = "word " * 150  # 750 characters: esc-prompts/1 clipped it at 400
    history = [Utterance("seeker" if i % 2 else "supporter", f"turn {i} {long_text}") for i in range(12)]
    shown = _from_chat(joint_messages(history))
    assert shown[-1][1] == " ".join(f"turn 11 {long_text}".split())
    assert sum(len(f"{s}: {t}") + 1 for s, t in shown) <= HISTORY_CHARS
    first_shown = int(shown[0][1].split()[1])
    assert first_shown > 0 and [int(t.split()[1]) for _, t in shown] == list(range(first_shown, 12))
    assert _from_lines(planner_messages(history)[-1]["content"]) == shown


def test_one_utterance_over_the_budget_is_still_shown() -> None:
    huge = Utterance("seeker", "x" * (HISTORY_CHARS + 100))
    assert _from_chat(joint_messages([huge])) == [("seeker", huge.text)]
