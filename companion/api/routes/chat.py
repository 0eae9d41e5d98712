"""The chat companion: a JSON reply, or the reply streamed as server-sent events."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response, StreamingResponse
from sqlmodel import Session

from companion.ai.schemas import ChatChunk, ChatContext, Usage
from companion.api.context_schemas import ChatReplyOut
from companion.api.deps import TokenDep, as_user, as_user_around, dump, ok, student_or_self
from companion.api.errors import SERVER_ERROR
from companion.api.inputs import ChatIn
from companion.api.routes.docs import WRITE_ERRORS
from companion.api.schemas import Ok
from companion.db import session_scope
from companion.models import User
from companion.services import chat

router = APIRouter(prefix="/api/chat", tags=["chat"])
log = logging.getLogger("companion.api")

EVENT_STREAM = "text/event-stream"
STREAM_DOC: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "The reply as JSON, or with `Accept: text/event-stream` as "
        "events: `data: {text, citations}` chunks, then `event: done` with the "
        "stored reply's id, or `event: error`.",
        "content": {EVENT_STREAM: {"schema": {"type": "string"}}},
    }
}


def _event(data: dict, name: str = "") -> str:
    head = f"event: {name}\n" if name else ""
    return f"{head}data: {json.dumps(data, separators=(',', ':'))}\n\n"


def _sse(ctx: ChatContext, student_id: int) -> Iterator[str]:
    """Stream the chunks, then store the whole reply in its own transaction."""
    seen: list[ChatChunk] = []
    try:
        for chunk in chat.chat_stream(ctx):
            seen.append(chunk)
            if chunk.text or chunk.citations:
                yield _event(chunk.model_dump(mode="json", include={"text", "citations"}))
        reply, usage = chat.collect(iter(seen))
        with session_scope() as session:
            row = chat.chat_store_reply(session, student_id=student_id, reply=reply, usage=usage)
        yield _event({"id": row.id, "engine": reply.engine}, "done")
    except Exception:
        log.exception("Chat stream failed for student %s", student_id)
        yield _event({"error": SERVER_ERROR}, "error")


@router.post("/message", response_model=Ok[ChatReplyOut], responses={**WRITE_ERRORS, **STREAM_DOC})
async def message(body: ChatIn, request: Request, token: TokenDep) -> Response:
    """Send the companion a message; the reply draws on the student's own sessions."""
    stream = EVENT_STREAM in request.headers.get("accept", "")

    def prepare(session: Session, user: User) -> tuple[int, ChatContext]:
        student_id = student_or_self(body.student_id, user)
        ctx = chat.chat_prepare(session, actor=user, student_id=student_id, message=body.message)
        return student_id, ctx

    # The question is committed before the provider runs: the reply may come from an LLM,
    # so no transaction or connection is held while it is produced.
    if stream:
        student_id, ctx = await as_user(token, prepare)
        return StreamingResponse(
            _sse(ctx, student_id),
            media_type=EVENT_STREAM,
            headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
        )

    def store(
        session: Session,
        _user: User,
        prepared: tuple[int, ChatContext],
        replied: tuple[chat.ChatReply, Usage | None],
    ) -> Response:
        reply, usage = replied
        chat.chat_store_reply(session, student_id=prepared[0], reply=reply, usage=usage)
        out = {
            "text": reply.text,
            "engine": reply.engine,
            "citations": [c.model_dump() for c in reply.citations],
        }
        return ok(dump(ChatReplyOut, out))

    return await as_user_around(token, prepare, lambda p: chat.chat_reply(p[1]), store)
