"""The tutor home's one statement: every student of a tutor with counts, mastery and risk.

Set-based on PostgreSQL and SQLite alike: per-student aggregates are grouped once over the
tutor's students (never one query per student), the "mastery falling" signal comes from a
window over the latest mastery updates, and sorting, paging and the totals (students,
flagged students) happen in the database. Parameters: `tutor` (when scoped), `week_ago`,
`offset`, `limit`.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from sqlalchemy import (
    Integer,
    and_,
    bindparam,
    case,
    func,
    or_,
    select,
)

from companion.models import (
    KnowledgeState,
    MasteryEvent,
    Role,
    RoutingDecision,
    TutoringSession,
    TutorStudent,
    User,
)

WINDOW = 10  # the latest mastery updates compared: newer half against older half
FEW_SESSIONS = 3

_u, _ts = User.__table__.c, TutoringSession.__table__.c
_ks, _me = KnowledgeState.__table__.c, MasteryEvent.__table__.c
_rd, _link = RoutingDecision.__table__.c, TutorStudent.__table__.c


def _students(scoped: bool) -> Any:
    query = select(_u.id, _u.name, _u.email, _u.grade, _u.last_active_at, _u.created_at).where(
        _u.role == Role.student.value
    )
    if scoped:
        mine = select(_link.student_id).where(_link.tutor_id == bindparam("tutor"))
        query = query.where(_u.id.in_(mine))
    return query.cte("students")


def _per_student(students: Any, column: Any, value: Any, *where: Any) -> Any:
    ids = select(students.c.id)
    return (
        select(column.label("sid"), value.label("v"))
        .where(column.in_(ids), *where)
        .group_by(column)
        .subquery()
    )


def _falling(students: Any) -> Any:
    ranked = (
        select(
            _me.student_id,
            _me.mastery,
            func.row_number()
            .over(partition_by=_me.student_id, order_by=(_me.at.desc(), _me.id.desc()))
            .label("rn"),
            func.count().over(partition_by=_me.student_id).label("n"),
        )
        .where(_me.student_id.in_(select(students.c.id)))
        .subquery()
    )
    cap = case((ranked.c.n > WINDOW, WINDOW), else_=ranked.c.n)
    newer = func.avg(case((ranked.c.rn * 2 <= cap, ranked.c.mastery)))
    older = func.avg(case((ranked.c.rn * 2 > cap, ranked.c.mastery)))
    falling = and_(func.max(cap) >= 4, newer < older - 5)
    return (
        select(ranked.c.student_id.label("sid"), case((falling, 1), else_=0).label("v"))
        .where(ranked.c.rn <= WINDOW)
        .group_by(ranked.c.student_id)
        .subquery()
    )


@lru_cache(maxsize=32)
def roster_query(scoped: bool, sort: int, descending: bool) -> Any:
    """The roster statement for all students (admins) or a tutor's, sorted by column `sort`
    (name, sessions, mastery, last active)."""
    students = _students(scoped)
    sessions = _per_student(students, _ts.student_id, func.count())
    mastery = _per_student(students, _ks.student_id, func.avg(_ks.mastery))
    requests = _per_student(students, _rd.student_id, func.count(), _rd.status == "open")
    falling = _falling(students)
    n_sessions = func.coalesce(sessions.c.v, 0)
    n_requests = func.coalesce(requests.c.v, 0)
    is_falling = func.coalesce(falling.c.v, 0)
    last = func.coalesce(students.c.last_active_at, students.c.created_at)
    flagged = case(
        (
            or_(
                n_sessions < FEW_SESSIONS,
                is_falling == 1,
                n_requests > 0,
                last <= bindparam("week_ago"),
            ),
            1,
        ),
        else_=0,
    )
    keys = (func.lower(students.c.name), n_sessions, mastery.c.v, students.c.last_active_at)
    key = keys[sort].desc() if descending else keys[sort].asc()
    query = (
        select(
            students,
            n_sessions.label("sessions"),
            mastery.c.v.label("mastery"),
            n_requests.label("requests"),
            is_falling.label("falling"),
            func.count().over().label("total"),
            func.sum(flagged).over().label("flagged"),
        )
        .select_from(students)
        .outerjoin(sessions, sessions.c.sid == students.c.id)
        .outerjoin(mastery, mastery.c.sid == students.c.id)
        .outerjoin(requests, requests.c.sid == students.c.id)
        .outerjoin(falling, falling.c.sid == students.c.id)
        .order_by(key.nulls_last(), func.lower(students.c.name), students.c.id)
        .offset(bindparam("offset", type_=Integer))
        .limit(bindparam("limit", type_=Integer))
    )
    return query
