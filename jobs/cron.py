"""Cron jobs: every worker's scheduler enqueues them; the idempotency key makes one job a day.

Any number of workers may run the same schedule: they all enqueue the same key, the
unique key keeps one job, and one worker claims it. The schedule ticks often and only
the key decides, so a worker that was down at the nudge hour still enqueues on start.
"""

from __future__ import annotations

from datetime import UTC, datetime

from apscheduler.schedulers.base import BaseScheduler

from companion.clock import utcnow
from companion.db import session_scope
from companion.services.nudges import NUDGE_KINDS, nudges_send_daily, nudges_send_kind
from jobs.queue import enqueue

NUDGES_KIND = "cron.nudges"
NUDGE_HOUR_UTC = 15  # afternoon in Europe, morning in the Americas
TICK_MINUTES = 10


def nudges_key(now: datetime) -> str:
    """The idempotency key of the day's nudge job."""
    return f"cron:nudges:{now.date().isoformat()}"


def enqueue_daily_nudges(*, now: datetime | None = None) -> bool:
    """Queue today's nudge job once the nudge hour has come; True when it is (now) queued."""
    now = now or utcnow()
    if now.hour < NUDGE_HOUR_UTC:
        return False
    with session_scope() as session:
        enqueue(
            session,
            kind=NUDGES_KIND,
            payload={"day": now.date().isoformat()},
            idempotency_key=nudges_key(now),
        )
    return True


def run_nudges(payload: dict) -> None:
    """Send today's nudges (the service keeps it to one per student per day)."""
    now = utcnow()
    with session_scope() as session:
        nudges_send_daily(session, now=now)
    for kind in list(NUDGE_KINDS):  # each registered kind in its own transaction
        with session_scope() as session:
            nudges_send_kind(session, type=kind, now=now)


CRON_HANDLERS = {NUDGES_KIND: run_nudges}


def schedule(scheduler: BaseScheduler) -> None:
    """Add the cron ticks to a worker's scheduler (first tick at start)."""
    scheduler.add_job(
        enqueue_daily_nudges,
        "interval",
        minutes=TICK_MINUTES,
        id=NUDGES_KIND,
        coalesce=True,
        max_instances=1,
        next_run_time=datetime.now(UTC),
    )
