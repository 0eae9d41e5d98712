"""The outcome figures' reads of activity: whole UTC days from the activity_days rollup,
the part-days at a period's edges from the event log.

A period [since, until) splits into whole days [first, end), read from activity_days (one
row per student per day instead of every event of it), and the edges [since, first) and
[end, until), read from product_events; a period of whole days (the page's, the command
line's) has no edges. Each read gives exactly what the same read of the log alone gives.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    FromClause,
    Select,
    Table,
    case,
    exists,
    func,
    literal,
    or_,
    select,
    union_all,
)
from sqlmodel import Session

from companion.db import rowcount
from companion.models import ActivityDay
from companion.services import events as ev
from companion.services.outcome_sql import EVENTS, Column, activity, at_least_hours_after

DAYS: Table = ActivityDay.metadata.tables[ActivityDay.__tablename__]


@dataclass(frozen=True)
class Split:
    """[first, end): the whole days of a period; `edges`: the part-days around them."""

    first: datetime
    end: datetime
    edges: tuple[tuple[datetime, datetime], ...]


def _midnight(moment: datetime) -> datetime:
    return datetime.combine(moment.astimezone(UTC).date(), time(0), UTC)


def split_days(since: datetime, until: datetime) -> Split:
    """The whole UTC days of [since, until) and the part-days left at its edges."""
    first = _midnight(since)
    first = first if first == since else first + timedelta(days=1)
    end = _midnight(until)
    if first >= end:  # no whole day: all of it from the log
        return Split(until, until, ((since, until),))
    edges = tuple((a, b) for a, b in ((since, first), (end, until)) if a < b)
    return Split(first, end, edges)


def _in_days(split: Split) -> ColumnElement[bool]:
    return (DAYS.c.day >= split.first.date()) & (DAYS.c.day < split.end.date())


def _in_edges(split: Split, e: FromClause = EVENTS) -> ColumnElement[bool]:
    return or_(*((e.c.at >= a) & (e.c.at < b) for a, b in split.edges))


def active_pairs(
    since: datetime, until: datetime, bucket: Callable[[Any, bool], ColumnElement]
) -> Select:
    """(bucket, student_id, seen) for every event of activity in the period, grouped:
    `bucket(column, is_day)` labels a timestamp or a day (e.g. its week); seen is 1 when
    one of them was a reference to the student's own past learning."""
    split, parts = split_days(since, until), []
    if split.first < split.end:
        day = bucket(DAYS.c.day, True)
        parts.append(
            select(day.label("b"), DAYS.c.student_id, DAYS.c.reference.label("seen")).where(
                _in_days(split)
            )
        )
    if split.edges:
        e = EVENTS.alias("e")
        seen = case((e.c.kind.in_(ev.REFERENCE_KINDS), 1), else_=0)
        at = bucket(e.c.at, False)
        parts.append(
            select(at.label("b"), e.c.student_id, seen.label("seen")).where(
                _in_edges(split, e), activity(e)
            )
        )
    rows = (parts[0] if len(parts) == 1 else union_all(*parts)).subquery("rows")
    return select(rows.c.b, rows.c.student_id, func.max(rows.c.seen).label("seen")).group_by(
        rows.c.b, rows.c.student_id
    )


def last_active(since: datetime, until: datetime, students: Select) -> Select:
    """(student_id, last): each of `students`' latest activity in the period."""
    split, parts = split_days(since, until), []
    if split.first < split.end:
        parts.append(
            select(DAYS.c.student_id, DAYS.c.last_at.label("at")).where(
                _in_days(split), DAYS.c.student_id.in_(students)
            )
        )
    if split.edges:
        e = EVENTS.alias("e")
        parts.append(
            select(e.c.student_id, e.c.at).where(
                _in_edges(split, e), activity(e), e.c.student_id.in_(students)
            )
        )
    rows = (parts[0] if len(parts) == 1 else union_all(*parts)).subquery("rows")
    return select(rows.c.student_id, func.max(rows.c.at).label("last")).group_by(rows.c.student_id)


def active_since(
    db: Session, student_id: Column, start: Column, hours: float, until: datetime
) -> ColumnElement[bool]:
    """The student did something at least `hours` after `start` and before `until`."""
    end = _midnight(until)
    days = exists(
        select(literal(1)).where(
            DAYS.c.student_id == student_id,
            DAYS.c.last_at < end,  # the days before until's own
            at_least_hours_after(db, DAYS.c.last_at, start, hours),
        )
    )
    if end == until:
        return days
    e = EVENTS.alias("t")
    edge = exists(
        select(literal(1)).where(
            e.c.student_id == student_id,
            e.c.at >= end,
            e.c.at < until,
            activity(e),
            at_least_hours_after(db, e.c.at, start, hours),
        )
    )
    return days | edge


def activity_days_rebuild(db: Session) -> int:
    """Rebuild the whole rollup from the event log (after a bulk load that bypassed the
    services, e.g. bench/bench_outcomes.py); the rows written."""
    e = EVENTS
    if db.get_bind().dialect.name == "postgresql":
        day = func.date(func.timezone("UTC", e.c.at))
    else:
        day = func.date(e.c.at)
    seen = func.max(case((e.c.kind.in_(ev.REFERENCE_KINDS), 1), else_=0))
    rows = (
        select(e.c.student_id, day, func.max(e.c.at), seen)
        .where(activity(e))
        .group_by(e.c.student_id, day)
    )
    db.execute(DAYS.delete())
    insert = DAYS.insert().from_select(["student_id", "day", "last_at", "reference"], rows)
    return rowcount(db.execute(insert))
