"""Failures stay visible: a practice set whose job dies shows as failed and can be retried."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import Session, select

from companion import db
from companion.ai.local import LocalProvider
from companion.clock import utcnow
from companion.models import Job, Notification, Practice
from companion.services import practice_generation
from companion.services.knowledge import knowledge_seed
from companion.services.practice_requests import practice_request_review
from jobs import queue
from jobs.worker import Worker, default_handlers
from tests.factories import make_student

T0 = datetime(2026, 11, 3, 9, 0, tzinfo=UTC)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


class BrokenGenerator(LocalProvider):
    def generate_practice(self, *args, **kwargs):
        raise RuntimeError("the model is down")


@pytest.fixture
def broken(monkeypatch) -> None:
    monkeypatch.setattr(practice_generation, "get_provider", BrokenGenerator)


def _run_until_settled(clock: Clock) -> Job:
    """Run the real handlers, moving the clock to each retry, until the job is done or dead."""
    handlers, on_dead = default_handlers()
    worker = Worker(handlers=handlers, on_dead=on_dead, clock=clock, poll_interval=0.05)
    for _ in range(queue.MAX_ATTEMPTS + 1):
        worker.drain()
        assert worker.wait_idle(60)
        with Session(db.get_engine()) as s:
            job = s.exec(select(Job).where(Job.kind == "practice.generate")).one()
        if job.status in ("done", "dead"):
            return job
        clock.now = job.run_after
    pytest.fail("the job neither finished nor died")


def _student_with_due_concepts():
    with db.session_scope() as s:
        student = make_student(s)
        for key, name in (("algebra_1.slope", "Slope"), ("algebra_1.quadratics", "Quadratics")):
            knowledge_seed(
                s,
                student_id=student.id,
                key=key,
                name=name,
                subject="Algebra I",
                mastery=20,
                now=T0,
            )
    return student


def _practice(practice_id: int) -> Practice:
    with Session(db.get_engine()) as s:
        return s.get(Practice, practice_id)


def test_a_review_set_whose_generation_dies_fails_visibly_and_is_retried_the_same_day(
    database, monkeypatch, broken
):
    student = _student_with_due_concepts()
    today = T0 + timedelta(days=2)
    with db.session_scope() as s:
        first = practice_request_review(s, actor=student, student_id=student.id, now=today)

    job = _run_until_settled(Clock(utcnow()))

    assert (job.status, job.attempts) == ("dead", queue.MAX_ATTEMPTS)
    assert _practice(first.id).status == "failed"
    with Session(db.get_engine()) as s:
        told = s.exec(select(Notification.title).where(Notification.student_id == student.id))
        assert "We couldn't write your practice set" in told.all()

    monkeypatch.setattr(practice_generation, "get_provider", LocalProvider)
    later = today + timedelta(hours=3)
    with db.session_scope() as s:
        retry = practice_request_review(s, actor=student, student_id=student.id, now=later)
    assert retry.id == first.id
    assert retry.status == "pending"

    job = _run_until_settled(Clock(utcnow()))

    assert job.status == "done"
    ready = _practice(first.id)
    assert ready.status == "ready"
    assert ready.problems


def test_a_set_left_pending_by_a_dead_job_is_retried_too(database, broken):
    student = _student_with_due_concepts()
    today = T0 + timedelta(days=2)
    with db.session_scope() as s:
        first = practice_request_review(s, actor=student, student_id=student.id, now=today)
    with db.session_scope() as s:  # the job died but its hook never ran (the worker crashed)
        s.exec(select(Job)).one().sqlmodel_update({"status": "dead", "attempts": 4})
    with db.session_scope() as s:
        again = practice_request_review(s, actor=student, student_id=student.id, now=today)
        job = s.exec(select(Job)).one()
    assert again.id == first.id
    assert (job.status, job.attempts) == ("queued", 0)


def test_a_review_set_in_progress_is_returned_as_is(database):
    student = _student_with_due_concepts()
    today = T0 + timedelta(days=2)
    with db.session_scope() as s:
        first = practice_request_review(s, actor=student, student_id=student.id, now=today)
    with db.session_scope() as s:
        again = practice_request_review(s, actor=student, student_id=student.id, now=today)
        job = s.exec(select(Job)).one()
    assert (again.id, again.status) == (first.id, "pending")
    assert (job.status, job.attempts) == ("queued", 0)
