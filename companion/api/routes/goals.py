"""Goals: list, create, complete."""

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
    paged,
    row_as_user,
    student_or_self,
)
from companion.api.inputs import GoalIn
from companion.api.routes.docs import READ_ERRORS, WRITE_ERRORS
from companion.api.schemas import GoalOut, Ok, Paged
from companion.models import Goal, User
from companion.services import goals

router = APIRouter(prefix="/api/goals", tags=["goals"])

GoalStatus = Literal["active", "completed", "abandoned"]


@router.get("/student/{student_id}", response_model=Paged[GoalOut], responses=READ_ERRORS)
async def student_goals(
    student_id: IdPath,
    token: TokenDep,
    status: Annotated[GoalStatus | None, Query()] = None,
    page: PageQ = 1,
    limit: LimitQ = 50,
) -> JSONResponse:
    """A student's goals, active first, then newest."""

    def work(session: Session, user: User) -> JSONResponse:
        rows, total = goals.goal_list(
            session, actor=user, student_id=student_id, status=status, page=page, limit=limit
        )
        return paged([dump(GoalOut, g) for g in rows], page=page, limit=limit, total=total)

    return await as_user(token, work)


@router.post("/create", status_code=201, response_model=Ok[GoalOut], responses=WRITE_ERRORS)
async def create(body: GoalIn, token: TokenDep) -> JSONResponse:
    """A new active goal (for yourself; admins for anyone)."""

    def work(db: Session, user: User) -> Goal:
        return goals.goal_create(
            db,
            actor=user,
            student_id=student_or_self(body.student_id, user),
            subject=body.subject,
            title=body.title,
            target_date=body.target_date,
        )

    return await row_as_user(token, work, GoalOut, "Goal created.", status=201)


@router.post("/{goal_id}/complete", response_model=Ok[GoalOut], responses=WRITE_ERRORS)
async def complete(goal_id: IdPath, token: TokenDep) -> JSONResponse:
    """Complete a goal; next-subject suggestions follow in the background."""
    return await row_as_user(
        token,
        lambda db, user: goals.goal_complete(db, actor=user, goal_id=goal_id),
        GoalOut,
        "Goal completed.",
    )
