"""Validation of seeker text wherever it enters the component."""

from __future__ import annotations

import unicodedata

MAX_MESSAGE_CHARS = 4000


class InvalidMessage(ValueError):
    """A seeker message that cannot be used; the text says why in one line."""


def clean_seeker_text(text: object) -> str:
    """Return the message with control characters removed, or raise InvalidMessage."""
    if not isinstance(text, str):
        raise InvalidMessage(f"message must be text, got {type(text).__name__}")
    cleaned = "".join(
        ch if ch in "\n\t" or unicodedata.category(ch)[0] != "C" else " " for ch in text
    ).strip()
    if not cleaned:
        raise InvalidMessage("message is empty")
    if len(cleaned) > MAX_MESSAGE_CHARS:
        raise InvalidMessage(f"message is too long ({len(cleaned)} characters; at most {MAX_MESSAGE_CHARS})")
    return cleaned
