"""The practice job: the provider writes with no connection held, and one set is stored."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

from sqlmodel import func, select

from companion import db
from companion.ai.local import LocalProvider
from companion.ai.schemas import Usage
from companion.models import AIUsage, Notification, Practice
from companion.services import practice_generation
from companion.services.practice_requests import practice_request
from jobs import handlers
from tests.services.test_races import _ready_practice


def _requested_again() -> tuple[int, int]:
    """A student's set requested again from their uploaded session, not yet written."""
    student, practice_id = _ready_practice()
    with db.session_scope() as s:
        upload_id = s.get(Practice, practice_id).session_id
        again = practice_request(s, actor=student, student_id=student.id, session_id=upload_id)
    return student.id, again.id


def _count(model: type, *where) -> int:
    with db.session_scope() as s:
        return s.exec(select(func.count()).select_from(model).where(*where)).one()


def test_the_provider_writes_a_set_with_no_database_connection_checked_out(database, monkeypatch):
    student_id, practice_id = _requested_again()
    checked_out: list[int] = []

    class PoolWatching(LocalProvider):
        def generate_practice(self, concepts, **kwargs):
            checked_out.append(db.get_engine().pool.checkedout())
            return super().generate_practice(concepts, **kwargs)

    monkeypatch.setattr(practice_generation, "get_provider", PoolWatching)

    handlers.run_practice_generate({"practice_id": practice_id})

    assert checked_out == [0]  # no transaction, hence no row lock, while it ran
    with db.session_scope() as s:
        stored = s.get(Practice, practice_id)
        assert stored.status == "ready" and stored.problems
    ready = Notification.title == "Your practice set is ready"
    assert _count(Notification, Notification.student_id == student_id, ready) == 2


def test_two_generations_of_one_set_at_once_store_it_once(pg_database, monkeypatch):
    student_id, practice_id = _requested_again()
    both_writing = threading.Barrier(2, timeout=60)
    engines = iter(["first", "second"])
    lock = threading.Lock()

    class Racing(LocalProvider):
        def generate_practice(self, concepts, **kwargs):
            with lock:
                engine = next(engines)
            both_writing.wait()  # each run has read the set as pending before either stores
            written = super().generate_practice(concepts, **kwargs)
            spent = Usage(
                prompt_tokens=100, completion_tokens=50, total_tokens=150
            )  # as an LLM would report
            return written.model_copy(update={"engine": engine, "usage": spent})

    monkeypatch.setattr(practice_generation, "get_provider", Racing)

    with ThreadPoolExecutor(2) as pool:
        list(pool.map(handlers.run_practice_generate, [{"practice_id": practice_id}] * 2))

    with db.session_scope() as s:
        stored = s.get(Practice, practice_id)
        assert stored.status == "ready" and stored.engine in ("first", "second")
    assert _count(AIUsage, AIUsage.kind == "practice") == 1
    ready = Notification.title == "Your practice set is ready"
    assert _count(Notification, Notification.student_id == student_id, ready) == 2


def test_a_set_failed_meanwhile_is_written_on_retry_but_a_stored_one_is_not_failed(database):
    _, practice_id = _requested_again()
    with db.session_scope() as s:
        practice_generation.practice_generate_fail(s, practice_id=practice_id)
        assert s.get(Practice, practice_id).status == "failed"

    handlers.run_practice_generate({"practice_id": practice_id})

    with db.session_scope() as s:
        practice_generation.practice_generate_fail(s, practice_id=practice_id)  # a late dead hook
        assert s.get(Practice, practice_id).status == "ready"
    failed = Notification.title == "We couldn't write your practice set"
    assert _count(Notification, failed) == 1
