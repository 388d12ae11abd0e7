"""Model work runs on one long-lived thread, whichever thread asks for it."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from esc_graph import compute_thread
from esc_graph.models import RoleModels
from esc_graph.prompts import Utterance, generator_messages, planner_messages
from esc_graph.strategies import STRATEGY_NAMES

HISTORY = [Utterance("seeker", "I lost my job and I feel like I let everyone down.")]


def _each_in_new_thread(fn, times: int = 3) -> list:
    """``fn()`` called from ``times`` short-lived threads, as LangGraph's executors call nodes."""
    results = []
    for _ in range(times):
        with ThreadPoolExecutor(1) as pool:
            results.append(pool.submit(fn).result())
    return results


def test_work_from_many_threads_runs_on_one_thread() -> None:
    idents = _each_in_new_thread(lambda: compute_thread.run(threading.get_ident))
    assert len(set(idents)) == 1
    assert idents[0] != threading.get_ident()
    assert compute_thread.run(compute_thread.on_compute_thread)
    assert not compute_thread.on_compute_thread()


def test_errors_reach_the_caller_and_the_thread_lives_on() -> None:
    def fail() -> None:
        raise KeyError("broken")

    with pytest.raises(KeyError, match="broken"):
        compute_thread.run(fail)
    assert compute_thread.run(lambda: 2 + 2) == 4


def test_a_call_from_the_compute_thread_runs_in_place() -> None:
    nested = compute_thread.run(lambda: compute_thread.run(threading.get_ident))
    assert nested == compute_thread.run(threading.get_ident)


def test_model_passes_run_on_the_compute_thread(tiny_models: RoleModels) -> None:
    seen: set[int] = set()
    hook = tiny_models.model.register_forward_hook(lambda *_: seen.add(threading.get_ident()))
    try:
        _each_in_new_thread(lambda: tiny_models.score("planner", planner_messages(HISTORY), STRATEGY_NAMES))
        messages = generator_messages(HISTORY, "Question")
        pieces = _each_in_new_thread(
            lambda: list(tiny_models.stream("generator", messages, max_new_tokens=12, temperature=0.0)), 1
        )[0]
        tiny_models.generate("generator", messages, max_new_tokens=6, temperature=0.0)
    finally:
        hook.remove()
    assert seen == {compute_thread.run(threading.get_ident)}
    assert len(pieces) > 1


def test_streaming_on_the_compute_thread_gives_the_whole_reply(tiny_models: RoleModels) -> None:
    messages = generator_messages(HISTORY, "Question")
    settings = {"max_new_tokens": 8, "temperature": 0.0}
    pieces = compute_thread.run(lambda: list(tiny_models.stream("generator", messages, **settings)))
    assert pieces == [tiny_models.generate("generator", messages, **settings)]
