"""TRANSCRIPT_RETENTION_DAYS: a daily job when set, nothing at all when not."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from apscheduler.schedulers.background import BackgroundScheduler
from sqlmodel import select

from companion import db
from companion.models import Job, Transcript
from companion.settings import get_settings
from jobs import cron
from tests.factories import make_session, make_student
from tests.services.mail_fixtures import use_settings


def test_without_a_retention_setting_nothing_is_scheduled_or_queued(database, monkeypatch):
    use_settings(monkeypatch, TRANSCRIPT_RETENTION_DAYS="0")
    scheduler = BackgroundScheduler(timezone=UTC)
    cron.schedule(scheduler)
    assert cron.RETENTION_KIND not in {j.id for j in scheduler.get_jobs()}
    assert cron.enqueue_daily_retention() is False
    get_settings.cache_clear()


def test_the_retention_job_runs_once_a_day_and_empties_old_transcripts(database, monkeypatch):
    use_settings(monkeypatch, TRANSCRIPT_RETENTION_DAYS="30")
    scheduler = BackgroundScheduler(timezone=UTC)
    cron.schedule(scheduler)
    assert cron.RETENTION_KIND in {j.id for j in scheduler.get_jobs()}
    with db.session_scope() as s:
        row = make_session(s, student=make_student(s))
        row.created_at = datetime.now(UTC) - timedelta(days=31)
        s.add(Transcript(session_id=row.id, content="Tutor: long ago", status="completed"))
    assert cron.enqueue_daily_retention() and cron.enqueue_daily_retention()
    with db.session_scope() as s:
        (job,) = s.exec(select(Job).where(Job.kind == cron.RETENTION_KIND)).all()
    cron.run_retention(job.payload)
    with db.session_scope() as s:
        assert s.exec(select(Transcript.content)).one() == ""
    get_settings.cache_clear()
