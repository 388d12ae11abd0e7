"""The IPM judge filter (method.md §4 step 3): keep a reply pair only when the chosen reply is clean and
the rejected reply clearly shows at least one error of the paper's taxonomy.

Two judges share the :class:`PairJudge` interface (``name`` and ``judge(pair) -> FilterVerdict``):

- :class:`ChatPairJudge`: any LangChain chat model, with a rubric built from the error taxonomy; its
  JSON answer is validated against the :class:`FilterAnswer` schema (pydantic), a failed attempt is
  asked again (``attempts`` in all, :func:`trainers.judge.ask`), and when every attempt fails the pair
  is dropped with ``ok: false``, the attempts and their errors recorded, never raised;
- :class:`trainers.offline_judge.OfflineJudge`: rules and a sentence encoder, no API.

Every verdict, kept or dropped, carries the judge's name, the errors it saw in each reply and a reason.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Annotated, Any, Protocol

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage, SystemMessage
from pydantic import AfterValidator, AliasChoices, BeforeValidator, Field

from esc_graph.strategies import DEFINITIONS
from trainers.judge import ATTEMPTS, JudgeAnswer, Text, ask, at_temperature_zero, validated

LACK_EMPATHY = "Lack Empathy"
EARLY_EMOTION_SHIFT = "Early Emotion Shift"
TEMPLATE_RESPONSE = "Template Response"
ERRORS = (LACK_EMPATHY, EARLY_EMOTION_SHIFT, TEMPLATE_RESPONSE)


@dataclass(frozen=True)
class ReplyPair:
    """Two replies to the same turn, both meant to realise ``strategy``."""

    id: str
    context: str  # the recent conversation as ``seeker: …`` / ``supporter: …`` lines
    seeker: str  # the seeker's last message
    strategy: str  # the gold strategy
    chosen: str
    rejected: str
    supporter_history: tuple[str, ...] = ()  # the supporter's earlier replies in this conversation
    chosen_first: bool = True  # a chat judge sees the chosen reply as A (else as B)


@dataclass
class FilterVerdict:
    keep: bool
    judge: str
    reason: str
    chosen_errors: list[str] = field(default_factory=list)
    rejected_errors: list[str] = field(default_factory=list)
    ok: bool = True  # False: the judge gave no valid answer (the pair is dropped)
    error: str | None = None  # why each failed attempt failed
    attempts: int = 1  # how many times a chat judge was asked
    chosen_label: str | None = None  # "A" or "B": how a chat judge was shown the chosen reply

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class PairJudge(Protocol):
    name: str

    def judge(self, pair: ReplyPair) -> FilterVerdict: ...


def decide(
    judge: str, chosen_errors: Sequence[str], rejected_errors: Sequence[str], why: str = ""
) -> FilterVerdict:
    """The paper's rule: keep iff the chosen reply shows no error and the rejected reply shows one."""
    chosen_errors, rejected_errors = list(chosen_errors), list(rejected_errors)
    if chosen_errors:
        reason = f"dropped: chosen reply shows {', '.join(chosen_errors)}"
    elif not rejected_errors:
        reason = "dropped: rejected reply shows no error"
    else:
        reason = f"kept: rejected reply shows {', '.join(rejected_errors)}"
    if why:
        reason = f"{reason} ({why})"
    return FilterVerdict(
        keep=not chosen_errors and bool(rejected_errors),
        judge=judge,
        reason=reason,
        chosen_errors=chosen_errors,
        rejected_errors=rejected_errors,
    )


# --- any LangChain chat model as judge ------------------------------------------------------------

FILTER_SYSTEM = (
    "You check two candidate replies of a supporter in an emotional-support conversation for three "
    "errors:\n"
    f"- {LACK_EMPATHY}: the reply ignores, misreads or dismisses the seeker's emotion, or is cold, "
    "off-topic or incoherent;\n"
    f"- {EARLY_EMOTION_SHIFT}: the reply jumps to advice, solutions or another topic before the "
    "seeker's feelings have been acknowledged;\n"
    f"- {TEMPLATE_RESPONSE}: vague, generic or formulaic wording that could answer almost any "
    "conversation.\n"
    "Judge each reply on its own; a reply may show several errors or none. Answer with one JSON object "
    'and nothing else, for example {"a": [], "b": ["Template Response"], "reason": "one sentence"}.'
)


def filter_prompt(pair: ReplyPair) -> list[Any]:
    first, second = (pair.chosen, pair.rejected) if pair.chosen_first else (pair.rejected, pair.chosen)
    user = (
        f"Conversation so far:\n{pair.context or '(none)'}\n\n"
        f"Seeker's last message: {pair.seeker or '(none)'}\n"
        f"Both replies were meant to use the strategy {pair.strategy}: {DEFINITIONS.get(pair.strategy, '')}\n"
        f"Reply A: {first or '(empty)'}\n"
        f"Reply B: {second or '(empty)'}\n\nYour JSON verdict:"
    )
    return [SystemMessage(FILTER_SYSTEM), HumanMessage(user)]


_BY_KEY = {e.lower().replace(" ", "_").replace("-", "_"): e for e in ERRORS}


def _error_name(value: Any) -> str:
    key = str(value).strip().lower().replace(" ", "_").replace("-", "_")
    if key not in _BY_KEY:
        raise ValueError(f"unknown error type {value!r}; expected one of {', '.join(ERRORS)}")
    return _BY_KEY[key]


ErrorNames = Annotated[
    list[Annotated[str, BeforeValidator(_error_name)]],
    AfterValidator(lambda names: sorted(set(names), key=ERRORS.index)),
]


class FilterAnswer(JudgeAnswer):
    """The filter judge's answer: the errors of reply A and of reply B, and a reason."""

    a: ErrorNames = Field(validation_alias=AliasChoices("a", "reply a", "reply_a"))
    b: ErrorNames = Field(validation_alias=AliasChoices("b", "reply b", "reply_b"))
    reason: Text = ""


def parse_filter_verdict(text: str) -> tuple[list[str], list[str], str]:
    """``(errors of A, errors of B, reason)`` from the judge's answer; VerdictError when invalid."""
    answer = validated(FilterAnswer, text)
    return answer.a, answer.b, answer.reason


@dataclass
class ChatPairJudge:
    """Any LangChain chat model as the filter judge, at temperature 0 when the model has that setting."""

    model: BaseChatModel
    name: str = "chat"
    attempts: int = ATTEMPTS

    def __post_init__(self) -> None:
        self.model = at_temperature_zero(self.model)

    def judge(self, pair: ReplyPair) -> FilterVerdict:
        answer = ask(self.model, filter_prompt(pair), FilterAnswer, self.attempts)
        label = "A" if pair.chosen_first else "B"
        error = " | ".join(answer.errors) or None
        if answer.value is None:
            return FilterVerdict(
                keep=False,
                judge=self.name,
                reason=f"dropped: no valid verdict after {answer.attempts} attempts",
                ok=False,
                error=error,
                attempts=answer.attempts,
                chosen_label=label,
            )
        a_errors, b_errors = answer.value.a, answer.value.b
        chosen_errors, rejected_errors = (a_errors, b_errors) if pair.chosen_first else (b_errors, a_errors)
        verdict = decide(self.name, chosen_errors, rejected_errors, answer.value.reason)
        verdict.chosen_label, verdict.error, verdict.attempts = label, error, answer.attempts
        return verdict
