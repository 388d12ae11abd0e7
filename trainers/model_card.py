"""The model card of a packaged release, written from its ``release.json`` (the one place its facts live)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

LICENCE_NOTE = (
    "These weights are trained on ESConv (Liu et al., 2021), which is licensed CC BY-NC 4.0, so the "
    "weights carry CC BY-NC 4.0 too: non-commercial use only, with attribution. The esc-graph code is "
    "Apache-2.0."
)
REPLY_TITLES = {
    "replies-planned": "release, planned strategy",
    "replies-gold": "release, gold strategy",
    "prompt-only-gold": "prompt-only base, gold strategy",
}
JUDGE_ERRORS = (
    ("lack_empathy", "Lack Empathy"),
    ("template_response", "Template Response"),
    ("early_emotion_shift", "Early Emotion Shift"),
)


def _number(value: Any, digits: int = 3) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def _with_interval(found: dict[str, Any], key: str, digits: int = 3) -> str:
    bounds = found.get(f"{key}_ci95")
    shown = _number(found.get(key), digits)
    return f"{shown} [{bounds[0]:.{digits}f}, {bounds[1]:.{digits}f}]" if bounds else shown


def _planner_lines(planner: dict[str, Any], reference: dict[str, Any] | None) -> list[str]:
    if not planner:
        return ["No planner figures were recorded.", ""]
    lines = [
        f"The planner (with its strategy head and prior) on {planner.get('n', '?')} test turns, gold "
        "history; 95% bootstrap intervals over dialogues:",
        "",
        "| Q (macro-F1) | accuracy | B (lower is better) | invalid |",
        "|---|---|---|---|",
        f"| {_with_interval(planner, 'q')} | {_with_interval(planner, 'accuracy')} "
        f"| {_with_interval(planner, 'b')} | {_number(planner.get('invalid_rate'))} |",
        "",
    ]
    if reference:
        low, high = reference["ci95"]
        lines += [
            f"Against the MiniLM + logistic regression reference on the same {reference['turns']} turns: "
            f"ΔQ {reference['diff']:+.3f} [{low:+.3f}, {high:+.3f}] (paired bootstrap over dialogues; "
            f"the reference's Q {_number(reference.get('reference_q'))}).",
            "",
        ]
    return lines


def _decoding(found: dict[str, Any] | None) -> str:
    """How an evaluation decoded its replies, in words."""
    if not found:
        return "greedy"
    temperature, guard = found.get("temperature") or 0, found.get("no_repeat_ngram") or 0
    words = ["greedy" if temperature == 0 else f"sampled at temperature {temperature}"]
    words.append(f"at most {found['max_new_tokens']} new tokens" if found.get("max_new_tokens") else "")
    words.append(f"no {guard}-gram repeated within a reply" if guard else "no repeat guard")
    words.append("on the int8 generation copy" if found.get("generation") == "int8" else "in fp32")
    return ", ".join(w for w in words if w)


def _reply_lines(metrics: dict[str, Any]) -> list[str]:
    systems = [(name, metrics[name]) for name in REPLY_TITLES if metrics.get(name)]
    missing = [title for name, title in REPLY_TITLES.items() if not metrics.get(name)]
    pending = [f"Not measured for this release yet: {'; '.join(missing)}.", ""] if missing else []
    if not systems:
        return pending
    judge = " | ".join(title for _, title in JUDGE_ERRORS)
    decodings = {_decoding(found.get("decoding")) for _, found in systems}
    lines = [
        f"Replies on {systems[0][1].get('n', '?')} seeded test turns ({'; '.join(sorted(decodings))}; ×100 "
        "except the shares; ROUGE-L with its 95% bootstrap interval over dialogues; the offline judge's "
        "error rates):",
        "",
        "| system | BLEU-1 | BLEU-2 | ROUGE-L | Dist-1 | Dist-2 | length / gold | cut by the cap "
        f"| {judge} |",
        "|---|---|---|---|---|---|---|---|" + "---|" * len(JUDGE_ERRORS),
    ]
    for name, found in systems:
        errors = found.get("offline_judge") or {}
        cut = found.get("cut_share")
        lines.append(
            f"| {REPLY_TITLES[name]} | {_number(found.get('bleu_1'), 2)} | {_number(found.get('bleu_2'), 2)} "
            f"| {_with_interval(found, 'rouge_l', 2)} | {_number(found.get('dist_1'), 2)} "
            f"| {_number(found.get('dist_2'), 2)} | {_number(found.get('length'), 1)} / "
            f"{_number(found.get('reference_length'), 1)} | {'–' if cut is None else f'{cut:.1%}'} | "
            + " | ".join(_number(errors.get(key)) for key, _ in JUDGE_ERRORS)
            + " |"
        )
    return [*lines, "", *pending]


def _reach_lines(reach: dict[str, Any] | None) -> list[str]:
    if not reach or not reach.get("strategy_differs"):
        return []
    return [
        f"The planned strategy differs from the gold one on {reach['strategy_differs']} of these "
        f"{reach['turns']} turns; on {reach['same_reply']} of those the greedy reply is word for word the "
        "same under both, so the generator often ignores the strategy it is given.",
        "",
    ]


def _training_lines(
    training: dict[str, Any],
    stage_seconds: dict[str, Any],
    all_runs: dict[str, Any],
    head: dict[str, Any] | None = None,
) -> list[str]:
    lines = []
    for role, found in training.items():
        lines.append(
            f"- {role}: SFT on {found.get('examples', '?')} training turns, {found.get('global_steps', '?')} "
            f"steps; LoRA r {found.get('lora_r', '?')}, alpha {found.get('lora_alpha', '?')}, on "
            f"{f'the top {layers} layers' if (layers := found.get('lora_layers')) else 'every layer'}; "
            "final logged loss "
            f"{_number(found.get('final_logged_loss'))}."
        )
    if head:
        layer = "the final layer" if head.get("layer") is None else f"layer {head['layer']}"
        lines.append(
            f"- The planner's strategy head: logistic regression on the hidden state after {layer} at the "
            f"last prompt token and the 8 strategy-name log-probabilities, fitted on "
            f"{head.get('train_turns', '?')} training turns; C {head.get('C', '?')} "
            f"({head.get('class_weight') or 'unweighted'}) chosen on {head.get('valid_turns', '?')} "
            f"validation turns, validation Q {_number(head.get('valid_q'))}."
        )
    if all_runs:
        hours = sum(float(s) for s in all_runs.values()) / 3600
        lines.append(
            f"- Wall time over every run of the stages, interrupted ones included: {hours:.1f} h "
            f"({len(all_runs)} stages; release.json)."
        )
    elif stage_seconds:
        hours = sum(float(s) for s in stage_seconds.values()) / 3600
        lines.append(f"- Stage wall time in all: {hours:.1f} h ({len(stage_seconds)} stages; release.json).")
    return [*lines, ""] if lines else []


def model_card(info: dict[str, Any], companions: Sequence[str] = ()) -> str:
    """Markdown for a release's ``README.md``; ``companions`` name the packaged models it works with."""
    metrics = info.get("metrics", {})
    lines = [
        f"# {info['name']}: trained esc-graph roles for {info['base_model']}",
        "",
        LICENCE_NOTE,
        "",
        "## What it is",
        "",
        f"- Roles: {', '.join(info['roles'])}, each a LoRA adapter (float16) over one shared "
        f"{info['base_model']}; the planner carries a strategy head and a prior.",
        *(f"- Works with {c}." for c in companions),
        f"- Data: ESConv, split scheme {info['scheme']}: training dialogues for SFT and the strategy head, "
        "validation dialogues for the head's C and the prior, test dialogues only for the figures below.",
        f"- Prompt version: {info['prompt_version']}; loading refuses another base model or prompt version.",
        f"- Made by `{info['command']}` at commit {info['commit']}.",
        "",
        "## Training",
        "",
        *_training_lines(
            info.get("training", {}),
            info.get("stage_seconds", {}),
            info.get("stage_seconds_all_runs", {}),
            info.get("strategy_head"),
        ),
        "## Figures",
        "",
        *_planner_lines(metrics.get("planner", {}), info.get("planner_vs_reference")),
        *_reply_lines(metrics),
        *_reach_lines(info.get("strategy_reach")),
        "## Intended use and limits",
        "",
        "- A research and prototyping component for emotional-support chat; not therapy, not a crisis "
        "service. The safety gate (esc_graph.safety) must stay in front of it.",
        "- A 135M-parameter model: replies are short and often generic; it can misread the situation.",
        "- Trained on English crowd-sourced conversations; other languages are not supported.",
        "- Must not be used for diagnosis, for treatment decisions, or without a human route for crises.",
        "",
    ]
    return "\n".join(lines)
