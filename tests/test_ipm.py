"""Inferential Preference Mining on the tiny model: pairs per role, gold-strategy prompts, the filter."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage

from esc_graph.adapters import AdapterError
from esc_graph.models import RoleModels, load_role_models
from esc_graph.prompts import generator_messages
from esc_graph.strategies import STRATEGY_NAMES
from tests.helpers import save_random_adapter
from trainers.evaluate import generate_batch
from trainers.ipm import (
    MineConfig,
    candidate_pairs,
    mine,
    read_pairs,
    role_prompt,
    sampling_order,
    select_turns,
)
from trainers.judge import VerdictError
from trainers.judge_filter import (
    EARLY_EMOTION_SHIFT,
    LACK_EMPATHY,
    TEMPLATE_RESPONSE,
    ChatPairJudge,
    ReplyPair,
    filter_prompt,
    parse_filter_verdict,
)
from trainers.offline_judge import OfflineJudge, OfflineJudgeConfig

SEEKER = "I lost my job last week and I can't sleep. I keep thinking I'm a failure and I feel so ashamed."
CONTEXT = f"seeker: Hi.\nsupporter: Hello, how are you today?\nseeker: {SEEKER}"
GOOD = (
    "Losing your job so suddenly sounds really painful, and it makes sense that you feel ashamed right now."
)
GOOD_TOO = "I can hear how much this has shaken you; feeling like a failure after losing a job is so hard."
TEMPLATE = "I'm sorry to hear that."
VALID = '{"a": [], "b": ["Template Response"], "reason": "B is generic"}'


@pytest.fixture(scope="module")
def sft_models(tiny_model_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> RoleModels:
    """The tiny base with a random 'SFT' adapter per role, in the esc-graph layout."""
    root = tmp_path_factory.mktemp("sft")
    for seed, role in enumerate(("planner", "generator", "joint")):
        save_random_adapter(tiny_model_dir, root / role, seed=seed + 1)
    return load_role_models(str(tiny_model_dir), root)


@pytest.fixture(scope="module")
def minilm_judge() -> OfflineJudge:
    return OfflineJudge()


def small(esconv_dir: Path, **kw) -> MineConfig:
    """A few turns; the tiny model never ends a reply within 12 tokens, so capped replies are kept."""
    defaults = dict(
        data=str(esconv_dir), max_dialogues=3, max_turns=6, max_new_tokens=12, batch_size=3, drop_capped=False
    )
    return MineConfig(**{**defaults, **kw})


def fake_chat(*answers: str) -> GenericFakeChatModel:
    return GenericFakeChatModel(messages=iter([AIMessage(content=a) for a in answers]))


def pair(rejected: str, chosen: str = GOOD) -> ReplyPair:
    return ReplyPair(
        "d:1", CONTEXT, SEEKER, "Reflection of feelings", chosen, rejected, ("Hello, how are you today?",)
    )


# --- pairs ----------------------------------------------------------------------------------------


def test_planner_pairs_only_where_the_sample_differs_from_gold(esconv_dir: Path) -> None:
    turn = select_turns(small(esconv_dir))[0]
    other = next(s for s in STRATEGY_NAMES if s != turn.strategy)
    assert candidate_pairs("planner", turn, turn.strategy) is None
    assert candidate_pairs("planner", turn, f"{turn.strategy.lower()}.") is None  # same name, loosely written
    made = candidate_pairs("planner", turn, other)
    assert made["chosen"][0]["content"] == turn.strategy and made["rejected"][0]["content"] == other
    assert made["rejected_valid"] is True
    assert candidate_pairs("planner", turn, "banana", keep_invalid=False) is None


def test_mined_planner_pairs_have_chosen_gold_and_differ(
    sft_models: RoleModels, esconv_dir, tmp_path
) -> None:
    summary = mine(sft_models, small(esconv_dir, roles=("planner",)), tmp_path, judge=None)
    rows = read_pairs(tmp_path / "ipm-prefdial" / "planner.jsonl")
    golds = {t.id: t.strategy for t in select_turns(small(esconv_dir))}
    assert rows and summary["roles"]["planner"]["pairs_before_filter"] == len(rows)
    for row in rows:
        chosen, rejected = row["chosen"][0]["content"], row["rejected"][0]["content"]
        assert chosen == golds[row["id"]] and chosen != rejected
        assert row["prompt"][0]["role"] == "system" and row["prompt"][-1]["content"].endswith(
            "next strategy:"
        )


def test_generator_is_sampled_under_the_gold_strategy(sft_models: RoleModels, esconv_dir, tmp_path) -> None:
    cfg = small(esconv_dir, roles=("generator",), temperature=0.0, batch_size=6)  # greedy: reproducible
    mine(sft_models, cfg, tmp_path, judge=None)
    samples = {r["id"]: r["sample"] for r in map(json.loads, (tmp_path / "samples/generator.jsonl").open())}
    turns = sampling_order("generator", select_turns(cfg))
    for row in read_pairs(tmp_path / "ipm-prefdial" / "generator.jsonl"):
        assert f"using this strategy: {row['gold_strategy']}:" in row["prompt"][0]["content"]
        assert row["rejected"][0]["content"] == samples[row["id"]]
    # The samples are exactly what the generator writes under the gold strategy, and not under another;
    # mining samples without the reply repeat guard, so that its loops can be rejected.
    unguarded = {"max_new_tokens": 12, "no_repeat_ngram": 0}
    gold = generate_batch(sft_models, "generator", [role_prompt("generator", t) for t in turns], **unguarded)
    assert gold == [samples[t.id] for t in turns]
    assert (
        generate_batch(
            sft_models, "generator", [role_prompt("generator", t) for t in turns], max_new_tokens=12
        )
        != gold
    )
    wrong = [generator_messages(t.history, next(s for s in STRATEGY_NAMES if s != t.strategy)) for t in turns]
    assert generate_batch(sft_models, "generator", wrong, **unguarded) != gold


def test_joint_pairs_and_resumed_sampling(sft_models: RoleModels, esconv_dir, tmp_path) -> None:
    mine(sft_models, small(esconv_dir, roles=("joint",), max_turns=3), tmp_path, judge=None)
    first = (tmp_path / "samples/joint.jsonl").read_text().splitlines()
    summary = mine(sft_models, small(esconv_dir, roles=("joint",), max_turns=6), tmp_path, judge=None)
    lines = (tmp_path / "samples/joint.jsonl").read_text().splitlines()
    ids = [json.loads(line)["id"] for line in lines]
    assert lines[:3] == first and len(ids) == len(set(ids)) == 6  # kept, not redone, then completed
    for row in read_pairs(tmp_path / "ipm-prefdial" / "joint.jsonl"):
        assert row["chosen"][0]["content"].startswith(f"[{row['gold_strategy']}] ")
        assert row["rejected"][0]["content"] != row["chosen"][0]["content"]
    assert summary["roles"]["joint"]["samples"] == 6


def test_a_turns_sample_depends_on_its_seed_not_its_batch(
    sft_models: RoleModels, esconv_dir, tmp_path
) -> None:
    mine(sft_models, small(esconv_dir, roles=("generator",), batch_size=1), tmp_path / "one", judge=None)
    mine(sft_models, small(esconv_dir, roles=("generator",), batch_size=6), tmp_path / "six", judge=None)
    one, six = (
        {r["id"]: r for r in map(json.loads, (tmp_path / f"{name}/samples/generator.jsonl").open())}
        for name in ("one", "six")
    )
    assert one == six and len({r["seed"] for r in one.values()}) == 6
    assert len({r["sample"] for r in one.values()}) > 1


def test_a_resumed_mine_with_other_settings_refuses(sft_models: RoleModels, esconv_dir, tmp_path) -> None:
    mine(sft_models, small(esconv_dir, roles=("planner",)), tmp_path, judge=None)
    before = (tmp_path / "samples/planner.jsonl").read_bytes()
    for changed in ({"temperature": 0.9}, {"seed": 1}, {"planner_max_new_tokens": 4}):
        with pytest.raises(ValueError, match=r"other settings \(" + next(iter(changed))):
            mine(sft_models, small(esconv_dir, roles=("planner",), **changed), tmp_path, judge=None)
    with pytest.raises(AdapterError, match="trained on the thu-coai split scheme, not decoupledesc"):
        mine(sft_models, small(esconv_dir, roles=("planner",), scheme="decoupledesc"), tmp_path, judge=None)
    assert (tmp_path / "samples/planner.jsonl").read_bytes() == before
    # Another subset of turns is no other setting: each turn's sample depends on its own seed only.
    mine(sft_models, small(esconv_dir, roles=("planner",), max_turns=8), tmp_path, judge=None)
    assert (tmp_path / "samples/planner.jsonl").read_bytes().startswith(before)


def test_replies_cut_at_the_token_cap_give_no_pair(sft_models: RoleModels, esconv_dir, tmp_path) -> None:
    summary = mine(
        sft_models, small(esconv_dir, roles=("generator",), drop_capped=True), tmp_path, judge=None
    )
    samples = [json.loads(line) for line in (tmp_path / "samples/generator.jsonl").open()]
    capped = [r["id"] for r in samples if not r["finished"]]
    assert capped and summary["roles"]["generator"]["capped"] == len(capped)
    pairs = read_pairs(tmp_path / "ipm-prefdial/generator.jsonl")
    assert not {p["id"] for p in pairs} & set(capped)


# --- the judge filter -----------------------------------------------------------------------------


@pytest.mark.parametrize("encoder", [True, False])
def test_offline_filter_drops_a_pair_whose_rejected_reply_is_good(encoder: bool, minilm_judge) -> None:
    judge = minilm_judge if encoder else OfflineJudge(OfflineJudgeConfig(use_encoder=False))
    dropped = judge.judge(pair(GOOD_TOO))
    assert (
        not dropped.keep
        and dropped.rejected_errors == []
        and "rejected reply shows no error" in dropped.reason
    )
    kept = judge.judge(pair(TEMPLATE))
    assert kept.keep and TEMPLATE_RESPONSE in kept.rejected_errors and kept.reason.startswith("kept")
    advice = judge.judge(pair("You should update your resume and apply to three jobs a day."))
    assert advice.keep and EARLY_EMOTION_SHIFT in advice.rejected_errors
    cold = judge.judge(pair("Don't worry, it's not a big deal, plenty of people lose jobs."))
    assert cold.keep and LACK_EMPATHY in cold.rejected_errors
    bad_chosen = judge.judge(pair(TEMPLATE, chosen="ok"))
    assert (
        not bad_chosen.keep and bad_chosen.chosen_errors and bad_chosen.reason.startswith("dropped: chosen")
    )


def test_chat_judge_drops_a_pair_whose_rejected_reply_is_good() -> None:
    verdict = ChatPairJudge(fake_chat('{"a": [], "b": [], "reason": "both fine"}')).judge(pair(GOOD_TOO))
    assert not verdict.keep and verdict.ok and "both fine" in verdict.reason
    verdict = ChatPairJudge(fake_chat('Sure. {"a": [], "b": ["lack_empathy"], "reason": "cold"}')).judge(
        pair("x")
    )
    assert verdict.keep and verdict.rejected_errors == [LACK_EMPATHY]


def test_the_chat_judge_may_see_the_chosen_reply_second() -> None:
    answer = '{"a": ["Template Response"], "b": [], "reason": "A is generic"}'
    shown_second = ReplyPair(
        "d:1", CONTEXT, SEEKER, "Reflection of feelings", GOOD, TEMPLATE, chosen_first=False
    )
    prompt = str(filter_prompt(shown_second)[-1].content)
    assert prompt.index(TEMPLATE) < prompt.index(GOOD)
    verdict = ChatPairJudge(fake_chat(answer)).judge(shown_second)
    assert verdict.keep and verdict.rejected_errors == [TEMPLATE_RESPONSE] and verdict.chosen_label == "B"
    verdict = ChatPairJudge(fake_chat(answer)).judge(pair(TEMPLATE))  # the chosen reply as A: dropped
    assert not verdict.keep and verdict.chosen_errors == [TEMPLATE_RESPONSE] and verdict.chosen_label == "A"


def test_filter_verdict_is_validated() -> None:
    assert parse_filter_verdict(VALID) == ([], [TEMPLATE_RESPONSE], "B is generic")
    for bad in ("no json", '{"a": []}', '{"a": [], "b": "Template"}', '{"a": [], "b": ["Rudeness"]}'):
        with pytest.raises(VerdictError):
            parse_filter_verdict(bad)


def test_invalid_judge_json_is_retried_or_recorded_never_raised(sft_models, esconv_dir, tmp_path) -> None:
    # First verdict: not JSON, then valid (a retry). Second: two bad answers (a failure). Then the model
    # runs out of answers and raises: recorded as failures too.
    answers = ["I think B is worse.", VALID, "{not json", '{"a": [], "b": ["Sarcasm"]}']
    judge = ChatPairJudge(fake_chat(*answers), name="fake")
    summary = mine(sft_models, small(esconv_dir, roles=("generator",)), tmp_path, judge=judge)
    verdicts = [json.loads(line) for line in (tmp_path / "verdicts/generator.jsonl").open()]
    kept = read_pairs(tmp_path / "ipm-prefdial/generator.jsonl")
    dropped = read_pairs(tmp_path / "ipm-prefdial/generator.dropped.jsonl")
    assert (
        len(verdicts) == len(kept) + len(dropped) == summary["roles"]["generator"]["pairs_before_filter"] >= 3
    )
    first = next(v for v in verdicts if v["ok"])
    assert "I think B is worse" in first["error"]  # answered validly after one retry
    # VALID faults reply B: the pair is kept only when the judge was shown the gold reply as A.
    assert first["keep"] == (first["chosen_label"] == "A")
    failed = [v for v in verdicts if not v["ok"]]
    assert len(failed) == len(verdicts) - 1 and all(not v["keep"] and v["error"] for v in failed)
    assert "no JSON object" in failed[0]["error"] and "Sarcasm" in failed[0]["error"]
    assert summary["roles"]["generator"]["judge_failures"] == len(failed)
    assert all(row["judge"]["reason"] for row in kept + dropped)  # every pair records verdict and reason
    assert all(row["judge_order"] in ("chosen first", "rejected first") for row in kept + dropped)
    assert summary["roles"]["generator"]["pairs_after_filter"] == len(kept) == int(first["keep"])
