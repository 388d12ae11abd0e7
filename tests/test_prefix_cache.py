"""The prefix cache: reused key/values of the template's constant part give the scores of a full pass."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
import torch

from esc_graph.models import RoleModels, load_role_models
from esc_graph.prompts import Utterance, appraisal_messages, generator_messages, planner_messages
from esc_graph.strategies import EMOTIONS, STRATEGY_NAMES
from tests.helpers import save_random_adapter

CONVERSATIONS = [
    [
        Utterance("seeker", "I failed my exam and I feel like a complete failure."),
        Utterance("supporter", "That sounds really painful. What happened?", "Question"),
        Utterance("seeker", "I studied for weeks and still froze."),
    ],
    [Utterance("seeker", "My best friend moved away and the evenings feel empty.")],
]


def _naive(models: RoleModels, role: str, messages: Sequence[dict], labels: Sequence[str]) -> list[float]:
    """Each label scored by its own full forward pass over prompt + label, no cache at all."""
    prompt = models.prompt_ids(messages)
    totals = []
    with models.role(role) as model, torch.no_grad():
        for ids in models._label_ids(tuple(labels)):
            logp = torch.log_softmax(model(input_ids=torch.tensor([prompt + ids])).logits[0], dim=-1)
            totals.append(sum(logp[len(prompt) - 1 + i, tok].item() for i, tok in enumerate(ids)))
    return torch.softmax(torch.tensor(totals), dim=0).tolist()


def _scores(models: RoleModels, role: str, messages: Sequence[dict], labels: Sequence[str]) -> list[float]:
    return list(models.score(role, messages, labels).values())


@pytest.fixture()
def adapter_dir(tiny_model_dir: Path, tmp_path: Path) -> Path:
    save_random_adapter(tiny_model_dir, tmp_path / "adapters" / "planner", seed=1)
    save_random_adapter(tiny_model_dir, tmp_path / "adapters" / "generator", seed=2)
    return tmp_path / "adapters"


def test_static_prefix_is_the_template_before_the_conversation(tiny_models: RoleModels) -> None:
    prefixes = []
    for history in CONVERSATIONS:
        messages = planner_messages(history)
        prefix = tiny_models.static_prefix(messages)
        prompt = tiny_models.prompt_ids(messages)
        assert 0 < len(prefix) < len(prompt) and prompt[: len(prefix)] == prefix
        text = tiny_models.tokenizer.decode(prefix)
        assert messages[0]["content"] in text and history[0].text[:10] not in text
        prefixes.append(prefix)
    assert prefixes[0] == prefixes[1]
    assert tiny_models.static_prefix(appraisal_messages(CONVERSATIONS[0], "emotion")) != prefixes[0]


def test_cached_scores_match_full_passes_without_adapters(tiny_models: RoleModels) -> None:
    for _ in range(2):  # the second round runs from the filled cache
        for history in CONVERSATIONS:
            for messages, labels in (
                (planner_messages(history), STRATEGY_NAMES),
                (appraisal_messages(history, "emotion"), EMOTIONS),
            ):
                expected = _naive(tiny_models, "planner", messages, labels)
                assert _scores(tiny_models, "planner", messages, labels) == pytest.approx(expected, abs=1e-4)
    assert len(tiny_models._prefix_kv) == 2  # one prefix per system prompt, shared by both conversations


def test_cache_is_keyed_by_adapter(tiny_model_dir: Path, adapter_dir: Path) -> None:
    models = load_role_models(str(tiny_model_dir), adapter_dir)
    messages = planner_messages(CONVERSATIONS[0])
    expected = {role: _naive(models, role, messages, STRATEGY_NAMES) for role in ("planner", "appraiser")}
    # The adapter must move the scores, or this test could not see a cache shared across adapters.
    assert max(abs(a - b) for a, b in zip(expected["planner"], expected["appraiser"], strict=True)) > 1e-3
    for role in ("planner", "appraiser", "planner", "generator", "appraiser"):
        want = expected.get(role) or _naive(models, role, messages, STRATEGY_NAMES)
        assert _scores(models, role, messages, STRATEGY_NAMES) == pytest.approx(want, abs=1e-4), role
    assert {adapter for adapter, _ in models._prefix_kv._items} == {"planner", "generator", None}


def test_cached_scores_match_the_uncached_path_across_conversations(
    tiny_model_dir: Path, adapter_dir: Path
) -> None:
    cached = load_role_models(str(tiny_model_dir), adapter_dir)
    plain = RoleModels(cached.model, cached.tokenizer, prefix_cache_size=0)
    plain.manifests = cached.manifests
    for history in [*CONVERSATIONS, *CONVERSATIONS]:
        for role in ("planner", "appraiser"):
            messages = planner_messages(history)
            want = _scores(plain, role, messages, STRATEGY_NAMES)
            assert _scores(cached, role, messages, STRATEGY_NAMES) == pytest.approx(want, abs=1e-4)
    assert len(plain._prefix_kv) == 0 and len(cached._prefix_kv) == 2
    assert len(plain._recent_prompts) == 0  # prefix_cache_size=0 keeps no prompt either


def test_stored_prefix_is_not_extended_by_use(tiny_models: RoleModels) -> None:
    messages = planner_messages(CONVERSATIONS[0])
    first = tiny_models.score("planner", messages, STRATEGY_NAMES)
    (key, layers), *_ = tiny_models._prefix_kv._items.items()
    assert all(k.shape[-2] == v.shape[-2] == len(key[1]) for k, v in layers)
    assert tiny_models.score("planner", messages, STRATEGY_NAMES) == first


def test_new_adapter_clears_the_cache(tiny_models: RoleModels, tiny_model_dir: Path, tmp_path: Path) -> None:
    messages = planner_messages(CONVERSATIONS[0])
    tiny_models.score("planner", messages, STRATEGY_NAMES)
    assert len(tiny_models._prefix_kv) == 1
    assert len(tiny_models._recent_prompts) == 1
    tiny_models.add_adapter("planner", save_random_adapter(tiny_model_dir, tmp_path / "planner", seed=3))
    assert len(tiny_models._prefix_kv) == 0 and len(tiny_models._recent_prompts) == 0
    want = _naive(tiny_models, "planner", messages, STRATEGY_NAMES)
    assert _scores(tiny_models, "planner", messages, STRATEGY_NAMES) == pytest.approx(want, abs=1e-4)


def test_generation_from_the_prefix_cache_matches(tiny_model_dir: Path, adapter_dir: Path) -> None:
    models = load_role_models(str(tiny_model_dir), adapter_dir)
    for role in ("planner", "appraiser"):
        messages = planner_messages(CONVERSATIONS[0])
        plain = models.generate(role, messages, max_new_tokens=6, temperature=0.0)
        for _ in range(2):
            reused = models.generate(role, messages, max_new_tokens=6, temperature=0.0, reuse_prefix=True)
            assert reused == plain
    assert len(models._prefix_kv) == 2


TURNS = [
    (
        "I lost my job last week and I can't stop thinking about it.",
        "That sounds really hard. How are you coping?",
    ),
    ("Not well. I keep checking job sites all night.", "It makes sense that you feel restless."),
    ("My sister says I should take a break, but I feel guilty.", "Taking a break can be part of looking."),
    ("Maybe. I just don't want to fall behind.", "What would a small break look like for you?"),
]
APPRAISAL = {"emotion": "anxiety", "intensity": 4, "problem": "job crisis"}


def test_a_conversations_next_turn_starts_from_its_last_prompt(
    tiny_model_dir: Path, adapter_dir: Path
) -> None:
    models = load_role_models(str(tiny_model_dir), adapter_dir)
    history: list[Utterance] = []
    for i, (seeker, supporter) in enumerate(TURNS):
        history.append(Utterance("seeker", seeker))
        messages = planner_messages(history, APPRAISAL)
        prompt = models.prompt_ids(messages)
        reused, *_ = models._recent_prompts.longest_prefix("planner", prompt)
        if i:
            # Everything up to this turn's new messages comes from the last turn's pass.
            assert TURNS[i - 1][0] in models.tokenizer.decode(prompt[:reused])
            assert seeker not in models.tokenizer.decode(prompt[:reused])
        want = _naive(models, "planner", messages, STRATEGY_NAMES)
        assert _scores(models, "planner", messages, STRATEGY_NAMES) == pytest.approx(want, abs=1e-4), i
        assert len(models._recent_prompts) == 1  # one conversation, one entry: each turn replaces the last
        history.append(Utterance("supporter", supporter, "Question"))


def test_interleaved_conversations_each_keep_their_prompt(tiny_model_dir: Path, adapter_dir: Path) -> None:
    models = load_role_models(str(tiny_model_dir), adapter_dir)
    plain = RoleModels(models.model, models.tokenizer, prefix_cache_size=0)
    plain.manifests, plain.heads = models.manifests, models.heads
    names = ("Ana", "Ben", "Chloe")  # three seekers, their turns interleaved as a host's threads
    histories: list[list[Utterance]] = [[], [], []]
    for i, (seeker, supporter) in enumerate(TURNS):
        for name, history in zip(names, histories, strict=True):
            history.append(Utterance("seeker", f"{name} here. {seeker}"))
            messages = planner_messages(history, APPRAISAL)
            prompt = models.prompt_ids(messages)
            reused, *_ = models._recent_prompts.longest_prefix("planner", prompt)
            if i:
                assert f"{name} here. {TURNS[i - 1][0]}" in models.tokenizer.decode(prompt[:reused])
            want = _scores(plain, "planner", messages, STRATEGY_NAMES)
            assert _scores(models, "planner", messages, STRATEGY_NAMES) == pytest.approx(want, abs=1e-4)
            history.append(Utterance("supporter", supporter, "Question"))
    assert len(models._recent_prompts) == 3


@pytest.mark.parametrize("generation", ["fp32", "int8"])
def test_a_reply_starts_from_the_last_turns_prompt_and_reply(
    tiny_model_dir: Path, adapter_dir: Path, generation: str
) -> None:
    models = load_role_models(str(tiny_model_dir), adapter_dir, generation=generation)
    settings = {"max_new_tokens": 8, "temperature": 0.0}
    key = ("reply", "generator", generation == "fp32")  # the int8 copy keeps key/values of its own
    history: list[Utterance] = []
    for i, (seeker, supporter) in enumerate(TURNS):
        history.append(Utterance("seeker", seeker))
        messages = generator_messages(history, "Question", appraisal=APPRAISAL)
        prompt = models.prompt_ids(messages)
        reused, _, continues = models._recent_prompts.longest_prefix(key, prompt)
        if i:
            # The last turn's prompt (and the reply generated after it) is not computed again.
            assert continues and TURNS[i - 1][0] in models.tokenizer.decode(prompt[:reused])
            assert seeker not in models.tokenizer.decode(prompt[:reused])
        fresh = models.generate("generator", messages, reuse_prefix=False, **settings)
        reply = models.generate("generator", messages, **settings)
        if generation == "fp32":
            assert reply == fresh, i
        # int8 multiplies a prompt's first rows with a dequantised bfloat16 weight and a short rest with
        # the int8 kernel: the same weights, other rounding, so a random model's near-ties can flip.
        assert len(models._recent_prompts) == 1  # one conversation, one entry: each turn replaces the last
        history.append(Utterance("supporter", supporter, "Question"))
