"""The daily nudge: students who drift get one encouraging notification a day, at most.

Set-based, for 100,000 students in seconds (bench/bench_jobs.py): one query finds the
candidates with all their message needs (sessions, last activity, weakest concept, active
goal, the wording of their last nudge, their notification preferences; students who turned
nudges off or were nudged today are left out there). Python only words the messages (the
offline templates, in the wording the bandit chose); the notifications, their nudge_sent
events and the email jobs go in with bulk statements.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Row, func, select
from sqlmodel import Session

from companion.ai.schemas import StudentActivity
from companion.db import insert_many
from companion.models import (
    Goal,
    KnowledgeState,
    Notification,
    NotificationPreference,
    ProductEvent,
    Role,
    TutoringSession,
    User,
)
from companion.services import events as ev
from companion.services.bulk_mail import Mail, mails_queue
from companion.services.nudge_bandit import NudgeBandit
from companion.services.preferences import DEFAULTS, Preferences, plan_for
from companion.settings import nudges_enabled

NUDGE_TYPE = "nudge"
KIND = "daily_nudge"  # the preference kind
TITLE = "A nudge for today"
INACTIVE_DAYS = 7
MIN_SESSIONS = 3

_u, _ts, _ks = User.__table__.c, TutoringSession.__table__.c, KnowledgeState.__table__.c
_g, _n, _e = Goal.__table__.c, Notification.__table__.c, ProductEvent.__table__.c
_p = NotificationPreference.__table__.c
NOTIFICATIONS = Notification.__table__


def _candidates(session: Session, now: datetime) -> Sequence[Row]:
    """Every student to nudge today, with what the message and the delivery need."""
    sessions = select(_ts.student_id, func.count().label("n")).group_by(_ts.student_id).subquery()
    nudged = select(_n.student_id).where(_n.type == NUDGE_TYPE, _n.day == now.date())
    weakest = (
        select(_ks.name)
        .where(_ks.student_id == _u.id)
        .order_by(_ks.mastery, _ks.id)
        .limit(1)
        .scalar_subquery()
    )
    goal = (
        select(func.min(_g.subject))
        .where(_g.student_id == _u.id, _g.status == "active")
        .scalar_subquery()
    )
    last_arm = (
        select(_e.data["template"].as_string())
        .where(_e.student_id == _u.id, _e.kind == ev.NUDGE_SENT)
        .order_by(_e.at.desc(), _e.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    channel = func.coalesce(_p.channels[KIND].as_string(), DEFAULTS[KIND])
    count = func.coalesce(sessions.c.n, 0)
    last = func.coalesce(_u.last_active_at, _u.created_at)
    return session.execute(
        select(
            _u.id,
            _u.name,
            _u.email,
            count.label("sessions"),
            last.label("last"),
            weakest.label("weakest"),
            goal.label("goal"),
            last_arm.label("last_arm"),
            channel.label("channel"),
            _p.timezone,
            _p.quiet_start,
            _p.quiet_end,
        )
        .select_from(User.__table__)
        .outerjoin(sessions, sessions.c.student_id == _u.id)
        .outerjoin(NotificationPreference.__table__, _p.student_id == _u.id)
        .where(_u.role == Role.student.value, _u.is_active.is_(True), _u.id.not_in(nudged))
        .where((count < MIN_SESSIONS) | (last <= now - timedelta(days=INACTIVE_DAYS)))
        .where(channel != "off")
    ).all()


def _activity(row: Any, now: datetime) -> StudentActivity:
    return StudentActivity(
        student_name=row.name,
        session_count=row.sessions,
        days_inactive=max(0, (now - row.last).days) if row.last else 0,
        weakest_concepts=[row.weakest] if row.weakest else [],
        active_goal_subjects=[row.goal] if row.goal else [],
    )


def _mail(row: Any, message: str, cta: str, now: datetime) -> Mail:
    prefs = Preferences(
        channels={**DEFAULTS, KIND: row.channel},
        timezone=row.timezone or "UTC",
        quiet_start=row.quiet_start,
        quiet_end=row.quiet_end,
    )
    run_after = plan_for(prefs, KIND, now).run_after
    return Mail(
        student_id=row.id, to=row.email, name=row.name, kind=KIND, subject=TITLE,
        message=message, cta=cta, key=f"mail:nudge:{row.id}:{now.date()}",
        run_after=run_after, day=(run_after or now).astimezone(ZoneInfo(prefs.timezone)).date(),
    )  # fmt: skip


def nudges_send_daily(session: Session, *, now: datetime) -> int:
    """Send today's nudges in bulk; returns how many were sent."""
    candidates = _candidates(session, now) if nudges_enabled() else []
    if not candidates:
        return 0
    bandit = NudgeBandit(session, now=now)
    rows, mails = [], []
    for row in candidates:
        activity = _activity(row, now)
        chosen = bandit.pick(row.id, activity, row.last_arm)
        cta = "/practice" if row.weakest else "/sessions"
        if row.channel in ("email", "both"):
            mails.append(_mail(row, chosen.message, cta, now))
        if row.channel in ("in_app", "both"):
            rows.append(
                {"student_id": row.id, "type": NUDGE_TYPE, "title": TITLE,
                 "message": chosen.message, "cta": cta,
                 "cta_label": chosen.call_to_action[:120], "urgency": chosen.urgency,
                 "read": False, "day": now.date(), "created_at": now}
            )  # fmt: skip
    emailed = mails_queue(session, mails) if mails else set()
    # The daily unique key (student, type, day) turns a second nudge into a no-op.
    inserted = insert_many(
        session, NOTIFICATIONS, rows, returning=("id", "student_id"), ignore_conflicts=True
    )
    bandit.record_sent(session, inserted)
    # An email-only nudge counts as sent when its email was queued.
    in_app = {r["student_id"] for r in rows}
    return len(inserted) + len(emailed - in_app)
