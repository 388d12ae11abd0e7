"""Inferential Preference Mining (method.md §4): sample the SFT roles over training turns and build the
IPM-PrefDial preference pairs, one file per role, in TRL's conversational preference format.

- ``planner``: chosen = the gold strategy, rejected = the SFT planner's sampled strategy; only turns
  where they differ (strategy errors go to the planner). An answer that is not one of the 8 names is
  kept as rejected too (``keep_invalid``), with ``rejected_valid = false``.
- ``generator``: the SFT generator is prompted with the **gold** strategy; chosen = the gold reply,
  rejected = its sample (content errors go to the generator, never confounded with strategy).
- ``joint`` (the Vanilla-DPO baseline): chosen = gold ``[Strategy] reply``, rejected = the joint SFT
  output.

Reply pairs then pass the judge filter (:mod:`trainers.judge_filter`): chosen clean and rejected with
at least one of Lack Empathy, Early Emotion Shift, Template Response. A joint pair whose rejected
strategy differs from gold also counts as showing an error ("Strategy Mismatch"), since a joint pair
carries both choices; its chosen reply must still be clean.

Every turn is sampled with its own seed (the run's seed, the role and the turn id; see
:mod:`trainers.generation`), so its sample does not depend on batching or order. Generator and joint
samples that hit ``max_new_tokens`` before their end-of-turn token give no pair (``drop_capped``). A chat
judge sees the gold reply as A or as B, drawn per pair and recorded.

Output folder: ``settings.json`` (what the samples depend on: a resumed run with other settings or
other adapters is refused), ``samples/<role>.jsonl`` (every sample, appended batch by batch: an
interrupted run resumes), ``verdicts/<role>.jsonl`` (the judge's verdict per pair, reused on resume
when the judge is the same), ``ipm-prefdial/<role>.jsonl`` (kept pairs: ``prompt``/``chosen``/
``rejected`` plus bookkeeping and the verdict), ``ipm-prefdial/<role>.dropped.jsonl`` and ``summary.json``.
"""

from __future__ import annotations

import json
import os
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from esc_graph.adapters import adapter_digest, check_scheme
from esc_graph.prompts import (
    PROMPT_VERSION,
    REPLY_TOKEN_CAP,
    ChatMessage,
    generator_messages,
    joint_messages,
    joint_target,
    parse_joint,
    planner_messages,
    transcript,
)
from trainers.data import TRAIN_ROLES
from trainers.evaluate import match_strategy, read_rows
from trainers.generation import generate_rows, turn_seed
from trainers.judge_filter import FilterVerdict, PairJudge, ReplyPair
from trainers.turns import Turn
from trainers.turns import select_turns as corpus_turns

if TYPE_CHECKING:
    from esc_graph.models import RoleModels

STRATEGY_MISMATCH = "Strategy Mismatch"
Progress = Callable[[str, int, int], None]


@dataclass
class MineConfig:
    """Every knob of one mining run. Sampling defaults follow method.md §4 (T = 0.7, top-p = 0.95)."""

    roles: tuple[str, ...] = TRAIN_ROLES  # which SFT roles to sample
    data: str | None = None  # ESConv folder or "hf"; None = ../shared/data/esconv
    scheme: str = "thu-coai"
    split: str = "train"
    max_dialogues: int | None = None  # seeded random subset of dialogues (quick runs)
    max_turns: int | None = None  # seeded random subset of supporter turns, after max_dialogues
    seed: int = 0
    temperature: float = 0.7
    top_p: float = 0.95
    batch_size: int = 8
    max_new_tokens: int = REPLY_TOKEN_CAP  # replies (generator, joint)
    planner_max_new_tokens: int = 12
    keep_invalid: bool = True  # planner: keep answers that are none of the 8 names as rejected
    drop_capped: bool = True  # replies cut at max_new_tokens are unfinished: no rejected reply of them

    def check(self) -> None:
        unknown = [r for r in self.roles if r not in TRAIN_ROLES]
        if unknown or not self.roles:
            raise ValueError(f"roles must be among {', '.join(TRAIN_ROLES)}; got {', '.join(self.roles)}")
        if self.batch_size < 1 or self.max_new_tokens < 1 or self.planner_max_new_tokens < 1:
            raise ValueError("batch_size and the token limits must be at least 1")
        if not 0 < self.top_p <= 1 or self.temperature < 0:
            raise ValueError("top_p must be in (0, 1] and temperature at least 0")


def select_turns(config: MineConfig) -> list[Turn]:
    """The training turns to mine: seeded subsets of dialogues, then of turns."""
    return corpus_turns(
        config.data,
        config.split,
        config.scheme,
        limit=config.max_turns,
        seed=config.seed,
        max_dialogues=config.max_dialogues,
    )


def role_prompt(role: str, turn: Turn) -> list[ChatMessage]:
    """The prompt the SFT role is sampled with; the generator always gets the gold strategy."""
    if role == "planner":
        return planner_messages(turn.history, turn.appraisal)
    if role == "generator":
        return generator_messages(turn.history, turn.strategy, appraisal=turn.appraisal)
    return joint_messages(turn.history, turn.appraisal)


# --- sampling -----------------------------------------------------------------------------------


def sampling_order(role: str, turns: Sequence[Turn]) -> list[Turn]:
    """Turns by prompt length: a batch of similar lengths pads less. Ids make resuming order-free."""
    return sorted(turns, key=lambda t: sum(len(m["content"]) for m in role_prompt(role, t)))


def sample_role(
    models: RoleModels,
    role: str,
    turns: Sequence[Turn],
    config: MineConfig,
    out_file: Path,
    progress: Progress | None = None,
) -> dict[str, dict[str, Any]]:
    """Sample ``role`` on every turn not yet in ``out_file``; return all samples by turn id."""
    done = {row["id"]: row for row in read_rows(out_file)}
    todo = sampling_order(role, [t for t in turns if t.id not in done])
    limit = config.planner_max_new_tokens if role == "planner" else config.max_new_tokens
    if progress:
        progress(role, len(turns) - len(todo), len(turns))
    with out_file.open("a", encoding="utf-8") as fh:
        for start in range(0, len(todo), config.batch_size):
            batch = todo[start : start + config.batch_size]
            seeds = [turn_seed(config.seed, f"{role}:{t.id}") for t in batch]
            found = generate_rows(
                models,
                role,
                [role_prompt(role, t) for t in batch],
                max_new_tokens=limit,
                temperature=config.temperature,
                top_p=config.top_p,
                seeds=seeds,
                no_repeat_ngram=0,  # unguarded: a loop is one of the model's mistakes that DPO should see
            )
            for turn, seed, got in zip(batch, seeds, found, strict=True):
                row = {
                    "id": turn.id,
                    "role": role,
                    "gold_strategy": turn.strategy,
                    "sample": got.text,
                    "finished": got.finished,
                    "seed": seed,
                }
                done[turn.id] = row
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
            if progress:
                progress(role, len(turns) - len(todo) + start + len(batch), len(turns))
    return done


# --- pairs --------------------------------------------------------------------------------------


def _same(a: str, b: str) -> bool:
    return " ".join(a.lower().split()) == " ".join(b.lower().split())


def _pair(role: str, turn: Turn, chosen: str, rejected: str, **extra: Any) -> dict[str, Any]:
    return {
        "prompt": role_prompt(role, turn),
        "chosen": [{"role": "assistant", "content": chosen}],
        "rejected": [{"role": "assistant", "content": rejected}],
        "id": turn.id,
        "dialogue_id": turn.dialogue,
        "turn": turn.index,
        "gold_strategy": turn.strategy,
        **extra,
    }


def candidate_pairs(role: str, turn: Turn, sample: str, keep_invalid: bool = True) -> dict[str, Any] | None:
    """The preference pair one sample gives, or None when it carries no preference."""
    if role == "planner":
        predicted = match_strategy(sample)
        first_line = sample.strip().splitlines()[0].strip() if sample.strip() else ""
        rejected = predicted or first_line
        if predicted == turn.strategy or not rejected or (predicted is None and not keep_invalid):
            return None
        return _pair(role, turn, turn.strategy, rejected, rejected_valid=predicted is not None)
    if role == "generator":
        if not sample.strip() or _same(sample, turn.gold.text):
            return None
        return _pair(role, turn, turn.gold.text, sample.strip())
    strategy, reply = parse_joint(sample)
    gold = joint_target(turn.strategy, turn.gold.text)
    if not sample.strip() or _same(sample, gold):
        return None
    return _pair(role, turn, gold, sample.strip(), rejected_strategy=strategy, rejected_reply=reply)


def reply_pair(role: str, turn: Turn, pair: dict[str, Any], seed: int = 0) -> ReplyPair:
    """What the judge sees: context, the seeker's last message, and the two replies (tags removed).

    Whether the gold reply is shown first (as A) is drawn per pair from ``seed`` and the turn id, so a
    judge that favours one position cannot favour the gold reply."""
    rejected = pair["rejected_reply"] if role == "joint" else pair["rejected"][0]["content"]
    return ReplyPair(
        id=turn.id,
        context=transcript(turn.history),
        seeker=turn.seeker,
        strategy=turn.strategy,
        chosen=turn.gold.text,
        rejected=rejected,
        supporter_history=tuple(u.text for u in turn.history if u.speaker == "supporter")[-4:],
        chosen_first=turn_seed(seed, f"judge-order:{role}:{turn.id}") % 2 == 0,
    )


def joint_verdict(verdict: FilterVerdict, pair: dict[str, Any]) -> FilterVerdict:
    """A joint pair also carries the strategy: a wrong rejected strategy is an error of its own."""
    if pair["rejected_strategy"] == pair["gold_strategy"] or not verdict.ok:
        return verdict
    errors = [STRATEGY_MISMATCH, *verdict.rejected_errors]
    keep = not verdict.chosen_errors
    reason = verdict.reason if not keep else f"kept: rejected shows {', '.join(errors)}"
    return replace(verdict, keep=keep, reason=reason, rejected_errors=errors, ok=True)


def judge_pairs(
    role: str,
    turns: dict[str, Turn],
    pairs: list[dict[str, Any]],
    judge: PairJudge,
    out_file: Path,
    progress: Progress | None = None,
    seed: int = 0,
) -> None:
    """Attach a verdict to every reply pair, reusing verdicts of the same judge from ``out_file``."""
    done = {v["id"]: v for v in read_rows(out_file) if v.get("judge") == judge.name}
    todo = [p for p in pairs if p["id"] not in done]
    replies = {p["id"]: reply_pair(role, turns[p["id"]], p, seed) for p in pairs}
    prepare = getattr(judge, "prepare", None)
    if prepare and todo:
        prepare([replies[p["id"]] for p in todo])
    with out_file.open("a", encoding="utf-8") as fh:
        for k, pair in enumerate(pairs):
            if pair["id"] not in done:
                done[pair["id"]] = {"id": pair["id"], **judge.judge(replies[pair["id"]]).to_dict()}
                fh.write(json.dumps(done[pair["id"]], ensure_ascii=False) + "\n")
                fh.flush()
            if progress and (k % 16 == 15 or k + 1 == len(pairs)):
                progress(f"judging {role}", k + 1, len(pairs))
    for pair in pairs:
        verdict = FilterVerdict(**{k: v for k, v in done[pair["id"]].items() if k != "id"})
        pair["judge"] = (joint_verdict(verdict, pair) if role == "joint" else verdict).to_dict()
        pair["judge_order"] = "chosen first" if replies[pair["id"]].chosen_first else "rejected first"


# --- the whole run ------------------------------------------------------------------------------


def mine(
    models: RoleModels,
    config: MineConfig,
    out_dir: Path,
    judge: PairJudge | None,
    progress: Progress | None = None,
    adapters_dir: Path | None = None,
) -> dict[str, Any]:
    """Sample, pair, judge and write IPM-PrefDial; return the summary (also in ``summary.json``).

    ``adapters_dir``: the folder ``models``' adapters came from; their weights' digests then guard a
    resumed run against samples of other adapters."""
    config.check()
    missing = [r for r in config.roles if r not in models.roles]
    if missing:
        raise ValueError(f"no SFT adapter for {', '.join(missing)}: mining samples the SFT models")
    check_scheme({r: models.manifests[r] for r in config.roles}, config.scheme)
    out_dir = Path(out_dir)
    for sub in ("samples", "verdicts", "ipm-prefdial"):
        (out_dir / sub).mkdir(parents=True, exist_ok=True)
    adapters = adapter_ids(models, config.roles, adapters_dir)
    guard_settings(out_dir, config, adapters)
    turns = select_turns(config)
    by_id = {t.id: t for t in turns}
    summary: dict[str, Any] = {
        "config": asdict(config),
        "prompt_version": PROMPT_VERSION,
        "judge": judge.name if judge else None,
        "turns": len(turns),
        "adapters": adapters,
        "roles": {},
    }
    for role in config.roles:
        started = time.perf_counter()
        samples = sample_role(models, role, turns, config, out_dir / "samples" / f"{role}.jsonl", progress)
        sampled = time.perf_counter() - started
        capped = {t.id for t in turns if role != "planner" and not samples[t.id].get("finished", True)}
        pairs = [
            p
            for t in turns
            if not (config.drop_capped and t.id in capped)
            and (p := candidate_pairs(role, t, samples[t.id]["sample"], config.keep_invalid)) is not None
        ]
        if role != "planner" and judge is not None:
            verdicts = out_dir / "verdicts" / f"{role}.jsonl"
            judge_pairs(role, by_id, pairs, judge, verdicts, progress, seed=config.seed)
        kept = [p for p in pairs if p.get("judge", {"keep": True})["keep"]]
        dropped = [p for p in pairs if not p.get("judge", {"keep": True})["keep"]]
        _write(out_dir / "ipm-prefdial" / f"{role}.jsonl", kept)
        _write(out_dir / "ipm-prefdial" / f"{role}.dropped.jsonl", dropped)
        summary["roles"][role] = role_summary(role, samples, turns, pairs, kept, sampled, started)
        summary["roles"][role]["capped"] = len(capped)
    (out_dir / "summary.json").write_text(json.dumps(summary, indent=2) + "\n")
    return summary


# Settings that do not change what a turn's sample is (it depends on its seed, not on the subset).
SAMPLE_FREE_SETTINGS = ("roles", "batch_size", "keep_invalid", "drop_capped", "max_dialogues", "max_turns")
SETTINGS_FILE = "settings.json"


def adapter_ids(
    models: RoleModels, roles: Sequence[str], adapters_dir: Path | None
) -> dict[str, dict[str, Any]]:
    """What identifies each sampled adapter: its weights' digest (when its folder is known) and its
    manifest's creation time."""
    found = {}
    for role in roles:
        weights = Path(adapters_dir) / role / "adapter_model.safetensors" if adapters_dir else None
        digest = adapter_digest(weights) if weights and weights.is_file() else None
        found[role] = {"created": models.manifests[role].get("created"), "weights": digest}
    return found


def guard_settings(out_dir: Path, config: MineConfig, adapters: dict[str, dict[str, Any]]) -> None:
    """Refuse to resume samples drawn with other settings or adapters; record the settings otherwise."""
    path = out_dir / SETTINGS_FILE
    settings = {k: v for k, v in asdict(config).items() if k not in SAMPLE_FREE_SETTINGS}
    settings["prompt_version"] = PROMPT_VERSION
    stored = json.loads(path.read_text()) if path.is_file() else {"settings": settings, "adapters": {}}
    changed = sorted(
        k for k in settings.keys() | stored["settings"].keys() if settings.get(k) != stored["settings"].get(k)
    )
    changed += [
        f"{r} adapter" for r in adapters if r in stored["adapters"] and stored["adapters"][r] != adapters[r]
    ]
    if changed:
        raise ValueError(
            f"{out_dir} holds samples mined with other settings ({', '.join(changed)}); use another --out"
        )
    if not path.is_file() and any((out_dir / "samples").glob("*.jsonl")):
        raise ValueError(f"{out_dir} holds samples with no recorded settings; use another --out")
    stored["adapters"].update(adapters)
    path.write_text(json.dumps(stored, indent=2) + "\n")


def role_summary(
    role: str,
    samples: dict[str, dict[str, Any]],
    turns: Sequence[Turn],
    pairs: Sequence[dict[str, Any]],
    kept: Sequence[dict[str, Any]],
    sample_seconds: float,
    started: float,
) -> dict[str, Any]:
    verdicts = [p["judge"] for p in pairs if "judge" in p]
    out: dict[str, Any] = {
        "samples": len(turns),
        "pairs_before_filter": len(pairs),
        "pairs_after_filter": len(kept),
        "no_preference": len(turns) - len(pairs),  # sample equal to gold (or empty)
        "sample_seconds": round(sample_seconds, 1),
        "total_seconds": round(time.perf_counter() - started, 1),
    }
    if role == "planner":
        out["invalid_rejected"] = sum(1 for p in pairs if not p["rejected_valid"])
        out["confusions"] = dict(
            Counter(f"{p['gold_strategy']} -> {p['rejected'][0]['content']}" for p in pairs).most_common(10)
        )
    if verdicts:
        out["rejected_errors"] = dict(
            Counter(e for v in verdicts for e in v["rejected_errors"]).most_common()
        )
        out["chosen_errors"] = dict(Counter(e for v in verdicts for e in v["chosen_errors"]).most_common())
        out["judge_failures"] = sum(1 for v in verdicts if not v["ok"])
        out["drop_reasons"] = dict(
            Counter(v["reason"].split(" (")[0] for v in verdicts if not v["keep"]).most_common()
        )
    return out


def _write(path: Path, rows: Sequence[dict[str, Any]]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    tmp.replace(path)


def read_pairs(path: Path) -> list[dict[str, Any]]:
    """An IPM-PrefDial file's rows (any JSON Lines file with prompt/chosen/rejected)."""
    rows = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
    for i, row in enumerate(rows, 1):
        if not all(k in row for k in ("prompt", "chosen", "rejected")):
            raise ValueError(f"{path}:{i}: a preference row needs prompt, chosen and rejected")
    return rows
