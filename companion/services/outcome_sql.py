"""Portable SQL pieces for the outcome figures (SQLite and PostgreSQL differ on time)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from typing import Any

from sqlalchemy import Float, FromClause, Select, Table, case, cast, func, literal, text
from sqlalchemy.orm import Mapped
from sqlalchemy.sql import ColumnElement
from sqlmodel import Session, col, select

from companion.models import ProductEvent, Role, TutorStudent, User
from companion.services import events

# A timestamp column: Core (`EVENTS.c.at`) or ORM (`col(User.created_at)`).
Column = ColumnElement[Any] | Mapped[Any]

# The Core table (set-based reads): SQLModel's stubs do not declare `__table__`.
EVENTS: Table = ProductEvent.metadata.tables[ProductEvent.__tablename__]


def is_postgres(db: Session) -> bool:
    """True on PostgreSQL (interval arithmetic), False on SQLite (julian days)."""
    return db.get_bind().dialect.name == "postgresql"


def fast_reads(db: Session) -> None:
    """On PostgreSQL, no JIT for this transaction: compiling these short aggregate queries
    cost more than running them (bench/bench_outcomes.py)."""
    if is_postgres(db):
        db.execute(text("SET LOCAL jit = off"))
        # Bitmap scans over a month of events go lossy (and recheck every row) at the default.
        db.execute(text("SET LOCAL work_mem = '64MB'"))


def within_hours(db: Session, later: Column, earlier: Column, hours: float) -> ColumnElement[bool]:
    """`later` is at most `hours` after `earlier` (both timestamp columns)."""
    if is_postgres(db):
        return later <= earlier + func.make_interval(0, 0, 0, 0, 0, 0, literal(hours * 3600.0))
    days = cast(literal(hours / 24.0), Float)
    return func.julianday(later) <= func.julianday(earlier) + days


def at_least_hours_after(
    db: Session, later: Column, earlier: Column, hours: float
) -> ColumnElement[bool]:
    """`later` is `hours` or more after `earlier`."""
    if is_postgres(db):
        return later >= earlier + func.make_interval(0, 0, 0, 0, 0, 0, literal(hours * 3600.0))
    days = cast(literal(hours / 24.0), Float)
    return func.julianday(later) >= func.julianday(earlier) + days


def week_of(db: Session, column: Column) -> ColumnElement:
    """The Monday of the ISO week a timestamp falls in (a timestamp on PostgreSQL, a
    YYYY-MM-DD text on SQLite: read it with week_label)."""
    if is_postgres(db):
        return func.date_trunc("week", column)
    return func.date(column, "weekday 0", "-6 days")


def week_bucket(
    column: ColumnElement, since: datetime, until: datetime, dates: bool = False
) -> ColumnElement:
    """The Monday (YYYY-MM-DD) of the week of a timestamp (or of a date, with `dates`) in
    [since, until), as a CASE over the period's few week boundaries: comparisons are much
    cheaper than date_trunc per row, and the same SQL runs on both databases."""
    monday = datetime.combine(since.date() - timedelta(days=since.weekday()), time(0), UTC)
    whens = []
    while monday < until:
        nxt = monday + timedelta(days=7)
        whens.append((column < (nxt.date() if dates else nxt), literal(monday.date().isoformat())))
        monday = nxt
    return case(*whens, else_=literal(""))


def week_label(value: str | datetime) -> str:
    """A week_of value as YYYY-MM-DD."""
    return value if isinstance(value, str) else value.date().isoformat()


@dataclass(frozen=True)
class Scope:
    """The students an actor may count: ids in `ids`, or (`outside`) every user id but
    those in `ids`."""

    ids: Select
    outside: bool = False


def scope_ids(actor: User | None) -> Scope:
    """Every student for admins (and the command line, actor None), a tutor's own students.

    Every student is every user but the few staff (events and ids always name an existing
    user): a NOT IN over the staff is a tiny hash, where an IN over 100,000 students hashed
    them all in each query."""
    if actor is None or actor.role == Role.admin:
        return Scope(select(col(User.id)).where(User.role != Role.student), outside=True)
    return Scope(select(TutorStudent.student_id).where(TutorStudent.tutor_id == actor.id))


def in_scope(column: Column, scope: Scope) -> ColumnElement[bool]:
    """`column` (a user id) is one of the scope's students."""
    return column.not_in(scope.ids) if scope.outside else column.in_(scope.ids)


def activity(alias: FromClause = EVENTS) -> ColumnElement[bool]:
    """Events that are the student doing something (a sent nudge is the app, not the student)."""
    return alias.c.kind != events.NUDGE_SENT


def ratio(part: int, whole: int | None) -> float | None:
    """part / whole, or None when there is nothing to measure."""
    return round(part / whole, 4) if whole else None
