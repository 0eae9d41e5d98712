"""The outcome report (rollups, set-based SQL) equals a plain reading of its definitions over
the raw event log, on a random history, on both databases, for whole-day periods (the page's)
and for periods that start and end mid-day (read partly from the log)."""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import asdict
from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import select

from companion.models import ProductEvent, User
from companion.services import events as ev
from companion.services.outcomes import outcomes_report
from tests.factories import make_admin, make_student, make_tutor

T0 = datetime(2026, 9, 7, tzinfo=UTC)  # a Monday
KINDS = [ev.SIGN_IN, ev.CHAT_CITED, ev.ANALYSIS_SHOWN, ev.REVIEW_DONE, ev.SESSION_UPLOADED,
         ev.PRACTICE_STARTED, ev.PRACTICE_ASSIGNED, ev.GOAL_CREATED, ev.GOAL_COMPLETED,
         ev.NUDGE_SENT]  # fmt: skip
FOLLOW = {ev.PRACTICE_ASSIGNED: ev.PRACTICE_COMPLETED, ev.GOAL_CREATED: ev.GOAL_COMPLETED}
PERIODS = [
    (T0 + timedelta(days=3), T0 + timedelta(days=31)),  # whole days, Thursday to Thursday
    (T0 + timedelta(days=2, hours=9, minutes=30), T0 + timedelta(days=20, hours=15)),
    (T0 + timedelta(days=10, hours=2), T0 + timedelta(days=10, hours=20)),  # within one day
]


def _ratio(part, whole):
    return round(part / whole, 4) if whole else None


def _monday(moment: datetime) -> str:
    return (moment.date() - timedelta(days=moment.weekday())).isoformat()


def _history(session, rng: random.Random) -> list[User]:
    students = [
        make_student(session, created_at=T0 + timedelta(minutes=rng.randrange(-60, 32) * 1440
                                                        + rng.randrange(1440)))
        for _ in range(24)
    ]  # fmt: skip
    ref = 0
    for student in students:
        for _ in range(rng.randrange(0, 40)):
            kind, ref = rng.choice(KINDS), ref + 1
            at = T0 + timedelta(minutes=rng.randrange(-45 * 1440, 45 * 1440))
            data = {"template": rng.choice(["away:0", "away:1"])} if rng.random() < 0.8 else {}
            ev.record_event(session, student_id=student.id, kind=kind, now=at, ref_id=ref,
                            data=data if kind == ev.NUDGE_SENT else None)  # fmt: skip
            later = at + timedelta(minutes=rng.randrange(10, 3 * 1440))
            if kind in FOLLOW and rng.random() < 0.6:
                ev.record_event(session, student_id=student.id, kind=FOLLOW[kind], now=later,
                                ref_id=ref)  # fmt: skip
            if kind == ev.NUDGE_SENT and rng.random() < 0.5:
                ev.record_once(session, student_id=student.id, kind=ev.NUDGE_OPENED,
                               ref_id=ref, now=later)  # fmt: skip
    session.flush()
    return students


def _expected(users: list[User], log: list[ProductEvent], since, until, scope: set[int]):
    """Every figure, read off the definitions in companion/services/outcomes.py."""
    log = [e for e in log if e.student_id in scope]
    acts = [e for e in log if e.kind != ev.NUDGE_SENT]
    inside = [e for e in acts if since <= e.at < until]
    weeks = defaultdict(set)
    for e in inside:
        weeks[_monday(e.at)].add(e.student_id)
    active = {e.student_id for e in inside}
    saw = {e.student_id for e in inside if e.kind in ev.REFERENCE_KINDS}

    def matches(a, kind):
        return [b for b in log if b.kind == kind and b.student_id == a.student_id
                and b.ref_id == a.ref_id and since <= b.at < until]  # fmt: skip

    def followed(first, then):
        starts = [a for a in log if a.kind == first and since <= a.at < until]
        done = sum(len(matches(a, then)) for a in starts)
        return _ratio(done, len(starts)), done, len(starts)

    funnel = defaultdict(lambda: [0, 0, 0])
    for s in (e for e in log if e.kind == ev.NUDGE_SENT and since <= e.at < until):
        opened, acted = len(matches(s, ev.NUDGE_OPENED)), len(matches(s, ev.NUDGE_ACTED))
        row = funnel[s.data.get("template", "default")]
        row[0] += max(1, opened) * max(1, acted)
        row[1] += opened * max(1, acted)
        row[2] += acted * max(1, opened)

    students = [u for u in users if u.id in scope]

    def retained(days, a, b):
        joined = [u for u in students if a <= u.created_at < b - timedelta(days=days)]
        back = [u for u in joined if any(u.id == e.student_id and e.at < b
                and e.at >= u.created_at + timedelta(days=days) for e in acts)]  # fmt: skip
        return len(joined), len(back)

    length = until - since
    now_n, now_k = retained(7, since, until)
    was_n, was_k = retained(7, since - length, since)
    now, was = _ratio(now_k, now_n), _ratio(was_k, was_n)
    lift = None if now is None or not was else round((now - was) / was, 4)

    cohorts = defaultdict(list)
    for u in students:
        if since <= u.created_at < until:
            cohorts[_monday(u.created_at)].append(u)
    cohort_rows = []
    for week, members in sorted(cohorts.items()):
        row = {"week": week, "students": len(members)}
        for days in (1, 7, 30):
            eligible = [u for u in members if u.created_at < until - timedelta(days=days)]
            back = [u for u in eligible if max((e.at for e in inside if e.student_id == u.id),
                    default=None) is not None and max(e.at for e in inside if e.student_id
                    == u.id) >= u.created_at + timedelta(days=days)]  # fmt: skip
            row[f"day_{days}"] = _ratio(len(back), len(eligible))
        cohort_rows.append(row)

    completed = [d for d in log if d.kind == ev.GOAL_COMPLETED and since <= d.at < until]
    again = [d for d in completed if any(n.kind == ev.GOAL_CREATED and n.student_id ==
             d.student_id and d.at < n.at <= d.at + timedelta(days=7) and n.at >= since
             for n in log)]  # fmt: skip
    sent = sum(r[0] for r in funnel.values())
    acted = sum(r[2] for r in funnel.values())
    return {
        "bars": {
            "reference": (_ratio(len(saw), len(active)), len(saw), len(active)),
            "goals": followed(ev.GOAL_CREATED, ev.GOAL_COMPLETED),
            "practice": followed(ev.PRACTICE_ASSIGNED, ev.PRACTICE_COMPLETED),
            "nudges": (_ratio(acted, sent), acted, sent),
            "retention": (lift, now, was),
        },
        "weekly_active": [{"week": w, "active_students": len(s)} for w, s in sorted(weeks.items())],
        "cohorts": cohort_rows,
        "funnel": [
            {"template": t, "sent": n, "opened": o, "acted": a, "acted_rate": _ratio(a, n)}
            for t, (n, o, a) in sorted(funnel.items())
        ],
        "goal_chain": [
            {
                "completed": len(completed),
                "new_goal_within_7_days": len(again),
                "rate": _ratio(len(again), len(completed)),
            }
        ],
    }


@pytest.mark.parametrize("seed", [1, 2])
def test_the_report_equals_the_definitions_on_a_random_history(session, seed):
    rng = random.Random(seed)
    students = _history(session, rng)
    mine = rng.sample(students, 9)
    tutor = make_tutor(session, students=tuple(mine))
    admin = make_admin(session)
    log = list(session.exec(select(ProductEvent)).all())
    users = list(session.exec(select(User)).all())
    scopes = [(admin, {s.id for s in students}), (tutor, {s.id for s in mine})]
    for since, until in PERIODS:
        for actor, scope in scopes:
            report = outcomes_report(session, actor=actor, since=since, until=until)
            want = _expected(users, log, since, until, scope)
            got = {b.key: (b.value, b.numerator, b.denominator) for b in report.bars}
            where = f"{actor.role} {since:%d %H:%M}..{until:%d %H:%M}"
            assert got == want["bars"], where
            for table in ("weekly_active", "cohorts", "funnel", "goal_chain"):
                assert report.tables[table] == want[table], f"{table}, {where}"
            assert [asdict(b)["key"] for b in report.bars] == list(want["bars"])
