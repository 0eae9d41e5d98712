"""The daily nudge: students who drift get one encouraging notification a day, at most."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import Row, func, select
from sqlmodel import Session, col

from companion.ai import get_provider
from companion.ai.schemas import StudentActivity
from companion.db import insert_ignoring_conflicts, rowcount
from companion.models import Goal, KnowledgeState, Notification, Role, TutoringSession, User
from companion.services.nudge_bandit import NudgeBandit
from companion.services.preferences import email_notification, plan_for, preferences_for
from companion.settings import nudges_enabled

NUDGE_TYPE = "nudge"
INACTIVE_DAYS = 7
MIN_SESSIONS = 3
BATCH = 5000


def _candidates(session: Session, now: datetime) -> Sequence[Row]:
    sessions = (
        select(col(TutoringSession.student_id), func.count().label("n"))
        .group_by(col(TutoringSession.student_id))
        .subquery()
    )
    nudged = select(col(Notification.student_id)).where(
        col(Notification.type) == NUDGE_TYPE, col(Notification.day) == now.date()
    )
    last = func.coalesce(col(User.last_active_at), col(User.created_at))
    user_id = col(User.id)
    return session.execute(
        select(user_id, col(User.name), func.coalesce(sessions.c.n, 0), last)
        .outerjoin(sessions, sessions.c.student_id == user_id)
        .where(
            col(User.role) == Role.student,
            col(User.is_active).is_(True),
            user_id.not_in(nudged),
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
    return rowcount(session.execute(insert_ignoring_conflicts(session, Notification, rows))) or 0


def nudges_send_daily(session: Session, *, now: datetime) -> int:
    """Send today's nudges in bulk; returns how many were sent."""
    candidates = _candidates(session, now) if nudges_enabled() else []
    if not candidates:
        return 0
    weakest, goals, provider = _weakest(session), _goal_subjects(session), get_provider()
    prefs = preferences_for(session, [c[0] for c in candidates])
    bandit = NudgeBandit(session, now=now)
    rows, sent = [], 0
    for sid, name, count, last in candidates:
        plan = plan_for(prefs[sid], "daily_nudge", now)
        if not (plan.in_app or plan.email):
            continue  # the student turned nudges off
        days = max(0, (now - last).days) if last else 0
        activity = StudentActivity(
            student_name=name,
            session_count=count,
            days_inactive=days,
            weakest_concepts=[weakest[sid]] if sid in weakest else [],
            active_goal_subjects=[goals[sid]] if sid in goals else [],
        )
        nudge = bandit.pick(sid, activity, provider.nudge_message(activity))
        cta = "/practice" if sid in weakest else "/sessions"
        emailed = plan.email and email_notification(
            session,
            student_id=sid,
            type=NUDGE_TYPE,
            title="A nudge for today",
            message=nudge.message,
            cta=cta,
            plan=plan,
            key=f"mail:nudge:{sid}:{now.date()}",
            prefs=prefs[sid],
        )
        if not plan.in_app:
            sent += bool(emailed)  # an email-only nudge counts as sent
            continue
        rows.append(
            {
                "student_id": sid,
                "type": NUDGE_TYPE,
                "title": "A nudge for today",
                "message": nudge.message,
                "cta": cta,
                "cta_label": nudge.call_to_action[:120],
                "urgency": nudge.urgency,
                "read": False,
                "day": now.date(),
                "created_at": now,
            }
        )
        if len(rows) >= BATCH:
            sent, rows = sent + _insert(session, rows), []
    sent += _insert(session, rows) if rows else 0
    bandit.record_sent(session)
    return sent
