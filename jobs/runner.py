"""Running a worker as a process: the scheduler (poll, heartbeat, cron) and signals."""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from apscheduler.schedulers.background import BackgroundScheduler

from jobs import cron, queue
from jobs.worker import GRACE_SECONDS, DeadHandler, Handler, Worker, default_handlers

if TYPE_CHECKING:
    from jobs.inprocess import ChildWorker

log = logging.getLogger("jobs.worker")


@dataclass
class WorkerHandle:
    """A running worker: its scheduler (poll + cron) and its job threads."""

    worker: Worker
    scheduler: BackgroundScheduler

    def stop(self, grace: float = GRACE_SECONDS) -> None:
        """Stop polling and cron, then shut the worker down cleanly."""
        self.scheduler.shutdown(wait=False)
        self.worker.shutdown(grace)


def start_worker(
    *,
    poll_interval: float = 1.0,
    handlers: Mapping[str, Handler] | None = None,
    on_dead: Mapping[str, DeadHandler] | None = None,
    cron_jobs: bool = True,
    **options: Any,
) -> WorkerHandle:
    """Start a worker in background threads: the queue poll, the heartbeat and the daily cron.

    `options` go to Worker (concurrency, worker_id, lease_seconds, job_timeout).
    """
    known, dead = default_handlers() if handlers is None or on_dead is None else ({}, {})
    worker = Worker(
        handlers=known if handlers is None else handlers,
        on_dead=dead if on_dead is None else on_dead,
        poll_interval=poll_interval,
        **options,
    )
    logging.getLogger("apscheduler").setLevel(logging.WARNING)  # not a line per poll
    scheduler = BackgroundScheduler(timezone=UTC)
    scheduler.add_job(
        worker.drain,
        "interval",
        seconds=poll_interval,
        id="queue.poll",
        max_instances=2,
        coalesce=True,
        next_run_time=datetime.now(UTC),
    )
    scheduler.add_job(
        worker.heartbeat,
        "interval",
        seconds=min(queue.HEARTBEAT_SECONDS, worker.lease / 3),
        id="queue.heartbeat",
        coalesce=True,
    )
    if cron_jobs:
        cron.schedule(scheduler)
    scheduler.start()
    return WorkerHandle(worker, scheduler)


def start_inprocess_worker() -> ChildWorker:
    """The backend's own worker (COMPANION_WORKER=inprocess), in a child process; .stop() it."""
    from jobs.inprocess import start_child_worker

    return start_child_worker()


def _stop_on_signals(stop: threading.Event) -> None:
    if threading.current_thread() is not threading.main_thread():
        return  # signals can only be handled in the main thread
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())


def run_worker(
    *, stop: threading.Event | None = None, grace: float = GRACE_SECONDS, **options: Any
) -> None:
    """Run a worker until `stop` is set or SIGTERM/SIGINT arrives (`companion worker`).

    `options` are those of start_worker.
    """
    stop = stop or threading.Event()
    _stop_on_signals(stop)
    handle = start_worker(**options)
    log.info(
        "worker %s started (concurrency %s)", handle.worker.worker_id, handle.worker.concurrency
    )
    stop.wait()
    log.info("worker %s stopping", handle.worker.worker_id)
    handle.stop(grace)
