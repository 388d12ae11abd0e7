"""``esc-graph metrics``, ``eval``, ``baseline`` and ``compare``: the paper's evaluation.

These commands need the ``train`` extra (nltk, scikit-learn, matplotlib); trainers is imported lazily
so the runtime CLI works without it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from esc_graph.cli.common import (
    BaseModelOption,
    EvalAdaptersOption,
    GenerationOption,
    err_console,
    fail,
    out_console,
    quiet_libraries,
)
from esc_graph.prompts import REPLY_NO_REPEAT_NGRAM, REPLY_TOKEN_CAP

DataOption = Annotated[
    str | None,
    typer.Option("--data", help="ESConv JSON Lines folder, or 'hf' [default: ../shared/data/esconv]"),
]
SchemeOption = Annotated[str, typer.Option("--scheme", help="Split scheme: thu-coai or decoupledesc")]


@contextmanager
def progress_bar(what: str) -> Iterator[Any]:
    columns = (TextColumn(what), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=err_console, transient=False) as bar:
        task = bar.add_task(what, total=None)
        yield lambda done, total: bar.update(task, completed=done, total=total)


def metrics(
    file: Annotated[Path, typer.Argument(help="JSON Lines: gold_strategy, pred_strategy, reference, reply")],
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object")] = False,
    offline_judge: Annotated[
        bool, typer.Option(help="Also the offline judge's error rates over the replies (loads MiniLM)")
    ] = False,
) -> None:
    """Score a predictions file (metrics needing a missing field are null)."""
    from trainers.metrics import metrics_from_rows, summary
    from trainers.reply_judge import offline_error_rates

    if not file.is_file():
        fail(f"file not found: {file}")
    rows = []
    for lineno, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                fail(f"{file}:{lineno}: not valid JSON ({exc.msg})")
    if not rows:
        fail(f"{file}: no rows")
    try:
        result = summary(metrics_from_rows(rows))
        if offline_judge:
            result.update(offline_error_rates(rows))
    except ValueError as exc:
        fail(f"{file}: {exc}")
    if as_json:
        print(json.dumps(result))
        return
    table = Table("metric", "value", title=str(file))
    for key, value in result.items():
        table.add_row(
            key, "–" if value is None else f"{value:.4f}" if isinstance(value, float) else str(value)
        )
    out_console.print(table)


def _judge_model(spec: str, base_url: str | None, role_models: Any) -> Any:
    if spec == "local":
        from esc_graph.backends import LocalChatModel

        return LocalChatModel(models=role_models, role="judge", temperature=0.0, max_new_tokens=80)
    try:
        from langchain.chat_models import init_chat_model
    except ImportError:
        fail(
            "--judge PROVIDER:MODEL needs the langchain package and the provider's package "
            "(e.g. langchain-openai)"
        )
    extra = {"base_url": base_url} if base_url else {}
    return init_chat_model(spec, temperature=0, **extra)


def eval_cmd(
    system: Annotated[
        str, typer.Option(help="decoupled (planner + generator) or joint ([Strategy] reply)")
    ] = ("decoupled"),
    out: Annotated[
        Path | None, typer.Option("--out", help="Output folder [default: runs/eval-SYSTEM-SPLIT]")
    ] = None,
    split: Annotated[str, typer.Option(help="train, valid or test")] = "test",
    scheme: SchemeOption = "thu-coai",
    data: DataOption = None,
    limit: Annotated[
        int | None, typer.Option(help="Evaluate a seeded random subset of this many turns")
    ] = None,
    replies: Annotated[
        int | None, typer.Option(help="Generate replies for this many of the turns [default: all; 0: none]")
    ] = None,
    strategy_mode: Annotated[
        str, typer.Option(help="Strategy: 'score' the 8 names (joint: the 8 tags) or 'generate' it freely")
    ] = "score",
    reply_strategy: Annotated[
        str, typer.Option(help="Generator gets the 'pred' or the 'gold' strategy")
    ] = "pred",
    batch_size: Annotated[int, typer.Option(help="Turns per batch (and per checkpoint)")] = 8,
    max_new_tokens: Annotated[int, typer.Option(help="Reply length limit in tokens")] = REPLY_TOKEN_CAP,
    no_repeat_ngram: Annotated[
        int, typer.Option(help="A reply may not repeat its own n-grams of this many tokens (0: off)")
    ] = REPLY_NO_REPEAT_NGRAM,
    temperature: Annotated[float, typer.Option(help="0 = greedy decoding")] = 0.0,
    generation: GenerationOption = None,
    seed: Annotated[int, typer.Option(help="Subset and sampling seed")] = 0,
    base_model: BaseModelOption = None,
    adapters: EvalAdaptersOption = None,
    judge: Annotated[
        str | None, typer.Option(help="Judge replies: 'local' (the base model) or PROVIDER:MODEL (LangChain)")
    ] = None,
    judge_base_url: Annotated[str | None, typer.Option(help="Base URL of an OpenAI-compatible judge")] = None,
    prior: Annotated[
        bool, typer.Option("--prior/--no-prior", help="Apply a prior stored by `esc-graph calibrate`")
    ] = True,
    head: Annotated[
        bool, typer.Option("--head/--no-head", help="Score with a strategy head stored by `esc-graph head`")
    ] = True,
    appraisal: Annotated[
        bool,
        typer.Option(
            "--appraisal/--no-appraisal", help="Show each turn's appraisal in the prompts (off: ablation)"
        ),
    ] = True,
    overwrite: Annotated[bool, typer.Option(help="Start over instead of resuming")] = False,
) -> None:
    """Run a system over ESConv turns with gold history; write predictions, metrics, report, plots.

    Adapters trained on another split scheme are refused; run.json records the prior and head in use.
    """
    from esc_graph.adapters import AdapterError, check_scheme, find_adapters, read_manifest

    if adapters is not None:  # refused before the model libraries load; evaluate() checks again
        try:
            manifests = {role: read_manifest(path) for role, path in find_adapters(adapters).items()}
            check_scheme(manifests, scheme)
        except AdapterError as exc:
            fail(str(exc))
    from esc_graph.generation_setting import resolve_generation
    from esc_graph.models import load_role_models
    from trainers.data import DataError
    from trainers.evaluate import EvalConfig, EvalError, evaluate, finish, read_rows
    from trainers.judge import JUDGE_FILE, Judge, judge_rows

    config = EvalConfig(
        system=system,
        split=split,
        scheme=scheme,
        data=data,
        limit=limit,
        replies=replies,
        strategy_mode=strategy_mode,
        reply_strategy=reply_strategy,
        batch_size=batch_size,
        max_new_tokens=max_new_tokens,
        no_repeat_ngram=no_repeat_ngram,
        temperature=temperature,
        seed=seed,
        base_model=base_model,
        adapters=str(adapters) if adapters else None,
        prior=prior,
        head=head,
        appraisal=appraisal,
    )
    out = out or Path("runs") / f"eval-{system}-{split}"
    quiet_libraries()
    try:
        config.generation = resolve_generation(generation)
        config.check()
        role_models = load_role_models(base_model, adapters)
        with progress_bar(f"{system} on {split}") as update:
            result = evaluate(role_models, config, out, overwrite=overwrite, progress=update)
        if judge:
            judge_file = out / JUDGE_FILE
            if overwrite:
                judge_file.unlink(missing_ok=True)
            the_judge = Judge(_judge_model(judge, judge_base_url, role_models), name=judge)
            with progress_bar("judging replies") as update:
                judge_rows(the_judge, read_rows(out / "predictions.jsonl"), judge_file, progress=update)
            result = finish(out, title=f"{system} on ESConv {split} ({scheme})", settings=config.__dict__)
    except (AdapterError, DataError, EvalError, OSError, RuntimeError, ValueError) as exc:
        fail(str(exc))
    keys = ("q", "accuracy", "invalid_rate", "b", "bleu_2", "rouge_l", "dist_2")
    shown = ", ".join(f"{k}={result[k]:.3f}" for k in keys if isinstance(result.get(k), float))
    err_console.print(f"wrote {out}/report.md  ({shown})", highlight=False)


def baseline(
    out: Annotated[Path, typer.Option("--out", help="Output folder")] = Path("runs/baseline-minilm-lr"),
    split: Annotated[str, typer.Option(help="Split to predict (train on train, tune on valid)")] = "test",
    scheme: SchemeOption = "thu-coai",
    data: DataOption = None,
) -> None:
    """The reference classifier: all-MiniLM-L6-v2 context embeddings + logistic regression."""
    from trainers.baseline import BaselineConfig, run_baseline
    from trainers.data import DataError

    quiet_libraries()
    try:
        result = run_baseline(
            BaselineConfig(data=data, scheme=scheme, eval_split=split), out, progress=err_console.print
        )
    except (DataError, OSError, ImportError) as exc:
        fail(str(exc))
    err_console.print(
        f"wrote {out}/report.md  (q={result['q']:.3f}, accuracy={result['accuracy']:.3f}, "
        f"b={result['b']:.3f})",
        highlight=False,
    )


def compare(
    system: Annotated[
        list[str] | None, typer.Option("--system", help="NAME=DIR of an eval output folder (repeat)")
    ] = None,
    baseline_dir: Annotated[
        Path | None, typer.Option("--baseline", help="Output folder of esc-graph baseline")
    ] = None,
    out: Annotated[Path, typer.Option("--out", help="Output folder")] = Path("runs/compare"),
) -> None:
    """Vanilla-SFT, Vanilla-DPO, Decoupled-SFT, Decoupled-DPO (and the baseline) side by side."""
    from trainers.compare import CompareError
    from trainers.compare import compare as run_compare

    try:
        text = run_compare(system or [], out, baseline_dir)
    except (CompareError, OSError, ValueError) as exc:
        fail(str(exc))
    print(text)


def register(app: typer.Typer) -> None:
    app.command()(metrics)
    app.command("eval")(eval_cmd)
    app.command()(baseline)
    app.command()(compare)
