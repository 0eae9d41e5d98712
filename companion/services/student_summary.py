"""student_summaries: the tutor home's figures per student, kept by the writers.

The services that write a student's sessions, knowledge, mastery history or hand-off
requests call `summary_refresh` after their writes, in their own transaction: it takes
the student's advisory lock (services/student_lock.py, held to the end of the
transaction) and recomputes the student's row from those tables in one upsert. Writers
of one student so queue on the lock, and the last of them recomputes after the others
committed (READ COMMITTED: each statement sees what committed before it), so the row
always matches the rows it summarises. The figures:

- sessions, open_requests: counts; concepts, mastery_sum: the average mastery is
  mastery_sum / concepts (NULL without concepts), as AVG computes it;
- falling: the newer half of the latest WINDOW mastery updates (at least 4) averages more
  than 5 points below the older half.

`summaries_rebuild` recomputes many students at once (the migration's backfill, seeds
that insert rows in bulk).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from sqlalchemy import and_, bindparam, case, func, select, true
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session

from companion.models import (
    KnowledgeState,
    MasteryEvent,
    Role,
    RoutingDecision,
    StudentSummary,
    TutoringSession,
    User,
)
from companion.services.student_lock import student_lock

WINDOW = 10  # the latest mastery updates compared: newer half against older half

_u, _ts = User.__table__.c, TutoringSession.__table__.c
_ks, _me = KnowledgeState.__table__.c, MasteryEvent.__table__.c
_rd, _sum = RoutingDecision.__table__.c, StudentSummary.__table__


def _falling() -> Any:
    """1 when the student (users.id of the outer query) has a falling mastery, else 0.

    Reads the latest WINDOW updates through the (student_id, at) index; one window
    function, the halves compared without division."""
    latest = (
        select(_me.mastery, _me.at, _me.id)
        .where(_me.student_id == _u.id)
        .order_by(_me.at.desc(), _me.id.desc())
        .limit(WINDOW)
        .correlate(User.__table__)  # a FROM subquery is not correlated unless told
        .subquery()
    )
    ranked = select(
        latest.c.mastery,
        func.row_number().over(order_by=(latest.c.at.desc(), latest.c.id.desc())).label("rn"),
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
    return select(case((and_(n >= 4, dropped), True), else_=False)).select_from(sums)


def _figures(where: Any) -> Any:
    """One row of figures per student matching `where` (on users)."""

    def count(column: Any, *more: Any) -> Any:
        return select(func.count()).where(column == _u.id, *more).scalar_subquery()

    mastery_sum = select(func.coalesce(func.sum(_ks.mastery), 0)).where(_ks.student_id == _u.id)
    return select(
        _u.id,
        count(_ts.student_id),
        count(_ks.student_id),
        mastery_sum.scalar_subquery(),
        _falling().scalar_subquery(),
        count(_rd.student_id, _rd.status == "open"),
    ).where(_u.role == Role.student.value, where)


COLUMNS = ("student_id", "sessions", "concepts", "mastery_sum", "falling", "open_requests")


def _upsert(dialect: str, where: Any) -> Any:
    maker: Any = {"postgresql": postgresql.insert, "sqlite": sqlite.insert}[dialect]
    stmt = maker(_sum).from_select(list(COLUMNS), _figures(where))
    return stmt.on_conflict_do_update(
        index_elements=[_sum.c.student_id],
        set_={name: stmt.excluded[name] for name in COLUMNS[1:]},
    )


@lru_cache(maxsize=4)
def _refresh_statement(dialect: str) -> Any:
    return _upsert(dialect, _u.id == bindparam("student"))


def summary_refresh(session: Session, *, student_id: int) -> None:
    """Recompute the student's summary row after writing their rows (same transaction)."""
    student_lock(session, student_id=student_id)
    session.flush()  # the rows this transaction added count
    dialect = session.get_bind().dialect.name
    session.execute(_refresh_statement(dialect), {"student": student_id})


def rebuild_statement(dialect: str, student_ids: list[int] | None = None) -> Any:
    """The upsert that recomputes these students' rows (every student's when None)."""
    return _upsert(dialect, _u.id.in_(student_ids) if student_ids is not None else true())


def summaries_rebuild(session: Session, student_ids: list[int] | None = None) -> None:
    """Recompute the summary rows of these students (every student when None) in one
    statement: for rows written in bulk, past the services."""
    session.execute(rebuild_statement(session.get_bind().dialect.name, student_ids))
