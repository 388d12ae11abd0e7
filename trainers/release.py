"""The release adapter set in one resumable command: train, fit, measure, package.

Stages (each one ``esc-graph`` child command, resumable; ``trainers.stages``):
SFT of the planner on the whole training split → its strategy head (training turns; C chosen on
validation turns) → its prior (validation turns) → the planner on every test turn → the MiniLM + LR
reference → SFT of the generator (before the head when ``jobs=2`` trains both roles side by side) → the
generator joins the final set → replies on seeded test turns under the planned and the gold strategy, and
the prompt-only model on the same turns → the comparison. Then ``package`` copies the adapters
into ``esc_graph/weights/NAME/`` with ``release.json`` and a model card.

DPO is not a stage: on the CPU comparison (README) it changed no metric beyond noise. Run ``mine`` and
``train dpo`` on ``OUT/sft`` by hand to try it, and ship it only if validation turns say it helps.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from esc_graph.adapters import find_adapters, read_manifest
from esc_graph.prompts import PROMPT_VERSION, REPLY_NO_REPEAT_NGRAM, REPLY_TOKEN_CAP
from esc_graph.release import DEFAULT_RELEASE, RELEASE_FILE, RELEASE_FORMAT, RELEASE_HEAD_LAYER, RELEASES_DIR
from trainers.head import FEATURE_CACHES
from trainers.model_card import model_card
from trainers.sft import halve_weights
from trainers.stages import (
    Log,
    Stage,
    StageError,
    finished_seconds,
    marker_path,
    run_stages,
    seconds_over_every_run,
)

RELEASE_ROLES = ("planner", "generator")
LOG_NAME = "release.log"
REPLY_SYSTEMS = {  # eval folder → (adapters stage folder or None for prompt-only, reply strategy)
    "replies-planned": ("final", "pred"),
    "replies-gold": ("final", "gold"),
    "prompt-only-gold": (None, "gold"),
}
# Training leftovers: checkpoints, pickles, the head's feature caches, the tokenizer (always loaded from
# the base model) and the libraries' placeholder cards (the release's own card says what the roles are).
NOT_SHIPPED = ("checkpoint*", "*.pt", "*.bin", FEATURE_CACHES, "tokenizer.json", "README.md")
COMPANIONS = (
    "the trained appraiser `esconv-appraiser-v1` (esc_graph/weights/), whose reading every prompt shows",
    "the crisis gate's risk model (esc_graph/safety/risk_model/), which answers before any role runs",
)


@dataclass
class ReleaseConfig:
    out: Path = Path("runs/release")
    name: str = DEFAULT_RELEASE
    base_model: str | None = None
    data: str | None = None
    scheme: str = "thu-coai"
    seed: int = 0
    planner_examples: int | None = None  # None: every training turn (12,759 on thu-coai)
    generator_examples: int | None = None
    epochs: float = 1.0
    lora_r: int = 16
    lora_alpha: int = 32
    lora_layers: int | None = None  # LoRA on the top N layers only (faster on CPUs); None: every layer
    batch_size: int = 4
    grad_accum: int = 2  # optimizer step every batch_size x grad_accum examples
    processes: int = 1  # SFT processes under ``accelerate launch`` (2 on 2 CPU cores)
    save_steps: int = 50  # a stage stopped by the time budget loses at most this many steps
    # Seeded training turns for the head; on an earlier planner validation macro-F1 was flat from 5,000
    # to 8,000 (README), and each turn is a forward pass (1-1.5 s on 2 idle cores). 0: every turn.
    head_train_turns: int | None = 5000
    head_layer: int | None = RELEASE_HEAD_LAYER  # the hidden state the head reads (None: the final one)
    # Seeded validation turns for the head's C and the prior (the prior reads the head's cached features
    # of the same turns); 1,000 of the 2,722 keep a turn's pass (about 1.5 s on 2 cores) off 1,722. 0: all.
    valid_turns: int | None = 1000
    eval_turns: int | None = None  # planner rows; None: every test turn
    reply_turns: int = 500  # seeded test turns with replies
    max_new_tokens: int = REPLY_TOKEN_CAP
    no_repeat_ngram: int = REPLY_NO_REPEAT_NGRAM
    baseline: bool = True

    def common(self) -> list[str]:
        args = ["--scheme", self.scheme, "--seed", str(self.seed)]
        args += ["--base-model", self.base_model] if self.base_model else []
        return args + (["--data", self.data] if self.data else [])


def _count(value: int | None) -> str:
    return str(value or 0)


def stages(cfg: ReleaseConfig, planner_first: bool = True) -> list[Stage]:
    """The release's stages in run order.

    ``planner_first``: the planner's head, prior and test figures come before the generator trains, hours
    sooner when one stage runs at a time; ``False`` keeps both SFT stages together to run side by side.
    ``final-generator`` then adds the generator to the final set (a no-op when the head stage copied it).
    """
    out, common = cfg.out, cfg.common()
    sft: dict[str, Stage] = {}
    for role, examples in (("planner", cfg.planner_examples), ("generator", cfg.generator_examples)):
        args = ["train", "sft", "--role", role, "--out", str(out / "sft"), "--epochs", str(cfg.epochs)]
        args += ["--lora-r", str(cfg.lora_r), "--lora-alpha", str(cfg.lora_alpha)]
        args += ["--batch-size", str(cfg.batch_size), "--grad-accum", str(cfg.grad_accum)]
        args += ["--save-steps", str(cfg.save_steps), "--resume", "--float16-weights"]
        args += ["--max-examples", str(examples)] if examples else []
        args += ["--lora-layers", str(cfg.lora_layers)] if cfg.lora_layers else []
        sft[role] = Stage(
            f"sft-{role}", (*args, *common), group="sft", processes=cfg.processes, standalone=True
        )
    plan = [sft["planner"]] if planner_first else [sft["planner"], sft["generator"]]
    args = ["head", "--adapters", str(out / "sft"), "--out", str(out / "head")]
    args += ["--train-turns", _count(cfg.head_train_turns), "--valid-turns", _count(cfg.valid_turns)]
    args += ["--layer", str(cfg.head_layer)] if cfg.head_layer is not None else []
    plan.append(Stage("head", (*args, *common)))
    args = ["calibrate", "--adapters", str(out / "head"), "--out", str(out / "final")]
    plan.append(Stage("prior", (*args, "--turns", _count(cfg.valid_turns), *common)))
    args = ["eval", "--system", "decoupled", "--adapters", str(out / "final"), "--replies", "0"]
    args += ["--out", str(out / "eval" / "planner")]
    args += ["--limit", str(cfg.eval_turns)] if cfg.eval_turns else []
    plan.append(Stage("eval-planner", (*args, *common)))
    if cfg.baseline:  # the reference the planner is compared with, minutes after the planner's figures
        args = ["baseline", "--out", str(out / "baseline"), "--scheme", cfg.scheme]
        baseline = (*args, *(["--data", cfg.data] if cfg.data else []))
        plan.append(Stage("baseline", baseline, standalone=True))
    plan += [sft["generator"]] if planner_first else []
    plan.append(Stage("final-generator", ("adapters", "copy", str(out / "sft"), str(out / "final"))))
    for folder, (adapters, strategy) in REPLY_SYSTEMS.items():
        args = ["eval", "--system", "decoupled", "--out", str(out / "eval" / folder)]
        args += ["--adapters", str(out / adapters)] if adapters else []
        args += ["--limit", str(cfg.reply_turns), "--replies", str(cfg.reply_turns)]
        args += ["--reply-strategy", strategy, "--max-new-tokens", str(cfg.max_new_tokens)]
        args += ["--no-repeat-ngram", str(cfg.no_repeat_ngram)]
        plan.append(Stage(f"eval-{folder}", (*args, *common), standalone=adapters is None))
    args = ["compare", "--out", str(out / "compare")]
    args += ["--system", f"{cfg.name} planner={out / 'eval' / 'planner'}"]
    for folder in REPLY_SYSTEMS:
        args += ["--system", f"{folder}={out / 'eval' / folder}"]
    args += ["--baseline", str(out / "baseline")] if cfg.baseline else []
    plan.append(Stage("compare", tuple(args)))
    return plan


def run_release(
    cfg: ReleaseConfig,
    echo: Log = print,
    redo_from: str | None = None,
    hours: float | None = None,
    package_to: Path | None = RELEASES_DIR,
    jobs: int = 1,
) -> dict[str, Any]:
    """Run every unfinished stage (within ``hours``), then package the release into ``package_to``.

    ``jobs=2`` trains the planner and the generator side by side (worth it on a GPU, not on 2 cores).
    """
    settings = {k: (str(v) if isinstance(v, Path) else v) for k, v in asdict(cfg).items()}
    summary = run_stages(
        cfg.out,
        stages(cfg, planner_first=jobs == 1),
        settings,
        echo=echo,
        redo_from=redo_from,
        log_name=LOG_NAME,
        summary_name="release-run.json",
        hours=hours,
        jobs=jobs,
    )
    if package_to is not None:
        summary["package"] = str(package(cfg, Path(package_to) / cfg.name, summary))
    return summary


def package_finished(cfg: ReleaseConfig, package_to: Path = RELEASES_DIR) -> Path:
    """Package what the finished stages trained and measured, running none (``--package-only``): the card
    lists the evaluations still missing."""
    return package(cfg, Path(package_to) / cfg.name, {"stages": finished_seconds(cfg.out)})


# --- packaging ----------------------------------------------------------------------------------


def _finished(cfg: ReleaseConfig, stage: str) -> bool:
    """Whether a stage of the run finished: an unfinished evaluation's rows are a subset, never figures."""
    return marker_path(cfg.out, stage).is_file()


def _metrics(folder: Path) -> dict[str, Any]:
    """An evaluation's summary metrics, with the offline judge's error rates where it wrote replies."""
    from trainers.evaluate import PREDICTIONS, RUN_FILE, read_rows
    from trainers.metrics import metrics_from_rows, summary
    from trainers.reply_judge import offline_error_rates

    rows = read_rows(folder / PREDICTIONS)
    if not rows:
        return {}
    found = {k: v for k, v in summary(metrics_from_rows(rows)).items() if v is not None}
    if any("reply" in r for r in rows):
        found["offline_judge"] = offline_error_rates(rows)
        settings = json.loads((folder / RUN_FILE).read_text()).get("settings", {})
        found["decoding"] = {
            "temperature": settings.get("temperature"),
            "max_new_tokens": settings.get("max_new_tokens"),
            "no_repeat_ngram": settings.get("no_repeat_ngram", 0),  # runs before the guard existed had none
            "generation": settings.get("generation", "fp32"),  # recorded when not fp32
        }
    return found


def _planner_vs_reference(cfg: ReleaseConfig) -> dict[str, Any] | None:
    """ΔQ of the planner against the MiniLM + LR reference on the same test turns, with its interval."""
    from trainers.compare import q_vs_reference
    from trainers.evaluate import PREDICTIONS, read_rows
    from trainers.metrics import metrics_from_rows

    reference = read_rows(cfg.out / "baseline" / PREDICTIONS) if _finished(cfg, "baseline") else []
    if not reference:
        return None
    found = q_vs_reference(read_rows(cfg.out / "eval" / "planner" / PREDICTIONS), reference)
    return found and {**found, "reference_q": metrics_from_rows(reference).get("q")}


def _strategy_reach(cfg: ReleaseConfig) -> dict[str, Any] | None:
    """How far the strategy reaches the reply: of the turns whose planned strategy differs from the gold
    one, how many got the very same reply under both (greedy decoding makes that a fair count)."""
    from trainers.evaluate import PREDICTIONS, read_rows

    if not (_finished(cfg, "eval-replies-planned") and _finished(cfg, "eval-replies-gold")):
        return None
    planned, gold = (
        {r["id"]: r for r in read_rows(cfg.out / "eval" / name / PREDICTIONS) if "reply" in r}
        for name in ("replies-planned", "replies-gold")
    )
    both = planned.keys() & gold.keys()
    differing = [i for i in both if planned[i]["reply_strategy"] != gold[i]["reply_strategy"]]
    return {
        "turns": len(both),
        "strategy_differs": len(differing),
        "same_reply": sum(planned[i]["reply"] == gold[i]["reply"] for i in differing),
    }


def _training(manifest: dict[str, Any]) -> dict[str, Any]:
    """What a role's SFT manifest says of its training, for the model card."""
    training, config = manifest.get("training", {}), manifest.get("training", {}).get("config", {})
    return {
        "examples": manifest.get("data", {}).get("examples"),
        "global_steps": training.get("global_steps"),
        "final_logged_loss": training.get("final_logged_loss"),
        **{k: config.get(k) for k in ("lora_r", "lora_alpha", "lora_layers", "learning_rate", "epochs")},
    }


def _strategy_head(manifest: dict[str, Any]) -> dict[str, Any] | None:
    """What the planner's manifest says of its strategy head, for the model card."""
    head = manifest.get("strategy_head")
    if not head:
        return None
    chosen = max(head.get("selection", []), key=lambda row: row["valid_q"], default={})
    keep = ("layer", "train_turns", "valid_turns", "C", "class_weight")
    return {**{k: head.get(k) for k in keep}, "valid_q": chosen.get("valid_q")}


def _commit() -> str:
    try:
        found = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return found.stdout.strip()


def release_command(cfg: ReleaseConfig) -> str:
    defaults = ReleaseConfig()
    args = ["esc-graph", "release", "--out", str(cfg.out)]
    for key, value in asdict(cfg).items():
        if key != "out" and value != getattr(defaults, key):
            args += [f"--{key.replace('_', '-')}", str(value if value is not None else 0)]
    return " ".join(args)


def _name_base_model(role_folder: Path, base_model: str) -> None:
    """Name the base model in peft's config as the release does, not by the training machine's cache path
    (loading passes the base model itself, so peft never reads it)."""
    path = role_folder / "adapter_config.json"
    config = json.loads(path.read_text())
    config["base_model_name_or_path"] = base_model
    path.write_text(json.dumps(config, indent=2, sort_keys=True) + "\n")


def package(cfg: ReleaseConfig, target: Path, summary: dict[str, Any]) -> Path:
    """Copy the final adapters (weights stored as 16-bit floats) into ``target`` with ``release.json``."""
    source = cfg.out / "final"
    found = find_adapters(source)
    missing = [role for role in RELEASE_ROLES if role not in found]
    if missing:
        raise StageError(f"{source}: no {', '.join(missing)} adapter to package")
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    manifests = {}
    for role in RELEASE_ROLES:
        shutil.copytree(found[role], target / role, ignore=shutil.ignore_patterns(*NOT_SHIPPED))
        halve_weights(target / role / "adapter_model.safetensors")  # already so when SFT stored float16
        manifests[role] = read_manifest(target / role)
        _name_base_model(target / role, str(manifests[role].get("base_model")))
    base = {str(m.get("base_model")) for m in manifests.values()}
    if len(base) != 1:
        raise StageError(f"{source}: the role adapters were trained on different base models: {sorted(base)}")
    info = {
        "format": RELEASE_FORMAT,
        "name": cfg.name,
        "base_model": base.pop(),
        "prompt_version": PROMPT_VERSION,
        "scheme": cfg.scheme,
        "roles": list(RELEASE_ROLES),
        "command": release_command(cfg),
        "commit": _commit(),
        "stage_seconds": summary.get("stages", {}),
        "stage_seconds_all_runs": seconds_over_every_run(cfg.out / LOG_NAME),
        "metrics": {
            name: _metrics(cfg.out / "eval" / name)
            for name in ("planner", *REPLY_SYSTEMS)
            if _finished(cfg, f"eval-{name}")
        },
        "planner_vs_reference": _planner_vs_reference(cfg),
        "strategy_reach": _strategy_reach(cfg),
        "training": {role: _training(manifests[role]) for role in RELEASE_ROLES},
        "strategy_head": _strategy_head(manifests["planner"]),
        "licence": "CC BY-NC 4.0 (weights, trained on ESConv); code Apache-2.0",
    }
    (target / RELEASE_FILE).write_text(json.dumps(info, indent=2, sort_keys=True) + "\n")
    (target / "README.md").write_text(model_card(info, COMPANIONS))
    return target
