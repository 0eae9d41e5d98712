"""Outcomes for admins (every student) and tutors (their own students), as JSON or CSV."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel
from sqlmodel import Session

from companion.api.deps import TokenDep, as_user, ok
from companion.api.routes.docs import READ_ERRORS
from companion.api.schemas import Ok
from companion.clock import utcnow
from companion.models import User
from companion.services import outcomes

router = APIRouter(prefix="/api/outcomes", tags=["outcomes"])
Table = Literal["bars", "weekly_active", "cohorts", "funnel", "goal_chain"]
DayQ = Annotated[date | None, Query()]
TableQ = Annotated[Table, Query()]


class BarOut(BaseModel):
    key: str
    value: float | None
    target: float
    met: bool | None
    numerator: float | None
    denominator: float | None
    definition: str


class OutcomesOut(BaseModel):
    since: str
    until: str
    bars: list[BarOut]
    tables: dict[str, list[dict[str, Any]]]


def _report(db: Session, user: User, since: date | None, until: date | None) -> outcomes.Outcomes:
    start, end = outcomes.outcome_period(since, until, today=utcnow().date())
    return outcomes.outcomes_report(db, actor=user, since=start, until=end)


@router.get("", response_model=Ok[OutcomesOut], responses=READ_ERRORS)
async def outcomes_get(token: TokenDep, since: DayQ = None, until: DayQ = None) -> JSONResponse:
    """The five bars and the outcome tables for a period (default: the last 28 days)."""

    def work(db: Session, user: User) -> JSONResponse:
        report = _report(db, user, since, until)
        return ok(
            {
                "since": report.since.date().isoformat(),
                "until": report.until.date().isoformat(),
                "bars": [asdict(b) for b in report.bars],
                "tables": report.tables,
            }
        )

    return await as_user(token, work)


@router.get(
    "/export.csv",
    response_class=Response,
    responses={**READ_ERRORS, 200: {"content": {"text/csv": {"schema": {"type": "string"}}}}},
)
async def outcomes_export(
    token: TokenDep,
    table: TableQ,
    since: DayQ = None,
    until: DayQ = None,
) -> Response:
    """One outcome table as CSV."""

    def work(db: Session, user: User) -> Response:
        text = outcomes.outcomes_csv(_report(db, user, since, until), table)
        headers = {"Content-Disposition": f'attachment; filename="outcomes-{table}.csv"'}
        return Response(text, media_type="text/csv", headers=headers)

    return await as_user(token, work)
