"""Submitting a practice set: read it, grade with no transaction open, then store it once.

Grading may call an LLM over HTTP (free-text answers), so it never runs while a database
connection, a transaction or a row lock is held. A submit is three steps, and the caller
runs the first and the last in two short transactions of their own:

1. `practice_submit_begin`: check the actor, the set's status and the answers, and read
   what grading needs. The transaction ends here.
2. `practice_submit_grade`: the provider grades every answer (no database).
3. `practice_submit_store`: claim the set with a conditional UPDATE (ready -> submitted),
   then score it and update knowledge (BKT), review cards (FSRS), goals and events. Of racing
   submits that all got past step 1, exactly one claims the set; the others get NOT_OPEN,
   the answer step 1 gives for a set that is already submitted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import cast

from fsrs import Rating
from sqlmodel import Session, select

from companion.ai import get_provider
from companion.ai.schemas import Grade, Problem
from companion.clock import utcnow
from companion.models import Practice, PracticeConcept, User
from companion.services import events
from companion.services.access import load_student_row
from companion.services.errors import Conflict, Invalid
from companion.services.goals import goal_refresh_progress
from companion.services.knowledge import knowledge_observe
from companion.services.practice import NOT_OPEN
from companion.services.reviews import check_seconds, concepts_review, rating_for_answer
from companion.services.student_summary import summary_refresh
from companion.services.transitions import transition

MAX_ANSWER = 2000


@dataclass(frozen=True)
class ProblemResult:
    correct: bool
    score: float
    feedback: str
    scored: bool = True  # False: an explanation shown against the model answer, not counted


@dataclass(frozen=True)
class SubmitResult:
    practice: Practice
    results: list[ProblemResult]
    mastery_changes: dict[str, tuple[str, int, int]]  # concept key -> (name, before, after)


@dataclass(frozen=True)
class SubmitWork:
    """A checked submit, read before the (possibly slow) grading runs."""

    practice_id: int
    problems: list[Problem]
    answers: list[str]
    seconds: list[float | None]


def _check_answers(answers: object, count: int) -> list[str]:
    if not isinstance(answers, list) or len(answers) != count:
        raise Invalid(
            f"Send one answer per problem ({count}).", details={"answers": "wrong length"}
        )
    if not all(isinstance(a, str) and len(a) <= MAX_ANSWER for a in answers):
        raise Invalid(
            "Each answer must be text of at most 2000 characters.",
            details={"answers": "must be strings"},
        )
    return answers


def _open_set(session: Session, actor: User, practice_id: object) -> Practice:
    """The actor's own (or, for an admin, any) set, if it still takes answers."""
    practice = load_student_row(
        session, actor, Practice, practice_id, field="practice_id", act=True
    )
    if practice.status != "ready":
        raise Conflict(NOT_OPEN)
    return practice


def practice_submit_begin(
    session: Session,
    *,
    actor: User,
    practice_id: object,
    answers: object,
    seconds: object = None,
) -> SubmitWork:
    """Check a submit (who, the set is open, one answer per problem) and read its problems."""
    practice = _open_set(session, actor, practice_id)
    given = _check_answers(answers, len(practice.problems))
    return SubmitWork(
        practice_id=cast(int, practice.id),
        problems=[Problem.model_validate(p) for p in practice.problems],
        answers=given,
        seconds=check_seconds(seconds, len(given)),
    )


def practice_submit_grade(work: SubmitWork) -> list[Grade]:
    """Grade every answer (no database: the provider may call an LLM; run it outside any
    transaction)."""
    provider = get_provider()
    return [provider.grade_answer(p, a) for p, a in zip(work.problems, work.answers, strict=True)]


def _observe(
    session: Session, practice: Practice, work: SubmitWork, grades: list[Grade], now: datetime
) -> tuple[dict[str, tuple[str, int, int]], dict[str, Rating]]:
    """Knowledge (BKT) after each scored answer, the student's summary once after them all;
    the FSRS rating of each concept's sitting."""
    names = dict(
        session.exec(
            select(PracticeConcept.concept_key, PracticeConcept.name).where(
                PracticeConcept.practice_id == practice.id
            )
        ).all()
    )
    changes: dict[str, tuple[str, int, int]] = {}
    ratings: dict[str, Rating] = {}
    for problem, grade, seconds in zip(work.problems, grades, work.seconds, strict=True):
        key = problem.conceptId or ""
        if key not in names or not grade.scored:
            continue
        before, after = knowledge_observe(
            session,
            student_id=practice.student_id,
            key=key,
            name=names[key],
            subject="",
            correct=grade.correct,
            difficulty=problem.difficulty,
            now=now,
            refresh=False,  # once for the whole set, below
        )
        changes[key] = (names[key], changes.get(key, (None, before))[1], after)
        rating = rating_for_answer(
            correct=grade.correct, difficulty=problem.difficulty, seconds=seconds
        )
        ratings[key] = min(rating, ratings.get(key, rating))
    if changes:  # the student's summary, once after all the answers
        summary_refresh(session, student_id=practice.student_id)
    return changes, ratings


def practice_submit_store(
    session: Session,
    *,
    actor: User,
    work: SubmitWork,
    grades: list[Grade],
    now: datetime | None = None,
) -> SubmitResult:
    """Claim the set (once, however many submits race) and score it: answers, score,
    knowledge (BKT), review cards (FSRS), goal progress and the completion event."""
    practice = _open_set(session, actor, work.practice_id)  # authorised again, in this one
    now = now or utcnow()
    # The claim is this transaction's first write: of racing submits exactly one matches
    # (on PostgreSQL the others wait for its row lock, then match nothing). A ready set's
    # problems never change (only generation writes them, before the set is ready), so the
    # grades read against them in step 1 still hold.
    transition(
        session, practice, expected="ready", conflict=NOT_OPEN, status="submitted", submitted_at=now
    )
    changes, ratings = _observe(session, practice, work, grades, now)
    concepts_review(session, student_id=practice.student_id, ratings=ratings, now=now)
    results = [ProblemResult(g.correct, g.score, g.feedback, scored=g.scored) for g in grades]
    practice.answers = [
        {"answer": a, "correct": r.correct, "score": r.score, "feedback": r.feedback, "seconds": t}
        | ({} if r.scored else {"scored": False})
        for a, r, t in zip(work.answers, results, work.seconds, strict=True)
    ]
    counted = [r.score for r in results if r.scored]
    practice.score = round(100 * sum(counted) / len(counted), 1) if counted else None
    goal_refresh_progress(session, student_id=practice.student_id)
    events.record_event(
        session,
        student_id=practice.student_id,
        kind=events.PRACTICE_COMPLETED,
        ref_id=practice.id,
        now=now,
        data={"score": practice.score},
    )
    return SubmitResult(practice=practice, results=results, mastery_changes=changes)
