"""Crisis detection on seeker messages and the fixed crisis reply."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

CRISIS_PHRASES: dict[str, tuple[str, ...]] = {
    "suicide": ("kill myself", "end my life", "suicide", "want to die", "better off dead"),
    "self_harm": ("hurt myself", "cut myself", "self harm", "self-harm"),
}

CRISIS_REPLIES: dict[str, str] = {
    "intl": (
        "I'm really glad you told me, and I'm worried about your safety. I'm an AI and can't help in an "
        "emergency. Please contact your local emergency number now, or find a free, confidential "
        "helpline in your country at https://findahelpline.com. If you can, reach out to someone you "
        "trust and stay with them."
    ),
}


@dataclass(frozen=True)
class RiskAssessment:
    risk: bool
    category: str | None = None


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", " ", text)


def assess_message(text: str) -> RiskAssessment:
    norm = normalise(text)
    for category, phrases in CRISIS_PHRASES.items():
        if any(p in norm for p in phrases):
            return RiskAssessment(True, category)
    return RiskAssessment(False)


def crisis_reply(locale: str = "intl") -> str:
    return CRISIS_REPLIES.get(locale, CRISIS_REPLIES["intl"])
