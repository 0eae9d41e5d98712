"""examples/weekly_report (docs/extending.md, recipe 4): a job kind enqueued by a service in
its transaction and run by a real worker, with its on-dead hook."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlmodel import Session, select

from companion import db
from companion.clock import utcnow
from companion.db import session_scope
from companion.models import Job, Notification, Practice, User
from companion.services.errors import NotFound
from examples.weekly_report import report
from jobs import handlers, queue
from jobs.worker import Worker, default_handlers
from tests.factories import make_student


@pytest.fixture
def installed(monkeypatch):
    """The kind registered on copies of the handler tables, so other tests never see it."""
    monkeypatch.setattr(handlers, "HANDLERS", dict(handlers.HANDLERS))
    monkeypatch.setattr(handlers, "ON_DEAD", dict(handlers.ON_DEAD))
    report.install()


def _request(actor_id: int, student_id: int) -> Job:
    with session_scope() as s:
        job = report.report_request(
            s, actor=s.get(User, actor_id), student_id=student_id, today=utcnow().date()
        )
        return job.id


def _run_worker(clock=utcnow) -> None:
    run, on_dead = default_handlers()
    worker = Worker(handlers=run, on_dead=on_dead, clock=clock, poll_interval=0.05)
    worker.drain()
    assert worker.wait_idle(60)


def _notes(student_id: int) -> list[str]:
    with Session(db.get_engine()) as s:
        return list(
            s.exec(select(Notification.message).where(Notification.student_id == student_id))
        )


def test_registering_the_kind_gives_the_worker_its_handler_and_hook(installed):
    run, on_dead = default_handlers()
    assert run[report.KIND] is report.run_weekly_report
    assert on_dead[report.KIND] is report.dead_weekly_report
    with pytest.raises(ValueError, match="already registered"):
        report.install()


def test_the_worker_runs_the_queued_report_once(database, installed):
    with session_scope() as s:
        bea = make_student(s)
        s.add(Practice(student_id=bea.id, status="submitted", submitted_at=utcnow()))
        old = datetime.now(UTC) - timedelta(days=30)
        s.add(Practice(student_id=bea.id, status="submitted", submitted_at=old))
        bea_id = bea.id
    first, again = _request(bea_id, bea_id), _request(bea_id, bea_id)
    assert first == again  # one report a day, however often the button is pressed
    _run_worker()
    assert _notes(bea_id) == ["You submitted 1 practice sets in the last 7 days."]
    with Session(db.get_engine()) as s:
        assert s.get(Job, first).status == "done"


def test_another_student_cannot_queue_a_report_and_nothing_is_queued(database, installed):
    with session_scope() as s:
        ann, bea = make_student(s), make_student(s)
        ann_id, bea_id = ann.id, bea.id
    with pytest.raises(NotFound):
        _request(ann_id, bea_id)
    with Session(db.get_engine()) as s:
        assert s.exec(select(Job)).all() == []


def test_a_report_that_keeps_failing_tells_the_student(database, installed, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("counting failed")

    monkeypatch.setattr(report, "report_deliver", broken)
    with session_scope() as s:
        bea_id = make_student(s).id
    job_id = _request(bea_id, bea_id)
    now = utcnow()
    for attempt in range(queue.MAX_ATTEMPTS):
        _run_worker(clock=lambda at=now + timedelta(days=attempt): at)
    with Session(db.get_engine()) as s:
        assert s.get(Job, job_id).status == "dead"
    assert _notes(bea_id) == [report.FAILED]


def test_the_since_day_travels_in_the_payload(database, installed):
    with session_scope() as s:
        bea_id = make_student(s).id
    job_id = _request(bea_id, bea_id)
    with Session(db.get_engine()) as s:
        payload = s.get(Job, job_id).payload
    assert date.fromisoformat(payload["since"]) == utcnow().date() - timedelta(days=7)
