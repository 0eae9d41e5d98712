"""The tutor home's one statement: every student of a tutor with counts, mastery and risk.

One statement on PostgreSQL and SQLite alike, never one query per student: the figures
per student are correlated subqueries that read through the student_id indexes (the
"mastery falling" signal reads only the latest WINDOW updates, however long the history),
and sorting, paging and the totals (students, flagged students) happen in the database.
Parameters: `tutor` (when scoped), `week_ago`, `offset`, `limit`.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from sqlalchemy import Integer, and_, bindparam, case, func, null, select

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


def _mine(scoped: bool) -> Any:
    """The ids of the students in view: the tutor's (by `tutor`), or every student."""
    if scoped:
        return select(_link.student_id).where(_link.tutor_id == bindparam("tutor"))
    return select(_u.id).where(_u.role == Role.student.value)


def _falling(rows: Any) -> Any:
    """1 when a student's latest mastery updates dropped: the newer half of the last WINDOW
    (at least 4) averages more than 5 points below the older half. A subquery correlated
    with `rows` (which has an `id` column) that reads WINDOW rows through the
    (student_id, at) index; one window function, the halves compared without division."""
    latest = (
        select(_me.mastery, _me.at)
        .where(_me.student_id == rows.c.id)
        .order_by(_me.at.desc())  # the index's order: no sort
        .limit(WINDOW)
        .correlate(rows)  # a FROM subquery is not correlated unless told
        .subquery()
    )
    ranked = select(
        latest.c.mastery, func.row_number().over(order_by=latest.c.at.desc()).label("rn")
    ).subquery()
    halves = range(2, WINDOW // 2 + 1)  # the newer half holds n // 2 updates
    sums = select(
        func.count().label("n"),
        func.sum(ranked.c.mastery).label("total"),
        *(func.sum(case((ranked.c.rn <= h, ranked.c.mastery))).label(f"s{h}") for h in halves),
    ).subquery()
    n = sums.c.n
    half = case({k: k // 2 for k in range(4, WINDOW + 1)}, value=n, else_=0)
    newer = case({k: sums.c[f"s{k // 2}"] for k in range(4, WINDOW + 1)}, value=n, else_=0)
    # newer / half < (total - newer) / (n - half) - 5, multiplied out by half * (n - half)
    dropped = newer * (n - half) < (sums.c.total - newer) * half - 5 * half * (n - half)
    return select(case((and_(n >= 4, dropped), 1), else_=0)).select_from(sums).scalar_subquery()


def _count(column: Any) -> Any:
    return select(func.count()).where(column == _u.id).scalar_subquery()


def _students(scoped: bool) -> Any:
    """One row per student in view with the cheap figures: counts through the student_id
    indexes, and open requests grouped once (few rows, and a per-student subquery there is
    planned as a scan of them all). OFFSET 0 keeps PostgreSQL from inlining it, so each
    figure is computed once per student, not once per use."""
    mastery = select(func.avg(_ks.mastery)).where(_ks.student_id == _u.id).scalar_subquery()
    open_requests = (
        select(_rd.student_id.label("sid"), func.count().label("n"))
        .where(_rd.status == "open")
        .group_by(_rd.student_id)
        .subquery("open_requests")
    )
    return (
        select(
            _u.id,
            _u.name,
            _u.email,
            _u.grade,
            _u.last_active_at,
            _u.created_at,
            _count(_ts.student_id).label("sessions"),
            mastery.label("mastery"),
            func.coalesce(open_requests.c.n, 0).label("requests"),
        )
        .outerjoin(open_requests, open_requests.c.sid == _u.id)
        .where(_u.role == Role.student.value, _u.id.in_(_mine(scoped)))
        .offset(0)
        .subquery("students")
    )


def _sort_keys(rows: Any) -> tuple[Any, ...]:
    return (func.lower(rows.c.name), rows.c.sessions, rows.c.mastery, rows.c.last_active_at)


@lru_cache(maxsize=32)
def roster_query(scoped: bool, sort: int, descending: bool, count_flagged: bool = True) -> Any:
    """The roster statement for all students (admins) or a tutor's, sorted by column `sort`
    (name, sessions, mastery, last active): one page, with the totals over all of them.

    Without `count_flagged` the `flagged` total is NULL and only the page's rows read their
    mastery history (sorting and paging do not change how many students are flagged)."""
    students = _students(scoped)
    st = students.c
    # CASE tests in order: the history is read only for students no cheaper flag caught.
    flagged = case(
        (st.sessions < FEW_SESSIONS, 1),
        (st.requests > 0, 1),
        (func.coalesce(st.last_active_at, st.created_at) <= bindparam("week_ago"), 1),
        (_falling(students) == 1, 1),
        else_=0,
    )

    def order(rows: Any) -> tuple[Any, ...]:
        key = _sort_keys(rows)[sort]
        key = key.desc() if descending else key.asc()
        return key.nulls_last(), func.lower(rows.c.name), rows.c.id

    page = (
        select(
            *st,
            func.count().over().label("total"),
            (func.sum(flagged).over() if count_flagged else null()).label("flagged"),
        )
        .order_by(*order(students))
        .offset(bindparam("offset", type_=Integer))
        .limit(bindparam("limit", type_=Integer))
        .subquery("page")
    )
    # The page's own falling flags: one history read per row shown.
    return select(*page.c, _falling(page).label("falling")).order_by(*order(page))
