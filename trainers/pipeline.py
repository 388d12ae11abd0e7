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

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from trainers.stages import Log, Stage, run_stages
from trainers.stages import StageError as PipelineError

ROLES = ("planner", "generator", "joint")
__all__ = ["PipelineConfig", "PipelineError", "Stage", "compare_args", "run_pipeline", "stages"]


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


def run_pipeline(cfg: PipelineConfig, echo: Log = print, redo_from: str | None = None) -> dict[str, Any]:
    """Run every unfinished stage in order; return the per-stage wall times."""
    settings = {k: (str(v) if isinstance(v, Path) else v) for k, v in asdict(cfg).items()}
    return run_stages(cfg.out, stages(cfg), settings, echo=echo, redo_from=redo_from)
