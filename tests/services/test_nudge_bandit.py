"""Nudges that learn: Thompson sampling on the event log, no repeat, the global switch."""

from __future__ import annotations

import random
from collections import Counter
from datetime import UTC, datetime, timedelta

from sqlmodel import select

from companion.ai.offline.nudges import TEMPLATES
from companion.models import Notification, ProductEvent
from companion.services import events as ev
from companion.services.nudge_bandit import arm_stats, arms_of, thompson_pick
from companion.services.nudges import nudges_send_daily
from tests.factories import make_student

DAY1 = datetime(2026, 11, 2, 17, 0, tzinfo=UTC)
ARMS = arms_of("away")


def test_the_arm_that_works_is_chosen_most_and_never_twice_in_a_row():
    rng = random.Random(7)
    stats = {ARMS[0]: (200, 20), ARMS[1]: (200, 120), ARMS[2]: (200, 60)}
    picks = Counter(thompson_pick(ARMS, stats, rng) for _ in range(500))
    assert picks.most_common(1)[0][0] == ARMS[1] and picks[ARMS[1]] > 450
    assert all(thompson_pick(ARMS, stats, rng, last=ARMS[1]) != ARMS[1] for _ in range(200))


def test_unknown_arms_are_still_tried():
    rng = random.Random(1)
    stats = {ARMS[0]: (50, 10)}  # the others never sent yet: flat posteriors
    assert {thompson_pick(ARMS, stats, rng) for _ in range(200)} == set(ARMS)


def _sent(session) -> list[ProductEvent]:
    query = select(ProductEvent).where(ProductEvent.kind == ev.NUDGE_SENT)
    return list(session.exec(query.order_by(ProductEvent.id)).all())


def test_daily_nudges_log_their_arm_and_change_wording_the_next_day(session):
    students = [make_student(session, created_at=DAY1 - timedelta(days=2)) for _ in range(4)]
    assert nudges_send_daily(session, now=DAY1) == 4
    first = {e.student_id: e.data["template"] for e in _sent(session)}
    assert set(first) == {s.id for s in students}
    assert all(t.split(":")[0] in TEMPLATES for t in first.values())
    notes = {n.id: n for n in session.exec(select(Notification)).all()}
    assert all(notes[e.ref_id].student_id == e.student_id for e in _sent(session))
    nudges_send_daily(session, now=DAY1 + timedelta(days=1))
    second = {e.student_id: e.data["template"] for e in _sent(session)[4:]}
    assert len(second) == 4 and all(second[s] != first[s] for s in second)


def test_acted_on_comes_from_what_the_student_did_within_48_hours(session):
    a, b = make_student(session), make_student(session)
    for s in (a, b):
        ev.record_event(session, student_id=s.id, kind=ev.NUDGE_SENT, now=DAY1, ref_id=s.id,
                        data={"template": ARMS[0]})  # fmt: skip
    ev.record_event(
        session, student_id=a.id, kind=ev.PRACTICE_STARTED, now=DAY1 + timedelta(hours=5)
    )
    ev.record_event(
        session, student_id=b.id, kind=ev.PRACTICE_STARTED, now=DAY1 + timedelta(hours=50)
    )
    session.flush()
    assert arm_stats(session, now=DAY1 + timedelta(days=3)) == {ARMS[0]: (2, 1)}


def test_the_global_switch_turns_nudges_off(session, monkeypatch):
    make_student(session)
    monkeypatch.setenv("COMPANION_NUDGES", "off")
    assert nudges_send_daily(session, now=DAY1) == 0
    assert session.exec(select(Notification)).all() == [] and _sent(session) == []
