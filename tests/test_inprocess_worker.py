"""`reflex run` starts a job worker inside the backend unless COMPANION_WORKER=off."""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator

import pytest

from companion.db import session_scope
from companion.models import Job, Transcript
from companion.services.sessions import session_upload
from tests.factories import make_student
from tests.harness import ROOT, running_backend

pytestmark = pytest.mark.boots_app
TRANSCRIPT = (ROOT / "companion" / "demo" / "chemistry_stoichiometry.srt").read_text()


def _boot(tmp_path_factory, sqlite_template, worker: str) -> Iterator[None]:
    path = tmp_path_factory.mktemp(f"worker-{worker}") / "app.db"
    shutil.copy(sqlite_template, path)
    with running_backend(f"sqlite:///{path}", worker=worker):
        yield


def _upload_and_wait(seconds: float) -> tuple[str, str]:
    with session_scope() as s:
        student = make_student(s)
        row = session_upload(
            s,
            actor=student,
            student_id=student.id,
            subject="Chemistry",
            date="2026-11-20",
            content=TRANSCRIPT,
            source="srt",
        )
    deadline = time.monotonic() + seconds
    while True:
        with session_scope() as s:
            transcript = s.query(Transcript).filter_by(session_id=row.id).one()
            job = s.query(Job).filter_by(kind="transcript.uploaded").one()
        if transcript.status == "completed" or time.monotonic() > deadline:
            return transcript.status, job.status
        time.sleep(0.3)


@pytest.fixture
def app_with_worker(tmp_path_factory, sqlite_template) -> Iterator[None]:
    yield from _boot(tmp_path_factory, sqlite_template, "inprocess")


@pytest.fixture
def app_without_worker(tmp_path_factory, sqlite_template) -> Iterator[None]:
    yield from _boot(tmp_path_factory, sqlite_template, "off")


def test_the_running_app_analyses_an_upload_with_its_own_worker(app_with_worker):
    assert _upload_and_wait(30) == ("completed", "done")


def test_with_the_worker_off_uploads_wait_for_a_separate_worker(app_without_worker):
    assert _upload_and_wait(4) == ("pending", "queued")
