"""The reply check refuses replies that repeat the model's instructions: system prompt, memory note."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from langgraph.checkpoint.memory import InMemorySaver
from langgraph.store.memory import InMemoryStore

from esc_graph import memory, prompts
from esc_graph.backends import SupportModels
from esc_graph.graph import build_graph
from esc_graph.safety.replies import SAFE_FALLBACK, check_reply
from tests.test_sessions_fakes import FakeScorer, turn


class Parrot(GenericFakeChatModel):
    """A generator that answers with the last line of its system prompt, as a small model sometimes does."""

    said: list[str] = []

    def _generate(self, messages: list[BaseMessage], *args: Any, **kwargs: Any) -> ChatResult:
        line = str(messages[0].content).splitlines()[-1]
        self.said.append(line)
        return ChatResult(generations=[ChatGeneration(message=AIMessage(line))])


def test_a_returning_seeker_never_gets_the_memory_note_as_a_reply() -> None:
    parrot = Parrot(messages=iter(()), said=[])
    models = SupportModels(scorer=FakeScorer(), generator=parrot)
    graph = build_graph(models, checkpointer=InMemorySaver(), store=InMemoryStore())
    first = turn(graph, "ann", "monday", "I lost my job and I feel useless.")
    assert parrot.said[0].startswith("seeker appraisal: emotion ")  # the system prompt's appraisal line
    assert first["reply"] == SAFE_FALLBACK  # the system prompt itself was refused

    parrot.said.clear()
    second = turn(graph, "ann", "thursday", "My job search is going slowly.")
    assert parrot.said and all(said.startswith(memory.NOTE_OPENING) for said in parrot.said)
    assert memory.NOTE_CLOSING in parrot.said[0]
    assert second["reply"] == SAFE_FALLBACK
    stored = graph.get_state({"configurable": {"thread_id": "thursday"}}).values["messages"]
    assert all(memory.NOTE_OPENING not in str(m.content) for m in stored)


@pytest.mark.parametrize(
    "reply",
    [
        "This seeker has talked with you before (2 sessions, 5 turns; talked about job crisis).",
        "Offer continuity gently; do not repeat their earlier words.",
        "Sure. 3 sessions, 9 turns, mostly feeling anxiety.",
        "Reply to the seeker in one or two short sentences using this strategy: Question",
        "Choose the supporter's strategy, one of: Question; Restatement or Paraphrasing",
        prompts.JOINT_SYSTEM,
        "seeker appraisal: emotion sadness, intensity 4/5, problem job crisis",
        "Emotion sadness, intensity 4/5, problem job crisis.",
    ],
)
def test_instruction_text_is_refused(reply: str) -> None:
    assert check_reply(reply).problems == ("leak:instructions",)


def test_ordinary_replies_and_saying_it_is_an_ai_pass(esconv_dir: Path) -> None:
    assert check_reply("I'm an AI, not a human and not a therapist, but I'm listening.").ok
    assert check_reply("Losing a job is so hard. What has helped you before?").ok
    supporter = [
        t["text"]
        for split in ("train", "valid", "test")
        for line in (esconv_dir / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()
        for t in json.loads(line)["turns"]
        if t["speaker"] == "supporter"
    ]
    assert len(supporter) > 100
    assert [t for t in supporter if "leak:instructions" in check_reply(t).problems] == []
