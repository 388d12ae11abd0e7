"""The pipeline's stage plan, its resume markers, and a real stage run as a child process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from esc_graph.strategies import STRATEGY_NAMES
from trainers.pipeline import PipelineConfig, PipelineError, run_pipeline, stages


def _config(tmp_path: Path, **kw) -> PipelineConfig:
    return PipelineConfig(out=tmp_path / "run", baseline=False, **kw)


def test_plan_trains_before_mining_and_calibrates_before_the_prior_rows(tmp_path) -> None:
    plan = {s.name: s.args for s in stages(_config(tmp_path, data="/d"))}
    names = list(plan)
    assert names[:4] == ["sft-planner", "sft-generator", "sft-joint", "mine"]
    assert names.index("dpo-joint") < names.index("eval-vanilla-dpo")
    assert names.index("calibrate-sft") < names.index("eval-decoupled-sft-prior")
    assert names.index("eval-decoupled-sft") < names.index("calibrate-sft")  # paper rows are uncorrected
    assert names[-1] == "compare"
    out = str(tmp_path / "run")
    assert plan["eval-vanilla-sft"][:5] == ("eval", "--system", "joint", "--adapters", f"{out}/sft")
    assert plan["eval-decoupled-dpo"][:5] == ("eval", "--system", "decoupled", "--adapters", f"{out}/dpo")
    assert (
        "--data" in plan["sft-planner"] and "--data" in plan["mine"] and "--data" not in plan["dpo-planner"]
    )
    assert plan["sft-planner"][plan["sft-planner"].index("--max-examples") + 1] == "600"
    # The head is fitted on a copy of the DPO adapters, which its own row then evaluates.
    assert plan["head-dpo"][:5] == ("head", "--adapters", f"{out}/dpo", "--out", f"{out}/head-dpo")
    assert plan["eval-decoupled-dpo-head"][4] == f"{out}/head-dpo"
    assert "Decoupled-DPO + head=" + f"{out}/eval/decoupled-dpo-head" in plan["compare"]
    without = [s.name for s in stages(_config(tmp_path, head_train_turns=None))]
    assert "head-dpo" not in without and "eval-decoupled-dpo-head" not in without


def _value(args: tuple[str, ...], flag: str) -> str | None:
    return args[args.index(flag) + 1] if flag in args else None


def test_every_stage_gets_the_scheme_and_seed_and_fitting_writes_new_folders(tmp_path) -> None:
    cfg = PipelineConfig(out=tmp_path / "run", scheme="decoupledesc", seed=7)
    plan = {s.name: s.args for s in stages(cfg)}
    for name, args in plan.items():
        if name != "compare":
            assert _value(args, "--scheme") == "decoupledesc", name
        if name not in ("compare", "baseline"):
            assert _value(args, "--seed") == "7", name
    out = tmp_path / "run"
    for folder in ("sft", "dpo", "head-dpo"):
        args = plan[f"calibrate-{folder}"]
        assert _value(args, "--adapters") == str(out / folder)
        assert _value(args, "--out") == str(out / f"{folder}-prior")
    assert _value(plan["eval-decoupled-dpo-prior"], "--adapters") == str(out / "dpo-prior")
    assert _value(plan["eval-decoupled-dpo"], "--adapters") == str(out / "dpo")
    assert _value(plan["eval-decoupled-dpo-head-prior"], "--adapters") == str(out / "head-dpo-prior")
    # The paper's protocol: the strategy written freely, from adapters that hold no prior and no head.
    generated = plan["eval-decoupled-dpo-generated-strategy"]
    assert _value(generated, "--strategy-mode") == "generate"
    assert _value(generated, "--adapters") == str(out / "dpo")
    assert "--no-prior" in generated and "--no-head" in generated


def _finish_all_but_compare(cfg: PipelineConfig) -> None:
    (cfg.out / "stages").mkdir(parents=True)
    q, others = STRATEGY_NAMES[0], STRATEGY_NAMES[-1]
    for stage in stages(cfg):
        if stage.name.startswith("eval-"):
            folder = Path(stage.args[stage.args.index("--out") + 1])
            folder.mkdir(parents=True)
            rows = [{"gold_strategy": q, "pred_strategy": q}, {"gold_strategy": others, "pred_strategy": q}]
            (folder / "predictions.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
        if stage.name != "compare":
            marker = cfg.out / "stages" / f"{stage.name}.json"
            marker.write_text(json.dumps({"args": list(stage.args), "seconds": 1.0}))


def test_rerun_skips_finished_stages_and_runs_the_rest(tmp_path) -> None:
    cfg = _config(tmp_path)
    _finish_all_but_compare(cfg)
    echoed: list[str] = []
    summary = run_pipeline(cfg, echo=echoed.append)
    assert sum("done earlier, skipped" in line for line in echoed) == len(stages(cfg)) - 1
    table = (cfg.out / "compare" / "comparison.md").read_text()
    assert "Decoupled-DPO + prior" in table and "Vanilla-SFT" in table
    assert (cfg.out / "stages" / "compare.json").is_file()
    assert (
        summary["stages"]["compare"] > 0 and "=== compare: exit 0" in (cfg.out / "pipeline.log").read_text()
    )

    again: list[str] = []
    run_pipeline(cfg, echo=again.append)
    assert all("skipped" in line for line in again)


def test_changed_settings_are_refused_unless_redone(tmp_path) -> None:
    cfg = _config(tmp_path)
    _finish_all_but_compare(cfg)
    changed = _config(tmp_path, eval_turns=50)
    with pytest.raises(PipelineError, match="eval-vanilla-sft finished with other settings"):
        run_pipeline(changed, echo=lambda _line: None)
    assert (cfg.out / "stages" / "sft-planner.json").is_file()  # nothing was lost by the refusal


def test_a_failed_stage_stops_the_run_and_leaves_no_marker(tmp_path) -> None:
    cfg = _config(tmp_path)
    _finish_all_but_compare(cfg)
    (cfg.out / "eval" / "vanilla-dpo" / "predictions.jsonl").unlink()
    with pytest.raises(PipelineError, match="stage compare failed"):
        run_pipeline(cfg, echo=lambda _line: None)
    assert not (cfg.out / "stages" / "compare.json").exists()
    assert "vanilla-dpo" in (cfg.out / "pipeline.log").read_text()


def test_redo_from_runs_that_stage_and_later_ones_again(tmp_path) -> None:
    cfg = _config(tmp_path)
    _finish_all_but_compare(cfg)
    with pytest.raises(PipelineError, match="unknown stage"):
        run_pipeline(cfg, echo=lambda _line: None, redo_from="nope")
    run_pipeline(cfg, echo=lambda _line: None)
    first = (cfg.out / "stages" / "compare.json").stat().st_mtime_ns
    run_pipeline(cfg, echo=lambda _line: None, redo_from="compare")
    assert (cfg.out / "stages" / "compare.json").stat().st_mtime_ns > first
    # A redone evaluation must not resume from the predictions of the run it replaces.
    old = cfg.out / "eval" / "decoupled-dpo-head" / "predictions.jsonl"
    assert old.is_file()
    with pytest.raises(PipelineError, match="stage eval-decoupled-dpo-head failed"):
        run_pipeline(cfg, echo=lambda _line: None, redo_from="eval-decoupled-dpo-head")
    assert not old.exists()
    assert (cfg.out / "stages" / "eval-decoupled-sft.json").is_file()  # earlier stages stay done
    assert (cfg.out / "stages" / "eval-vanilla-sft.json").is_file()
