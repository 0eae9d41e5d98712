"""Tutoring sessions and their transcripts: upload, list, read, analyse, retry."""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from sqlmodel import Session, col, func, select

from companion.ai.offline.transcriptlimits import MAX_TRANSCRIPT_BYTES, TranscriptError
from companion.ai.offline.transcripts import ParsedTranscript, parse_transcript
from companion.clock import utcnow
from companion.models import Concept, Role, Transcript, TutoringSession, User
from companion.services import events, messages
from companion.services.access import require_admin, require_view_student
from companion.services.errors import Conflict, Invalid, NotFound, TooLarge
from companion.services.live import notify_student
from companion.services.student_lock import student_lock
from companion.services.student_summary import summary_refresh
from companion.services.tutors import tutor_link
from companion.services.validation import (
    MAX_ID,
    choice_field,
    date_field,
    int_field,
    page_args,
    text_field,
)
from jobs.queue import enqueue

SOURCES = ("txt", "vtt", "srt", "json", "paste")
TOO_LARGE = f"Transcripts can be at most {MAX_TRANSCRIPT_BYTES // (1024 * 1024)} MB."
ANALYSIS_JOB = "transcript.uploaded"


@dataclass(frozen=True)
class SessionDetail:
    session: TutoringSession
    transcript: Transcript
    concepts: list[Concept]


def transcript_preview(content: object, *, filename: str = "") -> ParsedTranscript:
    """Parse a transcript without saving it (the upload form's preview)."""
    if not isinstance(content, str | bytes):
        raise Invalid("The transcript must be text.", details={"content": "must be text"})
    if len(content) > MAX_TRANSCRIPT_BYTES or (
        isinstance(content, str) and len(content.encode()) > MAX_TRANSCRIPT_BYTES
    ):
        raise TooLarge(TOO_LARGE)
    try:
        return parse_transcript(content, filename)
    except TranscriptError as exc:
        raise Invalid(str(exc), details={"content": str(exc)}) from exc


def _check_tutor(session: Session, actor: User, student_id: int, tutor_id: object) -> int | None:
    if actor.role == Role.tutor:
        return actor.id  # a tutor uploads for their own session
    if tutor_id is None:
        return None
    tid = int_field(tutor_id, "tutor_id", lo=1, hi=2**31 - 1)
    tutor = session.get(User, tid)
    if tutor is None or tutor.role != Role.tutor or not tutor.is_active:
        raise Invalid(
            "Choose one of the tutors in the list.", details={"tutor_id": "unknown tutor"}
        )
    return tid


def session_upload(
    session: Session,
    *,
    actor: User,
    student_id: int,
    subject: object,
    date: object,
    content: object,
    source: object = "paste",
    filename: str = "",
    tutor_id: object = None,
    duration_min: object = 60,
) -> TutoringSession:
    """Record a session with its transcript and queue its analysis (one transaction)."""
    require_view_student(session, actor, student_id)
    student = session.get(User, student_id)
    if student is None or student.role != Role.student:
        raise NotFound(messages.NOT_FOUND)
    parsed = transcript_preview(content, filename=filename)
    tid = _check_tutor(session, actor, student_id, tutor_id)
    student_lock(session, student_id=student_id)  # before any row lock: one order
    row = TutoringSession(
        student_id=student_id,
        tutor_id=tid,
        subject=text_field(subject, "subject", max_len=120),
        date=date_field(date, "date"),
        duration_min=int_field(duration_min, "duration_min", lo=0, hi=600),
    )
    session.add(row)
    session.flush()
    assert row.id is not None and isinstance(
        content, str | bytes
    )  # flushed; checked by the preview
    text = content.decode("utf-8", "replace") if isinstance(content, bytes) else content
    transcript = Transcript(
        session_id=row.id,
        content=text,
        source=choice_field(source, "source", SOURCES),
        stage=f"queued ({len(parsed.turns)} turns)",
    )
    session.add(transcript)
    if tid is not None:
        tutor_link(session, tutor_id=tid, student_id=student_id)
    session.flush()
    enqueue(
        session,
        kind=ANALYSIS_JOB,
        payload={"transcript_id": transcript.id},
        idempotency_key=f"analysis:{transcript.id}:0",
    )
    notify_student(session, student_id=student_id, kind="analysis")
    events.record_event(session, student_id=student_id, kind=events.SESSION_UPLOADED, ref_id=row.id)
    summary_refresh(session, student_id=student_id)
    return row


def session_list(
    session: Session, *, actor: User, student_id: int, page: object = 1, limit: object = 20
) -> tuple[list[tuple[TutoringSession, Transcript]], int]:
    """A student's sessions, newest first, with their transcript status."""
    require_view_student(session, actor, student_id)
    p, n = page_args(page, limit)
    where = TutoringSession.student_id == student_id
    total = session.exec(select(func.count()).select_from(TutoringSession).where(where)).one()
    rows = session.exec(
        select(TutoringSession, Transcript)
        .join(Transcript)
        .where(where)
        .order_by(col(TutoringSession.date).desc(), col(TutoringSession.id).desc())
        .offset((p - 1) * n)
        .limit(n)
    ).all()
    return [(s, t) for s, t in rows], total


def session_list_conducted(
    session: Session, *, actor: User, page: object = 1, limit: object = 50
) -> tuple[list[tuple[TutoringSession, Transcript]], int]:
    """Sessions a tutor conducted, or every session for an admin."""
    p, n = page_args(page, limit)
    query = select(TutoringSession, Transcript).join(Transcript)
    count = select(func.count()).select_from(TutoringSession)
    if actor.role == Role.tutor:
        query = query.where(TutoringSession.tutor_id == actor.id)
        count = count.where(TutoringSession.tutor_id == actor.id)
    else:
        require_admin(actor)
    rows = session.exec(
        query.order_by(col(TutoringSession.date).desc(), col(TutoringSession.id).desc())
        .offset((p - 1) * n)
        .limit(n)
    ).all()
    return [(s, t) for s, t in rows], session.exec(count).one()


def _load(session: Session, actor: User, session_id: object) -> tuple[TutoringSession, Transcript]:
    sid = int_field(session_id, "session_id", lo=1, hi=MAX_ID)
    row = session.get(TutoringSession, sid)
    if row is None:
        raise NotFound(messages.NOT_FOUND)
    require_view_student(session, actor, row.student_id)
    transcript = session.exec(select(Transcript).where(Transcript.session_id == sid)).one()
    return row, transcript


def session_get(session: Session, *, actor: User, session_id: object) -> SessionDetail:
    """One session with its transcript and the concepts found in it."""
    row, transcript = _load(session, actor, session_id)
    events.record_seen(
        session,
        actor=actor,
        student_id=row.student_id,
        kind=events.ANALYSIS_SHOWN,
        ref_id=cast(int, row.id),
        when=transcript.status == "completed",
    )
    concepts = session.exec(
        select(Concept).where(Concept.session_id == row.id).order_by(col(Concept.mastery))
    ).all()
    return SessionDetail(session=row, transcript=transcript, concepts=list(concepts))


def transcript_retry(session: Session, *, actor: User, session_id: object) -> Transcript:
    """Queue a failed analysis again."""
    row, transcript = _load(session, actor, session_id)
    if actor.role != Role.admin and actor.id not in (row.student_id, row.tutor_id):
        raise NotFound(messages.NOT_FOUND)
    if transcript.status != "failed":
        raise Conflict("Only a failed analysis can be retried.")
    transcript.status, transcript.error, transcript.stage = "pending", None, "queued"
    transcript.updated_at = utcnow()
    enqueue(
        session,
        kind=ANALYSIS_JOB,
        payload={"transcript_id": transcript.id},
        idempotency_key=f"analysis:{transcript.id}:retry:{utcnow().timestamp()}",
    )
    return transcript


def session_import(
    session: Session,
    *,
    student_email: str,
    tutor_email: str | None,
    subject: str,
    date: object,
    filename: str,
    content: bytes,
    source: str,
) -> TutoringSession:
    """Bulk import (operator CLI): a file becomes a session of the student, like an upload."""
    from companion.services.tutors import tutor_assign

    student = session.exec(select(User).where(User.email == student_email.strip().lower())).first()
    if student is None or student.role != Role.student:
        raise NotFound(f"No student with the email {student_email}.")
    tutor = None
    if tutor_email:
        tutor = session.exec(select(User).where(User.email == tutor_email.strip().lower())).first()
        if tutor is None or tutor.role != Role.tutor:
            raise NotFound(f"No tutor with the email {tutor_email}.")
        tutor_assign(
            session, actor=None, tutor_id=cast(int, tutor.id), student_id=cast(int, student.id)
        )
    actor = tutor or student
    return session_upload(
        session,
        actor=actor,
        student_id=cast(int, student.id),
        subject=subject,
        date=date or utcnow().date(),
        content=content,
        source=source,
        filename=filename,
        tutor_id=tutor.id if tutor else None,
    )
