"""A student's progress in one read."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from sqlmodel import Session

from companion.api.context_schemas import ProgressOut
from companion.api.deps import IdPath, TokenDep, as_user, ok
from companion.api.routes.docs import READ_ERRORS
from companion.api.schemas import Ok
from companion.models import User
from companion.services import progress

router = APIRouter(prefix="/api/progress", tags=["progress"])


@router.get("/student/{student_id}", response_model=Ok[ProgressOut], responses=READ_ERRORS)
async def student_progress(student_id: IdPath, token: TokenDep) -> JSONResponse:
    """Mastery per concept, goals and recent practice scores."""

    def work(session: Session, user: User) -> JSONResponse:
        # The service returns plain JSON-ready data in ProgressOut's shape: no re-validation
        # of up to thousands of rows on this hot path (the schemathesis run checks the shape).
        return ok(progress.progress_get(session, actor=user, student_id=student_id))

    return await as_user(token, work)
