"""Practice sets: ask for one, read it, submit the answers."""

from __future__ import annotations

from fastapi import APIRouter

from companion.api.deps import CurrentUser, IdPath, SessionDep, student_or_self
from companion.api.routes.docs import READ_ERRORS, WRITE_ERRORS
from companion.api.schemas import MasteryChange, Ok, PracticeIn, PracticeOut, SubmitIn, SubmitOut
from companion.services import practice

router = APIRouter(prefix="/api/practice", tags=["practice"])


@router.post("/generate", status_code=201, responses=WRITE_ERRORS)
def generate(body: PracticeIn, user: CurrentUser, session: SessionDep) -> Ok[PracticeOut]:
    """Ask for a practice set; it is generated in the background (status `pending`)."""
    row = practice.practice_request(
        session,
        actor=user,
        student_id=student_or_self(body.student_id, user),
        session_id=body.session_id,
        concept_keys=body.concept_keys,
        difficulty=body.difficulty,
        count=body.count,
    )
    return Ok(data=PracticeOut.model_validate(row), message="Practice set requested.")


@router.get("/{practice_id}", responses=READ_ERRORS)
def get(practice_id: IdPath, user: CurrentUser, session: SessionDep) -> Ok[PracticeOut]:
    """A practice set; answers and explanations appear once it is submitted."""
    return Ok(
        data=PracticeOut.model_validate(
            practice.practice_get(session, actor=user, practice_id=practice_id)
        )
    )


@router.post("/{practice_id}/submit", responses=WRITE_ERRORS)
def submit(
    practice_id: IdPath, body: SubmitIn, user: CurrentUser, session: SessionDep
) -> Ok[SubmitOut]:
    """Grade the answers (one per problem) and update the student's mastery."""
    result = practice.practice_submit(
        session, actor=user, practice_id=practice_id, answers=body.answers
    )
    changes = [
        MasteryChange(key=k, name=n, before=b, after=a)
        for k, (n, b, a) in result.mastery_changes.items()
    ]
    return Ok(
        data=SubmitOut(
            practice=PracticeOut.model_validate(result.practice),
            results=[r.__dict__ for r in result.results],
            mastery_changes=changes,
        ),
        message=f"Scored {result.practice.score:g}%.",
    )
