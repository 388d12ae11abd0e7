"""A small web chat that embeds the esc-graph support graph (FastAPI, async, SQLite sessions).

Each user id owns its conversations; one conversation is one LangGraph thread in a SQLite file opened
with ``stores.open_sessions_async`` (AsyncSqliteSaver + AsyncSqliteStore). A reply streams as
server-sent events from ``graph.astream``: ``strategy`` (the planner's choice, before the reply),
``token`` (reply text as it is generated), ``risk`` (the safety gate fired), then ``done``
(or ``error``: the turn failed, earlier turns are kept). A message may carry the seeker's ``locale``
(the page sends the browser's, or the one set on the page): it picks the crisis lines, which ``done``
also lists on their own (``helplines``) for the page to show as links.

The user id in the URL stands in for the host app's login: a real app takes it from its own
authenticated session, never from the client.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
import uuid
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException
from fastapi.responses import HTMLResponse, StreamingResponse
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, HumanMessage
from pydantic import BaseModel, Field

from esc_graph import Context, SupportModels, build_graph
from esc_graph.inputs import InvalidMessage, clean_seeker_text
from esc_graph.memory import THREADS, user_namespace
from esc_graph.prompts import REPLY_TOKEN_CAP
from esc_graph.safety.resources import INTERNATIONAL, resources_for
from stores import open_sessions_async

PAGE = Path(__file__).with_name("static") / "index.html"
USER_ID = re.compile(r"^[A-Za-z0-9_.@-]{1,64}$")
THREAD_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
LOCALE = r"^[A-Za-z]{1,8}(?:[-_][A-Za-z0-9]{1,8}){0,3}$"  # a BCP 47 tag such as en-GB or pt-BR
HELPLINE_DIRECTORY = "https://findahelpline.com"


class NewMessage(BaseModel):
    text: str
    locale: str | None = Field(default=None, pattern=LOCALE)


def helplines(locale: str | None) -> dict[str, Any]:
    """The crisis lines the reply names for ``locale``, for the page to show as links."""
    found = resources_for(locale)
    lines = [] if found is INTERNATIONAL else list(found.lines)
    return {
        "region": found.region,
        "emergency": found.emergency,
        "lines": lines,
        "directory": HELPLINE_DIRECTORY,
    }


class _CannedScorer:
    """FAKE planner/appraiser for tests and offline UI work: always prefers the first label."""

    def score(self, role: str, messages: Sequence[dict], labels: Sequence[str]) -> dict[str, float]:
        rest = 0.2 / max(len(labels) - 1, 1)
        return {label: 0.8 if i == 0 else rest for i, label in enumerate(labels)}


def fake_models() -> SupportModels:
    """FAKE models (canned reply, fixed strategy): only for tests and working on the page offline."""
    reply = AIMessage("[fake model] That sounds hard. Would you like to tell me more about it?")
    chat = GenericFakeChatModel(messages=itertools.cycle([reply]))
    return SupportModels(scorer=_CannedScorer(), generator=chat)


def _sse(event: str, data: dict[str, Any]) -> str:
    return f"event: {event}\ndata: {json.dumps(data)}\n\n"


def _message_view(msg: Any) -> dict[str, Any] | None:
    if isinstance(msg, HumanMessage):
        return {"role": "user", "text": str(msg.content)}
    if isinstance(msg, AIMessage):
        extra = msg.additional_kwargs
        return {
            "role": "assistant",
            "text": str(msg.content),
            "strategy": extra.get("strategy"),
            "crisis": bool(extra.get("crisis")),
            "disclosure": extra.get("disclosure"),
        }
    return None


def create_app(
    models: SupportModels,
    db: Path | str,
    *,
    mode: str = "local model",
    fake: bool = False,
    max_new_tokens: int = REPLY_TOKEN_CAP,
    release: str = "prompt-only",
) -> FastAPI:
    """The app; ``mode`` and ``release`` (the weights: an adapters folder's name, or "prompt-only") are
    shown on the page, ``fake`` adds a warning banner. A turn whose output names the weights that
    answered it (the graph's ``weights``) shows those instead."""

    def _warm_up() -> None:
        """Load the safety gate's and the appraiser's encoder (the graph's packaged ones, shared)."""
        from esc_graph.appraisal import packaged_appraiser
        from esc_graph.safety.risk_model import packaged_risk_model

        packaged_risk_model().warm_up()
        packaged_appraiser().warm_up()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with open_sessions_async(db) as sessions:
            app.state.sessions = sessions
            app.state.graph = build_graph(models, checkpointer=sessions.checkpointer, store=sessions.store)
            await asyncio.to_thread(_warm_up)  # before the first request, not during the first message
            yield

    app = FastAPI(title="esc-graph chat example", lifespan=lifespan)

    def check_ids(user_id: str, thread_id: str | None = None) -> None:
        if not USER_ID.match(user_id):
            raise HTTPException(422, "user id: 1-64 letters, digits or . _ @ -")
        if thread_id is not None and not THREAD_ID.match(thread_id):
            raise HTTPException(422, "conversation id: 1-64 letters, digits, _ or -")

    async def owned(user_id: str, thread_id: str) -> bool:
        """True when the thread is the user's; 404 when it exists and belongs to someone else."""
        check_ids(user_id, thread_id)
        if await app.state.sessions.store.aget(user_namespace(user_id, THREADS), thread_id):
            return True
        config = {"configurable": {"thread_id": thread_id}}
        if await app.state.sessions.checkpointer.aget_tuple(config) is not None:
            raise HTTPException(404, "conversation not found")
        return False

    @app.get("/", response_class=HTMLResponse)
    async def page() -> str:
        return PAGE.read_text(encoding="utf-8")

    @app.get("/api/info")
    async def info() -> dict[str, Any]:
        return {"mode": mode, "fake": fake, "release": release}

    @app.get("/api/users/{user_id}/conversations")
    async def conversations(user_id: str) -> list[dict[str, Any]]:
        check_ids(user_id)
        items = await app.state.sessions.store.asearch(user_namespace(user_id, THREADS), limit=200)
        found = [
            {k: item.value.get(k) for k in ("thread_id", "first_at", "last_at", "turns")} for item in items
        ]
        return sorted(found, key=lambda t: t["first_at"] or "", reverse=True)

    @app.post("/api/users/{user_id}/conversations")
    async def new_conversation(user_id: str) -> dict[str, str]:
        check_ids(user_id)
        return {"thread_id": uuid.uuid4().hex}

    @app.get("/api/users/{user_id}/conversations/{thread_id}")
    async def history(user_id: str, thread_id: str) -> dict[str, Any]:
        if not await owned(user_id, thread_id):
            raise HTTPException(404, "conversation not found")
        state = await app.state.graph.aget_state({"configurable": {"thread_id": thread_id}})
        views = [_message_view(m) for m in state.values.get("messages", [])]
        return {"thread_id": thread_id, "messages": [v for v in views if v]}

    @app.post("/api/users/{user_id}/conversations/{thread_id}/messages")
    async def send(user_id: str, thread_id: str, body: NewMessage) -> StreamingResponse:
        await owned(user_id, thread_id)
        try:
            text = clean_seeker_text(body.text)
        except InvalidMessage as exc:
            raise HTTPException(422, str(exc)) from None
        stream = turn(user_id, thread_id, text, body.locale)
        return StreamingResponse(stream, media_type="text/event-stream")

    async def turn(user_id: str, thread_id: str, text: str, locale: str | None) -> AsyncIterator[str]:
        config = {"configurable": {"thread_id": thread_id}}
        context = Context(user_id=user_id, max_new_tokens=max_new_tokens, locale=locale or "")
        final: dict[str, Any] = {}
        try:
            async for kind, payload in app.state.graph.astream(
                {"messages": [HumanMessage(text)]},
                config,
                context=context,
                stream_mode=["custom", "messages", "values"],
            ):
                if kind == "custom" and payload.get("type") == "strategy":
                    yield _sse("strategy", {"value": payload["value"], "probability": payload["probability"]})
                elif kind == "custom" and payload.get("type") == "risk":
                    yield _sse("risk", {"category": payload.get("category")})
                elif kind == "messages" and isinstance(payload[0], AIMessageChunk) and payload[0].content:
                    yield _sse("token", {"text": str(payload[0].content)})
                elif kind == "values":
                    final = payload
        except Exception as exc:  # the turn is lost, the conversation is not: earlier turns stay saved
            yield _sse("error", {"message": f"the reply failed ({type(exc).__name__}); please try again"})
            return
        last = _message_view(final["messages"][-1]) if final.get("messages") else None
        yield _sse(
            "done",
            {
                "reply": final.get("reply"),
                "strategy": final.get("strategy"),
                "risk": bool(final.get("risk")),
                "crisis": bool(last and last.get("crisis")),
                "turn": final.get("turn"),
                "disclosure": final.get("disclosure"),
                "helplines": helplines(context.locale) if final.get("risk") else None,
                "release": final.get("weights") or release,
            },
        )

    return app
