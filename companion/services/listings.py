"""Lean lists for staff pages: sessions conducted, the routing queue (and `page_of` for more).

Each list is ONE Core select: names joined in, only the columns the page shows (never a
transcript's text or a job's payload), sorted and paged in the database, the total counted
by a window over the same rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import aliased
from sqlmodel import Session, col

from companion.models import Role, RoutingDecision, Transcript, TutoringSession, User
from companion.models import TutorStudent as Link
from companion.services.access import require_tutor
from companion.services.validation import page_args

URGENCY_ORDER = {"high": 0, "medium": 1, "low": 2}


@dataclass
class Page:
    """One page of rows (Core rows, read by attribute) and how many rows there are in all."""

    rows: list[Any]
    total: int


def page_of(session: Session, query: Any, page: object, limit: object, count: Any = None) -> Page:
    """Rows of page `page` of `query` (`limit` a page) and the total.

    Without `count` the total is a window over the same rows (one statement); a list that
    grows without bound passes its own cheap `count` select (two statements), so the page
    reads `limit` rows through an index instead of joining every row to count it.
    """
    p, n = page_args(page, limit)
    if count is None:
        query = query.add_columns(func.count().over().label("total"))
    rows = session.exec(query.offset((p - 1) * n).limit(n)).all()
    if count is not None:
        return Page(rows, session.exec(count).one()[0])
    return Page(rows, rows[0].total if rows else 0)


def sessions_page(session: Session, *, actor: User, page: object = 1, limit: object = 50) -> Page:
    """Sessions a tutor conducted (every session for an admin), newest first, with the
    student's and tutor's names and the analysis status.

    The page is chosen from tutoring_sessions alone (newest first through the (tutor_id,
    date) index, a transcript checked per row read), and only its rows are joined to names
    and status: the cost is one page, not every session the tutor ever conducted."""
    require_tutor(actor)
    p, n = page_args(page, limit)
    ts, tr = TutoringSession.__table__, Transcript.__table__
    student, tutor = aliased(User.__table__), aliased(User.__table__)
    analysed = select(tr.c.id).where(tr.c.session_id == ts.c.id).exists()
    chosen = select(ts.c.id, ts.c.date, ts.c.subject, ts.c.student_id, ts.c.tutor_id).where(
        analysed
    )
    count = select(func.count()).select_from(ts)
    if actor.role != Role.admin:
        chosen = chosen.where(ts.c.tutor_id == actor.id)
        count = count.where(ts.c.tutor_id == actor.id)
    newest = (ts.c.date.desc(), ts.c.id.desc())
    rows = chosen.order_by(*newest).offset((p - 1) * n).limit(n).subquery("page")
    query = (
        select(
            rows.c.id,
            rows.c.date,
            rows.c.subject,
            rows.c.student_id,
            student.c.name.label("student_name"),
            tutor.c.name.label("tutor_name"),
            tr.c.status,
        )
        .join(tr, tr.c.session_id == rows.c.id)
        .join(student, student.c.id == rows.c.student_id)
        .outerjoin(tutor, tutor.c.id == rows.c.tutor_id)
        .order_by(rows.c.date.desc(), rows.c.id.desc())
    )
    return Page(session.exec(query).all(), session.exec(count).one()[0])


def requests_page(session: Session, *, actor: User, page: object = 1, limit: object = 100) -> Page:
    """Open routing requests of the tutor's students (all for an admin), most urgent and
    oldest first, with the student's name."""
    require_tutor(actor)
    rd, u = RoutingDecision.__table__, User.__table__
    urgency = case(URGENCY_ORDER, value=rd.c.urgency, else_=len(URGENCY_ORDER))
    query = (
        select(
            rd.c.id,
            rd.c.student_id,
            u.c.name.label("student_name"),
            rd.c.urgency,
            rd.c.topic,
            rd.c.est_minutes,
            rd.c.reason,
            rd.c.preferred_time,
            rd.c.created_at,
        )
        .join(u, u.c.id == rd.c.student_id)
        .where(rd.c.status == "open")
        .order_by(urgency, rd.c.created_at, rd.c.id)
    )
    if actor.role != Role.admin:
        mine = select(col(Link.student_id)).where(col(Link.tutor_id) == actor.id)
        query = query.where(rd.c.student_id.in_(mine))
    return page_of(session, query, page, limit)
