"""Hand-offs to a human tutor: decide, request, and the tutor's queue.

Deciding may call an LLM over HTTP, so an analysis is three steps and the caller runs the
first and the last in two short transactions: `routing_analyze_begin` (check, read the
signals), `routing_decide` (the provider, no database), `routing_analyze_store`.
"""

from __future__ import annotations

from datetime import datetime
from typing import cast

from sqlmodel import Session, col, select

from companion.ai import get_provider
from companion.ai.schemas import Routing, RoutingSignals
from companion.models import ChatMessage, KnowledgeState, Practice, Role, RoutingDecision, User
from companion.services import events, messages
from companion.services.access import (
    is_tutor_of,
    require_act_as_student,
    require_tutor,
    require_view_student,
)
from companion.services.errors import NotFound
from companion.services.notifications import notify
from companion.services.student_lock import student_lock
from companion.services.student_summary import summary_refresh
from companion.services.transitions import lock_row, transition
from companion.services.validation import MAX_ID, choice_field, int_field, text_field

URGENCIES = ("low", "medium", "high")
ALREADY_TAKEN = "Another tutor already took this request."
ALREADY_CLOSED = "This request is already closed."


def _wrong_streaks(session: Session, student_id: int) -> dict[str, int]:
    streaks: dict[str, int] = {}
    closed: set[str] = set()
    practices = session.exec(
        select(Practice)
        .where(Practice.student_id == student_id, Practice.status == "submitted")
        .order_by(col(Practice.id).desc())
        .limit(5)
    ).all()
    for practice in practices:  # newest first: count wrong answers until a right one
        for problem, answer in reversed(
            list(zip(practice.problems, practice.answers, strict=False))
        ):
            key = problem.get("conceptId") or ""
            if key in closed:
                continue
            if answer.get("correct"):
                closed.add(key)
            else:
                streaks[key] = streaks.get(key, 0) + 1
    return streaks


def routing_signals(session: Session, *, student_id: int, message: str = "") -> RoutingSignals:
    """Collect what routing is decided from: chat, wrong streaks, low mastery after practice."""
    recent = session.exec(
        select(ChatMessage.content)
        .where(ChatMessage.student_id == student_id, ChatMessage.role == "user")
        .order_by(col(ChatMessage.id).desc())
        .limit(6)
    ).all()
    names = dict(
        session.exec(
            select(KnowledgeState.concept_key, KnowledgeState.name).where(
                KnowledgeState.student_id == student_id
            )
        ).all()
    )
    low = session.exec(
        select(KnowledgeState.name).where(
            KnowledgeState.student_id == student_id,
            KnowledgeState.attempts >= 3,
            KnowledgeState.mastery < 40,
        )
    ).all()
    streaks = {names.get(k, k): v for k, v in _wrong_streaks(session, student_id).items()}
    return RoutingSignals(
        message=message,
        recent_messages=list(recent),
        wrong_streaks=streaks,
        low_mastery_after_practice=list(low),
    )


def routing_analyze_begin(
    session: Session, *, actor: User, student_id: int, message: object = ""
) -> RoutingSignals:
    """Check the actor and read what the decision is made from (then end the transaction:
    `routing_decide` may call an LLM)."""
    require_act_as_student(session, actor, student_id)
    text = message if isinstance(message, str) else ""
    return routing_signals(session, student_id=student_id, message=text[:2000])


def routing_decide(signals: RoutingSignals) -> Routing:
    """Whether the student needs a human (no database: run it outside any transaction)."""
    return get_provider().route_to_tutor(signals)


def routing_analyze_store(
    session: Session, *, actor: User, student_id: int, decision: Routing
) -> RoutingDecision | None:
    """Store an open request for a decision to route, unless one is open already (once,
    however many analyses race)."""
    require_act_as_student(session, actor, student_id)  # authorised again, in this one
    if not decision.shouldRoute:
        return None
    # One open request, however many race: the student's lock (PostgreSQL), then the
    # student's row (on SQLite the UPDATE takes the write lock before the check reads).
    student_lock(session, student_id=student_id)
    lock_row(session, User, student_id)
    open_row = session.exec(
        select(RoutingDecision).where(
            RoutingDecision.student_id == student_id, RoutingDecision.status == "open"
        )
    ).first()
    if open_row is not None:
        return open_row
    row = RoutingDecision(
        student_id=student_id,
        should_route=True,
        reason=decision.reason,
        urgency=decision.urgency,
        topic=decision.recommendedTopic[:200],
        est_minutes=decision.estimatedDuration,
    )
    session.add(row)
    summary_refresh(session, student_id=student_id)
    return row


def routing_request(
    session: Session,
    *,
    actor: User,
    student_id: int,
    topic: object,
    urgency: object = "medium",
    preferred_time: object = "",
    reason: object = "The student asked for a tutor.",
) -> RoutingDecision:
    """The student books a tutor (the booking dialog)."""
    require_act_as_student(session, actor, student_id)
    row = RoutingDecision(
        student_id=student_id,
        should_route=True,
        reason=text_field(reason, "reason", max_len=1000),
        urgency=choice_field(urgency, "urgency", URGENCIES),
        topic=text_field(topic, "topic", max_len=200),
        est_minutes=30,
        preferred_time=text_field(preferred_time, "preferred_time", max_len=120, min_len=0) or None,
    )
    student_lock(session, student_id=student_id)  # before any row lock: one order
    session.add(row)
    summary_refresh(session, student_id=student_id)
    events.record_event(
        session, student_id=student_id, kind=events.HANDOFF_REQUESTED, ref_id=row.id
    )
    return row


def routing_list(
    session: Session, *, actor: User, status: str = "open", student_id: int | None = None
) -> list[RoutingDecision]:
    """Open requests a tutor may take (their students'), all for admins, own for students."""
    query = select(RoutingDecision).where(RoutingDecision.status == status)
    if student_id is not None:
        require_view_student(session, actor, student_id)
        query = query.where(RoutingDecision.student_id == student_id)
    elif actor.role == Role.student:
        query = query.where(RoutingDecision.student_id == actor.id)
    elif actor.role == Role.tutor:
        from companion.models import TutorStudent

        mine = select(TutorStudent.student_id).where(TutorStudent.tutor_id == actor.id)
        query = query.where(col(RoutingDecision.student_id).in_(mine))
    order = {"high": 0, "medium": 1, "low": 2}
    rows = session.exec(query.order_by(col(RoutingDecision.created_at))).all()
    return sorted(rows, key=lambda r: order.get(r.urgency, 3))


def _tutor_request(session: Session, actor: User, request_id: object) -> RoutingDecision:
    """The request a tutor acts on, with its student locked (before any row lock: one order)."""
    require_tutor(actor)
    rid = int_field(request_id, "request_id", lo=1, hi=MAX_ID)
    row = session.get(RoutingDecision, rid)
    if row is None or (
        actor.role == Role.tutor
        and not is_tutor_of(session, tutor_id=cast(int, actor.id), student_id=row.student_id)
    ):
        raise NotFound(messages.NOT_FOUND)
    student_lock(session, student_id=row.student_id)
    return row


def routing_accept(
    session: Session, *, actor: User, request_id: object, scheduled_for: datetime | None = None
) -> RoutingDecision:
    """A tutor takes an open request; the student is notified."""
    row = _tutor_request(session, actor, request_id)
    transition(
        session,
        row,
        expected="open",
        conflict=ALREADY_TAKEN,
        status="booked",
        tutor_id=actor.id,
        scheduled_for=scheduled_for,
    )
    summary_refresh(session, student_id=row.student_id)
    when = f" for {scheduled_for:%a %d %b, %H:%M} UTC" if scheduled_for else ""
    notify(
        session,
        student_id=row.student_id,
        type="routing",
        title="A tutor is on it",
        message=f"{actor.name} accepted your request about {row.topic or 'your studies'}{when}.",
        cta="/chat",
        cta_label="Open chat",
        urgency=row.urgency,
    )
    events.record_event(
        session, student_id=row.student_id, kind=events.HANDOFF_ACCEPTED, ref_id=row.id
    )
    return row


def routing_close(
    session: Session, *, actor: User, request_id: object, note: object = ""
) -> RoutingDecision:
    """Close a request with a note."""
    row = _tutor_request(session, actor, request_id)
    transition(
        session,
        row,
        expected=("open", "booked"),
        conflict=ALREADY_CLOSED,
        status="closed",
        note=text_field(note, "note", max_len=1000, min_len=0) or None,
        tutor_id=row.tutor_id or actor.id,
    )
    summary_refresh(session, student_id=row.student_id)
    return row
