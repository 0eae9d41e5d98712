"""Practice sets: ask for one (or today's review set), read it, submit the answers."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from sqlmodel import Session

from companion.ai.schemas import Grade
from companion.api.deps import (
    IdPath,
    TokenDep,
    as_user_around,
    dump,
    ok,
    row_as_user,
    student_or_self,
)
from companion.api.inputs import PracticeIn, ReviewIn, SubmitIn
from companion.api.routes.docs import READ_ERRORS, WRITE_ERRORS
from companion.api.schemas import Ok, PracticeOut, SubmitOut
from companion.models import Practice, User
from companion.services import practice, practice_requests, practice_submit

router = APIRouter(prefix="/api/practice", tags=["practice"])


@router.post("/generate", status_code=201, response_model=Ok[PracticeOut], responses=WRITE_ERRORS)
async def generate(body: PracticeIn, token: TokenDep) -> JSONResponse:
    """Ask for a practice set, generated in the background (status `pending`); difficulty
    `auto` aims at the student's level (the choice is explained in `rationale`)."""

    def work(db: Session, user: User) -> Practice:
        return practice_requests.practice_request(
            db,
            actor=user,
            student_id=student_or_self(body.student_id, user),
            session_id=body.session_id,
            concept_keys=body.concept_keys,
            difficulty=body.difficulty,
            count=body.count,
        )

    return await row_as_user(token, work, PracticeOut, "Practice set requested.", status=201)


@router.post("/review", status_code=201, response_model=Ok[PracticeOut], responses=WRITE_ERRORS)
async def review(token: TokenDep, body: ReviewIn | None = None) -> JSONResponse:
    """Today's review set from the concepts due for review (the same set all day); 409 when
    nothing is due."""

    def work(db: Session, user: User) -> Practice:
        student_id = student_or_self(body.student_id if body else None, user)
        return practice_requests.practice_request_review(db, actor=user, student_id=student_id)

    return await row_as_user(token, work, PracticeOut, "Review set requested.", status=201)


@router.get("/{practice_id}", response_model=Ok[PracticeOut], responses=READ_ERRORS)
async def get(practice_id: IdPath, token: TokenDep) -> JSONResponse:
    """A practice set; answers and explanations appear once it is submitted."""
    return await row_as_user(
        token,
        lambda db, user: practice.practice_get(db, actor=user, practice_id=practice_id),
        PracticeOut,
    )


@router.post("/{practice_id}/submit", response_model=Ok[SubmitOut], responses=WRITE_ERRORS)
async def submit(practice_id: IdPath, body: SubmitIn, token: TokenDep) -> JSONResponse:
    """Grade the answers (one per problem, optionally with the seconds each took) and update
    the student's mastery and review schedule."""

    def begin(db: Session, user: User) -> practice_submit.SubmitWork:
        return practice_submit.practice_submit_begin(
            db, actor=user, practice_id=practice_id, answers=body.answers, seconds=body.seconds
        )

    def store(
        db: Session, user: User, work: practice_submit.SubmitWork, grades: list[Grade]
    ) -> JSONResponse:
        result = practice_submit.practice_submit_store(db, actor=user, work=work, grades=grades)
        out = {
            "practice": result.practice,
            "results": [r.__dict__ for r in result.results],
            "mastery_changes": [
                {"key": k, "name": n, "before": b, "after": a}
                for k, (n, b, a) in result.mastery_changes.items()
            ],
        }
        score = result.practice.score
        return ok(dump(SubmitOut, out), "Submitted." if score is None else f"Scored {score:g}%.")

    # Grading may call an LLM: it runs between the two transactions, holding no connection.
    return await as_user_around(token, begin, practice_submit.practice_submit_grade, store)
