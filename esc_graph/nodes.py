"""The graph's nodes, after Gross's process model: appraise → safety gate → plan → respond."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from langchain_core.messages import AIMessage, AnyMessage, HumanMessage, convert_to_messages
from langgraph.runtime import Runtime

from esc_graph import prompts
from esc_graph.appraisal import LM_APPRAISAL, Appraiser
from esc_graph.backends import LocalChatModel, SupportModels
from esc_graph.inputs import ISSUE_REPLIES, input_issue
from esc_graph.prompts import Utterance
from esc_graph.safety import gate
from esc_graph.safety.risk_model import RiskModel
from esc_graph.state import Appraisal, Context, EscState, context_of
from esc_graph.strategies import STRATEGY_NAMES

UNCLEAR_REPLY = "I'm sorry, I didn't catch that. Could you tell me a little more about how you're feeling?"
EMPTY_REPLY_FALLBACK = "I'm here with you. Would you like to tell me more about what's on your mind?"


def to_utterances(messages: Sequence[AnyMessage]) -> list[Utterance]:
    """Chat messages as seeker/supporter utterances (system and tool messages are skipped)."""
    history: list[Utterance] = []
    for msg in messages:
        if isinstance(msg, HumanMessage):
            history.append(Utterance("seeker", str(msg.content)))
        elif isinstance(msg, AIMessage):
            history.append(Utterance("supporter", str(msg.content), msg.additional_kwargs.get("strategy")))
    return history


def _last_seeker_text(state: EscState) -> str:
    for msg in reversed(state.get("messages", [])):
        if isinstance(msg, HumanMessage):
            return str(msg.content)
        if isinstance(msg, AIMessage):
            break
    return ""


def _turn(state: EscState) -> int:
    return sum(isinstance(m, HumanMessage) for m in state.get("messages", []))


def _argmax(probs: dict[str, float]) -> str:
    return max(probs, key=probs.__getitem__)


def _supporter_message(
    text: str, strategy: str | None, message_id: str | None = None, **extra: Any
) -> AIMessage:
    return AIMessage(content=text, id=message_id, additional_kwargs={"strategy": strategy, **extra})


class Nodes:
    """Node functions bound to one set of models."""

    def __init__(
        self,
        models: SupportModels,
        risk_model: RiskModel | None = None,
        appraiser: Appraiser | str | None = None,
    ) -> None:
        self.models = models
        self.risk_model = risk_model  # the gate's learned layer; None: lexicon (and host classifier) only
        # The trained appraiser, LM_APPRAISAL (three passes of the "appraiser" role), or None: no appraisal.
        if isinstance(appraiser, str) and appraiser != LM_APPRAISAL:
            raise ValueError(f"appraiser must be an Appraiser, {LM_APPRAISAL!r} or None, not {appraiser!r}")
        self.appraiser = appraiser
        self._remote: dict[str, SupportModels] = {}

    def models_for(self, runtime: Runtime[Context]) -> SupportModels:
        """The graph's own models, or those of the server the run's Context names."""
        url = context_of(runtime).server_url
        if not url:
            return self.models
        if url not in self._remote:
            from esc_graph.remote import remote_models

            self._remote[url] = remote_models(url)
        return self._remote[url]

    def appraise(self, state: EscState, runtime: Runtime[Context]) -> dict[str, Any]:
        # Every turn names the weights that answer it, so a host can log them.
        found: dict[str, Any] = {"turn": _turn(state), "weights": self.weights_for(runtime)}
        if not context_of(runtime).appraise or self.appraiser is None:
            return {**found, "appraisal": None}
        history = to_utterances(state["messages"])
        if self.appraiser == LM_APPRAISAL:
            return {**found, "appraisal": self._lm_appraisal(history, runtime)}
        return {**found, "appraisal": self.appraiser.appraise(history)}

    def weights_for(self, runtime: Runtime[Context]) -> str | None:
        """A release's or adapters folder's name, "prompt-only", the server's address, or None for a
        host's own models, which the graph cannot name."""
        url = context_of(runtime).server_url
        return f"served by {url}" if url else getattr(self.models.scorer, "weights", None)

    def _lm_appraisal(self, history: list[Utterance], runtime: Runtime[Context]) -> Appraisal:
        """The language model's appraisal: one scoring pass per label set with the "appraiser" role."""
        scores = {
            field: self.models_for(runtime).scorer.score(
                "appraiser", prompts.appraisal_messages(history, field), labels
            )
            for field, labels in prompts.APPRAISAL_LABELS.items()
        }
        return Appraisal(
            emotion=_argmax(scores["emotion"]),
            intensity=int(_argmax(scores["intensity"])),
            problem=_argmax(scores["problem"]),
            emotion_probs=scores["emotion"],
            problem_probs=scores["problem"],
            intensity_probs=scores["intensity"],
        )

    def safety_gate(self, state: EscState, runtime: Runtime[Context]) -> dict[str, Any]:
        # risk fields, input issue, risk event, cleaned message
        return gate.safety_gate(state, runtime, self.risk_model)

    def crisis(self, state: EscState, runtime: Runtime[Context]) -> dict[str, Any]:
        return gate.crisis(state, runtime)  # fixed reply; optional interrupt() hand-off to a person

    def unclear(self, state: EscState, runtime: Runtime[Context]) -> dict[str, Any]:
        # The gate may have clipped a too-long message, so its verdict counts when the text looks fine now.
        issue = input_issue(_last_seeker_text(state)) or state.get("input_issue") or "empty"
        reply = ISSUE_REPLIES.get(issue, UNCLEAR_REPLY)
        return {
            "messages": [_supporter_message(reply, None, input_issue=issue)],
            "reply": reply,
            "strategy": None,
            "strategy_probs": {},
            "risk": False,
            "risk_category": None,
            "input_issue": issue,
        }

    def plan(self, state: EscState, runtime: Runtime[Context]) -> dict[str, Any]:
        history = to_utterances(state["messages"])
        probs = self.models_for(runtime).scorer.score(
            "planner", prompts.planner_messages(history, state.get("appraisal")), STRATEGY_NAMES
        )
        strategy = gate.choose_strategy(probs, context_of(runtime).self_disclosure)
        runtime.stream_writer({"type": "strategy", "value": strategy, "probability": probs[strategy]})
        return {"strategy": strategy, "strategy_probs": probs}

    def respond(self, state: EscState, runtime: Runtime[Context]) -> dict[str, Any]:
        strategy = state["strategy"]
        history = to_utterances(state["messages"])
        memory = state.get("memory_note")
        chat = convert_to_messages(
            prompts.generator_messages(history, strategy, memory, state.get("appraisal"))
        )
        generator = self.models_for(runtime).generator
        settings: dict[str, Any] = {}
        if isinstance(generator, LocalChatModel):
            ctx = context_of(runtime)
            settings = {
                "temperature": ctx.temperature,
                "max_new_tokens": ctx.max_new_tokens,
                "seed": ctx.seed,
            }

        streamed: dict[str, str] = {}  # generated text -> the id its tokens were streamed under

        def generate(attempt: int) -> str:
            extra = {"seed": settings["seed"] + attempt} if settings.get("seed") is not None else {}
            message = generator.invoke(chat, **{**settings, **extra})
            if message.id:
                streamed[str(message.content).strip()] = message.id
            return str(message.content)

        # Output check: regenerate once, then a safe fallback; Self-disclosure setting applied here.
        reply = gate.checked_reply(generate, context_of(runtime).self_disclosure, runtime.stream_writer)
        # The reply keeps the id its tokens streamed under, so stream_mode="messages" does not send it again;
        # a reply the output check changed has a new id and arrives once, whole, as an AIMessage.
        # (A model that hands back one message object every time repeats its id: never reuse a stored one.)
        message_id = streamed.get(reply)
        if message_id in {m.id for m in state["messages"]}:
            message_id = None
        message = _supporter_message(reply, strategy, message_id)
        return {"messages": [message], "reply": reply}


def route_after_appraisal(state: EscState) -> str:
    # Nothing to assess in an empty or unreadable message; every other message meets the safety gate.
    return "unclear" if input_issue(_last_seeker_text(state)) in ("empty", "invalid") else "safety_gate"


def route_after_gate(state: EscState) -> str:
    if state.get("risk"):
        return "crisis"
    return "unclear" if state.get("input_issue") else "plan"
