"""ESConv from the Hugging Face hub (``thu-coai/esconv``), converted once into our JSON Lines folder.

The hub holds thu-coai's own split as ``train.txt``/``valid.txt``/``test.txt``: one JSON dialogue per
line with ``usr``/``sys`` speakers under ``dialog`` and survey scores as strings. The conversion gives
the same records as ``../shared/data/esconv`` (see its README): speakers renamed, whitespace collapsed,
survey scores as ints. thu-coai drew the split by shuffling ``ESConv.json`` with ``random.seed(13)``
(valid first, then test, then train), so replaying that shuffle recovers each dialogue's position, the
``esconv-NNNN`` id. A copy with other counts gets ``hf-<split>-NNNN`` ids instead.
"""

from __future__ import annotations

import json
import random
import socket
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from esc_graph.cache import CacheError, build_once, cache_dir
from esc_graph.strategies import STRATEGY_NAMES
from trainers.data import SPLITS, DataError, is_data_dir, parse_dialogue, read_jsonl

HUB_REPO = "thu-coai/esconv"
HUB_FILES = {"train": "train.txt", "valid": "valid.txt", "test": "test.txt"}
# Dialogues and supporter turns per split in thu-coai's release (the shared data README's table).
RELEASE = {"train": (910, 12_759), "valid": (195, 2_722), "test": (195, 2_895)}
SHUFFLE_SEED = 13
SHUFFLE_ORDER = ("valid", "test", "train")
SPEAKERS = {"usr": "seeker", "sys": "supporter"}
SOURCE_NOTE = "source.json"


def cached_copy() -> Path:
    return cache_dir() / "data" / "esconv"


# --- fetching ---------------------------------------------------------------------------------


def _hub_offline() -> bool:
    from huggingface_hub import constants

    return constants.is_offline_mode()


def _check_reachable() -> None:
    """Fail at once when the hub's host does not resolve, instead of after minutes of retries."""
    from huggingface_hub import constants

    host = urlparse(constants.ENDPOINT).hostname or constants.ENDPOINT
    try:
        socket.getaddrinfo(host, 443)
    except OSError as exc:
        raise DataError(
            f"cannot reach the Hugging Face hub at {host} ({exc.strerror or exc}); "
            "pass --data DIR with a local ESConv folder, or retry with a network"
        ) from None


def fetch_hub_files() -> dict[str, Path]:
    """The three split files from the hub (or from the hub's local cache when offline)."""
    from huggingface_hub import hf_hub_download

    offline = _hub_offline()
    if not offline:
        _check_reachable()
    try:
        return {
            split: Path(hf_hub_download(HUB_REPO, name, repo_type="dataset"))
            for split, name in HUB_FILES.items()
        }
    except Exception as exc:  # the hub's errors differ by version; all mean "not available here"
        if offline:
            raise DataError(
                "the Hugging Face hub is off (--offline, HF_HUB_OFFLINE=1 or no network) and "
                f"{HUB_REPO} is not in its cache; run `esc-graph data --hub` once with a network, "
                "or pass --data DIR"
            ) from None
        reason = " ".join(str(exc).split())[:200]
        raise DataError(f"cannot fetch {HUB_REPO} from the Hugging Face hub: {reason}") from None


# --- converting -------------------------------------------------------------------------------


def _survey(raw: Any) -> dict[str, dict[str, int]]:
    raw = raw if isinstance(raw, dict) else {}
    return {
        who: {k: int(v) for k, v in (raw.get(who) or {}).items() if str(v).strip()}
        for who in ("seeker", "supporter")
    }


def _turn(raw: dict[str, Any]) -> dict[str, Any]:
    turn = {
        "speaker": SPEAKERS.get(raw.get("speaker"), raw.get("speaker")),
        "text": " ".join(raw["text"].split()),
    }
    if turn["speaker"] == "supporter":
        turn["strategy"] = raw.get("strategy")
    return turn


def convert_record(raw: dict[str, Any], dialogue_id: str, split: str) -> dict[str, Any]:
    """One hub dialogue as one line of our format."""
    return {
        "id": dialogue_id,
        "split": split,
        "experience_type": raw.get("experience_type"),
        "emotion_type": raw["emotion_type"],
        "problem_type": raw["problem_type"],
        "situation": raw["situation"],
        "survey_score": _survey(raw.get("survey_score")),
        "turns": [_turn(t) for t in raw["dialog"]],
    }


def _read_hub_file(path: Path) -> list[dict[str, Any]]:
    rows = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DataError(f"{path}:{lineno}: not valid JSON ({exc.msg})") from None
        if not isinstance(row, dict) or not isinstance(row.get("dialog"), list):
            raise DataError(f"{path}:{lineno}: expected a dialogue object with a 'dialog' list")
        rows.append(row)
    return rows


def _ids(counts: dict[str, int]) -> dict[str, list[str]]:
    """``esconv-NNNN`` ids by replaying thu-coai's shuffle, when the counts are the release's."""
    if all(counts[s] == RELEASE[s][0] for s in SPLITS):
        order = list(range(sum(counts.values())))
        random.Random(SHUFFLE_SEED).shuffle(order)
        ids, start = {}, 0
        for split in SHUFFLE_ORDER:
            ids[split] = [f"esconv-{order[start + i]:04d}" for i in range(counts[split])]
            start += counts[split]
        return ids
    return {s: [f"hf-{s}-{i:04d}" for i in range(counts[s])] for s in SPLITS}


def convert_hub_files(files: dict[str, Path], out: Path) -> dict[str, int]:
    """Write ``out/{train,valid,test}.jsonl`` from the hub's split files; returns dialogues per split."""
    raw = {split: _read_hub_file(files[split]) for split in SPLITS}
    ids = _ids({s: len(rows) for s, rows in raw.items()})
    out.mkdir(parents=True, exist_ok=True)
    for split in SPLITS:
        lines = []
        for i, row in enumerate(raw[split]):
            where = f"{files[split]}:{i + 1}"
            try:
                record = convert_record(row, ids[split][i], split)
            except (KeyError, TypeError, AttributeError, ValueError) as exc:
                raise DataError(f"{where}: cannot convert this dialogue ({exc!r})") from None
            parse_dialogue(record, where)  # the same checks as every folder we read
            lines.append(json.dumps(record, ensure_ascii=False))
        (out / f"{split}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    note = {"source": f"Hugging Face hub dataset {HUB_REPO}", "licence": "CC BY-NC 4.0 (non-commercial)"}
    (out / SOURCE_NOTE).write_text(json.dumps(note, indent=1) + "\n")
    return {s: len(rows) for s, rows in raw.items()}


def check_release_counts(folder: Path) -> None:
    """Refuse a converted copy whose dialogue or supporter-turn counts differ from the release."""
    stats = folder_statistics(folder)
    for split, (dialogues, supporter) in RELEASE.items():
        got = stats[split]
        if (got["dialogues"], got["supporter_turns"]) != (dialogues, supporter):
            raise DataError(
                f"{HUB_REPO} {split} has {got['dialogues']} dialogues and {got['supporter_turns']} supporter "
                f"turns, the ESConv release {dialogues} and {supporter}; not cached"
            )


def ensure_hub_copy(refresh: bool = False) -> Path:
    """The hub copy converted into our format in the cache: fetched and checked once, then reused."""
    target = cached_copy()

    def build(tmp: Path) -> None:
        convert_hub_files(fetch_hub_files(), tmp)
        check_release_counts(tmp)

    try:
        return build_once(target, build, ready=is_data_dir, rebuild=refresh)
    except CacheError as exc:
        raise DataError(str(exc)) from None


# --- statistics -------------------------------------------------------------------------------


def folder_statistics(folder: Path) -> dict[str, dict[str, Any]]:
    """Per split: dialogues, turns, seeker and supporter turns, supporter turns per strategy."""
    stats = {}
    for split in SPLITS:
        dialogues = read_jsonl(folder / f"{split}.jsonl")
        turns = [t for d in dialogues for t in d.turns]
        strategies = Counter(t.strategy for t in turns if t.speaker == "supporter")
        stats[split] = {
            "dialogues": len(dialogues),
            "turns": len(turns),
            "seeker_turns": sum(t.speaker == "seeker" for t in turns),
            "supporter_turns": sum(t.speaker == "supporter" for t in turns),
            "strategies": {name: strategies.get(name, 0) for name in STRATEGY_NAMES},
        }
    return stats


def matches_release(stats: dict[str, dict[str, Any]]) -> bool:
    return all((stats[s]["dialogues"], stats[s]["supporter_turns"]) == RELEASE[s] for s in SPLITS)
