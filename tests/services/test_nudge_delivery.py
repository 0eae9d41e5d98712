"""The daily nudge in bulk keeps every delivery rule: both channels, quiet hours delay the
email, the daily email cap holds, the unsubscribe link is there, and the message names the
student's own weakest concept."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlmodel import select

from companion.models import Job, KnowledgeState, Notification, NotificationPreference
from companion.services.mail import MAIL_KIND
from companion.services.nudges import nudges_send_daily
from companion.services.preferences import UNSUBSCRIBE_PATH, preferences_update
from tests.factories import make_student

NOW = datetime(2026, 11, 4, 3, 0, tzinfo=UTC)  # 22:00 in New York, 04:00 in Paris


def _jobs(session) -> dict[str, Job]:
    jobs = session.exec(select(Job).where(Job.kind == MAIL_KIND)).all()
    return {j.payload["to"]: j for j in jobs}


def test_both_channels_quiet_hours_and_the_cap(session):
    quiet, capped, plain = (make_student(session) for _ in range(3))
    preferences_update(
        session, actor=quiet, student_id=quiet.id, channels={"daily_nudge": "both"},
        timezone="America/New_York", quiet_start="21:00", quiet_end="07:00",
    )  # fmt: skip
    preferences_update(
        session, actor=capped, student_id=capped.id, channels={"daily_nudge": "both"},
        timezone="Europe/Paris", daily_cap=1,
    )  # fmt: skip
    prefs = session.get(NotificationPreference, capped.id)
    prefs.email_day, prefs.emails_sent = date(2026, 11, 4), 1  # today's one email is gone
    session.add(KnowledgeState(student_id=plain.id, concept_key="fr", name="Fractions", mastery=20))
    session.add(KnowledgeState(student_id=plain.id, concept_key="de", name="Decimals", mastery=60))
    session.flush()

    assert nudges_send_daily(session, now=NOW) == 3  # three in-app notifications
    jobs = _jobs(session)
    assert set(jobs) == {quiet.email}  # the capped student's email waits for tomorrow
    job = jobs[quiet.email]
    assert job.run_after == datetime(2026, 11, 4, 12, 0, tzinfo=UTC)  # 07:00 in New York
    assert UNSUBSCRIBE_PATH in job.payload["text"]
    assert job.payload["headers"]["List-Unsubscribe"].startswith("<")
    assert session.get(NotificationPreference, quiet.id).emails_sent == 1
    assert session.get(NotificationPreference, capped.id).emails_sent == 1
    note = session.exec(select(Notification).where(Notification.student_id == plain.id)).one()
    assert "Fractions" in note.message and note.cta == "/practice"


def test_a_daily_cap_of_zero_sends_no_nudge_email_even_on_a_new_day(session):
    student = make_student(session)
    preferences_update(
        session, actor=student, student_id=student.id, channels={"daily_nudge": "both"},
        daily_cap=0,
    )  # fmt: skip
    assert nudges_send_daily(session, now=NOW) == 1  # the in-app nudge only
    assert _jobs(session) == {}
    assert session.get(NotificationPreference, student.id).emails_sent == 0
