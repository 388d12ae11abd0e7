"""The one place the server touches the model: a first-in, first-out queue in front of one worker thread.

Every request becomes a ``Job``. Jobs run one at a time in arrival order, so none starves; a job whose
client is gone, whose deadline passed or that meets a shutdown stops before its next decode step (or
never starts). Concurrent decodes are not batched: see the README's server section for why.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import AsyncIterator, Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from esc_graph.serving.decode import Completion, Piece, Sampling, complete

if TYPE_CHECKING:
    from esc_graph.models import RoleModels
    from esc_graph.prompts import ChatMessage

T = TypeVar("T")


class ShuttingDown(RuntimeError):
    """The server is stopping and takes no new work."""


@dataclass(eq=False)  # compared and hashed by identity: jobs live in a set
class Job:
    role: str
    messages: Sequence[ChatMessage]
    prompt: Sequence[int]
    sampling: Sampling
    n: int = 1
    deadline: float = float("inf")  # time.monotonic() value
    stop_reason: str | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def stop(self, reason: str) -> None:
        """Ask the job to end before its next decode step; the first reason given wins."""
        with self._lock:
            if self.stop_reason is None:
                self.stop_reason = reason

    def should_stop(self) -> str | None:
        if self.stop_reason is None and time.monotonic() >= self.deadline:
            self.stop("deadline")
        return self.stop_reason


@dataclass
class ChoicePiece:
    index: int
    piece: Piece


@dataclass
class ChoiceDone:
    index: int
    completion: Completion


@dataclass
class JobFailed:
    message: str


Event = ChoicePiece | ChoiceDone | JobFailed


class Engine:
    """Runs jobs on ``models`` one at a time, in arrival order."""

    def __init__(self, models: RoleModels) -> None:
        self.models = models
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="esc-graph-model")
        self._jobs: set[Job] = set()
        self._lock = threading.Lock()
        self.closing = False
        # Counters a test or an operator can read: decode steps run, and completions by finish reason.
        self.stats: dict[str, int] = {"jobs_started": 0, "decode_steps": 0}
        self.finished: dict[str, int] = {}

    @property
    def in_flight(self) -> int:
        """Generation jobs queued or running."""
        with self._lock:
            return len(self._jobs)

    # -- plain calls (scoring) -----------------------------------------------------------------
    async def call(self, fn: Callable[..., T], *args: Any) -> T:
        """Run ``fn(*args)`` on the model thread, in turn with the generation jobs."""
        if self.closing:
            raise ShuttingDown("the server is shutting down")
        return await asyncio.wrap_future(self._worker.submit(fn, *args))

    # -- generation ------------------------------------------------------------------------------
    async def run(self, job: Job) -> AsyncIterator[Event]:
        """The job's events as they happen; leaving the iteration early (a disconnected client) stops it."""
        if self.closing:
            raise ShuttingDown("the server is shutting down")
        loop = asyncio.get_running_loop()
        events: asyncio.Queue[Event | None] = asyncio.Queue()

        def emit(event: Event | None) -> None:
            loop.call_soon_threadsafe(events.put_nowait, event)

        with self._lock:
            self._jobs.add(job)
        future = self._worker.submit(self._work, job, emit)
        overdue = False
        try:
            while True:
                # Until the deadline, wait for it too; after it, only for the worker's last word.
                left = job.deadline - time.monotonic()
                timeout = None if overdue or left == float("inf") else max(left, 0.0)
                try:
                    event = await asyncio.wait_for(events.get(), timeout)
                except TimeoutError:
                    overdue = True
                    job.stop("deadline")
                    if future.cancel():  # still queued: it never reaches the model
                        self._forget(job)
                        for index in range(job.n):
                            yield ChoiceDone(index, Completion("", "deadline", 0))
                        return
                    continue  # running: the worker stops it before its next step and reports
                if event is None:
                    return
                yield event
        finally:
            job.stop("cancelled")
            if future.cancel():
                self._forget(job)

    def _forget(self, job: Job) -> None:
        with self._lock:
            self._jobs.discard(job)

    def _work(self, job: Job, emit: Callable[[Event | None], None]) -> None:
        self.stats["jobs_started"] += 1
        try:
            for index in range(job.n):
                sampling = job.sampling
                if sampling.seed is not None and index:
                    sampling = Sampling(**{**sampling.__dict__, "seed": sampling.seed + index})
                if self.closing:
                    job.stop("shutdown")

                def on_piece(piece: Piece, index: int = index) -> None:
                    emit(ChoicePiece(index, piece))

                def should_stop() -> str | None:
                    reason = job.should_stop()
                    if reason is None:
                        self.stats["decode_steps"] += 1
                    return reason

                done = complete(
                    self.models, job.role, job.messages, job.prompt, sampling, should_stop, on_piece
                )
                self.finished[done.finish_reason] = self.finished.get(done.finish_reason, 0) + 1
                emit(ChoiceDone(index, done))
        except Exception as exc:  # reported to the client; the worker lives on
            emit(JobFailed(f"generation failed: {type(exc).__name__}"))
        finally:
            self._forget(job)
            emit(None)

    # -- shutdown ----------------------------------------------------------------------------------
    def shutdown(self) -> None:
        """Take no new work; queued and running jobs end before their next decode step."""
        self.closing = True
        with self._lock:
            jobs = list(self._jobs)
        for job in jobs:
            job.stop("shutdown")

    def close(self) -> None:
        self.shutdown()
        self._worker.shutdown(wait=True, cancel_futures=True)
