"""Chat judges: answers validated against their schema, bounded retries, and failures recorded, not scored."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from langchain_core.language_models import BaseChatModel
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatResult

from trainers.judge import ATTEMPTS, Judge, Verdict, VerdictError, ask, judge_summary, parse_verdict
from trainers.judge_filter import (
    EARLY_EMOTION_SHIFT,
    LACK_EMPATHY,
    TEMPLATE_RESPONSE,
    ChatPairJudge,
    ReplyPair,
    parse_filter_verdict,
)

GOOD = '{"fluency": 5, "professionalism": 4, "empathy": 3, "helpfulness": 2, "reason": "ok"}'
ROW = {"id": "d:1", "context": "seeker: hi", "seeker": "hi", "reference": "Hello!", "reply": "Hi there."}
PAIR = ReplyPair("d:1", "seeker: I lost my job.", "I lost my job.", "Question", "What happened?", "ok")
FILTER_OK = '{"a": [], "b": ["Template Response"], "reason": "B is generic"}'


def answers(*texts: str) -> tuple[GenericFakeChatModel, Iterator[AIMessage]]:
    """A chat model giving ``texts`` in turn, and its queue (what is left in it was never asked for)."""
    queue = iter([AIMessage(content=t) for t in texts])
    return GenericFakeChatModel(messages=queue), queue


class FlakyChat(BaseChatModel):
    """Raises ``ConnectionError`` for the first ``failures`` calls, then gives ``answer``."""

    answer: str
    failures: int
    calls: int = 0

    @property
    def _llm_type(self) -> str:
        return "flaky"

    def _generate(self, messages: list[BaseMessage], stop=None, run_manager=None, **kw: Any) -> ChatResult:
        self.calls += 1
        if self.calls <= self.failures:
            raise ConnectionError(f"connection reset ({self.calls})")
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=self.answer))])


# --- validation -----------------------------------------------------------------------------------


def test_a_verdict_is_read_from_prose_with_keys_in_any_case() -> None:
    text = 'Here: {"Fluency": 5, " EMPATHY ": 3, "professionalism": 4.0, "helpfulness": 2, "reason": null}.'
    assert parse_verdict(text) == {
        "fluency": 5,
        "professionalism": 4,
        "empathy": 3,
        "helpfulness": 2,
        "reason": "",
    }


@pytest.mark.parametrize(
    ("answer", "problem"),
    [
        ("I would give it a four.", "no JSON object"),
        ("[5, 4, 3, 2]", "no JSON object"),
        (GOOD.replace('"fluency": 5', '"fluency": 6'), "fluency: Input should be less than or equal to 5"),
        (
            GOOD.replace('"empathy": 3', '"empathy": -1'),
            "empathy: Input should be greater than or equal to 0",
        ),
        (GOOD.replace('"empathy": 3', '"empathy": true'), "empathy: expected an integer 0-5, got True"),
        (GOOD.replace('"empathy": 3', '"empathy": "3"'), "empathy: expected an integer 0-5, got '3'"),
        (GOOD.replace('"empathy": 3', '"empathy": 3.5'), "empathy: Input should be a valid integer"),
        (GOOD.replace('"helpfulness": 2, ', ""), "helpfulness: missing"),
    ],
)
def test_an_invalid_verdict_is_refused_with_its_reason(answer: str, problem: str) -> None:
    with pytest.raises(VerdictError, match=problem):
        parse_verdict(answer)


def test_filter_answers_take_reply_keys_and_any_spelling_of_an_error_name() -> None:
    text = '{"Reply_A": ["lack empathy", "template-response", "Lack_Empathy"], "reply b": [], "reason": 1}'
    assert parse_filter_verdict(text) == ([LACK_EMPATHY, TEMPLATE_RESPONSE], [], "1")
    assert parse_filter_verdict('{"b": ["early emotion shift"], "a": []}') == ([], [EARLY_EMOTION_SHIFT], "")


@pytest.mark.parametrize(
    ("answer", "problem"),
    [
        ('{"a": []}', "b: missing"),
        ('{"a": [], "b": "Template Response"}', "b: Input should be a valid list"),
        ('{"a": ["Rudeness"], "b": []}', "a.0: unknown error type 'Rudeness'"),
    ],
)
def test_an_invalid_filter_answer_is_refused_with_its_reason(answer: str, problem: str) -> None:
    with pytest.raises(VerdictError, match=problem):
        parse_filter_verdict(answer)


# --- retries --------------------------------------------------------------------------------------


def test_a_valid_answer_after_failed_attempts_is_used_and_the_failures_kept() -> None:
    model, left = answers("garbage", GOOD.replace("5", "9"), GOOD, GOOD)
    verdict = Judge(model, attempts=3).verdict(ROW)
    assert verdict["ok"] is True and verdict["attempts"] == 3 and verdict["fluency"] == 5
    first, second = verdict["error"].split(" | ")
    assert first.startswith("no JSON object") and "'garbage'" in first
    assert second.startswith("fluency: Input should be less than or equal to 5")
    assert len(list(left)) == 1  # not asked again after the valid answer


@pytest.mark.parametrize("attempts", [1, ATTEMPTS, 4])
def test_retries_stop_at_the_bound_and_the_failure_is_recorded(attempts: int) -> None:
    model, left = answers(*(["no verdict"] * 5))
    verdict = Judge(model, attempts=attempts).verdict(ROW)
    assert verdict["ok"] is False and verdict["attempts"] == attempts
    assert not set(verdict) & {"fluency", "professionalism", "empathy", "helpfulness"}
    assert len(verdict["error"].split(" | ")) == attempts
    assert len(list(left)) == 5 - attempts


def test_errors_from_the_model_are_retried_and_recorded() -> None:
    flaky = FlakyChat(answer=GOOD, failures=1)
    answer = ask(flaky, [], Verdict, attempts=2)
    assert answer.value is not None and answer.value.helpfulness == 2 and answer.attempts == 2
    assert answer.errors == ["ConnectionError: connection reset (1)"]
    down = FlakyChat(answer=GOOD, failures=5)
    answer = ask(down, [], Verdict, attempts=3)
    assert answer.value is None and answer.attempts == down.calls == 3 and len(answer.errors) == 3


def test_attempts_must_be_positive() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        ask(FlakyChat(answer=GOOD, failures=0), [], Verdict, attempts=0)


def test_failed_verdicts_are_counted_and_never_scored() -> None:
    ok, _ = answers(GOOD)
    retried, _ = answers("{", GOOD.replace('"fluency": 5', '"fluency": 1'))
    failed, _ = answers("x", "y")
    verdicts = [Judge(m).verdict({**ROW, "id": str(k)}) for k, m in enumerate((ok, retried, failed))]
    summary = judge_summary(verdicts)
    assert summary["n_judged"] == 2 and summary["n_failed"] == 1 and summary["n_retried"] == 1
    assert summary["fluency"] == 3.0 and summary["helpfulness"] == 2.0  # the failure adds no score


def test_the_filter_judge_records_its_attempts_and_drops_a_pair_it_could_not_judge() -> None:
    model, _ = answers("B is worse.", FILTER_OK)
    verdict = ChatPairJudge(model, attempts=2).judge(PAIR)
    assert verdict.ok and verdict.keep and verdict.attempts == 2 and "B is worse." in str(verdict.error)
    model, left = answers("B is worse.", '{"a": []}', FILTER_OK)
    verdict = ChatPairJudge(model, attempts=2).judge(PAIR)
    assert not verdict.ok and not verdict.keep and verdict.attempts == 2
    assert verdict.reason == "dropped: no valid verdict after 2 attempts" and "b: missing" in str(
        verdict.error
    )
    assert not verdict.chosen_errors and not verdict.rejected_errors
    assert len(list(left)) == 1
