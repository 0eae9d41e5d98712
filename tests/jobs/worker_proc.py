"""A worker process for the tests: `python tests/jobs/worker_proc.py MODE [options]`.

DATABASE_URL names the database. Test handlers record each run in the `job_runs` table
the test created: `test.record` inserts a row; `test.slow` writes the marker file, sleeps,
then inserts. In mode `hang`, the real `transcript.uploaded` handler runs, then the
marker file is written and the job never returns (the test SIGKILLs the process).
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import threading
import time
from pathlib import Path

from sqlalchemy import text

from companion.db import session_scope
from jobs.handlers import run_transcript_uploaded
from jobs.worker import default_handlers, run_worker


def _record(payload: dict) -> None:
    with session_scope() as session:
        session.execute(
            text("INSERT INTO job_runs (n, worker) VALUES (:n, :w)"),
            {"n": payload["n"], "w": str(os.getpid())},
        )


def _handlers(mode: str, marker: Path | None) -> dict:
    def slow(payload: dict) -> None:
        marker.write_text("running")
        time.sleep(1.5)
        _record(payload)

    def hang(payload: dict) -> None:
        run_transcript_uploaded(payload)
        marker.write_text("analysed")
        time.sleep(3600)

    handlers, _ = default_handlers()
    handlers |= {"test.record": _record, "test.slow": slow}
    if mode == "hang":
        handlers["transcript.uploaded"] = hang
    return handlers


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["normal", "hang"])
    parser.add_argument("--marker", type=Path)
    parser.add_argument("--lease", type=float)
    parser.add_argument("--concurrency", type=int, default=10)
    parser.add_argument("--ready", type=Path, help="written once SIGTERM stops the worker cleanly")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    if args.ready:
        args.ready.write_text("ready")
    run_worker(
        stop=stop,
        concurrency=args.concurrency,
        poll_interval=0.1,
        lease_seconds=args.lease,
        handlers=_handlers(args.mode, args.marker),
        cron_jobs=False,
        grace=30,
    )


if __name__ == "__main__":
    main()
