"""The release command: its stage plan, a real run on the tiny model, packaging, and the load-time checks."""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import pytest

from esc_graph.generation_setting import generation_path
from esc_graph.models import load_role_models
from esc_graph.prompts import PROMPT_VERSION, REPLY_NO_REPEAT_NGRAM
from esc_graph.release import RELEASE_FILE, RELEASE_HEAD_LAYER, ReleaseError, read_release, weights_name
from esc_graph.strategy_head import load_head
from tests.conftest import FIXTURE_DATA
from trainers.evaluate import read_rows
from trainers.release import ReleaseConfig, run_release, stages
from trainers.stages import OutOfTime, Stage, StageError, command_line, run_stages, stage_command


def _value(args: tuple[str, ...], flag: str) -> str | None:
    return args[args.index(flag) + 1] if flag in args else None


def test_plan_trains_on_the_whole_split_and_fits_only_on_train_and_validation(tmp_path) -> None:
    cfg = ReleaseConfig(out=tmp_path / "run", scheme="decoupledesc", seed=3)
    plan = {s.name: s.args for s in stages(cfg)}
    # One stage at a time: the planner's figures and its reference come before the generator's hours of
    # training.
    assert list(plan)[:7] == [
        "sft-planner",
        "head",
        "prior",
        "eval-planner",
        "baseline",
        "sft-generator",
        "final-generator",
    ]
    side_by_side = [s.name for s in stages(cfg, planner_first=False)]
    assert side_by_side[:3] == ["sft-planner", "sft-generator", "head"]
    assert plan["final-generator"] == (
        "adapters",
        "copy",
        str(tmp_path / "run" / "sft"),
        str(tmp_path / "run" / "final"),
    )
    for role in ("planner", "generator"):
        assert "--max-examples" not in plan[f"sft-{role}"] and "--resume" in plan[f"sft-{role}"]
    assert _value(plan["head"], "--train-turns") == "5000" and _value(plan["head"], "--valid-turns") == "1000"
    assert _value(plan["prior"], "--turns") == "1000"  # the same seeded turns: the head cached their features
    assert _value(plan["head"], "--layer") == str(RELEASE_HEAD_LAYER)
    everything = {
        s.name: s.args
        for s in stages(ReleaseConfig(head_train_turns=None, valid_turns=None, head_layer=None))
    }
    assert (
        _value(everything["head"], "--train-turns") == "0" and _value(everything["prior"], "--turns") == "0"
    )
    assert "--layer" not in everything["head"]  # the final layer
    assert plan["prior"][0] == "calibrate" and "--split" not in plan["prior"]  # validation turns
    assert _value(plan["eval-planner"], "--adapters") == str(tmp_path / "run" / "final")
    assert "--limit" not in plan["eval-planner"]  # every test turn
    assert _value(plan["eval-prompt-only-gold"], "--adapters") is None
    assert _value(plan["eval-replies-gold"], "--reply-strategy") == "gold"
    assert _value(plan["eval-replies-gold"], "--limit") == "500"
    for name, args in plan.items():
        if name not in ("compare", "final-generator"):  # copying adapters reads no data
            assert _value(args, "--scheme") == "decoupledesc", name
        if name not in ("compare", "baseline", "final-generator"):
            assert _value(args, "--seed") == "3", name


def test_a_spent_time_budget_stops_the_run_without_finishing_the_stage(tmp_path, tiny_model_dir) -> None:
    # As in a run started in the background: SIGINT ignored, which children inherit.
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        _run_out_of_time(tmp_path, tiny_model_dir)
    finally:
        signal.signal(signal.SIGINT, previous)


def _run_out_of_time(tmp_path, tiny_model_dir) -> None:
    out = tmp_path / "run"
    args = ("train", "sft", "--role", "planner", "--out", str(out / "sft"), "--max-steps", "100000")
    args += ("--base-model", str(tiny_model_dir), "--data", str(FIXTURE_DATA), "--resume")
    plan = [Stage("sft-planner", args)]
    with pytest.raises(OutOfTime, match="during stage sft-planner"):
        run_stages(out, plan, {}, echo=lambda _line: None, hours=2 / 3600)
    assert not (out / "stages" / "sft-planner.json").exists()
    # The stage ended on the SIGINT, not on the SIGTERM that follows a minute later.
    assert "=== sft-planner: exit -15 " not in (out / "pipeline.log").read_text()
    with pytest.raises(OutOfTime, match="before stage sft-planner"):
        run_stages(out, plan, {}, echo=lambda _line: None, hours=1e-9)


@pytest.fixture(scope="module")
def tiny_release(tmp_path_factory, tiny_model_dir) -> tuple[ReleaseConfig, Path, dict]:
    root = tmp_path_factory.mktemp("release")
    cfg = ReleaseConfig(
        out=root / "run",
        name="tiny-test-v1",
        base_model=str(tiny_model_dir),
        data=str(FIXTURE_DATA),
        planner_examples=8,
        generator_examples=8,
        lora_r=4,
        lora_alpha=8,
        head_train_turns=24,
        head_layer=1,  # of the tiny model's 2
        valid_turns=8,
        eval_turns=6,
        reply_turns=3,
        max_new_tokens=6,
        baseline=False,
    )
    summary = run_release(cfg, echo=lambda _line: None, package_to=root / "weights")
    return cfg, Path(summary["package"]), summary


def test_a_real_run_packages_a_release_that_loads(tiny_release, tiny_model_dir) -> None:
    cfg, folder, summary = tiny_release
    assert folder.name == "tiny-test-v1" and set(summary["stages"]) == {s.name for s in stages(cfg)}
    info = json.loads((folder / RELEASE_FILE).read_text())
    assert info["prompt_version"] == PROMPT_VERSION and info["scheme"] == "thu-coai"
    assert info["base_model"] == str(tiny_model_dir) and info["roles"] == ["planner", "generator"]
    assert load_head(folder / "planner").layer == 1  # type: ignore[union-attr]
    assert (
        info["command"].startswith("esc-graph release --out ") and "--planner-examples 8" in info["command"]
    )
    assert info["metrics"]["planner"]["n"] == 6  # measured on the test turns, recorded beside the weights
    replies = info["metrics"]["replies-gold"]
    assert replies["offline_judge"]["n_judged"] == 3 and "cut_share" in replies and "rouge_l" in replies
    card = (folder / "README.md").read_text()
    assert "CC BY-NC 4.0" in card and info["commit"] in card
    assert f"{info['metrics']['planner']['q']:.3f} [" in card  # Q with its interval
    assert "| release, gold strategy |" in card and "Lack Empathy" in card
    assert replies["decoding"]["max_new_tokens"] == 6 and "(greedy, at most 6 new tokens, " in card
    assert replies["decoding"]["no_repeat_ngram"] == REPLY_NO_REPEAT_NGRAM  # replies decoded as served
    path = generation_path("auto", load_role_models(str(tiny_model_dir)).model)  # int8 on this CPU
    assert replies["decoding"]["generation"] == path
    assert ("on the int8 generation copy" if path == "int8" else "in fp32") in card
    assert f"no {REPLY_NO_REPEAT_NGRAM}-gram repeated within a reply" in card
    assert info["training"]["planner"]["examples"] == 8 and info["training"]["generator"]["lora_r"] == 4
    head = info["strategy_head"]
    assert head["layer"] == 1 and head["train_turns"] == 24 and head["valid_turns"] == 8
    assert (
        "hidden state after layer 1 at the last prompt token" in card and f"Q {head['valid_q']:.3f}." in card
    )
    planned, gold = (
        {r["id"]: r for r in read_rows(cfg.out / "eval" / name / "predictions.jsonl")}
        for name in ("replies-planned", "replies-gold")
    )
    differing = [i for i in planned if planned[i]["reply_strategy"] != gold[i]["reply_strategy"]]
    assert info["strategy_reach"] == {
        "turns": 3,
        "strategy_differs": len(differing),
        "same_reply": sum(planned[i]["reply"] == gold[i]["reply"] for i in differing),
    }
    from safetensors import safe_open

    # SFT stored float16 weights, so the head, the prior and every figure measured the shipped weights.
    for trained in (folder / "planner", cfg.out / "sft" / "planner", cfg.out / "sft" / "generator"):
        with safe_open(str(trained / "adapter_model.safetensors"), "pt") as weights:
            assert {str(weights.get_tensor(k).dtype) for k in weights.keys()} == {"torch.float16"}
    assert not [
        p.name
        for p in folder.rglob("*")
        if p.name.startswith("checkpoint") or p.suffix in (".pt", ".bin", ".npz")
    ]
    assert list((cfg.out / "final" / "planner").glob("head-features-*.npz"))  # made, and left behind
    assert not list(folder.rglob("tokenizer.json"))  # the base model's tokenizer is the one used

    models = load_role_models(str(tiny_model_dir), folder)
    assert set(models.roles) == {"planner", "generator"}
    assert "planner" in models.heads  # the strategy head travels with the release
    assert weights_name(folder) == "tiny-test-v1"


def test_adapters_copy_adds_missing_roles_keeps_fitted_ones_and_refuses_other_weights(
    tiny_release, tmp_path
) -> None:
    import shutil

    from typer.testing import CliRunner

    from esc_graph.adapters import read_manifest
    from esc_graph.cli import app
    from trainers.head import HEAD_KEY

    cfg, _, _ = tiny_release
    target = tmp_path / "set"
    shutil.copytree(cfg.out / "final" / "planner", target / "planner")  # with its head and prior
    result = CliRunner().invoke(app, ["adapters", "copy", str(cfg.out / "sft"), str(target)])
    assert result.exit_code == 0, result.output
    assert "added generator; kept planner" in " ".join(result.output.split())
    assert HEAD_KEY in read_manifest(target / "planner")  # the fitted head is not overwritten
    assert (target / "generator" / "adapter_model.safetensors").read_bytes() == (
        cfg.out / "sft" / "generator" / "adapter_model.safetensors"
    ).read_bytes()
    from safetensors.torch import load_file, save_file

    changed = target / "generator" / "adapter_model.safetensors"
    save_file({k: v + 1 for k, v in load_file(changed).items()}, changed)  # other weights, same role
    result = CliRunner().invoke(app, ["adapters", "copy", str(cfg.out / "sft"), str(target)])
    assert result.exit_code == 2 and "already exists with other weights" in " ".join(result.output.split())


def test_a_refitted_head_replaces_the_copys_head_and_manifest_and_keeps_its_caches(
    tiny_release, tmp_path
) -> None:
    import shutil

    import torch

    from esc_graph.adapters import copy_adapters, read_manifest, write_manifest
    from esc_graph.calibration import PRIOR_KEY
    from esc_graph.strategy_head import HEAD_FILE, LinearHead, load_head, save_head

    cfg, _, _ = tiny_release
    source = tmp_path / "head"
    shutil.copytree(cfg.out / "final" / "planner", source / "planner")
    target = tmp_path / "final"
    copy_adapters(source, target)
    (target / "planner" / "head-features-valid-cache.npz").write_bytes(b"cache")
    # The head is refitted upstream (another layer), which drops the prior from the source's manifest.
    old = load_head(source / "planner")
    assert old is not None and PRIOR_KEY in read_manifest(target / "planner")
    save_head(source / "planner", LinearHead(old.labels, old.weight + 1, old.bias, layer=2))
    manifest = read_manifest(source / "planner")
    manifest.pop(PRIOR_KEY)
    write_manifest(source / "planner", manifest)
    copy_adapters(source, target)
    refreshed = load_head(target / "planner")
    assert refreshed is not None and refreshed.layer == 2 and torch.equal(refreshed.weight, old.weight + 1)
    assert PRIOR_KEY not in read_manifest(target / "planner")  # the stale prior went with the old head
    assert (target / "planner" / "head-features-valid-cache.npz").read_bytes() == b"cache"
    # A source without a head (the SFT adapters) leaves the copy's head alone.
    before = (target / "planner" / HEAD_FILE).read_bytes()
    copy_adapters(cfg.out / "sft", target)
    assert (target / "planner" / HEAD_FILE).read_bytes() == before


def test_a_release_for_another_base_model_or_prompt_version_is_refused(tiny_release, tmp_path) -> None:
    _, folder, _ = tiny_release
    with pytest.raises(ReleaseError, match="trained on base model .* not smollm2-135m-instruct"):
        load_role_models(None, folder)  # refused before any model loads
    changed = tmp_path / "changed"
    import shutil

    shutil.copytree(folder, changed)
    info = json.loads((changed / RELEASE_FILE).read_text())
    (changed / RELEASE_FILE).write_text(json.dumps({**info, "prompt_version": "esc-prompts/0"}))
    with pytest.raises(ReleaseError, match="trained with prompts esc-prompts/0"):
        read_release(changed, info["base_model"])
    (changed / RELEASE_FILE).write_text(json.dumps({**info, "scheme": "decoupledesc"}))
    with pytest.raises(ReleaseError, match="planner adapter was trained on scheme thu-coai"):
        read_release(changed, info["base_model"])
    shutil.rmtree(changed / "generator")
    (changed / RELEASE_FILE).write_text(json.dumps(info))
    with pytest.raises(ReleaseError, match="role folders missing: generator"):
        read_release(changed, info["base_model"])


def test_the_default_graph_answers_with_the_packaged_release_and_names_it(
    tiny_release, tiny_model_dir, monkeypatch
) -> None:
    from langchain_core.messages import HumanMessage

    from esc_graph import Context, build_graph, release

    _, folder, _ = tiny_release
    monkeypatch.setattr(release, "RELEASES_DIR", folder.parent)
    monkeypatch.setattr(release, "DEFAULT_RELEASE", folder.name)
    turn = {"messages": [HumanMessage("I lost my job and I feel awful.")]}
    context = Context(max_new_tokens=4, seed=0)
    out = build_graph(base_model=str(tiny_model_dir), appraiser=None).invoke(turn, context=context)
    assert out["weights"] == "tiny-test-v1" and out["reply"]
    bare = build_graph(base_model=str(tiny_model_dir), adapters=None, appraiser=None).invoke(
        turn, context=context
    )
    assert bare["weights"] == "prompt-only"
    with pytest.raises(ReleaseError, match="trained on base model"):
        build_graph(appraiser=None)  # the packaged base model is not the one this release was trained on


def test_packaging_an_unfinished_run_reports_only_finished_evaluations(tiny_release, tmp_path) -> None:
    import shutil
    from dataclasses import replace

    from trainers.release import package_finished

    cfg, _, summary = tiny_release
    copy = replace(cfg, out=tmp_path / "run")
    shutil.copytree(cfg.out, copy.out)
    (copy.out / "stages" / "eval-replies-gold.json").unlink()  # its rows stay: an interrupted evaluation
    with (copy.out / "release.log").open("a") as log:  # an earlier run of the head, stopped after 100 s
        log.write("=== head: exit -2 after 100 s\n")
    folder = package_finished(copy, tmp_path / "weights")  # as `esc-graph release ... --package-only`
    info = json.loads((folder / RELEASE_FILE).read_text())
    assert set(info["stage_seconds"]) == set(summary["stages"]) - {"eval-replies-gold"}
    all_runs = info["stage_seconds_all_runs"]
    assert set(all_runs) == set(summary["stages"])
    assert all_runs["head"] >= summary["stages"]["head"] + 99  # the log rounds to whole seconds
    assert (
        "Wall time over every run of the stages, interrupted ones included"
        in (folder / "README.md").read_text()
    )
    assert set(info["metrics"]) == {"planner", "replies-planned", "prompt-only-gold"}
    assert "Not measured for this release yet: release, gold strategy." in (folder / "README.md").read_text()
    assert not list(folder.rglob("checkpoint*")) and not (folder / "planner" / "README.md").exists()
    peft_config = json.loads((folder / "generator" / "adapter_config.json").read_text())
    assert peft_config["base_model_name_or_path"] == info["base_model"]


def test_package_only_without_trained_adapters_is_a_one_line_error(tmp_path) -> None:
    from typer.testing import CliRunner

    from esc_graph.cli import app

    args = ["release", "--out", str(tmp_path / "run"), "--package-only", "--package-to", str(tmp_path / "w")]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2 and "adapters folder not found" in result.stderr
    assert not (tmp_path / "w").exists()


def test_another_base_model_runs_prompt_only_and_the_cli_says_so(
    tiny_release, tiny_model_dir, monkeypatch, tmp_path
) -> None:
    from typer.testing import CliRunner

    from esc_graph import release
    from esc_graph.cli import app
    from esc_graph.release import choose_adapters

    _, folder, _ = tiny_release
    monkeypatch.setattr(release, "RELEASES_DIR", folder.parent)
    monkeypatch.setattr(release, "DEFAULT_RELEASE", folder.name)
    assert choose_adapters(None, base_model=str(tiny_model_dir)) == folder
    other = tmp_path / "other-model"
    other.symlink_to(tiny_model_dir)  # the same weights under another name: not the release's base model
    assert choose_adapters(None, base_model=str(other)) is None
    assert choose_adapters(folder, base_model=str(other)) == folder  # asked for by name: checked on load
    args = ["chat", "--base-model", str(other), "--json", "--db", str(tmp_path / "s.sqlite")]
    result = CliRunner().invoke(app, [*args, "-m", "I feel low."])
    assert result.exit_code == 0, result.output
    assert f"the packaged release {folder.name} was trained on {tiny_model_dir}" in result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1])["weights"] == "prompt-only"


def test_both_roles_train_as_one_group_with_the_given_accumulation(tmp_path) -> None:
    plan = {s.name: s for s in stages(ReleaseConfig(out=tmp_path, batch_size=8, grad_accum=1))}
    for role in ("planner", "generator"):
        stage = plan[f"sft-{role}"]
        assert stage.group == "sft" and _value(stage.args, "--batch-size") == "8"
        assert _value(stage.args, "--grad-accum") == "1"
    assert plan["head"].group is None


def test_grouped_stages_run_side_by_side_and_a_failure_keeps_the_others_marker(tmp_path) -> None:
    out = tmp_path / "run"
    plan = [
        Stage("ok", ("data", "--help"), group="g"),
        Stage("bad", ("compare", "--out", str(tmp_path / "c")), group="g"),
        Stage("after", ("data", "--help")),
    ]
    lines: list[str] = []
    with pytest.raises(StageError, match="stage bad failed"):
        run_stages(out, plan, {}, echo=lines.append, jobs=2)
    log = (out / "pipeline.log").read_text()
    # Both started before either ended: the second header precedes the first exit line.
    assert log.index("=== bad: esc-graph") < log.index("=== ok: exit 0")
    assert log.index("=== ok: esc-graph") < log.index("=== bad: exit")
    assert (out / "stages" / "ok.json").is_file() and not (out / "stages" / "bad.json").exists()
    assert "=== after:" not in log  # a failed batch stops the run
    assert any(line.startswith("[ok] ") for line in lines)
    sequential: list[str] = []
    with pytest.raises(StageError):
        run_stages(tmp_path / "seq", plan, {}, echo=sequential.append)
    log = (tmp_path / "seq" / "pipeline.log").read_text()
    assert log.index("=== ok: exit 0") < log.index("=== bad: esc-graph")


def test_a_redo_keeps_a_later_standalone_stage_that_finished_with_the_same_command(tmp_path) -> None:
    out = tmp_path / "run"
    plan = [
        Stage("head", ("data", "--help")),
        Stage("sft", ("data", "--help"), standalone=True),
        Stage("eval", ("data", "--help")),
    ]
    run_stages(out, plan, {}, echo=lambda _line: None)
    lines: list[str] = []
    run_stages(out, plan, {}, echo=lines.append, redo_from="head")
    assert [line.split(":")[0] for line in lines if "skipped" in line] == ["[2/3] sft"]
    assert sum("esc-graph data --help" in line for line in lines) == 2  # head and eval ran again
    lines.clear()
    run_stages(out, plan, {}, echo=lines.append, redo_from="sft")  # named: it runs again
    assert [line.split(":")[0] for line in lines if "skipped" in line] == ["[1/3] head"]
    changed = [plan[0], Stage("sft", ("data", "--help", "--help"), standalone=True), plan[2]]
    lines.clear()
    run_stages(out, changed, {}, echo=lines.append, redo_from="head")  # another command: it runs again
    assert not any("skipped" in line for line in lines)
    kept = {"sft-planner", "sft-generator", "baseline", "eval-prompt-only-gold"}  # none reads the planner
    assert {s.name for s in stages(ReleaseConfig()) if s.standalone} == kept


def test_sft_stages_run_data_parallel_under_accelerate_with_one_thread_per_process(tmp_path) -> None:
    plan = {s.name: s for s in stages(ReleaseConfig(out=tmp_path, processes=2))}
    assert plan["sft-planner"].processes == 2 and plan["sft-generator"].processes == 2
    assert plan["head"].processes == 1  # scoring and evaluation stay one process
    argv, env = stage_command(plan["sft-planner"])
    assert argv[argv.index("--num_processes") + 1] == "2"
    # A port of its own, not torch's fixed default, so two runs on one machine can both start.
    assert 0 < int(argv[argv.index("--main_process_port") + 1]) != 29500
    assert argv[argv.index("esc_graph.cli") + 1 :] == list(plan["sft-planner"].args)
    assert env["OMP_NUM_THREADS"] == os.environ.get("OMP_NUM_THREADS", "1")
    assert command_line(plan["sft-planner"]).startswith("accelerate launch --multi_gpu --num_processes 2 -m ")
    assert command_line(plan["head"]).startswith("esc-graph head ")
    # A real launch: every process runs the command, so its output appears once per process.
    out = tmp_path / "run"
    run_stages(out, [Stage("two", ("data", "--help"), processes=2)], {}, echo=lambda _line: None)
    log = (out / "pipeline.log").read_text()
    assert log.count("Usage:") == 2 and "=== two: exit 0" in log


def test_the_model_card_shows_the_planner_against_the_reference_and_each_reply_system() -> None:
    from trainers.model_card import model_card

    replies = {"n": 500, "rouge_l": 16.2, "rouge_l_ci95": [15.1, 17.3], "cut_share": 0.012}
    info = {
        "name": "esconv-x",
        "base_model": "smollm2",
        "roles": ["planner", "generator"],
        "scheme": "thu-coai",
        "prompt_version": "esc-prompts/3",
        "command": "esc-graph release --out runs/x",
        "commit": "abc123",
        "metrics": {
            "planner": {"n": 2895, "q": 0.281, "q_ci95": [0.26, 0.30], "b": 0.25, "b_ci95": [0.2, 0.31]},
            "replies-planned": {**replies, "offline_judge": {"lack_empathy": 0.1}},
            "prompt-only-gold": {**replies, "rouge_l": 12.9, "cut_share": 0.7},
        },
        "planner_vs_reference": {"diff": 0.031, "ci95": [0.004, 0.058], "turns": 2895, "reference_q": 0.25},
        "training": {"planner": {"examples": 12759, "global_steps": 1595, "final_logged_loss": 0.398}},
        "stage_seconds": {"sft-planner": 7200.0, "head": 3600.0},
    }
    card = model_card(info, ["the appraiser"])
    assert "0.281 [0.260, 0.300]" in card and "0.250 [0.200, 0.310]" in card
    assert "ΔQ +0.031 [+0.004, +0.058]" in card and "on the same 2895 turns" in card
    assert "| release, planned strategy | – | – | 16.20 [15.10, 17.30] |" in card
    assert "| prompt-only base, gold strategy |" in card and "70.0%" in card and "1.2%" in card
    assert "| release, gold strategy |" not in card  # a system that was not measured gets no row
    assert "Not measured for this release yet: release, gold strategy." in card
    assert "12759 training turns, 1595 steps" in card and "3.0 h (2 stages" in card
    assert "Works with the appraiser." in card and "CC BY-NC 4.0" in card
