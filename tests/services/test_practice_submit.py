"""Submitting a set grades between two transactions; only the first store of racing submits
counts, and the others are told the set is no longer open."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlmodel import func, select

from companion.ai.local import LocalProvider
from companion.db import session_scope
from companion.models import KnowledgeState, MasteryEvent, Practice, ProductEvent, StudentSummary
from companion.services.errors import Conflict
from companion.services.events import PRACTICE_COMPLETED
from companion.services.practice import NOT_OPEN, practice_get
from companion.services.practice_submit import (
    practice_submit_begin,
    practice_submit_grade,
    practice_submit_store,
)
from companion.services.student_summary import summaries_rebuild
from tests.factories import submit_in_two_transactions
from tests.services.test_races import ATTEMPTS, _ready_practice
from tests.statements import summary_writes


def _effects(practice_id: int) -> tuple[int, int, int]:
    """BKT attempts, mastery events and completion events recorded so far."""
    with session_scope() as db:
        attempts = db.exec(select(func.sum(KnowledgeState.attempts))).one() or 0
        mastery = db.exec(
            select(func.count()).select_from(MasteryEvent).where(MasteryEvent.source == "practice")
        ).one()
        done = db.exec(
            select(func.count())
            .select_from(ProductEvent)
            .where(ProductEvent.kind == PRACTICE_COMPLETED, ProductEvent.ref_id == practice_id)
        ).one()
    return attempts, mastery, done


def test_20_submits_that_all_read_the_set_open_store_it_once(pg_database, monkeypatch):
    student, practice_id = _ready_practice()
    with session_scope() as db:
        count = len(practice_get(db, actor=student, practice_id=practice_id).problems)
    attempts_before, _, _ = _effects(practice_id)
    all_read = threading.Barrier(ATTEMPTS, timeout=60)
    waited = threading.local()
    grade = LocalProvider.grade_answer

    def grade_after_all_read(self, problem, answer):
        if not getattr(waited, "done", False):  # every submit got past its check: all open
            waited.done = True
            all_read.wait()
        return grade(self, problem, answer)

    monkeypatch.setattr(LocalProvider, "grade_answer", grade_after_all_read)

    def one(i: int) -> str:
        answers = [str(i)] * count
        try:
            submit_in_two_transactions(actor=student, practice_id=practice_id, answers=answers)
        except Conflict as exc:
            return exc.message
        return f"stored {i}"

    with ThreadPoolExecutor(ATTEMPTS) as pool:
        outcomes = list(pool.map(one, range(ATTEMPTS)))

    stored = [o for o in outcomes if o.startswith("stored")]
    assert len(stored) == 1 and outcomes.count(NOT_OPEN) == ATTEMPTS - 1
    attempts_after, mastery, done = _effects(practice_id)
    assert (attempts_after - attempts_before, mastery, done) == (count, count, 1)
    with session_scope() as db:
        practice = db.get(Practice, practice_id)
        winner = stored[0].removeprefix("stored ")
        assert practice.status == "submitted"
        assert {a["answer"] for a in practice.answers} == {winner}  # the winner's, not a mix


def test_a_submit_overtaken_while_grading_is_refused_and_changes_nothing(database):
    student, practice_id = _ready_practice()
    with session_scope() as db:
        count = len(practice_get(db, actor=student, practice_id=practice_id).problems)
        first = practice_submit_begin(
            db, actor=student, practice_id=practice_id, answers=["1"] * count
        )
        late = practice_submit_begin(
            db, actor=student, practice_id=practice_id, answers=["2"] * count
        )
    first_grades, late_grades = practice_submit_grade(first), practice_submit_grade(late)
    with session_scope() as db:
        practice_submit_store(db, actor=student, work=first, grades=first_grades)
    effects = _effects(practice_id)

    with pytest.raises(Conflict) as refused, session_scope() as db:
        practice_submit_store(db, actor=student, work=late, grades=late_grades)

    assert refused.value.message == NOT_OPEN
    assert _effects(practice_id) == effects
    with session_scope() as db:
        assert [a["answer"] for a in db.get(Practice, practice_id).answers] == ["1"] * count


def test_a_submit_refreshes_the_student_summary_once_for_all_its_answers(database):
    """Each graded answer moves a concept; the student's summary row is recomputed once per
    submit, after the last answer, and then matches a rebuild from the rows."""
    student, practice_id = _ready_practice()
    with session_scope() as db:
        count = len(practice_get(db, actor=student, practice_id=practice_id).problems)
    with summary_writes() as refreshes:
        submit_in_two_transactions(actor=student, practice_id=practice_id, answers=["1"] * count)

    attempts, _, _ = _effects(practice_id)
    assert count > 1 and attempts == count  # every answer was observed...
    assert len(refreshes) == 1  # ...and the summary recomputed once
    with session_scope() as db:
        stored = db.get_one(StudentSummary, student.id)
        figures = (stored.concepts, stored.mastery_sum, stored.falling)
        db.expunge(stored)
        summaries_rebuild(db, [student.id])
        rebuilt = db.get_one(StudentSummary, student.id, populate_existing=True)
        assert figures == (rebuilt.concepts, rebuilt.mastery_sum, rebuilt.falling)
        assert rebuilt.mastery_sum == sum(
            db.exec(select(KnowledgeState.mastery).where(KnowledgeState.student_id == student.id))
        )
