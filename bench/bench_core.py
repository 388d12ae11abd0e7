"""Planner scoring vs free-form generation; appraise, plan and respond per graph turn with the language
model's appraisal and with the trained appraiser; memory of one base + 2 adapters vs two models.

Run: OMP_NUM_THREADS=1 .venv/bin/python bench/bench_core.py [--turns 20] [--skip-memory] [--skip-graph]
       [--base-model M] [--adapters DIR]
Prints figures and ratios measured in this one run; asserts nothing about time. On a GPU the model runs
there in bf16 (as the runtime does) and every timing waits for the GPU to finish.

Without ``--adapters`` the planner runs prompt-only on the base, which rarely ends its answer after the
name, so free-form generation runs to the longest name's length. With a trained planner adapter the
model stops after the name it picks: the honest comparison for a trained system. A strategy head in
the adapter folder is left off, so both sides use the same adapter and the scoring is by names.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
ESCONV_TEST = ROOT.parent / "shared" / "data" / "esconv" / "test.jsonl"


def planner_contexts(n: int):
    from esc_graph.prompts import Utterance

    contexts = []
    for line in ESCONV_TEST.read_text().splitlines():
        dialogue = json.loads(line)
        history: list[Utterance] = []
        for turn in dialogue["turns"]:
            if turn["speaker"] == "supporter" and history and history[-1].speaker == "seeker":
                contexts.append(list(history))
                if len(contexts) == n:
                    return contexts
            history.append(Utterance(turn["speaker"], turn["text"], turn.get("strategy")))
    return contexts


def _sync() -> None:
    import torch

    if torch.cuda.is_available():
        torch.cuda.synchronize()


def _timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    _sync()
    t = time.perf_counter()
    out = fn()
    _sync()
    return time.perf_counter() - t, out


def _ms(samples: list[float]) -> str:
    return f"median {statistics.median(samples) * 1000:.0f} ms"


def timing(n_turns: int, base_model: str | None = None, adapters: str = "") -> None:
    from esc_graph.cli.common import quiet_libraries
    from esc_graph.models import RoleModels, load_role_models
    from esc_graph.prompts import planner_messages
    from esc_graph.strategies import STRATEGY_NAMES

    quiet_libraries()
    models = load_role_models(base_model, Path(adapters) if adapters else None)
    models.set_head("planner", None)
    planner = f"planner adapter from {adapters}" if "planner" in models.roles else "planner prompt-only"
    print(f"model on {models.model.device}, {models.model.dtype}, {planner}")
    plain = RoleModels(models.model, models.tokenizer, prefix_cache_size=0)
    histories = planner_contexts(n_turns)
    contexts = [planner_messages(h) for h in histories]
    longest = max(len(ids) for ids in models._label_ids(STRATEGY_NAMES))

    def gen(messages: list, reuse: bool) -> str:
        return models.generate(
            "planner", messages, max_new_tokens=longest, temperature=0.0, reuse_prefix=reuse
        )

    plain.score("planner", contexts[0], STRATEGY_NAMES)  # warm-up
    gen(contexts[0], False)
    fill_s, _ = _timed(lambda: models.score("planner", contexts[0], STRATEGY_NAMES))

    t: dict[str, list[float]] = {k: [] for k in ("score", "score_c", "gen", "gen_c")}
    prompt_tokens, gen_tokens, same_text = [], [], 0
    for messages in contexts:
        prompt_tokens.append(len(models.prompt_ids(messages)))
        t["score"].append(_timed(lambda m=messages: plain.score("planner", m, STRATEGY_NAMES))[0])
        t["score_c"].append(_timed(lambda m=messages: models.score("planner", m, STRATEGY_NAMES))[0])
        elapsed, text = _timed(lambda m=messages: gen(m, False))
        t["gen"].append(elapsed)
        elapsed, text_c = _timed(lambda m=messages: gen(m, True))
        t["gen_c"].append(elapsed)
        gen_tokens.append(len(models.tokenizer(text).input_ids))
        same_text += text == text_c
    naive_s = _naive_batch(models, contexts[:5], STRATEGY_NAMES)
    s, sc, g, gc = (statistics.median(t[k]) for k in ("score", "score_c", "gen", "gen_c"))
    prefix = len(models.static_prefix(contexts[0]))
    print(
        f"contexts: {len(contexts)} ESConv test turns, median prompt {statistics.median(prompt_tokens):.0f} "
        f"tokens, of which {prefix} are the constant template prefix (system prompt)"
    )
    print(f"label scoring, no prefix cache (prompt + 8 names packed, one pass): {_ms(t['score'])}")
    print(f"label scoring, prefix cache (rest of prompt + 8 names, one pass):   {_ms(t['score_c'])}")
    print(f"  first call, which fills the prefix cache once:                   {fill_s * 1000:.0f} ms")
    print(f"8 full sequences in one batch, no prompt sharing:                   {_ms(naive_s)}")
    print(
        f"free-form greedy generation of the name (≤{longest} new tokens, "
        f"median {statistics.median(gen_tokens):.0f} generated):"
    )
    print(
        f"  no prefix cache: {_ms(t['gen'])}   prefix cache: {_ms(t['gen_c'])}   "
        f"same text: {same_text}/{len(contexts)}"
    )
    print(f"ratio generation / scoring, neither cached (before):     {g / s:.2f}x")
    print(f"ratio generation without cache / scoring with cache:     {g / sc:.2f}x")
    print(f"ratio generation / scoring, both with the prefix cache:  {gc / sc:.2f}x   (target ≥ 5x)")


def _naive_batch(models: Any, contexts: list, labels: tuple[str, ...]) -> list[float]:
    """The same scoring as full sequences in one batch, without sharing the prompt (for reference)."""
    import torch

    out = []
    for messages in contexts:
        prompt = models.prompt_ids(messages)
        seqs = [prompt + ids for ids in models._label_ids(labels)]
        width = max(map(len, seqs))
        device = models.model.device
        batch = torch.tensor([s + [0] * (width - len(s)) for s in seqs], device=device)
        mask = torch.tensor([[1] * len(s) + [0] * (width - len(s)) for s in seqs], device=device)
        with torch.inference_mode():
            out.append(_timed(lambda b=batch, m=mask: models.model(input_ids=b, attention_mask=m))[0])
    return out


def seeker_conversations(n_turns: int, per_dialogue: int = 5) -> list[list[str]]:
    """The first seeker messages of ESConv test dialogues, ``per_dialogue`` each, ``n_turns`` in all."""
    conversations: list[list[str]] = []
    left = n_turns
    for line in ESCONV_TEST.read_text().splitlines():
        if left <= 0:
            break
        turns = json.loads(line)["turns"]
        seeker = [t["text"] for t in turns if t["speaker"] == "seeker"][: min(per_dialogue, left)]
        conversations.append(seeker)
        left -= len(seeker)
    return conversations


def node_times(graph: Any, conversations: list[list[str]], max_new_tokens: int) -> dict[str, list[float]]:
    """Seconds per turn in appraise, plan and respond: the time between a node's update and the update
    of the node before it (the graph runs its nodes one after another)."""
    from langchain_core.messages import HumanMessage

    from esc_graph.state import Context

    times: dict[str, list[float]] = {"appraise": [], "plan": [], "respond": []}
    before = {"appraise": "recall", "plan": "safety_gate", "respond": "plan"}
    for n, messages in enumerate(conversations):
        config = {"configurable": {"thread_id": f"bench-{n}"}}
        for text in messages:
            seen: dict[str, float] = {}
            stream = graph.stream(
                {"messages": [HumanMessage(text)]},
                config,
                context=Context(max_new_tokens=max_new_tokens, seed=0),
                stream_mode="updates",
            )
            for update in stream:
                _sync()
                seen.update({node: time.perf_counter() for node in update})
            for node, prior in before.items():
                if node in seen and prior in seen:
                    times[node].append(seen[node] - seen[prior])
    return times


def appraisal(base_model: str | None, adapters: str, n_turns: int, max_new_tokens: int = 30) -> None:
    """Per-turn time of appraise, plan and respond through the graph, before (the language model's
    appraisal: one scoring pass per label set) and after (the trained appraiser on MiniLM)."""
    from langgraph.checkpoint.memory import InMemorySaver

    from esc_graph.backends import SupportModels
    from esc_graph.graph import build_graph
    from esc_graph.models import load_role_models

    models = SupportModels.local(load_role_models(base_model, Path(adapters) if adapters else None))
    conversations = seeker_conversations(n_turns)
    print(
        f"graph turns: {sum(map(len, conversations))} seeker messages of {len(conversations)} ESConv test "
        f"dialogues, replies of at most {max_new_tokens} tokens"
    )
    rows = {}
    for name, appraiser in (
        ("before: LM appraisal, 3 passes", "lm"),
        ("after: trained appraiser", "packaged"),
    ):
        graph = build_graph(models, appraiser=appraiser, checkpointer=InMemorySaver())
        node_times(graph, [conversations[0][:1]], max_new_tokens)  # warm-up: loads MiniLM, fills caches
        rows[name] = {
            k: statistics.median(v) for k, v in node_times(graph, conversations, max_new_tokens).items()
        }
    print("median seconds per turn:        appraise    plan  respond  (appraise + plan) / plan")
    for name, t in rows.items():
        ratio = (t["appraise"] + t["plan"]) / t["plan"]
        print(f"  {name:30s} {t['appraise']:7.3f} {t['plan']:7.3f} {t['respond']:8.3f}  {ratio:.2f}x")
    print("target: (appraise + plan) / plan ≤ 1.3x with the trained appraiser")


def _status_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def _tensor_mib(models: list) -> float:
    """Bytes held by distinct tensor storages across the given models (shared storage counted once)."""
    seen: dict[int, int] = {}
    for model in models:
        for t in [*model.parameters(), *model.buffers()]:
            seen[t.untyped_storage().data_ptr()] = t.untyped_storage().nbytes()
    return sum(seen.values()) / 2**20


def memory_child(mode: str, adapters: str) -> None:
    """Run in a subprocess: load models per ``mode``, run each role once, print memory figures in MiB."""
    import torch

    from esc_graph.cli.common import quiet_libraries
    from esc_graph.models import load_base, load_role_models

    quiet_libraries()
    before = _status_kib("VmRSS")
    ids = torch.tensor([[1, 2, 3, 4, 5, 6, 7, 8]])
    if mode == "shared":
        role_models = load_role_models(None, Path(adapters))
        for role in ("planner", "generator", "appraiser"):
            with role_models.role(role) as model, torch.inference_mode():
                model(input_ids=ids)
        held = [role_models.model]
    else:
        held = [load_base()[0] for _ in range(1 if mode == "one" else 2)]
        for model in held:
            with torch.inference_mode():
                model(input_ids=ids)
    result = {
        "mode": mode,
        "tensor_mib": _tensor_mib(held),
        "growth_mib": (_status_kib("VmRSS") - before) / 1024,
        "peak_mib": _status_kib("VmHWM") / 1024,
    }
    print(json.dumps(result))


def make_adapters(out: Path) -> None:
    from peft import LoraConfig, get_peft_model

    from esc_graph.adapters import write_manifest
    from esc_graph.models import load_base
    from esc_graph.prompts import PROMPT_VERSION

    for role in ("planner", "generator"):
        model, _ = load_base()
        config = LoraConfig(r=16, lora_alpha=32, target_modules="all-linear", init_lora_weights=False)
        get_peft_model(model, config).save_pretrained(out / role)
        write_manifest(out / role, {"role": role, "prompt_version": PROMPT_VERSION, "base_model": "default"})


def memory() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        make_adapters(Path(tmp))
        results = {}
        for mode in ("one", "shared", "two"):
            out = subprocess.run(
                [sys.executable, __file__, "--memory-child", mode, "--adapters", tmp],
                capture_output=True,
                text=True,
                check=True,
            )
            results[mode] = json.loads(out.stdout.strip().splitlines()[-1])
    one, shared, two = results["one"], results["shared"], results["two"]
    print("memory (MiB): model tensors held | resident growth while loading and running | process peak")
    for label, r in (("one model", one), ("base + 2 LoRA adapters (r=16)", shared), ("two models", two)):
        print(f"  {label:32s} {r['tensor_mib']:7.0f} | {r['growth_mib']:7.0f} | {r['peak_mib']:7.0f}")
    for label, r in (("base + 2 adapters", shared), ("two models", two)):
        print(
            f"ratio to one model, {label:18s}: tensors {r['tensor_mib'] / one['tensor_mib']:.2f}x, "
            f"resident growth {r['growth_mib'] / one['growth_mib']:.2f}x, "
            f"peak {r['peak_mib'] / one['peak_mib']:.2f}x"
        )
    print("target: base + 2 adapters ≤ 1.15x one model")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--turns", type=int, default=20)
    parser.add_argument("--memory-child", choices=["one", "shared", "two"])
    parser.add_argument("--adapters", default="", help="timing: adapters folder with a planner adapter")
    parser.add_argument("--skip-timing", action="store_true")
    parser.add_argument("--skip-memory", action="store_true")
    parser.add_argument("--skip-graph", action="store_true", help="skip appraise/plan/respond per graph turn")
    parser.add_argument("--base-model", default=None, help="timing only; default: the packaged SmolLM2")
    args = parser.parse_args()
    if args.memory_child:
        memory_child(args.memory_child, args.adapters)
        return
    if not args.skip_timing:
        timing(args.turns, args.base_model, args.adapters)
    if not args.skip_graph:
        appraisal(args.base_model, args.adapters, args.turns)
    if not args.skip_memory:
        memory()


if __name__ == "__main__":
    main()
