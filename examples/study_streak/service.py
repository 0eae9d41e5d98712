"""The study streak: how many days in a row a student has submitted practice."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlmodel import Session, col, select

from companion.models import Practice, User
from companion.services.access import require_view_student


@dataclass(frozen=True)
class Streak:
    days: int
    last_day: date | None


def streak_get(db: Session, *, actor: User, student_id: int, today: date) -> Streak:
    """Days in a row (ending today or yesterday) with submitted practice; NotFound if hidden."""
    require_view_student(db, actor, student_id)
    return streak_of(db, student_id=student_id, today=today)


def streak_of(db: Session, *, student_id: int, today: date) -> Streak:
    """The streak without a permission check: for jobs, which act for nobody."""
    stamps = db.exec(
        select(Practice.submitted_at).where(
            Practice.student_id == student_id, col(Practice.submitted_at).is_not(None)
        )
    ).all()
    days = {s.date() for s in stamps if s is not None}
    if not days:
        return Streak(0, None)
    last = max(days)
    # A streak survives until the end of the day after the last practice.
    if last < today - timedelta(days=1):
        return Streak(0, last)
    count, day = 0, last
    while day in days:
        count, day = count + 1, day - timedelta(days=1)
    return Streak(count, last)
