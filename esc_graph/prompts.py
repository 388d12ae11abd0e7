"""Every prompt and message-formatting rule, shared by training and serving.

Adapters record ``PROMPT_VERSION``; the model layer refuses an adapter trained on another version,
because a prompt that differs between training and serving silently ruins it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from esc_graph.strategies import DEFINITIONS, EMOTIONS, INTENSITIES, PROBLEMS, STRATEGY_NAMES

PROMPT_VERSION = "esc-prompts/1"

Speaker = Literal["seeker", "supporter"]
ChatMessage = dict[str, str]

# How much of the conversation each role sees. The planner and appraiser only need the recent
# exchange; the generator needs a little more to stay coherent. Short windows keep training fast.
PLANNER_WINDOW = 6
GENERATOR_WINDOW = 8
APPRAISAL_WINDOW = 6
MAX_UTTERANCE_CHARS = 400
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


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_UTTERANCE_CHARS else text[: MAX_UTTERANCE_CHARS - 1] + "…"


def transcript(history: Sequence[Utterance], window: int) -> str:
    """``seeker: …`` / ``supporter: …`` lines for the last ``window`` merged utterances."""
    recent = merge_seeker_runs(history)[-window:]
    return "\n".join(f"{u.speaker}: {_clip(u.text)}" for u in recent)


def previous_strategy(history: Sequence[Utterance]) -> str:
    for utt in reversed(history):
        if utt.speaker == "supporter" and utt.strategy:
            return utt.strategy
    return "none"


def chat_history(history: Sequence[Utterance], window: int) -> list[ChatMessage]:
    """The conversation as chat messages: seeker = user, supporter = assistant."""
    messages: list[ChatMessage] = []
    for utt in merge_seeker_runs(history)[-window:]:
        role = "user" if utt.speaker == "seeker" else "assistant"
        if role == "assistant" and messages and messages[-1]["role"] == "assistant":
            messages.append({"role": "user", "content": SUPPORTER_CONTINUATION})
        messages.append({"role": role, "content": _clip(utt.text)})
    if messages and messages[0]["role"] == "assistant":
        messages.insert(0, {"role": "user", "content": SUPPORTER_CONTINUATION})
    return messages


# --- Strategy planner -------------------------------------------------------------------------

PLANNER_SYSTEM = (
    "You plan the next turn of an emotional-support conversation. "
    "Choose the supporter's strategy, one of: " + "; ".join(STRATEGY_NAMES) + ". "
    "Answer with the strategy name only."
)


def planner_messages(history: Sequence[Utterance]) -> list[ChatMessage]:
    user = (
        f"{transcript(history, PLANNER_WINDOW)}\n"
        f"previous strategy: {previous_strategy(history)}\n"
        "next strategy:"
    )
    return [{"role": "system", "content": PLANNER_SYSTEM}, {"role": "user", "content": user}]


# --- Response generator -----------------------------------------------------------------------

GENERATOR_SYSTEM = (
    "You are a warm, careful emotional-support companion (an AI, not a human and not a therapist). "
    "Reply to the seeker in one or two short sentences using this strategy: {strategy}: {definition}"
)


def generator_messages(
    history: Sequence[Utterance], strategy: str, memory: str | None = None
) -> list[ChatMessage]:
    """``memory``: an optional note from earlier sessions (serving only; training passes None)."""
    system = GENERATOR_SYSTEM.format(strategy=strategy, definition=DEFINITIONS[strategy])
    if memory:
        system = f"{system}\n{memory}"
    return [{"role": "system", "content": system}, *chat_history(history, GENERATOR_WINDOW)]


# --- Joint ("vanilla") baseline ---------------------------------------------------------------

JOINT_SYSTEM = (
    "You are a warm, careful emotional-support companion (an AI, not a human and not a therapist). "
    "Start your reply with one strategy in brackets, one of: "
    + "; ".join(STRATEGY_NAMES)
    + ", then reply in one or two short sentences."
)


def joint_messages(history: Sequence[Utterance]) -> list[ChatMessage]:
    return [{"role": "system", "content": JOINT_SYSTEM}, *chat_history(history, GENERATOR_WINDOW)]


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
        {"role": "user", "content": f"{transcript(history, APPRAISAL_WINDOW)}\n{field}:"},
    ]
