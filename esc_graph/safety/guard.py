"""The optional model-based layer: any LangChain chat model (a guard model, or a general model with
a classification prompt) as a ``RiskClassifier`` for ``assess_message`` / ``Context.risk_classifier``.

Field reports show guard models alone miss oblique statements, so the lexicon always runs first and
the model can only add risk, never remove it.
"""

from __future__ import annotations

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage, SystemMessage

GUARD_PROMPT = (
    "You screen messages sent to an emotional-support chat. Answer 'yes' if the message suggests a risk "
    "of suicide or self-harm (including oblique hints, goodbyes, or asking about means or lethality), "
    "that the writer is being harmed or threatened by someone, or that they intend to seriously harm "
    "someone. Otherwise answer 'no'. Answer with one word."
)


def chat_model_classifier(model: BaseChatModel, prompt: str = GUARD_PROMPT):
    """A classifier that asks ``model`` and reads a leading yes/no (also "unsafe"/"safe")."""

    def classify(text: str) -> bool:
        answer = model.invoke([SystemMessage(prompt), HumanMessage(text)])
        word = str(answer.content).strip().lower()
        return word.startswith(("yes", "unsafe"))

    return classify


def scorer_classifier(scorer: object, role: str = "guard", prompt: str = GUARD_PROMPT):
    """A classifier over the project's own ``LabelScorer`` (local ``RoleModels`` or a remote scorer): the
    probability that ``role`` answers "yes". A role without an adapter runs on the plain base model."""

    def classify(text: str) -> float:
        messages = [{"role": "system", "content": prompt}, {"role": "user", "content": text[:2000]}]
        return float(scorer.score(role, messages, ("yes", "no")).get("yes", 0.0))  # type: ignore[attr-defined]

    return classify
