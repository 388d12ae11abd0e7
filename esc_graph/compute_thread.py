"""All of esc-graph's model work on one long-lived thread per process.

torch parallelises its CPU kernels with OpenMP, whose GNU runtime gives every thread that starts parallel
work a team of helper threads of its own. LangGraph runs each node on an executor thread and a streamed
reply was generated on a new thread, so every turn started new teams. Once a process holds more OpenMP
threads than cores, the runtime stops spin-waiting and the helpers sleep between operations: each of the
thousands of small operations in a turn then waits for them to wake. On 2 cores a reply decoded about
half as fast on such a thread as on the main thread. Work sent here runs on one thread that lives as long
as the process, so the process keeps one team.
"""

from __future__ import annotations

import functools
import os
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")

_lock = threading.Lock()
_executor: ThreadPoolExecutor | None = None
_owner_pid: int | None = None  # a forked child has the executor object but not its thread
_thread_ident: int | None = None


def _started() -> ThreadPoolExecutor:
    global _executor, _owner_pid, _thread_ident
    with _lock:
        if _executor is None or _owner_pid != os.getpid():
            _executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="esc-graph-compute")
            _owner_pid = os.getpid()
            _thread_ident = _executor.submit(threading.get_ident).result()
        return _executor


def on_compute_thread() -> bool:
    """Whether the caller is the compute thread."""
    return _thread_ident is not None and threading.get_ident() == _thread_ident and _owner_pid == os.getpid()


def submit(fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> Future[T]:
    """Queue ``fn`` for the compute thread. Never wait on the result from the compute thread itself."""
    return _started().submit(fn, *args, **kwargs)


def run(fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    """``fn(*args, **kwargs)`` on the compute thread (directly when already there); its errors are raised
    here."""
    if on_compute_thread():
        return fn(*args, **kwargs)
    return submit(fn, *args, **kwargs).result()


def runs_on_compute_thread(fn: Callable[P, T]) -> Callable[P, T]:
    """Decorate a function so that every call runs on the compute thread. Put it outermost: thread-local
    state such as ``torch.inference_mode()`` must be entered on that thread."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
        return run(fn, *args, **kwargs)

    return wrapper
