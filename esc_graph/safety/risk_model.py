"""The crisis gate's learned layer: a linear risk model over what a message means and how it is spelled.

Features of a seeker message, read with the seeker's recent earlier messages (risk often shows across
turns: "I've decided." then "Tonight."):
- all-MiniLM-L6-v2 of the message alone, and of the recent messages and the message joined (the same
  vector as the first when there is no earlier message);
- hashed character n-grams of the normalised message (``safety.normalise``), which carry disguised
  spellings, slang and the other languages the English encoder reads poorly.

Two linear heads share these features: risk (one logistic output, compared with a threshold) and the
gate category of a risky message. The threshold, and the ``veto`` below which the model overrules a
lexicon hit, were chosen on validation messages (``trainers.risk``). Weights are plain arrays in a
safetensors file with a JSON config beside them (no pickles). The weights' checksum is verified when the
folder is opened, so a damaged file fails at start-up with the path and the reason, never silently.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from esc_graph.encoder import DIMENSION, ReadsWithSharedEncoder
from esc_graph.model_files import read_config, read_weights
from esc_graph.safety.normalise import normalise

FORMAT = "esc-risk-model/1"
PACKAGED = Path(__file__).parent / "risk_model"
CONTEXT_SEPARATOR = " \n "


class RiskModelError(RuntimeError):
    """A risk model folder that cannot be used (missing, damaged, or of another format)."""


@dataclass(frozen=True)
class RiskScore:
    probability: float
    risk: bool
    category: str
    threshold: float


def hashing_vectorizer(n_features: int, ngram_min: int, ngram_max: int) -> Any:
    from sklearn.feature_extraction.text import HashingVectorizer

    return HashingVectorizer(
        analyzer="char_wb",
        ngram_range=(ngram_min, ngram_max),
        n_features=n_features,
        alternate_sign=False,
        norm="l2",
        lowercase=False,
    )


def joined_with_context(text: str, context: Sequence[str], keep: int) -> str:
    """The message after its ``keep`` most recent earlier messages, oldest first."""
    recent = [c for c in context if c.strip()][-keep:] if keep else []
    return CONTEXT_SEPARATOR.join([*recent, text])


def risk_features(
    texts: Sequence[str],
    contexts: Sequence[Sequence[str]],
    encoder: Any,
    vectorizer: Any,
    context_messages: int,
) -> tuple[np.ndarray, Any]:
    """Dense features (two encoder vectors per message) and the sparse hashed n-grams of the message."""
    joined = [joined_with_context(t, c, context_messages) for t, c in zip(texts, contexts, strict=True)]
    unique = sorted({*texts, *joined})
    index = {text: i for i, text in enumerate(unique)}
    vectors = encoder.encode(unique) if unique else np.zeros((0, DIMENSION), dtype=np.float32)
    dense = np.concatenate([vectors[[index[t] for t in texts]], vectors[[index[j] for j in joined]]], axis=1)
    return dense.astype(np.float32), vectorizer.transform([normalise(t) for t in texts])


class RiskModel(ReadsWithSharedEncoder):
    """A trained risk model folder. ``encoder`` is anything with ``encode(texts) -> unit vectors``;
    by default the packaged MiniLM, loaded on first use."""

    def __init__(self, folder: Path | str = PACKAGED, encoder: Any = None) -> None:
        self.folder = Path(folder)
        self.config = self._read_config()
        self.threshold = float(self.config["threshold"])
        self.veto = float(self.config.get("veto", 0.0))  # a lexicon hit below this probability is overruled
        self.categories: list[str] = list(self.config["categories"])
        self.context_messages = int(self.config["context_messages"])
        self._weights = self._read_weights()
        self._vectorizer: Any = None
        self._encoder = encoder
        self._lock = threading.Lock()

    def _fail(self, why: str) -> RiskModelError:
        return RiskModelError(f"risk model at {self.folder} cannot be used: {why}")

    def _read_config(self) -> dict[str, Any]:
        needed = ("threshold", "categories", "context_messages", "hashing", "weights_sha256")
        return read_config(self.folder, FORMAT, needed, self._fail)

    def _read_weights(self) -> dict[str, np.ndarray]:
        n_hashed = int(self.config["hashing"]["n_features"])
        n_cat = len(self.categories)
        shapes = {
            "risk.dense": (2 * DIMENSION,),
            "risk.hashed": (n_hashed,),
            "risk.bias": (1,),
            "category.dense": (n_cat, 2 * DIMENSION),
            "category.hashed": (n_cat, n_hashed),
            "category.bias": (n_cat,),
        }
        return read_weights(self.folder, self.config["weights_sha256"], shapes, self._fail)

    @property
    def vectorizer(self) -> Any:
        if self._vectorizer is None:
            hashing = self.config["hashing"]
            self._vectorizer = hashing_vectorizer(hashing["n_features"], *hashing["ngram_range"])
        return self._vectorizer

    def features(self, texts: Sequence[str], contexts: Sequence[Sequence[str]]) -> tuple[np.ndarray, Any]:
        return risk_features(texts, contexts, self.encoder, self.vectorizer, self.context_messages)

    def probabilities(self, dense: np.ndarray, hashed: Any) -> tuple[np.ndarray, np.ndarray]:
        """Risk probability per message and the category distribution per message."""
        w = self._weights
        risk_logit = dense @ w["risk.dense"] + hashed @ w["risk.hashed"] + w["risk.bias"][0]
        cat_logits = dense @ w["category.dense"].T + hashed @ w["category.hashed"].T + w["category.bias"]
        cat_logits = cat_logits - cat_logits.max(axis=1, keepdims=True)
        cat = np.exp(cat_logits)
        return 1.0 / (1.0 + np.exp(-np.asarray(risk_logit).ravel())), cat / cat.sum(axis=1, keepdims=True)

    def score_many(
        self, texts: Sequence[str], contexts: Sequence[Sequence[str]] | None = None
    ) -> list[RiskScore]:
        contexts = contexts if contexts is not None else [()] * len(texts)
        if not texts:
            return []
        risk, cats = self.probabilities(*self.features(texts, contexts))
        return [
            RiskScore(float(p), bool(p >= self.threshold), self.categories[int(np.argmax(c))], self.threshold)
            for p, c in zip(risk, cats, strict=True)
        ]

    def score(self, text: str, context: Sequence[str] = ()) -> RiskScore:
        return self.score_many([text], [context])[0]

    def warm_up(self) -> None:
        """Load the encoder now (about a second), so a server's first seeker message does not wait for it."""
        self.score("hello")


@cache
def packaged_risk_model() -> RiskModel:
    """The risk model shipped with esc-graph (opened once per process; the encoder loads on first score)."""
    return RiskModel(PACKAGED)
