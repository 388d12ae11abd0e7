"""The IPM judge filter (method.md §4 step 3): keep a reply pair only when the chosen reply is clean and
the rejected reply clearly shows at least one error of the paper's taxonomy.

Two judges share the :class:`PairJudge` interface (``name`` and ``judge(pair) -> FilterVerdict``):

- :class:`ChatPairJudge`: any LangChain chat model, with a rubric built from the error taxonomy; its
  JSON answer is parsed and validated, a bad answer is asked again and then recorded as a failure
  (the pair is dropped with the failure as its reason), never raised;
- :class:`trainers.offline_judge.OfflineJudge`: rules and a sentence encoder, no API.

Every verdict, kept or dropped, carries the judge's name, the errors it saw in each reply and a reason.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any, Protocol

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage, SystemMessage

from esc_graph.strategies import DEFINITIONS
from trainers.judge import VerdictError, ask_json, at_temperature_zero, json_object

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
    error: str | None = None
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
        raise VerdictError(f"unknown error type {value!r}; expected one of {', '.join(ERRORS)}")
    return _BY_KEY[key]


def parse_filter_verdict(text: str) -> tuple[list[str], list[str], str]:
    """``(errors of A, errors of B, reason)`` from the judge's answer; VerdictError when malformed."""
    raw = {str(k).strip().lower(): v for k, v in json_object(text).items()}
    lists = []
    for key in ("a", "b"):
        value = raw.get(key, raw.get(f"reply {key}", raw.get(f"reply_{key}")))
        if not isinstance(value, list):
            raise VerdictError(f"{key!r}: expected a list of error names, got {value!r}")
        lists.append(sorted({_error_name(v) for v in value}, key=ERRORS.index))
    return lists[0], lists[1], str(raw.get("reason", ""))


@dataclass
class ChatPairJudge:
    """Any LangChain chat model as the filter judge, at temperature 0 when the model has that setting."""

    model: BaseChatModel
    name: str = "chat"
    attempts: int = 2

    def __post_init__(self) -> None:
        self.model = at_temperature_zero(self.model)

    def judge(self, pair: ReplyPair) -> FilterVerdict:
        parsed, errors = ask_json(self.model, filter_prompt(pair), parse_filter_verdict, self.attempts)
        if parsed is None:
            return FilterVerdict(
                keep=False,
                judge=self.name,
                reason=f"dropped: no valid verdict after {self.attempts} attempts",
                ok=False,
                error=" | ".join(errors),
                chosen_label="A" if pair.chosen_first else "B",
            )
        a_errors, b_errors, why = parsed
        chosen_errors, rejected_errors = (a_errors, b_errors) if pair.chosen_first else (b_errors, a_errors)
        verdict = decide(self.name, chosen_errors, rejected_errors, why)
        verdict.chosen_label = "A" if pair.chosen_first else "B"
        if errors:
            verdict.error = " | ".join(errors)  # answered validly after a retry
        return verdict
