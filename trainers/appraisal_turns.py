"""The appraisal a training or evaluation turn shows in its prompts: the one serving would give it.

Serving appraises a conversation with the packaged appraiser (``esc_graph.appraisal``). A trainer that
builds a prompt for a supporter turn of an ESConv dialogue gives it the appraisal of the seeker's
messages before that turn, from a model that never saw the dialogue:
- a dialogue the appraiser was trained on gets its out-of-fold appraisal (``out_of_fold.json.gz`` in the
  appraiser folder, written by ``esc-graph train appraiser``; used only where the seeker's message
  matches the trained one by digest), so training prompts are no more accurate than serving ones;
- any other dialogue gets the appraiser's own reading, kept in esc-graph's cache folder under the
  appraiser's checksum, so a rerun does not encode the same conversations again.
A turn before the seeker's first message has no appraisal (and its prompts no appraisal line).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import numpy as np

from esc_graph.appraisal import (
    LABEL_SETS,
    PACKAGED,
    Appraiser,
    appraisal_from,
    dense_features,
    joined_text,
    seeker_messages,
)
from esc_graph.cache import cache_dir
from esc_graph.prompts import Utterance
from esc_graph.state import Appraisal

OUT_OF_FOLD_FILE = "out_of_fold.json.gz"
Probabilities = list[list[float]]  # one row per label set, in LABEL_SETS order


@cache
def _appraiser(folder: Path) -> Appraiser:
    return Appraiser(folder)


@cache
def _out_of_fold(folder: Path, checksum: str) -> dict[str, dict[str, list]]:
    path = folder / OUT_OF_FOLD_FILE
    if not path.is_file():
        return {}
    from esc_graph.model_files import file_sha256

    if file_sha256(path) != checksum:
        raise ValueError(f"{path} fails the checksum in the appraiser's config (damaged or replaced)")
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return json.load(fh)["dialogues"]


def message_digest(message: str) -> str:
    """A short digest of a seeker message: an out-of-fold appraisal is used only for the same text."""
    return hashlib.sha256(message.encode()).hexdigest()[:10]


def _key(messages: Sequence[str]) -> str:
    return hashlib.sha256("\x00".join(messages).encode()).hexdigest()[:24]


def _cache_path(appraiser: Appraiser) -> Path:
    return cache_dir() / "appraisals" / f"{appraiser.checksum[:16]}.json"


def _read_cache(path: Path) -> dict[str, Probabilities]:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return {}


def _write_cache(path: Path, entries: dict[str, Probabilities]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f"{path.name}.tmp-{os.getpid()}")
    temporary.write_text(json.dumps(entries), encoding="utf-8")
    temporary.replace(path)


def _read_fresh(appraiser: Appraiser, conversations: Sequence[Sequence[str]]) -> list[Probabilities]:
    """The appraiser's distributions for conversations (lists of seeker messages), encoded in one batch."""
    unique = list(dict.fromkeys(m for c in conversations for m in c))
    index = {m: i for i, m in enumerate(unique)}
    joined = [joined_text(c) for c in conversations] if "joined" in appraiser.parts else []
    encoded = appraiser.encoder.encode(unique + joined)
    order = np.array([index[m] for c in conversations for m in c])
    ends = np.cumsum([len(c) for c in conversations])
    starts = ends - np.array([len(c) for c in conversations])
    joined_vectors = encoded[len(unique) :] if joined else None
    features = dense_features(appraiser.parts, encoded[order], ends, starts, joined_vectors)
    probs = appraiser.probabilities(features)
    return [[[float(p) for p in probs[f][i]] for f in LABEL_SETS] for i in range(len(conversations))]


def turn_appraisals(
    turns: Sequence[tuple[str, Sequence[Utterance]]], folder: Path = PACKAGED
) -> list[Appraisal | None]:
    """The appraisal of each ``(dialogue id, history before the turn)``."""
    appraiser = _appraiser(Path(folder))
    out_of_fold = _out_of_fold(Path(folder), appraiser.config.get("out_of_fold_sha256", ""))
    found: list[Probabilities | None] = [None] * len(turns)
    missing: dict[str, list[str]] = {}
    for i, (dialogue, history) in enumerate(turns):
        messages = seeker_messages(history)
        if not messages:
            continue
        entry = out_of_fold.get(dialogue)
        k = len(messages)
        if (
            entry is not None
            and k <= len(entry["rows"])
            and entry["messages"][k - 1] == message_digest(messages[-1])
        ):
            found[i] = entry["rows"][k - 1]
        else:
            missing.setdefault(_key(messages), messages)
    if missing:
        path = _cache_path(appraiser)
        cached = _read_cache(path)
        new = [key for key in missing if key not in cached]
        if new:
            cached.update(zip(new, _read_fresh(appraiser, [missing[k] for k in new]), strict=True))
            _write_cache(path, cached)
        for i, (_dialogue, history) in enumerate(turns):
            if found[i] is None and (messages := seeker_messages(history)):
                found[i] = cached[_key(messages)]
    return [None if rows is None else _as_appraisal(appraiser, rows) for rows in found]


def _as_appraisal(appraiser: Appraiser, rows: Probabilities) -> Appraisal:
    return appraisal_from(
        {f: dict(zip(appraiser.labels[f], row, strict=True)) for f, row in zip(LABEL_SETS, rows, strict=True)}
    )
