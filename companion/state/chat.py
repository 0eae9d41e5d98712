"""The chat companion: history, a streamed reply, citations, and the hand-off to a tutor."""

from __future__ import annotations

import dataclasses

import reflex as rx
from sqlmodel import Session

from companion import routes
from companion.db import session_scope
from companion.models import ChatMessage, User
from companion.services.chat import (
    ChatReply,
    chat_history,
    chat_prepare,
    chat_store_reply,
    chat_stream,
)
from companion.services.errors import DomainError, Unauthorized
from companion.services.messages import SESSION_EXPIRED
from companion.services.routing import (
    URGENCIES,
    routing_analyze_begin,
    routing_analyze_store,
    routing_decide,
    routing_request,
)
from companion.state.auth import STUDENTS, AuthState
from companion.state.runner import in_thread

MAX_MESSAGE = 4000
SUGGESTED = (
    "Quiz me on my last session",
    "Explain distributing again",
    "What should I practise next?",
    "Summarise what I learned this week",
)


@dataclasses.dataclass
class CitationChip:
    label: str
    href: str


@dataclasses.dataclass
class Bubble:
    role: str
    content: str
    citations: list[CitationChip] = dataclasses.field(default_factory=list)


def _chips(raw: list[dict]) -> list[CitationChip]:
    chips, seen = [], set()
    for c in raw or []:
        sid = c.get("session_id")
        if not isinstance(sid, int) or sid in seen:
            continue
        seen.add(sid)
        chips.append(
            CitationChip(
                f"{c.get('subject', 'Session')} · {c.get('date', '')}", routes.session_url(sid)
            )
        )
    return chips


def _bubble(m: ChatMessage) -> Bubble:
    return Bubble(m.role, m.content, _chips(m.citations))


def _next_chunk(iterator):
    return next(iterator, None)


def _store(student_id: int, reply: ChatReply, usage: object) -> None:
    with session_scope() as s:
        chat_store_reply(s, student_id=student_id, reply=reply, usage=usage)


def _active(s: Session, student_id: int) -> User:
    user = s.get(User, student_id)
    if user is None or not user.is_active:
        raise Unauthorized(SESSION_EXPIRED)
    return user


def _route(student_id: int, text: str) -> tuple[str, str] | None:
    """Routing analysis for the student this event verified at its start: the signals and
    the stored request in two short transactions, the provider (maybe an LLM) between them."""
    try:
        with session_scope() as s:
            signals = routing_analyze_begin(
                s, actor=_active(s, student_id), student_id=student_id, message=text
            )
        decision = routing_decide(signals)
        with session_scope() as s:
            routing_analyze_store(
                s, actor=_active(s, student_id), student_id=student_id, decision=decision
            )
    except DomainError:
        return None
    if not decision.shouldRoute:
        return None
    return decision.reason, decision.recommendedTopic[:200]


class ChatState(AuthState):
    """/chat: one conversation per student, kept across visits."""

    messages: list[Bubble] = []
    loaded: bool = False
    draft: str = ""
    streaming: bool = False
    error: str = ""
    suggested: list[str] = list(SUGGESTED)

    # The "Talk to a tutor" dialog.
    tutor_open: bool = False
    tutor_reason: str = ""
    topic: str = ""
    urgency: str = "medium"
    preferred_time: str = ""
    topic_error: str = ""
    booking: bool = False
    booked: bool = False

    @rx.event
    async def load_chat(self):
        """on_load: the conversation so far."""
        out = await self._call(
            lambda db, user: [_bubble(m) for m in chat_history(db, actor=user, student_id=user.id)],
            STUDENTS,
        )
        if not out.ok:
            self.messages = []
            return out.feedback
        self.messages = out.value
        self.loaded = True
        return rx.scroll_to("chat-end")

    @rx.event
    def set_draft(self, value: str):
        if isinstance(value, str):
            self.draft, self.error = value[:MAX_MESSAGE], ""

    @rx.event
    def use_prompt(self, text: str):
        if isinstance(text, str) and text in SUGGESTED:
            self.draft = text
            return ChatState.send
        return None

    @rx.event(background=True)
    async def send(self):
        """Store the message, stream the reply chunk by chunk, then check for a tutor hand-off."""
        async with self:
            text = self.draft.strip()
            if self.streaming or not text:
                return
            self.error, self.streaming = "", True
        out = await self._call(
            lambda db, user: (
                user.id,
                chat_prepare(db, actor=user, student_id=user.id, message=text),
            ),
            STUDENTS,
            on_error=lambda exc: exc.message,
        )
        if not out.ok:
            async with self:
                self.streaming = False
                if isinstance(out.feedback, str):
                    self.error = out.feedback  # the draft stays
            if not isinstance(out.feedback, str):
                yield out.feedback
            return
        student_id, ctx = out.value
        async with self:
            self.draft = ""
            self.messages.append(Bubble("user", text))
            self.messages.append(Bubble("assistant", ""))
        reply, usage = ChatReply(text=""), None
        try:
            chunks = await in_thread(chat_stream, ctx)
            while (chunk := await in_thread(_next_chunk, chunks)) is not None:
                reply.text += chunk.text
                reply.citations.extend(chunk.citations)
                reply.quiz = chunk.quiz or reply.quiz
                if chunk.done:
                    reply.engine, usage = chunk.engine, chunk.usage
                async with self:
                    last = self.messages[-1]
                    self.messages[-1] = Bubble(
                        "assistant",
                        last.content + chunk.text,
                        _chips([c.model_dump() for c in reply.citations]),
                    )
                yield rx.scroll_to("chat-end")
        except Exception:  # the provider failed mid-reply: say so, keep what arrived
            async with self:
                self.streaming = False
                self.error = "The companion couldn't finish that reply. Try asking again."
            return
        await in_thread(_store, student_id, reply, usage)
        decision = await in_thread(_route, student_id, text)
        async with self:
            self.streaming = False
            if decision is not None and not self.booked:
                self.tutor_reason, self.topic = decision
                self.tutor_open = True

    # ---- tutor dialog -----------------------------------------------------------------
    @rx.event
    def open_tutor(self, value: bool):
        self.tutor_open = value is True
        if self.tutor_open and not self.tutor_reason:
            self.tutor_reason = ""
        self.topic_error = ""

    @rx.event
    def set_topic(self, value: str):
        if isinstance(value, str):
            self.topic, self.topic_error = value[:200], ""

    @rx.event
    def set_urgency(self, value: str):
        if value in URGENCIES:
            self.urgency = value

    @rx.event
    def set_preferred_time(self, value: str):
        if isinstance(value, str):
            self.preferred_time = value[:120]

    def _topic_failed(self, exc: DomainError) -> None:
        self.topic_error = exc.message

    @rx.event
    async def request_tutor(self):
        """Book time with a human tutor."""
        if self.booking:
            return None
        if not self.topic.strip():
            self.topic_error = "Tell the tutor what you'd like help with."
            return None
        topic, urgency = self.topic.strip(), self.urgency
        when, reason = self.preferred_time.strip(), self.tutor_reason

        def work(db: Session, user: User) -> None:
            routing_request(
                db,
                actor=user,
                student_id=user.id,
                topic=topic,
                urgency=urgency,
                preferred_time=when,
                reason=reason or "The student asked for a tutor.",
            )

        self.booking = True
        out = await self._call(work, STUDENTS, on_error=self._topic_failed)
        self.booking = False
        if not out.ok:
            return out.feedback
        self.booked, self.tutor_open, self.tutor_reason = True, False, ""
        return rx.toast.success(
            "Request sent. A tutor will pick it up and you'll get a notification."
        )
