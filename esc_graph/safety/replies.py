# ruff: noqa: E501  (regular-expression tables read better unwrapped by a few characters)
"""Checks on generated supporter replies, and the Self-disclosure rewrite.

A reply fails when it carries self-harm method content or encouragement, claims to be human (or a
therapist), diagnoses, promises permanence ("I'll always be here"), or repeats the instructions the
model was given: the system prompts, the strategy definitions or the memory note's frame. The respond node regenerates a
failing reply once and then falls back to ``SAFE_FALLBACK``.

ESConv's "Self-disclosure" strategy teaches a model to invent personal experiences ("when I lost my
job…"). ``rewrite_personal_experience`` removes such sentences and puts a relatable line that claims
no life in their place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from esc_graph.safety.methods import MEANS, METHOD_STRONG
from esc_graph.safety.normalise import normalise, squeeze_pattern
from esc_graph.safety.vocab import PILLS

SAFE_FALLBACK = (
    "That sounds really hard, and I'm glad you're telling me about it. What feels heaviest for you right now?"
)
RELATABLE_LINE = "Many people in a situation like yours have felt something similar."
SELF_DISCLOSURE_MODES = ("allow", "rewrite", "replan")


def _compile(patterns: dict[str, str]) -> dict[str, re.Pattern[str]]:
    return {name: re.compile(squeeze_pattern(p)) for name, p in patterns.items()}


_METHOD = _compile(
    {
        **METHOD_STRONG,
        **{k: v for k, v in MEANS.items() if k in ("pills-question", "weapon-access")},
        "dose-number": rf"\b\d+ ?(?:mg|milligrams|grams|g|pills|tablets|capsules)\b|\b{PILLS} (?:of|at) \d+\b",
        "encourage": r"\b(?:you should|you could|why not|go ahead and|it is ok to|it is okay to|you might as "
        r"well|just) (?:kil yourself|kill yourself|end (?:it all|your life)|hurt yourself|cut yourself|die|jump off|"
        r"overdose)\b|\bkil yourself\b|\bkill yourself\b",
        "instruction": r"\b(?:one way|a way|the easiest way|the best way|you can|you could|try to) (?:is to )?"
        r"(?:cut (?:your|my) (?:wrists?|arms?|skin|veins)|slit|hang yourself|jump off (?:a|the)|overdose|take all "
        r"(?:your|the|of your) (?:pills|tablets|meds)|swallow (?:all|the) (?:pills|tablets)|tie a noose)\b",
    }
)
_HUMAN = _compile(
    {
        "claims-human": r"\bi am (?:a |an )?(?:real )?(?:human|person|human being|living person|person too|"
        r"flesh and blood)\b|\bi am not (?:a |an )?(?:ai|bot|robot|machine|computer|program|chatbot|language "
        r"model|artificial)\b|\b(?:speaking )?as (?:a|another|a fellow) (?:human|person|human being)(?: to)?(?: myself| "
        r"like you| i)\b|\b(?:we|us) humans\b|\bi(?: too)? am (?:a )?fellow human\b",
        "claims-profession": r"\b(?:i am|as) (?:a |an |your )?(?:licensed |trained |qualified )?(?:therapist|"
        r"counselor|counsellor|psychologist|psychiatrist|doctor|nurse|social worker)\b",
        "claims-life": r"\bmy (?:wife|husband|kids|children|son|daughter|mom|mum|mother|dad|father|parents|"
        r"brother|sister|boyfriend|girlfriend|partner|grandma|grandmother|grandpa|grandfather|dog|cat|boss|"
        r"ex|body|childhood|family)\b|\bwhen i was (?:a kid|a child|young|younger|little|in (?:school|"
        r"college|high school|university)|your age|growing up|a teenager)\b|\bas a (?:mother|father|mom|"
        r"mum|dad|parent|woman|man|student|teenager|survivor)(?: to)?(?: myself| i| we| of)\b",
        "diagnosis": r"\byou (?:have|are suffering from|might have|probably have|clearly have|must have) "
        r"(?:clinical |severe |major )?(?:depression|bipolar|ptsd|an? (?:anxiety|personality|eating|mental) "
        r"disorder|borderline|adhd|ocd|schizophrenia)\b|\b(?:i|let me) diagnose\b",
    }
)
_PERMANENCE = _compile(
    {
        "always-here": r"\bi (?:will|am going to|promise to|promise i will|can) (?:always|forever) "
        r"(?:be )?(?:here|there|with you|around|remember|listen)\b|\bi will (?:be (?:here|there|with you) "
        r"(?:forever|always|no matter what)|never (?:leave|abandon|forget) you|remember (?:this|you|"
        r"everything) forever)\b|\balways be here for you\b|\bi will never leave\b",
        "false-promise": r"\bi promise (?:you )?(?:everything|it|things|you) (?:will|is going to) (?:be|turn "
        r"out) (?:ok|okay|fine|alright|all right|better)\b|\bi (?:will|can) (?:fix|solve) (?:this|it|"
        r"everything) for you\b",
    }
)
_PERSONAL = _compile(
    {
        "lived-experience": r"\bi (?:have|had) (?:been through|gone through|felt (?:the same|that|like that|"
        r"this way)|lost (?:my|a|someone)|experienced (?:this|that|something|the same)|had (?:a similar|the "
        r"same)|struggled|dealt with|faced (?:the same|something)|suffered)\b|\bi (?:went through|lost my|felt "
        r"(?:the same|that way|like that|exactly)|struggled with|remember (?:when|feeling|how i)|used to feel|"
        r"also (?:lost|went|felt|struggled|had)|cried|got (?:fired|divorced|dumped|laid off)|broke up|failed "
        r"(?:my|an|a)|moved away)\b|\b(?:me too|same here|been there)\b|\bhappened to me\b|\bi know "
        r"(?:exactly )?(?:how|what) (?:you feel|that feels|it feels|it is like|you are going through)\b|\bin "
        r"my (?:own )?(?:life|experience|case)\b",
    }
)


# Five consecutive words shared with an instruction: none of ESConv's 18,376 supporter turns does that.
LEAK_WORDS = 5
# The note's summary, matched on plain lower-case words (``normalise`` squeezes "sessions" to "sesions").
_NOTE_SUMMARY = re.compile(
    r"\bthis seeker\b|\b\d+ sessions? \d+ turns?\b|\bcrisis replies given\b|\bwhat seemed to help\b"
    r"|\bseeker appraisal\b|\bintensity [1-5] 5 problem\b"  # the appraisal line (prompts.appraisal_line)
)


def _instruction_ngrams() -> frozenset[tuple[str, ...]]:
    from esc_graph import memory, prompts
    from esc_graph.strategies import DEFINITIONS

    texts = [
        prompts.PLANNER_SYSTEM,
        prompts.GENERATOR_SYSTEM.replace("{strategy}: {definition}", ""),
        prompts.JOINT_SYSTEM,
        *DEFINITIONS.values(),
        memory.NOTE_OPENING,
        memory.NOTE_CLOSING,
    ]
    grams: set[tuple[str, ...]] = set()
    for text in texts:
        # Saying it is an AI and not a therapist repeats the prompt's parenthesis but leaks nothing.
        words = normalise(re.sub(r"\([^)]*\)", " ", text)).split()
        grams |= {tuple(words[i : i + LEAK_WORDS]) for i in range(len(words) - LEAK_WORDS + 1)}
    return frozenset(grams)


_INSTRUCTIONS = _instruction_ngrams()


def repeats_instructions(text: str) -> bool:
    """Whether a reply repeats the system prompt, a strategy definition or the memory note."""
    words = normalise(text).split()
    if any(tuple(words[i : i + LEAK_WORDS]) in _INSTRUCTIONS for i in range(len(words) - LEAK_WORDS + 1)):
        return True
    return bool(_NOTE_SUMMARY.search(" ".join(re.findall(r"[a-z0-9]+", text.casefold()))))


@dataclass(frozen=True)
class ReplyCheck:
    ok: bool
    problems: tuple[str, ...] = ()


def _hits(patterns: dict[str, re.Pattern[str]], norm: str, label: str) -> list[str]:
    return [f"{label}:{name}" for name, pat in patterns.items() if pat.search(norm)]


def check_reply(text: str) -> ReplyCheck:
    """The output check every generated reply passes before a seeker sees it."""
    norm = normalise(text)
    problems = [
        *_hits(_METHOD, norm, "method"),
        *_hits(_HUMAN, norm, "human"),
        *_hits(_PERMANENCE, norm, "permanence"),
        *(["leak:instructions"] if repeats_instructions(text) else []),
    ]
    return ReplyCheck(not problems, tuple(problems))


def claims_personal_experience(text: str) -> bool:
    norm = normalise(text)
    return any(p.search(norm) for p in (*_PERSONAL.values(), *_HUMAN.values()))


_SENTENCE = re.compile(r"(?<=[.!?…])\s+")


def rewrite_personal_experience(text: str) -> tuple[str, bool]:
    """Drop sentences that invent a life for the supporter; returns (reply, whether it changed)."""
    sentences = [s for s in _SENTENCE.split(text.strip()) if s]
    kept = [s for s in sentences if not claims_personal_experience(s)]
    if len(kept) == len(sentences):
        return text, False
    return " ".join([RELATABLE_LINE, *kept]), True
