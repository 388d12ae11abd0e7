"""What the graph needs from models: a label scorer and a chat model for replies.

``SupportModels`` bundles them. In-process, both come from one ``RoleModels`` (one base model,
LoRA adapters per role); a remote deployment can supply any LangChain chat model instead.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from pydantic import ConfigDict

from esc_graph.prompts import REPLY_TOKEN_CAP, ChatMessage

if TYPE_CHECKING:
    from esc_graph.models import RoleModels


class LabelScorer(Protocol):
    def score(self, role: str, messages: Sequence[ChatMessage], labels: Sequence[str]) -> dict[str, float]:
        """Probability of each label as the role's whole answer to ``messages``."""
        ...


def to_chat_dicts(messages: Sequence[BaseMessage]) -> list[ChatMessage]:
    roles = {"system": "system", "human": "user", "ai": "assistant"}
    return [{"role": roles.get(m.type, "user"), "content": str(m.content)} for m in messages]


class LocalChatModel(BaseChatModel):
    """A LangChain chat model over one role of a ``RoleModels`` (streams tokens)."""

    model_config = ConfigDict(arbitrary_types_allowed=True)
    models: Any
    role: str = "generator"
    temperature: float = 0.7
    max_new_tokens: int = REPLY_TOKEN_CAP

    @property
    def _llm_type(self) -> str:
        return "esc-graph-local"

    def _settings(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        return {
            "temperature": kwargs.get("temperature", self.temperature),
            "max_new_tokens": kwargs.get("max_new_tokens", self.max_new_tokens),
            "seed": kwargs.get("seed"),
        }

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        text = self.models.generate(self.role, to_chat_dicts(messages), **self._settings(kwargs))
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=text))])

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        for piece in self.models.stream(self.role, to_chat_dicts(messages), **self._settings(kwargs)):
            chunk = ChatGenerationChunk(message=AIMessageChunk(content=piece))
            if run_manager:
                run_manager.on_llm_new_token(piece, chunk=chunk)
            yield chunk


@dataclass
class SupportModels:
    """The models behind one graph: a scorer for planner/appraiser and a chat model for replies."""

    scorer: LabelScorer
    generator: BaseChatModel

    @classmethod
    def local(cls, models: RoleModels) -> SupportModels:
        return cls(scorer=models, generator=LocalChatModel(models=models, role="generator"))


class LazyLocalModels:
    """Loads ``RoleModels`` on first use, so importing a graph stays cheap."""

    def __init__(
        self, base: str | None = None, adapters: Path | None = None, generation: str | None = None
    ) -> None:
        self.base = base
        self.adapters = adapters
        self.generation = generation  # esc_graph.generation_setting; None: $ESC_GRAPH_GENERATION
        self._models: RoleModels | None = None
        self._lock = threading.Lock()
        from esc_graph.release import weights_name

        self.weights = weights_name(adapters)  # named once, without loading them; every turn reports it

    def get(self) -> RoleModels:
        with self._lock:
            if self._models is None:
                from esc_graph.models import load_role_models

                self._models = load_role_models(self.base, self.adapters, generation=self.generation)
            return self._models

    def score(self, role: str, messages: Sequence[ChatMessage], labels: Sequence[str]) -> dict[str, float]:
        return self.get().score(role, messages, labels)

    def generate(self, role: str, messages: Sequence[ChatMessage], **kwargs: Any) -> str:
        return self.get().generate(role, messages, **kwargs)

    def stream(self, role: str, messages: Sequence[ChatMessage], **kwargs: Any) -> Iterator[str]:
        return self.get().stream(role, messages, **kwargs)


def lazy_local(
    base: str | None = None, adapters: Path | None = None, generation: str | None = None
) -> SupportModels:
    lazy = LazyLocalModels(base, adapters, generation)
    return SupportModels(scorer=lazy, generator=LocalChatModel(models=lazy, role="generator"))
