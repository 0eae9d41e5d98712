"""The admin home's figures: accounts, sessions, jobs and hand-offs, counted in the database."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from companion.models import RoutingDecision, Transcript, User
from companion.models.users import Role
from companion.services.access import require_admin
from jobs.admin import queue_stats


@dataclass(frozen=True)
class AdminOverview:
    students: int  # active accounts of each role
    tutors: int
    admins: int
    inactive: int  # deactivated accounts, any role
    sessions: int
    analysing: int  # transcripts waiting for or in analysis
    failed: int  # analyses that failed
    jobs_waiting: int  # queued or running
    jobs_dead: int  # out of retries
    handoffs_open: int  # students asking for a human tutor, not yet booked


def _counts(db: Session, column: Any, *where: Any) -> dict[Any, int]:
    query = select(column, func.count()).where(*where).group_by(column)
    return dict(db.exec(query).all())


def admin_overview(db: Session, *, actor: User) -> AdminOverview:
    """Five grouped counts, whatever the number of rows (admins only)."""
    require_admin(actor)
    active = _counts(db, col(User.role), col(User.is_active))
    users = _counts(db, col(User.is_active))
    transcripts = _counts(db, col(Transcript.status))
    jobs = queue_stats(db)
    handoffs = _counts(db, col(RoutingDecision.status))
    return AdminOverview(
        students=active.get(Role.student.value, 0),
        tutors=active.get(Role.tutor.value, 0),
        admins=active.get(Role.admin.value, 0),
        inactive=users.get(False, 0),
        sessions=sum(transcripts.values()),
        analysing=transcripts.get("pending", 0) + transcripts.get("processing", 0),
        failed=transcripts.get("failed", 0),
        jobs_waiting=jobs["queued"] + jobs["running"],
        jobs_dead=jobs["dead"],
        handoffs_open=handoffs.get("open", 0),
    )
