"""The job queue as admins see it: counts, dead jobs, retry."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from companion.models import Job, User
from companion.services.access import require_admin
from companion.services.audit import audit_record
from companion.services.validation import MAX_ID, int_field


def queue_overview(
    session: Session, *, actor: User, limit: int = 50
) -> tuple[dict[str, int], list[Any]]:
    """Counts by status and the newest dead jobs with their errors (admins only).

    Two statements; a dead job's row carries no payload (id, kind, attempts, last_error,
    created_at, finished_at).
    """
    from jobs.admin import queue_stats

    require_admin(actor)
    j = Job.__table__.c
    dead = session.exec(
        select(j.id, j.kind, j.attempts, j.last_error, j.created_at, j.finished_at)
        .where(j.status == "dead")
        .order_by(j.finished_at.desc(), j.id.desc())
        .limit(limit)
    )
    return queue_stats(session), dead.all()


def queue_retry(session: Session, *, actor: User, job_id: object) -> Job:
    """Put a dead job back in the queue (admins only, audited)."""
    from jobs.admin import retry_job

    require_admin(actor)
    job = retry_job(session, int_field(job_id, "job_id", lo=1, hi=MAX_ID))
    audit_record(session, actor_id=actor.id, action="job.retry", target=f"job:{job.id} {job.kind}")
    return job
