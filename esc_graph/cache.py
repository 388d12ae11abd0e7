"""esc-graph's cache folder, and building an entry in it once when several processes start together.

An entry (the converted default model, the ESConv copy fetched from the hub) is built in a private
temporary folder under a file lock beside it, then renamed into place: readers see either nothing or
the whole folder. Temporary folders left by a crashed or killed build are removed by the next one.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

# A first conversion takes about 15 s on an idle machine; waiting processes give up well after that.
LOCK_TIMEOUT_S = 900.0


class CacheError(RuntimeError):
    """A cache entry could not be built; the message names the folder."""


def cache_dir() -> Path:
    """``$ESC_GRAPH_CACHE``, else ``esc-graph`` in ``$XDG_CACHE_HOME`` (``~/.cache``)."""
    root = os.environ.get("ESC_GRAPH_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME", os.path.expanduser("~/.cache")), "esc-graph"
    )
    return Path(root)


def temporary_folders(target: Path) -> list[Path]:
    """Leftovers of earlier builds of ``target`` (``NAME.tmp`` from older versions, ``NAME.tmp-PID``)."""
    return sorted(target.parent.glob(f"{target.name}.tmp*"))


def build_once(
    target: Path,
    build: Callable[[Path], None],
    ready: Callable[[Path], bool] | None = None,
    timeout: float = LOCK_TIMEOUT_S,
    rebuild: bool = False,
) -> Path:
    """Return ``target``, calling ``build(tmp_folder)`` first when it is not there yet (or ``rebuild``).

    ``ready`` says whether a folder is a finished entry (default: it exists). Only one process builds;
    the others wait for the lock and then find the finished folder. A rebuild replaces the old entry
    only once the new one is complete.
    """
    from filelock import FileLock, Timeout

    is_ready = ready or Path.is_dir
    if is_ready(target) and not rebuild:
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(target.parent / f"{target.name}.lock"))
    try:
        with lock.acquire(timeout=timeout):
            if is_ready(target) and not rebuild:
                return target
            # Holding the lock, no other process is building: any temporary folder is stale.
            for stale in temporary_folders(target):
                shutil.rmtree(stale, ignore_errors=True)
            if target.exists() and not is_ready(target):  # unfinished, from a version that built in place
                shutil.rmtree(target)
            tmp = target.with_name(f"{target.name}.tmp-{os.getpid()}")
            old = target.with_name(f"{target.name}.tmp-old-{os.getpid()}")
            try:
                build(tmp)
                if target.exists():
                    target.rename(old)
                tmp.rename(target)
            finally:
                shutil.rmtree(tmp, ignore_errors=True)
                shutil.rmtree(old, ignore_errors=True)
    except Timeout:
        raise CacheError(
            f"waited {timeout:.0f} s for another process to finish building {target}; try again later"
        ) from None
    except OSError as exc:
        raise CacheError(f"cannot build {target}: {exc}") from None
    return target
