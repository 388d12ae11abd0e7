"""Which of the release planner's layers should its strategy head read?

The head (``trainers.head``) reads the last prompt token's *final* hidden state and the 8 strategy-name
log-probabilities. Linear probes often read a task better from a middle layer, and the planner's
scoring pass computes every layer anyway, so a head on another layer would cost no extra pass. This
probe runs the release planner over seeded training turns and the head's 1,000 validation turns, keeps
the last prompt token's state after every layer (and the mean over the prompt's tokens), and fits the
head the release's way (``trainers.head.fit_head``: same grid, C chosen by validation macro-F1) on each
layer beside the cached name log-probabilities. Test turns are never read.

Run: ``OMP_NUM_THREADS=2 python bench/planner_head_layer_probe.py [--train-turns 3000]
[--cache runs/planner-head-layers] [--out bench/results/planner_head_layer_probe.json]``. The hidden
states are cached every 200 turns, so an interrupted run resumes.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np
import torch
from peft import PeftModel

# Run as a script, this folder is on the path: the release's cached features and turns come from there.
from planner_classifier_finetune_probe import cached, prompt_ids, turns_with_ids
from transformers import AutoModelForCausalLM, AutoTokenizer

from esc_graph.models import resolve_base
from esc_graph.strategies import STRATEGY_NAMES
from trainers.head import HeadConfig, fit_head

LAYERS = (4, 8, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30)

RELEASE = Path("esc_graph/weights/esconv-smollm2-v1/planner")


def layer_states(model, tokenizer, turn) -> tuple[np.ndarray, np.ndarray]:
    """(layers + 1, hidden) last-token states and prompt means; row 0 is the embeddings."""
    out = model.base_model.model.model(input_ids=prompt_ids(tokenizer, turn), output_hidden_states=True)
    states = torch.stack(out.hidden_states)[:, 0]  # (layers + 1, tokens, hidden)
    last = states[:, -1]
    last[-1] = out.last_hidden_state[0, -1]  # the final entry as the head reads it (after the norm)
    return last.float().numpy(), states.mean(dim=1).float().numpy()


def extract(model, tokenizer, turns, cache: Path, label: str) -> tuple[np.ndarray, np.ndarray]:
    stored_last: dict[str, np.ndarray] = {}
    stored_mean: dict[str, np.ndarray] = {}
    if cache.is_file():
        with np.load(cache) as saved:
            for i, turn_id in enumerate(saved["ids"].tolist()):
                stored_last[turn_id], stored_mean[turn_id] = saved["last"][i], saved["mean"][i]
    missing = [t for t in turns if t.id not in stored_last]
    started = time.monotonic()
    with torch.inference_mode():
        for done, turn in enumerate(missing, 1):
            last, mean = layer_states(model, tokenizer, turn)
            stored_last[turn.id], stored_mean[turn.id] = last.astype(np.float16), mean.astype(np.float16)
            if done % 200 == 0 or done == len(missing):
                ids = sorted(stored_last)
                np.savez(
                    cache,
                    ids=np.array(ids),
                    last=np.stack([stored_last[i] for i in ids]),
                    mean=np.stack([stored_mean[i] for i in ids]),
                )
                print(f"{label}: {done}/{len(missing)} turns, {time.monotonic() - started:.0f} s", flush=True)
    return (
        np.stack([stored_last[t.id] for t in turns]).astype(np.float32),
        np.stack([stored_mean[t.id] for t in turns]).astype(np.float32),
    )


def best(selection: list[dict[str, float]]) -> dict[str, float]:
    return max(selection, key=lambda row: row["valid_q"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--train-turns", type=int, default=3000)
    parser.add_argument("--cache", type=Path, default=Path("runs/planner-head-layers"))
    parser.add_argument("--out", type=Path, default=Path("bench/results/planner_head_layer_probe.json"))
    args = parser.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)

    train_ids, train_x = cached("train")
    valid_ids, valid_x = cached("valid")
    picked = sorted(
        np.random.default_rng(0).choice(len(train_ids), size=args.train_turns, replace=False).tolist()
    )
    train = turns_with_ids("train", [train_ids[i] for i in picked])
    valid = turns_with_ids("valid", valid_ids)
    y_train, y_valid = [t.strategy for t in train], [t.strategy for t in valid]
    names_train, names_valid = train_x[picked][:, -len(STRATEGY_NAMES) :], valid_x[:, -len(STRATEGY_NAMES) :]

    path = resolve_base(None)
    tokenizer = AutoTokenizer.from_pretrained(path)
    model = PeftModel.from_pretrained(
        AutoModelForCausalLM.from_pretrained(path, dtype=torch.float32), str(RELEASE)
    )
    model.eval()
    valid_last, valid_mean = extract(model, tokenizer, valid, args.cache / "valid.npz", "valid")
    train_last, train_mean = extract(model, tokenizer, train, args.cache / "train.npz", "train")
    final_gap = float(np.abs(valid_last[:, -1] - valid_x[:, : -len(STRATEGY_NAMES)]).max())
    print(f"final layer against the head's cached features: largest difference {final_gap:.2e}")

    config = HeadConfig()
    result: dict[str, object] = {
        "command": "OMP_NUM_THREADS=2 python bench/planner_head_layer_probe.py "
        f"--train-turns {args.train_turns}",
        "train_turns": len(train),
        "valid_turns": len(valid),
        "final_layer_vs_cached_features_max_abs_diff": final_gap,
        "release_features_same_turns": best(fit_head(train_x[picked], y_train, valid_x, y_valid, config)[1]),
        "layers": {},
    }
    layers = result["layers"]
    assert isinstance(layers, dict)
    for pooling, (x_tr, x_va) in (
        ("last token", (train_last, valid_last)),
        ("prompt mean", (train_mean, valid_mean)),
    ):
        for layer in LAYERS:
            chosen = best(
                fit_head(
                    np.hstack([x_tr[:, layer], names_train]),
                    y_train,
                    np.hstack([x_va[:, layer], names_valid]),
                    y_valid,
                    config,
                )[1]
            )
            layers[f"{pooling}, layer {layer}"] = chosen
            print(
                f"{pooling}, layer {layer}: valid Q {chosen['valid_q']:.4f}, C {chosen['C']}",
                flush=True,
            )
    top = max(layers, key=lambda name: layers[name]["valid_q"])
    result["best"] = {"features": top, **layers[top]}
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result["best"], indent=2))


if __name__ == "__main__":
    main()
