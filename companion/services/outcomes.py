"""Outcomes: the five success bars and the tables behind them, one set-based query each.

Definitions (shown on the page and in the API, from BARS):
- An *active* student did something in the period (any event but a sent nudge).
- Day-N retention: a student who signed up at t counts as retained at day N when they did
  something at or after t + N days (up to the period's end); only students whose t + N days
  falls before the period's end are counted.
"""

from __future__ import annotations

import csv
import io
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import ColumnElement, FromClause, and_, case, func, select
from sqlmodel import Session, col

from companion.models import Role, User
from companion.services import events as ev
from companion.services.access import require_tutor
from companion.services.errors import Invalid
from companion.services.outcome_days import active_since
from companion.services.outcome_sql import (
    EVENTS,
    Scope,
    fast_reads,
    in_scope,
    ratio,
    scope_ids,
)
from companion.services.outcome_tables import ActivityWeeks, activity_weeks, outcome_tables

MAX_DAYS = 366
DEFAULT_DAYS = 28
MIN_DAY, MAX_DAY = date(2000, 1, 1), date(2100, 1, 1)
PERIOD_TOO_LONG = f"Choose a period of at most {MAX_DAYS} days, ending after it starts."
UNKNOWN_TABLE = "Unknown table: choose bars, weekly_active, cohorts, funnel or goal_chain."
TABLES = ("bars", "weekly_active", "cohorts", "funnel", "goal_chain")
BARS = {
    "reference": (
        0.80,
        "Active students who saw a reference to their own past learning: a chat answer "
        "citing one of their sessions, a completed session analysis they opened, or a "
        "review of concepts that were due.",
    ),
    "goals": (0.60, "Goals created in the period that have been completed."),
    "practice": (0.70, "Practice sets assigned in the period that the student submitted."),
    "nudges": (
        0.30,
        "Nudges sent in the period after which the student, within 48 h, uploaded a session, "
        "asked for / opened / submitted practice, did a due review or set a goal.",
    ),
    "retention": (
        0.10,
        "Relative lift of day-7 retention of the students who signed up in the period over "
        "those who signed up in the previous period of the same length (each measured up to "
        "its own period's end).",
    ),
}


@dataclass
class Bar:
    key: str
    value: float | None
    target: float
    met: bool | None
    numerator: float | None
    denominator: float | None
    definition: str


@dataclass
class Outcomes:
    since: datetime
    until: datetime
    bars: list[Bar]
    tables: dict[str, list[dict]] = field(default_factory=dict)


def _bar(key: str, value: float | None, num: float | None, den: float | None) -> Bar:
    target, definition = BARS[key]
    met = None if value is None else value >= target
    return Bar(key, value, target, met, num, den, definition)


def _in(alias: FromClause, since: datetime, until: datetime, scope: Scope) -> ColumnElement[bool]:
    return and_(alias.c.at >= since, alias.c.at < until, in_scope(alias.c.student_id, scope))


def _reference(weeks: ActivityWeeks) -> Bar:
    return _bar(
        "reference", ratio(weeks.saw_reference, weeks.active), weeks.saw_reference, weeks.active
    )


def _followed(
    db: Session,
    key: str,
    first: str,
    then: str,
    since: datetime,
    until: datetime,
    scope: Scope,
) -> Bar:
    """Rows of kind `first` in the period whose `then` event (same ref) came before until."""
    a, b = EVENTS.alias("a"), EVENTS.alias("b")
    join = and_(b.c.kind == then, b.c.ref_id == a.c.ref_id, b.c.student_id == a.c.student_id)
    q = (
        # A row is completed at most once; student_id (never NULL) keeps b index-only.
        select(func.count(), func.count(b.c.student_id))
        .select_from(a.outerjoin(b, and_(join, b.c.at >= since, b.c.at < until)))
        .where(a.c.kind == first, _in(a, since, until, scope))
    )
    total, done = db.execute(q).one()
    return _bar(key, ratio(done, total), done, total)


def _nudges(funnel_rows: list[dict]) -> Bar:
    sent = sum(r["sent"] for r in funnel_rows)
    done = sum(r["acted"] for r in funnel_rows)
    return _bar("nudges", ratio(done, sent), done, sent)


def _retained(
    db: Session, days: int, since: datetime, until: datetime, scope: Scope
) -> tuple[int, int]:
    """(eligible, retained at day `days`) among students who signed up in [since, until)."""
    created, user_id = col(User.created_at), col(User.id)
    back = active_since(db, user_id, created, 24 * days, until)
    q = select(func.count(), func.count(case((back, user_id)))).where(
        col(User.role) == Role.student,
        in_scope(user_id, scope),
        created >= since,
        created < until - timedelta(days=days),
    )
    return tuple(db.execute(q).one())


def _retention(db: Session, since: datetime, until: datetime, scope: Scope) -> Bar:
    length = until - since
    now_n, now_k = _retained(db, 7, since, until, scope)
    was_n, was_k = _retained(db, 7, since - length, since, scope)
    now, was = ratio(now_k, now_n), ratio(was_k, was_n)
    # now is None exactly when now_n is 0 (ratio).
    lift = None if now is None or not was else round((now - was) / was, 4)
    return _bar("retention", lift, now, was)


def outcome_bars(
    db: Session,
    *,
    since: datetime,
    until: datetime,
    scope: Scope,
    funnel_rows: list[dict],
    weeks: ActivityWeeks,
) -> list[Bar]:
    """The five bars for the students in `scope` (a select of ids; no permission check);
    the nudge bar sums the funnel's rows, the reference bar comes with the weekly actives."""
    return [
        _reference(weeks),
        _followed(db, "goals", ev.GOAL_CREATED, ev.GOAL_COMPLETED, since, until, scope),
        _followed(db, "practice", ev.PRACTICE_ASSIGNED, ev.PRACTICE_COMPLETED, since, until, scope),
        _nudges(funnel_rows),
        _retention(db, since, until, scope),
    ]


def check_period(since: datetime, until: datetime) -> None:
    """Reject an empty, reversed or over-long period."""
    if not timedelta(0) < until - since <= timedelta(days=MAX_DAYS):
        raise Invalid(PERIOD_TOO_LONG, details={"since": PERIOD_TOO_LONG})


def outcomes_report(
    db: Session, *, actor: User | None, since: datetime, until: datetime
) -> Outcomes:
    """Every figure of the outcomes page: admins (and the command line, actor None) see all
    students, tutors their own."""
    if actor is not None:
        require_tutor(actor)
    check_period(since, until)
    scope = scope_ids(actor)
    fast_reads(db)
    weeks = activity_weeks(db, since=since, until=until, scope=scope)
    tables = outcome_tables(db, since=since, until=until, scope=scope, weekly=weeks.rows)
    bars = outcome_bars(
        db, since=since, until=until, scope=scope, funnel_rows=tables["funnel"], weeks=weeks
    )
    return Outcomes(since, until, bars, {"bars": [asdict(b) for b in bars], **tables})


def outcome_period(
    since: date | None, until: date | None, *, today: date
) -> tuple[datetime, datetime]:
    """The period [since, until] in whole UTC days; the last 28 days by default."""
    last = until or today
    if not MIN_DAY <= last <= MAX_DAY or (since is not None and since < MIN_DAY):
        raise Invalid(PERIOD_TOO_LONG, details={"since": PERIOD_TOO_LONG})
    first = since or last - timedelta(days=DEFAULT_DAYS - 1)
    if not (MIN_DAY <= first <= last <= MAX_DAY):
        raise Invalid(PERIOD_TOO_LONG, details={"since": PERIOD_TOO_LONG})
    start = datetime.combine(first, time(0), tzinfo=UTC)
    end = datetime.combine(last + timedelta(days=1), time(0), tzinfo=UTC)
    check_period(start, end)
    return start, end


def outcomes_csv(report: Outcomes, table: str) -> str:
    """One table of a report as CSV (header row first)."""
    if table not in TABLES:
        raise Invalid(UNKNOWN_TABLE, details={"table": UNKNOWN_TABLE})
    rows = report.tables[table]
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]) if rows else ["empty"])
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()
