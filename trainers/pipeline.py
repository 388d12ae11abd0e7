"""The whole comparison in one resumable run: SFT → IPM mining → DPO → evaluation → comparison.

Every stage is one ``esc-graph`` command run as a child process (so each stage starts with fresh
memory), logged to ``OUT/pipeline.log``. A finished stage leaves ``OUT/stages/NAME.json`` holding its
command and wall time; a rerun skips finished stages and resumes the interrupted one (training from its
last checkpoint, mining and evaluation from their last written batch).

Layout: ``OUT/sft/{planner,generator,joint}``, ``OUT/ipm``, ``OUT/dpo/{planner,generator,joint}``,
``OUT/sft-prior`` and ``OUT/dpo-prior`` (copies with the planner's prior), ``OUT/head-dpo`` (the DPO
adapters with a strategy head) and ``OUT/head-dpo-prior``, ``OUT/eval/<system>``, ``OUT/baseline``,
``OUT/compare``.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROLES = ("planner", "generator", "joint")
Log = Callable[[str], None]


class PipelineError(RuntimeError):
    """A stage failed, or the output folder holds a run with other settings."""


@dataclass
class PipelineConfig:
    out: Path = Path("runs/pipeline")
    base_model: str | None = None
    data: str | None = None
    scheme: str = "thu-coai"
    seed: int = 0
    train_dialogues: int | None = 150  # training dialogues used by SFT and mining (of 910)
    sft_examples: dict[str, int | None] = field(
        default_factory=lambda: {"planner": 600, "generator": 300, "joint": 300}
    )
    sft_epochs: float = 1.0
    mine_turns: int | None = 100
    dpo_epochs: float = 1.0
    eval_turns: int | None = 300  # seeded subset of the test split (None: all 2,000+ turns)
    eval_replies: int = 40  # decoupled systems write replies for this many of them
    max_new_tokens: int = 40
    calibrate_turns: int = 300  # validation turns for the priors and for choosing the head's C
    head_train_turns: int | None = 5000  # training turns for the DPO planner's strategy head (0: no head)
    baseline: bool = True  # the MiniLM + logistic-regression reference row

    def model_args(self) -> list[str]:
        return ["--base-model", self.base_model] if self.base_model else []

    def data_args(self) -> list[str]:
        return ["--data", self.data] if self.data else []


@dataclass(frozen=True)
class Stage:
    name: str
    args: tuple[str, ...]  # after ``esc-graph``


SYSTEMS = {  # table name → (eval system, adapters stage folder)
    "Vanilla-SFT": ("joint", "sft"),
    "Vanilla-DPO": ("joint", "dpo"),
    "Decoupled-SFT": ("decoupled", "sft"),
    "Decoupled-DPO": ("decoupled", "dpo"),
}
PRIOR_SUFFIX = " + prior"
HEAD_SYSTEM = "Decoupled-DPO + head"
# The paper's own protocol: the planner writes its strategy freely, with neither prior nor head.
GENERATED_SYSTEM = "Decoupled-DPO, generated strategy"


def _slug(name: str) -> str:
    return name.lower().replace(" + ", "-").replace(", ", "-").replace(" ", "-")


def stages(cfg: PipelineConfig) -> list[Stage]:
    """Every stage's command. Each gets the run's split scheme and seed, so no stage trains, fits or
    evaluates on another scheme's dialogues; calibrate and head write new folders (``*-prior``,
    ``head-dpo``) and never change the adapters they read."""
    out, seed = cfg.out, ["--seed", str(cfg.seed)]
    model, data, scheme = cfg.model_args(), cfg.data_args(), ["--scheme", cfg.scheme]
    subset = ["--max-dialogues", str(cfg.train_dialogues)] if cfg.train_dialogues else []
    plan: list[Stage] = []
    for role in ROLES:
        examples = cfg.sft_examples.get(role)
        args = ["train", "sft", "--role", role, "--out", str(out / "sft"), *scheme]
        args += ["--epochs", str(cfg.sft_epochs), *subset, "--resume", *seed, *model, *data]
        args += ["--max-examples", str(examples)] if examples else []
        plan.append(Stage(f"sft-{role}", tuple(args)))
    args = ["mine", "--adapters", str(out / "sft"), "--out", str(out / "ipm"), *scheme]
    args += [*subset, *seed, *model, *data]
    args += ["--max-turns", str(cfg.mine_turns)] if cfg.mine_turns else []
    plan.append(Stage("mine", tuple(args)))
    for role in ROLES:
        args = ["train", "dpo", "--role", role, "--sft", str(out / "sft"), "--mined", str(out / "ipm")]
        args += [
            "--out",
            str(out / "dpo"),
            *scheme,
            "--epochs",
            str(cfg.dpo_epochs),
            "--resume",
            *seed,
            *model,
        ]
        plan.append(Stage(f"dpo-{role}", tuple(args)))
    for name, (system, folder) in SYSTEMS.items():
        plan.append(Stage(f"eval-{_slug(name)}", _eval_args(cfg, name, system, folder, cfg.eval_replies)))
    plan.append(
        Stage(
            f"eval-{_slug(GENERATED_SYSTEM)}",
            _eval_args(
                cfg,
                GENERATED_SYSTEM,
                "decoupled",
                "dpo",
                0,
                "--strategy-mode",
                "generate",
                "--no-prior",
                "--no-head",
            ),
        )
    )
    for folder in ("sft", "dpo"):
        plan.append(_calibrate_stage(cfg, folder))
    for name, (system, folder) in SYSTEMS.items():
        if system == "decoupled":
            prior_name = name + PRIOR_SUFFIX
            plan.append(
                Stage(f"eval-{_slug(prior_name)}", _eval_args(cfg, prior_name, system, f"{folder}-prior", 0))
            )
    if cfg.baseline:
        plan.append(Stage("baseline", ("baseline", "--out", str(out / "baseline"), *scheme, *data)))
    if cfg.head_train_turns:
        args = ["head", "--adapters", str(out / "dpo"), "--out", str(out / "head-dpo"), *scheme]
        args += ["--train-turns", str(cfg.head_train_turns), "--valid-turns", str(cfg.calibrate_turns)]
        args += [*seed, *model, *data]
        plan.append(Stage("head-dpo", tuple(args)))
        plan.append(
            Stage(f"eval-{_slug(HEAD_SYSTEM)}", _eval_args(cfg, HEAD_SYSTEM, "decoupled", "head-dpo", 0))
        )
        plan.append(_calibrate_stage(cfg, "head-dpo"))
        name = HEAD_SYSTEM + PRIOR_SUFFIX
        plan.append(Stage(f"eval-{_slug(name)}", _eval_args(cfg, name, "decoupled", "head-dpo-prior", 0)))
    plan.append(Stage("compare", tuple(compare_args(cfg))))
    return plan


def _calibrate_stage(cfg: PipelineConfig, folder: str) -> Stage:
    args = ["calibrate", "--adapters", str(cfg.out / folder), "--out", str(cfg.out / f"{folder}-prior")]
    args += ["--turns", str(cfg.calibrate_turns), "--scheme", cfg.scheme, "--seed", str(cfg.seed)]
    return Stage(f"calibrate-{folder}", (*args, *cfg.model_args(), *cfg.data_args()))


def _eval_args(
    cfg: PipelineConfig, name: str, system: str, folder: str, replies: int, *extra: str
) -> tuple[str, ...]:
    args = ["eval", "--system", system, "--adapters", str(cfg.out / folder), "--scheme", cfg.scheme]
    args += ["--out", str(cfg.out / "eval" / _slug(name)), "--replies", str(replies), "--seed", str(cfg.seed)]
    args += ["--max-new-tokens", str(cfg.max_new_tokens), *extra, *cfg.model_args(), *cfg.data_args()]
    args += ["--limit", str(cfg.eval_turns)] if cfg.eval_turns else []
    return tuple(args)


def compare_args(cfg: PipelineConfig) -> list[str]:
    names = [*SYSTEMS, GENERATED_SYSTEM]
    names += [n + PRIOR_SUFFIX for n, (s, _) in SYSTEMS.items() if s == "decoupled"]
    names += [HEAD_SYSTEM, HEAD_SYSTEM + PRIOR_SUFFIX] if cfg.head_train_turns else []
    args = ["compare", "--out", str(cfg.out / "compare")]
    for name in names:
        args += ["--system", f"{name}={cfg.out / 'eval' / _slug(name)}"]
    if cfg.baseline:
        args += ["--baseline", str(cfg.out / "baseline")]
    return args


# --- running ------------------------------------------------------------------------------------


def _marker(cfg: PipelineConfig, stage: Stage) -> Path:
    return cfg.out / "stages" / f"{stage.name}.json"


def check_settings(cfg: PipelineConfig, plan: Sequence[Stage], redo_from: str | None = None) -> None:
    """Refuse an output folder whose finished stages ran other commands (unless redone).

    A redone evaluation starts from an empty folder: its resume would otherwise keep the old predictions.
    Training stages resume from their checkpoints, so redo them in a fresh ``--out`` after changing them.
    """
    names = [s.name for s in plan]
    if redo_from is not None and redo_from not in names:
        raise PipelineError(f"unknown stage {redo_from!r}; stages: {', '.join(names)}")
    redo = set(names[names.index(redo_from) :]) if redo_from else set()
    for stage in plan:
        marker = _marker(cfg, stage)
        if stage.name in redo:
            marker.unlink(missing_ok=True)
            if stage.args[0] == "eval":
                shutil.rmtree(stage.args[stage.args.index("--out") + 1], ignore_errors=True)
        elif marker.is_file() and json.loads(marker.read_text())["args"] != list(stage.args):
            raise PipelineError(
                f"{cfg.out}: stage {stage.name} finished with other settings; "
                f"use another --out, or --redo-from {stage.name}"
            )


def run_stage(cfg: PipelineConfig, stage: Stage, log_file: Path, echo: Log) -> float:
    """Run one stage as ``python -m esc_graph.cli ...``, teeing its output into the log."""
    argv = [sys.executable, "-m", "esc_graph.cli", *stage.args]
    started = time.perf_counter()
    with log_file.open("a", encoding="utf-8") as log:
        log.write(f"\n=== {stage.name}: esc-graph {' '.join(stage.args)}\n")
        log.flush()
        with subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True) as child:
            assert child.stdout is not None
            for line in child.stdout:
                log.write(line)
                log.flush()
                echo(line.rstrip("\n"))
        seconds = time.perf_counter() - started
        log.write(f"=== {stage.name}: exit {child.returncode} after {seconds:.0f} s\n")
    if child.returncode != 0:
        raise PipelineError(f"stage {stage.name} failed (exit {child.returncode}); see {log_file}")
    return seconds


def run_pipeline(cfg: PipelineConfig, echo: Log = print, redo_from: str | None = None) -> dict[str, Any]:
    """Run every unfinished stage in order; return the per-stage wall times."""
    plan = stages(cfg)
    (cfg.out / "stages").mkdir(parents=True, exist_ok=True)
    check_settings(cfg, plan, redo_from)
    settings = {k: (str(v) if isinstance(v, Path) else v) for k, v in asdict(cfg).items()}
    (cfg.out / "pipeline.json").write_text(json.dumps({"settings": settings}, indent=2) + "\n")
    log_file = cfg.out / "pipeline.log"
    times: dict[str, float] = {}
    for index, stage in enumerate(plan, 1):
        marker = _marker(cfg, stage)
        if marker.is_file():
            times[stage.name] = json.loads(marker.read_text())["seconds"]
            echo(f"[{index}/{len(plan)}] {stage.name}: done earlier, skipped")
            continue
        echo(f"[{index}/{len(plan)}] {stage.name}: esc-graph {' '.join(stage.args)}")
        seconds = run_stage(cfg, stage, log_file, echo)
        marker.write_text(json.dumps({"args": list(stage.args), "seconds": round(seconds, 1)}) + "\n")
        times[stage.name] = round(seconds, 1)
    summary = {"stages": times, "total_seconds": round(sum(times.values()), 1)}
    (cfg.out / "pipeline.json").write_text(json.dumps({"settings": settings, **summary}, indent=2) + "\n")
    return summary
