"""``esc-graph safety-check``: the crisis gate over messages on standard input, one JSON line each."""

from __future__ import annotations

import json
import sys
from collections import deque
from typing import Annotated

import typer

from esc_graph.cli.common import fail
from esc_graph.inputs import InvalidMessage, decode_seeker_bytes, input_issue, neutralise


def safety_check(
    conversation: Annotated[
        bool,
        typer.Option(
            "--conversation",
            help="Read the lines as one seeker's messages in order (distress earlier counts for a "
            "method question later)",
        ),
    ] = False,
    explain: Annotated[
        bool,
        typer.Option(
            "--explain",
            help="Add the layer that decided (lexicon, concepts, risk_model) and the model's score",
        ),
    ] = False,
    risk_model: Annotated[
        bool,
        typer.Option(
            "--risk-model/--no-risk-model",
            help="The packaged learned risk model beside the lexicon (--no-risk-model: the lexicon alone)",
        ),
    ] = True,
) -> None:
    """Assess seeker messages, one per line on standard input; print one JSON object per line with
    text, risk (true/false), category and the id of the rule that fired. Undecodable bytes are
    replaced (and reported in "error"); the line is still assessed."""
    from esc_graph.safety import assess_message
    from esc_graph.safety.detect import PACKAGED, resolve_risk_model
    from esc_graph.safety.risk_model import RiskModelError

    try:
        model = resolve_risk_model(PACKAGED) if risk_model else None
    except RiskModelError as exc:
        fail(str(exc))

    earlier: deque[str] = deque(maxlen=3)
    try:
        for number, raw in enumerate(sys.stdin.buffer, start=1):
            line = raw.rstrip(b"\r\n")
            record: dict[str, object] = {"line": number}
            try:
                text = decode_seeker_bytes(line)
            except InvalidMessage as exc:
                text = line.decode("utf-8", errors="replace")
                record["error"] = str(exc)
            clean = neutralise(text)
            found = assess_message(clean, context=tuple(earlier) if conversation else (), model=model)
            record.update(text=text, risk=found.risk, category=found.category, rule=found.rule)
            if explain:
                record.update(
                    layer=found.source, score=None if found.score is None else round(found.score, 4)
                )
            issue = input_issue(text)
            if issue:
                record["issue"] = issue
            print(json.dumps(record), flush=True)
            if clean:
                earlier.append(clean)
    except KeyboardInterrupt:
        raise typer.Exit(130) from None
    except BrokenPipeError:  # e.g. piped into head
        sys.stderr.close()
        raise typer.Exit(0) from None


def register(app: typer.Typer) -> None:
    app.command("safety-check")(safety_check)
