"""DPO on the tiny model: real TRL steps from the SFT adapter, which is also the frozen reference."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch

from esc_graph.adapters import MANIFEST_NAME, read_manifest
from esc_graph.models import load_role_models
from esc_graph.strategies import STRATEGY_NAMES
from tests.helpers import save_random_adapter
from trainers.dpo import (
    CHECKED_TRL,
    DPORunConfig,
    can_evaluate_before_training,
    completion_positions_only,
    make_trainer,
    train_dpo,
)
from trainers.ipm import MineConfig, candidate_pairs, select_turns


@pytest.fixture()
def planner_pairs(esconv_dir: Path, tmp_path: Path) -> Path:
    """Planner pairs from real turns: chosen = gold, rejected = the next strategy name."""
    turns = select_turns(MineConfig(data=str(esconv_dir), max_dialogues=2, max_turns=8))
    path = tmp_path / "mined" / "ipm-prefdial" / "planner.jsonl"
    path.parent.mkdir(parents=True)
    with path.open("w") as fh:
        for t in turns:
            wrong = STRATEGY_NAMES[(STRATEGY_NAMES.index(t.strategy) + 1) % len(STRATEGY_NAMES)]
            fh.write(json.dumps(candidate_pairs("planner", t, wrong)) + "\n")
    return path


def tiny_cfg(tiny_model_dir: Path, tmp_path: Path, **kw) -> DPORunConfig:
    save_random_adapter(tiny_model_dir, tmp_path / "sft" / "planner", seed=3)
    defaults = dict(
        role="planner",
        sft=tmp_path / "sft",
        mined=tmp_path / "mined",
        out=tmp_path / "dpo",
        batch_size=4,
        grad_accum=1,
        learning_rate=2e-3,  # the tiny random model needs big steps to move in a few of them
        warmup=0,
        max_steps=6,
        logging_steps=1,
        save_steps=1000,
        show_progress=False,
    )
    return DPORunConfig(**{**defaults, **kw})


def _lora(model, name: str) -> dict[str, torch.Tensor]:
    return {n: p.detach().clone() for n, p in model.named_parameters() if f".{name}." in n}


def test_dpo_steps_raise_the_reward_margin_against_the_frozen_sft_reference(
    tiny_model_dir: Path, tmp_path: Path, planner_pairs: Path
) -> None:
    from trainers.ipm import read_pairs

    cfg = tiny_cfg(tiny_model_dir, tmp_path)
    rows = read_pairs(planner_pairs)
    trainer = make_trainer(cfg, rows, rows)
    model = trainer.model
    ref_before, policy_before = _lora(model, "ref"), _lora(model, "default")
    assert ref_before and all(
        torch.equal(ref_before[n.replace(".default.", ".ref.")], p) for n, p in policy_before.items()
    )
    before = trainer.evaluate()
    assert abs(before["eval_rewards/margins"]) < 1e-4  # policy == reference == SFT adapter at the start
    cfg.completion_only_head = False  # TRL's own CPU path, scoring every position: the same numbers
    full = trainer.evaluate()
    cfg.completion_only_head = True
    for key in ("eval_logps/chosen", "eval_logps/rejected", "eval_loss"):
        assert full[key] == pytest.approx(before[key], rel=1e-4, abs=1e-4)
    trainer.train()
    after = trainer.evaluate()
    assert after["eval_rewards/margins"] > before["eval_rewards/margins"] + 0.05
    assert after["eval_loss"] < before["eval_loss"]
    margins = [h["rewards/margins"] for h in trainer.state.log_history if "rewards/margins" in h]
    assert len(margins) == cfg.max_steps and margins[-1] > margins[0]
    # The reference stayed the SFT adapter; only the policy moved.
    assert all(torch.equal(p, _lora(model, "ref")[n]) for n, p in ref_before.items())
    assert any(not torch.equal(p, _lora(model, "default")[n]) for n, p in policy_before.items())


def test_dpo_adapter_is_saved_in_the_layout_and_loaded_by_name(
    tiny_model_dir: Path, tmp_path: Path, planner_pairs: Path
) -> None:
    cfg = tiny_cfg(tiny_model_dir, tmp_path, eval_fraction=0.25, max_steps=4)
    manifest = train_dpo(cfg, log=lambda _msg: None)
    dest = tmp_path / "dpo" / "planner"
    assert (dest / "adapter_model.safetensors").is_file() and (dest / MANIFEST_NAME).is_file()
    assert not (dest / "ref").exists()  # only the policy adapter is saved, not the reference copy
    assert read_manifest(dest) == manifest and manifest["stage"] == "dpo"
    assert manifest["data"] == {"pairs_file": str(planner_pairs), "train_pairs": 6, "eval_pairs": 2}
    training = manifest["training"]
    assert training["eval_before"]["margin"] == pytest.approx(0, abs=1e-4)  # held out: policy == reference
    assert training["eval_after"]["margin"] != training["eval_before"]["margin"]
    assert len(training["logged_margins"]) == 4 and training["global_steps"] == 4
    assert training["processes"] == 1 and training["distributed"] == "NO"
    assert training["trl"]["settings"]["learning_rate"] == cfg.learning_rate
    assert "beta" not in training["trl"]["settings"]  # TRL's own default, method.md's 0.1
    # Loaded by role name next to the SFT adapter: the DPO planner prefers the chosen (gold) names more.
    sft = load_role_models(str(tiny_model_dir), tmp_path / "sft")
    dpo = load_role_models(str(tiny_model_dir), tmp_path / "dpo")
    assert sft.roles == dpo.roles == ("planner",)
    gain = 0.0
    for row in json.loads("[" + ",".join(planner_pairs.read_text().splitlines()) + "]"):
        chosen, rejected = row["chosen"][0]["content"], row["rejected"][0]["content"]
        for models, sign in ((dpo, 1), (sft, -1)):
            probs = models.score("planner", row["prompt"], STRATEGY_NAMES)
            gain += sign * (torch.tensor(probs[chosen]).log() - torch.tensor(probs[rejected]).log()).item()
    assert gain > 0


def test_dpo_refuses_a_missing_pairs_file(tiny_model_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="esc-graph mine"):
        train_dpo(tiny_cfg(tiny_model_dir, tmp_path))


def test_dpo_refuses_an_sft_adapter_or_pairs_of_another_scheme(
    tiny_model_dir: Path, tmp_path: Path, planner_pairs: Path
) -> None:
    from esc_graph.adapters import AdapterError

    cfg = tiny_cfg(tiny_model_dir, tmp_path, scheme="decoupledesc")
    with pytest.raises(AdapterError, match="trained on the thu-coai split scheme, not decoupledesc"):
        train_dpo(cfg)
    summary = planner_pairs.parent.parent / "summary.json"
    summary.write_text(json.dumps({"config": {"scheme": "decoupledesc"}}))
    with pytest.raises(AdapterError, match="mined on the decoupledesc split scheme, not thu-coai"):
        train_dpo(tiny_cfg(tiny_model_dir, tmp_path))
    assert not (tmp_path / "dpo").exists()


def test_cli_mines_then_trains_dpo(tiny_model_dir: Path, esconv_dir: Path, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from esc_graph.cli import app

    for seed, role in enumerate(("planner", "generator")):
        save_random_adapter(tiny_model_dir, tmp_path / "sft" / role, seed=seed + 5)
    common = ["--base-model", str(tiny_model_dir)]
    mined = CliRunner().invoke(
        app,
        [
            "mine",
            "--adapters",
            str(tmp_path / "sft"),
            "--out",
            str(tmp_path / "ipm"),
            "--roles",
            "planner,generator",
        ]
        + ["--data", str(esconv_dir), "--max-dialogues", "2", "--max-turns", "4", "--max-new-tokens", "8"]
        + ["--judge", "offline-rules", *common],
    )
    assert mined.exit_code == 0, mined.output
    summary = json.loads((tmp_path / "ipm" / "summary.json").read_text())
    assert summary["judge"] == "offline-rules" and set(summary["roles"]) == {"planner", "generator"}
    assert f"planner: {summary['roles']['planner']['pairs_before_filter']} pairs mined" in mined.output
    trained = CliRunner().invoke(
        app,
        [
            "train",
            "dpo",
            "--role",
            "planner",
            "--sft",
            str(tmp_path / "sft"),
            "--mined",
            str(tmp_path / "ipm"),
        ]
        + ["--out", str(tmp_path / "dpo"), "--max-steps", "1", "--batch-size", "2", "--grad-accum", "1"]
        + ["--bf16"],  # bf16 autocast works on a CPU too
    )
    assert trained.exit_code == 0, trained.output
    assert read_manifest(tmp_path / "dpo" / "planner")["training"]["global_steps"] == 1


def test_completion_only_head_switches_trl_to_compact_scoring_only_under_the_checked_version(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import trl
    import trl.trainer.utils as trl_utils

    cpu = torch.device("cpu")
    assert trl.__version__ == CHECKED_TRL, "re-check completion_positions_only against this TRL"
    assert not trl_utils._use_triton(cpu)
    with completion_positions_only():
        assert trl_utils._use_triton(cpu)
    assert not trl_utils._use_triton(cpu)
    monkeypatch.setattr(trl, "__version__", "0.0.1")
    with completion_positions_only():
        assert not trl_utils._use_triton(cpu)


def test_held_out_margins_before_training_only_where_transformers_can_evaluate() -> None:
    # Under DeepSpeed ZeRO-0/1/2, Trainer.evaluate() before train() raises "ZeRO inference only makes
    # sense with ZeRO Stage 3" (seen on a GPU with configs/accelerate/deepspeed_zero2.yaml).
    assert can_evaluate_before_training(deepspeed=False, zero_stage=None)
    assert not can_evaluate_before_training(deepspeed=True, zero_stage=2)
    assert can_evaluate_before_training(deepspeed=True, zero_stage=3)
