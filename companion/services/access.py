"""Who may see and change what: the permission matrix, in one place."""

from __future__ import annotations

from typing import Any, TypeVar, cast

from sqlmodel import Session, select

from companion.models import Role, TutorStudent, User
from companion.services import messages
from companion.services.errors import Forbidden, NotFound

T = TypeVar("T")


def is_tutor_of(session: Session, *, tutor_id: int, student_id: int) -> bool:
    """True when the tutor works with that student."""
    link = session.exec(
        select(TutorStudent.id).where(
            TutorStudent.tutor_id == tutor_id, TutorStudent.student_id == student_id
        )
    ).first()
    return link is not None


def can_view_student(session: Session, actor: User, student_id: int) -> bool:
    """Students see themselves, tutors their students, admins everyone."""
    if actor.role == Role.admin or actor.id == student_id:
        return True
    return actor.role == Role.tutor and is_tutor_of(
        session, tutor_id=cast(int, actor.id), student_id=student_id
    )


def require_view_student(session: Session, actor: User, student_id: int) -> None:
    """Raise NotFound (never reveal that a foreign student exists)."""
    if not can_view_student(session, actor, student_id):
        raise NotFound(messages.NOT_FOUND)
    if actor.id != student_id:  # admins and tutors: the student must exist and be one
        student = session.get(User, student_id)
        if student is None or student.role != Role.student:
            raise NotFound(messages.NOT_FOUND)


def require_act_as_student(session: Session, actor: User, student_id: int) -> None:
    """Only the student (or an admin) changes the student's own learning data."""
    require_view_student(session, actor, student_id)
    if actor.role != Role.admin and actor.id != student_id:
        raise Forbidden(messages.NOT_ALLOWED)


def load_student_row(
    session: Session, actor: User, model: type[T], raw_id: object, *, field: str, act: bool = False
) -> T:
    """A row owned by a student (it has student_id), by a validated id, if the actor may see it
    (or change it, with act=True); NotFound otherwise."""
    from companion.services.validation import MAX_ID, int_field

    row = session.get(model, int_field(raw_id, field, lo=1, hi=MAX_ID))
    if row is None:
        raise NotFound(messages.NOT_FOUND)
    check = require_act_as_student if act else require_view_student
    check(session, actor, cast(Any, row).student_id)
    return row


def load_student_timeline(
    session: Session, actor: User, model: type[T], student_id: int, *, order: Any, limit: int
) -> list[T]:
    """The student's newest `limit` rows of `model` by `order`, oldest first, if the actor
    may see them (a conversation, a history chart)."""
    require_view_student(session, actor, student_id)
    rows = session.exec(
        select(model)
        .where(cast(Any, model).student_id == student_id)
        .order_by(order.desc())
        .limit(limit)
    ).all()
    return list(reversed(rows))


def require_admin(actor: User) -> None:
    """Admins only."""
    if actor.role != Role.admin:
        raise Forbidden(messages.NOT_ALLOWED)


def require_tutor(actor: User) -> None:
    """Tutors (and admins)."""
    if actor.role not in (Role.tutor, Role.admin):
        raise Forbidden(messages.NOT_ALLOWED)
