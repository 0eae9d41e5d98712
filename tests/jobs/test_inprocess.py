"""The backend's own worker runs in a child process that stops with the backend."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlmodel import Session, select

from companion import db
from companion.models import Job, Transcript
from jobs.inprocess import NICENESS, ROOT, start_child_worker
from tests.jobs.test_worker import _upload

WAIT = 60.0


def _wait_for(check, what: str) -> None:
    end = time.monotonic() + WAIT
    while not check():
        if time.monotonic() > end:
            pytest.fail(f"waited too long for {what}")
        time.sleep(0.1)


def _alive(pid: int) -> bool:
    stat = Path(f"/proc/{pid}/stat")
    try:
        return stat.read_text().rsplit(")", 1)[1].split()[0] != "Z"  # a zombie has exited
    except (FileNotFoundError, ProcessLookupError):
        return False


def _done() -> bool:
    with Session(db.get_engine()) as s:
        done = select(Job.status).where(Job.kind == "transcript.uploaded")
        return s.exec(done).one() == "done"


def test_the_backends_worker_analyses_uploads_in_its_own_process(pg_database, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", pg_database)
    session_id = _upload()
    child = start_child_worker("--poll", "0.1")
    try:
        assert child.process.pid != os.getpid()
        _wait_for(_done, "the child worker to analyse the upload")
        # it yields the CPU to the backend: lower priority than its parent
        nice = int(
            Path(f"/proc/{child.process.pid}/stat").read_text().rsplit(")", 1)[1].split()[16]
        )
        assert nice == os.nice(0) + NICENESS
    finally:
        child.stop(grace=5)
    assert child.process.returncode == 0  # SIGTERM is a clean stop
    with Session(db.get_engine()) as s:
        status = s.exec(select(Transcript.status).where(Transcript.session_id == session_id))
        assert status.one() == "completed"


def test_the_worker_process_stops_by_itself_when_its_backend_is_killed(pg_database):
    backend = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import time; from jobs.inprocess import start_child_worker; "
            "print(start_child_worker('--poll', '0.2').process.pid, flush=True); time.sleep(600)",
        ],
        env={**os.environ, "DATABASE_URL": pg_database, "PYTHONPATH": str(ROOT)},
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        worker_pid = int(backend.stdout.readline())
        assert _alive(worker_pid)
    finally:
        backend.send_signal(signal.SIGKILL)
        backend.wait()
    _wait_for(lambda: not _alive(worker_pid), "the orphaned worker to stop")
