"""esc-graph train appraiser on the small ESConv sample: a model folder that loads and appraises, the
out-of-fold appraisals trainers read, and a clear error when folding leaves nothing to learn."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from esc_graph.appraisal import LABEL_SETS, Appraiser
from esc_graph.model_files import CONFIG_FILE
from esc_graph.prompts import Utterance
from trainers.appraisal import AppraiserTrainConfig, train_appraiser
from trainers.appraisal_turns import turn_appraisals
from trainers.data import load_split

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "esconv"


def test_training_writes_a_folder_the_graph_can_load(tmp_path: Path) -> None:
    out = tmp_path / "appraiser"
    config = AppraiserTrainConfig(
        data=str(FIXTURE), out=out, cache=None, folds=2, fold_min_dialogues=1, grid=((1.0, None),)
    )
    report = train_appraiser(config)
    assert json.loads((out / CONFIG_FILE).read_text())["weights_sha256"] == report["weights_sha256"]
    assert report["training"]["train_dialogues"] == 10 and report["features"] in (
        "mean+last",
        "mean+last+joined",
    )
    appraiser = Appraiser(out)
    found = appraiser.appraise([Utterance("seeker", "My boss fired me today and I am furious.")])
    assert found is not None
    for field in LABEL_SETS:
        assert set(found[f"{field}_probs"]) == set(report["labels"][field])
    # A training dialogue's turn reads its out-of-fold appraisal, not the model's own.
    dialogue = load_split(str(FIXTURE), "train")[0]
    history = list(
        dialogue.turns[: next(i for i, u in enumerate(dialogue.turns) if u.speaker == "seeker") + 1]
    )
    (cross_fitted,) = turn_appraisals([(dialogue.id, history)], folder=out)
    (own,) = turn_appraisals([("not-a-training-dialogue", history)], folder=out)
    assert cross_fitted is not None and own is not None
    assert cross_fitted["emotion_probs"] != pytest.approx(own["emotion_probs"], abs=1e-3)


def test_folding_every_label_away_is_a_clear_error(tmp_path: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "esc_graph.cli",
            "train",
            "appraiser",
            "--data",
            str(FIXTURE),
            "--out",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode != 0
    assert "label(s) in 10 training dialogues" in done.stderr and "--fold-min-dialogues" in done.stderr
    assert not (tmp_path / CONFIG_FILE).exists()
