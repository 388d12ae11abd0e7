"""LLM-judge scores for replies: Fluency, Professionalism, Empathy, Helpfulness, each 0–5.

Any LangChain chat model can judge. It is run at temperature 0 (set on the model when it has a
``temperature`` field) and sees the recent context, the seeker's message, the gold reply as a
reference and the model's reply; it must answer with one JSON object, validated against the
:class:`Verdict` schema (pydantic). A failed attempt (no JSON, an invalid verdict, or an error from the
model) is asked again through langchain-core's ``with_retry``, up to ``attempts`` times in all; when
every attempt fails, the row is recorded with ``ok: false``, the attempts and each attempt's error, and
counted as failed, never scored.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Generic, TypeVar

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage, SystemMessage
from langchain_core.runnables import RunnableLambda
from pydantic import BaseModel, BeforeValidator, Field, ValidationError, model_validator

ASPECTS = ("fluency", "professionalism", "empathy", "helpfulness")
JUDGE_FILE = "judge.jsonl"
ATTEMPTS = 2  # a judge's tries per answer: the first and one retry

JUDGE_SYSTEM = (
    "You rate one reply of a supporter in an emotional-support conversation. Score each aspect from "
    "0 (very poor) to 5 (excellent):\n"
    "- fluency: grammatical, natural and easy to read;\n"
    "- professionalism: careful, respectful and appropriate, as a trained helper would reply;\n"
    "- empathy: understands and acknowledges the seeker's feelings before anything else;\n"
    "- helpfulness: helps the seeker feel better or move forward.\n"
    "The reference reply was written by a human supporter; use it as a guide, not as the only good "
    "answer. Answer with one JSON object and nothing else, for example "
    '{"fluency": 4, "professionalism": 3, "empathy": 2, "helpfulness": 3, "reason": "one sentence"}'
)


class VerdictError(ValueError):
    """The judge's answer is not the JSON verdict asked for."""


def judge_prompt(context: str, seeker: str, reference: str, reply: str) -> list[Any]:
    user = (
        f"Conversation so far:\n{context or '(none)'}\n\n"
        f"Seeker's last message: {seeker or '(none)'}\n"
        f"Reference reply: {reference}\n"
        f"Reply to rate: {reply or '(empty)'}\n\nYour JSON verdict:"
    )
    return [SystemMessage(JUDGE_SYSTEM), HumanMessage(user)]


def json_object(text: str) -> dict[str, Any]:
    """The first JSON object in ``text`` (nested objects and braces inside strings are fine)."""
    decoder = json.JSONDecoder()
    for match in re.finditer(r"\{", text):
        try:
            raw, _end = decoder.raw_decode(text, match.start())
        except json.JSONDecodeError:
            continue
        if isinstance(raw, dict):
            return raw
    raise VerdictError("no JSON object in the judge's answer")


Schema = TypeVar("Schema", bound=BaseModel)


class JudgeAnswer(BaseModel):
    """A judge's JSON answer: keys are read without regard to case or surrounding spaces."""

    @model_validator(mode="before")
    @classmethod
    def _plain_keys(cls, data: Any) -> Any:
        return {str(k).strip().lower(): v for k, v in data.items()} if isinstance(data, dict) else data


def _number(value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"expected an integer 0-5, got {value!r}")
    return value


Score = Annotated[int, BeforeValidator(_number), Field(ge=0, le=5)]


class Verdict(JudgeAnswer):
    fluency: Score
    professionalism: Score
    empathy: Score
    helpfulness: Score
    reason: Text = ""


def validated(schema: type[Schema], text: str) -> Schema:
    """The first JSON object in ``text`` as ``schema``; VerdictError naming every invalid field."""
    try:
        return schema.model_validate(json_object(text))
    except ValidationError as exc:
        problems = "; ".join(_problem(e) for e in exc.errors())
        raise VerdictError(problems) from None


def _problem(error: Any) -> str:
    where = ".".join(map(str, error["loc"])) or "answer"
    if error["type"] == "missing":
        return f"{where}: missing"
    if error["type"] == "value_error":
        return f"{where}: {error['ctx']['error']}"
    return f"{where}: {error['msg']} (got {error['input']!r})"


def _text(value: Any) -> str:
    return "" if value is None else str(value)


Text = Annotated[str, BeforeValidator(_text)]


def parse_verdict(text: str) -> dict[str, Any]:
    """The four 0–5 scores and the reason from the judge's answer; VerdictError when invalid."""
    return validated(Verdict, text).model_dump()


@dataclass
class Answer(Generic[Schema]):
    """What came of asking a judge: the validated answer (None when every attempt failed), how many
    attempts were made, and why each failed one failed."""

    value: Schema | None
    attempts: int
    errors: list[str] = field(default_factory=list)


def ask(model: BaseChatModel, messages: list[Any], schema: type[Schema], attempts: int = ATTEMPTS) -> Answer:
    """Ask ``model`` until its answer validates as ``schema``, at most ``attempts`` times.

    A remote judge can fail in many ways (network, refusals, prose instead of JSON): every failed attempt
    is recorded as a string and the last one is not raised, so a long judging run never crashes on one
    answer."""
    if attempts < 1:
        raise ValueError(f"attempts must be at least 1, not {attempts}")
    errors: list[str] = []

    def attempt(prompt: list[Any]) -> Schema:
        content = ""
        try:
            content = str(model.invoke(prompt).content)
            return validated(schema, content)
        except VerdictError as exc:
            errors.append(f"{exc}: {content[:200]!r}")
            raise
        except Exception as exc:
            errors.append(f"{type(exc).__name__}: {exc}")
            raise

    retrying = RunnableLambda(attempt).with_retry(stop_after_attempt=attempts, wait_exponential_jitter=False)
    try:
        value = retrying.invoke(messages)
    except Exception:
        return Answer(None, len(errors), errors)
    return Answer(value, len(errors) + 1, errors)


def at_temperature_zero(model: BaseChatModel) -> BaseChatModel:
    """A copy of ``model`` with temperature 0 when the model has that setting."""
    if "temperature" in type(model).model_fields:
        return model.model_copy(update={"temperature": 0.0})
    return model


@dataclass
class Judge:
    model: BaseChatModel
    name: str = "judge"
    attempts: int = ATTEMPTS

    def __post_init__(self) -> None:
        self.model = at_temperature_zero(self.model)

    def verdict(self, row: dict[str, Any]) -> dict[str, Any]:
        """Scores for one prediction row, or, when every attempt failed, a failure with its reasons."""
        messages = judge_prompt(
            str(row.get("context", "")),
            str(row.get("seeker", "")),
            str(row["reference"]),
            str(row["reply"] or ""),
        )
        answer = ask(self.model, messages, Verdict, self.attempts)
        record = {
            "id": row["id"],
            "judge": self.name,
            "ok": answer.value is not None,
            "attempts": answer.attempts,
        }
        if answer.errors:
            record["error"] = " | ".join(answer.errors)
        return {**record, **answer.value.model_dump()} if answer.value is not None else record


def judge_rows(
    judge: Judge,
    rows: Sequence[dict[str, Any]],
    out_file: Path,
    progress: Callable[[int, int], None] | None = None,
) -> list[dict[str, Any]]:
    """Judge every row with a reply, appending verdicts to ``out_file`` and skipping ones already there."""
    from trainers.evaluate import read_rows

    done = {v["id"]: v for v in read_rows(out_file)}
    todo = [r for r in rows if r.get("reply") is not None and r.get("reference") is not None]
    with out_file.open("a", encoding="utf-8") as fh:
        for k, row in enumerate(todo):
            if row["id"] not in done:
                done[row["id"]] = judge.verdict(row)
                fh.write(json.dumps(done[row["id"]], ensure_ascii=False) + "\n")
                fh.flush()
            if progress:
                progress(k + 1, len(todo))
    return [done[r["id"]] for r in todo]


def judge_summary(verdicts: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Mean score per aspect over successful verdicts, how many failed (no score), and how many
    succeeded only after a retry."""
    ok = [v for v in verdicts if v.get("ok")]
    out: dict[str, Any] = {a: (sum(v[a] for v in ok) / len(ok) if ok else None) for a in ASPECTS}
    retried = sum(1 for v in ok if v.get("attempts", 1) > 1)
    out.update(n_judged=len(ok), n_failed=len(verdicts) - len(ok), n_retried=retried)
    return out
