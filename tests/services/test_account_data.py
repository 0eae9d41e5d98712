"""Data rights: a full export, a deletion that leaves nothing but a content-free audit entry,
and transcript retention that keeps the concepts."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import func, select

from companion.models import (
    AuditLog,
    ChatMessage,
    Concept,
    Goal,
    Job,
    Notification,
    Practice,
    Transcript,
    TutoringSession,
    TutorStudent,
    User,
)
from companion.services.account_data import (
    LAST_ADMIN,
    account_delete,
    account_delete_user,
    account_export,
    profile_update,
    transcripts_expire,
)
from companion.services.errors import Conflict, Forbidden, Invalid
from tests.factories import PASSWORD, make_admin, make_session, make_student, make_tutor

TEXT = "Tutor: What is 3/4 + 1/8?\nStudent: 7/8, with a common denominator."


def _student_with_data(s, name: str = "Ada Learner") -> User:
    student = make_student(s, name=name)
    make_tutor(s, students=(student,))
    row = make_session(s, student=student, subject="Fractions & ratios")
    s.add(Transcript(session_id=row.id, content=TEXT, status="completed"))
    s.add(Concept(session_id=row.id, name="Adding fractions", concept_key="fractions.add"))
    s.add(Goal(student_id=student.id, subject="Math", title="Fractions"))
    s.add(ChatMessage(student_id=student.id, role="user", content="how do I add fractions"))
    s.add(Notification(student_id=student.id, type="nudge", title="t", message="m"))
    s.add(Practice(student_id=student.id, session_id=row.id, status="ready", problems=[]))
    s.flush()
    return student


def _count(s, model, *where) -> int:
    return s.exec(select(func.count()).select_from(model).where(*where)).one()


def test_the_export_holds_every_kind_of_data_and_the_transcript_file(session):
    student = _student_with_data(session)
    archive = zipfile.ZipFile(
        io.BytesIO(account_export(session, actor=student, user_id=student.id))
    )
    names = set(archive.namelist())
    for part in ("profile", "sessions", "transcripts", "concepts", "mastery_history", "practice"):
        assert f"{part}.json" in names
    for part in ("goals", "chat", "notifications", "preferences"):
        assert f"{part}.json" in names
    profile = json.loads(archive.read("profile.json"))
    assert profile["email"] == student.email and "password_hash" not in profile
    (transcript,) = [n for n in names if n.startswith("transcripts/")]
    assert archive.read(transcript).decode() == TEXT
    assert transcript.endswith(".txt") and "Fractions-ratios" in transcript
    chat = json.loads(archive.read("chat.json"))
    assert [m["content"] for m in chat] == ["how do I add fractions"]


def test_only_the_user_or_an_admin_may_export(session):
    student = _student_with_data(session)
    tutor = session.exec(select(User).where(User.role == "tutor")).first()
    for other in (make_student(session), tutor):
        with pytest.raises(Forbidden):
            account_export(session, actor=other, user_id=student.id)
    admin = make_admin(session)
    assert account_export(session, actor=admin, user_id=student.id)
    assert _count(session, AuditLog, AuditLog.action == "user.export") == 1


def test_deleting_needs_the_password_and_a_wrong_one_changes_nothing(session):
    student = _student_with_data(session)
    with pytest.raises(Invalid):
        account_delete(session, actor=student, password="not my password")
    assert session.get(User, student.id) is not None
    assert _count(session, Transcript) == 1


def test_deleting_removes_everything_and_the_audit_keeps_no_content(session):
    student, other = _student_with_data(session), _student_with_data(session, name="Bo Other")
    sid, email = student.id, student.email
    account_delete(session, actor=student, password=PASSWORD)
    session.expire_all()
    assert session.get(User, sid) is None
    for model in (TutoringSession, Goal, ChatMessage, Notification, Practice, TutorStudent):
        assert _count(session, model, model.student_id == sid) == 0, model
    assert _count(session, Transcript) == 1 and _count(session, Concept) == 1  # the other's
    assert _count(session, ChatMessage, ChatMessage.student_id == other.id) == 1
    (entry,) = session.exec(select(AuditLog).where(AuditLog.action == "user.delete")).all()
    assert email not in entry.target and "Ada" not in entry.target


def test_deleting_removes_the_mail_jobs_that_name_the_account_whatever_their_status(session):
    student, other = _student_with_data(session), _student_with_data(session, name="Bo Other")
    mails = [(student.email, st) for st in ("queued", "done", "dead")] + [(other.email, "done")]
    for i, (to, status) in enumerate(mails):
        payload = {"to": to, "subject": "Hi", "text": "Hello Ada Learner", "headers": {}}
        session.add(Job(kind="mail.send", payload=payload, status=status, idempotency_key=f"m{i}"))
    session.flush()
    account_delete(session, actor=student, password=PASSWORD)
    left = session.exec(select(Job).where(Job.kind == "mail.send")).all()
    assert [j.payload["to"] for j in left] == [other.email]


def test_an_admin_deletes_any_account_but_not_the_last_admin(session):
    student, admin = _student_with_data(session), make_admin(session)
    with pytest.raises(Forbidden):
        account_delete_user(session, actor=make_student(session), user_id=student.id)
    account_delete_user(session, actor=admin, user_id=student.id)
    assert session.get(User, student.id) is None
    with pytest.raises(Conflict, match=LAST_ADMIN):
        account_delete(session, actor=admin, password=PASSWORD)


def test_retention_removes_old_transcript_text_and_keeps_the_concepts(session):
    student = _student_with_data(session)
    recent = make_session(session, student=student, subject="Recent")
    session.add(Transcript(session_id=recent.id, content="Tutor: today", status="completed"))
    old = session.exec(select(TutoringSession).where(TutoringSession.subject != "Recent")).one()
    now = datetime(2026, 11, 30, tzinfo=UTC)
    old.created_at, recent.created_at = now - timedelta(days=40), now - timedelta(days=2)
    session.flush()
    assert transcripts_expire(session, now=now, days=0) == 0
    assert transcripts_expire(session, now=now, days=30) == 1
    session.expire_all()
    texts = {t.session_id: t.content for t in session.exec(select(Transcript))}
    assert texts == {old.id: "", recent.id: "Tutor: today"}
    assert _count(session, Concept, Concept.session_id == old.id) == 1
    assert transcripts_expire(session, now=now, days=30) == 0  # once


def test_profile_update_trims_and_refuses_a_blank_name_without_changing_anything(session):
    student = make_student(session, name="Ada")
    profile_update(session, actor=student, user_id=student.id, name="  Ada L.  ", grade=" 9th ")
    assert (student.name, student.grade) == ("Ada L.", "9th")
    with pytest.raises(Invalid):
        profile_update(session, actor=student, user_id=student.id, name="   ", grade="10th")
    assert (student.name, student.grade) == ("Ada L.", "9th")
