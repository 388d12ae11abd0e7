"""The trained situation appraiser: the seeker's emotion, its intensity (1–5) and the problem, read from
the conversation so far by linear heads over the packaged MiniLM sentence encoder.

Features of a conversation (only the seeker's messages are read), the parts named in
``config["parts"]``, side by side:
- ``mean``: the mean of the MiniLM vectors of the seeker's messages so far;
- ``last``: the vector of the seeker's last message;
- ``joined``: the vector of the seeker's messages joined into one text (the encoder keeps its last
  128 tokens).

Each label set has its own softmax head over these features (scikit-learn's multinomial logistic
regression, fitted by ``trainers.appraisal`` on ESConv's dialogue-level labels). A message's vector is
kept in a bounded cache, so a turn encodes only the new message and the joined text, in one MiniLM
call. Weights are plain arrays in a safetensors file with a JSON config beside them; the weights'
checksum is verified when the folder is opened, so a damaged file fails at start-up, naming the path.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from esc_graph.encoder import DIMENSION, ReadsWithSharedEncoder
from esc_graph.model_files import CONFIG_FILE, read_config, read_weights
from esc_graph.prompts import Utterance
from esc_graph.state import Appraisal

FORMAT = "esc-appraiser/1"
PACKAGED = Path(__file__).parent / "weights" / "esconv-appraiser-v1"
LABEL_SETS = ("emotion", "intensity", "problem")
PARTS = ("mean", "last", "joined")
CACHED_MESSAGES = 4096
LM_APPRAISAL = "lm"  # the graph's other appraisal: the language model's "appraiser" role, one pass per set


class AppraiserError(RuntimeError):
    """An appraiser folder that cannot be used (missing, damaged, or of another format)."""


def seeker_messages(history: Sequence[Utterance]) -> list[str]:
    """The seeker's messages so far, whitespace normalised, empty ones left out."""
    texts = (" ".join(u.text.split()) for u in history if u.speaker == "seeker")
    return [t for t in texts if t]


def joined_text(messages: Sequence[str]) -> str:
    return " ".join(messages)


def dense_features(
    parts: Sequence[str],
    vectors: np.ndarray,
    ends: Sequence[int],
    starts: Sequence[int],
    joined: np.ndarray | None = None,
) -> np.ndarray:
    """For each conversation ``vectors[start:end]`` (the seeker's messages so far, in order), the named
    parts side by side; ``joined[i]``: the vector of conversation ``i``'s joined text."""
    ends_a, starts_a = np.asarray(ends), np.asarray(starts)
    found = []
    for part in parts:
        if part == "mean":
            zero = np.zeros((1, vectors.shape[1]), dtype=np.float64)
            cumulative = np.vstack([zero, np.cumsum(vectors, axis=0, dtype=np.float64)])
            found.append((cumulative[ends_a] - cumulative[starts_a]) / (ends_a - starts_a)[:, None])
        elif part == "last":
            found.append(vectors[ends_a - 1])
        elif part == "joined" and joined is not None:
            found.append(joined)
        else:
            raise ValueError(f"feature part {part!r} needs {'joined vectors' if part == 'joined' else PARTS}")
    return np.hstack(found).astype(np.float32)


def softmax_rows(logits: np.ndarray) -> np.ndarray:
    logits = logits - logits.max(axis=1, keepdims=True)
    exp = np.exp(logits)
    return exp / exp.sum(axis=1, keepdims=True)


class Appraiser(ReadsWithSharedEncoder):
    """A trained appraiser folder. ``encoder`` is anything with ``encode(texts) -> unit vectors``; by
    default the process's shared MiniLM (also the safety gate's), loaded on first use."""

    def __init__(self, folder: Path | str = PACKAGED, encoder: Any = None) -> None:
        self.folder = Path(folder)
        self.config = self._read_config()
        self.labels: dict[str, list[str]] = {f: list(self.config["labels"][f]) for f in LABEL_SETS}
        self.parts: list[str] = list(self.config["parts"])
        self.checksum: str = self.config["weights_sha256"]
        self._weights = self._read_weights()
        self._encoder = encoder
        self._vectors: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def _fail(self, why: str) -> AppraiserError:
        return AppraiserError(f"appraiser at {self.folder} cannot be used: {why}")

    def _read_config(self) -> dict[str, Any]:
        config = read_config(self.folder, FORMAT, ("labels", "parts", "weights_sha256"), self._fail)
        parts = config["parts"]
        if not isinstance(parts, list) or not parts or any(p not in PARTS for p in parts):
            raise self._fail(f"{CONFIG_FILE}: parts must be a list drawn from {', '.join(PARTS)}")
        labels = config["labels"]
        if not isinstance(labels, dict) or any(len(labels.get(f) or []) < 2 for f in LABEL_SETS):
            raise self._fail(f"{CONFIG_FILE} needs two or more labels for each of {', '.join(LABEL_SETS)}")
        if any(not str(label).isdigit() for label in labels["intensity"]):
            raise self._fail(f"{CONFIG_FILE}: intensity labels must be numbers")
        return config

    def _read_weights(self) -> dict[str, np.ndarray]:
        shapes: dict[str, tuple[int, ...]] = {}
        for field in LABEL_SETS:
            n = len(self.labels[field])
            shapes[f"{field}.weight"] = (n, DIMENSION * len(self.parts))
            shapes[f"{field}.bias"] = (n,)
        return read_weights(self.folder, self.checksum, shapes, self._fail)

    def _embed(self, messages: Sequence[str], joined: str | None) -> tuple[np.ndarray, np.ndarray | None]:
        """One vector per message, and the joined text's; one encoder call for the messages not in the
        cache and the joined text (which is new every turn)."""
        with self._lock:
            new = [m for m in dict.fromkeys(messages) if m not in self._vectors]
        texts = new + ([joined] if joined is not None else [])
        fresh = self.encoder.encode(texts) if texts else np.zeros((0, DIMENSION), dtype=np.float32)
        with self._lock:
            for text, vector in zip(new, fresh, strict=False):
                self._vectors[text] = vector
            rows = []
            for text in messages:
                self._vectors.move_to_end(text)
                rows.append(self._vectors[text])
            while len(self._vectors) > CACHED_MESSAGES:
                self._vectors.popitem(last=False)
        joined_vector = fresh[-1:] if joined is not None else None
        return np.asarray(rows, dtype=np.float32), joined_vector

    def probabilities(self, features: np.ndarray) -> dict[str, np.ndarray]:
        """Each label set's distribution, one row per conversation (a row of ``features``)."""
        return {
            field: softmax_rows(
                np.asarray(
                    features @ self._weights[f"{field}.weight"].T + self._weights[f"{field}.bias"],
                    dtype=np.float64,
                )
            )
            for field in LABEL_SETS
        }

    def distributions(self, messages: Sequence[str]) -> dict[str, dict[str, float]] | None:
        """Each label set's distribution after the seeker's ``messages``; None when there are none."""
        messages = [m for m in (" ".join(t.split()) for t in messages) if m]
        if not messages:
            return None
        joined = joined_text(messages) if "joined" in self.parts else None
        vectors, joined_vector = self._embed(messages, joined)
        features = dense_features(self.parts, vectors, [len(messages)], [0], joined_vector)
        probs = self.probabilities(features)
        return {
            field: {label: float(p) for label, p in zip(self.labels[field], probs[field][0], strict=True)}
            for field in LABEL_SETS
        }

    def appraise(self, history: Sequence[Utterance]) -> Appraisal | None:
        """The appraisal of the conversation so far; None before the seeker has said anything."""
        found = self.distributions(seeker_messages(history))
        if found is None:
            return None
        return appraisal_from(found)

    def warm_up(self) -> None:
        """Load the encoder now, so a server's first seeker message does not wait for it."""
        self.distributions(["hello"])


def appraisal_from(distributions: dict[str, dict[str, float]]) -> Appraisal:
    """The most probable label of each set, with the distributions."""

    def top(field: str) -> str:
        probs = distributions[field]
        return max(probs, key=probs.__getitem__)

    return Appraisal(
        emotion=top("emotion"),
        intensity=int(top("intensity")),
        problem=top("problem"),
        emotion_probs=distributions["emotion"],
        problem_probs=distributions["problem"],
        intensity_probs=distributions["intensity"],
    )


_packaged: Appraiser | None = None
_packaged_lock = threading.Lock()


def packaged_appraiser() -> Appraiser:
    """The appraiser shipped with esc-graph (opened once per process; the encoder loads on first use)."""
    global _packaged
    with _packaged_lock:
        if _packaged is None:
            _packaged = Appraiser(PACKAGED)
        return _packaged


def resolve_appraiser(appraiser: Appraiser | Path | str | None) -> Appraiser | str | None:
    """``"packaged"`` → the shipped appraiser (checked now, so a damaged file fails at build time);
    ``"lm"`` → kept as the name of the language-model appraisal; a path → that folder; None → off."""
    if appraiser is None or isinstance(appraiser, Appraiser) or appraiser == LM_APPRAISAL:
        return appraiser
    if appraiser == "packaged":
        return packaged_appraiser()
    return Appraiser(appraiser)
