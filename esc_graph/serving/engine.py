"""The one place the server touches the model: a first-in, first-out queue in front of one worker thread.

Every request becomes a ``Job``. The worker takes jobs from the head of the queue into a running batch
(``batch.Batch``) between decode steps, so a short request that arrives during a long one starts at the
next step instead of after it. A batch holds one role (peft activates one adapter at a time): a job for
another role waits at the head of the queue until the batch drains, and the jobs behind it wait too, so
no job is overtaken. Label scoring (``call``) runs between two steps, in its turn. A job whose client is
gone, whose deadline passed or that meets a shutdown stops before its next decode step (or never starts).
The worker orders the work; the model itself runs on the process's compute thread
(``esc_graph.compute_thread``).
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections import deque
from collections.abc import AsyncIterator, Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from esc_graph import compute_thread
from esc_graph.serving.batch import Batch
from esc_graph.serving.decode import Completion, Piece, Sampling

if TYPE_CHECKING:
    from esc_graph.models import RoleModels
    from esc_graph.prompts import ChatMessage

T = TypeVar("T")
DEFAULT_MAX_BATCH = 16


class ShuttingDown(RuntimeError):
    """The server is stopping and takes no new work."""


@dataclass(eq=False)  # compared and hashed by identity
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
Emit = Callable[[Event | None], None]


@dataclass(eq=False)
class _Queued:
    job: Job
    emit: Emit
    left: int = 0  # choices still running


@dataclass(eq=False)
class _Call:
    fn: Callable[[], Any]
    future: Future


class Engine:
    """Runs jobs on ``models`` in arrival order, up to ``max_batch`` sequences decoding together."""

    def __init__(self, models: RoleModels, max_batch: int = DEFAULT_MAX_BATCH) -> None:
        self.models = models
        self.max_batch = max_batch
        self.closing = False
        # Counters a test or an operator can read: sequences run per step, and completions by finish reason.
        self.stats: dict[str, int] = {"jobs_started": 0, "decode_steps": 0}
        self.finished: dict[str, int] = {}
        self.started: list[Job] = []  # the last jobs to reach the model, oldest first
        self._queue: deque[_Queued | _Call] = deque()
        self._active: set[_Queued] = set()
        self._wake = threading.Condition()
        self._batch = Batch(models, self.stats)
        self._stopped = False
        self._thread = threading.Thread(target=self._loop, name="esc-graph-model", daemon=True)
        self._thread.start()

    @property
    def in_flight(self) -> int:
        """Generation jobs queued or running."""
        with self._wake:
            return len(self._active) + sum(isinstance(item, _Queued) for item in self._queue)

    # -- plain calls (scoring) -----------------------------------------------------------------
    async def call(self, fn: Callable[..., T], *args: Any) -> T:
        """Run ``fn(*args)`` on the model thread, in its turn."""
        future: Future[T] = Future()
        self._put(_Call(lambda: fn(*args), future))
        return await asyncio.wrap_future(future)

    # -- generation ------------------------------------------------------------------------------
    async def run(self, job: Job) -> AsyncIterator[Event]:
        """The job's events as they happen; leaving the iteration early (a disconnected client) stops it."""
        loop = asyncio.get_running_loop()
        events: asyncio.Queue[Event | None] = asyncio.Queue()

        def emit(event: Event | None) -> None:
            loop.call_soon_threadsafe(events.put_nowait, event)

        item = _Queued(job, emit)
        self._put(item)
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
                    if self._unqueue(item):  # still queued: it never reaches the model
                        for index in range(job.n):
                            yield ChoiceDone(index, Completion("", "deadline", 0))
                        return
                    continue  # running: the worker stops it before its next step and reports
                if event is None:
                    return
                yield event
        finally:
            job.stop("cancelled")
            self._unqueue(item)

    def _put(self, item: _Queued | _Call) -> None:
        with self._wake:
            if self.closing:
                raise ShuttingDown("the server is shutting down")
            self._queue.append(item)
            self._wake.notify()

    def _unqueue(self, item: _Queued) -> bool:
        with self._wake:
            if item in self._queue:
                self._queue.remove(item)
                return True
            return False

    # -- the worker ----------------------------------------------------------------------------------
    def _loop(self) -> None:
        while True:
            with self._wake:
                while not self._queue and not len(self._batch) and not self._stopped:
                    self._wake.wait()
                if self._stopped and not self._queue and not len(self._batch):
                    return
                taken = self._take()
            for item in taken:
                if isinstance(item, _Call):
                    self._run_call(item)
            self._start([item for item in taken if isinstance(item, _Queued)])
            if len(self._batch):
                try:
                    compute_thread.run(self._batch.step)
                except Exception as exc:  # reported to the clients; the worker lives on
                    self._batch.fail(f"generation failed: {type(exc).__name__}", self._fail_job)

    def _take(self) -> list[_Queued | _Call]:
        """What may start now: scoring calls, and jobs of the batch's role while there is room, from the
        head of the queue only (nothing overtakes what waits before it)."""
        taken: list[_Queued | _Call] = []
        role, room = self._batch.role, self.max_batch - len(self._batch)
        while self._queue:
            head = self._queue[0]
            if isinstance(head, _Queued):
                if room < head.job.n and (len(self._batch) or taken):
                    break
                if role is not None and head.job.role != role:
                    break
                role, room = head.job.role, room - head.job.n
            taken.append(self._queue.popleft())
        return taken

    def _run_call(self, call: _Call) -> None:
        if not call.future.set_running_or_notify_cancel():
            return
        try:
            call.future.set_result(compute_thread.run(call.fn))
        except BaseException as exc:
            call.future.set_exception(exc)

    def _start(self, items: list[_Queued]) -> None:
        if not items:
            return
        entries = []
        for item in items:
            self.stats["jobs_started"] += 1
            self.started = [*self.started[-63:], item.job]
            item.left = item.job.n
            with self._wake:
                self._active.add(item)
                if self.closing:
                    item.job.stop("shutdown")
            entries.append((item.job, *self._callbacks(item)))
        try:
            compute_thread.run(self._batch.add, entries)
        except Exception as exc:
            for item in items:
                self._fail_job(item.job, f"generation failed: {type(exc).__name__}")

    def _callbacks(
        self, item: _Queued
    ) -> tuple[Callable[[int, Piece], None], Callable[[int, Completion], None]]:
        def on_piece(index: int, piece: Piece) -> None:
            item.emit(ChoicePiece(index, piece))

        def on_done(index: int, completion: Completion) -> None:
            self.finished[completion.finish_reason] = self.finished.get(completion.finish_reason, 0) + 1
            item.emit(ChoiceDone(index, completion))
            item.left -= 1
            if item.left == 0:
                self._end(item)

        return on_piece, on_done

    def _fail_job(self, job: Job, message: str) -> None:
        with self._wake:
            item = next((i for i in self._active if i.job is job), None)
        if item is not None:
            item.emit(JobFailed(message))
            self._end(item)

    def _end(self, item: _Queued) -> None:
        with self._wake:
            self._active.discard(item)
        item.emit(None)

    # -- shutdown ----------------------------------------------------------------------------------
    def shutdown(self) -> None:
        """Take no new work; queued and running jobs end before their next decode step."""
        with self._wake:
            self.closing = True
            jobs = [i.job for i in self._active] + [i.job for i in self._queue if isinstance(i, _Queued)]
            calls = [i for i in self._queue if isinstance(i, _Call)]
            for call in calls:
                self._queue.remove(call)
            self._wake.notify()
        for job in jobs:
            job.stop("shutdown")
        for call in calls:
            call.future.set_exception(ShuttingDown("the server is shutting down"))

    def close(self) -> None:
        self.shutdown()
        with self._wake:
            self._stopped = True
            self._wake.notify()
        self._thread.join(timeout=10)
