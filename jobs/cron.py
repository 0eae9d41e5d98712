"""Cron jobs: every worker's scheduler enqueues them; the idempotency key makes one job a day.

Any number of workers may run the same schedule: they all enqueue the same key, the
unique key keeps one job, and one worker claims it. The schedule ticks often and only
the key decides, so a worker that was down at the nudge hour still enqueues on start.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from apscheduler.schedulers.base import BaseScheduler

from companion.clock import utcnow
from companion.db import session_scope
from companion.services.account_data import transcripts_expire
from companion.services.nudges import nudges_send_daily
from companion.services.summaries import weekly_summaries_send
from companion.settings import get_settings
from jobs.queue import enqueue

NUDGES_KIND = "cron.nudges"
NUDGE_HOUR_UTC = 15  # afternoon in Europe, morning in the Americas
TICK_MINUTES = 10


def _enqueue_once(kind: str, name: str, **period: str) -> bool:
    """Queue the `kind` job of one period (a day or a week: in its payload and its key
    `cron:<name>:<period>`, which keeps it to one job however many workers ask); True."""
    (when,) = period.values()
    with session_scope() as session:
        enqueue(session, kind=kind, payload=period, idempotency_key=f"cron:{name}:{when}")
    return True


def _tick(scheduler: BaseScheduler, enqueue_due: Callable[[], bool], kind: str) -> None:
    """A cron tick every TICK_MINUTES (the first at start), never two of one at once."""
    scheduler.add_job(
        enqueue_due,
        "interval",
        minutes=TICK_MINUTES,
        id=kind,
        coalesce=True,
        max_instances=1,
        next_run_time=datetime.now(UTC),
    )


def enqueue_daily_nudges(*, now: datetime | None = None) -> bool:
    """Queue today's nudge job once the nudge hour has come; True when it is (now) queued."""
    now = now or utcnow()
    if now.hour < NUDGE_HOUR_UTC:
        return False
    return _enqueue_once(NUDGES_KIND, "nudges", day=now.date().isoformat())


def send_nudge_kinds() -> None:
    """Send each registered nudge kind (docs/extending.md), each in its own transaction."""
    from companion.services.nudge_kinds import NUDGE_KINDS, nudges_send_kind

    now = utcnow()
    for kind in list(NUDGE_KINDS):
        with session_scope() as session:
            nudges_send_kind(session, type=kind, now=now)


def run_nudges(payload: dict) -> None:
    """Send today's nudges (the service keeps it to one per student per day)."""
    with session_scope() as session:
        nudges_send_daily(session, now=utcnow())
    send_nudge_kinds()


RETENTION_KIND = "cron.retention"


def enqueue_daily_retention(*, now: datetime | None = None) -> bool:
    """Queue today's transcript-retention job when TRANSCRIPT_RETENTION_DAYS is set."""
    now = now or utcnow()
    if get_settings().transcript_retention_days <= 0:
        return False
    return _enqueue_once(RETENTION_KIND, "retention", day=now.date().isoformat())


def run_retention(payload: dict) -> None:
    """Remove raw transcript text older than the retention period (concepts stay)."""
    with session_scope() as session:
        transcripts_expire(session, now=utcnow(), days=get_settings().transcript_retention_days)


WEEKLY_KIND = "cron.weekly_summaries"


def enqueue_weekly_summaries(*, now: datetime | None = None) -> bool:
    """Queue the week's summary job once Monday's nudge hour has come (once per ISO week)."""
    now = now or utcnow()
    if now.weekday() == 0 and now.hour < NUDGE_HOUR_UTC:
        return False
    return _enqueue_once(WEEKLY_KIND, "weekly", week=f"{now:%G-W%V}")


def run_weekly_summaries(payload: dict) -> None:
    """Send the weekly summaries students opted into."""
    with session_scope() as session:
        weekly_summaries_send(session, now=utcnow(), app_url=get_settings().app_url)


CRON_HANDLERS = {
    NUDGES_KIND: run_nudges,
    RETENTION_KIND: run_retention,
    WEEKLY_KIND: run_weekly_summaries,
}


def schedule(scheduler: BaseScheduler) -> None:
    """Add the cron ticks to a worker's scheduler (first tick at start)."""
    _tick(scheduler, enqueue_daily_nudges, NUDGES_KIND)
    _tick(scheduler, enqueue_weekly_summaries, WEEKLY_KIND)
    if get_settings().transcript_retention_days <= 0:
        return  # retention is off: raw transcripts are kept
    _tick(scheduler, enqueue_daily_retention, RETENTION_KIND)
