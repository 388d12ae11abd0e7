"""The int8 generation path: per-role copies with the adapter merged; scoring stays on the fp32 model."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch

from esc_graph.fast_generation import int8_copy
from esc_graph.generation_setting import GENERATION_ENV, generation_path, resolve_generation
from esc_graph.int8_layers import FusedInt8Linear, Int8Linear
from esc_graph.models import RoleModels, load_role_models
from esc_graph.strategies import STRATEGY_NAMES
from tests.helpers import save_random_adapter

CHAT = [
    {"role": "system", "content": "You are a supportive listener."},
    {"role": "user", "content": "I lost my job and I can't tell my family."},
]


@pytest.fixture()
def adapters_dir(tiny_model_dir: Path, tmp_path: Path) -> Path:
    save_random_adapter(tiny_model_dir, tmp_path / "adapters" / "planner", seed=1)
    save_random_adapter(tiny_model_dir, tmp_path / "adapters" / "generator", seed=2)
    return tmp_path / "adapters"


def _logits(model: torch.nn.Module, models: RoleModels) -> torch.Tensor:
    ids = torch.tensor([models.prompt_ids(CHAT)])
    with torch.inference_mode():
        return model(input_ids=ids).logits[0, -1].float()


def test_the_int8_copy_generates_and_every_linear_layer_is_int8(tiny_model_dir: Path) -> None:
    models = load_role_models(str(tiny_model_dir), generation="int8")
    reply = models.generate("generator", CHAT, temperature=0, max_new_tokens=6)
    assert isinstance(reply, str)
    copy = models._generation_copies[None]
    assert not any(isinstance(m, torch.nn.Linear) for m in copy.modules())
    # Per layer: query/key/value stacked, gate/up stacked, output and down apart; and the lm_head.
    assert sum(isinstance(m, Int8Linear) for m in copy.modules()) == 2 * 4 + 1
    assert sum(isinstance(m, FusedInt8Linear) for m in copy.modules()) == 2 * 2
    # The embeddings are shared with the fp32 model, not copied.
    assert copy.get_input_embeddings().weight is models.model.get_input_embeddings().weight
    streamed = "".join(models.stream("generator", CHAT, temperature=0, max_new_tokens=6))
    assert streamed.strip() == reply


def test_planner_scores_are_exactly_those_of_the_fp32_path(tiny_model_dir: Path, adapters_dir: Path) -> None:
    fp32 = load_role_models(str(tiny_model_dir), adapters_dir, generation="fp32")
    fast = load_role_models(str(tiny_model_dir), adapters_dir, generation="int8")
    before = fast.score("planner", CHAT, STRATEGY_NAMES)
    fast.generate("generator", CHAT, temperature=0, max_new_tokens=4)
    fast.generate("planner", CHAT, temperature=0, max_new_tokens=4)
    assert set(fast._generation_copies) == {"generator", "planner"}
    after = fast.score("planner", CHAT, STRATEGY_NAMES)
    assert after == before == fp32.score("planner", CHAT, STRATEGY_NAMES)


def test_the_roles_adapter_is_merged_into_its_copy(tiny_model_dir: Path, adapters_dir: Path) -> None:
    models = load_role_models(str(tiny_model_dir), adapters_dir)
    merged = _logits(int8_copy(models.model, "generator"), models)
    bare = _logits(int8_copy(models.model, None), models)
    with models.role("generator") as model:
        with_adapter = _logits(model, models)
    with models.role("no-adapter") as model:
        without = _logits(model, models)
    assert not torch.allclose(merged, bare, atol=1e-3)
    # Each copy is close to the fp32 model it stands for, far from the other one.
    assert (merged - with_adapter).abs().max() < 0.1 * (merged - bare).abs().max()
    assert (bare - without).abs().max() < 0.1 * (merged - bare).abs().max()


def test_new_weights_drop_the_copies(tiny_model_dir: Path, adapters_dir: Path) -> None:
    models = load_role_models(str(tiny_model_dir), generation="int8")
    models.generate("generator", CHAT, temperature=0, max_new_tokens=2)
    bare = models._generation_copies[None]
    models.add_adapters_from(adapters_dir)
    assert models._generation_copies == {}
    models.generate("generator", CHAT, temperature=0, max_new_tokens=2)
    assert models._generation_copies["generator"] is not bare


def test_bad_generation_values_fail_clearly(tiny_model_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from esc_graph.graph import build_graph

    with pytest.raises(ValueError, match="generation must be one of auto, fp32, int8, not 'int4'"):
        load_role_models(str(tiny_model_dir), generation="int4")
    with pytest.raises(ValueError, match="not 'fast'"):
        build_graph(generation="fast", adapters=None)
    monkeypatch.setenv(GENERATION_ENV, "bf16")
    with pytest.raises(ValueError, match=r"GENERATION must be one of auto, fp32, int8, not 'bf16'"):
        resolve_generation()
    monkeypatch.setenv(GENERATION_ENV, "int8")
    assert resolve_generation() == "int8" and resolve_generation("fp32") == "fp32"
    monkeypatch.delenv(GENERATION_ENV)
    assert resolve_generation() == "auto"


def test_auto_generates_on_int8_copies_on_a_cpu(
    tiny_model_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(GENERATION_ENV, raising=False)
    models = load_role_models(str(tiny_model_dir))
    assert models.generation == "auto" and generation_path("auto", models.model) == "int8"
    models.generate("generator", CHAT, temperature=0, max_new_tokens=3)
    assert set(models._generation_copies) == {None}
    # Without the kernel (an older torch), auto falls back to fp32 and int8 says why it cannot run.
    monkeypatch.delattr(torch, "_weight_int8pack_mm")
    assert generation_path("auto", models.model) == "fp32" and generation_path("int8", models.model) == "int8"
    with pytest.raises(RuntimeError, match="int8 weight-only kernel"):
        int8_copy(models.model, None)
    exact = load_role_models(str(tiny_model_dir), generation="fp32")
    exact.generate("generator", CHAT, temperature=0, max_new_tokens=3)
    assert exact._generation_copies == {}


def test_the_demo_names_a_bad_generation_value(tiny_model_dir: Path) -> None:
    from typer.testing import CliRunner

    from esc_graph.cli import app

    result = CliRunner().invoke(app, ["demo", "--base-model", str(tiny_model_dir), "--generation", "int4"])
    assert result.exit_code != 0
    assert "generation must be one of auto, fp32, int8, not 'int4'" in result.stderr


@pytest.mark.parametrize(("rows", "width"), [(1, 96), (5, 96), (40, 96), (3, 9000)])
def test_int8_linear_follows_the_fp32_layer_for_few_and_many_rows(rows: int, width: int) -> None:
    torch.manual_seed(0)
    layer = torch.nn.Linear(64, width)  # 9000 outputs: quantised in several row blocks
    x = torch.randn(2, rows, 64)
    quantised = Int8Linear.quantise(layer.weight, layer.bias)
    with torch.inference_mode():
        expected, found = layer(x), quantised(x)
    assert found.shape == expected.shape and found.dtype == torch.float32
    assert (found - expected).abs().max() < 0.05 * expected.abs().max()


def test_eval_generates_its_replies_on_the_int8_copy(
    tiny_model_dir: Path, adapters_dir: Path, esconv_dir: Path, tmp_path: Path
) -> None:
    import json

    from trainers.evaluate import EvalConfig, EvalError, evaluate, read_rows
    from trainers.generation import generate_batch

    small = {"data": str(esconv_dir), "limit": 3, "replies": 2, "batch_size": 2, "max_new_tokens": 5}
    models = load_role_models(str(tiny_model_dir), adapters_dir)
    evaluate(models, EvalConfig(**small, generation="int8"), tmp_path / "int8")
    assert set(models._generation_copies) == {"generator"}
    assert json.loads((tmp_path / "int8" / "run.json").read_text())["settings"]["generation"] == "int8"
    # Each reply is what the int8 copy generates for that prompt alone.
    from esc_graph.prompts import generator_messages
    from trainers.turns import select_turns

    turns = {t.id: t for t in select_turns(str(esconv_dir), "test", "thu-coai", limit=3, seed=0)}
    for row in read_rows(tmp_path / "int8" / "predictions.jsonl"):
        if "reply" in row:
            t = turns[row["id"]]
            prompt = generator_messages(t.history, row["reply_strategy"], appraisal=t.appraisal)
            alone = generate_batch(models, "generator", [prompt], max_new_tokens=5)
            assert row["reply"] == alone[0]
    # fp32 runs record no generation setting, as runs made before it existed, so those resume.
    evaluate(models, EvalConfig(**small, generation="fp32"), tmp_path / "fp32")
    assert "generation" not in json.loads((tmp_path / "fp32" / "run.json").read_text())["settings"]
    with pytest.raises(EvalError, match="generation"):
        evaluate(models, EvalConfig(**small), tmp_path / "fp32")  # auto: int8 on this CPU
    with pytest.raises(EvalError, match="generation must be one of"):
        EvalConfig(**small, generation="int4").check()


@pytest.mark.parametrize("rows", [1, 40])
def test_stacked_layers_give_each_part_its_own_result_from_one_product(rows: int) -> None:
    torch.manual_seed(0)
    sources = [(torch.randn(width, 64), torch.randn(width), None) for width in (96, 32, 32)]
    parts = [Int8Linear.quantise(*source) for source in sources]
    fused = FusedInt8Linear.quantise_stacked(sources)
    calls = []
    fused.register_forward_hook(lambda *_: calls.append(1))
    x = torch.randn(1, rows, 64)
    with torch.no_grad():
        assert all(torch.equal(fused.part(x, i), part(x)) for i, part in enumerate(parts))
        assert len(calls) == 1
        assert torch.equal(fused.part(x, 1), parts[1](x)) and len(calls) == 2  # a part read again: anew
        x.mul_(2)  # the same tensor changed in place is a new input
        assert torch.equal(fused.part(x, 2), parts[2](x)) and len(calls) == 3


def test_the_stacked_copy_decodes_exactly_as_the_separate_layers(
    tiny_model_dir: Path, adapters_dir: Path
) -> None:
    models = load_role_models(str(tiny_model_dir), adapters_dir)
    stacked = int8_copy(models.model, "generator", lean_steps=False)
    apart = int8_copy(models.model, "generator", fuse_shared_inputs=False, lean_steps=False)
    ids = torch.tensor([models.prompt_ids(CHAT)])
    with torch.inference_mode():
        found = [
            model.generate(
                input_ids=ids,
                max_new_tokens=12,
                do_sample=False,
                output_scores=True,
                return_dict_in_generate=True,
            )
            for model in (stacked, apart)
        ]
    assert torch.equal(found[0].sequences, found[1].sequences)
    assert all(torch.equal(a, b) for a, b in zip(found[0].scores, found[1].scores, strict=True))
