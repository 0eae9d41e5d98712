"""The queue table's operations: enqueue, claim with a lease, complete, fail, release.

Every write after the claim is guarded by the lease it was claimed with (worker id and
attempt number): a worker that lost its job (timed out, or its lease expired and another
worker took the job) changes nothing when it reports late.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Update, and_, or_, select, text, update
from sqlalchemy.sql.dml import ReturningUpdate
from sqlmodel import Session, col

from companion.clock import utcnow
from companion.db import insert_ignoring_conflicts, rowcount
from companion.models import Job

# The first run plus 3 retries after 2 s, 4 s and 8 s (DESIGN: "retry 3 times ... then dead").
MAX_ATTEMPTS = 4  # in all, the first run included
JOB_TIMEOUT = 300.0  # seconds a job may run before the worker gives up on it
# A live worker renews the leases of its running jobs every HEARTBEAT_SECONDS; a dead one
# stops, so its jobs are claimed again LEASE_SECONDS (plus a poll) after its last beat.
LEASE_SECONDS = 30.0
HEARTBEAT_SECONDS = 10.0

# SQLite has no SKIP LOCKED: claims of one process go one at a time (SQLite is one host).
_SQLITE_CLAIM_LOCK = threading.Lock()


@dataclass(frozen=True)
class Claimed:
    """A job as one worker holds it: the lease is (worker_id, attempts)."""

    id: int
    kind: str
    payload: dict
    attempts: int
    worker_id: str


def backoff(attempts: int) -> timedelta:
    """The wait before the next attempt: 2 s, 4 s, 8 s ..."""
    return timedelta(seconds=2**attempts)


def error_line(exc: BaseException) -> str:
    """One readable line for last_error (the traceback goes to the log)."""
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}"[:500] if text else type(exc).__name__


def _insert_ignoring_duplicate(session: Session, values: dict) -> int | None:
    stmt = insert_ignoring_conflicts(session, Job, values, index_elements=["idempotency_key"])
    return session.execute(stmt.returning(col(Job.id))).scalar()


def enqueue(
    session: Session,
    *,
    kind: str,
    payload: dict,
    idempotency_key: str,
    run_after: datetime | None = None,
) -> Job:
    """Add a job in the caller's transaction; the same key twice gives the same job."""
    by_key = select(Job).where(col(Job.idempotency_key) == idempotency_key)
    existing = session.scalars(by_key).first()
    if existing is not None:
        return existing
    now = utcnow()
    # ON CONFLICT: two processes enqueueing the same key at once (cron) both succeed.
    job_id = _insert_ignoring_duplicate(
        session,
        {
            "kind": kind,
            "payload": payload,
            "idempotency_key": idempotency_key,
            "status": "queued",
            "attempts": 0,
            "run_after": run_after or now,
            "created_at": now,
        },
    )
    if job_id is None:
        return session.scalars(by_key).one()
    return session.get_one(Job, job_id)


def enqueue_many(session: Session, jobs: list[tuple[str, dict, str, datetime | None]]) -> None:
    """Add many jobs (kind, payload, idempotency key, run_after) with one executemany; a key
    that is queued already is left as it is."""
    if not jobs:
        return
    now = utcnow()
    rows = [
        {"kind": kind, "payload": payload, "idempotency_key": key, "status": "queued",
         "attempts": 0, "run_after": run_after or now, "created_at": now}
        for kind, payload, key, run_after in jobs
    ]  # fmt: skip
    table = Job.metadata.tables[Job.__tablename__]
    session.execute(
        insert_ignoring_conflicts(session, table, index_elements=["idempotency_key"]), rows
    )


def _claim_statement(
    *, dialect: str, worker_id: str, limit: int, lease: float, now: datetime
) -> ReturningUpdate[Any]:
    due = or_(
        and_(col(Job.status) == "queued", col(Job.run_after) <= now),
        and_(col(Job.status) == "running", col(Job.locked_until) < now),
    )
    ids = select(col(Job.id)).where(due).order_by(col(Job.run_after)).limit(limit)
    if dialect == "postgresql":
        ids = ids.with_for_update(skip_locked=True)
    return (
        update(Job)
        .where(col(Job.id).in_(ids.scalar_subquery()))
        .values(
            status="running",
            locked_by=worker_id,
            locked_until=now + timedelta(seconds=lease),
            attempts=col(Job.attempts) + 1,
        )
        .returning(col(Job.id), col(Job.kind), col(Job.payload), col(Job.attempts))
    )


def claim(
    session: Session, *, worker_id: str, limit: int, lease: float, now: datetime | None = None
) -> list[Claimed]:
    """Take up to `limit` due jobs (or jobs whose lease expired); commits its own transaction."""
    dialect = session.get_bind().dialect.name
    stmt = _claim_statement(
        dialect=dialect, worker_id=worker_id, limit=limit, lease=lease, now=now or utcnow()
    )
    if dialect == "postgresql":
        _no_fsync(session)
        rows = session.execute(stmt).all()
        session.commit()
    else:
        with _SQLITE_CLAIM_LOCK:
            rows = session.execute(stmt).all()
            session.commit()
    return [
        Claimed(id=r.id, kind=r.kind, payload=r.payload, attempts=r.attempts, worker_id=worker_id)
        for r in rows
    ]


def _no_fsync(session: Session) -> None:
    # A claim or a "done" lost in a server crash only means the job runs again, and
    # handlers are idempotent: these commits need not wait for the disk.
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SET LOCAL synchronous_commit = off"))


def renew(
    session: Session, jobs: list[Claimed], *, lease: float, now: datetime | None = None
) -> set[int]:
    """Extend the leases of jobs this worker still holds; returns the ids renewed."""
    if not jobs:
        return set()
    _no_fsync(session)
    held = or_(*(and_(col(Job.id) == j.id, col(Job.attempts) == j.attempts) for j in jobs))
    stmt = (
        update(Job)
        .where(held, col(Job.status) == "running", col(Job.locked_by) == jobs[0].worker_id)
        .values(locked_until=(now or utcnow()) + timedelta(seconds=lease))
        .returning(col(Job.id))
        .execution_options(synchronize_session=False)
    )
    return set(session.execute(stmt).scalars())


def _held(job: Claimed) -> Update:
    return update(Job).where(
        col(Job.id) == job.id,
        col(Job.status) == "running",
        col(Job.locked_by) == job.worker_id,
        col(Job.attempts) == job.attempts,
    )


def complete(session: Session, job: Claimed, *, now: datetime | None = None) -> bool:
    """Mark a job done after its handler returned; False if the lease was lost."""
    _no_fsync(session)
    stmt = _held(job).values(
        status="done", locked_by=None, locked_until=None, finished_at=now or utcnow()
    )
    return rowcount(session.execute(stmt)) == 1


def fail(
    session: Session,
    job: Claimed,
    *,
    error: str,
    now: datetime | None = None,
    max_attempts: int = MAX_ATTEMPTS,
) -> str | None:
    """Record a failed attempt: back to the queue with backoff, or dead after the last one.

    Returns the new status ("queued" or "dead"), or None if the lease was lost.
    """
    now = now or utcnow()
    values: dict[str, Any]
    if job.attempts >= max_attempts:
        values = {"status": "dead", "finished_at": now, "attempts": min(job.attempts, max_attempts)}
    else:
        values = {"status": "queued", "run_after": now + backoff(job.attempts)}
    stmt = _held(job).values(locked_by=None, locked_until=None, last_error=error, **values)
    return values["status"] if rowcount(session.execute(stmt)) == 1 else None


def release(session: Session, job: Claimed, *, now: datetime | None = None) -> bool:
    """Give a job back untouched (worker shutdown): queued now, the attempt not counted."""
    stmt = _held(job).values(
        status="queued",
        locked_by=None,
        locked_until=None,
        attempts=job.attempts - 1,
        run_after=now or utcnow(),
    )
    return rowcount(session.execute(stmt)) == 1


def requeue_dead(session: Session, job_id: int, *, now: datetime | None = None) -> bool:
    """Queue a dead job again now with fresh attempts; False if it is not dead (any more).

    Conditional, so two callers racing to retry one job queue it once.
    """
    stmt = (
        update(Job)
        .where(col(Job.id) == job_id, col(Job.status) == "dead")
        .values(
            status="queued",
            attempts=0,
            run_after=now or utcnow(),
            finished_at=None,
            locked_by=None,
            locked_until=None,
        )
        .execution_options(synchronize_session=False)
    )
    return rowcount(session.execute(stmt)) == 1
