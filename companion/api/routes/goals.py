"""Goals: list, create, complete."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from companion.api.deps import (
    CurrentUser,
    IdPath,
    LimitQ,
    PageQ,
    SessionDep,
    page_meta,
    student_or_self,
)
from companion.api.routes.docs import READ_ERRORS, WRITE_ERRORS
from companion.api.schemas import GoalIn, GoalOut, Ok, Paged
from companion.services import goals

router = APIRouter(prefix="/api/goals", tags=["goals"])

GoalStatus = Literal["active", "completed", "abandoned"]


@router.get("/student/{student_id}", responses=READ_ERRORS)
def student_goals(
    student_id: IdPath,
    user: CurrentUser,
    session: SessionDep,
    status: Annotated[GoalStatus | None, Query()] = None,
    page: PageQ = 1,
    limit: LimitQ = 50,
) -> Paged[GoalOut]:
    """A student's goals, active first, then newest."""
    rows, total = goals.goal_list(
        session, actor=user, student_id=student_id, status=status, page=page, limit=limit
    )
    return Paged(
        data=[GoalOut.model_validate(g) for g in rows], metadata=page_meta(page, limit, total)
    )


@router.post("/create", status_code=201, responses=WRITE_ERRORS)
def create(body: GoalIn, user: CurrentUser, session: SessionDep) -> Ok[GoalOut]:
    """A new active goal (for yourself; admins for anyone)."""
    goal = goals.goal_create(
        session,
        actor=user,
        student_id=student_or_self(body.student_id, user),
        subject=body.subject,
        title=body.title,
        target_date=body.target_date,
    )
    return Ok(data=GoalOut.model_validate(goal), message="Goal created.")


@router.post("/{goal_id}/complete", responses=WRITE_ERRORS)
def complete(goal_id: IdPath, user: CurrentUser, session: SessionDep) -> Ok[GoalOut]:
    """Complete a goal; next-subject suggestions follow in the background."""
    goal = goals.goal_complete(session, actor=user, goal_id=goal_id)
    return Ok(data=GoalOut.model_validate(goal), message="Goal completed.")
