"""The model layer: label scoring, adapters switched per call over one copy of the base weights."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch

from esc_graph.adapters import AdapterError, write_manifest
from esc_graph.models import RoleModels, load_role_models
from esc_graph.prompts import Utterance, planner_messages
from esc_graph.strategies import STRATEGY_NAMES
from tests.helpers import save_random_adapter

HISTORY = [
    Utterance("seeker", "I failed my exam and I feel like a complete failure."),
    Utterance("supporter", "That sounds really painful. What happened?", "Question"),
    Utterance("seeker", "I studied for weeks and still froze."),
]


def _naive_scores(models: RoleModels, role: str, labels: tuple[str, ...]) -> list[float]:
    """Score each label with its own full forward pass, without cache sharing."""
    prompt = models.prompt_ids(planner_messages(HISTORY))
    totals = []
    with models.role(role) as model, torch.no_grad():
        for label in labels:
            ids = models.tokenizer(label + models.tokenizer.eos_token, add_special_tokens=False).input_ids
            logits = model(input_ids=torch.tensor([prompt + ids])).logits[0]
            logp = torch.log_softmax(logits, dim=-1)
            totals.append(sum(logp[len(prompt) - 1 + i, tok].item() for i, tok in enumerate(ids)))
    return torch.softmax(torch.tensor(totals), dim=0).tolist()


def test_strategy_scores_are_a_distribution_over_the_8_names(tiny_models: RoleModels) -> None:
    probs = tiny_models.score("planner", planner_messages(HISTORY), STRATEGY_NAMES)
    assert list(probs) == list(STRATEGY_NAMES)
    assert sum(probs.values()) == pytest.approx(1.0, abs=1e-5)
    assert all(0.0 < p < 1.0 for p in probs.values())
    assert list(probs.values()) == pytest.approx(
        _naive_scores(tiny_models, "planner", STRATEGY_NAMES), abs=1e-4
    )


@pytest.fixture()
def two_adapter_models(tiny_model_dir: Path, tmp_path: Path) -> RoleModels:
    save_random_adapter(tiny_model_dir, tmp_path / "adapters" / "planner", seed=1)
    save_random_adapter(tiny_model_dir, tmp_path / "adapters" / "generator", seed=2)
    return load_role_models(str(tiny_model_dir), tmp_path / "adapters")


def test_switching_adapters_changes_logits(two_adapter_models: RoleModels) -> None:
    ids = torch.tensor([two_adapter_models.prompt_ids(planner_messages(HISTORY))])
    logits = {}
    for role in ("planner", "generator", "appraiser"):  # appraiser has no adapter: bare base model
        with two_adapter_models.role(role) as model, torch.no_grad():
            logits[role] = model(input_ids=ids).logits
    assert set(two_adapter_models.roles) == {"planner", "generator"}
    assert not torch.allclose(logits["planner"], logits["generator"], atol=1e-4)
    assert not torch.allclose(logits["planner"], logits["appraiser"], atol=1e-4)
    with two_adapter_models.role("planner") as model, torch.no_grad():
        again = model(input_ids=ids).logits
    assert torch.allclose(again, logits["planner"])


def test_base_weights_exist_once(tiny_model_dir: Path, tmp_path: Path) -> None:
    models = load_role_models(str(tiny_model_dir))
    base_params = {name: p for name, p in models.model.named_parameters()}
    base_storage = {p.untyped_storage().data_ptr() for p in base_params.values()}
    save_random_adapter(tiny_model_dir, tmp_path / "a" / "planner", seed=1)
    save_random_adapter(tiny_model_dir, tmp_path / "a" / "generator", seed=2)
    models.add_adapters_from(tmp_path / "a")

    named = dict(models.model.named_parameters())
    lora = {n: p for n, p in named.items() if "lora_" in n}
    base_after = {n: p for n, p in named.items() if "lora_" not in n}
    assert {n for n in lora if ".planner" in n} and {n for n in lora if ".generator" in n}
    # Every base tensor is the one loaded before the adapters came: nothing was copied per adapter.
    assert len(base_after) == len(base_params)
    assert {p.untyped_storage().data_ptr() for p in base_after.values()} == base_storage
    base_numel = sum(p.numel() for p in base_params.values())
    assert sum(p.numel() for p in lora.values()) < 0.5 * base_numel


def test_adapter_from_other_prompt_version_is_refused(tiny_model_dir: Path, tmp_path: Path) -> None:
    path = save_random_adapter(tiny_model_dir, tmp_path / "planner", seed=3)
    write_manifest(path, {"role": "planner", "prompt_version": "esc-prompts/0"})
    models = load_role_models(str(tiny_model_dir))
    with pytest.raises(AdapterError, match="retrain"):
        models.add_adapter("planner", path)


def test_generation_streams_the_text_it_returns(tiny_models: RoleModels) -> None:
    messages = planner_messages(HISTORY)
    pieces = list(tiny_models.stream("generator", messages, max_new_tokens=12, temperature=0.0))
    text = tiny_models.generate("generator", messages, max_new_tokens=12, temperature=0.0)
    assert len(pieces) > 1, "the reply did not arrive in pieces"
    assert "".join(pieces).strip() == text


def test_a_failed_generation_ends_its_stream_with_the_error(tiny_models: RoleModels) -> None:
    with pytest.raises(ValueError, match="max_new_tokens"):
        list(tiny_models.stream("generator", planner_messages(HISTORY), max_new_tokens=-1))


def test_local_chat_model_streams_chunks_that_make_its_reply(tiny_models: RoleModels) -> None:
    from langchain_core.messages import HumanMessage

    from esc_graph.backends import LocalChatModel

    chat = LocalChatModel(models=tiny_models, temperature=0.0, max_new_tokens=10)
    chunks = list(chat.stream([HumanMessage("I failed my exam.")]))
    reply = chat.invoke([HumanMessage("I failed my exam.")])
    assert len(chunks) > 1 and "".join(str(c.content) for c in chunks).strip() == reply.content


def test_inference_device_follows_the_environment(monkeypatch, tiny_model_dir) -> None:
    import torch

    from esc_graph.models import inference_device, load_base

    monkeypatch.setenv("ESC_GRAPH_DEVICE", "cpu")
    assert inference_device() == torch.device("cpu")
    model, _ = load_base(str(tiny_model_dir))
    assert model.device.type == "cpu" and model.dtype == torch.float32
    monkeypatch.delenv("ESC_GRAPH_DEVICE")
    assert inference_device().type == ("cuda" if torch.cuda.is_available() else "cpu")


def test_inference_dtype_follows_the_environment(monkeypatch, tiny_model_dir) -> None:
    import torch

    from esc_graph.models import inference_dtype, load_base

    monkeypatch.setenv("ESC_GRAPH_DTYPE", "bfloat16")
    model, _ = load_base(str(tiny_model_dir))
    assert model.dtype == torch.bfloat16
    monkeypatch.setenv("ESC_GRAPH_DTYPE", "float99")
    with pytest.raises(ValueError, match="ESC_GRAPH_DTYPE='float99' is not a torch dtype"):
        inference_dtype(torch.device("cpu"))
    monkeypatch.delenv("ESC_GRAPH_DTYPE")
    assert inference_dtype(torch.device("cpu")) == torch.float32
    assert inference_dtype(torch.device("cuda")) == torch.bfloat16
