"""The trained appraiser in the graph and in the prompts: its appraisal is in the graph's output, reaches
the planner's and the generator's prompts, and training prompts carry the appraisal serving would give."""

from __future__ import annotations

from pathlib import Path

import pytest
from langchain_core.messages import HumanMessage
from langgraph.checkpoint.memory import InMemorySaver

from esc_graph import Context, build_graph
from esc_graph.appraisal import LABEL_SETS, AppraiserError, packaged_appraiser
from esc_graph.backends import SupportModels
from esc_graph.models import load_role_models
from esc_graph.prompts import (
    Utterance,
    appraisal_line,
    generator_messages,
    joint_messages,
    planner_messages,
)
from tests.helpers import fake_models

SEEKER = "I was laid off from my job last week and I can't sleep, I'm so worried about money."


def _run(graph, text: str = SEEKER, **context) -> dict:
    return graph.invoke(
        {"messages": [HumanMessage(text)]}, {"configurable": {"thread_id": "a"}}, context=Context(**context)
    )


def test_the_graph_output_carries_the_trained_appraisal() -> None:
    out = _run(build_graph(fake_models(), checkpointer=InMemorySaver()))
    expected = packaged_appraiser().appraise([Utterance("seeker", SEEKER)])
    assert out["appraisal"] == expected
    assert set(out["appraisal"]["intensity_probs"]) == set(packaged_appraiser().labels["intensity"])


def test_the_appraisal_can_be_switched_off_per_graph_and_per_run() -> None:
    assert _run(build_graph(fake_models(), appraiser=None))["appraisal"] is None
    assert _run(build_graph(fake_models()), appraise=False)["appraisal"] is None


def test_the_language_model_appraisal_stays_an_explicit_option() -> None:
    models = fake_models()
    out = _run(build_graph(models, appraiser="lm"))
    assert models.scorer.calls.count("appraiser") == len(LABEL_SETS)
    assert set(out["appraisal"]) >= {"emotion", "intensity", "problem", "intensity_probs"}
    with pytest.raises(AppraiserError, match="appraiser at no-such-folder cannot be used"):
        build_graph(fake_models(), appraiser="no-such-folder")


def test_every_role_reads_the_same_appraisal_line() -> None:
    history = [Utterance("seeker", SEEKER)]
    appraisal = packaged_appraiser().appraise(history)
    line = appraisal_line(appraisal)
    assert line.startswith("seeker appraisal: emotion ") and f"intensity {appraisal['intensity']}/5" in line
    assert line in planner_messages(history, appraisal)[-1]["content"]
    assert line in generator_messages(history, "Question", appraisal=appraisal)[0]["content"]
    assert line in joint_messages(history, appraisal)[0]["content"]
    assert "seeker appraisal" not in str(planner_messages(history) + joint_messages(history))


def test_the_appraisal_reaches_the_plan_and_the_reply(tiny_model_dir: Path) -> None:
    models = SupportModels.local(load_role_models(str(tiny_model_dir)))
    settings = {"max_new_tokens": 12, "seed": 0, "temperature": 0.0}
    plain = _run(build_graph(models, appraiser=None), **settings)
    appraised = _run(build_graph(models), **settings)
    # Same model and history: only the appraisal line differs, so the plan's scores move.
    assert plain["strategy_probs"] != appraised["strategy_probs"]
    history = [Utterance("seeker", SEEKER)]
    expected = models.scorer.score(
        "planner", planner_messages(history, appraised["appraisal"]), list(appraised["strategy_probs"])
    )
    assert appraised["strategy_probs"] == pytest.approx(expected)


def test_training_turns_carry_the_appraisal_serving_would_give(esconv_dir: Path) -> None:
    from trainers.appraisal_turns import turn_appraisals
    from trainers.data import build_examples
    from trainers.turns import select_turns

    turns = select_turns(str(esconv_dir), "test", "thu-coai", limit=6, seed=1)
    for turn in turns:
        if any(u.speaker == "seeker" for u in turn.history):
            _assert_same(turn.appraisal, packaged_appraiser().appraise(turn.history))
        else:
            assert turn.appraisal is None
    rows = build_examples("planner", str(esconv_dir), "train", max_dialogues=2, seed=0)
    with_line = [r for r in rows if "seeker appraisal:" in r["prompt"][-1]["content"]]
    assert with_line, "training prompts must show the appraisal"
    _assert_same(
        turn_appraisals([("no-such-dialogue", [Utterance("seeker", SEEKER)])])[0],
        packaged_appraiser().appraise([Utterance("seeker", SEEKER)]),
    )


@pytest.mark.full_data
def test_training_dialogues_get_their_out_of_fold_appraisal(esconv_dir: Path) -> None:
    import gzip
    import json

    from esc_graph.appraisal import PACKAGED
    from trainers.appraisal_turns import OUT_OF_FOLD_FILE, turn_appraisals
    from trainers.data import load_split

    with gzip.open(PACKAGED / OUT_OF_FOLD_FILE, "rt") as fh:
        out_of_fold = json.load(fh)["dialogues"]
    dialogue = next(d for d in load_split(str(esconv_dir), "train") if d.id in out_of_fold)
    history = list(dialogue.turns[:3])
    seen = sum(u.speaker == "seeker" for u in history)
    (found,) = turn_appraisals([(dialogue.id, history)])
    row = out_of_fold[dialogue.id]["rows"][seen - 1]
    assert list(found["emotion_probs"].values()) == row[0]
    # The same history under an unknown dialogue id is read by the packaged appraiser instead.
    (fresh,) = turn_appraisals([("elsewhere", history)])
    assert list(fresh["emotion_probs"].values()) != row[0]


def _assert_same(found: dict | None, expected: dict | None) -> None:
    """The same labels, and distributions equal up to the float noise of batched encoding."""
    assert found is not None and expected is not None
    for key, value in expected.items():
        assert found[key] == (pytest.approx(value, abs=1e-4) if isinstance(value, dict) else value)
