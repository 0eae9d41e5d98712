"""The daily nudge: students who drift get one encouraging notification a day, at most."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Row, func, select
from sqlmodel import Session, col

from companion.ai import get_provider
from companion.ai.schemas import StudentActivity
from companion.db import insert_ignoring_conflicts, rowcount
from companion.models import Goal, KnowledgeState, Notification, Role, TutoringSession, User

NUDGE_TYPE = "nudge"
INACTIVE_DAYS = 7
MIN_SESSIONS = 3
BATCH = 5000


def _candidates(session: Session, now: datetime) -> Sequence[Row[int, str, int, datetime]]:
    sessions = (
        select(col(TutoringSession.student_id), func.count().label("n"))
        .group_by(col(TutoringSession.student_id))
        .subquery()
    )
    nudged = select(col(Notification.student_id)).where(
        col(Notification.type) == NUDGE_TYPE, col(Notification.day) == now.date()
    )
    last = func.coalesce(col(User.last_active_at), col(User.created_at))
    return session.execute(
        select(col(User.id), col(User.name), func.coalesce(sessions.c.n, 0), last)
        .outerjoin(sessions, sessions.c.student_id == col(User.id))
        .where(
            col(User.role) == Role.student,
            col(User.is_active).is_(True),
            col(User.id).not_in(nudged),
            (func.coalesce(sessions.c.n, 0) < MIN_SESSIONS)
            | (last <= now - timedelta(days=INACTIVE_DAYS)),
        )
    ).all()


def _weakest(session: Session) -> dict[int, str]:
    ranked = select(
        col(KnowledgeState.student_id),
        col(KnowledgeState.name),
        func.row_number()
        .over(partition_by=col(KnowledgeState.student_id), order_by=col(KnowledgeState.mastery))
        .label("r"),
    ).subquery()
    rows = session.execute(select(ranked.c.student_id, ranked.c.name).where(ranked.c.r == 1))
    return dict(rows.all())


def _goal_subjects(session: Session) -> dict[int, str]:
    rows = session.execute(
        select(col(Goal.student_id), func.min(col(Goal.subject)))
        .where(col(Goal.status) == "active")
        .group_by(col(Goal.student_id))
    )
    return dict(rows.all())


def _insert(session: Session, rows: list[dict]) -> int:
    # The daily unique key (student, type, day) turns a second nudge into a no-op.
    return rowcount(session.execute(insert_ignoring_conflicts(session, Notification, rows)))


def nudges_send_daily(session: Session, *, now: datetime) -> int:
    """Send today's nudges in bulk; returns how many were sent."""
    candidates = _candidates(session, now)
    if not candidates:
        return 0
    weakest, goals, provider = _weakest(session), _goal_subjects(session), get_provider()
    rows, sent = [], 0
    for sid, name, count, last in candidates:
        days = max(0, (now - last).days) if last else 0
        nudge = provider.nudge_message(
            StudentActivity(
                student_name=name,
                session_count=count,
                days_inactive=days,
                weakest_concepts=[weakest[sid]] if sid in weakest else [],
                active_goal_subjects=[goals[sid]] if sid in goals else [],
            )
        )
        rows.append(
            {
                "student_id": sid,
                "type": NUDGE_TYPE,
                "title": "A nudge for today",
                "message": nudge.message,
                "cta": "/practice" if sid in weakest else "/sessions",
                "cta_label": nudge.call_to_action[:120],
                "urgency": nudge.urgency,
                "read": False,
                "day": now.date(),
                "created_at": now,
            }
        )
        if len(rows) >= BATCH:
            sent, rows = sent + _insert(session, rows), []
    return sent + (_insert(session, rows) if rows else 0)


@dataclass(frozen=True)
class NudgeDraft:
    """One nudge a registered kind wants sent today."""

    student_id: int
    message: str
    cta: str
    cta_label: str
    title: str = "A nudge for today"
    urgency: str = "low"


NudgeKind = Callable[[Session, datetime], Iterable[NudgeDraft]]
NUDGE_KINDS: dict[str, NudgeKind] = {}


def nudge_kind_register(type: str, find: NudgeKind) -> None:
    """Add a nudge kind (docs/extending.md): the daily job sends what `find(db, now)` yields."""
    if type == NUDGE_TYPE or type in NUDGE_KINDS:
        raise ValueError(f"nudge kind {type!r} is already registered")
    NUDGE_KINDS[type] = find


def nudges_send_kind(session: Session, *, type: str, now: datetime) -> int:
    """Send one registered kind's nudges; a student already nudged today (any kind) is skipped."""
    nudged = set(
        session.scalars(
            select(col(Notification.student_id)).where(
                col(Notification.type).in_([NUDGE_TYPE, *NUDGE_KINDS]),
                col(Notification.day) == now.date(),
            )
        )
    )
    rows = []
    for draft in NUDGE_KINDS[type](session, now):
        if draft.student_id in nudged:
            continue
        nudged.add(draft.student_id)
        rows.append(
            {
                "student_id": draft.student_id,
                "type": type,
                "title": draft.title[:200],
                "message": draft.message,
                "cta": draft.cta,
                "cta_label": draft.cta_label[:120],
                "urgency": draft.urgency,
                "read": False,
                "day": now.date(),
                "created_at": now,
            }
        )
    return _insert(session, rows) if rows else 0
