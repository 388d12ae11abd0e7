"""LoRA SFT on the tiny model: real TRL steps, target-only labels, saved adapters the graph loads."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import torch
from langchain_core.messages import HumanMessage
from langgraph.checkpoint.memory import InMemorySaver

from esc_graph import Context, build_graph
from esc_graph.adapters import MANIFEST_NAME, read_manifest
from esc_graph.backends import SupportModels
from esc_graph.models import load_role_models
from esc_graph.ports import free_port
from esc_graph.prompts import PROMPT_VERSION, Utterance, planner_messages
from esc_graph.strategies import STRATEGY_NAMES
from trainers.data import build_examples
from trainers.sft import SFTRunConfig, make_trainer, train_sft
from trainers.speed import IGNORE, LeftPadCollator, forward_trailing, trailing_loss, trailing_window

REPO = Path(__file__).resolve().parents[1]
SEEKER = "I lost my job last week and I can't sleep. I keep thinking I'm a failure."


def tiny_cfg(tiny_model_dir: Path, out: Path, **kw) -> SFTRunConfig:
    defaults = dict(
        base_model=str(tiny_model_dir),
        out=out,
        batch_size=4,
        logging_steps=1,
        save_steps=1000,
        show_progress=False,
        grad_accum=1,
    )
    return SFTRunConfig(**{**defaults, **kw})


@pytest.mark.parametrize("role", ["planner", "generator", "joint"])
@pytest.mark.parametrize("fast", [True, False])
def test_labels_mask_everything_but_the_target(
    role: str, fast: bool, tiny_model_dir: Path, esconv_dir: Path, tmp_path: Path
) -> None:
    rows = build_examples(role, esconv_dir, "valid", max_examples=6, seed=1)
    trainer = make_trainer(tiny_cfg(tiny_model_dir, tmp_path, role=role, fast=fast), rows)
    tok = trainer.processing_class
    for row, ex in zip(rows, trainer.train_dataset, strict=True):
        target = [t for t, label in zip(ex["input_ids"], ex["labels"], strict=True) if label != IGNORE]
        # Exactly the completion and its end-of-turn marker; nothing of the prompt.
        assert tok.decode(target).strip() == row["completion"][0]["content"] + tok.eos_token
        first = ex["labels"].index(next(label for label in ex["labels"] if label != IGNORE))
        assert tok.decode(ex["input_ids"][:first]).endswith("<|im_start|>assistant\n")
    batch = trainer.data_collator([trainer.train_dataset[i] for i in range(len(rows))])
    kept = (batch["labels"] != IGNORE).sum().item()
    assert kept == sum(sum(label != IGNORE for label in ex["labels"]) for ex in trainer.train_dataset)


def test_trailing_window_loss_equals_full_logits_loss(
    tiny_model_dir: Path, esconv_dir: Path, tmp_path: Path
) -> None:
    from transformers import AutoModelForCausalLM

    rows = build_examples("generator", esconv_dir, "valid", max_examples=5, seed=2)
    trainer = make_trainer(tiny_cfg(tiny_model_dir, tmp_path), rows)  # tokenized + labelled by TRL
    batch = LeftPadCollator(0)([trainer.train_dataset[i] for i in range(5)])
    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir)
    labels = batch.pop("labels")
    keep = trailing_window(labels)
    assert keep < labels.shape[1]  # the output layer skips most positions
    fast_sum, count, _ = trailing_loss(model(**batch, logits_to_keep=keep).logits, labels)
    full = model(**batch).logits[:, :-1]
    ref = torch.nn.functional.cross_entropy(
        full.transpose(1, 2), labels[:, 1:], ignore_index=IGNORE, reduction="sum"
    )
    assert count == (labels[:, 1:] != IGNORE).sum()
    assert torch.allclose(fast_sum, ref, rtol=1e-4)
    # Sharing the prompt prefix (the system prompt) across rows is exact too.
    shared = LeftPadCollator(0, share_prefix=True)([trainer.train_dataset[i] for i in range(5)])
    assert shared["prefix_ids"].shape[1] > 20
    shared_labels, prefix = shared.pop("labels"), shared.pop("prefix_ids")
    shared_sum, shared_count, _ = trailing_loss(
        forward_trailing(model, shared, shared_labels, prefix).logits, shared_labels
    )
    assert shared_count == count
    assert torch.allclose(shared_sum, ref, rtol=1e-4)


def _target_loss(trainer) -> float:
    model = trainer.model.eval()
    batch = trainer.data_collator([trainer.train_dataset[i] for i in range(len(trainer.train_dataset))])
    labels, prefix = batch.pop("labels"), batch.pop("prefix_ids", None)
    with torch.no_grad():
        total, count, _ = trailing_loss(forward_trailing(model, batch, labels, prefix).logits, labels)
    model.train()
    return (total / count).item()


def test_target_loss_decreases_and_training_resumes(
    tiny_model_dir: Path, esconv_dir: Path, tmp_path: Path
) -> None:
    rows = build_examples("planner", esconv_dir, "valid", max_examples=8, seed=3)
    cfg = tiny_cfg(tiny_model_dir, tmp_path, max_steps=8, learning_rate=1e-1, warmup=0, save_steps=4)
    trainer = make_trainer(cfg, rows)
    before = _target_loss(trainer)
    trainer.train()
    after = _target_loss(trainer)
    # The tiny random model's tied embeddings cap how far LoRA can move it; 0.2 nats is far above noise.
    assert after < before - 0.2, (before, after)
    assert trainer.state.global_step == 8
    # Resume: the run continues from the last checkpoint instead of starting over.
    resumed = make_trainer(
        tiny_cfg(tiny_model_dir, tmp_path, max_steps=10, learning_rate=1e-1, warmup=0), rows
    )
    resumed.train(resume_from_checkpoint=True)
    assert resumed.state.global_step == 10
    # Steps 1-8 come from the checkpoint's state, 9-10 are new: nothing was trained twice.
    assert [h["step"] for h in resumed.state.log_history if "loss" in h] == list(range(1, 11))


def _plan_probs(graph, thread: str) -> dict[str, float]:
    out = graph.invoke(
        {"messages": [HumanMessage(SEEKER)]},
        {"configurable": {"thread_id": thread}},
        context=Context(max_new_tokens=4, seed=0, appraise=False),
    )
    return out["strategy_probs"]


def test_saved_adapter_loads_into_the_graph_and_moves_its_strategies(
    tiny_model_dir: Path, esconv_dir: Path, tmp_path: Path
) -> None:
    # Four real dialogues whose supporter turns are all relabelled "Information": a planner trained
    # on them must move the graph's plan towards that strategy.
    data = tmp_path / "data"
    data.mkdir()
    dialogues = [json.loads(line) for line in (esconv_dir / "valid.jsonl").read_text().splitlines()[:4]]
    for dialogue in dialogues:
        for turn in dialogue["turns"]:
            if turn["speaker"] == "supporter":
                turn["strategy"] = "Information"
    (data / "train.jsonl").write_text("\n".join(json.dumps(d) for d in dialogues) + "\n")
    out = tmp_path / "adapters"
    cfg = tiny_cfg(tiny_model_dir, out, data=str(data), max_steps=12, learning_rate=5e-3, warmup=0)
    said: list[str] = []
    manifest = train_sft(cfg, log=said.append)
    assert said[-1].startswith("saved planner adapter") and said[-1].endswith("NO, 1 process(es)")
    assert "last logged loss" in said[-1]
    saved = read_manifest(out / "planner")
    assert saved == json.loads(json.dumps(manifest))
    assert saved["role"] == "planner" and saved["prompt_version"] == PROMPT_VERSION
    assert (
        saved["base_model"] == str(tiny_model_dir)
        and saved["scheme"] == saved["data"]["scheme"] == "thu-coai"
    )
    assert saved["data"]["strategies"] == {"Information": saved["data"]["examples"]}
    assert saved["training"]["global_steps"] == 12 and saved["training"]["tokens_per_second"] > 0
    assert saved["training"]["distributed"] == "NO" and saved["training"]["zero_stage"] is None
    assert saved["training"]["trl"]["settings"]["learning_rate"] == 5e-3

    base_graph = build_graph(
        SupportModels.local(load_role_models(str(tiny_model_dir))), checkpointer=InMemorySaver()
    )
    role_models = load_role_models(str(tiny_model_dir))
    assert role_models.add_adapters_from(out) == ["planner"]
    tuned_graph = build_graph(SupportModels.local(role_models), checkpointer=InMemorySaver())
    before, after = _plan_probs(base_graph, "a"), _plan_probs(tuned_graph, "b")
    assert set(after) == set(STRATEGY_NAMES)
    assert after["Information"] > before["Information"] + 0.15, (before, after)
    assert sum(abs(after[s] - before[s]) for s in STRATEGY_NAMES) > 0.3
    # The scorer agrees: the adapter is active for the planner role only.
    messages = planner_messages([Utterance("seeker", SEEKER)])
    assert role_models.score("planner", messages, STRATEGY_NAMES) == pytest.approx(after, abs=1e-5)
    assert role_models.score("bare", messages, STRATEGY_NAMES) == pytest.approx(before, abs=1e-5)
    # build_graph(adapters=...) loads the same folder lazily.
    lazy = build_graph(base_model=str(tiny_model_dir), adapters=out, checkpointer=InMemorySaver())
    assert _plan_probs(lazy, "c") == pytest.approx(after, abs=1e-5)


def test_two_process_accelerate_launch_cli(tiny_model_dir: Path, esconv_dir: Path, tmp_path: Path) -> None:
    # `accelerate launch --cpu` starts ONE process whatever --num_processes says (its simple launcher);
    # on a machine without GPUs, `--multi_gpu` starts N CPU processes with torch.distributed (gloo).
    out = tmp_path / "ddp"
    cmd = [
        sys.executable, "-m", "accelerate.commands.launch", "--multi_gpu", "--num_processes", "2",
        "--num_machines", "1", "--mixed_precision", "no", "--dynamo_backend", "no",
        "--main_process_port", str(free_port()),
        "-m", "esc_graph.cli", "train", "sft", "--role", "generator",
        "--base-model", str(tiny_model_dir), "--data", str(esconv_dir), "--out", str(out),
        "--max-examples", "16", "--max-steps", "2", "--batch-size", "2", "--logging-steps", "1",
    ]  # fmt: skip
    env = {**os.environ, "OMP_NUM_THREADS": "1", "TOKENIZERS_PARALLELISM": "false"}
    done = subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    manifest = json.loads((out / "generator" / MANIFEST_NAME).read_text())
    assert manifest["training"]["processes"] == 2
    assert manifest["training"]["distributed"] in ("MULTI_CPU", "MULTI_GPU")
    assert manifest["training"]["zero_stage"] is None
    assert manifest["training"]["global_steps"] == 2
    # Tokens are gathered from both ranks: 2 steps x 2 accumulation x 2 rows x 2 processes.
    assert manifest["training"]["tokens_seen"] > 16 * 200
    assert (out / "generator" / "adapter_model.safetensors").is_file()


@pytest.mark.slow
def test_real_smollm2_planner_target_loss_drops(esconv_dir: Path, tmp_path: Path) -> None:
    rows = build_examples("planner", esconv_dir, "train", max_examples=32, seed=5)
    cfg = SFTRunConfig(
        out=tmp_path,
        max_steps=8,
        batch_size=4,
        grad_accum=1,
        learning_rate=5e-4,
        warmup=0,
        show_progress=False,
    )
    trainer = make_trainer(cfg, rows)
    before = _target_loss(trainer)
    trainer.train()
    after = _target_loss(trainer)
    assert after < 0.8 * before, (before, after)


def test_lora_layers_limits_the_adapter_to_the_top_layers(
    tiny_model_dir: Path, esconv_dir: Path, tmp_path: Path
) -> None:
    rows = build_examples("planner", esconv_dir, "valid", max_examples=4, seed=4)
    trainer = make_trainer(tiny_cfg(tiny_model_dir, tmp_path, lora_layers=1), rows)
    trainable = [name for name, p in trainer.model.named_parameters() if p.requires_grad]
    assert trainable and all(".layers.1." in name for name in trainable)
    assert {name.split(".layers.1.")[1].split(".")[1] for name in trainable} >= {"q_proj", "down_proj"}
