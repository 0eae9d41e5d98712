"""The student's loop through the services: upload -> analysis -> practice -> goals."""

from __future__ import annotations

from datetime import date

from sqlmodel import select

from companion.db import session_scope
from companion.models import Concept, Job, KnowledgeState, Notification, Transcript
from companion.services.goals import goal_complete, goal_create, suggestion_accept, suggestion_list
from companion.services.notifications import notification_list, notification_read_all
from companion.services.practice import practice_get
from companion.services.practice_requests import practice_request
from companion.services.sessions import session_get, session_upload
from jobs.handlers import HANDLERS
from tests.factories import make_student, make_tutor, submit_practice

ALGEBRA = """Tutor: Today we'll solve linear equations like 3x + 5 = 20.
Student: So I subtract 5 from both sides? That gives 3x = 15.
Tutor: Exactly. What next?
Student: I divide both sides by 3, so x = 5.
Tutor: Great job. Now try 2x - 7 = 9.
Student: I don't get it, do I add 7 or subtract 7?
Tutor: Not quite - to undo minus 7 you add 7 to both sides. To isolate the variable, undo each operation.
Student: Oh, so 2x = 16 and x = 8.
Tutor: That's right. Now distribute: 3(x + 2) = 18. Use the distributive property first.
Student: 3x + 6 = 18, so 3x = 12, x = 4.
"""


def _run_jobs(kind: str) -> int:
    with session_scope() as s:
        jobs = s.exec(select(Job).where(Job.kind == kind, Job.status == "queued")).all()
        payloads = [(j.id, j.payload) for j in jobs]
    for job_id, payload in payloads:
        HANDLERS[kind](payload)
        with session_scope() as s:
            s.get(Job, job_id).status = "done"
    return len(payloads)


def test_upload_enqueues_analysis_in_the_same_transaction(session):
    student = make_student(session)
    row = session_upload(
        session,
        actor=student,
        student_id=student.id,
        subject="Algebra I",
        date=date(2026, 11, 2),
        content=ALGEBRA,
    )
    session.rollback()
    assert session.get(Transcript, 1) is None
    assert session.exec(select(Job)).all() == []
    assert row.id is not None


def test_a_student_goes_from_upload_to_practice_to_a_new_goal(database):
    with session_scope() as s:
        student = make_student(s)
        make_tutor(s, students=(student,))
        upload = session_upload(
            s,
            actor=student,
            student_id=student.id,
            subject="Algebra I",
            date="2026-11-02",
            content=ALGEBRA,
            source="txt",
        )
    assert _run_jobs("transcript.uploaded") == 1
    with session_scope() as s:
        detail = session_get(s, actor=student, session_id=upload.id)
        assert detail.transcript.status == "completed"
        assert detail.concepts, "the analysis found no concept"
        assert all(any(p in ALGEBRA for p in [k]) for c in detail.concepts for k in c.key_points)
        practice = practice_request(
            s, actor=student, student_id=student.id, session_id=upload.id, count=4
        )
    assert _run_jobs("practice.generate") == 1
    with session_scope() as s:
        shown = practice_get(s, actor=student, practice_id=practice.id)
        assert shown.status == "ready" and len(shown.problems) == 4
        assert all(p["correctAnswer"] == "" for p in shown.problems)  # hidden until submitted
        before = {k.concept_key: k.mastery for k in s.exec(select(KnowledgeState)).all()}
        result = submit_practice(s, actor=student, practice_id=practice.id, answers=["wrong"] * 4)
        assert result.practice.score == 0
        after = {k.concept_key: k.mastery for k in s.exec(select(KnowledgeState)).all()}
        # concepts the session gave too little evidence for are first tracked by practice
        assert any(after[k] < before[k] for k in result.mastery_changes if k in before)
        goal = goal_create(
            s,
            actor=student,
            student_id=student.id,
            subject="Algebra I",
            title="Finish algebra",
            today=date(2026, 11, 25),
        )
        goal_complete(s, actor=student, goal_id=goal.id)
    assert _run_jobs("goal.completed") == 1
    with session_scope() as s:
        pending = suggestion_list(s, actor=student, student_id=student.id)
        assert len(pending) == 5
        new_goal = suggestion_accept(s, actor=student, suggestion_id=pending[0].id)
        assert new_goal.status == "active" and new_goal.subject == pending[0].subject
        items, total, unread = notification_list(s, actor=student, student_id=student.id)
        assert {n.type for n in items} >= {"practice_ready", "suggestions"}
        assert unread == total
        assert notification_read_all(s, actor=student, student_id=student.id) == total
    with session_scope() as s:
        assert s.exec(select(Notification).where(Notification.read == False)).all() == []  # noqa: E712
        assert s.exec(select(Concept)).all()


def test_running_the_analysis_job_twice_changes_nothing_the_second_time(database):
    with session_scope() as s:
        student = make_student(s)
        session_upload(
            s,
            actor=student,
            student_id=student.id,
            subject="Algebra I",
            date="2026-11-02",
            content=ALGEBRA,
        )
    with session_scope() as s:
        payload = s.exec(select(Job)).one().payload
    HANDLERS["transcript.uploaded"](payload)
    with session_scope() as s:
        first = sorted((c.name, c.mastery) for c in s.exec(select(Concept)).all())
        events = len(s.exec(select(KnowledgeState)).all())
    HANDLERS["transcript.uploaded"](payload)
    with session_scope() as s:
        assert sorted((c.name, c.mastery) for c in s.exec(select(Concept)).all()) == first
        assert len(s.exec(select(KnowledgeState)).all()) == events


def test_an_analysed_session_moves_the_progress_of_a_goal_in_its_subject(database):
    with session_scope() as s:
        student = make_student(s)
        goal = goal_create(
            s,
            actor=student,
            student_id=student.id,
            subject="Algebra I",
            title="Algebra",
            today=date(2026, 11, 1),
        )
        assert goal.progress == 0
        session_upload(
            s,
            actor=student,
            student_id=student.id,
            subject="Algebra I",
            date="2026-11-02",
            content=ALGEBRA,
        )
    _run_jobs("transcript.uploaded")
    with session_scope() as s:
        states = s.exec(select(KnowledgeState)).all()
        expected = round(sum(k.mastery for k in states) / len(states))
        assert s.get(type(goal), goal.id).progress == expected > 0
