"""The offline judge's error rates over the replies of an evaluation (Lack Empathy, Template Response,
Early Emotion Shift: the paper's three most frequent psychological errors; trainers.offline_judge)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from trainers.judge_filter import EARLY_EMOTION_SHIFT, LACK_EMPATHY, TEMPLATE_RESPONSE, ReplyPair

ERRORS = {
    LACK_EMPATHY: "lack_empathy",
    TEMPLATE_RESPONSE: "template_response",
    EARLY_EMOTION_SHIFT: "early_emotion_shift",
}


def _pair(row: dict[str, Any]) -> ReplyPair:
    lines = str(row.get("context", "")).splitlines()
    supporter = tuple(line.removeprefix("supporter: ") for line in lines if line.startswith("supporter: "))
    return ReplyPair(
        id=str(row.get("id", "")),
        context=str(row.get("context", "")),
        seeker=str(row.get("seeker", "")),
        strategy=str(row.get("reply_strategy") or row.get("gold_strategy") or ""),
        chosen=str(row.get("reference", "")),
        rejected=str(row.get("reply") or ""),
        supporter_history=supporter,
    )


def offline_error_rates(rows: Sequence[dict[str, Any]], judge: Any = None) -> dict[str, float]:
    """Share of replies the offline judge finds each error in (and in any of them), over rows with a reply."""
    replied = [r for r in rows if "reply" in r and r.get("reference") is not None]
    if not replied:
        raise ValueError("no replies to judge")
    if judge is None:
        from trainers.offline_judge import OfflineJudge

        judge = OfflineJudge()
    pairs = [_pair(r) for r in replied]
    judge.prepare(pairs)
    found = [judge.errors(p.rejected, p) for p in pairs]
    rates = {key: sum(name in f for f in found) / len(found) for name, key in ERRORS.items()}
    rates["any_error"] = sum(bool(f) for f in found) / len(found)
    rates["n_judged"] = float(len(found))
    return rates
