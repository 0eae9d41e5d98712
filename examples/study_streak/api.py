"""GET /api/streak/student/{student_id}: the streak service behind a documented REST route."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlmodel import Session

from companion.api.deps import IdPath, TokenDep, as_user, dump, ok
from companion.api.routes.docs import READ_ERRORS
from companion.api.schemas import Ok
from companion.clock import utcnow
from companion.models import User
from examples.study_streak.service import streak_get

router = APIRouter(prefix="/api/streak", tags=["streak"])


class StreakOut(BaseModel):
    """Days in a row with submitted practice, and the last such day."""

    days: int
    last_day: date | None


@router.get("/student/{student_id}", response_model=Ok[StreakOut], responses=READ_ERRORS)
async def student_streak(student_id: IdPath, token: TokenDep) -> JSONResponse:
    """A student's study streak (the student, their tutors and admins)."""
    today = utcnow().date()

    def work(db: Session, user: User) -> JSONResponse:
        streak = streak_get(db, actor=user, student_id=student_id, today=today)
        return ok(dump(StreakOut, {"days": streak.days, "last_day": streak.last_day}))

    return await as_user(token, work)
