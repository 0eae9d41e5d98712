"""The weekly summary: opt-in, plain text and escaped HTML, once a week."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlmodel import select

from companion import db
from companion.models import Goal, Job, KnowledgeState, MasteryEvent, Notification, Practice
from companion.services.mail import MAIL_KIND, mail_build
from companion.services.preferences import preferences_update
from companion.services.summaries import week_summary, weekly_summaries_send
from jobs import cron
from tests.factories import make_session, make_student

NOW = datetime(2026, 11, 30, 16, 0, tzinfo=UTC)  # a Monday
APP = "http://app.test"


def _opt_in(session, student, channel: str = "email") -> None:
    preferences_update(
        session, actor=student, student_id=student.id, channels={"weekly_summary": channel}
    )


def _week_of_work(session, student) -> None:
    row = make_session(session, student=student, subject="Fractions")
    row.created_at = NOW - timedelta(days=2)
    session.add(
        KnowledgeState(
            student_id=student.id,
            concept_key="fractions.add",
            name="Adding fractions",
            mastery=70,
            due_at=NOW - timedelta(hours=1),
        )
    )
    session.add_all(
        [
            MasteryEvent(
                student_id=student.id,
                concept_key="fractions.add",
                mastery=40,
                source="session",
                at=NOW - timedelta(days=20),
            ),
            MasteryEvent(
                student_id=student.id,
                concept_key="fractions.add",
                mastery=70,
                source="practice",
                at=NOW - timedelta(days=1),
            ),
            Practice(student_id=student.id, status="submitted", score=80.0, submitted_at=NOW),
            Goal(student_id=student.id, subject="Math", title="Master fractions", progress=60),
        ]
    )
    session.flush()


def _mails(session) -> list[dict]:
    return list(session.exec(select(Job.payload).where(Job.kind == MAIL_KIND)).all())


def test_the_summary_tells_the_week_and_what_to_do_next(session):
    student = make_student(session)
    _week_of_work(session, student)
    summary = week_summary(session, student_id=student.id, now=NOW)
    assert summary.sessions == ["Fractions on 2 Nov"]
    assert summary.moved == [("Adding fractions", 40, 70)]
    assert (summary.practice_done, summary.average_score) == (1, 80)
    assert summary.goals == [("Master fractions", 60)]
    assert "Review the 1 concept(s) due" in summary.next_step()


def test_only_students_who_opted_in_get_it_with_text_html_and_unsubscribe(session):
    silent, reader = make_student(session), make_student(session, name="<b>Ada</b>")
    _week_of_work(session, reader)
    _opt_in(session, reader)
    assert weekly_summaries_send(session, now=NOW, app_url=APP) == 1
    (payload,) = _mails(session)
    assert payload["to"] == reader.email and "Adding fractions: 40% -> 70%" in payload["text"]
    assert "&lt;b&gt;Ada&lt;/b&gt;" in payload["html"] and "<b>Ada</b>" not in payload["html"]
    link = payload["headers"]["List-Unsubscribe"].strip("<>")
    assert f'href="{link}"' in payload["html"]
    message = mail_build(payload)
    assert {p.get_content_type() for p in message.iter_parts()} == {"text/plain", "text/html"}
    assert silent.email not in str(_mails(session))


def test_both_adds_an_in_app_note_and_a_second_run_sends_nothing_new(session):
    student = make_student(session)
    _opt_in(session, student, "both")
    weekly_summaries_send(session, now=NOW, app_url=APP)
    weekly_summaries_send(session, now=NOW, app_url=APP)
    notes = session.exec(select(Notification).where(Notification.student_id == student.id))
    assert len(list(notes)) == 1 and len(_mails(session)) == 1


def test_the_weekly_job_waits_for_monday_afternoon_and_runs_once_a_week(database):
    assert not cron.enqueue_weekly_summaries(now=NOW.replace(hour=9))
    assert cron.enqueue_weekly_summaries(now=NOW)
    assert cron.enqueue_weekly_summaries(now=NOW + timedelta(days=2))  # same ISO week
    with db.session_scope() as s:
        assert len(s.exec(select(Job).where(Job.kind == cron.WEEKLY_KIND)).all()) == 1
