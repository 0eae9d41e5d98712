"""Spaced repetition: the concepts due for review."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from sqlmodel import Session

from companion.api.deps import IdPath, LimitQ, PageQ, TokenDep, as_user, page_slice, paged
from companion.api.routes.docs import READ_ERRORS
from companion.api.schemas import Paged, ReviewOut
from companion.models import User
from companion.services import reviews

router = APIRouter(prefix="/api/reviews", tags=["reviews"])


@router.get("/student/{student_id}", response_model=Paged[ReviewOut], responses=READ_ERRORS)
async def student_reviews(
    student_id: IdPath, token: TokenDep, page: PageQ = 1, limit: LimitQ = 50
) -> JSONResponse:
    """Concepts due for review today, most overdue first (POST /api/practice/review
    turns them into today's review set)."""

    def work(session: Session, user: User) -> JSONResponse:
        rows = reviews.reviews_due(session, actor=user, student_id=student_id)
        items = [
            {
                "key": r.concept_key,
                "name": r.name,
                "subject": r.subject,
                "mastery": r.mastery,
                "due_at": r.due_at.isoformat() if r.due_at else None,
            }
            for r in page_slice(rows, page, limit)
        ]
        return paged(items, page=page, limit=limit, total=len(rows))

    return await as_user(token, work)
