"""Does the shared base model read the seeker better than MiniLM? An appraiser probe on validation only.

The shipped appraiser's heads read MiniLM vectors of the seeker's messages so far (their mean and the
last one). This probe gives the same heads (``esc-graph train appraiser``'s grid and rule) the base
SmolLM2's hidden states instead: the seeker's messages of a dialogue, one per line, go through the
model once, and each example reads, at a chosen layer, the mean over every token so far and the state
at the end of its last message (the same "mean + last" shape). Causal attention makes one pass per
dialogue give every example of it. Test dialogues are never read.

Run: ``OMP_NUM_THREADS=2 python bench/appraiser_lm_probe.py [--layers 10 20 30]
[--out bench/results/appraiser_lm_probe.json]``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np
import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

from esc_graph.encoder import MiniLM
from esc_graph.models import resolve_base
from trainers.appraisal import GRID, choose_heads, mean_best, set_features
from trainers.appraisal_data import AppraisalSet, embed_cached, load_sets

CACHE = Path("runs/appraisal-cache")
SEEKER_PARTS = ("mean", "last")
# The shipped grid's C suits unit-length MiniLM vectors; standardised hidden states (1,152 features) need
# stronger regularisation, and fit in reasonable time only with it.
LM_GRID: tuple[tuple[float, str | None], ...] = (
    (0.003, None),
    (0.01, None),
    (0.03, None),
    (0.01, "balanced"),
)


def dialogue_states(model, tokenizer, messages: list[str], layers: tuple[int, ...]) -> dict[int, np.ndarray]:
    """Per layer (messages, 2 × hidden): the mean over all tokens up to each message's end, then the
    state at that end."""
    ids: list[int] = []
    ends: list[int] = []
    for message in messages:
        ids += tokenizer(f"Seeker: {message}\n", add_special_tokens=False)["input_ids"]
        ends.append(len(ids) - 1)
    with torch.inference_mode():
        out = model.model(input_ids=torch.tensor([ids]), output_hidden_states=True)
    found = {}
    for layer in layers:
        states = out.hidden_states[layer][0].float()
        running = states.cumsum(dim=0) / torch.arange(1, len(ids) + 1).unsqueeze(1)
        at = torch.tensor(ends)
        found[layer] = torch.cat([running[at], states[at]], dim=1).numpy()
    return found


def lm_features(
    model, tokenizer, examples: AppraisalSet, layers: tuple[int, ...], name: str
) -> dict[int, np.ndarray]:
    """Each example's features per layer; examples are ordered dialogue by dialogue, message by message."""
    rows: dict[int, list[np.ndarray]] = {layer: [] for layer in layers}
    started = time.monotonic()
    boundaries = np.flatnonzero(np.r_[True, examples.starts[1:] != examples.starts[:-1]])
    for done, first in enumerate(boundaries, 1):
        start = int(examples.starts[first])
        count = int(np.sum(examples.starts == start))
        messages = examples.messages[start : int(examples.ends[first + count - 1])]
        found = dialogue_states(model, tokenizer, messages, layers)
        own = examples.ends[first : first + count] - 1 - start  # each example's last message
        for layer in layers:
            rows[layer].append(found[layer][own])
        if done % 100 == 0 or done == len(boundaries):
            print(
                f"{name}: {done}/{len(boundaries)} dialogues, {time.monotonic() - started:.0f} s",
                file=sys.stderr,
            )
    return {layer: np.vstack(parts).astype(np.float32) for layer, parts in rows.items()}


def cached_lm_features(model, tokenizer, examples: AppraisalSet, layers: tuple[int, ...], name: str):
    """``lm_features``, kept in ``CACHE`` per split and layer set."""
    path = CACHE / f"smollm2-{name}-layers{'-'.join(map(str, layers))}.npz"
    if path.is_file():
        with np.load(path) as saved:
            return {layer: saved[f"layer{layer}"] for layer in layers}
    found = lm_features(model, tokenizer, examples, layers, name)
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez(path, **{f"layer{layer}": x for layer, x in found.items()})
    return found


def best_scores(trials: dict[str, list[dict]]) -> dict[str, dict]:
    return {label_set: max(rows, key=lambda r: r["score"]) for label_set, rows in trials.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--layers", type=int, nargs="+", default=[10, 20, 30])
    parser.add_argument("--out", type=Path, default=Path("bench/results/appraiser_lm_probe.json"))
    args = parser.parse_args()
    layers = tuple(args.layers)
    sets = load_sets(None, "thu-coai")
    path = resolve_base(None)
    tokenizer = AutoTokenizer.from_pretrained(path)
    model = AutoModelForCausalLM.from_pretrained(path, dtype=torch.float32).eval()
    features = {
        split: cached_lm_features(model, tokenizer, sets[split], layers, split)
        for split in ("train", "valid")
    }
    encoder = MiniLM()
    shipped = {
        split: set_features(
            sets[split],
            SEEKER_PARTS,
            embed_cached(encoder, sets[split].messages, CACHE, lambda m: print(m, file=sys.stderr), split),
            None,
        )
        for split in ("train", "valid")
    }
    variants = {"MiniLM mean+last (shipped)": (shipped["train"], shipped["valid"])}
    for layer in layers:
        # Unlike MiniLM's unit vectors, hidden states have dimensions of very different scales.
        train_x, valid_x = features["train"][layer], features["valid"][layer]
        mean, scale = train_x.mean(axis=0), train_x.std(axis=0) + 1e-6
        variants[f"SmolLM2 layer {layer} mean+last"] = ((train_x - mean) / scale, (valid_x - mean) / scale)
    found: dict[str, object] = {}
    for name, (x_train, x_valid) in variants.items():
        grid = GRID if name.startswith("MiniLM") else LM_GRID
        _heads, trials = choose_heads(
            x_train, sets["train"], x_valid, sets["valid"], grid, 0, lambda _m: None, name
        )
        best = best_scores(trials)
        found[name] = {"valid_mean_best": mean_best(trials), "best_per_label_set": best}
        shown = ", ".join(f"{f} {b['accuracy']:.3f}/{b['macro_f1']:.3f}" for f, b in best.items())
        print(f"{name}: mean {mean_best(trials):.4f}; accuracy/macro-F1 {shown}", flush=True)
    report = {
        "what": "appraiser heads on MiniLM vectors against the base SmolLM2's hidden states; validation only",
        "command": "OMP_NUM_THREADS=2 python bench/appraiser_lm_probe.py --layers "
        + " ".join(map(str, layers)),
        "train_examples": len(sets["train"]),
        "valid_examples": len(sets["valid"]),
        "score": "per label set the mean of accuracy and macro-F1 of the validation-chosen C and weighting",
        "grids": {"MiniLM": GRID, "SmolLM2": LM_GRID},
        "variants": found,
    }
    args.out.write_text(json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    main()
