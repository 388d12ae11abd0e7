"""esc-graph: emotional-support conversations with a strategy planner and a response generator."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from esc_graph.backends import SupportModels
    from esc_graph.graph import build_graph
    from esc_graph.state import Context, EscInput, EscOutput, EscState
    from esc_graph.strategies import STRATEGY_NAMES

# Loaded on first use, so that `esc-graph --help`, input checks and the safety gate start without torch.
_EXPORTS = {
    "STRATEGY_NAMES": "esc_graph.strategies",
    "Context": "esc_graph.state",
    "EscInput": "esc_graph.state",
    "EscOutput": "esc_graph.state",
    "EscState": "esc_graph.state",
    "SupportModels": "esc_graph.backends",
    "build_graph": "esc_graph.graph",
}

__all__ = [
    "STRATEGY_NAMES",
    "Context",
    "EscInput",
    "EscOutput",
    "EscState",
    "SupportModels",
    "build_graph",
]


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'esc_graph' has no attribute {name!r}")
    value = getattr(importlib.import_module(_EXPORTS[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_EXPORTS])
