"""``build_graph`` assembles the emotional-support graph; ``graph`` is the default for langgraph.json."""

from __future__ import annotations

from pathlib import Path

from langgraph.graph import END, START, StateGraph
from langgraph.graph.state import CompiledStateGraph
from langgraph.store.base import BaseStore
from langgraph.types import Checkpointer

from esc_graph import memory
from esc_graph.appraisal import Appraiser, resolve_appraiser
from esc_graph.backends import SupportModels, lazy_local
from esc_graph.generation_setting import resolve_generation
from esc_graph.nodes import Nodes, route_after_appraisal, route_after_gate
from esc_graph.release import DEFAULT_BASE, is_release, packaged_release, read_release
from esc_graph.safety.detect import PACKAGED, resolve_risk_model
from esc_graph.safety.disclosure import disclose
from esc_graph.safety.risk_model import RiskModel
from esc_graph.state import Context, EscInput, EscOutput, EscState


def build_graph(
    models: SupportModels | None = None,
    *,
    base_model: str | None = None,
    adapters: Path | str | None = PACKAGED,
    checkpointer: Checkpointer = None,
    store: BaseStore | None = None,
    name: str = "esc",
    risk_model: RiskModel | Path | str | None = "packaged",
    appraiser: Appraiser | Path | str | None = "packaged",
    generation: str | None = None,
) -> CompiledStateGraph:
    """The compiled graph. Without ``models``, the local base model and ``adapters`` load on first use:
    ``"packaged"`` (the default) is the release shipped with this version (esc_graph.release; prompt-only
    while it ships none, or when ``base_model`` names another model than the one it was trained on), a
    folder is another adapter set or release, ``None`` runs prompt-only.
    ``risk_model`` is the safety gate's learned layer beside the lexicon: ``"packaged"`` (the default: the
    model shipped in esc_graph/safety/risk_model, checked here, so a damaged file fails now; its encoder
    loads on the first message), another model folder, or ``None`` (lexicon and host classifier only).
    ``appraiser`` reads the seeker's emotion, intensity and problem for the plan and the reply:
    ``"packaged"`` (the default: the trained appraiser shipped in esc_graph/weights, checked here; it shares
    the process's MiniLM with the risk model), another appraiser folder, ``"lm"`` (the language model's
    "appraiser" role, three passes a turn) or ``None`` (no appraisal).
    ``generation`` picks how the local models generate replies: ``"int8"`` (a per-role int8 copy,
    esc_graph.fast_generation), ``"fp32"``, or ``"auto"`` (int8 on CPUs, fp32 elsewhere); None:
    ``$ESC_GRAPH_GENERATION``, else auto (``models=None`` only)."""
    if generation is not None and models is not None:
        raise ValueError("generation applies to the models build_graph loads: pass it to load_role_models")
    generation = resolve_generation(generation)  # a bad value fails here, not on the first turn
    if models is None:
        if adapters == PACKAGED:
            chosen = packaged_release(base_model=base_model)
        else:
            chosen = Path(adapters) if adapters else None
        if chosen is not None and is_release(chosen):
            read_release(chosen, base_model or DEFAULT_BASE)  # a mismatch fails here, not on the first turn
        models = lazy_local(base_model, chosen, generation)
    nodes = Nodes(models, resolve_risk_model(risk_model), resolve_appraiser(appraiser))
    builder = StateGraph(EscState, context_schema=Context, input_schema=EscInput, output_schema=EscOutput)
    builder.add_node("appraise", nodes.appraise)
    builder.add_node("unclear", nodes.unclear)
    builder.add_node("safety_gate", nodes.safety_gate)
    builder.add_node("crisis", nodes.crisis)
    builder.add_node("plan", nodes.plan)
    builder.add_node("respond", nodes.respond)
    builder.add_node("recall", memory.recall)  # cross-session memory; no-ops without a store
    builder.add_node("disclose", disclose)  # the not-human disclosure when due (esc_graph.safety)
    builder.add_node("remember", memory.remember)
    builder.add_edge(START, "recall")
    builder.add_edge("recall", "appraise")
    builder.add_conditional_edges("appraise", route_after_appraisal, ["unclear", "safety_gate"])
    builder.add_conditional_edges("safety_gate", route_after_gate, ["crisis", "unclear", "plan"])
    builder.add_edge("plan", "respond")
    builder.add_edge("respond", "disclose")
    builder.add_edge("crisis", "disclose")
    builder.add_edge("unclear", "disclose")
    builder.add_edge("disclose", "remember")
    builder.add_edge("remember", END)
    return builder.compile(checkpointer=checkpointer, store=store, name=name)


_default: CompiledStateGraph | None = None


def __getattr__(name: str) -> CompiledStateGraph:
    """``esc_graph.graph:graph`` (langgraph.json): the default graph, built on first access, so importing
    this module checks no model file."""
    global _default
    if name != "graph":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    if _default is None:
        _default = build_graph()
    return _default
