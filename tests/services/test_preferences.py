"""Notification preferences: every sender honours off / in-app / email, quiet hours and the cap."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlmodel import select

from companion.models import Job, Notification
from companion.services.errors import Invalid
from companion.services.mail import MAIL_KIND
from companion.services.notifications import notify
from companion.services.nudges import nudges_send_daily
from companion.services.preferences import (
    DEFAULTS,
    Preferences,
    plan_for,
    preferences_get,
    preferences_update,
    quiet_until,
    unsubscribe,
    unsubscribe_token,
)
from tests.factories import make_student

NOW = datetime(2026, 11, 3, 15, 0, tzinfo=UTC)


def _mails(session) -> list[dict]:
    return list(session.exec(select(Job.payload).where(Job.kind == MAIL_KIND)).all())


def _notes(session, student) -> list[Notification]:
    return list(session.exec(select(Notification).where(Notification.student_id == student.id)))


def _ready(session, student) -> None:
    notify(session, student_id=student.id, type="practice_ready", title="Ready", message="Go.")


def test_a_student_without_choices_gets_the_defaults(session):
    student = make_student(session)
    prefs = preferences_get(session, actor=student, student_id=student.id)
    assert prefs.channels == DEFAULTS and prefs.channels["weekly_summary"] == "off"


@pytest.mark.parametrize(
    "changes",
    [
        {"channels": {"daily_nudge": "sms"}},
        {"channels": {"homework": "email"}},
        {"timezone": "Mars/Olympus"},
        {"quiet_start": "22:00"},
        {"quiet_start": "25:00", "quiet_end": "07:00"},
        {"daily_cap": 99},
        {"daily_cap": "3"},
    ],
)
def test_bad_choices_are_refused_and_change_nothing(session, changes):
    student = make_student(session)
    preferences_update(session, actor=student, student_id=student.id, daily_cap=5)
    with pytest.raises(Invalid):
        preferences_update(session, actor=student, student_id=student.id, **changes)
    assert preferences_get(session, actor=student, student_id=student.id).daily_cap == 5


def test_off_sends_nothing_email_sends_only_mail_both_sends_both(session):
    student = make_student(session)
    for channel, notes, mails in (("off", 0, 0), ("email", 0, 1), ("both", 1, 2)):
        channels = {"practice_ready": channel}
        preferences_update(session, actor=student, student_id=student.id, channels=channels)
        _ready(session, student)
        assert (len(_notes(session, student)), len(_mails(session))) == (notes, mails), channel


def test_every_email_carries_a_one_click_unsubscribe_that_turns_that_kind_off(session):
    student = make_student(session)
    channels = {"practice_ready": "both"}
    preferences_update(session, actor=student, student_id=student.id, channels=channels)
    _ready(session, student)
    (mail,) = _mails(session)
    link = mail["headers"]["List-Unsubscribe"].strip("<>")
    assert link in mail["text"] and mail["to"] == student.email
    assert unsubscribe(session, token=link.split("token=")[1]) == "practice_ready"
    prefs = preferences_get(session, actor=student, student_id=student.id)
    assert prefs.channels["practice_ready"] == "in_app"


@pytest.mark.parametrize(
    ("before", "after"),
    [("both", "in_app"), ("email", "off"), ("in_app", "in_app"), ("off", "off")],
)
def test_unsubscribing_stops_only_email_however_often_it_is_clicked(session, before, after):
    student = make_student(session)
    channels = {"weekly_summary": before}
    preferences_update(session, actor=student, student_id=student.id, channels=channels)
    token = unsubscribe_token(student.id, "weekly_summary")
    for _ in range(2):  # a second click (or a mail app's POST after the click) changes nothing
        unsubscribe(session, token=token)
        prefs = preferences_get(session, actor=student, student_id=student.id)
        assert prefs.channels["weekly_summary"] == after


def test_unsubscribe_tokens_with_odd_digits_are_refused(session):
    student = make_student(session)
    for token in (f"\u00b2.weekly_summary.{'A' * 24}", f"{student.id}.weekly_summary", "x" * 300):
        with pytest.raises(Invalid):
            unsubscribe(session, token=token)


def test_a_forged_unsubscribe_token_changes_nothing(session):
    student = make_student(session)
    with pytest.raises(Invalid):
        unsubscribe(session, token=f"{student.id}.practice_ready.forgedsignature")


def test_the_daily_cap_limits_emails_not_in_app_notifications(session):
    student = make_student(session)
    preferences_update(
        session,
        actor=student,
        student_id=student.id,
        channels={"practice_ready": "both"},
        daily_cap=2,
    )
    for _ in range(3):
        _ready(session, student)
    assert (len(_notes(session, student)), len(_mails(session))) == (3, 2)


def test_a_daily_cap_of_zero_sends_no_email(session):
    student = make_student(session)
    channels = {"practice_ready": "both"}
    preferences_update(
        session, actor=student, student_id=student.id, channels=channels, daily_cap=0
    )
    _ready(session, student)
    assert (len(_notes(session, student)), len(_mails(session))) == (1, 0)


def test_quiet_hours_in_the_students_zone_delay_email_to_their_end():
    prefs = Preferences(
        channels={**DEFAULTS, "daily_nudge": "email"},
        timezone="America/New_York",
        quiet_start="21:00",
        quiet_end="07:00",
    )
    late = datetime(2026, 11, 4, 3, 0, tzinfo=UTC)  # 22:00 in New York (UTC-5)
    assert quiet_until(prefs, late) == datetime(2026, 11, 4, 12, 0, tzinfo=UTC)
    assert plan_for(prefs, "daily_nudge", late).run_after == datetime(2026, 11, 4, 12, tzinfo=UTC)
    assert quiet_until(prefs, NOW) is None  # 10:00 in New York


def test_the_nudge_job_honours_off_and_email_only(session):
    off, mailed, plain = make_student(session), make_student(session), make_student(session)
    for student, channel in ((off, "off"), (mailed, "email")):
        preferences_update(
            session, actor=student, student_id=student.id, channels={"daily_nudge": channel}
        )
    assert nudges_send_daily(session, now=NOW) == 3 - 1
    assert [len(_notes(session, s)) for s in (off, mailed, plain)] == [0, 0, 1]
    (mail,) = _mails(session)
    assert mail["to"] == mailed.email
    nudges_send_daily(session, now=NOW)  # a second run the same day sends no second email
    assert len(_mails(session)) == 1
