"""Prior correction: the maths, the stored prior changing the planner's scores, and the CLI's guard."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from esc_graph.calibration import corrected, manifest_prior, mean_distribution, prior_entry
from esc_graph.strategies import EMOTIONS, STRATEGY_NAMES


def test_corrected_divides_by_the_prior_and_renormalises() -> None:
    probs = {"a": 0.6, "b": 0.3, "c": 0.1}
    prior = {"a": 0.6, "b": 0.2, "c": 0.2}
    out = corrected(probs, prior)
    assert out == pytest.approx({"a": 1 / 3.0, "b": 1.5 / 3.0, "c": 0.5 / 3.0})
    assert corrected(probs, prior, strength=0.0) == pytest.approx(probs)
    assert max(out, key=out.__getitem__) == "b"  # the favourite loses its head start


def test_mean_distribution_and_manifest_round_trip() -> None:
    prior = mean_distribution([{"a": 1.0, "b": 0.0}, {"a": 0.5, "b": 0.5}])
    assert prior == pytest.approx({"a": 0.75, "b": 0.25})
    entry = prior_entry(prior, 0.5, {"split": "valid"})
    assert manifest_prior({"label_prior": entry}, ["a", "b"]) == ({"a": 0.75, "b": 0.25}, 0.5)
    assert manifest_prior({"label_prior": entry}, ["b", "a"]) is None  # other labels: not applied
    with pytest.raises(ValueError):
        mean_distribution([])


def test_calibrate_stores_a_prior_that_the_planner_applies(tiny_model_dir, esconv_dir, tmp_path) -> None:
    from esc_graph.models import load_role_models
    from esc_graph.prompts import planner_messages
    from tests.helpers import save_random_adapter
    from trainers.calibrate import CalibrateConfig, calibrate
    from trainers.evaluate import EvalConfig, select_turns

    adapters = tmp_path / "adapters"
    save_random_adapter(tiny_model_dir, adapters / "planner", seed=3)
    models = load_role_models(str(tiny_model_dir), adapters)
    entry = calibrate(models, adapters, CalibrateConfig(turns=12, strength=1.0))
    assert json.loads((adapters / "planner" / "esc_manifest.json").read_text())["label_prior"] == entry
    assert entry["source"]["turns"] == 12 and set(entry["validation"]) == {
        "0.0",
        "0.25",
        "0.5",
        "0.75",
        "1.0",
        "1.25",
        "1.5",
    }

    turns = select_turns(EvalConfig(split="valid", limit=12, replies=0))
    raw = [
        models.score("planner", planner_messages(t.history), STRATEGY_NAMES, calibrated=False) for t in turns
    ]
    fixed = [models.score("planner", planner_messages(t.history), STRATEGY_NAMES) for t in turns]
    assert fixed != raw
    # Dividing by the mean prediction flattens the average distribution on the turns it was measured on.
    spread = lambda dists: max(mean_distribution(dists).values()) - min(mean_distribution(dists).values())  # noqa: E731
    assert spread(fixed) < spread(raw)
    # A fresh load reads the prior from the manifest; the appraiser's label sets are untouched.
    reloaded = load_role_models(str(tiny_model_dir), adapters)
    messages = planner_messages(turns[0].history)
    assert reloaded.score("planner", messages, STRATEGY_NAMES) == pytest.approx(fixed[0], abs=1e-5)
    assert reloaded.score("planner", messages, EMOTIONS) == reloaded.score(
        "planner", messages, EMOTIONS, calibrated=False
    )


def test_calibrate_cli_refuses_the_test_split(tmp_path: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "esc_graph.cli", "calibrate", "--adapters", str(tmp_path), "--split", "test"],
        capture_output=True,
        text=True,
    )
    assert run.returncode != 0
    assert "test split" in run.stderr and "Traceback" not in run.stderr
