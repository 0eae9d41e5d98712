"""In-app notifications: sent by jobs and services, read by the student."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any, cast

from sqlalchemy import bindparam
from sqlalchemy import select as select_core
from sqlmodel import Session, col, func, select, update

from companion.models import Notification, User
from companion.services import events
from companion.services.access import load_student_row, require_act_as_student, require_view_student
from companion.services.capped_email import email_notification
from companion.services.live import notify_student
from companion.services.preferences import delivery_plan
from companion.services.validation import page_args


def notify(
    session: Session,
    *,
    student_id: int,
    type: str,
    title: str,
    message: str,
    cta: str | None = None,
    cta_label: str | None = None,
    urgency: str = "low",
    day: date | None = None,
) -> Notification | None:
    """Notify a student as they chose (in-app row, queued email, both or nothing), in the
    caller's transaction; the in-app row, if any."""
    plan = delivery_plan(session, student_id=student_id, type=type)
    if plan.email:
        email_notification(
            session,
            student_id=student_id,
            type=type,
            title=title[:200],
            message=message,
            cta=cta,
            plan=plan,
            key=f"mail:{type}:{student_id}:{uuid.uuid4().hex}",
        )
    if not plan.in_app:
        return None
    row = Notification(
        student_id=student_id,
        type=type,
        title=title[:200],
        message=message,
        cta=cta,
        cta_label=cta_label,
        urgency=urgency,
        day=day,
    )
    session.add(row)
    session.flush()
    notify_student(session, student_id=student_id, kind="notification")
    return row


def notification_list(
    session: Session,
    *,
    actor: User,
    student_id: int,
    page: object = 1,
    limit: object = 20,
    unread_only: bool = False,
) -> tuple[list[Notification], int, int]:
    """Newest first, with the total and the unread count."""
    require_view_student(session, actor, student_id)
    p, n = page_args(page, limit)
    where = [col(Notification.student_id) == student_id]
    if unread_only:
        where.append(col(Notification.read).is_(False))
    total = session.exec(select(func.count()).select_from(Notification).where(*where)).one()
    unread = notification_unread_count(session, actor=actor, student_id=student_id)
    rows = session.exec(
        select(Notification)
        .where(*where)
        .order_by(col(Notification.created_at).desc(), col(Notification.id).desc())
        .offset((p - 1) * n)
        .limit(n)
    ).all()
    return list(rows), total, unread


_note: Any = cast(Any, Notification).__table__.c  # SQLModel's stubs do not declare __table__
_UNREAD_COUNT = (
    select_core(func.count())
    .select_from(_note.id.table)
    .where(_note.student_id == bindparam("sid"), _note.read.is_(False))
)


def notification_unread_count(session: Session, *, actor: User, student_id: int) -> int:
    """How many are unread (the bell, on every page: a Core select compiled once)."""
    require_view_student(session, actor, student_id)
    return session.connection().execute(_UNREAD_COUNT, {"sid": student_id}).scalar_one()


def notification_read(session: Session, *, actor: User, notification_id: object) -> Notification:
    """Mark one notification read (its owner only)."""
    row = load_student_row(
        session, actor, Notification, notification_id, field="notification_id", act=True
    )
    events.record_seen(
        session,
        actor=actor,
        student_id=row.student_id,
        kind=events.NUDGE_OPENED,
        ref_id=cast(int, row.id),
        when=row.type == "nudge",
    )
    row.read = True
    return row


def notification_read_all(session: Session, *, actor: User, student_id: int) -> int:
    """Mark every notification of the student read; returns how many changed."""
    require_act_as_student(session, actor, student_id)
    result = session.exec(
        update(Notification)
        .where(
            col(Notification.student_id) == student_id,
            col(Notification.read).is_(False),
        )
        .values(read=True)
    )
    return result.rowcount or 0
