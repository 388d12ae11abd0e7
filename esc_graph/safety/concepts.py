# ruff: noqa: E501  (regular-expression tables read better unwrapped by a few characters)
"""The concept layer: co-occurring ideas rather than fixed phrases, for wording the lexicon has never seen.

Held-out rounds showed the phrase lexicon catching as little as 15-50% of unseen crisis messages, while
almost never escalating benign ones. This layer trades a little of that precision for recall by looking
for combinations that rarely co-occur in benign distress:

- lethal means + (a question about it, or getting/keeping/counting it) + (distress, or finality, or a
  large quantity): "I bought a lot of paracetamol today. Just so I have it.";
- the seeker's own death or absence + finality: "I can't see myself alive by the end of the year";
- feeling a burden + an ending: "tired of being a burden, it'll be over soon".

Each concept is a small regex over the normalised, masked text.
"""

from __future__ import annotations

import re

from esc_graph.safety.lexicon import DISTRESS
from esc_graph.safety.normalise import squeeze_pattern
from esc_graph.safety.vocab import PILLS


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(squeeze_pattern(pattern))


MEANS = _re(
    rf"\b(?:{PILLS}|poison|poisons|cyanide|bleach|antifreeze|rope|knife|knives|blade|blades|razor|razors|"
    r"gun|guns|firearm|pistol|rifle|bullet|bullets|bridge|cliff|cliffs|rooftop|ledge|storey|storeys|stories|"
    r"floors|dam|train tracks|tracks|wrist|wrists|veins|overdose|overdosing|drown|drowning|jump|jumping|"
    r"liver fails|liver failure|lethal|fatal|painless|(?:painless|easy|easiest|quick|quickest|only) way out|exhaust "
    r"fumes|carbon monoxide)\b"
)
ASKING = re.compile(
    r"\?|(?:^|[.!;\n]\s*)(?:how|what|what's|whats|which|where|does|do|is|are|would|will|can|could|should|if "
    r"someone|if i|if you)\b",
    re.IGNORECASE,
)
HAVING = _re(
    r"\bi (?:\w+ ){0,2}(?:bought|buying|hid|hide|hidden|hiding|counting|counted|saved|saving|stockpiled|stockpiling|"
    r"collected|collecting|ordered|stashed|lined up|got hold of)\b"
)
FINALITY = _re(
    r"\b(?:tonight|tomorrow|soon|for good|forever|permanently|last|final|goodbye|goodbyes|decided|decision|"
    r"ready|plan|planned|already know|just in case|in case i need|just so i have|after i am gone|when i am not "
    r"around|when i am gone|not around anymore|no longer|never again|be over|over soon|worth something|"
    r"insurance|access everything|after everything|by the end of|anywhere really|not be here|look after \w+ for me|"
    r"take care of \w+ for me)\b"
)
QUANTITY = _re(
    r"\b(?:a lot of|lots of|all (?:of )?(?:my|the)|whole|every|enough|entire|bottles?|boxes|packs|handful|"
    r"\d{2,}|twenty|thirty|fifty|hundred)\b"
)
SELF_DEATH = _re(
    r"\b(?:i|me|myself)\b(?: \w+){0,5} (?:die|dying|dead|death|to end(?!(?: \w+){0,2} with\b)(?! (?:the|our|this|"
    r"my|his|her|up) )(?! up\b)|end things(?! with)|not be (?:here|alive|around|anywhere)|not be$|not exist|never "
    r"wake|not wake up|alive by|stop existing|be gone|see myself alive|disappear)\b"
    r"|\bmy life to (?:finish|end|stop|be over)\b"
    r"|\b(?:how )?peaceful it (?:would|will) be to (?:just )?(?:not be|die|be gone|sleep forever|not exist|not wake)\b"
    r"|\bto (?:just )?not be\b"
)
MEDS = _re(PILLS)
LETHALITY = _re(
    r"\b(?:lethal|fatal|deadly|liver fails|liver failure|organ failure|overdose|kil you|kill you|die from|feel "
    r"anything|painful|survive|dangerous|toxic|too much|too many|at once|all at once|kil|kill|death|die|dying|"
    r"peaceful|not wake up|never wake up)\b"
)
WANT_OUT = _re(
    r"\bi (?:just )?want (?:out|it to stop|it all to stop)\b(?! of (?:this|my|the|that) (?:job|relationship|marriage|"
    r"class|course|contract|house|city|group|team|friendship))"
)
ARRANGEMENTS = _re(
    r"\b(?:my will is (?:done|written|sorted|ready|signed)|wrote (?:my|a) will|affairs in order|passwords|"
    r"(?:cat|dog|pets?) is (?:with|staying with) (?:my )?\w+ now|gave (?:away )?my (?:cat|dog|pets?)|paid off (?:my "
    r"|all my )?debts|cancelled my (?:subscriptions|phone|lease)|written everything down|cancelled everything|"
    r"cancelled all my (?:plans|appointments)|will not need (?:it|them|any of it|any of this)(?: anymore| again|"
    r" where i am going)?)\b"
)
BURDEN = _re(r"\b(?:a burden|burden to|being a burden|a problem to|dead weight|in everyones way)\b")


def concept_check(norm: str, raw: str, earlier: list[str]) -> str | None:
    """The id of the combination found in ``norm`` (normalised, masked text), or None.

    ``raw`` is the original message (for its question marks); ``earlier`` are recent normalised messages
    whose distress also counts."""
    distress = bool(DISTRESS.search(norm)) or any(DISTRESS.search(t) for t in earlier)
    asking = bool(ASKING.search(raw))
    means = MEANS.search(norm)
    if means:
        # Medicines are everyday talk in support conversations: only their lethality or quantity counts.
        meds = bool(MEDS.fullmatch(means.group()))
        lethal = bool(LETHALITY.search(norm) or QUANTITY.search(norm))
        if asking and (lethal if meds else (distress or lethal or FINALITY.search(norm))):
            return "means-question"
        if HAVING.search(norm) and (FINALITY.search(norm) or QUANTITY.search(norm)):
            return "means-at-hand"
    if SELF_DEATH.search(norm) and (FINALITY.search(norm) or distress):
        return "own-death"
    if BURDEN.search(norm) and FINALITY.search(norm):
        return "burden-ending"
    if WANT_OUT.search(norm) and distress:
        return "want-out"
    if len({m.group() for m in ARRANGEMENTS.finditer(norm)}) >= 2:
        return "final-arrangements"
    return None
