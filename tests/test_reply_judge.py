"""The offline judge's error rates over an evaluation's replies."""

from __future__ import annotations

import pytest

from trainers.offline_judge import OfflineJudge, OfflineJudgeConfig
from trainers.reply_judge import offline_error_rates

UPSET = "I lost my job today and I feel completely worthless, I can't stop crying"


def _row(reply: str | None, **extra) -> dict:
    context = "seeker: hi\nsupporter: Hello, how are you feeling today?\nseeker: " + UPSET
    return {
        "id": reply or "none",
        "context": context,
        "seeker": UPSET,
        "gold_strategy": "Question",
        "reference": "That sounds so painful. What happened at work?",
        "reply": reply,
        **extra,
    }


def test_rates_count_each_error_over_the_replies() -> None:
    judge = OfflineJudge(OfflineJudgeConfig(use_encoder=False))
    rows = [
        _row(""),  # empty: Lack Empathy and a Template Response
        _row("Don't worry, you should update your resume tonight."),  # dismissive advice first
        _row("I'm so sorry you lost your job, that sounds really painful. What happened today?"),
        _row("Okay.", reply_strategy="Reflection of feelings"),
        {"id": "planner only", "gold_strategy": "Question", "pred_strategy": "Question"},  # no reply: skipped
    ]
    rates = offline_error_rates(rows, judge)
    assert rates["n_judged"] == 4
    assert rates["lack_empathy"] == pytest.approx(3 / 4)  # empty, dismissive, and a bare "Okay."
    assert rates["early_emotion_shift"] == pytest.approx(1 / 4)
    assert rates["template_response"] == pytest.approx(2 / 4)
    assert rates["any_error"] == pytest.approx(3 / 4)


def test_rows_without_replies_are_refused() -> None:
    with pytest.raises(ValueError, match="no replies"):
        offline_error_rates([{"gold_strategy": "Question", "pred_strategy": "Question"}])
