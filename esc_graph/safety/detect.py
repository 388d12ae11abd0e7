"""Crisis detection on one seeker message, in layers: normalise → phrase lexicon → concept combinations
→ optional model check.

``assess_message`` never logs or returns the message text: only the category and the id of the rule
that fired, which is enough for a host app's audit trail.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from esc_graph.safety.concepts import concept_check
from esc_graph.safety.lexicon import DISTRESS, MASKS, MEANS_RULES, RULES
from esc_graph.safety.normalise import normalise

log = logging.getLogger(__name__)

CATEGORIES = ("suicide", "self_harm", "harm_from_others", "harm_to_others", "method_seeking")


@dataclass(frozen=True)
class RiskAssessment:
    """Whether a message needs the crisis reply, why (category), and which layer and rule said so."""

    risk: bool
    category: str | None = None
    rule: str | None = None
    source: str | None = None  # "lexicon", "distress+means", "concepts" or "model"


NO_RISK = RiskAssessment(False)

# A model-based check: gets the message text, returns a RiskAssessment, a bool, or a probability.
RiskClassifier = Callable[[str], "RiskAssessment | bool | float"]


def _masked(norm: str) -> str:
    return MASKS.sub(" ", norm)


def lexicon_check(text: str, context: Sequence[str] = ()) -> RiskAssessment:
    """The phrase lexicon over the normalised message; ``context`` holds the seeker's recent earlier
    messages, whose distress cues count for method-seeking questions asked a turn later."""
    norm = _masked(normalise(text))
    for rule in RULES:
        if rule.pattern.search(norm):
            return RiskAssessment(True, rule.category, rule.id, "lexicon")
    recent = [_masked(normalise(t)) for t in context]
    means = next((r for r in MEANS_RULES if r.pattern.search(norm)), None)
    if means is not None and any(DISTRESS.search(t) for t in (norm, *recent)):
        return RiskAssessment(True, "method_seeking", means.id, "distress+means")
    combination = concept_check(norm, text, recent)
    if combination is not None:
        category = "method_seeking" if combination.startswith("means") else "suicide"
        return RiskAssessment(True, category, combination, "concepts")
    return NO_RISK


def _from_model(result: RiskAssessment | bool | float, threshold: float) -> RiskAssessment:
    if isinstance(result, RiskAssessment):
        return result if result.risk else NO_RISK
    flagged = result >= threshold if isinstance(result, float) else bool(result)
    return RiskAssessment(True, "suicide", "model", "model") if flagged else NO_RISK


def assess_message(
    text: str,
    *,
    context: Sequence[str] = (),
    classifier: RiskClassifier | None = None,
    threshold: float = 0.5,
) -> RiskAssessment:
    """Layered crisis check of one seeker message. The lexicon decides first; a classifier, when
    given, can only add risk (a failing classifier is logged, by rule, and ignored)."""
    found = lexicon_check(text, context)
    if found.risk or classifier is None:
        if found.risk:
            log.info("crisis signal: category=%s rule=%s", found.category, found.rule)
        return found
    try:
        modelled = _from_model(classifier(text), threshold)
    except Exception as exc:  # a broken guard model must not break the conversation
        log.warning("risk classifier failed (%s); lexicon result kept", type(exc).__name__)
        return found
    if modelled.risk:
        log.info("crisis signal: category=%s source=model", modelled.category)
    return modelled
