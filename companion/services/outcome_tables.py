"""The outcome tables: weekly active students, sign-up cohorts, the nudge funnel, goal chains."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import (
    ColumnElement,
    FromClause,
    and_,
    case,
    distinct,
    func,
    literal,
    null,
    select,
    union_all,
)
from sqlmodel import Session, col

from companion.models import Role, User
from companion.services import events as ev
from companion.services.outcome_days import active_pairs, last_active
from companion.services.outcome_sql import (
    EVENTS,
    Scope,
    at_least_hours_after,
    in_scope,
    ratio,
    week_bucket,
    week_label,
    week_of,
    within_hours,
)

RETENTION_DAYS = (1, 7, 30)


@dataclass
class ActivityWeeks:
    rows: list[dict]  # the weekly_active table
    active: int  # students active in the period
    saw_reference: int  # of whom saw a reference to their own past learning


def activity_weeks(db: Session, *, since: datetime, until: datetime, scope: Scope) -> ActivityWeeks:
    """Weekly active students and the reference bar's counts, from one pass over the month
    (whole days from the activity_days rollup)."""
    # (week, student) pairs first, the scope after: the join meets thousands of pairs, not
    # every event of the month; the CTE is read twice (per week, and the period's totals).
    pairs = active_pairs(
        since, until, lambda column, dates: week_bucket(column, since, until, dates)
    ).subquery()
    scoped = (
        select(pairs.c.b.label("week"), pairs.c.student_id, pairs.c.seen)
        .where(in_scope(pairs.c.student_id, scope))
        .cte("scoped")
    )
    per_week = select(scoped.c.week, func.count(), literal(0)).group_by(scoped.c.week)
    saw = func.count(distinct(case((scoped.c.seen == 1, scoped.c.student_id))))
    totals = select(null(), func.count(distinct(scoped.c.student_id)), saw)
    rows = db.execute(union_all(per_week, totals)).all()
    weekly = sorted(
        ({"week": week_label(w), "active_students": n} for w, n, _ in rows if w is not None),
        key=lambda r: r["week"],
    )
    active, saw_count = next((n, k) for w, n, k in rows if w is None)
    return ActivityWeeks(weekly, active, saw_count)


def cohorts(db: Session, *, since: datetime, until: datetime, scope: Scope) -> list[dict]:
    """Day 1/7/30 retention by sign-up week (None where the day is not reached yet)."""
    joined = select(col(User.id)).where(
        in_scope(col(User.id), scope), col(User.created_at) >= since, col(User.created_at) < until
    )
    last = last_active(since, until, joined).subquery()
    created, user_id = col(User.created_at), col(User.id)
    week = week_of(db, created).label("week")
    cols = [week, func.count()]
    for days in RETENTION_DAYS:
        eligible = created < until - timedelta(days=days)
        back = at_least_hours_after(db, last.c.last, created, 24 * days)
        cols += [func.count(case((eligible, user_id))), func.count(case((and_(eligible, back), 1)))]
    q = (
        select(*cols)
        .select_from(User)
        .outerjoin(last, last.c.student_id == user_id)
        .where(col(User.role) == Role.student, in_scope(user_id, scope))
        .where(created >= since, created < until)
        .group_by(week)
        .order_by(week)
    )
    rows = []
    for w, size, *counts in db.execute(q).all():
        row = {"week": week_label(w), "students": size}
        for i, days in enumerate(RETENTION_DAYS):
            row[f"day_{days}"] = ratio(counts[2 * i + 1], counts[2 * i])
        rows.append(row)
    return rows


def funnel(db: Session, *, since: datetime, until: datetime, scope: Scope) -> list[dict]:
    """Nudges sent -> opened -> acted on within 48 h, per message template."""
    s, o, a = EVENTS.alias("s"), EVENTS.alias("o"), EVENTS.alias("a")
    template = func.coalesce(s.c.data["template"].as_string(), "default").label("template")

    def answer(alias: FromClause, kind: str) -> ColumnElement[bool]:
        same = and_(alias.c.student_id == s.c.student_id, alias.c.ref_id == s.c.ref_id)
        # An answer comes after its nudge, so never before `since`: bounded on both sides.
        return and_(same, alias.c.kind == kind, alias.c.at >= since, alias.c.at < until)

    q = (
        # student_id (never NULL) counts the answers found and keeps o and a index-only.
        select(template, func.count(), func.count(o.c.student_id), func.count(a.c.student_id))
        .select_from(
            s.outerjoin(o, answer(o, ev.NUDGE_OPENED)).outerjoin(a, answer(a, ev.NUDGE_ACTED))
        )
        .where(s.c.kind == ev.NUDGE_SENT, s.c.at >= since, s.c.at < until)
        .where(in_scope(s.c.student_id, scope))
        .group_by(template)
        .order_by(template)
    )
    return [
        {"template": t, "sent": n, "opened": op, "acted": ac, "acted_rate": ratio(ac, n)}
        for t, n, op, ac in db.execute(q).all()
    ]


def goal_chain(db: Session, *, since: datetime, until: datetime, scope: Scope) -> list[dict]:
    """Goals completed in the period, and how many were followed by a new goal within 7 days."""
    d, n = EVENTS.alias("d"), EVENTS.alias("n")
    follow = and_(
        n.c.student_id == d.c.student_id,
        n.c.kind == ev.GOAL_CREATED,
        n.c.at > d.c.at,
        n.c.at >= since,
        within_hours(db, n.c.at, d.c.at, 7 * 24),
        # Implied by the line above (d is before until); it bounds n to a range scan, so
        # the planner can hash it once instead of probing the index per completed goal.
        n.c.at < until + timedelta(days=7),
    )
    completed = select(func.count()).where(
        d.c.kind == ev.GOAL_COMPLETED,
        d.c.at >= since,
        d.c.at < until,
        in_scope(d.c.student_id, scope),
    )
    # EXISTS in WHERE (not in the select list) is a semi-join: n is read once and hashed.
    followed = completed.where(select(n.c.student_id).where(follow).exists())
    done, again = db.execute(select(completed.scalar_subquery(), followed.scalar_subquery())).one()
    return [{"completed": done, "new_goal_within_7_days": again, "rate": ratio(again, done)}]


def outcome_tables(
    db: Session, *, since: datetime, until: datetime, scope: Scope, weekly: list[dict]
) -> dict[str, list[dict]]:
    """Every table of the page, keyed by its CSV name."""
    return {
        "weekly_active": weekly,
        "cohorts": cohorts(db, since=since, until=until, scope=scope),
        "funnel": funnel(db, since=since, until=until, scope=scope),
        "goal_chain": goal_chain(db, since=since, until=until, scope=scope),
    }
