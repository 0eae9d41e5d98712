"""Notifications: list, mark one read, mark all read."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from sqlmodel import Session

from companion.api.deps import (
    IdPath,
    LimitQ,
    PageQ,
    TokenDep,
    as_user,
    dump,
    ok,
    paged,
    row_as_user,
)
from companion.api.routes.docs import READ_ERRORS, WRITE_ERRORS
from companion.api.schemas import CountOut, NotificationOut, NotificationPage, Ok
from companion.models import User
from companion.services import notifications

router = APIRouter(prefix="/api/notifications", tags=["notifications"])


@router.get("/student/{student_id}", response_model=NotificationPage, responses=READ_ERRORS)
async def student_notifications(
    student_id: IdPath,
    token: TokenDep,
    page: PageQ = 1,
    limit: LimitQ = 20,
    unread_only: bool = False,
) -> JSONResponse:
    """Newest first; metadata carries the unread count."""

    def work(session: Session, user: User) -> JSONResponse:
        rows, total, unread = notifications.notification_list(
            session,
            actor=user,
            student_id=student_id,
            page=page,
            limit=limit,
            unread_only=unread_only,
        )
        data = [dump(NotificationOut, n) for n in rows]
        return paged(data, page=page, limit=limit, total=total, unread=unread)

    return await as_user(token, work)


@router.post("/{notification_id}/read", response_model=Ok[NotificationOut], responses=WRITE_ERRORS)
async def read(notification_id: IdPath, token: TokenDep) -> JSONResponse:
    """Mark one notification read."""
    return await row_as_user(
        token,
        lambda db, user: notifications.notification_read(
            db, actor=user, notification_id=notification_id
        ),
        NotificationOut,
    )


@router.post("/student/{student_id}/read-all", response_model=Ok[CountOut], responses=WRITE_ERRORS)
async def read_all(student_id: IdPath, token: TokenDep) -> JSONResponse:
    """Mark every notification of the student read."""

    def work(session: Session, user: User) -> JSONResponse:
        count = notifications.notification_read_all(session, actor=user, student_id=student_id)
        return ok({"updated": count}, f"{count} marked read.")

    return await as_user(token, work)
