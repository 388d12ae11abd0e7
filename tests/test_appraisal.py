"""The trained appraiser: the packaged model loads offline, reads all three label sets, encodes only new
messages, shares the process's MiniLM with the risk model, and refuses damaged folders by name."""

from __future__ import annotations

import json
import shutil
import tomllib
from fnmatch import fnmatch
from pathlib import Path

import numpy as np
import pytest

from esc_graph.appraisal import (
    LABEL_SETS,
    PACKAGED,
    Appraiser,
    AppraiserError,
    packaged_appraiser,
    resolve_appraiser,
)
from esc_graph.encoder import shared_minilm
from esc_graph.model_files import CONFIG_FILE, WEIGHTS_FILE
from esc_graph.prompts import Utterance
from esc_graph.safety.risk_model import packaged_risk_model

JOB_LOSS = [
    Utterance("seeker", "Hi, I was laid off from my job last week after ten years."),
    Utterance("supporter", "I'm so sorry. How are you feeling about it?"),
    Utterance("seeker", "Scared. I don't know how I will pay the rent and find new work."),
]


class CountingEncoder:
    """The real MiniLM, counting the texts it is asked to encode."""

    def __init__(self) -> None:
        self.encoded: list[str] = []

    def encode(self, texts):
        self.encoded.extend(texts)
        return shared_minilm().encode(texts)


def test_packaged_appraiser_gives_a_distribution_over_every_label_set() -> None:
    appraiser = packaged_appraiser()
    appraisal = appraiser.appraise(JOB_LOSS)
    assert appraisal is not None
    for field in ("emotion", "problem", "intensity"):
        probs = appraisal[f"{field}_probs"]
        assert list(probs) == appraiser.labels[field]
        assert abs(sum(probs.values()) - 1.0) < 1e-5
        assert all(0.0 <= p <= 1.0 for p in probs.values())
    assert appraisal["emotion"] == max(appraisal["emotion_probs"], key=appraisal["emotion_probs"].get)
    assert appraisal["intensity"] in range(1, 6)
    # A conversation about a lost job is read as one: the problem label set is about the content.
    assert appraisal["problem"] == "job crisis"


def test_no_appraisal_before_the_seeker_speaks() -> None:
    assert packaged_appraiser().appraise([Utterance("supporter", "Hello, how can I help?")]) is None
    assert packaged_appraiser().appraise([Utterance("seeker", "   ")]) is None


def test_a_turn_encodes_only_the_new_message_and_the_joined_text() -> None:
    encoder = CountingEncoder()
    appraiser = Appraiser(PACKAGED, encoder=encoder)
    joined = "joined" in appraiser.parts
    first, second = JOB_LOSS[0].text, JOB_LOSS[2].text
    appraiser.appraise(JOB_LOSS[:1])
    assert encoder.encoded == [first] + ([first] if joined else [])
    encoder.encoded.clear()
    appraiser.appraise(JOB_LOSS)
    # One encoder call per turn: the new message, and the seeker's messages joined (new every turn).
    assert encoder.encoded == [second] + ([f"{first} {second}"] if joined else [])
    # Cached vectors give the appraisal an appraiser encoding everything afresh gives.
    fresh = Appraiser(PACKAGED, encoder=shared_minilm()).appraise(JOB_LOSS)
    assert appraiser.appraise(JOB_LOSS)["emotion_probs"] == pytest.approx(fresh["emotion_probs"], abs=1e-5)


def test_the_appraiser_and_the_risk_model_share_one_encoder() -> None:
    assert packaged_appraiser().encoder is shared_minilm()
    assert packaged_risk_model().encoder is shared_minilm()


def test_the_package_ships_the_model_folder_with_its_licence_note() -> None:
    config = json.loads((PACKAGED / CONFIG_FILE).read_text())
    assert set(config["labels"]) == set(LABEL_SETS)
    assert config["training"]["scheme"] == "thu-coai"
    card = (PACKAGED / "README.md").read_text()
    assert "CC BY-NC 4.0" in card and "Apache-2.0" in card
    pyproject = tomllib.loads((Path(__file__).resolve().parents[1] / "pyproject.toml").read_text())
    globs = pyproject["tool"]["setuptools"]["package-data"]["esc_graph"]
    package = PACKAGED.parents[1]
    for path in PACKAGED.iterdir():
        relative = path.relative_to(package).as_posix()
        assert any(fnmatch(relative, glob) for glob in globs), f"{relative} is not package data"


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "appraiser"
    shutil.copytree(PACKAGED, folder)
    return folder


def test_a_damaged_weights_file_is_refused_naming_the_folder(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    data = bytearray((folder / WEIGHTS_FILE).read_bytes())
    data[-1] ^= 0xFF
    (folder / WEIGHTS_FILE).write_bytes(bytes(data))
    with pytest.raises(AppraiserError, match=f"{folder}.*checksum"):
        Appraiser(folder)


def test_weights_that_match_no_checksum_or_shape_are_refused(tmp_path: Path) -> None:
    from safetensors.numpy import save_file

    from esc_graph.model_files import file_sha256

    folder = _copy(tmp_path)
    save_file({"emotion.weight": np.zeros((2, 3), dtype=np.float32)}, str(folder / WEIGHTS_FILE))
    config = json.loads((folder / CONFIG_FILE).read_text())
    config["weights_sha256"] = file_sha256(folder / WEIGHTS_FILE)
    (folder / CONFIG_FILE).write_text(json.dumps(config))
    with pytest.raises(AppraiserError, match="has no emotion.weight of shape"):
        Appraiser(folder)


def test_missing_or_foreign_files_are_refused(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    (folder / WEIGHTS_FILE).unlink()
    with pytest.raises(AppraiserError, match=f"{WEIGHTS_FILE} is missing"):
        Appraiser(folder)
    (folder / CONFIG_FILE).write_text(json.dumps({"format": "something-else"}))
    with pytest.raises(AppraiserError, match="is not an esc-appraiser/1 config"):
        Appraiser(folder)
    with pytest.raises(AppraiserError, match=f"{tmp_path / 'nowhere'}.*{CONFIG_FILE} is missing"):
        resolve_appraiser(tmp_path / "nowhere")
