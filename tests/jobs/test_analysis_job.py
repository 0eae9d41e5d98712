"""The analysis job: every stage it shows is written, and parallel analyses never deadlock."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

from sqlmodel import Session, func, select

from companion import db
from companion.ai.local import LocalProvider
from companion.models import MasteryEvent, Transcript
from companion.services import analysis
from companion.services.sessions import session_upload
from jobs import handlers
from tests.factories import make_student
from tests.services.test_learning_flow import ALGEBRA

PARALLEL = 10


def _upload(student, n: int = 1) -> list[int]:
    ids = []
    with db.session_scope() as s:
        for i in range(n):
            row = session_upload(
                s,
                actor=student,
                student_id=student.id,
                subject="Algebra I",
                date=f"2026-11-{i + 1:02d}",
                content=ALGEBRA + f"\nTutor: Session {i} is done.",
            )
            ids.append(s.exec(select(Transcript.id).where(Transcript.session_id == row.id)).one())
    return ids


def _stage(transcript_id: int) -> tuple[str, str]:
    with Session(db.get_engine()) as s:  # another connection: sees committed stages only
        row = s.get(Transcript, transcript_id)
        return row.status, row.stage


def test_the_analysis_job_commits_each_stage_it_shows_in_order(database, monkeypatch):
    with db.session_scope() as s:
        student = make_student(s)
    [tid] = _upload(student)
    seen = []

    class Watching(LocalProvider):
        def analyze_transcript(self, text, **kwargs):
            seen.append(_stage(tid))
            return super().analyze_transcript(text, **kwargs)

    def watched_store(session, **kwargs):
        seen.append(_stage(tid))
        analysis.transcript_store(session, **kwargs)

    monkeypatch.setattr(analysis, "get_provider", Watching)
    monkeypatch.setattr(handlers, "transcript_store", watched_store)

    handlers.run_transcript_uploaded({"transcript_id": tid})

    seen.append(_stage(tid))
    assert seen == [
        ("processing", "finding concepts"),
        ("processing", "estimating mastery"),
        ("completed", "done"),
    ]
    assert [stage for _, stage in seen] == list(analysis.STAGES)


def test_10_parallel_analyses_of_one_student_never_deadlock(pg_database):
    with db.session_scope() as s:
        student = make_student(s)
    tids = _upload(student, PARALLEL)
    results = []
    for i, tid in enumerate(tids):
        with db.session_scope() as s:
            work = analysis.transcript_begin(s, transcript_id=tid)
        found = analysis.transcript_find_concepts(work)
        # The same 8 concepts in every session, each time in another order.
        same = [
            found.concepts[0].model_copy(update={"name": f"Concept {k}", "kb_id": None})
            for k in range(8)
        ]
        order = same[i % 8 :] + same[: i % 8]
        results.append(found.model_copy(update={"concepts": order[:: 1 if i % 2 else -1]}))
    barrier = threading.Barrier(PARALLEL)

    def store(i: int) -> None:
        barrier.wait()
        with db.session_scope() as s:
            analysis.transcript_store(s, transcript_id=tids[i], result=results[i])

    with ThreadPoolExecutor(PARALLEL) as pool:
        list(pool.map(store, range(PARALLEL)))  # a deadlock raises here

    with Session(db.get_engine()) as s:
        statuses = s.exec(select(Transcript.status)).all()
        events = s.exec(select(func.count()).select_from(MasteryEvent)).one()
    assert statuses == ["completed"] * PARALLEL
    # every measured concept seeded once (too little evidence moves no knowledge)
    assert events == sum(1 for r in results for c in r.concepts if c.measured)


def test_a_second_store_of_one_analysis_changes_nothing(database):
    with db.session_scope() as s:
        student = make_student(s)
    [tid] = _upload(student)
    with db.session_scope() as s:
        work = analysis.transcript_begin(s, transcript_id=tid)
    result = analysis.transcript_find_concepts(work)
    for _ in range(2):  # a worker whose lease expired finishes after the retry did
        with db.session_scope() as s:
            analysis.transcript_store(s, transcript_id=tid, result=result)
    with Session(db.get_engine()) as s:
        events = s.exec(select(func.count()).select_from(MasteryEvent)).one()
    assert events == sum(1 for c in result.concepts if c.measured) > 0
