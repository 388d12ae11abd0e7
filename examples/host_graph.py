"""A host app's own LangGraph agent that embeds the compiled esc-graph as one node.

``triage`` reads each user message: emotional content, or any crisis signal from the safety layer,
goes to ``support`` (the compiled support graph itself, added with ``add_node``: it shares the
``messages`` key and hands back ``reply``/``strategy``/``risk`` through its output schema); anything
else goes to ``helpdesk``, a stand-in for the host's other agents (here a tiny FAQ).

Run: ``python -m examples.host_graph [--base-model M] [--adapters DIR]`` (default: the packaged SmolLM2).
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import Annotated, Any, TypedDict

from langchain_core.messages import AIMessage, AnyMessage, HumanMessage
from langgraph.checkpoint.memory import InMemorySaver
from langgraph.graph import END, START, StateGraph
from langgraph.graph.message import add_messages
from langgraph.graph.state import CompiledStateGraph

from esc_graph import Context, SupportModels, build_graph
from esc_graph.prompts import REPLY_TOKEN_CAP
from esc_graph.safety import assess_message


class HostState(TypedDict, total=False):
    messages: Annotated[list[AnyMessage], add_messages]
    route: str
    # Filled by the support node (keys of esc-graph's EscOutput); the helpdesk sets them too.
    reply: str
    strategy: str | None
    risk: bool


EMOTIONAL = re.compile(
    r"\b(feel\w*|felt|sad|lonely|alone|anxious|anxiety|scared|afraid|depress\w*|cry\w*|hurt\w*|"
    r"overwhelm\w*|stress\w*|upset|angry|grief|griev\w*|heartbroken|hopeless|worthless|miss (him|her|them)|"
    r"breakup|broke up|divorce|can'?t cope|panic\w*|ashamed|guilty)\b",
    re.IGNORECASE,
)
FAQ = {
    "password": "You can reset your password under Settings → Account → Reset password.",
    "hours": "Our support desk is open 9:00 to 17:00, Monday to Friday.",
    "price": "The basic plan is free; the plus plan costs 5 a month.",
}
HELPDESK_DEFAULT = "I can help with passwords, opening hours and prices. What do you need?"


def last_user_text(state: HostState) -> str:
    for msg in reversed(state.get("messages", [])):
        if isinstance(msg, HumanMessage):
            return str(msg.content)
    return ""


def triage(state: HostState) -> dict[str, Any]:
    text = last_user_text(state)
    emotional = assess_message(text).risk or EMOTIONAL.search(text) is not None
    return {"route": "support" if emotional else "helpdesk"}


def helpdesk(state: HostState) -> dict[str, Any]:
    text = last_user_text(state).lower()
    key = next((k for k in FAQ if k in text or (k == "hours" and "open" in text)), None)
    answer = FAQ[key] if key else HELPDESK_DEFAULT
    return {"messages": [AIMessage(answer)], "reply": answer, "strategy": None, "risk": False}


def build_host(esc: CompiledStateGraph, checkpointer: Any = None) -> CompiledStateGraph:
    """The host graph with the compiled support graph ``esc`` as its ``support`` node."""
    builder = StateGraph(HostState, context_schema=Context)
    builder.add_node("triage", triage)
    builder.add_node("support", esc)
    builder.add_node("helpdesk", helpdesk)
    builder.add_edge(START, "triage")
    builder.add_conditional_edges("triage", lambda s: s["route"], ["support", "helpdesk"])
    builder.add_edge("support", END)
    builder.add_edge("helpdesk", END)
    return builder.compile(checkpointer=checkpointer, name="host")


SCRIPT = (
    "I forgot my password, how do I reset it?",
    "Honestly I feel overwhelmed and lonely since my divorce.",
    "What are your opening hours?",
    "I keep crying at night and I don't know why.",
)


def run(
    models: SupportModels, script: tuple[str, ...] = SCRIPT, max_new_tokens: int = REPLY_TOKEN_CAP
) -> list[dict]:
    """Send ``script`` through the host graph in one thread; print and return each turn."""
    host = build_host(build_graph(models), checkpointer=InMemorySaver())
    config = {"configurable": {"thread_id": "host-demo"}}
    results = []
    for text in script:
        out = host.invoke(
            {"messages": [HumanMessage(text)]}, config, context=Context(max_new_tokens=max_new_tokens, seed=0)
        )
        result = {"text": text, "route": out["route"], "reply": out["reply"], "strategy": out.get("strategy")}
        results.append(result)
        where = f"support, strategy {result['strategy']}" if result["route"] == "support" else "helpdesk"
        print(f"user      {text}\n[{where}]\nassistant {result['reply']}\n", flush=True)
    return results


def main(argv: list[str] | None = None) -> list[dict]:
    parser = argparse.ArgumentParser(
        prog="python -m examples.host_graph", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--base-model", help="Hugging Face id or folder [default: packaged SmolLM2]")
    parser.add_argument(
        "--adapters", type=Path, help="Folder with trained adapters [default: the packaged release]"
    )
    parser.add_argument(
        "--prompt-only", action="store_true", help="No trained adapters, even when a release ships"
    )
    parser.add_argument("--max-new-tokens", type=int, default=REPLY_TOKEN_CAP)
    args = parser.parse_args(argv)
    from esc_graph.cli.common import quiet_libraries
    from esc_graph.models import load_role_models
    from esc_graph.release import choose_adapters

    quiet_libraries()
    adapters = choose_adapters(args.adapters, args.prompt_only, args.base_model)
    models = SupportModels.local(load_role_models(args.base_model, adapters))
    return run(models, max_new_tokens=args.max_new_tokens)


if __name__ == "__main__":
    main()
