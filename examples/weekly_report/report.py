"""A weekly report a student asks for: counted in the background, delivered as a notification."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from sqlmodel import Session, col, func, select

from companion.db import session_scope
from companion.models import Job, Practice, User
from companion.services.access import require_act_as_student
from companion.services.notifications import notify
from jobs import queue
from jobs.handlers import register

KIND = "example.weekly_report"
FAILED = "Your weekly report could not be made. Please ask for it again later."


def report_request(db: Session, *, actor: User, student_id: int, today: date) -> Job:
    """Queue the report (once per student and day), in the caller's transaction."""
    require_act_as_student(db, actor, student_id)
    return queue.enqueue(
        db,
        kind=KIND,
        payload={"student_id": student_id, "since": (today - timedelta(days=7)).isoformat()},
        idempotency_key=f"{KIND}:{student_id}:{today.isoformat()}",
    )


def report_deliver(db: Session, *, student_id: int, since: date) -> None:
    """Count the practice sets submitted since `since` and tell the student."""
    start = datetime.combine(since, time(), tzinfo=UTC)
    count = db.exec(
        select(func.count())
        .select_from(Practice)
        .where(Practice.student_id == student_id, col(Practice.submitted_at) >= start)
    ).one()
    notify(
        db,
        student_id=student_id,
        type="report",
        title="Your week",
        message=f"You submitted {count} practice sets in the last 7 days.",
    )


def run_weekly_report(payload: dict) -> None:
    """The job: ids in the payload, one transaction, one service call."""
    with session_scope() as db:
        report_deliver(
            db, student_id=int(payload["student_id"]), since=date.fromisoformat(payload["since"])
        )


def dead_weekly_report(payload: dict, error: str) -> None:
    """After the last attempt: the student learns it failed instead of waiting."""
    with session_scope() as db:
        notify(
            db, student_id=int(payload["student_id"]), type="report", title="Report", message=FAILED
        )


def install() -> None:
    """Register the kind with the worker; call once, before the worker starts."""
    register(KIND, run_weekly_report, on_dead=dead_weekly_report)
