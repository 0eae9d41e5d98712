"""The worker `reflex run` starts beside the backend (COMPANION_WORKER=inprocess).

It runs in a child process, not in threads of the backend: a job's CPU work (analysing a
2 MB transcript) in a backend thread holds the GIL that the event loop needs between every
two events; in its own process it costs the loop nothing. The child stops with the
backend: on `.stop()` (SIGTERM, then the worker's grace period) and by itself when its
parent goes away, so a killed backend leaves no orphan worker behind. It runs at a lower CPU
priority (nice +10): on a small machine a long analysis then waits for the cores the
backend's students need, instead of sharing them evenly with the backend.

Run as `python -m jobs.inprocess --parent PID`.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GRACE_SECONDS = 20.0  # as jobs.worker.GRACE_SECONDS (not imported: it pulls in the services)
PARENT_CHECK_SECONDS = 1.0
NICENESS = 10  # background work yields the CPU to the backend serving students


@dataclass
class ChildWorker:
    """The worker process started by the backend."""

    process: subprocess.Popen

    def stop(self, grace: float = GRACE_SECONDS) -> None:
        """SIGTERM: running jobs finish within `grace`; killed if it outstays that."""
        if self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(grace + 5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def start_child_worker(*args: str) -> ChildWorker:
    """Start the worker process for this backend; `args` go to its command line."""
    path = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p)
    command = [sys.executable, "-m", "jobs.inprocess", "--parent", str(os.getpid()), *args]
    # The backend's working directory: a relative SQLite path names the same file.
    env = {**os.environ, "PYTHONPATH": path}
    return ChildWorker(subprocess.Popen(command, env=env, cwd=os.getcwd()))


def _watch_parent(parent: int, stop: threading.Event) -> None:
    # An orphan is adopted by another process: its parent id changes.
    while not stop.wait(PARENT_CHECK_SECONDS):
        if os.getppid() != parent:
            logging.getLogger(__name__).warning("the backend went away; the worker stops")
            stop.set()


def main(argv: list[str] | None = None) -> None:
    """Run the worker until SIGTERM or until the parent process is gone."""
    parser = argparse.ArgumentParser(prog="python -m jobs.inprocess")
    parser.add_argument("--parent", type=int, required=True)
    parser.add_argument("--poll", type=float, default=1.0)
    args = parser.parse_args(argv)
    os.nice(NICENESS)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    from jobs.worker import run_worker

    stop = threading.Event()
    threading.Thread(target=_watch_parent, args=(args.parent, stop), daemon=True).start()
    run_worker(stop=stop, poll_interval=args.poll)


if __name__ == "__main__":
    main()
