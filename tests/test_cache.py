"""The first start: processes started together on an empty cache build the model folder once, all load it."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from esc_graph import cache as cache_module
from esc_graph.cache import CacheError, build_once, temporary_folders

PROCESSES = 4

# Each process waits at a barrier (so all four reach the empty cache together), builds or waits, then
# reads the finished folder. The build copies the tiny model's files slowly, one by one, which widens
# the window in which a second builder would collide or a reader would see half a folder. The worker
# loads esc_graph/cache.py on its own (it needs only the standard library and filelock), so four
# processes start in a fraction of a second instead of importing torch four times.
WORKER = """
import hashlib, importlib.util, shutil, sys, time
from pathlib import Path

module, source, target, log, barrier, index = sys.argv[1:]
spec = importlib.util.spec_from_file_location("cache_under_test", module)
cache = importlib.util.module_from_spec(spec)
spec.loader.exec_module(cache)

def build(tmp):
    with open(log, "a") as fh:
        fh.write(index + "\\n")
    tmp.mkdir()
    for file in sorted(Path(source).iterdir()):
        shutil.copyfile(file, tmp / file.name)
        time.sleep(0.2)

Path(barrier, f"ready-{index}").touch()
while not Path(barrier, "go").exists():
    time.sleep(0.01)
folder = cache.build_once(Path(target), build)
print(hashlib.sha256(b"".join(f.read_bytes() for f in sorted(folder.iterdir()))).hexdigest())
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


def test_four_processes_on_an_empty_cache_build_once_and_all_read_it(
    tiny_model_dir: Path, tmp_path: Path
) -> None:
    target = tmp_path / "cache" / "models" / "tiny"
    target.parent.mkdir(parents=True)
    # What the old code left behind when a process died mid-conversion.
    stale = target.with_name("tiny.tmp")
    stale.mkdir()
    (stale / "model.safetensors").write_bytes(b"half a file")
    log, barrier = tmp_path / "builds.log", tmp_path / "barrier"
    fixed = [cache_module.__file__, str(tiny_model_dir), str(target), str(log), str(barrier)]
    args = [[sys.executable, "-c", WORKER, *fixed, str(i)] for i in range(PROCESSES)]
    procs = start_together(args, barrier, dict(os.environ))
    results = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0] * PROCESSES, [err[-2000:] for _, err in results]
    whole = hashlib.sha256(b"".join(f.read_bytes() for f in sorted(tiny_model_dir.iterdir()))).hexdigest()
    assert [out.strip() for out, _ in results] == [whole] * PROCESSES  # all four read the whole folder
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


def test_a_rebuild_replaces_the_entry_only_when_the_new_one_is_complete(tmp_path: Path) -> None:
    target = tmp_path / "entry"

    def version(text: str):
        def build(tmp: Path) -> None:
            tmp.mkdir()
            (tmp / "data").write_text(text)

        return build

    def broken(tmp: Path) -> None:
        tmp.mkdir()
        raise OSError("network went away")

    build_once(target, version("one"))
    with pytest.raises(CacheError, match="network went away"):
        build_once(target, broken, rebuild=True)
    assert (target / "data").read_text() == "one"  # the old entry is still whole
    build_once(target, version("two"), rebuild=True)
    assert (target / "data").read_text() == "two"
    assert temporary_folders(target) == []
