"""The admin home's figures: each counts what its page lists, in a fixed number of statements."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlmodel import Session

from companion.models import Job, RoutingDecision, Transcript, User
from companion.services.admin_overview import admin_overview
from tests.factories import make_admin, make_session, make_student, make_tutor
from tests.statements import executed


def _transcript(s: Session, student_id: int, status: str) -> None:
    ts = make_session(s, student=s.get(User, student_id))
    s.add(Transcript(session_id=ts.id, content="Tutor: Hi.", status=status))


def _world(s: Session, n: int) -> tuple:
    admin = make_admin(s)
    students = [make_student(s) for _ in range(n)]
    make_tutor(s, students=tuple(students[:2]))
    make_student(s, is_active=False)
    make_tutor(s, is_active=False)
    for i, student in enumerate(students):
        _transcript(s, student.id, ("completed", "failed", "pending", "processing")[i % 4])
    now = datetime.now(UTC)
    for status in ("queued", "running", "done", "dead", "dead"):
        s.add(
            Job(
                kind="x",
                status=status,
                run_after=now,
                idempotency_key=f"k-{status}-{id(now)}-{len(s.new)}",
            )
        )
    s.add(RoutingDecision(student_id=students[0].id, should_route=True, status="open"))
    s.add(RoutingDecision(student_id=students[1].id, should_route=True, status="booked"))
    s.commit()
    return admin, students


def test_each_figure_counts_what_it_says(session):
    admin, _ = _world(session, 8)
    o = admin_overview(session, actor=admin)
    assert (o.students, o.tutors, o.admins, o.inactive) == (8, 1, 1, 2)
    assert (o.sessions, o.analysing, o.failed) == (8, 4, 2)
    assert (o.jobs_waiting, o.jobs_dead) == (2, 2)
    assert o.handoffs_open == 1


def test_the_figures_take_the_same_statements_for_40_students_as_for_4(session):
    admin, _ = _world(session, 4)
    with executed() as few:
        admin_overview(session, actor=admin)
    for _ in range(36):
        _transcript(session, make_student(session).id, "completed")
    session.commit()
    with executed() as many:
        o = admin_overview(session, actor=admin)
    assert o.students == 40 and o.sessions == 40
    assert len(many) == len(few) <= 5
