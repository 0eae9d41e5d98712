"""Next-subject suggestions: list, accept (becomes a goal), dismiss."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query
from fastapi.responses import JSONResponse
from sqlmodel import Session

from companion.api.deps import (
    IdPath,
    LimitQ,
    PageQ,
    TokenDep,
    as_user,
    dump,
    page_slice,
    paged,
    row_as_user,
)
from companion.api.routes.docs import READ_ERRORS, WRITE_ERRORS
from companion.api.schemas import GoalOut, Ok, Paged, SuggestionOut
from companion.models import User
from companion.services import goals

router = APIRouter(prefix="/api/suggestions", tags=["suggestions"])

SuggestionStatus = Literal["pending", "accepted", "dismissed"]


@router.get("/student/{student_id}", response_model=Paged[SuggestionOut], responses=READ_ERRORS)
async def student_suggestions(
    student_id: IdPath,
    token: TokenDep,
    status: Annotated[SuggestionStatus, Query()] = "pending",
    page: PageQ = 1,
    limit: LimitQ = 20,
) -> JSONResponse:
    """A student's suggestions, most relevant first."""

    def work(session: Session, user: User) -> JSONResponse:
        rows = goals.suggestion_list(session, actor=user, student_id=student_id, status=status)
        data = [dump(SuggestionOut, r) for r in page_slice(rows, page, limit)]
        return paged(data, page=page, limit=limit, total=len(rows))

    return await as_user(token, work)


@router.post(
    "/{suggestion_id}/accept", status_code=201, response_model=Ok[GoalOut], responses=WRITE_ERRORS
)
async def accept(suggestion_id: IdPath, token: TokenDep) -> JSONResponse:
    """Accept a suggestion: it becomes a new active goal (returned)."""
    return await row_as_user(
        token,
        lambda db, user: goals.suggestion_accept(db, actor=user, suggestion_id=suggestion_id),
        GoalOut,
        "Suggestion accepted; goal created.",
        status=201,
    )


@router.post("/{suggestion_id}/dismiss", response_model=Ok[SuggestionOut], responses=WRITE_ERRORS)
async def dismiss(suggestion_id: IdPath, token: TokenDep) -> JSONResponse:
    """Dismiss a suggestion."""
    return await row_as_user(
        token,
        lambda db, user: goals.suggestion_dismiss(db, actor=user, suggestion_id=suggestion_id),
        SuggestionOut,
        "Suggestion dismissed.",
    )
