"""Validation of seeker text wherever it enters the component.

``clean_seeker_text`` is the strict check for entry points that can answer with an error (the CLI):
it raises ``InvalidMessage`` with a one-line reason. Inside the graph nothing raises: ``input_issue``
names what is wrong and the graph answers gracefully instead (see ``ISSUE_REPLIES``).
"""

from __future__ import annotations

import re
import unicodedata

MAX_MESSAGE_CHARS = 4000

# Chat-template control tokens a seeker could paste to fake a system or assistant turn.
_TEMPLATE_TOKENS = re.compile(
    r"<\|[a-z_]{2,20}\|>|</?s>|\[/?INST\]|<<SYS>>|<</SYS>>|<\|?(?:im_start|im_end|endoftext|eot_id)\|?>",
    re.IGNORECASE,
)
_INJECTION = re.compile(
    r"\b(?:ignore|disregard|forget|override|bypass)\b(?:\W+\w+){0,3}?\W+(?:previous|prior|above|earlier|your|"
    r"system)\W+(?:\w+\W+){0,2}?(?:instructions?|prompts?|rules|guidelines|directives|programming)\b"
    r"|\b(?:system prompt|developer mode|jailbreak|DAN mode|do anything now)\b"
    r"|\byou are (?:now|no longer) (?:an? )?(?:unrestricted|unfiltered|evil|free|different|not an? ai|human|"
    r"jailbroken|dan)\b"
    r"|\b(?:reveal|print|show|repeat|output) (?:me )?(?:your|the) (?:system |hidden |initial )?(?:prompt|"
    r"instructions)\b"
    r"|\bpretend (?:that )?(?:you are|you're|to be) (?:an? )?(?:human|real person|therapist|doctor|"
    r"unrestricted)\b"
    r"|^\s*(?:system|assistant)\s*:",
    re.IGNORECASE | re.MULTILINE,
)

ISSUE_REPLIES = {
    "invalid": "I'm sorry, I couldn't read that message. Could you type it again?",
    "empty": "I'm sorry, I didn't catch that. Could you tell me a little more about how you're feeling?",
    "too_long": (
        "That's a lot to take in at once, and I want to understand it properly. Could you tell me, in a few "
        "sentences, the part that matters most to you right now?"
    ),
    "injection": (
        "I'm an AI here to offer emotional support, and I can't change how I work. If something is "
        "weighing on you, I'd really like to hear about it."
    ),
}


class InvalidMessage(ValueError):
    """A seeker message that cannot be used; the text says why in one line."""


def _has_surrogates(text: str) -> bool:
    return any("\ud800" <= ch <= "\udfff" for ch in text)


def strip_controls(text: str) -> str:
    """Control and format characters (NUL, escapes, bidi overrides) become spaces; tabs/newlines stay."""
    return "".join(ch if ch in "\n\t" or unicodedata.category(ch)[0] != "C" else " " for ch in text)


def neutralise(text: str) -> str:
    """The message as the models should see it: controls and chat-template tokens removed."""
    return _TEMPLATE_TOKENS.sub(" ", strip_controls(text)).strip()


def looks_like_injection(text: str) -> bool:
    """An attempt to re-instruct the model rather than talk to it."""
    return bool(_TEMPLATE_TOKENS.search(text) or _INJECTION.search(text))


def input_issue(text: object) -> str | None:
    """Why the graph should not plan on a message ("invalid", "empty", "too_long", "injection"), or None."""
    if not isinstance(text, str) or _has_surrogates(text):
        return "invalid"
    cleaned = neutralise(text)
    if not cleaned:
        return "empty"
    if len(cleaned) > MAX_MESSAGE_CHARS:
        return "too_long"
    if looks_like_injection(text):
        return "injection"
    return None


def clean_seeker_text(text: object) -> str:
    """Return the message with control characters removed, or raise InvalidMessage."""
    if not isinstance(text, str):
        raise InvalidMessage(f"message must be text, got {type(text).__name__}")
    if _has_surrogates(text):
        raise InvalidMessage("message is not valid UTF-8 text")
    cleaned = strip_controls(text).strip()
    if not cleaned:
        raise InvalidMessage("message is empty")
    if len(cleaned) > MAX_MESSAGE_CHARS:
        raise InvalidMessage(f"message is too long ({len(cleaned)} characters; at most {MAX_MESSAGE_CHARS})")
    return cleaned


def decode_seeker_bytes(data: bytes) -> str:
    """Strict UTF-8 decoding of raw input; InvalidMessage (with the byte offset) when it is not UTF-8."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidMessage(f"message is not valid UTF-8 (bad byte at offset {exc.start})") from None
