"""Short leases renewed by a heartbeat: a dead worker's jobs run again within 45 s, a live
worker's long job is never taken from it, and a database outage does not stop a worker."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

from sqlmodel import Session, select

from companion import db
from companion.models import Job
from jobs import queue
from jobs.worker import Worker, start_worker

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
WAIT = 60.0


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def _job() -> Job:
    with Session(db.get_engine()) as s:
        return s.exec(select(Job)).one()


def _enqueue(kind: str = "test.work") -> None:
    with db.session_scope() as s:
        queue.enqueue(s, kind=kind, payload={}, idempotency_key=f"{kind}:1", run_after=T0)


def _worker(clock: Clock, handlers: dict) -> Worker:
    return Worker(handlers=handlers, on_dead={}, clock=clock, poll_interval=0.05)


def test_a_dead_workers_job_runs_again_within_45_seconds_of_its_last_beat(pg_database):
    _enqueue()
    with db.session_scope() as s:  # a worker claims the job at T0, then is SIGKILLed
        [lost] = queue.claim(s, worker_id="dead", limit=1, lease=queue.LEASE_SECONDS, now=T0)
    runs, clock = [], Clock(T0 + timedelta(seconds=queue.LEASE_SECONDS - 1))
    other = _worker(clock, {"test.work": runs.append})

    assert other.drain() == 0  # its lease still holds
    clock.now = T0 + timedelta(seconds=45)
    assert other.drain() == 1
    assert other.wait_idle(WAIT)

    job = _job()
    assert (lost.attempts, job.status, job.attempts, len(runs)) == (1, "done", 2, 1)
    assert other.lease == queue.LEASE_SECONDS <= 45 - queue.HEARTBEAT_SECONDS


def test_the_heartbeat_extends_a_long_jobs_lease_so_no_one_takes_it(pg_database):
    _enqueue()
    started, release, runs = threading.Event(), threading.Event(), []

    def long_job(payload: dict) -> None:
        started.set()
        release.wait(WAIT)
        runs.append("first")

    clock = Clock(T0)
    first = _worker(clock, {"test.work": long_job})
    assert first.drain() == 1
    assert started.wait(WAIT)
    for beat in (10, 20, 30, 40):  # the job outlives its first lease many times
        clock.now = T0 + timedelta(seconds=beat)
        assert first.heartbeat() == 1
    assert _job().locked_until == clock.now + timedelta(seconds=queue.LEASE_SECONDS)

    second = _worker(Clock(T0 + timedelta(seconds=65)), {"test.work": runs.append})
    assert second.drain() == 0
    release.set()
    assert first.wait_idle(WAIT)
    job = _job()
    assert (job.status, job.attempts, runs) == ("done", 1, ["first"])


def test_a_heartbeat_does_not_renew_a_job_another_worker_took_over(pg_database):
    _enqueue()
    release = threading.Event()
    first = _worker(Clock(T0), {"test.work": lambda p: release.wait(WAIT)})
    assert first.drain() == 1
    with db.session_scope() as s:  # its lease expired and another worker claimed the job
        s.exec(select(Job)).one().sqlmodel_update({"locked_by": "other", "attempts": 2})
    assert first.heartbeat() == 0
    assert _job().locked_by == "other"
    release.set()
    assert first.wait_idle(WAIT)
    assert _job().status == "running"  # the late result of the lost lease is ignored


def test_a_worker_rides_out_a_database_outage(pg_database):
    _enqueue()
    runs = []
    worker = _worker(Clock(T0 + timedelta(seconds=1)), {"test.work": runs.append})
    db.use_database("postgresql://postgres@127.0.0.1:9/down")  # nothing listens there
    try:
        assert worker.drain() == 0
        assert worker.heartbeat() == 0
    finally:
        db.use_database(pg_database)
    assert worker.drain() == 1
    assert worker.wait_idle(WAIT)
    assert (_job().status, runs) == ("done", [{}])


def test_the_scheduled_worker_beats_several_times_per_lease(pg_database):
    handle = start_worker(handlers={}, on_dead={}, cron_jobs=False, lease_seconds=6)
    try:
        beat = handle.scheduler.get_job("queue.heartbeat")
        assert beat is not None
        assert beat.trigger.interval.total_seconds() <= handle.worker.lease / 3
    finally:
        handle.stop(grace=1)
