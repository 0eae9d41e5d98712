"""Notifications: list, mark one read, mark all read."""

from __future__ import annotations

from fastapi import APIRouter

from companion.api.deps import CurrentUser, IdPath, LimitQ, PageQ, SessionDep
from companion.api.routes.docs import READ_ERRORS, WRITE_ERRORS
from companion.api.schemas import (
    CountOut,
    NotificationMeta,
    NotificationOut,
    NotificationPage,
    Ok,
)
from companion.services import notifications

router = APIRouter(prefix="/api/notifications", tags=["notifications"])


@router.get("/student/{student_id}", responses=READ_ERRORS)
def student_notifications(
    student_id: IdPath,
    user: CurrentUser,
    session: SessionDep,
    page: PageQ = 1,
    limit: LimitQ = 20,
    unread_only: bool = False,
) -> NotificationPage:
    """Newest first; metadata carries the unread count."""
    rows, total, unread = notifications.notification_list(
        session, actor=user, student_id=student_id, page=page, limit=limit, unread_only=unread_only
    )
    return NotificationPage(
        data=[NotificationOut.model_validate(n) for n in rows],
        metadata=NotificationMeta(page=page, limit=limit, total=total, unread=unread),
    )


@router.post("/{notification_id}/read", responses=WRITE_ERRORS)
def read(notification_id: IdPath, user: CurrentUser, session: SessionDep) -> Ok[NotificationOut]:
    """Mark one notification read."""
    row = notifications.notification_read(session, actor=user, notification_id=notification_id)
    return Ok(data=NotificationOut.model_validate(row))


@router.post("/student/{student_id}/read-all", responses=WRITE_ERRORS)
def read_all(student_id: IdPath, user: CurrentUser, session: SessionDep) -> Ok[CountOut]:
    """Mark every notification of the student read."""
    count = notifications.notification_read_all(session, actor=user, student_id=student_id)
    return Ok(data=CountOut(updated=count), message=f"{count} marked read.")
