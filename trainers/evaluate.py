"""Run one system over ESConv supporter turns with gold history, resumably, and score it.

Systems:
- ``decoupled``: the planner role picks the strategy (scored over the 8 names, as the runtime graph
  does, or generated freely with ``strategy_mode="generate"``), then the generator role writes the
  reply for that strategy (or for the gold one with ``reply_strategy="gold"``).
- ``joint``: the joint role writes ``[Strategy] reply``. Its tag is scored over the 8 tags (like the
  planner) and then forced at the start of the reply, or with ``strategy_mode="generate"`` generated
  freely, where an untagged or unknown strategy counts as invalid.
A role without an adapter runs on the bare base model with its prompt, so ``decoupled`` without
adapters is the prompt-only baseline.

Output folder: ``run.json`` (the settings), ``predictions.jsonl`` (one turn a line, appended batch by
batch so an interrupted run resumes where it stopped), ``metrics.json``, ``report.md`` and plots.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from esc_graph.adapters import check_scheme, manifest_scheme
from esc_graph.generation_setting import GENERATION_MODES, generation_path
from esc_graph.prompts import (
    PROMPT_VERSION,
    REPLY_NO_REPEAT_NGRAM,
    REPLY_TOKEN_CAP,
    generator_messages,
    joint_messages,
    joint_tag,
    parse_joint,
    planner_messages,
    transcript,
)
from esc_graph.strategies import STRATEGY_NAMES
from trainers.data import subsample
from trainers.generation import generate_batch, generate_rows
from trainers.metrics import metrics_from_rows
from trainers.rows import read_rows
from trainers.turns import Turn, select_turns

if TYPE_CHECKING:
    from esc_graph.models import RoleModels

SYSTEMS = ("decoupled", "joint")
PREDICTIONS = "predictions.jsonl"
RUN_FILE = "run.json"
METRICS_FILE = "metrics.json"
Progress = Callable[[int, int], None]


class EvalError(ValueError):
    """Bad settings, or an output folder that holds a different run."""


@dataclass
class EvalConfig:
    system: str = "decoupled"
    split: str = "test"
    scheme: str = "thu-coai"
    data: str | None = None
    limit: int | None = None  # evaluate a seeded random subset of this many turns
    replies: int | None = None  # of those, generate replies for this many (None: all, 0: none)
    strategy_mode: str = "score"  # the strategy: "score" the 8 names (or joint tags) or "generate" freely
    reply_strategy: str = "pred"  # decoupled generator: the planner's strategy or the "gold" one
    batch_size: int = 8
    max_new_tokens: int = REPLY_TOKEN_CAP
    no_repeat_ngram: int = REPLY_NO_REPEAT_NGRAM  # a reply may not repeat its own n-grams of this size
    temperature: float = 0.0  # 0 = greedy
    generation: str = "auto"  # how replies are generated: esc_graph.generation_setting's auto, fp32 or int8
    seed: int = 0
    base_model: str | None = None
    adapters: str | None = None
    prior: bool = True  # apply a planner prior stored by ``esc-graph calibrate``
    head: bool = True  # score the planner with a strategy head stored by ``esc-graph head``
    appraisal: bool = True  # show each turn's appraisal in the prompts (False: the ablation without it)

    def check(self) -> None:
        if self.system not in SYSTEMS:
            raise EvalError(f"unknown system {self.system!r}; one of {', '.join(SYSTEMS)}")
        if self.strategy_mode not in ("score", "generate"):
            raise EvalError("strategy_mode must be 'score' or 'generate'")
        if self.reply_strategy not in ("pred", "gold"):
            raise EvalError("reply_strategy must be 'pred' or 'gold'")
        if self.batch_size < 1 or self.max_new_tokens < 1:
            raise EvalError("batch_size and max_new_tokens must be at least 1")
        if self.no_repeat_ngram == 1 or self.no_repeat_ngram < 0:
            raise EvalError("no_repeat_ngram must be 0 (off) or at least 2")
        if self.generation not in GENERATION_MODES:
            raise EvalError(f"generation must be one of {', '.join(GENERATION_MODES)}")


def reply_ids(config: EvalConfig, turns: Sequence[Turn]) -> set[str]:
    """The ids of the turns that get a reply: a seeded subset of ``config.replies`` of them."""
    if config.system == "joint" and config.strategy_mode == "generate":
        return {t.id for t in turns}  # the freely generated reply holds the tag
    if config.replies == 0:
        return set()
    return {t.id for t in subsample(list(turns), config.replies, config.seed + 1)}


def eval_turns(config: EvalConfig) -> list[Turn]:
    """Every supporter turn of the split, or a seeded subset of ``config.limit`` of them; without their
    appraisals when ``config.appraisal`` is off."""
    turns = select_turns(config.data, config.split, config.scheme, limit=config.limit, seed=config.seed)
    return turns if config.appraisal else [replace(t, appraisal=None) for t in turns]


# --- model calls ------------------------------------------------------------------------------


def match_strategy(text: str) -> str | None:
    """A generated strategy name as one of the 8 (case and a trailing period ignored), else None."""
    first = text.strip().splitlines()[0] if text.strip() else ""
    name = first.strip().strip("[]").rstrip(".").strip().lower()
    return next((s for s in STRATEGY_NAMES if s.lower() == name), None)


def _row(turn: Turn) -> dict[str, Any]:
    return {
        "id": turn.id,
        "dialogue": turn.dialogue,
        "turn": turn.index,
        "context": transcript(turn.history),
        "seeker": turn.seeker,
        "gold_strategy": turn.gold.strategy,
        "reference": turn.gold.text,
    }


def run_batch(
    models: RoleModels, config: EvalConfig, turns: Sequence[Turn], offset: int, replies: set[str]
) -> list[dict[str, Any]]:
    rows = [_row(t) for t in turns]
    gen = {
        "max_new_tokens": config.max_new_tokens,
        "no_repeat_ngram": config.no_repeat_ngram,
        "temperature": config.temperature,
        "seed": config.seed + offset,
    }
    if config.system == "joint":
        return _joint_batch(models, config, turns, rows, gen, replies)
    if config.strategy_mode == "score":
        for row, t in zip(rows, turns, strict=True):
            probs = models.score(
                "planner", planner_messages(t.history, t.appraisal), STRATEGY_NAMES, calibrated=config.prior
            )
            row.update(pred_strategy=max(probs, key=probs.__getitem__), strategy_probs=probs)
    else:
        raw = generate_batch(
            models,
            "planner",
            [planner_messages(t.history, t.appraisal) for t in turns],
            **{**gen, "max_new_tokens": 12},
        )
        for row, text in zip(rows, raw, strict=True):
            row.update(pred_strategy=match_strategy(text), raw_strategy=text)
    todo = [(row, t) for row, t in zip(rows, turns, strict=True) if t.id in replies]
    if todo:
        messages = []
        for row, t in todo:
            strategy = t.gold.strategy if config.reply_strategy == "gold" else row["pred_strategy"]
            row["reply_strategy"] = strategy or "Others"  # an invalid plan falls back as the graph would
            messages.append(generator_messages(t.history, row["reply_strategy"], appraisal=t.appraisal))
        for (row, _), made in zip(todo, generate_rows(models, "generator", messages, **gen), strict=True):
            row["reply"], row["reply_finished"] = made.text, made.finished  # False: cut by the token cap
    return rows


def _joint_batch(
    models: RoleModels,
    config: EvalConfig,
    turns: Sequence[Turn],
    rows: list[dict[str, Any]],
    gen: dict,
    replies: set[str],
) -> list[dict[str, Any]]:
    """The joint model: its ``[Strategy]`` tag generated freely, or scored over the 8 tags and then
    forced at the start of the reply it writes."""
    messages = [joint_messages(t.history, t.appraisal) for t in turns]
    if config.strategy_mode == "generate":
        for row, raw in zip(rows, generate_batch(models, "joint", messages, **gen), strict=True):
            strategy, reply = parse_joint(raw)
            row.update(pred_strategy=strategy, reply=reply, raw=raw)
        return rows
    tags = [joint_tag(s) for s in STRATEGY_NAMES]
    for row, m in zip(rows, messages, strict=True):
        probs = models.score("joint", m, tags, whole_reply=False, calibrated=config.prior)
        row["strategy_probs"] = {s: probs[tag] for s, tag in zip(STRATEGY_NAMES, tags, strict=True)}
        row["pred_strategy"] = max(row["strategy_probs"], key=row["strategy_probs"].__getitem__)
    todo = [(row, m) for row, m, t in zip(rows, messages, turns, strict=True) if t.id in replies]
    if todo:
        starts = [joint_tag(row["pred_strategy"]) for row, _ in todo]
        replies = generate_batch(models, "joint", [m for _, m in todo], starts=starts, **gen)
        for (row, _), start, reply in zip(todo, starts, replies, strict=True):
            row["raw"] = f"{start}{reply}"
            row["reply"] = parse_joint(row["raw"])[1]
    return rows


# --- resumable output -------------------------------------------------------------------------


def _settings(config: EvalConfig) -> dict[str, Any]:
    return {k: v for k, v in asdict(config).items() if k not in ("batch_size", "generation")}


def _generation_settings(config: EvalConfig, models: RoleModels, replies: set[str]) -> dict[str, str]:
    """The generation path replies were made on, when some were made on int8 copies. fp32 is left
    unrecorded, as in runs made before the setting existed, so those resume."""
    path = generation_path(config.generation, models.model)
    return {"generation": path} if path != "fp32" and replies else {}


def adapters_in_use(models: RoleModels, config: EvalConfig) -> dict[str, dict[str, Any]]:
    """Per role: the adapter's prompt version, scheme and stage, and the prior and head it scores with."""
    from esc_graph.calibration import PRIOR_KEY

    found = {}
    for role in models.roles:
        manifest = models.manifests.get(role, {})
        prior = manifest.get(PRIOR_KEY) if config.prior else None
        head = manifest.get("strategy_head") if config.head and role in models.heads else None
        found[role] = {
            "prompt_version": manifest.get("prompt_version"),
            "scheme": manifest_scheme(manifest),
            "stage": manifest.get("stage", "sft"),
            "created": manifest.get("created"),
            "prior": {"source": prior.get("source"), "balance": prior.get("balance")} if prior else None,
            "head": {k: head.get(k) for k in ("train_turns", "C", "class_weight", "scheme")}
            if head
            else None,
        }
    return found


def prepare_output(out_dir: Path, settings: dict[str, Any], overwrite: bool = False) -> list[dict[str, Any]]:
    """Create ``out_dir`` or check it holds a run with the same ``settings``; return the rows done."""
    out_dir.mkdir(parents=True, exist_ok=True)
    run_file, pred_file = out_dir / RUN_FILE, out_dir / PREDICTIONS
    if overwrite:
        pred_file.unlink(missing_ok=True)
    elif run_file.is_file():
        previous = json.loads(run_file.read_text()).get("settings", {})
        changed = sorted(k for k in settings.keys() | previous.keys() if previous.get(k) != settings.get(k))
        if changed:
            raise EvalError(
                f"{out_dir} holds a run with other settings ({', '.join(changed)}); use --overwrite"
            )
    run_file.write_text(json.dumps({"settings": settings}, indent=2) + "\n")
    return read_rows(pred_file)


def evaluate(
    models: RoleModels,
    config: EvalConfig,
    out_dir: Path,
    *,
    overwrite: bool = False,
    progress: Progress | None = None,
) -> dict[str, Any]:
    """Run (or resume) the evaluation and write predictions, metrics and the report.

    Refuses adapters trained on another split scheme. With ``config.head`` off, ``models`` stop using
    their strategy heads. ``run.json`` records the prompt version and, per role, the adapter's scheme and
    the prior and head in use."""
    config.check()
    check_scheme(models.manifests, config.scheme)
    models.generation = config.generation
    if not config.head:
        for role in list(models.heads):
            models.set_head(role, None)
    turns = eval_turns(config)
    replies = reply_ids(config, turns)
    settings = {
        **_settings(config),
        **_generation_settings(config, models, replies),
        "prompt_version": PROMPT_VERSION,
        "adapters_in_use": adapters_in_use(models, config),
    }
    done = {row["id"] for row in prepare_output(out_dir, settings, overwrite)}
    todo = [t for t in turns if t.id not in done]
    if progress:
        progress(len(turns) - len(todo), len(turns))
    with (out_dir / PREDICTIONS).open("a", encoding="utf-8") as fh:
        for start in range(0, len(todo), config.batch_size):
            batch = todo[start : start + config.batch_size]
            for row in run_batch(models, config, batch, offset=start, replies=replies):
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
            if progress:
                progress(len(turns) - len(todo) + start + len(batch), len(turns))
    return finish(
        out_dir,
        title=f"{config.system} on ESConv {config.split} ({config.scheme})",
        settings=settings,
    )


def finish(out_dir: Path, title: str, settings: dict[str, Any] | None = None) -> dict[str, Any]:
    """Score ``predictions.jsonl`` (and ``judge.jsonl`` if present); write metrics and the report."""
    from trainers.judge import JUDGE_FILE, judge_summary
    from trainers.report import write_report

    rows = read_rows(out_dir / PREDICTIONS)
    if not rows:
        raise EvalError(f"{out_dir / PREDICTIONS}: no predictions")
    metrics = metrics_from_rows(rows)
    verdicts = read_rows(out_dir / JUDGE_FILE)
    if verdicts:
        metrics["judge"] = judge_summary(verdicts)
    (out_dir / METRICS_FILE).write_text(json.dumps(metrics, indent=2) + "\n")
    write_report(out_dir, rows, metrics, title=title, settings=settings or {})
    return metrics
