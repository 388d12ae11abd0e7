"""Safety for people in distress: crisis detection, crisis resources, reply checks, disclosure.

- ``assess_message(text)`` → ``RiskAssessment(risk, category, rule, source)``: normalisation, a curated
  phrase lexicon (direct and oblique ideation, self-harm, harm from or to others, method-seeking in
  distress), concept combinations for unseen wording, and an optional model-based check.
- ``crisis_reply(locale)``: the fixed crisis reply with the locale's resources (international fallback).
- ``check_reply(text)``: the output check on generated replies; ``rewrite_personal_experience`` for the
  Self-disclosure setting.
- ``safety.gate``: the gate, crisis (hand-off) and output-check parts of the graph's nodes;
  ``safety.disclosure.disclose``: the graph node that gives the not-human disclosure.
"""

from esc_graph.safety.detect import CATEGORIES, RiskAssessment, RiskClassifier, assess_message, lexicon_check
from esc_graph.safety.guard import chat_model_classifier, scorer_classifier
from esc_graph.safety.normalise import normalise
from esc_graph.safety.replies import (
    SAFE_FALLBACK,
    SELF_DISCLOSURE_MODES,
    ReplyCheck,
    check_reply,
    rewrite_personal_experience,
)
from esc_graph.safety.resources import (
    RESOURCES,
    CrisisResources,
    crisis_reply,
    region_of,
    register_resources,
    resources_for,
)

__all__ = [
    "CATEGORIES",
    "RESOURCES",
    "SAFE_FALLBACK",
    "SELF_DISCLOSURE_MODES",
    "CrisisResources",
    "ReplyCheck",
    "RiskAssessment",
    "RiskClassifier",
    "assess_message",
    "chat_model_classifier",
    "check_reply",
    "crisis_reply",
    "lexicon_check",
    "normalise",
    "region_of",
    "register_resources",
    "resources_for",
    "rewrite_personal_experience",
    "scorer_classifier",
]
