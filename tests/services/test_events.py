"""The services write product events in the same transaction as the change."""

from __future__ import annotations

from collections import Counter

from sqlmodel import select

from companion.clock import utcnow
from companion.db import session_scope
from companion.models import ProductEvent
from companion.services import events
from companion.services.goals import goal_complete, goal_create, suggestion_accept, suggestion_list
from companion.services.practice import practice_get
from companion.services.practice_requests import practice_request
from companion.services.routing import routing_accept, routing_request
from companion.services.sessions import session_get, session_upload
from companion.services.signin import user_authenticate
from tests.factories import PASSWORD, make_student, make_tutor, submit_practice
from tests.services.test_learning_flow import ALGEBRA, _run_jobs


def _kinds(student_id: int) -> Counter:
    with session_scope() as s:
        rows = s.exec(select(ProductEvent).where(ProductEvent.student_id == student_id)).all()
        return Counter(r.kind for r in rows)


def _upload(s, student):
    # Held today: its concepts' review cards are not due yet, so practising them is practice,
    # not a review (a session dated weeks ago would make the same submit a review as well).
    return session_upload(
        s, actor=student, student_id=student.id, subject="Algebra I",
        date=utcnow().date().isoformat(), content=ALGEBRA,
    )  # fmt: skip


def test_an_upload_rolled_back_leaves_no_event(session):
    student = make_student(session)
    _upload(session, student)
    session.rollback()
    assert session.exec(select(ProductEvent)).all() == []


def test_the_learning_loop_records_each_step_once(database):
    with session_scope() as s:
        student = make_student(s)
        tutor = make_tutor(s, students=(student,))
        upload = _upload(s, student)
    _run_jobs("transcript.uploaded")
    with session_scope() as s:
        session_get(s, actor=tutor, session_id=upload.id)  # a tutor's look is not the student's
    assert _kinds(student.id)[events.ANALYSIS_SHOWN] == 0
    with session_scope() as s:
        session_get(s, actor=student, session_id=upload.id)
        session_get(s, actor=student, session_id=upload.id)
        practice = practice_request(s, actor=student, student_id=student.id, count=3)
    _run_jobs("practice.generate")
    with session_scope() as s:
        practice_get(s, actor=student, practice_id=practice.id)
        practice_get(s, actor=student, practice_id=practice.id)
        submit_practice(s, actor=student, practice_id=practice.id, answers=["x"] * 3)
        goal = goal_create(s, actor=student, student_id=student.id, subject="Algebra I", title="A")
        goal_complete(s, actor=student, goal_id=goal.id)
    _run_jobs("goal.completed")
    with session_scope() as s:
        pending = suggestion_list(s, actor=student, student_id=student.id)
        suggestion_list(s, actor=student, student_id=student.id)
        suggestion_accept(s, actor=student, suggestion_id=pending[0].id)
        request = routing_request(s, actor=student, student_id=student.id, topic="Fractions")
        routing_accept(s, actor=tutor, request_id=request.id)
        user_authenticate(s, email=student.email, password=PASSWORD)
    kinds = _kinds(student.id)
    assert kinds == Counter(
        {
            events.SESSION_UPLOADED: 1,
            events.ANALYSIS_SHOWN: 1,
            events.PRACTICE_ASSIGNED: 1,
            events.PRACTICE_STARTED: 1,
            events.PRACTICE_COMPLETED: 1,
            events.GOAL_CREATED: 2,  # by hand, then from the accepted suggestion
            events.GOAL_COMPLETED: 1,
            events.SUGGESTION_SHOWN: 1,
            events.SUGGESTION_ACCEPTED: 1,
            events.HANDOFF_REQUESTED: 1,
            events.HANDOFF_ACCEPTED: 1,
            events.SIGN_IN: 1,
        }
    )


def test_opening_a_nudge_and_a_cited_answer_are_recorded(session):
    from companion.ai.schemas import Citation
    from companion.services.chat import ChatReply, chat_store_reply
    from companion.services.notifications import notification_read, notify

    student = make_student(session)
    note = notify(session, student_id=student.id, type="nudge", title="Hi", message="Go")
    other = notify(session, student_id=student.id, type="practice_ready", title="Hi", message="x")
    for row in (note, note, other):
        notification_read(session, actor=student, notification_id=row.id)
    cited = Citation(session_id=1, subject="Algebra I", date="2026-11-02")
    chat_store_reply(session, student_id=student.id, reply=ChatReply(text="a", citations=[cited]))
    chat_store_reply(session, student_id=student.id, reply=ChatReply(text="b"))
    session.flush()
    rows = session.exec(select(ProductEvent).where(ProductEvent.student_id == student.id)).all()
    assert sorted((r.kind, r.ref_id) for r in rows) == [
        (events.CHAT_CITED, None),
        (events.NUDGE_OPENED, note.id),
    ]
