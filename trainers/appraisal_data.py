"""ESConv as appraisal examples: one per seeker message, labelled with the dialogue's own labels.

An example is the conversation up to and including a seeker message; only the seeker's messages are
read (``esc_graph.appraisal.seeker_messages``). Its labels are the dialogue's ``emotion_type``,
``problem_type`` (both lower-cased) and the seeker's initial emotion intensity from the survey (1–5).

The fold rule, written down once here: an emotion or problem seen in fewer than ``FOLD_MIN_DIALOGUES``
(15) training dialogues is folded into ``"other"`` (a smaller threshold only for small data sets).
Intensity is ordinal and keeps its values (an "other" intensity would mean nothing).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from esc_graph.appraisal import LABEL_SETS, seeker_messages
from trainers.data import Dialogue, load_split

FOLD_MIN_DIALOGUES = 15
OTHER = "other"


def dialogue_labels(dialogue: Dialogue) -> dict[str, str]:
    return {
        "emotion": dialogue.emotion_type.strip().lower(),
        "intensity": str(dialogue.intensity) if dialogue.intensity is not None else "",
        "problem": dialogue.problem_type.strip().lower(),
    }


def fold_labels(train: Sequence[Dialogue], min_dialogues: int = FOLD_MIN_DIALOGUES) -> dict[str, list[str]]:
    """Each label set's labels under the fold rule, most frequent first (intensity in order); a label set
    left with fewer than two labels is an error (too few training dialogues to learn it)."""
    labels: dict[str, list[str]] = {}
    for field in LABEL_SETS:
        counts = Counter(dialogue_labels(d)[field] for d in train)
        counts.pop("", None)
        if field == "intensity":
            labels[field] = sorted(counts, key=int)
            continue
        kept = [label for label, n in counts.most_common() if n >= min_dialogues]
        labels[field] = kept + ([OTHER] if len(kept) < len(counts) else [])
    for field, found in labels.items():
        if len(found) < 2:
            raise ValueError(
                f"{field}: {len(found)} label(s) in {len(train)} training dialogues after folding labels "
                f"seen in fewer than {min_dialogues} into '{OTHER}'; an appraiser needs two or more "
                "(more dialogues, or a lower --fold-min-dialogues)"
            )
    return labels


def folded(label: str, labels: Sequence[str]) -> str:
    return label if label in labels or OTHER not in labels else OTHER


@dataclass
class AppraisalSet:
    """The seeker messages of some dialogues and the examples over them.

    ``messages`` holds every seeker message once, dialogue by dialogue; example ``i`` is the
    conversation ``messages[starts[i]:ends[i]]``, the ``numbers[i]``-th seeker message of
    ``dialogue_ids[i]``."""

    dialogues: list[Dialogue]
    messages: list[str]
    starts: np.ndarray
    ends: np.ndarray
    numbers: np.ndarray
    dialogue_ids: list[str]
    gold: dict[str, list[str]]

    def __len__(self) -> int:
        return len(self.ends)

    def texts_so_far(self) -> list[str]:
        return [" ".join(self.messages[s:e]) for s, e in zip(self.starts, self.ends, strict=True)]

    def rows(self, dialogue_ids: set[str]) -> np.ndarray:
        return np.array([i for i, d in enumerate(self.dialogue_ids) if d in dialogue_ids], dtype=int)


def appraisal_set(dialogues: Sequence[Dialogue], labels: dict[str, list[str]] | None = None) -> AppraisalSet:
    """Examples of ``dialogues``; gold labels folded by ``labels`` when given (dialogues without an
    intensity keep "" there, and are left out of intensity scores)."""
    messages: list[str] = []
    starts, ends, numbers, ids = [], [], [], []
    gold: dict[str, list[str]] = {f: [] for f in LABEL_SETS}
    for dialogue in dialogues:
        own = seeker_messages(dialogue.turns)
        first = len(messages)
        messages.extend(own)
        raw = dialogue_labels(dialogue)
        for k in range(1, len(own) + 1):
            starts.append(first)
            ends.append(first + k)
            numbers.append(k)
            ids.append(dialogue.id)
            for field in LABEL_SETS:
                value = raw[field]
                gold[field].append(folded(value, labels[field]) if labels and value else value)
    return AppraisalSet(
        list(dialogues), messages, np.array(starts), np.array(ends), np.array(numbers), ids, gold
    )


def load_sets(
    data: str | None, scheme: str, min_dialogues: int = FOLD_MIN_DIALOGUES
) -> dict[str, AppraisalSet]:
    """train, valid and test examples of ``scheme``, labels folded by the training dialogues' counts."""
    train = load_split(data, "train", scheme)
    labels = fold_labels(train, min_dialogues)
    return {
        "train": appraisal_set(train, labels),
        "valid": appraisal_set(load_split(data, "valid", scheme), labels),
        "test": appraisal_set(load_split(data, "test", scheme), labels),
    }


def embed_cached(
    encoder: Any, texts: Sequence[str], cache: Path | None, progress: Callable[[str], None], what: str
) -> np.ndarray:
    """MiniLM vectors of ``texts``, kept in ``cache`` under a hash of the texts."""
    key = hashlib.sha256("\x00".join(texts).encode()).hexdigest()[:16]
    path = cache / f"minilm-{key}.npy" if cache else None
    if path is not None and path.is_file():
        return np.load(path)
    progress(f"embedding {len(texts)} {what} with all-MiniLM-L6-v2")
    vectors = encoder.encode(list(texts))
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.save(path, vectors)
    return vectors
