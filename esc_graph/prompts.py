"""Every prompt and message-formatting rule, shared by training and serving.

Adapters record ``PROMPT_VERSION``; the model layer refuses an adapter trained on another version,
because a prompt that differs between training and serving silently ruins it.

What every role sees of the conversation (``esc-prompts/3``; docs/protocol.md gives the measurements
and the version history):

- **The appraisal, as one line** (new in ``esc-prompts/3``). The trained appraiser's reading of the
  conversation (:func:`appraisal_line`: emotion, intensity, problem) stands just before the planner's
  question and at the end of the generator's and joint model's system prompt. Training gives each turn
  the appraisal serving would give it (``trainers.appraisal_turns``); a turn before any seeker message
  has none, and then no line.

- **The same history for every role.** The planner, the generator, the joint (vanilla) model and the
  appraiser all read the output of :func:`visible_history`: the whole conversation so far, seeker runs
  merged, whitespace normalised, no utterance clipped. The planner and appraiser read it as
  ``seeker: …`` / ``supporter: …`` lines, the generator and joint model as chat messages.
- **No strategy of an earlier supporter turn is shown to any role.** method.md §3 gives the planner
  "gold supporter texts without tags" and the joint model the chat history; neither shows the earlier
  strategies, so a planner that saw them would answer from information the joint model never gets
  (under gold-history evaluation, the gold strategy of the previous turn).
- **One window, a character budget.** Only when the history is longer than ``HISTORY_CHARS`` are the
  oldest utterances left out (the newest one is always kept); on ESConv's validation turns the whole
  history fits for 98% of the turns.
- **Consecutive supporter turns** are separated by a one-space user message, as ESConv's authors did,
  and a history that ends with a supporter turn gets one too, so the reply to write always follows a
  user message.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from esc_graph.strategies import DEFINITIONS, EMOTIONS, INTENSITIES, PROBLEMS, STRATEGY_NAMES

PROMPT_VERSION = "esc-prompts/3"
# Reply length cap in tokens: a guard, since a trained generator ends its turn first. Chosen on the
# validation split's supporter turns: 2.9% need more than 60 tokens (end of turn included), 0.8% more than 80.
REPLY_TOKEN_CAP = 80
# A reply may not repeat an n-gram of this many tokens that it already holds (0: no guard;
# esc_graph.repeat_guard). Chosen on 300 seeded validation turns with the release weights, greedy: 4 cut
# the replies run to the cap from 2.3% to 0.3% and raised ROUGE-L by +0.24 [+0.10, +0.41]
# (bench/results/repeat-guard/).
REPLY_NO_REPEAT_NGRAM = 4

Speaker = Literal["seeker", "supporter"]
ChatMessage = dict[str, str]

# About 1,000 tokens of SmolLM2's tokenizer (4.1 characters a token on ESConv): the whole history of
# 98% of validation turns and 97% of training turns, and every role's prompt and target stay within
# SFT's default max_length.
HISTORY_CHARS = 4000
# ESConv places " " between consecutive supporter turns so the chat alternates.
SUPPORTER_CONTINUATION = " "


@dataclass(frozen=True)
class Utterance:
    speaker: Speaker
    text: str
    strategy: str | None = None


def merge_seeker_runs(history: Iterable[Utterance]) -> list[Utterance]:
    """Merge consecutive seeker utterances into one; supporter utterances stay separate."""
    merged: list[Utterance] = []
    for utt in history:
        if merged and utt.speaker == "seeker" and merged[-1].speaker == "seeker":
            merged[-1] = Utterance("seeker", f"{merged[-1].text} {utt.text}")
        else:
            merged.append(utt)
    return merged


def _line(utt: Utterance) -> str:
    return f"{utt.speaker}: {utt.text}"


def visible_history(history: Sequence[Utterance]) -> list[Utterance]:
    """What every role sees: merged, normalised utterances without strategies, newest within budget."""
    merged = [Utterance(u.speaker, " ".join(u.text.split())) for u in merge_seeker_runs(history)]
    kept: list[Utterance] = []
    used = 0
    for utt in reversed(merged):
        used += len(_line(utt)) + 1
        if kept and used > HISTORY_CHARS:
            break
        kept.append(utt)
    return kept[::-1]


def transcript(history: Sequence[Utterance]) -> str:
    """The visible history as ``seeker: …`` / ``supporter: …`` lines."""
    return "\n".join(_line(u) for u in visible_history(history)) or "(the conversation starts)"


def chat_history(history: Sequence[Utterance]) -> list[ChatMessage]:
    """The visible history as chat messages (seeker = user, supporter = assistant), ending on a user
    message: a separator stands before a supporter turn that follows another and after a final one."""
    messages: list[ChatMessage] = []
    for utt in visible_history(history):
        if utt.speaker == "supporter" and (not messages or messages[-1]["role"] == "assistant"):
            messages.append({"role": "user", "content": SUPPORTER_CONTINUATION})
        messages.append({"role": "user" if utt.speaker == "seeker" else "assistant", "content": utt.text})
    if messages and messages[-1]["role"] == "assistant":
        messages.append({"role": "user", "content": SUPPORTER_CONTINUATION})
    return messages


# --- The appraisal as text ---------------------------------------------------------------------


def appraisal_line(appraisal: Mapping[str, Any] | None) -> str | None:
    """How every role reads an appraisal (``esc_graph.state.Appraisal``): one line of its most probable
    labels, e.g. ``seeker appraisal: emotion sadness, intensity 4/5, problem job crisis``; None without
    an appraisal."""
    if not appraisal:
        return None
    return (
        f"seeker appraisal: emotion {appraisal['emotion']}, intensity {appraisal['intensity']}/5, "
        f"problem {appraisal['problem']}"
    )


# --- Strategy planner -------------------------------------------------------------------------

PLANNER_SYSTEM = (
    "You plan the next turn of an emotional-support conversation. "
    "Choose the supporter's strategy, one of: " + "; ".join(STRATEGY_NAMES) + ". "
    "Answer with the strategy name only."
)


def planner_messages(
    history: Sequence[Utterance], appraisal: Mapping[str, Any] | None = None
) -> list[ChatMessage]:
    """``appraisal``: the appraiser's reading of the conversation, one line before the question."""
    lines = [transcript(history), appraisal_line(appraisal), "next strategy:"]
    user = "\n".join(line for line in lines if line)
    return [{"role": "system", "content": PLANNER_SYSTEM}, {"role": "user", "content": user}]


# --- Response generator -----------------------------------------------------------------------

GENERATOR_SYSTEM = (
    "You are a warm, careful emotional-support companion (an AI, not a human and not a therapist). "
    "Reply to the seeker in one or two short sentences using this strategy: {strategy}: {definition}"
)


def generator_messages(
    history: Sequence[Utterance],
    strategy: str,
    memory: str | None = None,
    appraisal: Mapping[str, Any] | None = None,
) -> list[ChatMessage]:
    """``memory``: an optional note from earlier sessions (serving only; training passes None);
    ``appraisal``: the appraiser's reading of the conversation, one line of the system prompt."""
    system = GENERATOR_SYSTEM.format(strategy=strategy, definition=DEFINITIONS[strategy])
    if line := appraisal_line(appraisal):
        system = f"{system}\n{line}"
    if memory:
        system = f"{system}\n{memory}"
    return [{"role": "system", "content": system}, *chat_history(history)]


# --- Joint ("vanilla") baseline ---------------------------------------------------------------

JOINT_SYSTEM = (
    "You are a warm, careful emotional-support companion (an AI, not a human and not a therapist). "
    "Start your reply with one strategy in brackets, one of: "
    + "; ".join(STRATEGY_NAMES)
    + ", then reply in one or two short sentences."
)


def joint_messages(
    history: Sequence[Utterance], appraisal: Mapping[str, Any] | None = None
) -> list[ChatMessage]:
    """``appraisal`` as for the generator, so the joint model sees what the planner and generator see."""
    system = JOINT_SYSTEM
    if line := appraisal_line(appraisal):
        system = f"{system}\n{line}"
    return [{"role": "system", "content": system}, *chat_history(history)]


def joint_tag(strategy: str) -> str:
    return f"[{strategy}]"


def joint_target(strategy: str, reply: str) -> str:
    return f"{joint_tag(strategy)} {reply}"


def parse_joint(text: str) -> tuple[str | None, str]:
    """Split ``[Strategy] reply``; the strategy is None when missing or not one of the 8."""
    text = text.strip()
    if text.startswith("[") and "]" in text:
        label, _, rest = text[1:].partition("]")
        label = label.strip()
        return (label if label in STRATEGY_NAMES else None), rest.strip()
    return None, text


# --- Appraisal --------------------------------------------------------------------------------

APPRAISAL_LABELS: dict[str, tuple[str, ...]] = {
    "emotion": EMOTIONS,
    "intensity": INTENSITIES,
    "problem": PROBLEMS,
}
APPRAISAL_QUESTIONS = {
    "emotion": "Which emotion is the seeker feeling most? One of: {labels}.",
    "intensity": "How intense is the seeker's emotion, from 1 (mild) to 5 (overwhelming)?",
    "problem": "What problem is the seeker facing? One of: {labels}.",
}


def appraisal_messages(history: Sequence[Utterance], field: str) -> list[ChatMessage]:
    labels = APPRAISAL_LABELS[field]
    question = APPRAISAL_QUESTIONS[field].format(labels="; ".join(labels))
    system = f"You read emotional-support conversations. {question} Answer with the label only."
    return [
        {"role": "system", "content": system},
        {"role": "user", "content": f"{transcript(history)}\n{field}:"},
    ]
