"""The chat companion: history, context from the student's own sessions, replies.

A reply may come from an LLM over HTTP, so a turn is three steps and no transaction is open
while the provider runs: `chat_prepare` (store the question, read the context), then
`chat_stream` or `chat_reply` (no database), then `chat_store_reply` in a new transaction.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, cast

from sqlmodel import Session, col, select

from companion.ai import get_provider
from companion.ai.schemas import (
    ChatChunk,
    ChatContext,
    ChatTurn,
    Citation,
    Problem,
    SessionDoc,
    Usage,
)
from companion.models import ChatMessage, Concept, Practice, Transcript, TutoringSession, User
from companion.services import events
from companion.services.access import (
    load_student_timeline,
    require_act_as_student,
)
from companion.services.usage import usage_record
from companion.services.validation import text_field

MAX_MESSAGE = 4000
HISTORY_TURNS = 10
CONTEXT_SESSIONS = 30


@dataclass
class ChatReply:
    text: str
    citations: list[Citation] = field(default_factory=list)
    engine: str = "local"
    quiz: Problem | None = None  # a question the reply asks; the next message answers it


QUIZ_KEY = "quiz"  # a pending quiz rides in the citations JSON, marked by this key


def pending_quiz(message: ChatMessage) -> Problem | None:
    """The quiz question an assistant message asked, if any."""
    for entry in message.citations or []:
        if isinstance(entry, dict) and isinstance(entry.get(QUIZ_KEY), dict):
            try:
                return Problem.model_validate(entry[QUIZ_KEY])
            except ValueError:
                return None
    return None


def chat_history(
    session: Session, *, actor: User, student_id: int, limit: int = 100
) -> list[ChatMessage]:
    """The conversation so far, oldest first."""
    return load_student_timeline(
        session, actor, ChatMessage, student_id, order=col(ChatMessage.id), limit=limit
    )


def _session_docs(session: Session, student_id: int) -> list[SessionDoc]:
    rows = session.exec(
        select(TutoringSession, Transcript)
        .join(Transcript)
        .where(TutoringSession.student_id == student_id, Transcript.status == "completed")
        .order_by(col(TutoringSession.date).desc())
        .limit(CONTEXT_SESSIONS)
    ).all()
    docs = []
    for row, transcript in rows:
        names = session.exec(select(Concept.name).where(Concept.session_id == row.id)).all()
        docs.append(
            SessionDoc(
                id=cast(int, row.id),
                subject=row.subject,
                date=row.date.isoformat(),
                summary=transcript.summary or "",
                transcript=transcript.content,
                concepts=list(names),
            )
        )
    return docs


def _open_practice(session: Session, student_id: int) -> list[Problem]:
    practice = session.exec(
        select(Practice)
        .where(Practice.student_id == student_id, Practice.status == "ready")
        .order_by(col(Practice.id).desc())
    ).first()
    return [Problem.model_validate(p) for p in practice.problems] if practice else []


def _running_summary(older: list[ChatMessage]) -> str:
    asked = [m.content[:120] for m in older if m.role == "user"][-8:]
    return ("Earlier the student asked about: " + " | ".join(asked)) if asked else ""


def chat_prepare(session: Session, *, actor: User, student_id: int, message: object) -> ChatContext:
    """Store the student's message and build the context for the reply."""
    require_act_as_student(session, actor, student_id)
    text = text_field(message, "message", max_len=MAX_MESSAGE)
    earlier = chat_history(session, actor=actor, student_id=student_id, limit=60)
    session.add(ChatMessage(student_id=student_id, role="user", content=text))
    session.flush()
    student = session.get(User, student_id)
    recent = earlier[-HISTORY_TURNS:]
    return ChatContext(
        message=text,
        student_name=student.name if student else "",
        history=[
            ChatTurn(role=cast(Any, m.role), content=m.content, quiz=pending_quiz(m))
            for m in recent
        ],
        summary=_running_summary(earlier[:-HISTORY_TURNS]),
        sessions=_session_docs(session, student_id),
        open_practice=_open_practice(session, student_id),
    )


def chat_stream(ctx: ChatContext) -> Iterator[ChatChunk]:
    """The reply as it is produced (no database access: safe outside a transaction)."""
    return get_provider().chat(ctx)


def chat_store_reply(
    session: Session, *, student_id: int, reply: ChatReply, usage: Usage | None = None
) -> ChatMessage:
    """Keep the assistant's reply in the history (with the quiz it asked, to grade the answer)."""
    citations = [c.model_dump() for c in reply.citations]
    if reply.quiz is not None:
        citations.append({QUIZ_KEY: reply.quiz.model_dump()})
    row = ChatMessage(
        student_id=student_id,
        role="assistant",
        content=reply.text or "…",
        citations=citations,
        engine=reply.engine,
    )
    session.add(row)
    if reply.citations:
        events.record_event(
            session,
            student_id=student_id,
            kind=events.CHAT_CITED,
            data={"sessions": [c.session_id for c in reply.citations][:10]},
        )
    usage_record(session, student_id=student_id, kind="chat", engine=reply.engine, usage=usage)
    session.flush()
    return row


def collect(chunks: Iterator[ChatChunk]) -> tuple[ChatReply, Usage | None]:
    """Join a streamed reply (for JSON answers and tests)."""
    reply = ChatReply(text="")
    usage: Usage | None = None
    for chunk in chunks:
        reply.text += chunk.text
        reply.citations.extend(chunk.citations)
        reply.quiz = chunk.quiz or reply.quiz
        if chunk.done:
            reply.engine, usage = chunk.engine, chunk.usage
    return reply, usage


def chat_reply(ctx: ChatContext) -> tuple[ChatReply, Usage | None]:
    """The whole reply at once (no database: the provider may call an LLM; run it between
    `chat_prepare`'s transaction and `chat_store_reply`'s, as REST JSON answers do)."""
    return collect(chat_stream(ctx))
