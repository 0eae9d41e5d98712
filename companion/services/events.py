"""The product event log: services record what a student did, in the change's own transaction.

Each kind is a constant here; the outcome figures (companion/services/outcomes.py) and the
nudge bandit (companion/services/nudge_bandit.py) read them back with set-based SQL.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Table, case
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col, select

from companion.clock import utcnow
from companion.models import ActivityDay, ProductEvent, User

SESSION_UPLOADED = "session_uploaded"
ANALYSIS_SHOWN = "analysis_shown"
PRACTICE_ASSIGNED = "practice_assigned"
PRACTICE_STARTED = "practice_started"
PRACTICE_COMPLETED = "practice_completed"
REVIEW_DUE = "review_due"
REVIEW_DONE = "review_done"
GOAL_CREATED = "goal_created"
GOAL_COMPLETED = "goal_completed"
SUGGESTION_SHOWN = "suggestion_shown"
SUGGESTION_ACCEPTED = "suggestion_accepted"
NUDGE_SENT = "nudge_sent"
NUDGE_OPENED = "nudge_opened"
NUDGE_ACTED = "nudge_acted"
CHAT_CITED = "chat_cited"
HANDOFF_REQUESTED = "handoff_requested"
HANDOFF_ACCEPTED = "handoff_accepted"
SIGN_IN = "sign_in"

# What a nudge asks for: any of these within 48 h of it marks the nudge "acted on" (a
# nudge_acted event written with the action, so the funnel is a join, not a range search).
ACTION_KINDS = (
    SESSION_UPLOADED,
    PRACTICE_ASSIGNED,
    PRACTICE_STARTED,
    PRACTICE_COMPLETED,
    REVIEW_DONE,
    GOAL_CREATED,
)
# Seeing one's own past learning: the first outcome bar.
REFERENCE_KINDS = (CHAT_CITED, ANALYSIS_SHOWN, REVIEW_DONE)
ACTED_WINDOW_HOURS = 48
DAYS: Table = ActivityDay.metadata.tables[ActivityDay.__tablename__]


def record_event(
    db: Session,
    *,
    student_id: int,
    kind: str,
    data: dict | None = None,
    now: datetime | None = None,
    ref_id: int | None = None,
) -> ProductEvent:
    """Add one event to the caller's transaction."""
    row = ProductEvent(
        student_id=student_id, kind=kind, ref_id=ref_id, at=now or utcnow(), data=data or {}
    )
    db.add(row)
    if kind != NUDGE_SENT:
        _roll_up(db, student_id, row.at, kind in REFERENCE_KINDS)
    if kind in ACTION_KINDS:
        _mark_nudge_acted(db, student_id, row.at)
    return row


def _roll_up(db: Session, student_id: int, at: datetime, reference: bool) -> None:
    """The student's activity_days row of the event's UTC day, inserted or moved forward
    (an upsert that writes only when the time is later or the day first sees a reference)."""
    maker: Any = {"postgresql": postgresql.insert, "sqlite": sqlite.insert}[
        db.get_bind().dialect.name
    ]
    stmt = maker(DAYS).values(
        student_id=student_id, day=at.astimezone(UTC).date(), last_at=at, reference=int(reference)
    )
    new, old = stmt.excluded, DAYS.c
    db.execute(
        stmt.on_conflict_do_update(
            index_elements=[old.student_id, old.day],
            set_={
                "last_at": case((new.last_at > old.last_at, new.last_at), else_=old.last_at),
                "reference": case(
                    (new.reference > old.reference, new.reference), else_=old.reference
                ),
            },
            where=(new.last_at > old.last_at) | (new.reference > old.reference),
        )
    )


def _mark_nudge_acted(db: Session, student_id: int, at: datetime) -> None:
    """The student's latest nudge of the last 48 h, if not yet acted on, now is."""
    nudge = db.exec(
        select(ProductEvent)
        .where(
            ProductEvent.student_id == student_id,
            ProductEvent.kind == NUDGE_SENT,
            ProductEvent.at >= at - timedelta(hours=ACTED_WINDOW_HOURS),
            ProductEvent.at <= at,
        )
        .order_by(col(ProductEvent.at).desc())
    ).first()
    if nudge is None or nudge.ref_id is None:
        return
    record_once(db, student_id=student_id, kind=NUDGE_ACTED, ref_id=nudge.ref_id, now=at)


def record_once(
    db: Session, *, student_id: int, kind: str, ref_id: int, now: datetime | None = None
) -> ProductEvent | None:
    """Record an event about a row only the first time (e.g. the first opening of a set)."""
    seen = db.exec(
        select(ProductEvent.id).where(
            ProductEvent.student_id == student_id,
            ProductEvent.kind == kind,
            ProductEvent.ref_id == ref_id,
        )
    ).first()
    if seen is not None:
        return None
    return record_event(db, student_id=student_id, kind=kind, ref_id=ref_id, now=now)


def record_seen(
    db: Session, *, actor: User, student_id: int, kind: str, ref_id: int, when: bool = True
) -> ProductEvent | None:
    """A student's own first look at something (tutors' and admins' looks are not the
    student's learning, so they are not recorded)."""
    if not when or actor.id != student_id:
        return None
    return record_once(db, student_id=student_id, kind=kind, ref_id=ref_id)
