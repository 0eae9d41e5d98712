"""Small factories for test data, each returning the saved row."""

from __future__ import annotations

from datetime import date, datetime
from itertools import count

from sqlmodel import Session

from companion.db import session_scope
from companion.models import Practice, Role, TutoringSession, TutorStudent, User
from companion.services.chat import ChatReply, chat_prepare, chat_reply, chat_store_reply
from companion.services.practice_generation import (
    practice_generate_begin,
    practice_generate_store,
    practice_generate_write,
)
from companion.services.practice_submit import (
    SubmitResult,
    practice_submit_begin,
    practice_submit_grade,
    practice_submit_store,
)
from companion.services.security import hash_password

_seq = count(1)
PASSWORD = "correct horse battery"


def make_user(session: Session, *, role: str = Role.student, **overrides) -> User:
    n = next(_seq)
    user = User(
        email=overrides.pop("email", f"{role}{n}@example.com"),
        name=overrides.pop("name", f"{role.title()} {n}"),
        role=role,
        password_hash=overrides.pop("password_hash", hash_password(PASSWORD)),
        **overrides,
    )
    session.add(user)
    session.flush()
    return user


def make_student(session: Session, **overrides) -> User:
    return make_user(session, role=Role.student, **overrides)


def make_tutor(session: Session, *, students: tuple[User, ...] = (), **overrides) -> User:
    tutor = make_user(session, role=Role.tutor, **overrides)
    for student in students:
        session.add(TutorStudent(tutor_id=tutor.id, student_id=student.id))
    session.flush()
    return tutor


def make_admin(session: Session, **overrides) -> User:
    return make_user(session, role=Role.admin, **overrides)


def make_session(
    session: Session,
    *,
    student: User,
    tutor: User | None = None,
    subject: str = "Algebra I",
    on: date | None = None,
) -> TutoringSession:
    row = TutoringSession(
        student_id=student.id,
        tutor_id=tutor.id if tutor else None,
        subject=subject,
        date=on or date(2026, 11, 2),
    )
    session.add(row)
    session.flush()
    return row


def generate_practice(session: Session, practice_id: int) -> Practice | None:
    """Write a requested set in the caller's transaction (the job splits it in three)."""
    work = practice_generate_begin(session, practice_id=practice_id)
    if work is None:
        return session.get(Practice, practice_id)
    result = practice_generate_write(work)
    return practice_generate_store(session, practice_id=practice_id, result=result)


def submit_practice(
    session: Session,
    *,
    actor: User,
    practice_id: object,
    answers: object,
    seconds: object = None,
    now: datetime | None = None,
) -> SubmitResult:
    """Submit a set in the caller's transaction (the UI and the API grade between two)."""
    work = practice_submit_begin(
        session, actor=actor, practice_id=practice_id, answers=answers, seconds=seconds
    )
    grades = practice_submit_grade(work)
    return practice_submit_store(session, actor=actor, work=work, grades=grades, now=now)


def submit_in_two_transactions(
    *, actor: User, practice_id: object, answers: object
) -> SubmitResult:
    """Submit a set as the UI and the API do: check and read, grade with no transaction
    open, then store in a second transaction."""
    with session_scope() as session:
        work = practice_submit_begin(session, actor=actor, practice_id=practice_id, answers=answers)
    grades = practice_submit_grade(work)
    with session_scope() as session:
        return practice_submit_store(session, actor=actor, work=work, grades=grades)


def chat_in_two_transactions(*, actor: User, student_id: int, message: object) -> ChatReply:
    """Ask as the REST JSON route does: store the question, get the reply with no
    transaction open, then store the reply in a second transaction."""
    with session_scope() as session:
        ctx = chat_prepare(session, actor=actor, student_id=student_id, message=message)
    reply, usage = chat_reply(ctx)
    with session_scope() as session:
        chat_store_reply(session, student_id=student_id, reply=reply, usage=usage)
    return reply
