"""Resumable multi-stage runs: each stage is one ``esc-graph`` command run as a child process.

A finished stage leaves ``OUT/stages/NAME.json`` holding its command and wall time; a rerun skips
finished stages and resumes the interrupted one (training from its last checkpoint, mining and
evaluation from their last written batch). Every line a stage prints goes to ``OUT/<log>``.
Consecutive stages of one ``group`` may run side by side (``jobs``), e.g. two roles' training sharing a GPU.
A stage with ``processes > 1`` runs under ``accelerate launch`` (data-parallel training; on CPU-only machines
one single-threaded process per core trains faster than one process with every core).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from esc_graph.ports import free_port

Log = Callable[[str], None]


class StageError(RuntimeError):
    """A stage failed, or the output folder holds a run with other settings."""


class OutOfTime(StageError):
    """The run's time budget ran out; rerun the same command to go on."""


@dataclass(frozen=True)
class Stage:
    name: str
    args: tuple[str, ...]  # after ``esc-graph``
    group: str | None = None  # consecutive stages of one group are independent of each other
    processes: int = 1  # above 1: data-parallel under ``accelerate launch``
    # Reads nothing an earlier stage writes (a release's SFT reads only the data and the base model):
    # a redo of earlier stages keeps it when it finished with the same command.
    standalone: bool = False


def stage_command(stage: Stage) -> tuple[list[str], dict[str, str]]:
    """The child's argv and environment: ``python -m esc_graph.cli ...``, or that under ``accelerate launch``
    with one thread per process unless ``OMP_NUM_THREADS`` says otherwise."""
    cli = ["-m", "esc_graph.cli", *stage.args]
    if stage.processes <= 1:
        return [sys.executable, *cli], dict(os.environ)
    launch = [sys.executable, "-m", "accelerate.commands.launch", "--multi_gpu"]
    launch += ["--num_processes", str(stage.processes), "--num_machines", "1"]
    # Not the fixed default port: two runs on one machine would otherwise fail to rendezvous.
    launch += ["--main_process_port", str(free_port())]
    launch += ["--mixed_precision", "no", "--dynamo_backend", "no"]
    env = {"OMP_NUM_THREADS": "1", "TOKENIZERS_PARALLELISM": "false", **os.environ}
    return [*launch, *cli], env


def command_line(stage: Stage) -> str:
    """The stage as a person would type it (``--dry-run``)."""
    if stage.processes <= 1:
        return f"esc-graph {' '.join(stage.args)}"
    launch = f"accelerate launch --multi_gpu --num_processes {stage.processes}"
    return f"{launch} -m esc_graph.cli {' '.join(stage.args)}"


def marker_path(out: Path, stage: Stage | str) -> Path:
    name = stage if isinstance(stage, str) else stage.name
    return out / "stages" / f"{name}.json"


def finished_seconds(out: Path) -> dict[str, float]:
    """Each finished stage's wall time, as its marker holds it (a resumed stage's last run only)."""
    markers = sorted((out / "stages").glob("*.json"))
    return {p.stem: float(json.loads(p.read_text())["seconds"]) for p in markers}


def seconds_over_every_run(log: Path) -> dict[str, float]:
    """Each stage's wall time summed over every run of it in a run's log, interrupted ones included."""
    found: dict[str, float] = {}
    lines = log.read_text(encoding="utf-8", errors="replace").splitlines() if log.is_file() else []
    for line in lines:
        match = re.fullmatch(r"=== (\S+): exit -?\d+ after (\d+) s", line)  # run_stage's closing line
        if match:
            found[match[1]] = found.get(match[1], 0.0) + float(match[2])
    return found


def check_settings(out: Path, plan: Sequence[Stage], redo_from: str | None = None) -> None:
    """Refuse an output folder whose finished stages ran other commands (unless redone).

    A redone evaluation starts from an empty folder: its resume would otherwise keep the old predictions.
    Training stages resume from their checkpoints, so redo them in a fresh ``--out`` after changing them.
    A standalone stage after ``redo_from`` that finished with the same command is kept: nothing redone
    changes what it read (name it in ``redo_from`` to run it again).
    """
    names = [s.name for s in plan]
    if redo_from is not None and redo_from not in names:
        raise StageError(f"unknown stage {redo_from!r}; stages: {', '.join(names)}")
    redo = set(names[names.index(redo_from) :]) if redo_from else set()
    for stage in plan:
        marker = marker_path(out, stage)
        same = marker.is_file() and json.loads(marker.read_text())["args"] == list(stage.args)
        if stage.name in redo and not (stage.standalone and stage.name != redo_from and same):
            marker.unlink(missing_ok=True)
            if stage.args[0] == "eval":
                shutil.rmtree(stage.args[stage.args.index("--out") + 1], ignore_errors=True)
        elif marker.is_file() and not same:
            raise StageError(
                f"{out}: stage {stage.name} finished with other settings; "
                f"use another --out, or --redo-from {stage.name}"
            )


def run_stage(stage: Stage, log_file: Path, echo: Log, deadline: float | None = None) -> float:
    """Run one stage as ``python -m esc_graph.cli ...``, teeing its output into the log.

    At ``deadline`` (a ``time.monotonic()`` value) the child gets SIGINT, then SIGTERM after a minute:
    training keeps its last checkpoint, so the stage resumes from there on the next run.
    """
    argv, env = stage_command(stage)
    started = time.perf_counter()
    stopped = threading.Event()
    with log_file.open("a", encoding="utf-8") as log:
        log.write(f"\n=== {stage.name}: esc-graph {' '.join(stage.args)}\n")
        log.flush()
        with subprocess.Popen(
            argv,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env=env,
            preexec_fn=_interruptible,
        ) as child:
            assert child.stdout is not None
            watchdog = _watchdog(child, deadline, stopped) if deadline is not None else None
            for line in child.stdout:
                log.write(line)
                log.flush()
                echo(line.rstrip("\n"))
            child.wait()
            if watchdog is not None:
                watchdog.cancel()
        seconds = time.perf_counter() - started
        log.write(f"=== {stage.name}: exit {child.returncode} after {seconds:.0f} s\n")
    if stopped.is_set():
        raise OutOfTime(f"time budget reached during stage {stage.name}; rerun the same command to resume")
    if child.returncode != 0:
        raise StageError(f"stage {stage.name} failed (exit {child.returncode}); see {log_file}")
    return seconds


def _interruptible() -> None:
    """In the child before exec: SIGINT back to its default. A run started in the background (``&``,
    ``nohup``) ignores SIGINT, children inherit that, and the time budget's SIGINT would then be lost."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _watchdog(child: subprocess.Popen[str], deadline: float, stopped: threading.Event) -> threading.Timer:
    def stop() -> None:
        if child.poll() is None:
            stopped.set()
            child.send_signal(signal.SIGINT)
            try:
                child.wait(timeout=60)
            except subprocess.TimeoutExpired:
                child.terminate()

    timer = threading.Timer(max(0.0, deadline - time.monotonic()), stop)
    timer.daemon = True
    timer.start()
    return timer


def run_stages(
    out: Path,
    plan: Sequence[Stage],
    settings: dict[str, Any],
    *,
    echo: Log = print,
    redo_from: str | None = None,
    log_name: str = "pipeline.log",
    summary_name: str = "pipeline.json",
    hours: float | None = None,
    jobs: int = 1,
) -> dict[str, Any]:
    """Run every unfinished stage in order; return the per-stage wall times.

    ``hours``: stop (raising ``OutOfTime``) when this budget is spent; finished stages keep their markers.
    ``jobs``: how many unfinished stages of one group run at once (their lines are prefixed by name).
    """
    (out / "stages").mkdir(parents=True, exist_ok=True)
    check_settings(out, plan, redo_from)
    summary_file = out / summary_name
    summary_file.write_text(json.dumps({"settings": settings}, indent=2) + "\n")
    log_file = out / log_name
    deadline = time.monotonic() + hours * 3600 if hours else None
    times: dict[str, float] = {}
    pending: list[tuple[int, Stage]] = []
    for index, stage in enumerate(plan, 1):
        marker = marker_path(out, stage)
        if marker.is_file():
            times[stage.name] = json.loads(marker.read_text())["seconds"]
            echo(f"[{index}/{len(plan)}] {stage.name}: done earlier, skipped")
        else:
            pending.append((index, stage))
    for batch in _batches(pending, jobs):
        if deadline is not None and time.monotonic() >= deadline:
            raise OutOfTime(
                f"time budget reached before stage {batch[0][1].name}; rerun the same command to go on"
            )
        for index, stage in batch:
            echo(f"[{index}/{len(plan)}] {stage.name}: esc-graph {' '.join(stage.args)}")
        times.update(_run_batch(out, [stage for _, stage in batch], log_file, echo, deadline))
    summary = {
        "stages": {s.name: times[s.name] for s in plan},
        "total_seconds": round(sum(times.values()), 1),
    }
    summary_file.write_text(json.dumps({"settings": settings, **summary}, indent=2) + "\n")
    return summary


def _batches(pending: Sequence[tuple[int, Stage]], jobs: int) -> list[list[tuple[int, Stage]]]:
    """Unfinished stages in plan order; up to ``jobs`` consecutive ones of one group together."""
    batches: list[list[tuple[int, Stage]]] = []
    for item in pending:
        last = batches[-1] if batches else None
        stage = item[1]
        if last and jobs > 1 and stage.group and last[0][1].group == stage.group and len(last) < jobs:
            last.append(item)
        else:
            batches.append([item])
    return batches


def _run_batch(
    out: Path, batch: Sequence[Stage], log_file: Path, echo: Log, deadline: float | None
) -> dict[str, float]:
    """Run stages side by side; each finished one gets its marker even when another one fails."""
    if len(batch) == 1:
        runs = [lambda: run_stage(batch[0], log_file, echo, deadline)]
    else:
        runs = [_prefixed(stage, log_file, echo, deadline) for stage in batch]
    with ThreadPoolExecutor(max_workers=len(batch)) as pool:
        futures = [pool.submit(run) for run in runs]
    times: dict[str, float] = {}
    failures: list[StageError] = []
    for stage, future in zip(batch, futures, strict=True):
        try:
            seconds = future.result()
        except StageError as exc:
            failures.append(exc)
            continue
        marker_path(out, stage).write_text(
            json.dumps({"args": list(stage.args), "seconds": round(seconds, 1)}) + "\n"
        )
        times[stage.name] = round(seconds, 1)
    if failures:
        # A failure outranks a spent budget: it needs a fix, not just a rerun.
        raise next((f for f in failures if not isinstance(f, OutOfTime)), failures[0])
    return times


def _prefixed(stage: Stage, log_file: Path, echo: Log, deadline: float | None) -> Callable[[], float]:
    return lambda: run_stage(stage, log_file, lambda line: echo(f"[{stage.name}] {line}"), deadline)
