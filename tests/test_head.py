"""The planner's strategy head: fitting, saving, and the planner scoring with it once it is attached."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest
import torch

from esc_graph.strategies import STRATEGY_NAMES


def test_fitted_head_separates_a_learnable_problem_and_folds_the_scaling() -> None:
    from trainers.head import HeadConfig, fit_head

    rng = np.random.default_rng(0)
    gold = [STRATEGY_NAMES[i % 8] for i in range(240)]
    # Feature k is large for strategy k, on a scale and offset standardisation must undo.
    x = rng.normal(size=(240, 12)) * 0.3
    for row, label in enumerate(gold):
        x[row, STRATEGY_NAMES.index(label)] += 2.0
    x = x * 50.0 + 7.0
    head, selection = fit_head(x[:160], gold[:160], x[160:], gold[160:], HeadConfig())
    assert len(selection) == len(HeadConfig().grid) and max(r["valid_q"] for r in selection) > 0.9
    picks = [max(p, key=p.__getitem__) for p in (head.probabilities(torch.tensor(v)) for v in x[160:])]
    assert sum(p == g for p, g in zip(picks, gold[160:], strict=True)) >= 72  # of 80
    assert sum(head.probabilities(torch.tensor(x[0])).values()) == pytest.approx(1.0)


def test_head_round_trips_and_a_broken_file_is_refused(tiny_model_dir, tmp_path) -> None:
    from esc_graph.adapters import AdapterError
    from esc_graph.models import load_role_models
    from esc_graph.strategy_head import HEAD_FILE, LinearHead, load_head, save_head
    from tests.helpers import save_random_adapter

    head = LinearHead(STRATEGY_NAMES, torch.randn(8, 5), torch.randn(8))
    save_head(tmp_path, head)
    loaded = load_head(tmp_path)
    assert loaded is not None and loaded.labels == STRATEGY_NAMES and loaded.layer is None
    assert torch.equal(loaded.weight, head.weight) and torch.equal(loaded.bias, head.bias)
    save_head(tmp_path, LinearHead(STRATEGY_NAMES, head.weight, head.bias, layer=7))
    assert load_head(tmp_path).layer == 7  # type: ignore[union-attr]

    adapters = tmp_path / "adapters"
    save_random_adapter(tiny_model_dir, adapters / "planner", seed=1)
    (adapters / "planner" / HEAD_FILE).write_bytes(b"not a tensor file")
    with pytest.raises(AdapterError, match="not a strategy head"):
        load_role_models(str(tiny_model_dir), adapters)
    # A head for other features than the model gives is an error at scoring, not a silent wrong answer.
    save_head(adapters / "planner", head)
    models = load_role_models(str(tiny_model_dir), adapters)
    with pytest.raises(AdapterError, match="other features"):
        models.score("planner", [{"role": "user", "content": "hi"}], STRATEGY_NAMES)


def test_trained_head_drives_the_planner_and_reuses_cached_features(
    tiny_model_dir, esconv_dir, tmp_path
) -> None:
    from esc_graph.calibration import PRIOR_KEY, prior_entry
    from esc_graph.models import load_role_models
    from esc_graph.prompts import planner_messages
    from esc_graph.strategy_head import HEAD_FILE
    from tests.helpers import save_random_adapter
    from trainers.head import HeadConfig, train_head
    from trainers.turns import select_turns

    adapters = tmp_path / "adapters"
    planner = save_random_adapter(tiny_model_dir, adapters / "planner", seed=4)
    manifest_path = planner / "esc_manifest.json"
    manifest = json.loads(manifest_path.read_text())
    manifest[PRIOR_KEY] = prior_entry(dict.fromkeys(STRATEGY_NAMES, 1 / 8), 1.0, {"split": "valid"})
    manifest_path.write_text(json.dumps(manifest))
    models = load_role_models(str(tiny_model_dir), adapters)
    turns = select_turns(None, "valid", "thu-coai", limit=6, seed=5)
    messages = [planner_messages(t.history) for t in turns]
    by_names = [models.score("planner", m, STRATEGY_NAMES, calibrated=False) for m in messages]

    # Features: the last hidden state, then the label log-probabilities the name scoring normalises.
    found = models.features("planner", messages[0], STRATEGY_NAMES)
    assert found.shape == (64 + 8,)
    assert found[64:].exp().tolist() == pytest.approx([by_names[0][s] for s in STRATEGY_NAMES], abs=1e-5)

    calls: list[tuple[str, int, int]] = []
    config = HeadConfig(train_turns=24, valid_turns=8, grid=((0.1, None),))
    entry = train_head(models, adapters, config, progress=lambda *a: calls.append(a))
    assert (planner / HEAD_FILE).is_file()
    stored = json.loads(manifest_path.read_text())
    assert stored["strategy_head"] == entry and entry["train_turns"] == 24
    assert PRIOR_KEY not in stored  # fitted to the name scores the head replaces
    assert [c for c in calls if c[0] == "train"][-1][1:] == (24, 24)

    with_head = [models.score("planner", m, STRATEGY_NAMES) for m in messages]
    head = models.heads["planner"]
    for got, m in zip(with_head, messages, strict=True):
        assert got == pytest.approx(head.probabilities(models.features("planner", m, STRATEGY_NAMES)))
    gap = max(abs(h[s] - n[s]) for h, n in zip(with_head, by_names, strict=True) for s in STRATEGY_NAMES)
    assert gap > 0.01
    # Other label sets still score by name; a fresh load picks the head up from the folder.
    assert set(models.score("planner", messages[0], ["Question", "Others"])) == {"Question", "Others"}
    reloaded = load_role_models(str(tiny_model_dir), adapters)
    assert reloaded.score("planner", messages[0], STRATEGY_NAMES) == pytest.approx(with_head[0], abs=1e-5)

    calls.clear()
    train_head(models, adapters, config, progress=lambda *a: calls.append(a))
    assert calls == []  # every feature came from the cache

    # The prior's fit reads the head's cached validation features: the same scores, no forward pass.
    from trainers.calibrate import CalibrateConfig, raw_distributions

    on_valid = CalibrateConfig(turns=8)
    live = raw_distributions(models, on_valid)
    real_score = models.score
    models.score = lambda *a, **k: pytest.fail("a cached turn was scored again")  # type: ignore[method-assign]
    _assert_same_distributions(raw_distributions(models, on_valid, planner_dir=planner), live)
    models.score = real_score  # type: ignore[method-assign]
    wider = raw_distributions(models, CalibrateConfig(turns=12), planner_dir=planner)
    # Uncached turns run the model.
    _assert_same_distributions(wider, raw_distributions(models, CalibrateConfig(turns=12)))


def _assert_same_distributions(got, want) -> None:
    """The same gold strategies and scores; scores to 1e-5, since a pass that reuses a conversation's
    earlier key/values (esc_graph.prompt_cache) sums in another order than a pass over the whole prompt."""
    assert got[0] == want[0]
    for found, expected in zip(got[1], want[1], strict=True):
        assert found == pytest.approx(expected, abs=1e-5)


def test_head_on_a_middle_layer_reads_that_layer_and_keeps_it(tiny_model_dir, esconv_dir, tmp_path) -> None:
    from esc_graph.adapters import AdapterError
    from esc_graph.models import load_role_models
    from esc_graph.prompts import planner_messages
    from esc_graph.strategy_head import LinearHead, load_head, save_head
    from tests.helpers import save_random_adapter
    from trainers.head import HeadConfig, feature_cache, train_head
    from trainers.turns import select_turns

    adapters = tmp_path / "adapters"
    planner = save_random_adapter(tiny_model_dir, adapters / "planner", seed=6)
    models = load_role_models(str(tiny_model_dir), adapters)
    messages = planner_messages(select_turns(None, "valid", "thu-coai", limit=1, seed=5)[0].history)

    # The state after the first of the tiny model's two layers, as a plain forward pass computes it.
    with torch.inference_mode(), models.role("planner") as model:
        ids = torch.tensor([models.prompt_ids(messages)])
        after_first = model(input_ids=ids, output_hidden_states=True).hidden_states[1][0, -1]
    middle = models.features("planner", messages, STRATEGY_NAMES, layer=1)
    final = models.features("planner", messages, STRATEGY_NAMES)
    assert middle[:64].tolist() == pytest.approx(after_first.tolist(), abs=1e-4)
    assert (middle[:64] - final[:64]).abs().max() > 0.1 and middle[64:].tolist() == pytest.approx(
        final[64:].tolist()
    )

    with pytest.raises(ValueError, match="hidden states 0 to 2"):
        train_head(models, adapters, HeadConfig(train_turns=16, valid_turns=8, layer=3))
    entry = train_head(
        models, adapters, HeadConfig(train_turns=16, valid_turns=8, grid=((0.1, None),), layer=1)
    )
    assert entry["layer"] == 1 and "layer 1" in entry["features"]
    assert feature_cache(planner, "train", 1).is_file() and not feature_cache(planner, "train").exists()
    head = load_head(planner)
    assert head is not None and head.layer == 1
    reloaded = load_role_models(str(tiny_model_dir), adapters)
    assert reloaded.heads["planner"].layer == 1
    assert reloaded.score("planner", messages, STRATEGY_NAMES, calibrated=False) == pytest.approx(
        head.probabilities(middle), abs=1e-5
    )
    # A head for a layer the model does not have is refused when it loads.
    save_head(planner, LinearHead(STRATEGY_NAMES, head.weight, head.bias, layer=5))
    with pytest.raises(AdapterError, match="reads layer 5; the model has 2"):
        load_role_models(str(tiny_model_dir), adapters)


def test_head_cli_copies_the_adapters_and_never_overwrites_others(
    tiny_model_dir, esconv_dir, tmp_path
) -> None:
    from esc_graph.strategy_head import load_head
    from tests.helpers import save_random_adapter

    source = tmp_path / "sft"
    save_random_adapter(tiny_model_dir, source / "planner", seed=2)
    save_random_adapter(tiny_model_dir, source / "generator", seed=3)
    target = tmp_path / "with-head"
    cmd = [sys.executable, "-m", "esc_graph.cli", "head", "--adapters", str(source), "--out", str(target)]
    cmd += ["--base-model", str(tiny_model_dir), "--train-turns", "16", "--valid-turns", "8", "--layer", "1"]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "valid Q" in done.stdout
    assert load_head(target / "planner").layer == 1  # type: ignore[union-attr]
    assert (target / "planner" / "strategy_head.safetensors").is_file() and (target / "generator").is_dir()
    assert not (source / "planner" / "strategy_head.safetensors").exists()
    # A rerun over the same weights keeps the copy; a folder holding other weights is left alone.
    again = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    save_random_adapter(tiny_model_dir, source / "planner", seed=9)
    before = (target / "planner" / "adapter_model.safetensors").read_bytes()
    refused = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert refused.returncode != 0 and "other weights" in refused.stderr and "Traceback" not in refused.stderr
    assert (target / "planner" / "adapter_model.safetensors").read_bytes() == before
