"""``esc-graph serve`` as the real ``openai`` client and ``langchain_openai.ChatOpenAI`` see it: a real
server on 127.0.0.1 over the tiny random model, one test per part of the chat-completions contract."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import httpx
import openai
import pytest
import uvicorn
from fastapi import FastAPI
from langchain_openai import ChatOpenAI
from pydantic import BaseModel

from esc_graph.serve import Limits, create_app

PROMPT = [{"role": "system", "content": "Answer briefly."}, {"role": "user", "content": "I feel so alone."}]


@contextmanager
def running(app: FastAPI) -> Iterator[str]:
    """``app`` under uvicorn on a free port of 127.0.0.1 in a background thread; yields the /v1 URL."""
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline, "server did not start"
        time.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}/v1"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def client_for(url: str, **options: object) -> openai.OpenAI:
    return openai.OpenAI(base_url=url, api_key="unused", max_retries=0, **options)


@pytest.fixture(scope="module")
def served(tiny_model_dir: Path) -> Iterator[tuple[str, FastAPI]]:
    from esc_graph.models import load_role_models

    app = create_app(load_role_models(str(tiny_model_dir)), "tiny", Limits(default_max_tokens=16))
    with running(app) as url:
        yield url, app


@pytest.fixture()
def client(served) -> openai.OpenAI:
    return client_for(served[0])


def greedy(client: openai.OpenAI, max_tokens: int = 12, **extra: object):
    return client.chat.completions.create(
        model="generator", messages=PROMPT, max_tokens=max_tokens, temperature=0, **extra
    )


def test_finish_reason_is_length_when_max_tokens_caps_the_reply(client) -> None:
    reply = greedy(client, max_tokens=3)
    assert reply.choices[0].finish_reason == "length"
    assert reply.usage.completion_tokens == 3
    assert reply.usage.prompt_tokens > 0
    assert reply.usage.total_tokens == reply.usage.prompt_tokens + 3


def test_n_gives_that_many_choices_streamed_or_not(client) -> None:
    reply = client.chat.completions.create(model="generator", messages=PROMPT, max_tokens=4, n=3, seed=1)
    assert [c.index for c in reply.choices] == [0, 1, 2]
    assert all(c.message.content and c.finish_reason == "length" for c in reply.choices)
    assert reply.usage.completion_tokens == 12
    texts: dict[int, str] = {0: "", 1: ""}
    finished = {}
    for chunk in greedy(client, max_tokens=4, n=2, stream=True):
        for choice in chunk.choices:
            texts[choice.index] += choice.delta.content or ""
            if choice.finish_reason:
                finished[choice.index] = choice.finish_reason
    assert finished == {0: "length", 1: "length"}
    assert texts[0] == texts[1] == greedy(client, max_tokens=4).choices[0].message.content


def test_stop_strings_end_the_reply_before_them(client) -> None:
    full = greedy(client, max_tokens=12).choices[0].message.content
    stop = full[len(full) // 2 : len(full) // 2 + 3]
    expected = full[: full.index(stop)]
    cut = greedy(client, max_tokens=12, stop=[stop, "never-in-the-output"])
    assert cut.choices[0].message.content == expected
    assert cut.choices[0].finish_reason == "stop"
    streamed = "".join(c.choices[0].delta.content or "" for c in greedy(client, stop=stop, stream=True))
    assert streamed == expected


def test_stream_options_include_usage_sends_a_usage_chunk_last(client) -> None:
    chunks = list(greedy(client, max_tokens=5, stream=True, stream_options={"include_usage": True}))
    assert chunks[-1].choices == [] and chunks[-1].usage.completion_tokens == 5
    assert all(c.usage is None for c in chunks[:-1])
    assert chunks[-2].choices[0].finish_reason == "length"
    without = list(greedy(client, max_tokens=5, stream=True))
    assert all(c.usage is None for c in without) and without[-1].choices


def test_logprobs_arrive_while_streaming_and_match_the_plain_reply(client) -> None:
    plain = greedy(client, max_tokens=6, logprobs=True, top_logprobs=3).choices[0]
    streamed = []
    text = ""
    for chunk in greedy(client, max_tokens=6, logprobs=True, top_logprobs=3, stream=True):
        for choice in chunk.choices:
            text += choice.delta.content or ""
            if choice.logprobs is not None:
                streamed += choice.logprobs.content
    assert text == plain.message.content
    assert [e.token for e in streamed] == [e.token for e in plain.logprobs.content]
    assert [e.logprob for e in streamed] == pytest.approx([e.logprob for e in plain.logprobs.content])
    assert all(len(e.top_logprobs) == 3 for e in streamed)
    assert "".join(e.token for e in streamed) == text


def test_models_retrieve_finds_served_names_and_refuses_others(client) -> None:
    assert client.models.retrieve("planner").id == "planner"
    assert client.models.retrieve("tiny").id == "tiny"
    assert {m.id for m in client.models.list()} >= {"tiny", "planner", "generator", "appraiser"}
    with pytest.raises(openai.NotFoundError) as caught:
        client.models.retrieve("gpt-nothing")
    assert caught.value.code == "model_not_found" and "gpt-nothing" in caught.value.message
    with pytest.raises(openai.NotFoundError) as caught:
        client.chat.completions.create(model="gpt-nothing", messages=PROMPT)
    assert caught.value.body["param"] == "model"


@pytest.mark.parametrize(
    ("extra", "param"),
    [
        ({"temperature": 5}, "temperature"),
        ({"top_p": 0}, "top_p"),
        ({"max_tokens": 0}, "max_tokens"),
        ({"n": 0}, "n"),
        ({"logprobs": True, "top_logprobs": 50}, "top_logprobs"),
        ({"top_logprobs": 2}, "top_logprobs"),
        ({"stop": ["a", "b", "c", "d", "e"]}, "stop"),
        ({"messages": []}, "messages"),
        ({"messages": [{"role": "wizard", "content": "hi"}]}, "messages[0].role"),
        ({"messages": [{"role": "user"}]}, "messages[0].content"),
        ({"stream_options": {"include_usage": True}}, "stream_options"),
        ({"frobnicate": 1}, "frobnicate"),
    ],
)
def test_each_validation_failure_is_an_openai_style_400_naming_the_field(client, extra, param) -> None:
    body = {"model": "generator", "messages": PROMPT, "max_tokens": 2, **extra}
    with pytest.raises(openai.BadRequestError) as caught:
        client.chat.completions.create(
            **{"model": body.pop("model"), "messages": body.pop("messages")}, extra_body=body
        )
    error = caught.value
    assert error.status_code == 400
    assert set(error.body) == {"message", "type", "param", "code"}
    assert error.body["param"] == param and error.body["type"] == "invalid_request_error"
    assert param.split("[")[0].split(".")[0] in error.message


def test_malformed_json_and_unknown_routes_get_openai_error_bodies(served) -> None:
    url, _ = served
    bad = httpx.post(
        f"{url}/chat/completions", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert bad.status_code == 400 and bad.json()["error"]["code"] == "invalid_json"
    missing = httpx.get(f"{url}/no-such-route")
    assert missing.status_code == 404 and set(missing.json()["error"]) == {"message", "type", "param", "code"}


@pytest.mark.parametrize(
    ("extra", "param"),
    [
        (
            {"tools": [{"type": "function", "function": {"name": "f", "parameters": {"type": "object"}}}]},
            "tools",
        ),
        ({"tool_choice": "auto"}, "tool_choice"),
        ({"frequency_penalty": 0.5}, "frequency_penalty"),
        ({"logit_bias": {"42": 5}}, "logit_bias"),
        ({"response_format": {"type": "json_object"}}, "response_format"),
        (
            {"messages": [{"role": "user", "content": [{"type": "image_url", "image_url": {"url": "x"}}]}]},
            "messages[0].content[0]",
        ),
        ({"messages": [{"role": "tool", "content": "42", "tool_call_id": "c1"}]}, "messages[0].role"),
    ],
)
def test_unsupported_features_are_refused_by_name(client, extra, param) -> None:
    body = {"messages": PROMPT, **extra}
    with pytest.raises(openai.BadRequestError) as caught:
        client.chat.completions.create(model="generator", messages=body.pop("messages"), extra_body=body)
    assert caught.value.body["param"] == param and caught.value.code == "unsupported_parameter"
    assert "not supported" in caught.value.message


def test_fields_that_cannot_change_the_output_are_accepted(client) -> None:
    reply = greedy(client, max_tokens=2, user="u-1", metadata={"k": "v"}, store=False)
    assert reply.choices[0].finish_reason == "length"


def test_a_seed_makes_sampling_repeatable(client) -> None:
    def sample() -> str:
        reply = client.chat.completions.create(
            model="generator", messages=PROMPT, max_tokens=8, temperature=1.0, seed=7
        )
        return reply.choices[0].message.content

    assert sample() == sample()


class Feeling(BaseModel):
    emotion: str


def test_json_schema_structured_output_is_refused_clearly(served) -> None:
    url, _ = served
    chat = ChatOpenAI(model="generator", base_url=url, api_key="unused", max_retries=0, max_tokens=8)
    with pytest.raises(openai.BadRequestError) as caught:
        chat.with_structured_output(Feeling, method="json_schema").invoke("I feel so alone.")
    assert caught.value.body["param"] == "response_format"
    assert "json_schema" in caught.value.message and "not supported" in caught.value.message


def test_chat_openai_invoke_and_stream_agree(served) -> None:
    url, _ = served
    chat = ChatOpenAI(
        model="generator",
        base_url=url,
        api_key="unused",
        max_retries=0,
        temperature=0,
        max_tokens=6,
        stream_usage=True,
    )
    whole = chat.invoke(PROMPT)
    assert whole.response_metadata["finish_reason"] == "length"
    assert whole.usage_metadata["output_tokens"] == 6
    chunks = list(chat.stream(PROMPT))
    assert "".join(str(c.content) for c in chunks) == whole.content
    assert sum(c.usage_metadata["output_tokens"] for c in chunks if c.usage_metadata) == 6
    with pytest.raises(openai.BadRequestError) as caught:
        chat.bind_tools([Feeling]).invoke(PROMPT)
    assert caught.value.body["param"] == "tools"


def test_concurrent_requests_decode_together_with_the_same_replies_as_alone(served) -> None:
    url, app = served
    client = client_for(url)
    asks = [
        [{"role": "user", "content": "I feel so alone." * k}] for k in (1, 3, 6, 2)
    ]  # different prompt lengths: rows are padded differently in the batch

    def reply(messages: list[dict], tokens: int):
        return client.chat.completions.create(
            model="generator", messages=messages, max_tokens=tokens, temperature=0, logprobs=True
        ).choices[0]

    alone = [reply(m, 6 + i) for i, m in enumerate(asks)]
    with ThreadPoolExecutor(len(asks)) as pool:
        together = list(pool.map(lambda i: reply(asks[i], 6 + i), range(len(asks))))
    assert app.state.server.engine.stats["largest_batch"] > 1
    for a, t in zip(alone, together, strict=True):
        assert t.message.content == a.message.content and t.finish_reason == a.finish_reason
        got = [e.logprob for e in t.logprobs.content]
        assert got == pytest.approx([e.logprob for e in a.logprobs.content], abs=1e-4)
