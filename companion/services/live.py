"""Change signals for a student's open pages: analysis done, practice ready, a new notification.

On PostgreSQL a change is a NOTIFY on one channel, sent in the writer's transaction (so it
arrives at commit, or never); every backend process LISTENs once. On SQLite there is no
NOTIFY: the watcher reads `student_fingerprints` for the students with open pages instead.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, literal, select, text, union_all
from sqlmodel import Session

from companion.models import Notification, Practice, SubjectSuggestion, Transcript, TutoringSession

CHANNEL = "companion_student"
KINDS = ("analysis", "practice", "notification", "suggestions")


def notify_student(db: Session, *, student_id: int, kind: str) -> None:
    """Signal the student's open pages that `kind` changed (delivered when `db` commits)."""
    if kind not in KINDS or db.get_bind().dialect.name != "postgresql":
        return
    db.execute(
        text("SELECT pg_notify(:channel, :message)"),
        {"channel": CHANNEL, "message": f"{int(student_id)}:{kind}"},
    )


def parse_signal(payload: str) -> tuple[int, str] | None:
    """(student id, kind) from a NOTIFY payload; None for anything malformed."""
    sid, _, kind = payload.partition(":")
    if not (sid.isascii() and sid.isdigit()) or kind not in KINDS:
        return None
    return int(sid), kind


def student_fingerprints(
    db: Session, student_ids: Iterable[int]
) -> dict[int, dict[str, tuple[int, ...]]]:
    """One set-based read of what the watcher compares: per student, counts by status.

    {student_id: {"analysis": (...), "practice": (...), "notification": (...), ...}}
    """
    ids = sorted({int(i) for i in student_ids})
    if not ids:
        return {}
    analysis = (
        select(
            TutoringSession.student_id,
            literal("analysis").label("kind"),
            Transcript.status,
            func.count(),
        )
        .join(Transcript, Transcript.session_id == TutoringSession.id)
        .where(TutoringSession.student_id.in_(ids))
        .group_by(TutoringSession.student_id, Transcript.status)
    )
    practice = (
        select(Practice.student_id, literal("practice"), Practice.status, func.count())
        .where(Practice.student_id.in_(ids))
        .group_by(Practice.student_id, Practice.status)
    )
    notes = (
        select(
            Notification.student_id,
            literal("notification"),
            literal(""),
            func.max(Notification.id),
        )
        .where(Notification.student_id.in_(ids))
        .group_by(Notification.student_id)
    )
    suggestions = (
        select(SubjectSuggestion.student_id, literal("suggestions"), literal(""), func.count())
        .where(SubjectSuggestion.student_id.in_(ids))
        .group_by(SubjectSuggestion.student_id)
    )
    out: dict[int, dict[str, list]] = {}
    for sid, kind, status, count in db.execute(union_all(analysis, practice, notes, suggestions)):
        out.setdefault(sid, {}).setdefault(kind, []).append((status or "", int(count)))
    return {sid: {k: tuple(sorted(v)) for k, v in kinds.items()} for sid, kinds in out.items()}


def notify_transcript_student(db: Session, *, transcript_id: int, kind: str = "analysis") -> None:
    """notify_student for the student whose session holds the transcript."""
    student_id = db.execute(
        select(TutoringSession.student_id)
        .join(Transcript, Transcript.session_id == TutoringSession.id)
        .where(Transcript.id == transcript_id)
    ).scalar()
    if student_id is not None:
        notify_student(db, student_id=student_id, kind=kind)
