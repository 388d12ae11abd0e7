"""LLM-judge scores for replies: Fluency, Professionalism, Empathy, Helpfulness, each 0–5.

Any LangChain chat model can judge. It is run at temperature 0 (set on the model when it has a
``temperature`` field) and sees the recent context, the seeker's message, the gold reply as a
reference and the model's reply; it must answer with one JSON object. A verdict that is not valid
JSON with the four integer scores is retried once; a second failure is recorded, not guessed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage, SystemMessage

ASPECTS = ("fluency", "professionalism", "empathy", "helpfulness")
JUDGE_FILE = "judge.jsonl"

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


def ask_json(
    model: BaseChatModel, messages: list[Any], parse: Callable[[str], Any], attempts: int = 2
) -> tuple[Any | None, list[str]]:
    """``parse(answer)`` of the model's answer, asking again after a bad one; (None, errors) at the end.

    A remote judge can fail in many ways (network, refusals, prose instead of JSON): every failure is
    recorded as a string, never raised, so a long judging run never crashes on one answer.
    """
    errors: list[str] = []
    for _attempt in range(attempts):
        content = ""
        try:
            content = str(model.invoke(messages).content)
            return parse(content), errors
        except VerdictError as exc:
            errors.append(f"{exc}: {content[:200]!r}")
        except Exception as exc:
            errors.append(f"{type(exc).__name__}: {exc}")
    return None, errors


def parse_verdict(text: str) -> dict[str, Any]:
    """The first JSON object in ``text`` with an integer 0–5 for each aspect (and an optional reason)."""
    raw = {str(k).lower(): v for k, v in json_object(text).items()}
    scores: dict[str, Any] = {}
    for aspect in ASPECTS:
        value = raw.get(aspect)
        if isinstance(value, bool) or not isinstance(value, int | float) or value != int(value):
            raise VerdictError(f"{aspect}: expected an integer 0-5, got {value!r}")
        if not 0 <= value <= 5:
            raise VerdictError(f"{aspect}: {value} is outside 0-5")
        scores[aspect] = int(value)
    scores["reason"] = str(raw.get("reason", ""))
    return scores


def at_temperature_zero(model: BaseChatModel) -> BaseChatModel:
    """A copy of ``model`` with temperature 0 when the model has that setting."""
    if "temperature" in type(model).model_fields:
        return model.model_copy(update={"temperature": 0.0})
    return model


@dataclass
class Judge:
    model: BaseChatModel
    name: str = "judge"

    def __post_init__(self) -> None:
        self.model = at_temperature_zero(self.model)

    def verdict(self, row: dict[str, Any]) -> dict[str, Any]:
        """Scores for one prediction row; after two bad answers a failure with its reason."""
        messages = judge_prompt(
            str(row.get("context", "")),
            str(row.get("seeker", "")),
            str(row["reference"]),
            str(row["reply"] or ""),
        )
        scores, errors = ask_json(self.model, messages, parse_verdict)
        if scores is not None:
            return {"id": row["id"], "judge": self.name, "ok": True, **scores}
        return {"id": row["id"], "judge": self.name, "ok": False, "error": " | ".join(errors)}


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
    """Mean score per aspect over successful verdicts, and how many failed."""
    ok = [v for v in verdicts if v.get("ok")]
    out: dict[str, Any] = {a: (sum(v[a] for v in ok) / len(ok) if ok else None) for a in ASPECTS}
    out.update(n_judged=len(ok), n_failed=len(verdicts) - len(ok))
    return out
