"""A student's progress in one read."""

from __future__ import annotations

from fastapi import APIRouter

from companion.api.deps import CurrentUser, IdPath, SessionDep
from companion.api.routes.docs import READ_ERRORS
from companion.api.schemas import Ok, ProgressOut
from companion.services import progress

router = APIRouter(prefix="/api/progress", tags=["progress"])


@router.get("/student/{student_id}", responses=READ_ERRORS)
def student_progress(student_id: IdPath, user: CurrentUser, session: SessionDep) -> Ok[ProgressOut]:
    """Mastery per concept, goals and recent practice scores."""
    return Ok(
        data=ProgressOut.model_validate(
            progress.progress_get(session, actor=user, student_id=student_id)
        )
    )
