"""Next-subject suggestions: list, accept (becomes a goal), dismiss."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from companion.api.deps import CurrentUser, IdPath, LimitQ, PageQ, SessionDep, page_meta, page_slice
from companion.api.routes.docs import READ_ERRORS, WRITE_ERRORS
from companion.api.schemas import GoalOut, Ok, Paged, SuggestionOut
from companion.services import goals

router = APIRouter(prefix="/api/suggestions", tags=["suggestions"])

SuggestionStatus = Literal["pending", "accepted", "dismissed"]


@router.get("/student/{student_id}", responses=READ_ERRORS)
def student_suggestions(
    student_id: IdPath,
    user: CurrentUser,
    session: SessionDep,
    status: Annotated[SuggestionStatus, Query()] = "pending",
    page: PageQ = 1,
    limit: LimitQ = 20,
) -> Paged[SuggestionOut]:
    """A student's suggestions, most relevant first."""
    rows = goals.suggestion_list(session, actor=user, student_id=student_id, status=status)
    return Paged(
        data=[SuggestionOut.model_validate(r) for r in page_slice(rows, page, limit)],
        metadata=page_meta(page, limit, len(rows)),
    )


@router.post("/{suggestion_id}/accept", status_code=201, responses=WRITE_ERRORS)
def accept(suggestion_id: IdPath, user: CurrentUser, session: SessionDep) -> Ok[GoalOut]:
    """Accept a suggestion: it becomes a new active goal (returned)."""
    goal = goals.suggestion_accept(session, actor=user, suggestion_id=suggestion_id)
    return Ok(data=GoalOut.model_validate(goal), message="Suggestion accepted; goal created.")


@router.post("/{suggestion_id}/dismiss", responses=WRITE_ERRORS)
def dismiss(suggestion_id: IdPath, user: CurrentUser, session: SessionDep) -> Ok[SuggestionOut]:
    """Dismiss a suggestion."""
    row = goals.suggestion_dismiss(session, actor=user, suggestion_id=suggestion_id)
    return Ok(data=SuggestionOut.model_validate(row), message="Suggestion dismissed.")
