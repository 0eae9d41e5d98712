"""The handlers the worker runs: the daily nudge cron and the transcript analysis."""

from __future__ import annotations

from datetime import UTC, datetime

from apscheduler.schedulers.background import BackgroundScheduler
from sqlmodel import Session, func, select

from companion import db
from companion.models import Concept, Job, Notification, Transcript
from companion.services.nudges import NUDGE_TYPE
from companion.services.sessions import session_upload
from jobs import cron
from jobs.handlers import run_transcript_uploaded
from jobs.worker import Worker, default_handlers
from tests.factories import make_student

AFTERNOON = datetime(2026, 11, 2, cron.NUDGE_HOUR_UTC, 30, tzinfo=UTC)


def _count(model, *where) -> int:
    with Session(db.get_engine()) as s:
        return s.exec(select(func.count()).select_from(model).where(*where)).one()


def test_the_worker_runs_the_event_handlers_and_the_nudge_cron():
    handlers, on_dead = default_handlers()
    assert {"transcript.uploaded", "practice.generate", "goal.completed", cron.NUDGES_KIND} <= set(
        handlers
    )
    assert "transcript.uploaded" in on_dead


def test_two_schedulers_enqueue_the_days_nudges_as_one_job(database):
    assert cron.enqueue_daily_nudges(now=AFTERNOON)
    assert cron.enqueue_daily_nudges(now=AFTERNOON.replace(hour=23))
    assert _count(Job) == 1
    with Session(db.get_engine()) as s:
        job = s.exec(select(Job)).one()
    assert (job.kind, job.idempotency_key) == (cron.NUDGES_KIND, "cron:nudges:2026-11-02")


def test_no_nudge_job_before_the_nudge_hour_and_one_more_the_next_day(database):
    assert not cron.enqueue_daily_nudges(now=AFTERNOON.replace(hour=cron.NUDGE_HOUR_UTC - 1))
    assert _count(Job) == 0
    cron.enqueue_daily_nudges(now=AFTERNOON)
    cron.enqueue_daily_nudges(now=AFTERNOON.replace(day=3))
    assert _count(Job) == 2


def test_the_nudge_cron_is_scheduled_with_a_tick_at_start():
    scheduler = BackgroundScheduler(timezone=UTC)
    cron.schedule(scheduler)
    job = scheduler.get_job(cron.NUDGES_KIND)
    assert (job.id, job.func) == (cron.NUDGES_KIND, cron.enqueue_daily_nudges)


def test_running_the_nudges_twice_a_day_gives_one_nudge_per_student(database):
    with db.session_scope() as s:
        ids = [make_student(s).id for _ in range(3)]
    cron.run_nudges({})
    cron.run_nudges({})
    for sid in ids:
        assert (
            _count(Notification, Notification.student_id == sid, Notification.type == NUDGE_TYPE)
            == 1
        )


def _upload() -> tuple[int, int]:
    with db.session_scope() as s:
        student = make_student(s)
        row = session_upload(
            s,
            actor=student,
            student_id=student.id,
            subject="Algebra I",
            date="2026-11-02",
            content="Tutor: Solve 2x + 3 = 11 for x.\nStudent: x = 4.",
        )
        transcript = s.exec(select(Transcript).where(Transcript.session_id == row.id)).one()
        return row.id, transcript.id


def test_an_upload_is_analysed_by_the_worker_and_a_second_run_changes_nothing(database):
    session_id, transcript_id = _upload()
    handlers, on_dead = default_handlers()
    worker = Worker(handlers=handlers, on_dead=on_dead)
    assert worker.drain() == 1
    assert worker.wait_idle(60)
    found = _count(Concept, Concept.session_id == session_id)
    run_transcript_uploaded({"transcript_id": transcript_id})
    with Session(db.get_engine()) as s:
        assert s.get(Transcript, transcript_id).status == "completed"
        assert s.exec(select(Job.status)).one() == "done"
    assert found > 0
    assert _count(Concept, Concept.session_id == session_id) == found
