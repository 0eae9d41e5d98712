"""The worker: an APScheduler process that polls the queue and runs handlers in threads.

Timeouts: Python cannot kill a thread, so a job past `job_timeout` is abandoned. The
worker records a failed attempt ("timed out after N s", backoff or dead as usual) and
stops waiting for it; the thread still counts against `concurrency` until it really
ends, so the cap holds, and whatever it reports afterwards is ignored (its lease is
gone). Leases are short (30 s) and renewed by a heartbeat every 10 s while the job runs,
so a worker that dies loses its jobs' leases within 30 s of its last beat and another
worker retries them. Handlers are idempotent, so a run that was abandoned but finished
anyway does no harm. A database outage costs a warning per poll and heals by itself (the
engine pre-pings its pooled connections).
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from companion.clock import utcnow
from companion.db import session_scope
from jobs import cron, queue
from jobs.queue import Claimed

log = logging.getLogger(__name__)

Handler = Callable[[dict], None]
DeadHandler = Callable[[dict, str], None]
GRACE_SECONDS = 20.0  # SIGTERM: how long running jobs may take to finish


def default_handlers() -> tuple[dict[str, Handler], dict[str, DeadHandler]]:
    """The lead's event handlers plus the cron jobs, and the on-dead hooks."""
    from jobs.handlers import HANDLERS, ON_DEAD  # the handlers import every service

    return {**HANDLERS, **cron.CRON_HANDLERS}, dict(ON_DEAD)


@dataclass
class _Running:
    job: Claimed
    thread: threading.Thread
    deadline: float
    abandoned: bool = False


class Worker:
    """Claims jobs and runs at most `concurrency` of them at once, each in its own thread."""

    def __init__(
        self,
        *,
        handlers: Mapping[str, Handler],
        on_dead: Mapping[str, DeadHandler],
        concurrency: int = 10,
        job_timeout: float = queue.JOB_TIMEOUT,
        lease_seconds: float | None = None,
        worker_id: str | None = None,
        clock: Callable[[], datetime] = utcnow,
        poll_interval: float = 1.0,
    ) -> None:
        self.handlers, self.on_dead, self.clock = handlers, on_dead, clock
        self.concurrency, self.job_timeout = concurrency, job_timeout
        self.poll_interval = poll_interval
        self.lease = lease_seconds if lease_seconds is not None else queue.LEASE_SECONDS
        self.worker_id = worker_id or f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"
        self._running: dict[int, _Running] = {}
        self._lock = threading.Lock()
        self._draining = threading.Lock()
        self._freed = threading.Event()
        self._stopping = threading.Event()
        self._outage = False

    def busy(self) -> int:
        """Threads in use, abandoned ones included."""
        with self._lock:
            return len(self._running)

    def drain(self) -> int:
        """Claim and start jobs until the queue has none due or stop was asked; returns started."""
        if not self._draining.acquire(blocking=False):
            return 0  # another tick is already draining
        started = 0
        try:
            while not self._stopping.is_set():
                self._reap()
                free = self.concurrency - self.busy()
                if free <= 0:
                    self._freed.wait(self.poll_interval)
                    self._freed.clear()
                    continue
                jobs = self._claim(free)
                if not jobs:
                    return started
                for job in jobs:
                    self._start(job)
                started += len(jobs)
            return started
        finally:
            self._draining.release()

    def _claim(self, limit: int) -> list[Claimed]:
        try:
            with session_scope() as session:
                jobs = queue.claim(
                    session,
                    worker_id=self.worker_id,
                    limit=limit,
                    lease=self.lease,
                    now=self.clock(),
                )
        except SQLAlchemyError as exc:  # the database is away: try again at the next poll
            self._database_down(exc)
            return []
        if self._outage:
            self._outage = False
            log.warning("worker %s reaches the database again", self.worker_id)
        return jobs

    def _database_down(self, exc: SQLAlchemyError) -> None:
        if not self._outage:  # one line per outage, not one per poll
            self._outage = True
            log.warning(
                "worker %s cannot reach the database: %s", self.worker_id, queue.error_line(exc)
            )

    def heartbeat(self) -> int:
        """Renew the leases of the jobs still running here; returns how many were renewed."""
        with self._lock:
            held = [r.job for r in self._running.values() if not r.abandoned]
        try:
            with session_scope() as session:
                renewed = queue.renew(session, held, lease=self.lease, now=self.clock())
        except SQLAlchemyError as exc:
            self._database_down(exc)
            return 0
        with self._lock:  # a job that ended meanwhile is not a lost one
            lost = [j for j in held if j.id not in renewed and j.id in self._running]
        for job in lost:  # another worker took it over: its result is not ours
            log.warning("job %s (%s) lost its lease", job.id, job.kind)
        return len(renewed)

    def wait_idle(self, timeout: float) -> bool:
        """Wait until no handler thread is alive (tests, shutdown)."""
        end = time.monotonic() + timeout
        while self.busy() and time.monotonic() < end:
            self._freed.wait(0.05)
            self._freed.clear()
        return self.busy() == 0

    def shutdown(self, grace: float = GRACE_SECONDS) -> None:
        """Stop claiming, let running jobs finish within `grace`, give the others back."""
        self._stopping.set()
        with self._draining:  # a drain in progress finishes its claim first
            pass
        self.wait_idle(grace)
        with self._lock:
            left = [r for r in self._running.values() if not r.abandoned]
            for entry in left:
                entry.abandoned = True
        for entry in left:
            with session_scope() as session:
                queue.release(session, entry.job, now=self.clock())
            log.warning("job %s (%s) released at shutdown", entry.job.id, entry.job.kind)

    def _start(self, job: Claimed) -> None:
        if job.attempts > queue.MAX_ATTEMPTS:  # its last attempt's worker died
            self._record(job, "LeaseExpired: the worker running the last attempt stopped")
            return
        thread = threading.Thread(
            target=self._execute, args=(job,), daemon=True, name=f"job-{job.id}"
        )
        with self._lock:
            self._running[job.id] = _Running(job, thread, time.monotonic() + self.job_timeout)
        thread.start()

    def _execute(self, job: Claimed) -> None:
        error = None
        try:
            handler = self.handlers.get(job.kind)
            if handler is None:
                raise LookupError(f"no handler for job kind {job.kind!r}")
            handler(job.payload)
        except Exception as exc:
            log.exception("job %s (%s) attempt %s failed", job.id, job.kind, job.attempts)
            error = queue.error_line(exc)
        try:
            with self._lock:
                abandoned = self._running[job.id].abandoned
            if not abandoned:  # the lease guard settles a race with the reaper
                self._record(job, error)
        finally:
            with self._lock:
                self._running.pop(job.id, None)
            self._freed.set()

    def _record(self, job: Claimed, error: str | None) -> None:
        try:
            with session_scope() as session:
                if error is None:
                    queue.complete(session, job, now=self.clock())
                    return
                status = queue.fail(session, job, error=error, now=self.clock())
        except Exception:
            log.exception("could not record the result of job %s", job.id)
            return  # the lease expires and another attempt follows
        if status == "dead":
            self._call_on_dead(job, error)

    def _call_on_dead(self, job: Claimed, error: str) -> None:
        hook = self.on_dead.get(job.kind)
        if hook is None:
            return
        try:
            hook(job.payload, error)
        except Exception:
            log.exception("on-dead hook of job %s (%s) failed", job.id, job.kind)

    def _reap(self) -> None:
        now = time.monotonic()
        with self._lock:
            late = [r for r in self._running.values() if not r.abandoned and r.deadline < now]
            for entry in late:
                entry.abandoned = True
        for entry in late:
            log.error("job %s (%s) timed out; abandoning its thread", entry.job.id, entry.job.kind)
            self._record(entry.job, f"TimeoutError: timed out after {self.job_timeout:g} s")


_RUNNER_NAMES = {"WorkerHandle", "start_worker", "start_inprocess_worker", "run_worker"}


def __getattr__(name: str) -> Any:
    # The process-level API (scheduler, signals, child process) lives in jobs/runner.py;
    # `from jobs.worker import start_worker` keeps working for every caller.
    if name in _RUNNER_NAMES:
        from jobs import runner

        return getattr(runner, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
