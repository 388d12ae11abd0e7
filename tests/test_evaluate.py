"""The evaluation runner on the tiny model, the judge, compare, the baseline and the metrics CLI."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage

from esc_graph.prompts import Utterance, generator_messages, joint_messages
from esc_graph.strategies import STRATEGY_NAMES
from trainers.evaluate import EvalConfig, EvalError, evaluate, generate_batch, match_strategy, read_rows
from trainers.judge import Judge, VerdictError, judge_rows, judge_summary, parse_verdict

SMALL = {"limit": 5, "replies": 2, "batch_size": 2, "max_new_tokens": 4}


def _rows(out: Path) -> list[dict]:
    return read_rows(out / "predictions.jsonl")


def test_decoupled_eval_writes_predictions_metrics_report(tiny_models, esconv_dir, tmp_path) -> None:
    out = tmp_path / "run"
    metrics = evaluate(tiny_models, EvalConfig(data=str(esconv_dir), **SMALL), out)
    rows = _rows(out)
    assert len(rows) == 5 and len({r["id"] for r in rows}) == 5
    for row in rows:
        assert row["gold_strategy"] in STRATEGY_NAMES and row["reference"]
        assert row["pred_strategy"] in STRATEGY_NAMES  # scoring always yields one of the 8
        assert sum(row["strategy_probs"].values()) == pytest.approx(1.0, abs=1e-4)
        assert row["pred_strategy"] == max(row["strategy_probs"], key=row["strategy_probs"].get)
    assert sum("reply" in r for r in rows) == 2
    assert metrics["n_strategy"] == 5 and metrics["n_reply"] == 2 and metrics["invalid_rate"] == 0.0
    expected_acc = sum(r["gold_strategy"] == r["pred_strategy"] for r in rows) / 5
    assert metrics["accuracy"] == pytest.approx(expected_acc)
    assert json.loads((out / "metrics.json").read_text())["q"] == pytest.approx(metrics["q"])
    report = (out / "report.md").read_text()
    assert "Q (macro-F1)" in report and "BLEU-2" in report
    for png in ("confusion.png", "distribution.png", "bt_strength.png"):
        assert (out / png).stat().st_size > 1000


def test_eval_resumes_after_interruption(tiny_models, esconv_dir, tmp_path, monkeypatch) -> None:
    out = tmp_path / "run"
    config = EvalConfig(data=str(esconv_dir), **{**SMALL, "replies": 0})
    evaluate(tiny_models, config, out)
    pred = out / "predictions.jsonl"
    lines = pred.read_text().splitlines(keepends=True)
    pred.write_text("".join(lines[:3]) + lines[3][:20])  # two turns lost, one torn mid-write
    calls = []
    original = tiny_models.score
    monkeypatch.setattr(tiny_models, "score", lambda *a, **k: calls.append(1) or original(*a, **k))
    evaluate(tiny_models, config, out)
    assert len(calls) == 2
    assert [r["id"] for r in _rows(out)] == [json.loads(line)["id"] for line in lines]
    with pytest.raises(EvalError, match="limit"):
        evaluate(tiny_models, EvalConfig(data=str(esconv_dir), **{**SMALL, "limit": 4}), out)


def test_decoupled_eval_uses_the_planner_adapter(tiny_model_dir, tiny_models, esconv_dir, tmp_path) -> None:
    from esc_graph.models import load_role_models
    from tests.helpers import save_random_adapter

    save_random_adapter(tiny_model_dir, tmp_path / "adapters" / "planner", seed=1)
    adapted = load_role_models(str(tiny_model_dir), tmp_path / "adapters")
    config = {"data": str(esconv_dir), **SMALL, "limit": 2, "replies": 0}
    evaluate(tiny_models, EvalConfig(**config), tmp_path / "base")
    evaluate(adapted, EvalConfig(**config, adapters=str(tmp_path / "adapters")), tmp_path / "lora")
    base, lora = _rows(tmp_path / "base"), _rows(tmp_path / "lora")
    assert [r["id"] for r in base] == [r["id"] for r in lora]
    for b, a in zip(base, lora, strict=True):
        assert max(abs(b["strategy_probs"][s] - a["strategy_probs"][s]) for s in STRATEGY_NAMES) > 1e-4


def test_eval_refuses_adapters_of_another_scheme(tiny_model_dir, esconv_dir, tmp_path) -> None:
    from tests.helpers import save_random_adapter

    adapters = tmp_path / "adapters"
    save_random_adapter(tiny_model_dir, adapters / "planner", seed=1, scheme="decoupledesc")
    cmd = [sys.executable, "-m", "esc_graph.cli", "eval", "--adapters", str(adapters), "--limit", "2"]
    cmd += ["--replies", "0", "--base-model", str(tiny_model_dir), "--out", str(tmp_path / "out")]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert "planner adapter was trained on the decoupledesc split scheme, not thu-coai" in done.stderr
    assert not (tmp_path / "out" / "predictions.jsonl").exists()


def test_run_json_records_the_prior_and_head_in_use(tiny_model_dir, esconv_dir, tmp_path) -> None:
    from esc_graph.calibration import PRIOR_KEY, prior_entry
    from esc_graph.models import load_role_models
    from esc_graph.prompts import PROMPT_VERSION
    from tests.helpers import save_random_adapter

    planner = save_random_adapter(tiny_model_dir, tmp_path / "adapters" / "planner", seed=1)
    manifest = json.loads((planner / "esc_manifest.json").read_text())
    favour = {s: (0.9 if s == "Question" else 0.1 / 7) for s in STRATEGY_NAMES}
    manifest[PRIOR_KEY] = prior_entry(favour, 1.0, {"split": "valid", "scheme": "thu-coai"})
    (planner / "esc_manifest.json").write_text(json.dumps(manifest))
    models = load_role_models(str(tiny_model_dir), tmp_path / "adapters")
    config = {"data": str(esconv_dir), **SMALL, "replies": 0}
    evaluate(models, EvalConfig(**config), tmp_path / "with")
    evaluate(models, EvalConfig(**config, prior=False), tmp_path / "without")
    used = {
        name: json.loads((tmp_path / name / "run.json").read_text())["settings"]
        for name in ("with", "without")
    }
    assert used["with"]["prompt_version"] == PROMPT_VERSION
    assert used["with"]["adapters_in_use"]["planner"]["prior"]["source"]["split"] == "valid"
    assert used["without"]["adapters_in_use"]["planner"]["prior"] is None
    assert used["with"]["adapters_in_use"]["planner"]["scheme"] == "thu-coai"
    assert used["with"]["adapters_in_use"]["planner"]["head"] is None
    with_rows, without_rows = _rows(tmp_path / "with"), _rows(tmp_path / "without")
    assert all(
        a["strategy_probs"] != pytest.approx(b["strategy_probs"])
        for a, b in zip(with_rows, without_rows, strict=True)
    )
    # The same folder resumed with the prior switched is another run, refused.
    with pytest.raises(EvalError, match="adapters_in_use"):
        evaluate(models, EvalConfig(**config, prior=False), tmp_path / "with")


def test_joint_eval_parses_tags_and_counts_invalid(tiny_models, esconv_dir, tmp_path) -> None:
    out = tmp_path / "joint"
    config = EvalConfig(system="joint", data=str(esconv_dir), strategy_mode="generate", **SMALL)
    metrics = evaluate(tiny_models, config, out)
    rows = _rows(out)
    assert all("raw" in r and "reply" in r for r in rows)  # joint rows always carry a reply
    invalid = sum(r["pred_strategy"] is None for r in rows)
    assert metrics["invalid_rate"] == pytest.approx(invalid / len(rows))


def test_joint_eval_scores_the_tags_and_forces_the_chosen_one(tiny_models, esconv_dir, tmp_path) -> None:
    from esc_graph.prompts import joint_tag

    out = tmp_path / "joint-scored"
    metrics = evaluate(tiny_models, EvalConfig(system="joint", data=str(esconv_dir), **SMALL), out)
    rows = _rows(out)
    assert metrics["invalid_rate"] == 0.0
    for row in rows:
        assert sum(row["strategy_probs"].values()) == pytest.approx(1.0, abs=1e-5)
        assert row["pred_strategy"] == max(row["strategy_probs"], key=row["strategy_probs"].__getitem__)
    with_reply = [r for r in rows if "reply" in r]
    assert 0 < len(with_reply) < len(rows)  # only the --replies subset is written
    assert all(r["raw"].startswith(joint_tag(r["pred_strategy"])) for r in with_reply)
    history = [Utterance("seeker", "I lost my job today.")]
    tags = [joint_tag(s) for s in STRATEGY_NAMES]
    as_start = tiny_models.score("joint", joint_messages(history), tags, whole_reply=False)
    as_whole = tiny_models.score("joint", joint_messages(history), tags)
    assert as_start != pytest.approx(as_whole)  # a tag that opens the reply is not the whole reply


def test_generate_batch_matches_one_by_one(tiny_models) -> None:
    history = [Utterance("seeker", "I failed my exam and I feel awful about it.")]
    longer = [
        *history,
        Utterance("supporter", "I'm sorry.", "Others"),
        Utterance("seeker", "Thanks. What now?"),
    ]
    prompts = [generator_messages(history, "Question"), joint_messages(longer)]
    batched = generate_batch(tiny_models, "generator", prompts, max_new_tokens=6)
    single = [tiny_models.generate("generator", p, max_new_tokens=6, temperature=0) for p in prompts]
    assert batched == single


def test_match_strategy() -> None:
    assert match_strategy(" question.\nmore") == "Question"
    assert match_strategy("[Providing Suggestions]") == "Providing Suggestions"
    assert match_strategy("Advice") is None and match_strategy("") is None


# --- judge ------------------------------------------------------------------------------------

GOOD = '{"fluency": 5, "professionalism": 4, "empathy": 3, "helpfulness": 2, "reason": "ok"}'
ROW = {"id": "d:1", "context": "seeker: hi", "seeker": "hi", "reference": "Hello!", "reply": "Hi there."}


def _fake(*answers: str) -> GenericFakeChatModel:
    return GenericFakeChatModel(messages=iter([AIMessage(content=a) for a in answers]))


def test_parse_verdict_validates() -> None:
    assert parse_verdict(f"Sure! {GOOD} done")["empathy"] == 3
    with pytest.raises(VerdictError):
        parse_verdict(GOOD.replace("5", "6"))
    with pytest.raises(VerdictError):
        parse_verdict('{"fluency": 5}')
    with pytest.raises(VerdictError):
        parse_verdict("no json here")


def test_judge_retries_once_then_records_failure(tmp_path) -> None:
    assert Judge(_fake("garbage", GOOD)).verdict(ROW)["helpfulness"] == 2
    failed = Judge(_fake("garbage", '{"fluency": "great"}')).verdict(ROW)
    assert failed["ok"] is False and "fluency" in failed["error"]
    out = tmp_path / "judge.jsonl"
    model = GenericFakeChatModel(messages=itertools.cycle([AIMessage(content=GOOD)]))
    rows = [ROW, {**ROW, "id": "d:2"}, {**ROW, "id": "d:3", "reply": None, "reference": None}]
    first = judge_rows(Judge(model), rows, out)
    assert len(first) == 2 and len(read_rows(out)) == 2
    again = judge_rows(Judge(_fake()), rows, out)  # a model with no answers left: nothing re-judged
    assert again == first
    summary = judge_summary([*first, failed])
    assert summary["fluency"] == 5 and summary["n_judged"] == 2 and summary["n_failed"] == 1


def test_judge_runs_local_model_at_temperature_zero(tiny_models) -> None:
    from esc_graph.backends import LocalChatModel

    judge = Judge(LocalChatModel(models=tiny_models, role="judge", temperature=0.9, max_new_tokens=4))
    assert judge.model.temperature == 0.0
    verdict = judge.verdict(ROW)  # the tiny random model cannot answer in JSON: a recorded failure
    assert verdict["ok"] is False and verdict["id"] == "d:1"


# --- compare, baseline, CLI -------------------------------------------------------------------


def _write(path: Path, rows: list[dict]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def test_compare_table_and_plot(tmp_path) -> None:
    from trainers.compare import compare

    q, ot = STRATEGY_NAMES[0], STRATEGY_NAMES[-1]
    _write(tmp_path / "a" / "predictions.jsonl", [{"gold_strategy": q, "pred_strategy": q}])
    _write(tmp_path / "b" / "predictions.jsonl", [{"gold_strategy": q, "pred_strategy": ot}])
    text = compare([f"Vanilla-SFT={tmp_path / 'a'}", f"Decoupled-SFT={tmp_path / 'b'}"], tmp_path / "cmp")
    lines = {line.split("|")[1].strip(): line for line in text.splitlines() if line.startswith("| ")}
    assert "| 1.000 |" in lines["Vanilla-SFT"] and "| 0.000 |" in lines["Decoupled-SFT"]
    assert "| 0.12–0.12 |" in lines["Vanilla-SFT"]  # one right turn: Q 1/8 in every resample
    assert "Vanilla-DPO" in text  # named as missing
    assert (tmp_path / "cmp" / "comparison.png").stat().st_size > 1000


def test_compare_prints_each_rows_settings_and_refuses_mixed_schemes(tmp_path) -> None:
    from trainers.compare import CompareError, compare

    q = STRATEGY_NAMES[0]
    for name, scheme, mode, prior in (("a", "thu-coai", "score", True), ("b", "thu-coai", "generate", None)):
        _write(tmp_path / name / "predictions.jsonl", [{"gold_strategy": q, "pred_strategy": q}])
        in_use = {"planner": {"prior": {"source": {}} if prior else None, "head": None}}
        settings = {"prompt_version": "esc-prompts/2", "scheme": scheme, "strategy_mode": mode}
        run = {"settings": {**settings, "adapters_in_use": in_use}}
        (tmp_path / name / "run.json").write_text(json.dumps(run))
    text = compare([f"A={tmp_path / 'a'}", f"B={tmp_path / 'b'}"], tmp_path / "cmp")
    assert "| A | esc-prompts/2, thu-coai, scored, prior, no head |" in text
    assert "| B | esc-prompts/2, thu-coai, generated, no prior, no head |" in text
    run = json.loads((tmp_path / "b" / "run.json").read_text())
    run["settings"]["scheme"] = "decoupledesc"
    (tmp_path / "b" / "run.json").write_text(json.dumps(run))
    with pytest.raises(CompareError, match="different split schemes"):
        compare([f"A={tmp_path / 'a'}", f"B={tmp_path / 'b'}"], tmp_path / "cmp")


def test_compare_puts_q_beside_the_reference_on_the_same_turns(tmp_path) -> None:
    from trainers.compare import CompareError, compare
    from trainers.metrics import q_difference

    rows = []
    for d in range(30):
        for k in range(8):
            gold = STRATEGY_NAMES[(d + k) % 8]
            rows.append({"id": f"d{d}:{k}", "dialogue": f"d{d}", "gold_strategy": gold})
    ref = [{**r, "pred_strategy": STRATEGY_NAMES[0]} for r in rows]  # always the first strategy
    system = [
        {**r, "pred_strategy": r["gold_strategy"] if i % 3 else STRATEGY_NAMES[1]} for i, r in enumerate(rows)
    ]
    _write(tmp_path / "ref" / "predictions.jsonl", ref)
    _write(tmp_path / "sys" / "predictions.jsonl", system[:120])  # the system saw a subset of the turns
    text = compare([f"Decoupled-DPO={tmp_path / 'sys'}"], tmp_path / "cmp", baseline=tmp_path / "ref")
    line = next(x for x in text.splitlines() if x.startswith("| Decoupled-DPO"))
    shared = system[:120]
    diff, low, high = q_difference(
        [r["gold_strategy"] for r in shared],
        [r["pred_strategy"] for r in shared],
        [STRATEGY_NAMES[0]] * len(shared),
        [r["dialogue"] for r in shared],
    )
    assert f"| {diff:+.3f} [{low:+.3f}, {high:+.3f}] |" in line and low > 0
    reference_line = next(x for x in text.splitlines() if x.startswith("| MiniLM + LR (reference)"))
    assert "ΔQ vs reference" in text and reference_line.count("| – |") >= 1

    _write(tmp_path / "other" / "predictions.jsonl", [{**system[0], "gold_strategy": STRATEGY_NAMES[7]}])
    with pytest.raises(CompareError, match="gold strategy differs"):
        compare([f"x={tmp_path / 'other'}"], tmp_path / "cmp2", baseline=tmp_path / "ref")


class HashEncoder:
    """A stand-in for MiniLM: a fixed random vector per distinct text."""

    def encode(self, texts, batch_size=64):
        import numpy as np

        return np.stack([np.random.default_rng(abs(hash(t)) % 2**32).normal(size=16) for t in texts])


def test_baseline_pipeline_on_a_few_dialogues(esconv_dir, tmp_path) -> None:
    from trainers.baseline import BaselineConfig, run_baseline

    data = tmp_path / "data"
    data.mkdir()
    for split, n in (("train", 12), ("valid", 3), ("test", 3)):
        lines = (esconv_dir / f"{split}.jsonl").read_text().splitlines()[:n]
        (data / f"{split}.jsonl").write_text("\n".join(lines) + "\n")
    config = BaselineConfig(data=str(data), grid=((0.1, None), (1.0, "balanced")))
    metrics = run_baseline(config, tmp_path / "out", encoder=HashEncoder())
    rows = read_rows(tmp_path / "out" / "predictions.jsonl")
    assert len(rows) == metrics["n_strategy"] > 20
    assert all(r["pred_strategy"] in STRATEGY_NAMES for r in rows)
    assert {r["dialogue"] for r in rows} == {r["id"].rpartition(":")[0] for r in rows}
    low, high = metrics["q_ci95"]
    assert low <= metrics["q"] <= high
    assert metrics["accuracy"] == pytest.approx(
        sum(r["gold_strategy"] == r["pred_strategy"] for r in rows) / len(rows)
    )
    run = json.loads((tmp_path / "out" / "run.json").read_text())
    assert [c["C"] for c in run["selection"]] == [0.1, 1.0]
    assert list((tmp_path / "out" / "cache").glob("*.npy"))


def test_minilm_embeddings() -> None:
    import numpy as np

    from esc_graph.encoder import MiniLM

    v = MiniLM().encode(["I feel so sad today.", "Today I am very unhappy.", "The train leaves at noon."])
    assert v.shape == (3, 384)
    assert np.linalg.norm(v, axis=1) == pytest.approx([1, 1, 1], abs=1e-5)
    assert v[0] @ v[1] > v[0] @ v[2]


def test_metrics_cli_json(tmp_path) -> None:
    q, ot = STRATEGY_NAMES[0], STRATEGY_NAMES[-1]
    path = _write(
        tmp_path / "p.jsonl",
        [
            {"gold_strategy": q, "pred_strategy": q, "reference": "a b c", "reply": "a b c"},
            {"gold_strategy": ot, "pred_strategy": "nonsense", "reference": "a b", "reply": "x y"},
        ],
    )
    exe = Path(sys.executable).with_name("esc-graph")
    done = subprocess.run(
        [str(exe), "metrics", str(path), "--json"], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    keys = ["q", "accuracy", "weighted_f1", "invalid_rate", "b"]
    keys += [f"bleu_{k}" for k in range(1, 5)] + [
        "rouge_l",
        "dist_1",
        "dist_2",
        "dist_3",
        "f1",
        "length",
        "reference_length",
        "cut_share",
        "n",
        "q_ci95",
        "accuracy_ci95",
        "b_ci95",
        "rouge_l_ci95",
    ]
    assert list(out) == keys
    assert out["reference_length"] == pytest.approx(2.5) and out["cut_share"] is None  # rows say nothing
    # Question right, Others invalid: Question F1 1, others 0 -> Q = 1/8; accuracy 1/2.
    assert out["q"] == pytest.approx(1 / 8) and out["accuracy"] == 0.5 and out["invalid_rate"] == 0.5
    assert out["bleu_1"] == pytest.approx(50.0) and out["rouge_l"] == pytest.approx(50.0)  # (100 + 0) / 2
    assert out["length"] == pytest.approx(2.5) and out["n"] == 2
    bad = subprocess.run(
        [str(exe), "metrics", str(tmp_path / "missing.jsonl")], capture_output=True, text=True
    )
    assert bad.returncode != 0 and "not found" in bad.stderr


def test_no_appraisal_ablation_keeps_the_appraisal_out_of_every_prompt(
    tiny_models, esconv_dir, tmp_path, monkeypatch
) -> None:
    prompts: list[str] = []
    original = tiny_models.score

    def recording(role, messages, *args, **kwargs):
        prompts.append("\n".join(m["content"] for m in messages))
        return original(role, messages, *args, **kwargs)

    monkeypatch.setattr(tiny_models, "score", recording)
    config = EvalConfig(data=str(esconv_dir), **{**SMALL, "replies": 0})
    evaluate(tiny_models, config, tmp_path / "with")
    assert any("seeker appraisal:" in p for p in prompts)
    prompts.clear()
    evaluate(tiny_models, replace(config, appraisal=False), tmp_path / "without")
    assert len(prompts) == 5 and not any("seeker appraisal:" in p for p in prompts)
    settings = json.loads((tmp_path / "without" / "run.json").read_text())["settings"]
    assert settings["appraisal"] is False
