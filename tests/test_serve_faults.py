"""``esc-graph serve`` when clients misbehave: oversized requests are refused before any compute, a client
that goes away frees the model, deadlines hold, requests are served in arrival order, and SIGTERM ends
the process with every open request answered or cancelled."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import openai
import pytest
from fastapi import FastAPI

from esc_graph.ports import free_port
from esc_graph.serve import Limits, create_app
from tests.test_serve_conformance import PROMPT, client_for, running

# Completion tokens no test waits for: the fault tests' servers allow a context far beyond the tiny
# model's 2,048 positions (its rotary positions go on), so a request can run for minutes unless stopped.
LONG = 200_000
CONTEXT = 1_000_000


@pytest.fixture(scope="module")
def models(tiny_model_dir: Path):
    from esc_graph.models import load_role_models

    return load_role_models(str(tiny_model_dir))


@pytest.fixture()
def served(models) -> Iterator[tuple[str, FastAPI]]:
    app = create_app(models, "tiny", Limits(max_body_bytes=256 * 1024))
    with running(app) as url:
        yield url, app


@pytest.fixture()
def served_long(models) -> Iterator[tuple[str, FastAPI]]:
    """A server whose requests may ask for more tokens than any test waits for."""
    app = create_app(models, "tiny", Limits(context_length=CONTEXT))
    with running(app) as url:
        yield url, app


def engine_of(app: FastAPI):
    return app.state.server.engine


def wait_for(condition, what: str) -> None:
    deadline = time.monotonic() + 30
    while not condition():
        assert time.monotonic() < deadline, f"gave up waiting: {what}"
        time.sleep(0.01)


def test_a_prompt_longer_than_the_context_is_refused_before_any_compute(served) -> None:
    url, app = served
    engine = engine_of(app)
    huge = "I feel so alone and nobody listens to me. " * 4800  # about 200 KB, ~40,000 tokens
    with pytest.raises(openai.BadRequestError) as caught:
        client_for(url).chat.completions.create(
            model="generator", messages=[{"role": "user", "content": huge}], max_tokens=4
        )
    assert caught.value.code == "context_length_exceeded" and caught.value.body["param"] == "messages"
    assert "maximum context length is 2048 tokens" in caught.value.message
    assert engine.stats == {"jobs_started": 0, "decode_steps": 0}  # nothing reached the model
    with pytest.raises(openai.BadRequestError) as caught:  # fits alone, not with the completion asked for
        client_for(url).chat.completions.create(model="generator", messages=PROMPT, max_tokens=2040)
    assert caught.value.code == "context_length_exceeded"
    assert engine.stats == {"jobs_started": 0, "decode_steps": 0}


def test_a_body_over_the_size_limit_is_refused_declared_or_chunked(served) -> None:
    url, app = served
    huge = "x" * (300 * 1024)
    with pytest.raises(openai.APIStatusError) as caught:
        client_for(url).chat.completions.create(
            model="generator", messages=[{"role": "user", "content": huge}], max_tokens=4
        )
    assert caught.value.status_code == 413 and caught.value.code == "request_too_large"

    def chunks() -> Iterator[bytes]:  # no Content-Length: the server counts as it reads
        yield b'{"model": "generator", "messages": [{"role": "user", "content": "'
        for _ in range(300):
            yield b"x" * 1024
        yield b'"}]}'

    chunked = httpx.post(f"{url}/chat/completions", content=chunks())
    assert chunked.status_code == 413 and chunked.json()["error"]["code"] == "request_too_large"
    assert engine_of(app).stats["jobs_started"] == 0


def test_a_disconnected_stream_frees_the_model(served_long) -> None:
    url, app = served_long
    engine = engine_of(app)
    stream = client_for(url).chat.completions.create(
        model="generator", messages=PROMPT, max_tokens=LONG, temperature=0, stream=True
    )
    received = 0
    for _ in stream:
        received += 1
        if received == 5:
            break
    stream.close()
    short = client_for(url).chat.completions.create(
        model="generator", messages=PROMPT, max_tokens=4, temperature=0
    )
    assert short.choices[0].finish_reason == "length"  # answered: the long job no longer holds the model
    assert engine.finished.get("cancelled") == 1
    assert engine.stats["decode_steps"] < LONG // 2


def test_a_non_streaming_client_that_gives_up_frees_the_model(served_long) -> None:
    url, app = served_long
    engine = engine_of(app)
    body = {"model": "generator", "messages": PROMPT, "max_tokens": LONG, "temperature": 0}
    with pytest.raises(httpx.ReadTimeout):
        httpx.post(f"{url}/chat/completions", json=body, timeout=httpx.Timeout(5, read=0.3))
    wait_for(lambda: engine.finished.get("cancelled") == 1, "the abandoned job to stop")
    assert engine.stats["decode_steps"] < LONG // 2


def test_the_deadline_ends_a_long_request_streamed_or_not(models) -> None:
    app = create_app(models, "tiny", Limits(request_timeout=0.3, context_length=CONTEXT))
    engine = engine_of(app)
    with running(app) as url:
        client = client_for(url)
        with pytest.raises(openai.InternalServerError) as caught:
            client.chat.completions.create(model="generator", messages=PROMPT, max_tokens=LONG)
        assert caught.value.status_code == 504 and caught.value.code == "timeout"
        stream = client.chat.completions.create(
            model="generator", messages=PROMPT, max_tokens=LONG, stream=True
        )
        with pytest.raises(openai.APIError) as caught:
            for _ in stream:
                pass
        assert caught.value.code == "timeout"
    assert engine.finished == {"deadline": 2}
    assert engine.stats["decode_steps"] < LONG


def test_requests_start_in_arrival_order_and_short_ones_are_not_held_back(served) -> None:
    url, app = served
    engine = engine_of(app)
    finished: list[str] = []
    # (name, role, max_tokens); the seed tags each request so the engine's start order can be read back.
    plan = [("long", "generator", 150), ("b", "generator", 2), ("c", "planner", 2), ("d", "generator", 2)]
    running_at_start: dict[int, list[int]] = {}  # seed → seeds of the jobs still running when it started
    start = engine._start

    def recording_start(items) -> None:
        running = sorted(i.job.sampling.seed for i in engine._active)
        running_at_start.update({item.job.sampling.seed: running for item in items})
        start(items)

    engine._start = recording_start

    def ask(seed: int, name: str, role: str, max_tokens: int) -> None:
        client_for(url).chat.completions.create(
            model=role, messages=PROMPT, max_tokens=max_tokens, temperature=0, seed=seed
        )
        finished.append(name)

    threads = []
    for seed, (name, role, max_tokens) in enumerate(plan):
        thread = threading.Thread(target=ask, args=(seed, name, role, max_tokens))
        thread.start()
        threads.append(thread)
        # Each is sent once the one before it has queued (or already finished).
        wait_for(lambda n=seed + 1: engine.in_flight + len(finished) >= n, f"{name} to queue")
    for thread in threads:
        thread.join(timeout=60)
    assert [job.sampling.seed for job in engine.started] == [0, 1, 2, 3]  # first come, first started
    # b joins the running batch and its client hears back before long's; c (another role) starts only once
    # the batch has drained, and d, behind c, not before it. Which client thread hears back first after
    # "long" ends is up to the scheduler, so those starts are read from the engine.
    assert running_at_start[1] == [0] and finished[0] == "b"
    assert running_at_start[2] == [] and running_at_start[3] == []
    assert sorted(finished) == ["b", "c", "d", "long"]


def test_sigterm_stops_the_server_with_open_requests_answered_or_cancelled(
    tiny_model_dir: Path, tmp_path: Path
) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}/v1"
    cmd = [sys.executable, "-m", "esc_graph.cli", "serve", "--base-model", str(tiny_model_dir)]
    cmd += ["--context-length", str(CONTEXT)]
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "NO_PROXY": "127.0.0.1"}
    log = tmp_path / "serve.log"
    with log.open("w") as out:
        proc = subprocess.Popen([*cmd, "--port", str(port)], stdout=out, stderr=subprocess.STDOUT, env=env)
    try:
        wait_for(lambda: _health(url) is not None, "the server to start")
        client = client_for(url)
        stream = client.chat.completions.create(
            model="generator", messages=PROMPT, max_tokens=LONG, temperature=0, stream=True
        )
        next(iter(stream))
        queued: dict[str, openai.APIError] = {}

        def ask_while_queued() -> None:  # another role: it waits for the running batch to drain
            try:
                client.chat.completions.create(model="planner", messages=PROMPT, max_tokens=2)
            except openai.APIError as exc:
                queued["error"] = exc

        waiter = threading.Thread(target=ask_while_queued)
        waiter.start()
        wait_for(lambda: (_health(url) or {}).get("in_flight") == 2, "the second request to queue")
        proc.send_signal(signal.SIGTERM)
        with pytest.raises(openai.APIError) as caught:
            for _ in stream:
                pass
        assert caught.value.code == "server_shutting_down"  # the running stream was cancelled
        waiter.join(timeout=30)
        assert isinstance(queued.get("error"), openai.InternalServerError)  # the queued one got a 503
        assert queued["error"].status_code == 503 and queued["error"].code == "server_shutting_down"
        # uvicorn finishes its shutdown, then re-raises the signal: the usual exit status for SIGTERM.
        assert proc.wait(timeout=30) in (0, -signal.SIGTERM)
        assert "Traceback" not in log.read_text()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def _health(url: str) -> dict | None:
    try:
        return httpx.get(url.removesuffix("/v1") + "/health", timeout=1).json()
    except httpx.TransportError:
        return None
