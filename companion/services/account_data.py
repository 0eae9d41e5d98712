"""Data rights: export everything held about a user, delete an account, expire transcripts."""

from __future__ import annotations

import io
import json
import re
import zipfile
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any, TypeVar, cast

from sqlalchemy import delete, update
from sqlmodel import Session, SQLModel, col, select

from companion.models import (
    AuditLog,
    ChatMessage,
    Concept,
    Goal,
    Job,
    KnowledgeState,
    MasteryEvent,
    Notification,
    Practice,
    PracticeConcept,
    Role,
    RoutingDecision,
    SubjectSuggestion,
    Transcript,
    TutoringSession,
    User,
)
from companion.services import messages
from companion.services.access import require_admin
from companion.services.audit import audit_record
from companion.services.errors import Conflict, Invalid
from companion.services.mail import MAIL_KIND, outbox_forget_on_commit
from companion.services.preferences import preferences_for
from companion.services.security import verify_password
from companion.services.users import user_get

PASSWORD_NEEDED = "Enter your password to delete your account."
OWN_ACCOUNT = "Delete your own account from your account page, with your password."
LAST_ADMIN = "You are the only admin: make someone else an admin before deleting this account."
PROFILE_FIELDS = ("id", "email", "name", "role", "grade", "is_active", "created_at")
EXPIRED_TRANSCRIPT = ""  # what a transcript's text becomes after the retention period


M = TypeVar("M", bound=SQLModel)


def _rows(rows: Sequence[SQLModel]) -> list[dict[str, Any]]:
    return [r.model_dump(mode="json") for r in rows]


def _by_student(db: Session, model: type[M], student_id: int) -> list[M]:
    # Every model passed has a student_id column; the SQLModel base class does not declare it.
    owner = cast(Any, model).student_id
    return list(db.exec(select(model).where(owner == student_id)).all())


def _learning(db: Session, user: User) -> dict[str, list[dict[str, Any]]]:
    user_id = cast(int, user.id)  # a stored account
    sessions = _by_student(db, TutoringSession, user_id)
    ids = [s.id for s in sessions]
    practice = _by_student(db, Practice, user_id)
    practice_ids = [p.id for p in practice]
    return {
        "sessions": _rows(sessions),
        "transcripts": _rows(
            db.exec(select(Transcript).where(col(Transcript.session_id).in_(ids))).all()
        ),
        "concepts": _rows(db.exec(select(Concept).where(col(Concept.session_id).in_(ids))).all()),
        "knowledge": _rows(_by_student(db, KnowledgeState, user_id)),
        "mastery_history": _rows(_by_student(db, MasteryEvent, user_id)),
        "practice": _rows(practice),
        "practice_concepts": _rows(
            db.exec(
                select(PracticeConcept).where(col(PracticeConcept.practice_id).in_(practice_ids))
            ).all()
        ),
        "goals": _rows(_by_student(db, Goal, user_id)),
        "suggestions": _rows(_by_student(db, SubjectSuggestion, user_id)),
        "chat": _rows(_by_student(db, ChatMessage, user_id)),
        "notifications": _rows(_by_student(db, Notification, user_id)),
        "tutor_requests": _rows(_by_student(db, RoutingDecision, user_id)),
    }


def _collect(db: Session, user: User) -> dict[str, Any]:
    profile = {f: getattr(user, f) for f in PROFILE_FIELDS}
    user_id = cast(int, user.id)  # a stored account
    prefs = preferences_for(db, [user_id])[user_id]
    data: dict[str, Any] = {
        "profile": json.loads(json.dumps(profile, default=str)),
        "preferences": json.loads(json.dumps(prefs.__dict__)),
        "audit": _rows(db.exec(select(AuditLog).where(AuditLog.actor_id == user.id)).all()),
    }
    if user.role == Role.tutor:
        conducted = select(TutoringSession).where(TutoringSession.tutor_id == user.id)
        data["sessions_conducted"] = _rows(db.exec(conducted).all())
    return {**data, **_learning(db, user)}


def _transcript_name(session: dict[str, Any]) -> str:
    subject = re.sub(r"[^A-Za-z0-9]+", "-", session["subject"]).strip("-")[:40] or "session"
    return f"transcripts/{session['date']}-{subject}-{session['id']}.txt"


def _zip(data: dict[str, Any]) -> bytes:
    buffer = io.BytesIO()
    sessions = {s["id"]: s for s in data.get("sessions", [])}
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, value in data.items():
            archive.writestr(f"{name}.json", json.dumps(value, indent=2, ensure_ascii=False))
        for t in data.get("transcripts", []):
            if t["content"] and t["session_id"] in sessions:
                archive.writestr(_transcript_name(sessions[t["session_id"]]), t["content"])
    return buffer.getvalue()


def account_export(db: Session, *, actor: User, user_id: int) -> bytes:
    """A ZIP of everything the app holds about an account: yourself, or anyone for an admin."""
    user = user_get(db, actor=actor, user_id=user_id)
    if actor.id != user.id:
        audit_record(db, actor_id=actor.id, action="user.export", target=f"user:{user.id}")
    return _zip(_collect(db, user))


def _forget_traces(db: Session, user: User) -> None:
    # Failed sign-ins name the address they tried; mail jobs keep the address and the text
    # (the name, what was sent) after they ran too. A job a worker holds right now is left
    # to finish (its lease-guarded writes must find their row).
    db.exec(
        update(AuditLog)
        .where(col(AuditLog.target) == f"email:{user.email}")
        .values(target="email:(deleted account)")
    )
    # Mail concerning the account names its address ("to", or "email" for a reset request)
    # or its id ("account": an email change's mail to the new or the old address).
    mail = db.exec(select(Job).where(Job.kind == MAIL_KIND, Job.status != "running")).all()
    for job in mail:
        p = job.payload
        if user.email in (p.get("to"), p.get("email")) or p.get("account") == user.id:
            db.delete(job)
    # The outbox files (mail sent with no SMTP configured) go once the deletion commits.
    outbox_forget_on_commit(db, addresses={user.email}, account=cast(int, user.id))


def _only_admin(db: Session, user: User) -> bool:
    if user.role != Role.admin:
        return False
    others = select(User.id).where(User.role == Role.admin, User.id != user.id, User.is_active)
    return db.exec(others).first() is None


def _delete(db: Session, *, actor: User, user: User) -> None:
    if _only_admin(db, user):
        raise Conflict(LAST_ADMIN)
    _forget_traces(db, user)
    audit_record(
        db,
        actor_id=None if actor.id == user.id else actor.id,
        action="user.delete",
        target=f"user:{user.id} role={user.role}",
    )
    # The foreign keys cascade: sessions, transcripts, concepts, chat, practice, knowledge,
    # goals, notifications and tutor links go with the row.
    db.exec(delete(User).where(col(User.id) == user.id))
    db.expunge(user)


def account_delete(db: Session, *, actor: User, password: object) -> None:
    """Delete your own account and everything it holds, confirmed with your password.

    The audit log keeps a content-free entry (the id and role, nothing else).
    """
    if not isinstance(password, str) or not verify_password(password, actor.password_hash):
        raise Invalid(PASSWORD_NEEDED, details={"password": PASSWORD_NEEDED})
    _delete(db, actor=actor, user=actor)


def account_delete_user(db: Session, *, actor: User, user_id: int) -> None:
    """Delete any other account and everything it holds (admins only, audited)."""
    require_admin(actor)
    if actor.id == user_id:
        raise Conflict(OWN_ACCOUNT)
    _delete(db, actor=actor, user=user_get(db, actor=actor, user_id=user_id))


def transcripts_expire(db: Session, *, now: datetime, days: int) -> int:
    """Remove the raw text of transcripts of sessions older than `days` (concepts stay)."""
    if days <= 0:
        return 0
    old = select(TutoringSession.id).where(TutoringSession.created_at < now - timedelta(days=days))
    result = db.exec(
        update(Transcript)
        .where(col(Transcript.session_id).in_(old), col(Transcript.content) != EXPIRED_TRANSCRIPT)
        .values(content=EXPIRED_TRANSCRIPT, updated_at=now)
        .execution_options(synchronize_session=False)
    )
    return result.rowcount or 0


GRADE_TOO_LONG = "Keep the grade short (at most 32 characters), like 9th grade."


def profile_update(db: Session, *, actor: User, user_id: int, name: object, grade: object) -> User:
    """Change an account's name and grade: your own, or anyone's for an admin."""
    user = user_get(db, actor=actor, user_id=user_id)
    if not isinstance(name, str) or not 1 <= len(name.strip()) <= 120:
        raise Invalid(messages.NAME_REQUIRED, details={"name": messages.NAME_REQUIRED})
    if grade is not None and (not isinstance(grade, str) or len(grade.strip()) > 32):
        raise Invalid(GRADE_TOO_LONG, details={"grade": GRADE_TOO_LONG})
    user.name, user.grade = name.strip(), (grade.strip() or None) if grade else None
    db.flush()
    return user
