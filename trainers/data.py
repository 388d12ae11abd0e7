"""ESConv → the three role datasets of method.md §3, in TRL's conversational prompt-completion format.

One example per supporter turn, gold history. Every prompt comes from :mod:`esc_graph.prompts`:

- ``planner``:   prompt = ``planner_messages(history, appraisal)``,   completion = the strategy name
- ``generator``: prompt = ``generator_messages(history, strategy, appraisal=appraisal)``,
                 completion = the gold reply
- ``joint``:     prompt = ``joint_messages(history, appraisal)``,     completion = ``[Strategy] reply``

``appraisal``: what serving's appraiser would read from the history (``trainers.appraisal_turns``).

Splits: ``thu-coai`` (ESConv's own 910/195/195, the files ``train/valid/test.jsonl``) or
``decoupledesc`` (the paper's 130/130 valid/test ids from ``decoupledesc_split.json``; every other
dialogue of the 1,300 is its training set).
"""

from __future__ import annotations

import argparse
import json
import os
import random
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from esc_graph.prompts import (
    ChatMessage,
    Utterance,
    generator_messages,
    joint_messages,
    joint_target,
    planner_messages,
)
from esc_graph.state import Appraisal
from esc_graph.strategies import STRATEGY_NAMES

TRAIN_ROLES = ("planner", "generator", "joint")
SPLITS = ("train", "valid", "test")
SCHEMES = ("thu-coai", "decoupledesc")
PAPER_SPLIT_FILE = "decoupledesc_split.json"
_REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = _REPO.parent / "shared" / "data" / "esconv"
DATA_ENV = "ESC_GRAPH_DATA"
HUB = "hf"


class DataError(ValueError):
    """A data file is missing or malformed; the message names the file (and line)."""


@dataclass(frozen=True)
class Dialogue:
    id: str
    split: str
    emotion_type: str
    problem_type: str
    situation: str
    turns: tuple[Utterance, ...]
    intensity: int | None = None  # the seeker's emotion intensity (1-5) in the survey before the chat


# --- loading ----------------------------------------------------------------------------------


def is_data_dir(path: Path) -> bool:
    """A folder in our format: one JSON Lines file per split."""
    return all((path / f"{split}.jsonl").is_file() for split in SPLITS)


def default_data_dir() -> Path | None:
    """Where ESConv is found when no ``--data`` is given, or None.

    ``$ESC_GRAPH_DATA`` when set (``none`` means: look nowhere), else ``../shared/data/esconv`` next to
    the repository, else the copy ``esc-graph data`` fetched from the hub into the cache.
    """
    from trainers.esconv_hub import cached_copy

    configured = os.environ.get(DATA_ENV)
    if configured:
        return None if configured.lower() == "none" else Path(configured)
    for candidate in (SHARED_DATA, cached_copy()):
        if is_data_dir(candidate):
            return candidate
    return None


def missing_data_message() -> str:
    return (
        "no ESConv data found: pass --data DIR (a folder of train/valid/test.jsonl, "
        "e.g. ../shared/data/esconv), or run `esc-graph data --hub` once with a network "
        "to fetch it from the Hugging Face hub"
    )


def resolve_data_dir(data: str | Path | None) -> Path:
    """An explicit folder, the default folder, or (``"hf"``) the hub copy, fetched once and cached."""
    if data is not None and str(data) == HUB:
        from trainers.esconv_hub import ensure_hub_copy

        return ensure_hub_copy()
    if data is not None:
        path = Path(data)
        if not path.is_dir():
            raise DataError(f"ESConv data folder not found: {path}")
        return path
    found = default_data_dir()
    if found is None:
        raise DataError(missing_data_message())
    if not found.is_dir():
        raise DataError(f"ESConv data folder not found: {found} (from ${DATA_ENV})")
    return found


def _turn(raw: Any, where: str) -> Utterance:
    if not isinstance(raw, dict):
        raise DataError(f"{where}: a turn must be an object, got {type(raw).__name__}")
    speaker, text, strategy = raw.get("speaker"), raw.get("text"), raw.get("strategy")
    if speaker not in ("seeker", "supporter"):
        raise DataError(f"{where}: speaker must be 'seeker' or 'supporter', got {speaker!r}")
    if not isinstance(text, str) or not text.strip():
        raise DataError(f"{where}: turn text missing or empty")
    if speaker == "supporter" and strategy not in STRATEGY_NAMES:
        raise DataError(f"{where}: supporter strategy {strategy!r} is not one of the 8 ESConv strategies")
    return Utterance(speaker, text, strategy if speaker == "supporter" else None)


def parse_dialogue(raw: Any, where: str) -> Dialogue:
    if not isinstance(raw, dict):
        raise DataError(f"{where}: expected a JSON object per line")
    turns = raw.get("turns")
    if not isinstance(raw.get("id"), str) or not isinstance(turns, list) or not turns:
        raise DataError(f"{where}: a dialogue needs a string 'id' and a non-empty 'turns' list")
    return Dialogue(
        id=raw["id"],
        split=str(raw.get("split", "")),
        emotion_type=str(raw.get("emotion_type", "")),
        problem_type=str(raw.get("problem_type", "")),
        situation=str(raw.get("situation", "")),
        turns=tuple(_turn(t, f"{where}: turn {i}") for i, t in enumerate(turns)),
        intensity=_initial_intensity(raw),
    )


def _initial_intensity(raw: dict[str, Any]) -> int | None:
    survey = raw.get("survey_score")
    seeker = survey.get("seeker") if isinstance(survey, dict) else None
    value = seeker.get("initial_emotion_intensity") if isinstance(seeker, dict) else None
    return value if isinstance(value, int) and 1 <= value <= 5 else None


def read_jsonl(path: Path) -> list[Dialogue]:
    """Read one ESConv JSON Lines file; errors name the file and the 1-based line."""
    if not path.is_file():
        raise DataError(f"ESConv file not found: {path}")
    dialogues = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
            except json.JSONDecodeError as exc:
                raise DataError(f"{path}:{lineno}: not valid JSON ({exc.msg})") from None
            dialogues.append(parse_dialogue(raw, f"{path}:{lineno}"))
    return dialogues


def _paper_ids(data_dir: Path) -> dict[str, set[str]]:
    path = data_dir / PAPER_SPLIT_FILE
    try:
        raw = json.loads(path.read_text())
        return {split: set(raw[split]) for split in ("valid", "test")}
    except FileNotFoundError:
        raise DataError(f"split file not found: {path}") from None
    except (json.JSONDecodeError, KeyError, TypeError) as exc:
        raise DataError(f"{path}: malformed split file ({exc})") from None


def load_split(data: str | Path | None, split: str, scheme: str = "thu-coai") -> list[Dialogue]:
    """The dialogues of ``split`` (train/valid/test) under ``scheme`` (thu-coai or decoupledesc)."""
    if split not in SPLITS:
        raise DataError(f"unknown split {split!r}; one of {', '.join(SPLITS)}")
    if scheme not in SCHEMES:
        raise DataError(f"unknown split scheme {scheme!r}; one of {', '.join(SCHEMES)}")
    source = resolve_data_dir(data)
    if scheme == "thu-coai":
        return read_jsonl(source / f"{split}.jsonl")
    every = [d for s in SPLITS for d in read_jsonl(source / f"{s}.jsonl")]
    ids = _paper_ids(source)
    if split == "train":
        held_out = ids["valid"] | ids["test"]
        return [d for d in every if d.id not in held_out]
    chosen = [d for d in every if d.id in ids[split]]
    if len(chosen) != len(ids[split]):
        raise DataError(f"{source / PAPER_SPLIT_FILE}: {len(ids[split]) - len(chosen)} {split} ids not found")
    return chosen


def subsample(items: Sequence[Any], limit: int | None, seed: int) -> list[Any]:
    """A seeded random subset of at most ``limit`` items, kept in their original order."""
    if limit is None or limit >= len(items):
        return list(items)
    keep = sorted(random.Random(seed).sample(range(len(items)), limit))
    return [items[i] for i in keep]


# --- role examples ----------------------------------------------------------------------------


def supporter_turns(dialogue: Dialogue) -> Iterable[tuple[int, list[Utterance], Utterance]]:
    """Each supporter turn with its gold history (everything before it, strategies included)."""
    for i, utt in enumerate(dialogue.turns):
        if utt.speaker == "supporter":
            yield i, list(dialogue.turns[:i]), utt


def role_example(
    role: str, history: Sequence[Utterance], target: Utterance, appraisal: Appraisal | None = None
) -> dict[str, list[ChatMessage]]:
    strategy = target.strategy or "Others"
    if role == "planner":
        prompt, answer = planner_messages(history, appraisal), strategy
    elif role == "generator":
        prompt, answer = generator_messages(history, strategy, appraisal=appraisal), target.text
    elif role == "joint":
        prompt, answer = joint_messages(history, appraisal), joint_target(strategy, target.text)
    else:
        raise ValueError(f"unknown role {role!r}; one of {', '.join(TRAIN_ROLES)}")
    return {"prompt": prompt, "completion": [{"role": "assistant", "content": answer}]}


def role_examples(role: str, dialogues: Iterable[Dialogue]) -> list[dict[str, Any]]:
    """Prompt-completion examples, plus ``strategy``, ``dialogue_id`` and ``turn`` for bookkeeping. Each
    prompt shows the appraisal serving would give its history (``trainers.appraisal_turns``)."""
    from trainers.appraisal_turns import turn_appraisals

    if role not in TRAIN_ROLES:
        raise ValueError(f"unknown role {role!r}; one of {', '.join(TRAIN_ROLES)}")
    turns = [(d, i, history, target) for d in dialogues for i, history, target in supporter_turns(d)]
    appraisals = turn_appraisals([(d.id, history) for d, _i, history, _t in turns])
    rows = []
    for (dialogue, i, history, target), appraisal in zip(turns, appraisals, strict=True):
        row = role_example(role, history, target, appraisal)
        rows.append({**row, "strategy": target.strategy, "dialogue_id": dialogue.id, "turn": i})
    return rows


def build_examples(
    role: str,
    data: str | Path | None = None,
    split: str = "train",
    scheme: str = "thu-coai",
    max_dialogues: int | None = None,
    max_examples: int | None = None,
    seed: int = 0,
) -> list[dict[str, Any]]:
    dialogues = subsample(load_split(data, split, scheme), max_dialogues, seed)
    return subsample(role_examples(role, dialogues), max_examples, seed)


def to_dataset(rows: Sequence[dict[str, Any]]):
    """A ``datasets.Dataset`` holding only the ``prompt`` and ``completion`` columns TRL trains on."""
    from datasets import Dataset

    return Dataset.from_list([{"prompt": r["prompt"], "completion": r["completion"]} for r in rows])


# --- statistics -------------------------------------------------------------------------------


def statistics(rows: Sequence[dict[str, Any]], tokenizer: Any = None) -> dict[str, Any]:
    """Example count, strategy counts and (with a tokenizer) prompt and completion token lengths."""
    stats: dict[str, Any] = {
        "examples": len(rows),
        "dialogues": len({r["dialogue_id"] for r in rows}),
        "strategies": dict(Counter(r["strategy"] for r in rows).most_common()),
    }
    if tokenizer is not None and rows:
        prompt_lens, completion_lens = [], []
        for r in rows:
            p = tokenizer.apply_chat_template(r["prompt"], add_generation_prompt=True, tokenize=True)
            full = tokenizer.apply_chat_template(r["prompt"] + r["completion"], tokenize=True)
            p, full = _ids(p), _ids(full)
            prompt_lens.append(len(p))
            completion_lens.append(len(full) - len(p))
        stats["prompt_tokens"] = _summary(prompt_lens)
        stats["completion_tokens"] = _summary(completion_lens)
    return stats


def _ids(encoded: Any) -> list[int]:
    return list(encoded["input_ids"] if isinstance(encoded, dict) or hasattr(encoded, "keys") else encoded)


def _summary(values: list[int]) -> dict[str, float]:
    ordered = sorted(values)
    return {
        "mean": round(sum(ordered) / len(ordered), 1),
        "p50": ordered[len(ordered) // 2],
        "p95": ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))],
        "max": ordered[-1],
        "total": sum(ordered),
    }


def format_statistics(role: str, split: str, stats: dict[str, Any]) -> str:
    lines = [f"{role} / {split}: {stats['examples']} examples from {stats['dialogues']} dialogues"]
    for key in ("prompt_tokens", "completion_tokens"):
        if key in stats:
            s = stats[key]
            lines.append(
                f"  {key.replace('_', ' ')}: mean {s['mean']}, p50 {s['p50']}, p95 {s['p95']}, "
                f"max {s['max']}, total {s['total']}"
            )
    counts = ", ".join(f"{name} {n}" for name, n in stats["strategies"].items())
    lines.append(f"  strategies: {counts}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Print ESConv role-dataset statistics.")
    parser.add_argument(
        "--data",
        default=None,
        help="ESConv folder, or 'hf' (default: $ESC_GRAPH_DATA, ../shared/data/esconv)",
    )
    parser.add_argument("--role", choices=TRAIN_ROLES, default="planner")
    parser.add_argument("--split", choices=SPLITS, default="train")
    parser.add_argument("--scheme", choices=SCHEMES, default="thu-coai")
    parser.add_argument("--max-dialogues", type=int, default=None)
    parser.add_argument("--max-examples", type=int, default=None)
    parser.add_argument("--tokenizer", default=None, help="tokenizer folder or id, for token lengths")
    args = parser.parse_args(argv)
    rows = build_examples(
        args.role, args.data, args.split, args.scheme, args.max_dialogues, args.max_examples
    )
    tokenizer = None
    if args.tokenizer:
        from transformers import AutoTokenizer

        tokenizer = AutoTokenizer.from_pretrained(args.tokenizer)
    print(format_statistics(args.role, args.split, statistics(rows, tokenizer)))


if __name__ == "__main__":
    main()
