"""The worker: processes sharing a PostgreSQL queue, leases, retries, timeouts, shutdown."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import Session, select

from companion import db
from companion.models import Job, Transcript
from companion.services.sessions import session_upload
from jobs import queue
from jobs.admin import queue_stats
from jobs.worker import Worker, start_worker
from tests.factories import make_student

ROOT = Path(__file__).resolve().parents[2]
PROC = Path(__file__).with_name("worker_proc.py")
T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
WAIT = 90.0  # generous deadlines for waiting, never asserted on


def _spawn(url: str, *args: str) -> subprocess.Popen:
    """A worker process, returned once it handles SIGTERM (a slow start must not read as a crash)."""
    env = {**os.environ, "DATABASE_URL": url, "PYTHONPATH": str(ROOT)}
    ready = Path(tempfile.mkdtemp()) / "ready"
    proc = subprocess.Popen(
        [sys.executable, str(PROC), *args, "--ready", str(ready)], env=env, cwd=ROOT
    )
    _wait_for(lambda: ready.exists() or proc.poll() is not None, "the worker to start")
    shutil.rmtree(ready.parent, ignore_errors=True)
    return proc


def _wait_for(check, what: str) -> None:
    end = time.monotonic() + WAIT
    while not check():
        if time.monotonic() > end:
            pytest.fail(f"waited too long for {what}")
        time.sleep(0.1)


def _scalar(sql: str, **params):
    with db.get_engine().connect() as conn:
        return conn.execute(text(sql), params).scalar()


def _enqueue(n: int, kind: str = "test.record", at: datetime | None = None) -> None:
    with db.session_scope() as s:
        for i in range(n):
            queue.enqueue(
                s, kind=kind, payload={"n": i}, idempotency_key=f"{kind}:{i}", run_after=at
            )


def _job(job_id: int | None = None) -> Job:
    with Session(db.get_engine()) as s:
        return s.get(Job, job_id) if job_id else s.exec(select(Job)).one()


@pytest.fixture
def job_runs(pg_database) -> str:
    with db.get_engine().begin() as conn:
        conn.execute(
            text(
                "CREATE TABLE job_runs (id serial PRIMARY KEY, n int NOT NULL, "
                "worker text NOT NULL)"
            )
        )
    return pg_database


def _stop(*procs: subprocess.Popen) -> list[int]:
    for p in procs:
        p.send_signal(signal.SIGTERM)
    return [p.wait(timeout=WAIT) for p in procs]


def test_two_worker_processes_run_each_of_200_jobs_exactly_once(job_runs):
    _enqueue(200)
    procs = [_spawn(job_runs, "normal"), _spawn(job_runs, "normal")]
    try:
        _wait_for(lambda: queue_stats_now()["done"] == 200, "200 jobs done")
    finally:
        codes = _stop(*procs)
    runs = Counter(_rows("SELECT n FROM job_runs"))
    assert codes == [0, 0]
    assert sorted(runs) == list(range(200))
    assert set(runs.values()) == {1}


def queue_stats_now() -> dict[str, int]:
    with Session(db.get_engine()) as s:
        return queue_stats(s)


def _rows(sql: str) -> list:
    with db.get_engine().connect() as conn:
        return list(conn.execute(text(sql)).scalars())


def _upload() -> int:
    with db.session_scope() as s:
        student = make_student(s)
        row = session_upload(
            s,
            actor=student,
            student_id=student.id,
            subject="Algebra I",
            date="2026-11-02",
            content=(
                "Tutor: Let's solve linear equations like 2x + 3 = 11.\n"
                "Student: Subtract 3 then divide by 2, so x = 4.\n"
                "Tutor: Now factor x^2 + 5x + 6 into two binomials.\n"
                "Student: I'm not sure how factoring quadratics works."
            ),
        )
        return row.id


def test_a_job_of_a_killed_worker_runs_again_after_its_lease_without_duplicates(job_runs, tmp_path):
    session_id = _upload()
    marker = tmp_path / "analysed"
    first = _spawn(job_runs, "hang", "--marker", str(marker), "--lease", "2")
    try:
        _wait_for(marker.exists, "the first worker to analyse the transcript")
    finally:
        first.kill()
        first.wait()
    concepts = "SELECT count(*) FROM concepts WHERE session_id = :s"
    found = _scalar(concepts, s=session_id)
    second = _spawn(job_runs, "normal")
    try:
        _wait_for(lambda: _job().status == "done", "the second worker to finish the job")
    finally:
        _stop(second)
    assert found > 0
    assert _job().attempts == 2
    assert _scalar(concepts, s=session_id) == found
    assert (
        _scalar(
            "SELECT count(DISTINCT concept_key) FROM concepts WHERE session_id = :s", s=session_id
        )
        == found
    )
    with Session(db.get_engine()) as s:
        assert s.exec(select(Transcript.status)).one() == "completed"


def test_sigterm_lets_the_running_job_finish(job_runs, tmp_path):
    _enqueue(1, kind="test.slow")
    marker = tmp_path / "running"
    proc = _spawn(job_runs, "normal", "--marker", str(marker))
    _wait_for(marker.exists, "the job to start")
    assert _stop(proc) == [0]
    assert _job().status == "done"
    assert _rows("SELECT n FROM job_runs") == [0]


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def _worker(handlers: dict, **options) -> Worker:
    return Worker(
        handlers=handlers, on_dead=options.pop("on_dead", {}), poll_interval=0.05, **options
    )


def _run(worker: Worker) -> int:
    started = worker.drain()
    assert worker.wait_idle(WAIT)
    return started


def test_a_failing_job_is_retried_3_times_after_2_4_and_8_seconds_then_dead(pg_database):
    clock, dead_calls = Clock(T0), []

    def fails(payload: dict) -> None:
        raise RuntimeError("the service is down\nsecond line")

    worker = _worker(
        {"test.fail": fails},
        clock=clock,
        on_dead={"test.fail": lambda p, e: dead_calls.append((p, e))},
    )
    _enqueue(1, kind="test.fail", at=T0)
    gaps = []
    while _run(worker):
        job = _job()
        if job.status == "queued":
            gaps.append((job.run_after - clock.now).total_seconds())
            clock.now = job.run_after - timedelta(seconds=1)
            assert _run(worker) == 0
            clock.now = job.run_after
    job = _job()
    assert gaps == [2, 4, 8]
    assert (job.status, job.attempts) == ("dead", 4)
    assert job.last_error == "RuntimeError: the service is down"
    assert dead_calls == [({"n": 0}, "RuntimeError: the service is down")]


def test_the_worker_never_runs_more_jobs_at_once_than_its_concurrency(pg_database):
    lock, state = threading.Lock(), {"now": 0, "peak": 0}

    def measured(payload: dict) -> None:
        with lock:
            state["now"] += 1
            state["peak"] = max(state["peak"], state["now"])
        time.sleep(0.02)
        with lock:
            state["now"] -= 1

    _enqueue(40, kind="test.measured")
    worker = _worker({"test.measured": measured}, concurrency=4)
    assert _run(worker) == 40
    assert 1 <= state["peak"] <= 4
    assert queue_stats_now()["done"] == 40


def test_a_job_past_its_timeout_counts_as_a_failed_attempt(pg_database):
    release = threading.Event()
    worker = _worker({"test.stuck": lambda p: release.wait(WAIT)}, job_timeout=1)
    _enqueue(1, kind="test.stuck")
    worker.drain()
    _wait_for(lambda: worker.drain() == 0 and _job().status == "queued", "the timeout")
    job = _job()
    assert (job.attempts, job.last_error) == (1, "TimeoutError: timed out after 1 s")
    assert worker.busy() == 1  # the abandoned thread still holds its slot
    release.set()
    assert worker.wait_idle(WAIT)
    assert _job().status == "queued"  # its late return is ignored


def test_shutdown_gives_back_a_job_that_outlives_the_grace_period(pg_database):
    started, release = threading.Event(), threading.Event()

    def stuck(payload: dict) -> None:
        started.set()
        release.wait(WAIT)

    worker = _worker({"test.stuck": stuck})
    _enqueue(1, kind="test.stuck")
    worker.drain()
    started.wait(WAIT)
    worker.shutdown(grace=0.2)
    release.set()
    worker.wait_idle(WAIT)
    job = _job()
    assert (job.status, job.attempts, job.locked_by, job.locked_until) == ("queued", 0, None, None)
    assert worker.drain() == 0  # a stopped worker claims nothing


def test_a_job_without_handler_fails_with_a_readable_error(pg_database):
    _enqueue(1, kind="test.unknown")
    _run(_worker({}))
    assert _job().last_error == "LookupError: no handler for job kind 'test.unknown'"


def test_a_job_whose_last_attempt_was_lost_goes_dead_without_running(pg_database):
    ran, dead_calls = [], []
    _enqueue(1, kind="test.lost")
    with db.session_scope() as s:
        s.exec(select(Job)).one().sqlmodel_update(
            {
                "status": "running",
                "attempts": queue.MAX_ATTEMPTS,
                "locked_by": "gone",
                "locked_until": T0,
            }
        )
    worker = _worker(
        {"test.lost": ran.append}, on_dead={"test.lost": lambda p, e: dead_calls.append(e)}
    )
    _run(worker)
    assert ran == []
    assert (_job().status, _job().attempts) == ("dead", queue.MAX_ATTEMPTS)
    assert dead_calls == ["LeaseExpired: the worker running the last attempt stopped"]


def test_the_scheduled_worker_drains_the_queue_on_both_databases(database):
    runs, lock = [], threading.Lock()

    def record(payload: dict) -> None:
        with lock:
            runs.append(payload["n"])

    _enqueue(30)
    handle = start_worker(
        handlers={"test.record": record}, on_dead={}, poll_interval=0.05, cron_jobs=False
    )
    try:
        _wait_for(lambda: queue_stats_now()["done"] == 30, "30 jobs done")
    finally:
        handle.stop(grace=5)
    assert sorted(runs) == list(range(30))
