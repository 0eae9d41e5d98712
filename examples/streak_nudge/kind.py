"""The "streak" nudge: a student who practised yesterday but not yet today hears about it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta

from sqlmodel import Session, col, select

from companion.models import Practice, Role, User
from companion.services.nudge_kinds import NudgeDraft, nudge_kind_register
from examples.study_streak.service import streak_of

TYPE = "streak"


def _day_start(moment: datetime, days_back: int = 0) -> datetime:
    return datetime.combine(moment.date() - timedelta(days=days_back), time(), tzinfo=UTC)


def find_streaks_at_risk(db: Session, now: datetime) -> Iterator[NudgeDraft]:
    """Students whose streak ends tonight unless they practise today."""
    practised = select(Practice.student_id).where(col(Practice.submitted_at) >= _day_start(now, 1))
    today = select(Practice.student_id).where(col(Practice.submitted_at) >= _day_start(now))
    rows = db.exec(
        select(User.id, User.name).where(
            User.role == Role.student,
            col(User.is_active).is_(True),
            col(User.id).in_(practised),
            col(User.id).not_in(today),
        )
    )
    for student_id, name in rows:
        days = streak_of(db, student_id=student_id, today=now.date()).days
        yield NudgeDraft(
            student_id=student_id,
            title="Keep your streak",
            message=f"{name.split()[0] if name else 'Hi'}, you are on a {days}-day streak. "
            "One short practice today keeps it going.",
            cta="/practice",
            cta_label="Practise now",
        )


def install() -> None:
    """Register the kind; call once, before the worker starts."""
    nudge_kind_register(TYPE, find_streaks_at_risk)
