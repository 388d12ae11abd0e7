"""esc-graph: emotional-support conversations with a strategy planner and a response generator."""

from esc_graph.backends import SupportModels
from esc_graph.graph import build_graph
from esc_graph.state import Context, EscInput, EscOutput, EscState
from esc_graph.strategies import STRATEGY_NAMES

__all__ = ["STRATEGY_NAMES", "Context", "EscInput", "EscOutput", "EscState", "SupportModels", "build_graph"]
