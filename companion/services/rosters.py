"""The tutor home's one statement: every student of a tutor with counts, mastery and risk.

The figures per student come from student_summaries (kept by the services that write
the rows they summarise: services/student_summary.py), joined to the tutor's links and
the users; sorting, paging and the totals (students, flagged students) happen in the
database. No per-student subquery: the cost is one indexed row per student.
Parameters: `tutor` (when scoped), `week_ago`, `offset`, `limit`.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from sqlalchemy import Float, Integer, Numeric, bindparam, case, cast, false, func, null, select

from companion.models import Role, StudentSummary, TutorStudent, User

FEW_SESSIONS = 3

_u, _sum, _link = User.__table__.c, StudentSummary.__table__, TutorStudent.__table__.c


def _mine(scoped: bool) -> Any:
    """The ids of the students in view: the tutor's (by `tutor`), or every student."""
    if scoped:
        return select(_link.student_id).where(_link.tutor_id == bindparam("tutor"))
    return select(_u.id).where(_u.role == Role.student.value)


def _average(postgres: bool) -> Any:
    """mastery_sum / concepts as AVG(mastery) gives it: numeric on PostgreSQL, a float on
    SQLite (so sorting and rounding match); NULL without concepts."""
    s = _sum.c
    total = cast(s.mastery_sum, Numeric if postgres else Float)
    return case((s.concepts > 0, total / s.concepts), else_=null())


def _students(scoped: bool, postgres: bool) -> Any:
    s = _sum.c
    return (
        select(
            _u.id,
            _u.name,
            _u.email,
            _u.grade,
            _u.last_active_at,
            _u.created_at,
            func.coalesce(s.sessions, 0).label("sessions"),
            _average(postgres).label("mastery"),
            func.coalesce(s.open_requests, 0).label("requests"),
            func.coalesce(s.falling, false()).label("falling"),
        )
        .select_from(User.__table__)
        .outerjoin(_sum, s.student_id == _u.id)
        .where(_u.role == Role.student.value, _u.id.in_(_mine(scoped)))
        .subquery("students")
    )


def _sort_keys(rows: Any) -> tuple[Any, ...]:
    return (func.lower(rows.c.name), rows.c.sessions, rows.c.mastery, rows.c.last_active_at)


@lru_cache(maxsize=64)
def roster_query(
    scoped: bool, sort: int, descending: bool, count_flagged: bool = True, postgres: bool = True
) -> Any:
    """The roster statement for all students (admins) or a tutor's, sorted by column `sort`
    (name, sessions, mastery, last active): one page, with the totals over all of them.

    Without `count_flagged` the `flagged` total is NULL (sorting and paging do not change
    how many students are flagged)."""
    students = _students(scoped, postgres)
    st = students.c
    flagged = case(
        (st.sessions < FEW_SESSIONS, 1),
        (st.requests > 0, 1),
        (func.coalesce(st.last_active_at, st.created_at) <= bindparam("week_ago"), 1),
        (st.falling, 1),
        else_=0,
    )
    key = _sort_keys(students)[sort]
    key = key.desc() if descending else key.asc()
    return (
        select(
            *st,
            func.count().over().label("total"),
            (func.sum(flagged).over() if count_flagged else null()).label("flagged"),
        )
        .order_by(key.nulls_last(), func.lower(st.name), st.id)
        .offset(bindparam("offset", type_=Integer))
        .limit(bindparam("limit", type_=Integer))
    )
