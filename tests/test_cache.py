"""The first start: processes started together on an empty cache build the model folder once, all load it."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from esc_graph.cache import CacheError, build_once, temporary_folders

PROCESSES = 4

# Each process waits at a barrier (so all four reach the empty cache together), builds or waits,
# then loads the finished folder as a model. The build copies the tiny model slowly, which widens
# the window in which a second builder would collide.
WORKER = """
import sys, time
from pathlib import Path
from transformers import AutoModelForCausalLM
from esc_graph.cache import build_once

source, target, log, barrier, index = sys.argv[1:]
def build(tmp):
    with open(log, "a") as fh:
        fh.write(index + "\\n")
    model = AutoModelForCausalLM.from_pretrained(source)
    time.sleep(1.0)
    model.save_pretrained(tmp)
Path(barrier, f"ready-{index}").touch()
while not Path(barrier, "go").exists():
    time.sleep(0.01)
folder = build_once(Path(target), build)
model = AutoModelForCausalLM.from_pretrained(folder)
print(sum(p.numel() for p in model.parameters()))
"""


def start_together(args: list[list[str]], barrier: Path, env: dict[str, str]) -> list[subprocess.Popen]:
    barrier.mkdir()
    procs = [
        subprocess.Popen(a, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env) for a in args
    ]
    deadline = time.monotonic() + 300
    while len(list(barrier.glob("ready-*"))) < len(procs):
        assert time.monotonic() < deadline, "workers never reached the barrier"
        assert all(p.poll() is None for p in procs), [p.communicate() for p in procs if p.poll() is not None]
        time.sleep(0.05)
    (barrier / "go").touch()
    return procs


def test_four_processes_on_an_empty_cache_build_once_and_all_load(
    tiny_model_dir: Path, tmp_path: Path
) -> None:
    target = tmp_path / "cache" / "models" / "tiny"
    target.parent.mkdir(parents=True)
    # What the old code left behind when a process died mid-conversion.
    stale = target.with_name("tiny.tmp")
    stale.mkdir()
    (stale / "model.safetensors").write_bytes(b"half a file")
    log, barrier = tmp_path / "builds.log", tmp_path / "barrier"
    args = [
        [sys.executable, "-c", WORKER, str(tiny_model_dir), str(target), str(log), str(barrier), str(i)]
        for i in range(PROCESSES)
    ]
    procs = start_together(args, barrier, dict(os.environ))
    results = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0] * PROCESSES, [err[-2000:] for _, err in results]
    counts = {out.strip() for out, _ in results}
    assert len(counts) == 1 and int(counts.pop()) > 0
    assert len(log.read_text().split()) == 1  # one process built; the other three waited
    assert (target / "config.json").is_file()
    assert temporary_folders(target) == []


def test_a_failed_build_leaves_no_folder_and_the_next_one_succeeds(tmp_path: Path) -> None:
    target = tmp_path / "entry"

    def broken(tmp: Path) -> None:
        tmp.mkdir()
        (tmp / "part").write_text("x")
        raise OSError("disk full")

    with pytest.raises(CacheError, match="disk full") as caught:
        build_once(target, broken)
    assert str(target) in str(caught.value)
    assert not target.exists() and temporary_folders(target) == []

    def good(tmp: Path) -> None:
        tmp.mkdir()
        (tmp / "done").write_text("ok")

    assert (build_once(target, good) / "done").read_text() == "ok"
    assert build_once(target, broken) == target  # a finished entry is never rebuilt


@pytest.mark.slow
def test_four_processes_convert_the_packaged_model_once(tmp_path: Path) -> None:
    """The real GGUF conversion (about 15 s and 500 MB per attempt), four processes at once."""
    cache = tmp_path / "cache"
    stale = cache / "models" / "SmolLM2-135M-Instruct.tmp"
    stale.mkdir(parents=True)
    worker = (
        "import sys, time\nfrom pathlib import Path\n"
        "from esc_graph.models import load_base\n"
        "Path(sys.argv[1], 'ready-' + sys.argv[2]).touch()\n"
        "while not Path(sys.argv[1], 'go').exists():\n    time.sleep(0.01)\n"
        "model, _ = load_base()\nprint(sum(p.numel() for p in model.parameters()))\n"
    )
    barrier = tmp_path / "barrier"
    env = {**os.environ, "ESC_GRAPH_CACHE": str(cache)}
    args = [[sys.executable, "-c", worker, str(barrier), str(i)] for i in range(PROCESSES)]
    procs = start_together(args, barrier, env)
    results = [p.communicate(timeout=900) for p in procs]
    assert [p.returncode for p in procs] == [0] * PROCESSES, [err[-2000:] for _, err in results]
    assert len({out.strip() for out, _ in results}) == 1
    assert temporary_folders(cache / "models" / "SmolLM2-135M-Instruct") == []
