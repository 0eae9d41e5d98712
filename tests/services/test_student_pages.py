"""The student's hot page reads give what the full services give, in one statement each."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from importlib import resources

from sqlalchemy import event
from sqlmodel import Session, select

from companion import db
from companion.models import ProductEvent, Transcript
from companion.services import events
from companion.services.analysis import transcript_analyze
from companion.services.goals import goal_create, goal_list
from companion.services.knowledge import knowledge_list, mastery_history
from companion.services.notifications import notification_list, notification_read, notify
from companion.services.practice import practice_list
from companion.services.practice_requests import practice_request, practice_request_review
from companion.services.reviews import due_states
from companion.services.sessions import session_list, session_upload
from companion.services.student_pages import dashboard_read, practice_page_read
from tests.factories import generate_practice, make_student

DEMOS = ("algebra_linear_equations.txt", "python_loops.txt")
SUBJECTS = ("Algebra I", "Intro to Programming (Python)")


def _demo(k: int) -> str:
    return resources.files("companion.demo").joinpath(DEMOS[k % 2]).read_text(encoding="utf-8")


def _world(s: Session, sessions: int):
    """A student with analysed sessions, goals, read and unread notes, and practice sets."""
    student = make_student(s)
    for k in range(sessions):
        row = session_upload(
            s,
            actor=student,
            student_id=student.id,
            subject=SUBJECTS[k % 2],
            date=(date(2026, 11, 1) + timedelta(days=k // 2)).isoformat(),
            content=_demo(k),
        )
        s.flush()
        if k != sessions - 1:  # the newest stays pending
            tid = s.exec(select(Transcript.id).where(Transcript.session_id == row.id)).one()
            transcript_analyze(s, transcript_id=tid)
    for title in ("Pass the algebra test", "Finish the loops unit", "Read chapter 3"):
        goal_create(s, actor=student, student_id=student.id, subject="Algebra I", title=title)
    for n in range(5):
        notify(s, student_id=student.id, type="analysis", title=f"Note {n}", message=f"m{n}")
    notes, _, _ = notification_list(s, actor=student, student_id=student.id, limit=50)
    notification_read(s, actor=student, notification_id=notes[0].id)
    keys = [k.concept_key for k in knowledge_list(s, actor=student, student_id=student.id)]
    chosen = practice_request(s, actor=student, student_id=student.id, concept_keys=keys[:2])
    generate_practice(s, chosen.id)
    review = practice_request_review(s, actor=student, student_id=student.id)
    generate_practice(s, review.id)
    s.commit()
    return student


def _counted(run: Callable[[], object]) -> tuple[object, int]:
    statements: list[str] = []

    def count(conn, cursor, statement, *args) -> None:
        statements.append(statement)

    engine = db.get_engine()
    event.listen(engine, "before_cursor_execute", count)
    try:
        return run(), len(statements)
    finally:
        event.remove(engine, "before_cursor_execute", count)


def test_the_dashboard_read_is_what_the_full_services_answer(session):
    student = _world(session, sessions=6)
    now = datetime.now(UTC) + timedelta(days=40)  # every concept is due by then
    d = dashboard_read(session, actor=student, student_id=student.id, now=now)

    rows, _ = session_list(session, actor=student, student_id=student.id, limit=4)
    assert [tuple(r) for r in d.sessions] == [
        (t.id, t.subject, t.date, tr.status, tr.stage, tr.error) for t, tr in rows
    ]
    assert "pending" in {r.status for r in d.sessions}
    goals, _ = goal_list(session, actor=student, student_id=student.id, status="active", limit=4)
    assert [tuple(g) for g in d.goals] == [
        (g.id, g.title, g.subject, g.progress, g.status, g.target_date) for g in goals
    ]
    assert len(d.goals) == 3
    notes, _, unread = notification_list(
        session, actor=student, student_id=student.id, limit=3, unread_only=True
    )
    assert [tuple(n) for n in d.unread] == [(n.title, n.message) for n in notes]
    assert d.unread_count == unread >= 4  # five sent, one read, plus the services' own
    concepts = knowledge_list(session, actor=student, student_id=student.id)
    assert [c.concept_key for c in d.concepts] == [k.concept_key for k in concepts]
    assert [c.mastery for c in d.concepts] == [k.mastery for k in concepts]
    due = due_states(session, student_id=student.id, now=now)
    assert due and [c.concept_key for c in d.due] == [k.concept_key for k in due]
    seen = select(ProductEvent).where(
        ProductEvent.student_id == student.id, ProductEvent.kind == events.REVIEW_DUE
    )
    assert len(session.exec(seen).all()) == 1  # the first look at today's reviews
    dashboard_read(session, actor=student, student_id=student.id, now=now)
    assert len(session.exec(seen).all()) == 1  # recorded once a day
    history = mastery_history(session, actor=student, student_id=student.id)
    assert [tuple(h) for h in d.history] == [
        (h.concept_key, h.mastery, h.source, h.at) for h in history
    ]


def test_the_practice_page_read_is_what_the_full_services_answer(session):
    student = _world(session, sessions=5)
    p = practice_page_read(session, actor=student, student_id=student.id)

    rows, _ = session_list(session, actor=student, student_id=student.id, limit=50)
    assert [(r.id, r.subject, r.date, r.status) for r in p.sessions] == [
        (t.id, t.subject, t.date, tr.status) for t, tr in rows
    ]
    sets, _ = practice_list(session, actor=student, student_id=student.id, limit=30)
    assert [tuple(x) for x in p.sets] == [
        (
            x.id,
            x.session_id,
            x.status,
            x.difficulty,
            x.score,
            x.rationale.startswith("Daily review"),
            len(x.problems),
        )
        for x in sets
    ]
    assert {x.daily for x in p.sets} == {True, False} and all(x.problems for x in p.sets)
    concepts = knowledge_list(session, actor=student, student_id=student.id)
    assert [(c.concept_key, c.name, c.mastery) for c in p.concepts] == [
        (k.concept_key, k.name, k.mastery) for k in concepts
    ]


def test_each_page_is_one_statement_whatever_the_data(session):
    small, large = _world(session, sessions=2), _world(session, sessions=8)
    now = datetime.now(UTC)
    for student in (small, large):
        session.expunge_all()
        _, practice = _counted(
            lambda s=student: practice_page_read(session, actor=s, student_id=s.id)
        )
        assert practice == 1
        # The dashboard too, once the first look at today's due reviews is recorded.
        dashboard_read(session, actor=student, student_id=student.id, now=now)
        session.commit()
        _, dashboard = _counted(
            lambda s=student: dashboard_read(session, actor=s, student_id=s.id, now=now)
        )
        assert dashboard == 1
