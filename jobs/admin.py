"""What admins see of the queue; the services wrap these with the permission check."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlmodel import Session, col

from companion.models import Job
from companion.services.errors import Conflict, NotFound
from jobs.queue import requeue_dead

STATUSES = ("queued", "running", "done", "dead")
NOT_DEAD = "Only a dead job can be retried."


def queue_stats(session: Session) -> dict[str, int]:
    """How many jobs are in each status (every status present, zero included)."""
    rows = session.execute(select(col(Job.status), func.count()).group_by(col(Job.status))).all()
    return dict.fromkeys(STATUSES, 0) | {status: int(n) for status, n in rows}


def dead_jobs(session: Session, limit: int = 50) -> list[Job]:
    """The most recently dead jobs with their last error."""
    query = (
        select(Job)
        .where(col(Job.status) == "dead")
        .order_by(col(Job.finished_at).desc(), col(Job.id).desc())
        .limit(limit)
    )
    return list(session.scalars(query).all())


def retry_job(session: Session, job_id: int) -> Job:
    """Queue a dead job again now, with a fresh set of attempts."""
    if session.get(Job, job_id) is None:
        raise NotFound("No such job.")
    if not requeue_dead(session, job_id):
        raise Conflict(NOT_DEAD)
    return session.get_one(Job, job_id, populate_existing=True)
