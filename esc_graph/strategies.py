"""The 8 ESConv support strategies and the ESConv label sets used for appraisal."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Strategy:
    name: str
    definition: str


STRATEGIES: tuple[Strategy, ...] = (
    Strategy("Question", "Ask about the seeker's situation or feelings to understand them better."),
    Strategy(
        "Restatement or Paraphrasing",
        "Restate what the seeker said, more concisely, so they can see their situation clearly.",
    ),
    Strategy(
        "Reflection of feelings",
        "Name and reflect the feelings the seeker is expressing.",
    ),
    Strategy(
        "Self-disclosure",
        "Share a relatable perspective to show understanding and empathy.",
    ),
    Strategy(
        "Affirmation and Reassurance",
        "Affirm the seeker's strengths, motivation and capabilities, and offer reassurance.",
    ),
    Strategy(
        "Providing Suggestions",
        "Suggest ways forward, carefully, without telling the seeker what to do.",
    ),
    Strategy(
        "Information",
        "Give useful information: facts, data, opinions, resources, or answers to questions.",
    ),
    Strategy("Others", "Greetings, thanks and other exchanges that fit no other strategy."),
)

STRATEGY_NAMES: tuple[str, ...] = tuple(s.name for s in STRATEGIES)
DEFINITIONS: dict[str, str] = {s.name: s.definition for s in STRATEGIES}

# ESConv's own label sets (emotion_type and problem_type as they occur in the data, normalised).
EMOTIONS: tuple[str, ...] = (
    "anxiety",
    "depression",
    "sadness",
    "anger",
    "fear",
    "shame",
    "disgust",
    "nervousness",
    "guilt",
    "jealousy",
    "pain",
)
PROBLEMS: tuple[str, ...] = (
    "ongoing depression",
    "job crisis",
    "breakup with partner",
    "problems with friends",
    "academic pressure",
    "sleep problems",
    "procrastination",
    "appearance anxiety",
    "alcohol abuse",
    "issues with parents",
    "issues with children",
    "school bullying",
)
INTENSITIES: tuple[str, ...] = ("1", "2", "3", "4", "5")
