"""Prior correction: the maths, the stored prior changing the planner's scores, and the CLI's guard."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from esc_graph.calibration import corrected, manifest_prior, prior_entry
from esc_graph.strategies import EMOTIONS, STRATEGY_NAMES


def test_corrected_divides_by_the_prior_and_renormalises() -> None:
    probs = {"a": 0.6, "b": 0.3, "c": 0.1}
    prior = {"a": 0.6, "b": 0.2, "c": 0.2}
    out = corrected(probs, prior)
    assert out == pytest.approx({"a": 1 / 3.0, "b": 1.5 / 3.0, "c": 0.5 / 3.0})
    assert corrected(probs, prior, strength=0.0) == pytest.approx(probs)
    assert max(out, key=out.__getitem__) == "b"  # the favourite loses its head start


def test_manifest_round_trip() -> None:
    entry = prior_entry({"a": 0.75, "b": 0.25}, 0.5, {"split": "valid"})
    assert manifest_prior({"label_prior": entry}, ["a", "b"]) == ({"a": 0.75, "b": 0.25}, 0.5)
    assert manifest_prior({"label_prior": entry}, ["b", "a"]) is None  # other labels: not applied


def test_fitted_biases_spread_the_argmax_like_the_target() -> None:
    from trainers.calibrate import fit_log_bias, target_counts

    # A model that always leans to Question: raw argmax is Question on every turn.
    gold = [STRATEGY_NAMES[i % 8] for i in range(80)]
    dists = []
    for i, g in enumerate(gold):
        probs = dict.fromkeys(STRATEGY_NAMES, 0.05)
        probs[g] += 0.1 + 0.01 * (i % 5)  # weak evidence for the gold label
        probs["Question"] += 0.3
        total = sum(probs.values())
        dists.append({k: v / total for k, v in probs.items()})
    assert {max(d, key=d.__getitem__) for d in dists} == {"Question"}
    target = target_counts(gold, 0.0)
    bias = fit_log_bias(dists, target)
    picks = [max(STRATEGY_NAMES, key=lambda s, d=d: math.log(d[s]) + bias[s]) for d in dists]
    counts = Counter(picks)
    assert sum(abs(counts[s] - target[s]) for s in STRATEGY_NAMES) <= 8
    assert sum(p == g for p, g in zip(picks, gold, strict=True)) > 40  # the evidence now decides


def test_calibrate_stores_a_prior_that_the_planner_applies(tiny_model_dir, esconv_dir, tmp_path) -> None:
    from esc_graph.models import load_role_models
    from esc_graph.prompts import planner_messages
    from tests.helpers import save_random_adapter
    from trainers.calibrate import CalibrateConfig, calibrate
    from trainers.turns import select_turns

    adapters = tmp_path / "adapters"
    save_random_adapter(tiny_model_dir, adapters / "planner", seed=3)
    models = load_role_models(str(tiny_model_dir), adapters)
    entry = calibrate(models, adapters, CalibrateConfig(turns=16))
    assert json.loads((adapters / "planner" / "esc_manifest.json").read_text())["label_prior"] == entry
    assert entry["source"]["turns"] == 16 and entry["balance"] == 0.0

    turns = select_turns(None, "valid", "thu-coai", limit=16)
    raw = [
        models.score("planner", planner_messages(t.history), STRATEGY_NAMES, calibrated=False) for t in turns
    ]
    fixed = [models.score("planner", planner_messages(t.history), STRATEGY_NAMES) for t in turns]
    prior = dict(zip(entry["labels"], entry["probs"], strict=True))
    assert fixed != raw
    for got, before in zip(fixed, raw, strict=True):
        assert got == pytest.approx(corrected(before, prior), abs=1e-5)
    # A fresh load reads the prior from the manifest; other label sets are untouched.
    reloaded = load_role_models(str(tiny_model_dir), adapters)
    messages = planner_messages(turns[0].history)
    assert reloaded.score("planner", messages, STRATEGY_NAMES) == pytest.approx(fixed[0], abs=1e-5)
    assert reloaded.score("planner", messages, EMOTIONS) == reloaded.score(
        "planner", messages, EMOTIONS, calibrated=False
    )
    with pytest.raises(ValueError, match="balance"):
        calibrate(models, adapters, CalibrateConfig(turns=4, balance=2.0))


def test_calibrate_cli_refuses_the_test_split(tmp_path: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "esc_graph.cli", "calibrate", "--adapters", str(tmp_path), "--split", "test"],
        capture_output=True,
        text=True,
    )
    assert run.returncode != 0
    assert "test split" in run.stderr and "Traceback" not in run.stderr


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "esc_graph.cli", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=300)


def test_calibrate_cli_writes_a_new_folder_and_leaves_its_input_byte_identical(
    tiny_model_dir, esconv_dir, tmp_path: Path
) -> None:
    from tests.helpers import folder_bytes, save_random_adapter

    adapters = tmp_path / "dpo"
    save_random_adapter(tiny_model_dir, adapters / "planner", seed=3)
    save_random_adapter(tiny_model_dir, adapters / "generator", seed=4)
    before = folder_bytes(adapters)
    done = _cli("calibrate", "--adapters", str(adapters), "--turns", "8", "--base-model", str(tiny_model_dir))
    assert done.returncode == 0, done.stderr
    assert folder_bytes(adapters) == before
    written = json.loads((tmp_path / "dpo-prior" / "planner" / "esc_manifest.json").read_text())
    assert written["label_prior"]["source"] == {"split": "valid", "scheme": "thu-coai", "turns": 8, "seed": 0}
    assert (tmp_path / "dpo-prior" / "generator" / "adapter_model.safetensors").read_bytes() == before[
        "generator/adapter_model.safetensors"
    ]


def test_calibrate_refuses_a_planner_trained_on_another_scheme(tiny_model_dir, esconv_dir, tmp_path) -> None:
    from tests.helpers import save_random_adapter

    adapters = tmp_path / "sft"
    save_random_adapter(tiny_model_dir, adapters / "planner", seed=3, scheme="decoupledesc")
    done = _cli("calibrate", "--adapters", str(adapters), "--turns", "4", "--base-model", str(tiny_model_dir))
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert "trained on the decoupledesc split scheme, not thu-coai" in done.stderr
    assert not (tmp_path / "sft-prior").exists()
