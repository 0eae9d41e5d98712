"""The queue core on both databases: enqueue, claim and lease, complete, fail, release, admin."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import Session, func, select

from companion import db
from companion.models import Job
from companion.services.errors import Conflict, NotFound
from jobs import queue
from jobs.admin import NOT_DEAD, dead_jobs, queue_stats, retry_job

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def _add(session: Session, n: int = 1, *, at: datetime = T0, kind: str = "test.noop") -> list[Job]:
    jobs = [
        queue.enqueue(session, kind=kind, payload={"n": i}, idempotency_key=f"k{i}", run_after=at)
        for i in range(n)
    ]
    session.commit()
    return jobs


def _claim(
    session: Session, *, now: datetime = T0, limit: int = 10, lease: float = 60, worker: str = "w1"
) -> list[queue.Claimed]:
    return queue.claim(session, worker_id=worker, limit=limit, lease=lease, now=now)


def test_enqueue_same_key_twice_gives_one_job(session):
    first = queue.enqueue(session, kind="k", payload={"a": 1}, idempotency_key="same")
    again = queue.enqueue(session, kind="k", payload={"a": 2}, idempotency_key="same")
    session.commit()
    assert again.id == first.id
    assert session.exec(select(func.count()).select_from(Job)).one() == 1
    assert session.get(Job, first.id).payload == {"a": 1}


def test_enqueue_belongs_to_the_callers_transaction(session):
    queue.enqueue(session, kind="k", payload={}, idempotency_key="rolled-back")
    session.rollback()
    assert session.exec(select(func.count()).select_from(Job)).one() == 0


def test_enqueue_of_a_key_committed_by_another_session_returns_that_job(session):
    with Session(db.get_engine()) as other:
        theirs = queue.enqueue(other, kind="k", payload={}, idempotency_key="shared")
        other.commit()
        theirs_id = theirs.id
    mine = queue.enqueue(session, kind="k", payload={}, idempotency_key="shared")
    assert mine.id == theirs_id


def test_claim_leases_due_jobs_and_counts_the_attempt(session):
    (job,) = _add(session)
    (claimed,) = _claim(session, lease=90)
    row = session.get(Job, job.id)
    session.refresh(row)
    assert (claimed.id, claimed.attempts, claimed.payload) == (job.id, 1, {"n": 0})
    assert (row.status, row.locked_by, row.attempts) == ("running", "w1", 1)
    assert row.locked_until == T0 + timedelta(seconds=90)


def test_claim_leaves_jobs_that_are_not_due_yet(session):
    _add(session, at=T0 + timedelta(seconds=5))
    assert _claim(session) == []
    assert len(_claim(session, now=T0 + timedelta(seconds=5))) == 1


def test_claim_takes_at_most_the_limit_oldest_first(session):
    _add(session, 5)
    assert len(_claim(session, limit=3)) == 3
    assert len(_claim(session, limit=3)) == 2


def test_a_running_job_is_claimed_again_only_after_its_lease_expired(session):
    (job,) = _add(session)
    _claim(session, lease=2, worker="dead-worker")
    assert _claim(session, now=T0 + timedelta(seconds=2), worker="w2") == []
    (again,) = _claim(session, now=T0 + timedelta(seconds=3), worker="w2")
    assert (again.id, again.attempts, again.worker_id) == (job.id, 2, "w2")


def test_complete_marks_done_and_a_lost_lease_changes_nothing(session):
    _add(session)
    (old,) = _claim(session, lease=2, worker="slow")
    (new,) = _claim(session, now=T0 + timedelta(seconds=3), worker="fast")
    assert queue.complete(session, old) is False
    assert queue.complete(session, new, now=T0 + timedelta(seconds=4)) is True
    session.commit()
    row = session.get(Job, new.id)
    session.refresh(row)
    assert (row.status, row.locked_by, row.finished_at) == ("done", None, T0 + timedelta(seconds=4))


def test_failures_back_off_2_4_then_8_seconds_then_the_job_is_dead(session):
    (job,) = _add(session)
    now, statuses = T0, []
    for _ in range(queue.MAX_ATTEMPTS):
        (claimed,) = _claim(session, now=now)
        statuses.append(queue.fail(session, claimed, error="ValueError: bad", now=now))
        session.commit()
        row = session.get(Job, job.id)
        session.refresh(row)
        if row.status == "queued":
            assert row.run_after - now == queue.backoff(claimed.attempts)
            assert _claim(session, now=row.run_after - timedelta(seconds=1)) == []
            now = row.run_after
    assert statuses == ["queued", "queued", "queued", "dead"]
    assert [queue.backoff(n).total_seconds() for n in (1, 2, 3)] == [2, 4, 8]
    assert (row.status, row.attempts, row.last_error) == ("dead", 4, "ValueError: bad")
    assert _claim(session, now=now + timedelta(days=1)) == []


def test_release_requeues_now_without_counting_the_attempt(session):
    (job,) = _add(session)
    (claimed,) = _claim(session)
    assert queue.release(session, claimed, now=T0 + timedelta(seconds=1)) is True
    session.commit()
    row = session.get(Job, job.id)
    session.refresh(row)
    assert (row.status, row.attempts, row.locked_by, row.locked_until) == ("queued", 0, None, None)


def test_concurrent_claimers_never_take_the_same_job(database):
    with Session(db.get_engine()) as s:
        _add(s, 120)
    taken: list[int] = []
    lock = threading.Lock()

    def claimer(name: str) -> None:
        with Session(db.get_engine()) as s:
            while batch := _claim(s, limit=3, worker=name):
                with lock:
                    taken.extend(j.id for j in batch)

    threads = [threading.Thread(target=claimer, args=(f"w{i}",)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(taken) == 120
    assert len(set(taken)) == 120


def test_queue_stats_count_every_status(session):
    _add(session, 3)
    (claimed,) = _claim(session, limit=1)
    queue.complete(session, claimed)
    session.commit()
    assert queue_stats(session) == {"queued": 2, "running": 0, "done": 1, "dead": 0}


def _kill(session: Session, job: Job) -> None:
    for n in range(queue.MAX_ATTEMPTS):
        (claimed,) = _claim(session, now=T0 + timedelta(days=n))
        queue.fail(session, claimed, error=f"RuntimeError: try {n + 1}", now=T0 + timedelta(days=n))
        session.commit()


def test_dead_jobs_are_listed_with_their_error_and_can_be_retried(session):
    (job,) = _add(session)
    _kill(session, job)
    (dead,) = dead_jobs(session)
    assert (dead.id, dead.last_error) == (job.id, f"RuntimeError: try {queue.MAX_ATTEMPTS}")
    retried = retry_job(session, job.id)
    session.commit()
    assert (retried.status, retried.attempts, retried.finished_at) == ("queued", 0, None)
    assert dead_jobs(session) == []
    assert len(_claim(session, now=retried.run_after)) == 1


def test_retry_of_a_job_that_is_not_dead_is_a_conflict(session):
    (job,) = _add(session)
    with pytest.raises(Conflict, match=NOT_DEAD):
        retry_job(session, job.id)
    with pytest.raises(NotFound):
        retry_job(session, 999_999)
