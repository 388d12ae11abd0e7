"""Crisis detection on one seeker message, in layers: normalise → phrase lexicon → concept combinations
→ the learned risk model (``safety.risk_model``, on by default) → an optional host classifier.

``assess_message`` never logs or returns the message text: only the category and the id of the rule
that fired, which is enough for a host app's audit trail.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from esc_graph.safety.concepts import concept_check
from esc_graph.safety.lexicon import DISTRESS, MASKS, MEANS_RULES, RULES
from esc_graph.safety.normalise import normalise
from esc_graph.safety.risk_model import RiskModel, packaged_risk_model

log = logging.getLogger(__name__)

CATEGORIES = ("suicide", "self_harm", "harm_from_others", "harm_to_others", "method_seeking")


@dataclass(frozen=True)
class RiskAssessment:
    """Whether a message needs the crisis reply, why (category), and which layer and rule said so."""

    risk: bool
    category: str | None = None
    rule: str | None = None
    source: str | None = None  # "lexicon", "distress+means", "concepts", "risk_model" or "classifier"
    score: float | None = None  # the learned model's risk probability, when it ran


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


def _from_classifier(result: RiskAssessment | bool | float, threshold: float) -> RiskAssessment:
    if isinstance(result, RiskAssessment):
        return result if result.risk else NO_RISK
    flagged = result >= threshold if isinstance(result, float) else bool(result)
    return RiskAssessment(True, "suicide", "classifier", "classifier") if flagged else NO_RISK


PACKAGED = "packaged"
# The longest message the model may overrule a lexicon hit on: well inside the encoder's 128-token window
# (about 4 characters a token on seeker messages).
VETO_MAX_CHARS = 400


def resolve_risk_model(model: RiskModel | Path | str | None) -> RiskModel | None:
    """``"packaged"`` → the shipped model (validated now, so a damaged file fails at start-up); a path →
    that folder; ``None`` → no learned layer (lexicon only)."""
    if model is None or isinstance(model, RiskModel):
        return model
    return packaged_risk_model() if model == PACKAGED else RiskModel(model)


def model_check(text: str, context: Sequence[str], model: RiskModel) -> RiskAssessment:
    scored = model.score(text, context)
    if not scored.risk:
        return RiskAssessment(False, score=scored.probability)
    rule = f"p={scored.probability:.3f}>={scored.threshold:.3f}"
    return RiskAssessment(True, scored.category, rule, "risk_model", scored.probability)


def _with_model(found: RiskAssessment, text: str, context: Sequence[str], model: RiskModel) -> RiskAssessment:
    """The lexicon's result checked by the learned model: a model hit adds risk; a lexicon hit stands
    unless the model is confident the message is safe (probability below the model's veto, chosen on
    validation messages so that it keeps nearly all true lexicon hits)."""
    modelled = model_check(text, context, model)
    if not found.risk:
        return modelled
    # The encoder reads only a message's last tokens, so it cannot vouch for the rest of a long one.
    readable = len(text) <= VETO_MAX_CHARS
    if readable and modelled.score is not None and modelled.score < model.veto:
        return RiskAssessment(
            False, None, f"{found.rule} overruled: p={modelled.score:.3f}", "risk_model", modelled.score
        )
    return RiskAssessment(True, found.category, found.rule, found.source, modelled.score)


def assess_message(
    text: str,
    *,
    context: Sequence[str] = (),
    model: RiskModel | Path | str | None = PACKAGED,
    classifier: RiskClassifier | None = None,
    threshold: float = 0.5,
) -> RiskAssessment:
    """Layered crisis check of one seeker message; ``context`` holds the seeker's recent earlier messages.
    The lexicon reads explicit phrases and disguised spellings. The learned ``model`` (``"packaged"``, the
    default; a folder; or ``None`` for the lexicon alone) adds what the lexicon misses and overrules a
    lexicon hit only when confident the message is safe. A host
    ``classifier`` can only add risk (a failing one is logged, by rule, and ignored). Errors of a
    learned model surface: it is part of the gate."""
    found = lexicon_check(text, context)
    learned = resolve_risk_model(model)
    if learned is not None:
        found = _with_model(found, text, context, learned)
    if found.risk or classifier is None:
        if found.risk:
            log.info("crisis signal: category=%s source=%s rule=%s", found.category, found.source, found.rule)
        return found
    try:
        modelled = _from_classifier(classifier(text), threshold)
    except Exception as exc:  # a broken host classifier must not break the conversation
        log.warning("risk classifier failed (%s); earlier layers' result kept", type(exc).__name__)
        return found
    if modelled.risk:
        log.info("crisis signal: category=%s source=classifier", modelled.category)
        return modelled
    return found
