"""The outcome figures, computed from a hand-made event log on both databases."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from companion.services import events as ev
from companion.services.errors import Forbidden, Invalid
from companion.services.outcomes import outcomes_report
from tests.factories import make_admin, make_student, make_tutor

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)  # a Monday
SINCE, UNTIL = T0, T0 + timedelta(days=28)


def _log(db, student, kind, hours, ref_id=None, **data):
    ev.record_event(
        db, student_id=student.id, kind=kind, now=T0 + timedelta(hours=hours), ref_id=ref_id,
        data=data,
    )  # fmt: skip


@pytest.fixture
def world(session):
    a = make_student(session, created_at=T0)
    b = make_student(session, created_at=T0 + timedelta(days=1))
    c = make_student(session, created_at=T0 - timedelta(days=20))  # previous period's cohort
    make_student(session, created_at=T0 - timedelta(days=21))  # never came back
    tutor = make_tutor(session, students=(a,))
    _log(session, a, ev.CHAT_CITED, 2)
    _log(session, a, ev.GOAL_CREATED, 3, ref_id=1)
    _log(session, a, ev.GOAL_COMPLETED, 30, ref_id=1)
    _log(session, a, ev.GOAL_CREATED, 40, ref_id=2)  # a new goal within 7 days
    _log(session, a, ev.PRACTICE_ASSIGNED, 4, ref_id=7)
    _log(session, a, ev.PRACTICE_COMPLETED, 5, ref_id=7)
    _log(session, a, ev.SIGN_IN, 24 * 8)  # back after a week
    _log(session, b, ev.PRACTICE_ASSIGNED, 30, ref_id=8)  # never submitted
    _log(session, b, ev.NUDGE_SENT, 50, ref_id=100, template="streak")
    _log(session, b, ev.NUDGE_OPENED, 51, ref_id=100)
    _log(session, b, ev.PRACTICE_STARTED, 60, ref_id=8)  # acted within 48 h
    _log(session, b, ev.NUDGE_SENT, 24 * 10, ref_id=101, template="weak_spot")
    _log(session, b, ev.SESSION_UPLOADED, 24 * 13)  # too late: not acted
    _log(session, c, ev.SIGN_IN, -24 * 19)  # c's day-1 return; never seen on day 7
    session.flush()
    return {"admin": make_admin(session), "tutor": tutor, "student": a}


def _report(session, actor):
    return outcomes_report(session, actor=actor, since=SINCE, until=UNTIL)


def test_the_five_bars_follow_their_definitions(session, world):
    bars = {b.key: b for b in _report(session, world["admin"]).bars}
    assert (bars["reference"].numerator, bars["reference"].denominator) == (1, 2)
    assert bars["goals"].value == 0.5 and bars["goals"].met is False
    assert bars["practice"].value == 0.5
    assert (bars["nudges"].numerator, bars["nudges"].denominator) == (1, 2)
    # Day-7: a and b came back (b uploaded on day 12) against 0 of 2 before: no finite lift.
    assert bars["retention"].numerator == 1.0 and bars["retention"].denominator == 0.0
    assert bars["retention"].value is None
    assert all(b.definition for b in bars.values())


def test_tables_hold_the_funnel_cohorts_and_goal_chains(session, world):
    tables = _report(session, world["admin"]).tables
    funnel = {r["template"]: r for r in tables["funnel"]}
    assert funnel["streak"] | {} == {
        "template": "streak", "sent": 1, "opened": 1, "acted": 1, "acted_rate": 1.0,
    }  # fmt: skip
    assert (funnel["weak_spot"]["opened"], funnel["weak_spot"]["acted"]) == (0, 0)
    assert tables["goal_chain"] == [{"completed": 1, "new_goal_within_7_days": 1, "rate": 1.0}]
    assert tables["cohorts"] == [
        {"week": "2026-11-02", "students": 2, "day_1": 1.0, "day_7": 1.0, "day_30": None}
    ]
    assert [r["active_students"] for r in tables["weekly_active"]] == [2, 2]


def test_a_tutor_sees_only_their_own_students(session, world):
    bars = {b.key: b for b in _report(session, world["tutor"]).bars}
    assert (bars["reference"].numerator, bars["reference"].denominator) == (1, 1)
    assert bars["nudges"].denominator == 0 and bars["nudges"].value is None


def test_students_may_not_see_outcomes(session, world):
    with pytest.raises(Forbidden):
        _report(session, world["student"])


def test_a_reversed_period_is_invalid(session, world):
    with pytest.raises(Invalid):
        outcomes_report(session, actor=world["admin"], since=UNTIL, until=SINCE)


def test_periods_out_of_range_are_invalid_not_an_overflow():
    from datetime import date

    from companion.services.outcomes import outcome_period

    for since, until in ((None, date.min), (date.min, None), (date(2026, 1, 1), date(2028, 1, 1))):
        with pytest.raises(Invalid):
            outcome_period(since, until, today=date(2026, 11, 30))
    assert outcome_period(None, None, today=date(2026, 11, 30)) == (
        datetime(2026, 11, 3, tzinfo=UTC),
        datetime(2026, 12, 1, tzinfo=UTC),
    )
