"""Remote models: the planner and generator behind an OpenAI-compatible server.

Serve one base model with the role adapters under their role names, then build the graph's models
from the server's URL::

    vllm serve HuggingFaceTB/SmolLM2-135M-Instruct --enable-lora --max-lora-rank 64 \\
        --lora-modules planner=adapters/planner generator=adapters/generator appraiser=adapters/appraiser
    # or, without a GPU:  esc-graph serve --adapters adapters --port 8001

    from esc_graph.remote import remote_models
    graph = build_graph(remote_models("http://127.0.0.1:8001/v1"))

The generator is a ``langchain_openai.ChatOpenAI`` (streams tokens). Strategy and appraisal labels
come from ``RemoteLabelScorer``, in this order of preference:

1. ``esc-graph serve``'s ``/v1/esc/score``: exact, the same numbers as in-process scoring;
2. log-probabilities (vLLM, OpenAI): one token with ``top_logprobs``; each label gets the probability
   of its first token (labels sharing a first token split its mass), an approximation that is close
   for a trained planner, whose answers are the label names;
3. greedy generation matched against the label names, when the server refuses or ignores
   log-probabilities (``transformers serve`` ignores them) or no label is among the top tokens.

The result always has exactly the given labels as keys: never an invalid label. Needs the
``remote`` extra (langchain-openai), imported only when a remote model is built.
"""

from __future__ import annotations

import logging
import math
import os
import threading
from collections.abc import Mapping, Sequence
from typing import Any

from langchain_core.language_models import BaseChatModel
from langgraph.constants import TAG_NOSTREAM

from esc_graph.backends import SupportModels
from esc_graph.prompts import REPLY_TOKEN_CAP, ChatMessage

log = logging.getLogger(__name__)

DEFAULT_ROLE_MODELS: dict[str, str] = {
    "planner": "planner",
    "generator": "generator",
    "appraiser": "appraiser",
}


def match_label(text: str, labels: Sequence[str]) -> str | None:
    """The label a generated answer names, or None: exact, then case-insensitive, then a label the
    answer starts with or contains (longest first), then the one label the answer is a prefix of."""
    answer = text.strip().strip("\"'`*[]().:").strip()
    if not answer:
        return None
    if answer in labels:
        return answer
    lowered = answer.lower()
    by_lower = {label.lower(): label for label in labels}
    if lowered in by_lower:
        return by_lower[lowered]
    longest_first = sorted(labels, key=len, reverse=True)
    for label in longest_first:
        if lowered.startswith(label.lower()):
            return label
    for label in longest_first:
        if label.lower() in lowered:
            return label
    prefixed = [label for label in labels if label.lower().startswith(lowered)]
    return prefixed[0] if len(prefixed) == 1 else None


def first_token_probs(top_logprobs: Sequence[Mapping[str, Any]], labels: Sequence[str]) -> dict[str, float]:
    """Label probabilities from the first answer token's top alternatives (not normalised).

    A candidate token counts for every label it begins (ignoring leading spaces); a token that begins
    several labels splits its probability equally between them.
    """
    mass = dict.fromkeys(labels, 0.0)
    for entry in top_logprobs:
        token = str(entry.get("token", "")).lstrip()
        if not token:
            continue
        begun = [label for label in labels if label.startswith(token)]
        for label in begun:
            mass[label] += math.exp(float(entry["logprob"])) / len(begun)
    return mass


class RemoteLabelScorer:
    """A ``LabelScorer`` over an OpenAI-compatible server; the role picks the served model name."""

    def __init__(
        self,
        base_url: str,
        *,
        models: Mapping[str, str] | None = None,
        api_key: str | None = None,
        top_logprobs: int = 20,
        use_exact: bool = True,
        use_logprobs: bool = True,
        fallback_tokens: int = 16,
        timeout: float = 60.0,
    ) -> None:
        self.base_url = base_url
        self.models = {**DEFAULT_ROLE_MODELS, **(models or {})}
        self.api_key = api_key or os.environ.get("ESC_GRAPH_SERVER_KEY") or "EMPTY"
        self.top_logprobs = top_logprobs
        self.use_exact = use_exact
        self.use_logprobs = use_logprobs
        self.fallback_tokens = fallback_tokens
        self.timeout = timeout
        self.stats = {"exact": 0, "logprobs": 0, "generated": 0, "unmatched": 0}
        self._lock = threading.Lock()
        self._clients: dict[tuple[str, bool], BaseChatModel] = {}

    def _client(self, model: str, logprobs: bool) -> BaseChatModel:
        from langchain_openai import ChatOpenAI

        with self._lock:
            key = (model, logprobs)
            if key not in self._clients:
                extra: dict[str, Any] = (
                    {"logprobs": True, "top_logprobs": self.top_logprobs, "max_tokens": 1}
                    if logprobs
                    else {"max_tokens": self.fallback_tokens}
                )
                self._clients[key] = ChatOpenAI(
                    model=model,
                    base_url=self.base_url,
                    api_key=self.api_key,
                    temperature=0.0,
                    timeout=self.timeout,
                    max_retries=1,
                    disable_streaming=True,
                    tags=[TAG_NOSTREAM],  # label scoring is internal: keep it out of "messages" streams
                    **extra,
                )
            return self._clients[key]

    def _count(self, what: str) -> None:
        with self._lock:
            self.stats[what] += 1

    def score(self, role: str, messages: Sequence[ChatMessage], labels: Sequence[str]) -> dict[str, float]:
        model = self.models.get(role, role)
        if self.use_exact:
            probs = self._score_exact(model, messages, labels)
            if probs is not None:
                self._count("exact")
                return probs
        if self.use_logprobs:
            probs = self._score_logprobs(model, messages, labels)
            if probs is not None:
                self._count("logprobs")
                return probs
        return self._score_generated(model, messages, labels)

    def _score_exact(
        self, model: str, messages: Sequence[ChatMessage], labels: Sequence[str]
    ) -> dict[str, float] | None:
        """``esc-graph serve``'s ``/v1/esc/score``; other servers answer 404 once and are not asked again."""
        import httpx

        response = httpx.post(
            self.base_url.rstrip("/") + "/esc/score",
            json={"model": model, "messages": list(messages), "labels": list(labels)},
            headers={"Authorization": f"Bearer {self.api_key}"},
            timeout=self.timeout,
        )
        if response.status_code != 200:
            log.info("no exact scoring endpoint (HTTP %s); using log-probabilities", response.status_code)
            self.use_exact = False
            return None
        probs = response.json()["probs"]
        return {label: float(probs[label]) for label in labels}

    def _score_logprobs(
        self, model: str, messages: Sequence[ChatMessage], labels: Sequence[str]
    ) -> dict[str, float] | None:
        from openai import BadRequestError, UnprocessableEntityError

        try:
            reply = self._client(model, logprobs=True).invoke(list(messages))
        except (BadRequestError, UnprocessableEntityError) as exc:
            log.warning("server refused log-probabilities (%s); generating labels", type(exc).__name__)
            self.use_logprobs = False
            return None
        logprobs = reply.response_metadata.get("logprobs")
        if logprobs is None:  # the server ignores the request (transformers serve does): stop asking
            log.warning("server sends no log-probabilities; generating labels")
            self.use_logprobs = False
            return None
        content = logprobs.get("content") or []
        if not content:
            return None
        mass = first_token_probs(content[0].get("top_logprobs") or [], labels)
        total = sum(mass.values())
        if total <= 0:
            return None  # no label among the top tokens: let generation decide
        return {label: p / total for label, p in mass.items()}

    def _score_generated(
        self, model: str, messages: Sequence[ChatMessage], labels: Sequence[str]
    ) -> dict[str, float]:
        # The role prompts already ask for the label only; they stay as the adapters were trained on.
        reply = self._client(model, logprobs=False).invoke(list(messages))
        label = match_label(str(reply.content), labels)
        self._count("generated")
        if label is None:
            self._count("unmatched")
            return {name: 1.0 / len(labels) for name in labels}  # no preference, still only valid labels
        return {name: float(name == label) for name in labels}


def remote_chat_model(
    base_url: str,
    model: str = "generator",
    *,
    api_key: str | None = None,
    temperature: float = 0.7,
    max_tokens: int = REPLY_TOKEN_CAP,
    timeout: float = 120.0,
) -> BaseChatModel:
    """The reply generator as a streaming LangChain chat model."""
    from langchain_openai import ChatOpenAI

    return ChatOpenAI(
        model=model,
        base_url=base_url,
        api_key=api_key or os.environ.get("ESC_GRAPH_SERVER_KEY") or "EMPTY",
        temperature=temperature,
        max_tokens=max_tokens,
        timeout=timeout,
        max_retries=1,
        streaming=True,
    )


def remote_models(
    base_url: str,
    *,
    planner: str = "planner",
    generator: str = "generator",
    appraiser: str = "appraiser",
    api_key: str | None = None,
    temperature: float = 0.7,
    max_tokens: int = REPLY_TOKEN_CAP,
    use_logprobs: bool = True,
) -> SupportModels:
    """``SupportModels`` for ``build_graph`` from a server URL (ending in ``/v1``) and served model names."""
    scorer = RemoteLabelScorer(
        base_url,
        models={"planner": planner, "appraiser": appraiser},
        api_key=api_key,
        use_logprobs=use_logprobs,
    )
    chat = remote_chat_model(
        base_url, generator, api_key=api_key, temperature=temperature, max_tokens=max_tokens
    )
    return SupportModels(scorer=scorer, generator=chat)


def remote_models_from_env() -> SupportModels | None:
    """``remote_models`` from ``$ESC_GRAPH_SERVER_URL`` (and ``$ESC_GRAPH_PLANNER_MODEL``,
    ``$ESC_GRAPH_GENERATOR_MODEL``, ``$ESC_GRAPH_APPRAISER_MODEL``), or None when the URL is unset."""
    url = os.environ.get("ESC_GRAPH_SERVER_URL")
    if not url:
        return None
    return remote_models(
        url,
        planner=os.environ.get("ESC_GRAPH_PLANNER_MODEL", "planner"),
        generator=os.environ.get("ESC_GRAPH_GENERATOR_MODEL", "generator"),
        appraiser=os.environ.get("ESC_GRAPH_APPRAISER_MODEL", "appraiser"),
    )
