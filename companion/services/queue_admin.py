"""The job queue as admins see it: counts, dead jobs, retry."""

from __future__ import annotations

from sqlmodel import Session

from companion.models import Job, User
from companion.services.access import require_admin
from companion.services.audit import audit_record
from companion.services.validation import MAX_ID, int_field


def queue_overview(
    session: Session, *, actor: User, limit: int = 50
) -> tuple[dict[str, int], list[Job]]:
    """Counts by status and the newest dead jobs with their errors (admins only)."""
    from jobs.admin import dead_jobs, queue_stats

    require_admin(actor)
    return queue_stats(session), dead_jobs(session, limit=limit)


def queue_retry(session: Session, *, actor: User, job_id: object) -> Job:
    """Put a dead job back in the queue (admins only, audited)."""
    from jobs.admin import retry_job

    require_admin(actor)
    job = retry_job(session, int_field(job_id, "job_id", lo=1, hi=MAX_ID))
    audit_record(session, actor_id=actor.id, action="job.retry", target=f"job:{job.id} {job.kind}")
    return job
