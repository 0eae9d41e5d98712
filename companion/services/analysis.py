"""Turning an uploaded transcript into concepts and knowledge (run by the analysis job)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from sqlmodel import Session, delete

from companion.ai import get_provider
from companion.ai.offline.transcripts import TranscriptError
from companion.clock import utcnow
from companion.models import Concept, Transcript, TutoringSession
from companion.services.goals import goal_refresh_progress
from companion.services.knowledge import concept_key, knowledge_seed
from companion.services.notifications import notify
from companion.services.usage import usage_record

STAGES = ("parsing", "finding concepts", "estimating mastery", "done")


def transcript_begin(session: Session, *, transcript_id: int) -> bool:
    """Mark a transcript as being analysed; False when there is nothing to do."""
    transcript = session.get(Transcript, transcript_id)
    if transcript is None or transcript.status == "completed":
        return False
    transcript.status, transcript.stage, transcript.error = "processing", STAGES[0], None
    transcript.updated_at = utcnow()
    return True


def transcript_fail(session: Session, *, transcript_id: int, error: str) -> None:
    """Record a readable failure the student sees with a retry button."""
    transcript = session.get(Transcript, transcript_id)
    if transcript is None or transcript.status == "completed":
        return
    transcript.status, transcript.stage, transcript.error = "failed", "", error[:500]
    transcript.updated_at = utcnow()
    row = session.get(TutoringSession, transcript.session_id)
    notify(
        session,
        student_id=row.student_id,
        type="analysis",
        title="We couldn't analyse a session",
        message=f"Your {row.subject} session from {row.date} could not be analysed: {error[:200]}",
        cta=f"/sessions/{row.id}",
        cta_label="Open the session",
        urgency="medium",
    )


def session_moment(day: date) -> datetime:
    """When a session's evidence is dated: noon UTC of its day, never in the future."""
    return min(datetime.combine(day, time(12), tzinfo=UTC), utcnow())


def transcript_analyze(session: Session, *, transcript_id: int) -> None:
    """Analyse, store concepts, seed knowledge and complete; idempotent."""
    transcript = session.get(Transcript, transcript_id)
    if transcript is None or transcript.status == "completed":
        return
    row = session.get(TutoringSession, transcript.session_id)
    try:
        result = get_provider().analyze_transcript(transcript.content, subject_hint=row.subject)
    except TranscriptError as exc:
        transcript_fail(session, transcript_id=transcript_id, error=str(exc))
        return
    session.exec(delete(Concept).where(Concept.session_id == row.id))
    held_at = session_moment(row.date)
    for found in result.concepts:
        key = concept_key(found.name, found.kb_id)
        session.add(
            Concept(
                session_id=row.id,
                name=found.name,
                concept_key=key,
                description=found.description,
                mastery=found.mastery_level,
                difficulty=found.difficulty,
                key_points=found.key_points[:6],
                evidence=found.evidence,
                measured=found.measured,
            )
        )
        if not found.measured:
            continue  # a guess from too few answers must not move what the student knows
        knowledge_seed(
            session,
            student_id=row.student_id,
            key=key,
            name=found.name,
            subject=result.subject or row.subject,
            mastery=found.mastery_level,
            now=held_at,
        )
    transcript.summary, transcript.topics = result.summary, result.topics[:20]
    transcript.status, transcript.stage, transcript.engine = "completed", STAGES[-1], result.engine
    transcript.updated_at = utcnow()
    usage_record(
        session,
        student_id=row.student_id,
        kind="analysis",
        engine=result.engine,
        usage=result.usage,
    )
    goal_refresh_progress(session, student_id=row.student_id)
    weakest = min(
        (c for c in result.concepts if c.measured), key=lambda c: c.mastery_level, default=None
    )
    notify(
        session,
        student_id=row.student_id,
        type="analysis",
        title=f"Your {row.subject} session is ready",
        message=(
            f"We found {len(result.concepts)} concepts"
            + (f"; {weakest.name} needs the most work." if weakest else ".")
            if result.concepts
            else "No clear topic found in it."
        ),
        cta=f"/sessions/{row.id}",
        cta_label="See what you covered",
    )
