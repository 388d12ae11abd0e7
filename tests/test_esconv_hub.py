"""ESConv from the hub: thu-coai's files in the hub's own format give the dialogues of our folder format.

No network: the tests write the hub's files (``train.txt``/``valid.txt``/``test.txt``, one raw dialogue
per line with ``usr``/``sys`` speakers) from a folder in our format, and serve them to the real hub client
from a local hub cache in offline mode.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from trainers.data import SPLITS, read_jsonl
from trainers.esconv_hub import HUB_FILES, HUB_REPO, convert_hub_files, folder_statistics

REPO = Path(__file__).resolve().parents[1]
REVISION = "0" * 40
HUB_SPEAKER = {"seeker": "usr", "supporter": "sys"}


def hub_line(record: dict) -> str:
    """One of our records the way thu-coai's hub files hold it."""
    dialog = []
    for turn in record["turns"]:
        raw = {"text": turn["text"], "speaker": HUB_SPEAKER[turn["speaker"]]}
        if "strategy" in turn:
            raw["strategy"] = turn["strategy"]
        dialog.append(raw)
    survey = {who: {k: str(v) for k, v in scores.items()} for who, scores in record["survey_score"].items()}
    raw = {
        "experience_type": record["experience_type"],
        "emotion_type": record["emotion_type"],
        "problem_type": record["problem_type"],
        "situation": record["situation"],
        "survey_score": survey,
        "dialog": dialog,
        "seeker_question1": "",
        "supporter_question1": "",
    }
    return json.dumps(raw, ensure_ascii=False)


def write_hub_files(folder: Path, out: Path) -> dict[str, Path]:
    out.mkdir(parents=True, exist_ok=True)
    files = {}
    for split in SPLITS:
        records = [json.loads(line) for line in (folder / f"{split}.jsonl").read_text().splitlines()]
        files[split] = out / HUB_FILES[split]
        files[split].write_text("\n".join(hub_line(r) for r in records) + "\n", encoding="utf-8")
    return files


def local_hub_cache(folder: Path, cache: Path) -> Path:
    """The hub client's cache layout for the dataset repository, as a download would leave it."""
    repo = cache / f"datasets--{HUB_REPO.replace('/', '--')}"
    write_hub_files(folder, repo / "snapshots" / REVISION)
    (repo / "refs").mkdir(parents=True)
    (repo / "refs" / "main").write_text(REVISION)
    return cache


def esc_graph_data(
    tmp_path: Path, *args: str, hub_cache: Path, root: tuple[str, ...] = (), **env_vars: str
) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "HF_HUB_CACHE": str(hub_cache),
        "HF_HUB_OFFLINE": "1",
        "ESC_GRAPH_CACHE": str(tmp_path / "esc-cache"),
        "ESC_GRAPH_DATA": "none",
        **env_vars,
    }
    cmd = [sys.executable, "-m", "esc_graph.cli", *root, "data", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=300, env=env, cwd=REPO)


def without_ids(folder: Path, split: str) -> list[tuple]:
    dialogues = read_jsonl(folder / f"{split}.jsonl")
    return [(d.split, d.emotion_type, d.problem_type, d.situation, d.turns) for d in dialogues]


def test_hub_files_convert_to_the_same_dialogues(esconv_dir: Path, tmp_path: Path) -> None:
    sample = tmp_path / "sample"
    sample.mkdir()
    for split in SPLITS:  # a handful per split: the ids cannot be recovered from a part of the release
        lines = (esconv_dir / f"{split}.jsonl").read_text().splitlines()[:4]
        (sample / f"{split}.jsonl").write_text("\n".join(lines) + "\n")
    files = write_hub_files(sample, tmp_path / "hub")
    out = tmp_path / "converted"
    assert convert_hub_files(files, out) == {"train": 4, "valid": 4, "test": 4}
    for split in SPLITS:
        assert without_ids(out, split) == without_ids(sample, split)
        converted = [json.loads(line) for line in (out / f"{split}.jsonl").read_text().splitlines()]
        original = [json.loads(line) for line in (sample / f"{split}.jsonl").read_text().splitlines()]
        assert [c["survey_score"] for c in converted] == [o["survey_score"] for o in original]
        assert [c["id"] for c in converted] == [f"hf-{split}-{i:04d}" for i in range(4)]
    assert folder_statistics(out) == folder_statistics(sample)


def test_a_broken_hub_line_names_the_file_and_line(esconv_dir: Path, tmp_path: Path) -> None:
    from trainers.data import DataError

    files = write_hub_files(esconv_dir, tmp_path / "hub")
    lines = files["valid"].read_text().splitlines()
    lines[1] = lines[1].replace('"speaker": "sys"', '"speaker": "bot"', 1)
    files["valid"].write_text("\n".join(lines) + "\n")
    with pytest.raises(DataError, match=r"valid\.txt:2: .*speaker"):
        convert_hub_files(files, tmp_path / "out")


def test_data_command_refuses_a_hub_copy_with_other_counts(esconv_dir: Path, tmp_path: Path) -> None:
    """The sample is not the release: the command says so in one line and caches nothing."""
    if len((esconv_dir / "train.jsonl").read_text().splitlines()) == 910:
        sample = tmp_path / "sample"
        sample.mkdir()
        for split in SPLITS:
            lines = (esconv_dir / f"{split}.jsonl").read_text().splitlines()[:3]
            (sample / f"{split}.jsonl").write_text("\n".join(lines) + "\n")
        esconv_dir = sample
    done = esc_graph_data(tmp_path, "--hub", hub_cache=local_hub_cache(esconv_dir, tmp_path / "hub-cache"))
    assert done.returncode != 0 and "Traceback" not in done.stderr
    error = [line for line in done.stderr.splitlines() if line.startswith("error:")]
    assert len(error) == 1 and "ESConv release 910" in error[0]
    assert not (tmp_path / "esc-cache" / "data" / "esconv").exists()
    assert list((tmp_path / "esc-cache" / "data").glob("esconv.tmp*")) == []


def one_error_line(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode != 0 and "Traceback" not in done.stderr
    errors = [line for line in done.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, done.stderr
    return errors[0]


@pytest.mark.parametrize("how", ["variable", "flag"])
def test_offline_without_a_cached_copy_names_both_ways(how: str, tmp_path: Path) -> None:
    if how == "variable":
        done = esc_graph_data(tmp_path, hub_cache=tmp_path / "empty-hub-cache")
    else:
        done = esc_graph_data(tmp_path, hub_cache=tmp_path / "empty", root=("--offline",), HF_HUB_OFFLINE="")
    error = one_error_line(done)
    assert "hub is off" in error and "--data DIR" in error and "esc-graph data --hub" in error


def test_without_a_network_the_error_is_one_line_and_immediate(tmp_path: Path) -> None:
    """The hub is used unless asked not to; a host that cannot resolve fails at once, not after retries."""
    done = esc_graph_data(
        tmp_path, "--hub", hub_cache=tmp_path / "empty", HF_HUB_OFFLINE="0", HF_ENDPOINT="https://hub.invalid"
    )
    error = one_error_line(done)
    assert "cannot reach the Hugging Face hub at hub.invalid" in error and "--data DIR" in error


def test_the_cli_leaves_the_hub_on_unless_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    from esc_graph.cli.common import quiet_libraries

    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    quiet_libraries()
    assert "HF_HUB_OFFLINE" not in os.environ


@pytest.mark.full_data
def test_the_whole_hub_copy_gives_our_files_and_ids(full_esconv_dir: Path, tmp_path: Path) -> None:
    """Replaying thu-coai's shuffle recovers the esconv-NNNN ids: the converted files equal ours."""
    hub_cache = local_hub_cache(full_esconv_dir, tmp_path / "hub-cache")
    done = esc_graph_data(tmp_path, "--hub", "--json", hub_cache=hub_cache)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["matches_release"] is True
    copy = Path(report["folder"])
    assert copy == tmp_path / "esc-cache" / "data" / "esconv"
    for split in SPLITS:
        assert (copy / f"{split}.jsonl").read_bytes() == (full_esconv_dir / f"{split}.jsonl").read_bytes()
