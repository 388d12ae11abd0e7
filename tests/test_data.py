"""ESConv loading and the three role datasets (method.md §3)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from esc_graph.prompts import generator_messages, joint_messages, joint_target, planner_messages
from esc_graph.strategies import STRATEGY_NAMES
from trainers.appraisal_turns import turn_appraisals
from trainers.data import (
    DataError,
    build_examples,
    load_split,
    read_jsonl,
    role_examples,
    statistics,
    subsample,
    supporter_turns,
)

DIALOGUE = {
    "id": "esconv-9999",
    "split": "train",
    "emotion_type": "sadness",
    "problem_type": "job crisis",
    "situation": "lost my job",
    "turns": [
        {"speaker": "supporter", "text": "Hello, how are you?", "strategy": "Question"},
        {"speaker": "seeker", "text": "Not great."},
        {"speaker": "seeker", "text": "I lost my job."},
        {"speaker": "supporter", "text": "That sounds really hard.", "strategy": "Reflection of feelings"},
        {"speaker": "supporter", "text": "What happened?", "strategy": "Question"},
    ],
}


def write_folder(tmp_path: Path, lines: list[str]) -> Path:
    tmp_path.mkdir(parents=True, exist_ok=True)
    for split in ("train", "valid", "test"):
        (tmp_path / f"{split}.jsonl").write_text("\n".join(lines) + "\n")
    return tmp_path


def test_one_example_per_supporter_turn_with_gold_history(tmp_path: Path) -> None:
    folder = write_folder(tmp_path, [json.dumps(DIALOGUE)])
    (dialogue,) = load_split(folder, "train")
    turns = list(supporter_turns(dialogue))
    assert [i for i, _, _ in turns] == [0, 3, 4]

    planner = role_examples("planner", [dialogue])
    assert [r["completion"][0]["content"] for r in planner] == [
        "Question",
        "Reflection of feelings",
        "Question",
    ]
    history = list(dialogue.turns[:4])
    # The prompt is exactly esc_graph.prompts' own (one definition for training and serving), with the
    # appraisal serving would give this history.
    appraisal = turn_appraisals([(dialogue.id, history)])[0]
    assert appraisal is not None
    assert planner[2]["prompt"] == planner_messages(history, appraisal)
    assert "seeker: Not great. I lost my job." in planner[2]["prompt"][-1]["content"]
    assert "Reflection of feelings" not in planner[2]["prompt"][-1]["content"]  # no earlier strategy

    generator = role_examples("generator", [dialogue])
    assert generator[2]["prompt"] == generator_messages(history, "Question", appraisal=appraisal)
    assert generator[2]["completion"] == [{"role": "assistant", "content": "What happened?"}]
    # Seeker runs are merged; a supporter turn with no seeker message before it (the opening one, and
    # the target after another supporter turn) gets a " " user message, so the reply follows a user turn.
    prompt = generator[2]["prompt"]
    assert [m["role"] for m in prompt] == ["system", "user", "assistant", "user", "assistant", "user"]
    assert prompt[1]["content"] == " " and prompt[3]["content"] == "Not great. I lost my job."
    assert prompt[-1]["content"] == " "

    joint = role_examples("joint", [dialogue])
    opening = list(dialogue.turns[:3])
    assert joint[1]["prompt"] == joint_messages(opening, turn_appraisals([(dialogue.id, opening)])[0])
    assert joint[1]["completion"][0]["content"] == joint_target(
        "Reflection of feelings", "That sounds really hard."
    )


@pytest.mark.full_data
def test_real_esconv_counts(full_esconv_dir: Path) -> None:
    rows = build_examples("planner", full_esconv_dir, "test")
    assert len(rows) == 2895  # supporter turns of the thu-coai test split (data README)
    assert {r["strategy"] for r in rows} == set(STRATEGY_NAMES)
    paper_test = load_split(full_esconv_dir, "test", "decoupledesc")
    paper_train = load_split(full_esconv_dir, "train", "decoupledesc")
    assert len(paper_test) == 130 and len(paper_train) == 1040
    assert not {d.id for d in paper_test} & {d.id for d in paper_train}


def test_the_shipped_sample_is_a_subset_in_the_same_format(esconv_dir: Path) -> None:
    from tests.conftest import FIXTURE_DATA

    for split in ("train", "valid", "test"):
        sample = read_jsonl(FIXTURE_DATA / f"{split}.jsonl")
        assert sample and {t.strategy for d in sample for t in d.turns if t.strategy} == set(STRATEGY_NAMES)
        if esconv_dir != FIXTURE_DATA:  # where the whole set is here, the sample is a verbatim part of it
            whole = {d.id: d for d in read_jsonl(esconv_dir / f"{split}.jsonl")}
            assert all(whole[d.id] == d for d in sample)
    splits = ("train", "valid", "test")
    every = {d.id for split in splits for d in read_jsonl(FIXTURE_DATA / f"{split}.jsonl")}
    paper_valid = load_split(FIXTURE_DATA, "valid", "decoupledesc")
    paper_test = load_split(FIXTURE_DATA, "test", "decoupledesc")
    paper_train = load_split(FIXTURE_DATA, "train", "decoupledesc")
    assert len(paper_valid) == len(paper_test) == 2
    assert {d.id for d in paper_train} == every - {d.id for d in paper_valid + paper_test}


def test_default_folder_order_and_the_message_naming_both_ways(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import trainers.data as data

    mine = write_folder(tmp_path / "mine", [json.dumps(DIALOGUE)])
    monkeypatch.setenv("ESC_GRAPH_DATA", str(mine))
    assert [d.id for d in load_split(None, "test")] == ["esconv-9999"]

    monkeypatch.setenv("ESC_GRAPH_DATA", "none")
    with pytest.raises(DataError) as err:
        load_split(None, "train")
    assert "--data DIR" in str(err.value) and "esc-graph data --hub" in str(err.value)

    # No variable and no shared folder: the copy `esc-graph data` left in the cache.
    monkeypatch.delenv("ESC_GRAPH_DATA")
    monkeypatch.setattr(data, "SHARED_DATA", tmp_path / "no-shared")
    monkeypatch.setenv("ESC_GRAPH_CACHE", str(tmp_path / "cache"))
    with pytest.raises(DataError, match="no ESConv data found"):
        load_split(None, "train")
    write_folder(tmp_path / "cache" / "data" / "esconv", [json.dumps(DIALOGUE)])
    assert data.default_data_dir() == tmp_path / "cache" / "data" / "esconv"
    assert len(load_split(None, "valid")) == 1


def test_subsampling_is_seeded_and_bounded(esconv_dir: Path) -> None:
    a = build_examples("planner", esconv_dir, "valid", max_dialogues=5, max_examples=20, seed=3)
    b = build_examples("planner", esconv_dir, "valid", max_dialogues=5, max_examples=20, seed=3)
    assert a == b and len(a) == 20
    assert len({r["dialogue_id"] for r in a}) <= 5
    assert subsample([1, 2, 3], None, 0) == [1, 2, 3]


def test_statistics_count_strategies_and_tokens(tiny_model_dir: Path, tmp_path: Path) -> None:
    from transformers import AutoTokenizer

    folder = write_folder(tmp_path, [json.dumps(DIALOGUE)])
    rows = build_examples("planner", folder, "train")
    stats = statistics(rows, AutoTokenizer.from_pretrained(tiny_model_dir))
    assert stats["examples"] == 3 and stats["strategies"]["Question"] == 2
    assert stats["completion_tokens"]["max"] >= 2 and stats["prompt_tokens"]["mean"] > 50


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "not valid JSON"),
        (json.dumps({"id": "x", "turns": []}), "non-empty 'turns'"),
        (json.dumps({**DIALOGUE, "turns": [{"speaker": "bot", "text": "hi"}]}), "speaker must be"),
        (
            json.dumps({**DIALOGUE, "turns": [{"speaker": "supporter", "text": "hi", "strategy": "Hug"}]}),
            "'Hug'",
        ),
    ],
)
def test_malformed_file_names_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "train.jsonl"
    path.write_text(json.dumps(DIALOGUE) + "\n\n" + line + "\n")
    with pytest.raises(DataError) as err:
        read_jsonl(path)
    assert f"{path}:3" in str(err.value) and message in str(err.value)


def test_missing_files_are_named(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="train.jsonl"):
        load_split(tmp_path, "train")
    with pytest.raises(DataError, match="not found"):
        load_split(tmp_path / "nope", "train")
    write_folder(tmp_path, [json.dumps(DIALOGUE)])
    with pytest.raises(DataError, match="decoupledesc_split.json"):
        load_split(tmp_path, "test", "decoupledesc")
