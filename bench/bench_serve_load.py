"""Load on ``esc-graph serve``: 1, 4 and 16 concurrent streaming clients on 127.0.0.1.

Run: OMP_NUM_THREADS=1 .venv/bin/python bench/bench_serve_load.py [--base-model M | --tiny]
       [--clients 1 4 16] [--requests 2] [--max-tokens 32] [--max-batch 16] [--out FILE]

``--tiny`` serves a 2-layer, 64-wide random Llama with SmolLM2's tokenizer (the tests' model): it
measures the server (queueing, streaming, per-step overhead) rather than the model.

The server runs as its own process (``esc-graph serve``), the clients in this one (asyncio + httpx,
reading the server-sent events as any OpenAI client does). Each client sends ``--requests`` streaming
requests one after another, each asking for ``--max-tokens`` tokens with ``stream_options.include_usage``.
Per concurrency level it reports time to first token (p50, p95, max), tokens/s per client (its tokens
over its own busy time) and in total (all tokens over the level's wall time), and errors. Then it
measures one decode step of the bare model at batch 1, 4 and 16 in this process, to show what batching
concurrent decodes could gain on this machine. Asserts nothing about time. On a CPU shared with other
jobs, ``OMP_NUM_THREADS=1`` (inherited by the server) avoids the stalls of a thread pool waiting for a
busy core; the figures in the README were taken so.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
SEEKERS = [
    "I lost my job last week and I can't bring myself to tell my family.",
    "My best friend stopped answering my messages and I don't know what I did.",
    "Exams start on Monday and I can't sleep at all.",
    "I moved to a new city and I feel invisible at work.",
    "My dog died and the house feels empty.",
    "I keep arguing with my partner about money.",
]


@dataclass
class Result:
    ttft: float | None = None
    tokens: int = 0
    busy: float = 0.0
    error: str | None = None


@dataclass
class ClientLog:
    results: list[Result] = field(default_factory=list)


async def one_request(http: httpx.AsyncClient, url: str, text: str, max_tokens: int) -> Result:
    body = {
        "model": "generator",
        "messages": [
            {"role": "system", "content": "You are a kind listener."},
            {"role": "user", "content": text},
        ],
        "max_tokens": max_tokens,
        "temperature": 0.7,
        "seed": 1,
        "stream": True,
        "stream_options": {"include_usage": True},
    }
    result, start = Result(), time.perf_counter()
    try:
        async with http.stream("POST", f"{url}/chat/completions", json=body) as response:
            if response.status_code != 200:
                result.error = f"HTTP {response.status_code}"
                await response.aread()
                return result
            async for line in response.aiter_lines():
                if not line.startswith("data: ") or line == "data: [DONE]":
                    continue
                chunk = json.loads(line[6:])
                if "error" in chunk:
                    result.error = chunk["error"].get("code") or "error event"
                    break
                if result.ttft is None and any(c["delta"].get("content") for c in chunk["choices"]):
                    result.ttft = time.perf_counter() - start
                if chunk.get("usage"):
                    result.tokens = chunk["usage"]["completion_tokens"]
    except httpx.HTTPError as exc:
        result.error = type(exc).__name__
    result.busy = time.perf_counter() - start
    return result


async def client(url: str, index: int, requests: int, max_tokens: int) -> ClientLog:
    log = ClientLog()
    async with httpx.AsyncClient(timeout=httpx.Timeout(600.0)) as http:
        for r in range(requests):
            text = SEEKERS[(index + r) % len(SEEKERS)]
            log.results.append(await one_request(http, url, text, max_tokens))
    return log


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def level(url: str, clients: int, requests: int, max_tokens: int) -> dict:
    start = time.perf_counter()
    logs = await asyncio.gather(*(client(url, i, requests, max_tokens) for i in range(clients)))
    wall = time.perf_counter() - start
    results = [r for log in logs for r in log.results]
    ok = [r for r in results if r.error is None]
    ttfts = [r.ttft for r in ok if r.ttft is not None]
    per_client = [
        sum(r.tokens for r in log.results) / max(sum(r.busy for r in log.results), 1e-9) for log in logs
    ]
    return {
        "clients": clients,
        "requests": len(results),
        "errors": len(results) - len(ok),
        "error_kinds": sorted({r.error for r in results if r.error}),
        "ttft_p50": pct(ttfts, 0.5) if ttfts else None,
        "ttft_p95": pct(ttfts, 0.95) if ttfts else None,
        "ttft_max": max(ttfts) if ttfts else None,
        "tokens": sum(r.tokens for r in ok),
        "wall_s": wall,
        "tokens_per_s_total": sum(r.tokens for r in ok) / wall,
        "tokens_per_s_per_client": statistics.mean(per_client),
    }


def tiny_model(folder: Path) -> str:
    """The tests' tiny random Llama (2 layers, 64 wide, SmolLM2's tokenizer and chat template)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the repository root holds tests/
    from tests.helpers import save_tiny_model

    return str(save_tiny_model(folder))


def start_server(base_model: str | None, port: int, max_batch: int) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "esc_graph.cli", "serve", "--port", str(port), "--name", "base"]
    cmd += ["--max-batch", str(max_batch)]
    if base_model:
        cmd += ["--base-model", base_model]
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "NO_PROXY": "127.0.0.1"}
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 300
    while True:
        if proc.poll() is not None:
            raise SystemExit(f"the server exited: {proc.stderr.read().decode()[-2000:]}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=1).status_code == 200:
                return proc
        except httpx.TransportError:
            pass
        if time.monotonic() > deadline:
            proc.kill()
            raise SystemExit("the server did not start in 300 s")
        time.sleep(0.3)


def batch_probe(base_model: str | None, batches: list[int], steps: int = 20) -> list[tuple[int, float]]:
    """Seconds per decode step of the bare model with ``b`` sequences at once (64-token context)."""
    import torch
    from transformers import DynamicCache

    from esc_graph.models import load_base

    model, _ = load_base(base_model)
    found = []
    for b in batches:
        with torch.inference_mode():
            cache = DynamicCache()
            ids = torch.randint(100, 1000, (b, 64), device=model.device)
            model(input_ids=ids, cache=cache, use_cache=True, logits_to_keep=1)
            step = torch.randint(100, 1000, (b, 1), device=model.device)
            if model.device.type == "cuda":
                torch.cuda.synchronize()
            start = time.perf_counter()
            for _ in range(steps):
                model(input_ids=step, cache=cache, use_cache=True, logits_to_keep=1)
            if model.device.type == "cuda":
                torch.cuda.synchronize()
            found.append((b, (time.perf_counter() - start) / steps))
    return found


def model_label(args: argparse.Namespace) -> str:
    if args.tiny:
        return "tiny random Llama (2 layers, 64 wide; measures the server, not a model)"
    return args.base_model or "SmolLM2-135M-Instruct (the packaged weights)"


def command_line() -> str:
    threads = os.environ.get("OMP_NUM_THREADS")
    words = [f"OMP_NUM_THREADS={threads}"] if threads else []
    return " ".join([*words, ".venv/bin/python", *sys.argv])


def report(args: argparse.Namespace, levels: list[dict], probe: list[tuple[int, float]]) -> str:
    lines = [
        f"esc-graph serve load: model {model_label(args)}, "
        f"{args.requests} streaming requests per client, max_tokens {args.max_tokens}, temperature 0.7, "
        f"server --max-batch {args.max_batch}",
        f"machine: {platform.machine()}, {os.cpu_count()} CPUs visible; load average at start "
        f"{os.getloadavg()[0]:.1f}",
        f"command: {command_line()}",
        "",
        f"{'clients':>7} {'requests':>8} {'errors':>6} {'TTFT p50':>9} {'TTFT p95':>9} {'TTFT max':>9} "
        f"{'tok/s/client':>12} {'tok/s total':>11} {'wall s':>7}",
    ]
    for r in levels:

        def s(v: float | None) -> str:
            return "-" if v is None else f"{v:.2f}s"

        lines.append(
            f"{r['clients']:>7} {r['requests']:>8} {r['errors']:>6} {s(r['ttft_p50']):>9} "
            f"{s(r['ttft_p95']):>9} {s(r['ttft_max']):>9} {r['tokens_per_s_per_client']:>12.1f} "
            f"{r['tokens_per_s_total']:>11.1f} {r['wall_s']:>7.1f}"
        )
        if r["error_kinds"]:
            lines.append(f"        errors: {', '.join(r['error_kinds'])}")
    first, last = levels[0], levels[-1]
    if first["ttft_p95"] and last["ttft_p95"]:
        lines += [
            "",
            f"p95 TTFT at {last['clients']} clients / at {first['clients']}: "
            f"{last['ttft_p95'] / first['ttft_p95']:.1f}x (target: within 10x)",
            f"total tokens/s at {last['clients']} clients / at {first['clients']}: "
            f"{last['tokens_per_s_total'] / first['tokens_per_s_total']:.2f}x (target: at least 3x)",
        ]
    if probe:
        one = probe[0][1]
        lines += ["", "one decode step of the bare model, b sequences at once (what batching could give):"]
        for b, seconds in probe:
            lines.append(
                f"  batch {b:>2}: {seconds * 1000:7.1f} ms/step, {b / seconds:7.1f} tokens/s, "
                f"{(b / seconds) / (1 / one):5.2f}x batch 1"
            )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-model", help="model id or folder [default: the packaged SmolLM2-135M]")
    parser.add_argument("--tiny", action="store_true", help="a tiny random model: measures the server only")
    parser.add_argument("--clients", type=int, nargs="+", default=[1, 4, 16])
    parser.add_argument("--requests", type=int, default=2, help="streaming requests per client")
    parser.add_argument("--max-tokens", type=int, default=32)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--max-batch", type=int, default=16, help="the server's --max-batch (1: no batching)")
    parser.add_argument("--no-batch-probe", action="store_true")
    parser.add_argument("--out", type=Path, help="also write the report here")
    args = parser.parse_args()
    if args.tiny:
        args.base_model = tiny_model(Path(tempfile.mkdtemp(prefix="esc-tiny-")))

    server = start_server(args.base_model, args.port, args.max_batch)
    url = f"http://127.0.0.1:{args.port}/v1"
    try:
        asyncio.run(level(url, 1, 1, 4))  # warm-up: first-call costs out of the figures
        levels = []
        for clients in args.clients:
            levels.append(asyncio.run(level(url, clients, args.requests, args.max_tokens)))
            print(json.dumps(levels[-1]), flush=True)
    finally:
        server.terminate()
        server.wait(timeout=60)
    probe = [] if args.no_batch_probe else batch_probe(args.base_model, [1, 4, 16])
    text = report(args, levels, probe)
    print(text)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text)


if __name__ == "__main__":
    main()
