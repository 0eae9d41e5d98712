"""examples/streak_nudge (docs/extending.md, recipe 3): a registered nudge kind is sent by the
daily nudge job, once a day, and never on top of another nudge that day."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import Session, select

from companion import db
from companion.clock import utcnow
from companion.models import Notification, Practice
from companion.services import nudge_kinds, nudges
from examples.streak_nudge import kind
from jobs import cron
from tests.factories import make_session, make_student


@pytest.fixture
def installed():
    kind.install()
    yield
    nudge_kinds.NUDGE_KINDS.pop(kind.TYPE, None)


def _student(s, name: str, *, sessions: int, practised_days_ago: tuple[int, ...]) -> int:
    now = utcnow()
    student = make_student(s, name=name, last_active_at=now)
    for _ in range(sessions):
        make_session(s, student=student)
    for days in practised_days_ago:
        s.add(
            Practice(
                student_id=student.id, status="submitted", submitted_at=now - timedelta(days=days)
            )
        )
    s.flush()
    return student.id


def _nudges_of(student_id: int) -> list[tuple[str, str]]:
    with Session(db.get_engine()) as s:
        rows = s.exec(select(Notification).where(Notification.student_id == student_id))
        return [(n.type, n.message) for n in rows]


def test_the_daily_job_sends_the_streak_nudge_once_to_those_at_risk(database, installed):
    with db.session_scope() as s:
        bea = _student(s, "Bea Lo", sessions=3, practised_days_ago=(1, 2))
        done = _student(s, "Cy", sessions=3, practised_days_ago=(0, 1))
        idle = _student(s, "Di", sessions=3, practised_days_ago=())
    cron.run_nudges({})
    cron.run_nudges({})
    assert _nudges_of(bea) == [
        ("streak", "Bea, you are on a 2-day streak. One short practice today keeps it going.")
    ]
    assert _nudges_of(done) == []
    assert _nudges_of(idle) == []


def test_a_student_who_got_the_daily_nudge_gets_no_streak_nudge_too(database, installed):
    with db.session_scope() as s:
        new = _student(s, "Ed", sessions=0, practised_days_ago=(1,))  # new: the daily nudge
    cron.run_nudges({})
    assert [t for t, _ in _nudges_of(new)] == [nudges.NUDGE_TYPE]


def test_a_kind_is_registered_once_and_cannot_take_the_daily_nudges_name(installed):
    with pytest.raises(ValueError, match="already registered"):
        kind.install()
    with pytest.raises(ValueError, match="already registered"):
        nudge_kinds.nudge_kind_register(nudges.NUDGE_TYPE, kind.find_streaks_at_risk)
