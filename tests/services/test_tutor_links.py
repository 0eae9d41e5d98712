"""A tutor works with a student once linked: by an admin, or by a session the student records
with them; a second link changes nothing."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session, select

from companion.models import TutorStudent
from companion.services.access import is_tutor_of
from companion.services.sessions import session_upload
from companion.services.tutors import tutor_assign
from tests.factories import make_admin, make_student, make_tutor
from tests.services.test_learning_flow import ALGEBRA


def _links(s: Session) -> list[tuple[int, int]]:
    return [(r.tutor_id, r.student_id) for r in s.exec(select(TutorStudent)).all()]


def test_a_session_recorded_with_a_tutor_links_them_once(session):
    student, tutor = make_student(session), make_tutor(session)
    for day in (1, 2):
        session_upload(
            session,
            actor=student,
            student_id=student.id,
            subject="Algebra I",
            date=date(2026, 11, day),
            content=ALGEBRA,
            tutor_id=tutor.id,
        )
    assert is_tutor_of(session, tutor_id=tutor.id, student_id=student.id)
    assert _links(session) == [(tutor.id, student.id)]


def test_assigning_a_tutor_twice_keeps_one_link(session):
    admin, student, tutor = make_admin(session), make_student(session), make_tutor(session)
    for _ in range(2):
        tutor_assign(session, actor=admin, tutor_id=tutor.id, student_id=student.id)
    assert _links(session) == [(tutor.id, student.id)]
