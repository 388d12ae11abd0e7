"""Remote models: a real OpenAI-compatible server (esc_graph.serve under uvicorn on 127.0.0.1) over the
tiny model, reached through langchain-openai, with log-probability scoring and its fallback."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
import torch
import uvicorn
from langchain_core.messages import AIMessageChunk, HumanMessage
from langgraph.checkpoint.sqlite import SqliteSaver

from esc_graph import Context, build_graph
from esc_graph.ports import free_port
from esc_graph.remote import RemoteLabelScorer, first_token_probs, match_label, remote_models
from esc_graph.serve import create_app
from esc_graph.strategies import STRATEGY_NAMES
from stores import open_sessions_async
from stores.sqlite import connect

PROMPT = [{"role": "system", "content": "Answer briefly."}, {"role": "user", "content": "I feel so alone."}]


@pytest.fixture(scope="module")
def server(tiny_model_dir: Path) -> Iterator[tuple[str, object]]:
    """``esc-graph serve``'s app on a free port of 127.0.0.1, in a background thread."""
    from esc_graph.models import load_role_models

    models = load_role_models(str(tiny_model_dir))
    config = uvicorn.Config(create_app(models, "tiny"), host="127.0.0.1", port=0, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started:
        assert time.monotonic() < deadline, "server did not start"
        time.sleep(0.05)
    port = srv.servers[0].sockets[0].getsockname()[1]
    yield f"http://127.0.0.1:{port}/v1", models
    srv.should_exit = True
    thread.join(timeout=10)


def _local_logprobs(models, messages) -> torch.Tensor:
    ids = torch.tensor([models.prompt_ids(messages)])
    with torch.inference_mode():
        return torch.log_softmax(models.model(input_ids=ids).logits[0, -1].float(), dim=-1)


def test_models_endpoint_lists_base_and_roles(server) -> None:
    url, _ = server
    names = [m["id"] for m in httpx.get(f"{url}/models").json()["data"]]
    assert names[0] == "tiny" and {"planner", "generator", "appraiser"} <= set(names)
    bad = httpx.post(f"{url}/chat/completions", json={"model": "nope", "messages": PROMPT})
    assert bad.status_code == 404 and "not found" in bad.json()["error"]["message"]


def test_chat_logprobs_are_the_models_own(server) -> None:
    url, models = server
    body = {"model": "planner", "messages": PROMPT, "max_tokens": 1, "temperature": 0}
    got = httpx.post(f"{url}/chat/completions", json={**body, "logprobs": True, "top_logprobs": 5}).json()
    first = got["choices"][0]["logprobs"]["content"][0]
    expected = _local_logprobs(models, PROMPT)
    values, ids = expected.topk(5)
    assert [e["token"] for e in first["top_logprobs"]] == [models.tokenizer.decode([i]) for i in ids.tolist()]
    assert [e["logprob"] for e in first["top_logprobs"]] == pytest.approx(values.tolist(), abs=1e-4)
    assert first["token"] == first["top_logprobs"][0]["token"]  # greedy
    assert got["choices"][0]["message"]["content"] == first["token"]  # unstripped, as OpenAI sends it


def test_scorer_reads_label_probabilities_from_top_logprobs(server) -> None:
    url, models = server
    logp = _local_logprobs(models, PROMPT)
    values, ids = logp.topk(20)
    # Three of the model's own likely tokens as labels, none a prefix of another.
    labels: list[str] = []
    for i in ids.tolist():
        text = models.tokenizer.decode([i]).strip()
        if text.isalpha() and not any(t.startswith(text) or text.startswith(t) for t in labels):
            labels.append(text)
    labels = labels[:3]
    assert len(labels) == 3
    scorer = RemoteLabelScorer(url, models={"planner": "planner"}, use_exact=False)
    probs = scorer.score("planner", PROMPT, labels)
    assert scorer.stats == {"exact": 0, "logprobs": 1, "generated": 0, "unmatched": 0}
    top = [
        {"token": models.tokenizer.decode([i]), "logprob": float(v)} for v, i in zip(values, ids, strict=True)
    ]
    mass = first_token_probs(top, labels)
    expected = {label: m / sum(mass.values()) for label, m in mass.items()}
    assert list(probs) == labels
    assert probs == pytest.approx(expected, abs=1e-4)


def test_exact_scoring_endpoint_matches_in_process_scoring(server) -> None:
    url, models = server
    scorer = RemoteLabelScorer(url)
    remote = scorer.score("planner", PROMPT, STRATEGY_NAMES)
    assert scorer.stats["exact"] == 1
    assert remote == pytest.approx(models.score("planner", PROMPT, STRATEGY_NAMES), abs=1e-6)
    bad = httpx.post(f"{url}/esc/score", json={"model": "planner", "messages": PROMPT, "labels": ["a", "a"]})
    assert bad.status_code == 400


def test_generation_fallback_only_ever_returns_the_given_labels(server) -> None:
    url, _ = server
    scorer = RemoteLabelScorer(url, use_exact=False, use_logprobs=False)
    probs = scorer.score("planner", PROMPT, STRATEGY_NAMES)
    assert tuple(probs) == STRATEGY_NAMES and sum(probs.values()) == pytest.approx(1.0)
    assert scorer.stats["generated"] == 1 and scorer.stats["logprobs"] == 0


def test_match_label_accepts_only_the_label_names() -> None:
    assert match_label(" Question.", STRATEGY_NAMES) == "Question"
    assert match_label("reflection of feelings", STRATEGY_NAMES) == "Reflection of feelings"
    assert match_label("[Providing Suggestions] try a walk", STRATEGY_NAMES) == "Providing Suggestions"
    assert match_label("I think Information would help", STRATEGY_NAMES) == "Information"
    assert match_label("Affirm", STRATEGY_NAMES) == "Affirmation and Reassurance"
    assert match_label("Re", STRATEGY_NAMES) is None  # two labels begin with it
    assert match_label("banana", STRATEGY_NAMES) is None
    assert match_label("", STRATEGY_NAMES) is None


def test_first_token_mass_is_split_between_labels_sharing_it() -> None:
    top = [{"token": " issues", "logprob": 0.0}, {"token": "job", "logprob": -100.0}]
    mass = first_token_probs(top, ["issues with parents", "issues with children", "job crisis"])
    assert mass["issues with parents"] == mass["issues with children"] == pytest.approx(0.5)


def test_a_graph_turn_through_the_server_streams_and_persists(server, tmp_path: Path) -> None:
    url, _ = server
    models = remote_models(url, max_tokens=8)
    conn = connect(tmp_path / "remote.sqlite")
    # The language model's appraisal, so the server also scores the appraiser role.
    graph = build_graph(models, checkpointer=SqliteSaver(conn), appraiser="lm")
    config = {"configurable": {"thread_id": "remote-1"}}
    tokens, custom, final = [], [], {}
    for mode, payload in graph.stream(
        {"messages": [HumanMessage("I lost my job and I feel useless.")]},
        config,
        context=Context(),
        stream_mode=["messages", "custom", "values"],
    ):
        if mode == "messages" and isinstance(payload[0], AIMessageChunk):
            assert payload[1]["langgraph_node"] == "respond"  # label scoring is not streamed
            tokens.append(payload[0].content)
        elif mode == "custom":
            custom.append(payload)
        elif mode == "values":
            final = payload
    assert final["strategy"] in STRATEGY_NAMES
    assert set(final["strategy_probs"]) == set(STRATEGY_NAMES)
    assert final["appraisal"]["intensity"] in range(1, 6)
    assert custom[0]["type"] == "strategy" and custom[0]["value"] == final["strategy"]
    assert final["reply"] and "".join(tokens).strip() == final["reply"]
    assert len([t for t in tokens if t]) >= 2  # streamed, not one block
    scorer = models.scorer
    assert scorer.stats["exact"] == 4  # 3 appraisal fields + planner, all on the exact endpoint
    conn.close()
    reopened = build_graph(models, checkpointer=SqliteSaver(connect(tmp_path / "remote.sqlite")))
    assert len(reopened.get_state(config).values["messages"]) == 2


def test_ainvoke_through_the_server_with_async_sqlite(server, tmp_path: Path) -> None:
    url, _ = server
    models = remote_models(url, max_tokens=6)
    config = {"configurable": {"thread_id": "remote-async"}}

    async def talk(text: str) -> dict:
        async with open_sessions_async(tmp_path / "remote-async.sqlite") as sessions:
            graph = build_graph(models, checkpointer=sessions.checkpointer, store=sessions.store)
            return await graph.ainvoke(
                {"messages": [HumanMessage(text)]}, config, context=Context(user_id="rio")
            )

    first = asyncio.run(talk("I can't sleep and I'm so tired."))
    second = asyncio.run(talk("It's been weeks."))
    assert first["turn"] == 1 and second["turn"] == 2
    assert second["strategy"] in STRATEGY_NAMES and second["reply"]
    assert len(second["messages"]) == 4


@contextmanager
def _process(cmd: list[str], health: str) -> Iterator[None]:
    """Run ``cmd`` until the block ends; wait until ``health`` answers."""
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "NO_PROXY": "127.0.0.1"}
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env)
    try:
        deadline = time.monotonic() + 120
        while True:
            assert proc.poll() is None, proc.stdout.read().decode()[-2000:]
            try:
                if httpx.get(health, timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "server did not start"
            time.sleep(0.3)
        yield
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_esc_graph_serve_command_starts_a_server(tiny_model_dir: Path) -> None:
    port = free_port()
    cmd = [sys.executable, "-m", "esc_graph.cli", "serve", "--base-model", str(tiny_model_dir)]
    with _process([*cmd, "--port", str(port), "--name", "tiny"], f"http://127.0.0.1:{port}/health"):
        url = f"http://127.0.0.1:{port}/v1"
        assert "planner" in [m["id"] for m in httpx.get(f"{url}/models").json()["data"]]
        probs = RemoteLabelScorer(url).score("planner", PROMPT, STRATEGY_NAMES)
        assert tuple(probs) == STRATEGY_NAMES and sum(probs.values()) == pytest.approx(1.0)


def test_a_turn_through_transformers_serve_falls_back_to_generated_labels(tiny_model_dir: Path) -> None:
    """``transformers serve`` ignores logprobs: the scorer notices and matches generated text instead."""
    port = free_port()
    exe = str(Path(sys.executable).with_name("transformers"))
    cmd = [exe, "serve", str(tiny_model_dir), "--host", "127.0.0.1", "--port", str(port), "--device", "cpu"]
    with _process(cmd, f"http://127.0.0.1:{port}/health"):
        name = str(tiny_model_dir)
        url = f"http://127.0.0.1:{port}/v1"
        models = remote_models(url, planner=name, generator=name, appraiser=name, max_tokens=6)
        graph = build_graph(models, appraiser="lm")  # 3 appraisal fields + planner on the server
        out = graph.invoke({"messages": [HumanMessage("I feel invisible at work.")]}, context=Context())
    assert out["strategy"] in STRATEGY_NAMES and set(out["strategy_probs"]) == set(STRATEGY_NAMES)
    assert out["reply"]
    assert models.scorer.use_exact is False and models.scorer.use_logprobs is False
    assert models.scorer.stats["logprobs"] == 0 and models.scorer.stats["generated"] == 4


def test_remote_models_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    from esc_graph.remote import remote_models_from_env

    monkeypatch.delenv("ESC_GRAPH_SERVER_URL", raising=False)
    assert remote_models_from_env() is None
    monkeypatch.setenv("ESC_GRAPH_SERVER_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("ESC_GRAPH_PLANNER_MODEL", "my-planner")
    models = remote_models_from_env()
    assert models.scorer.models["planner"] == "my-planner" and models.scorer.base_url.endswith(":9/v1")
    assert models.generator.model_name == "generator"


def test_the_context_can_send_a_run_to_a_server(server) -> None:
    from tests.helpers import fake_models

    url, _ = server
    local = fake_models(reply="canned local reply")
    graph = build_graph(local)
    remote_out = graph.invoke(
        {"messages": [HumanMessage("My exams went badly and I feel low.")]},
        context=Context(server_url=url, max_new_tokens=6),
    )
    assert local.scorer.calls == []  # nothing ran on the graph's own models
    assert remote_out["reply"] != "canned local reply" and remote_out["strategy"] in STRATEGY_NAMES
    local_out = graph.invoke(
        {"messages": [HumanMessage("My exams went badly and I feel low.")]}, context=Context()
    )
    assert local_out["reply"] == "canned local reply" and "planner" in local.scorer.calls
