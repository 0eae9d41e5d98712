"""Turning an uploaded transcript into concepts and knowledge (run by the analysis job).

The job runs in three steps so the progress the student watches is real and no database
connection waits on the AI: `transcript_begin` (stage "finding concepts", committed), then
`transcript_find_concepts` (the AI call, outside any transaction), then
`transcript_mark_stage("estimating mastery")` (committed) and `transcript_store`, which
writes concepts, knowledge and the "done" stage in one transaction. Parsing happens at
upload (services/sessions.py), so the job has no parsing stage of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import cast

from sqlalchemy import update
from sqlmodel import Session, col, delete

from companion.ai import get_provider
from companion.ai.offline.transcriptlimits import TranscriptError
from companion.ai.schemas import TranscriptAnalysis
from companion.clock import utcnow
from companion.db import rowcount
from companion.models import Concept, Transcript, TutoringSession
from companion.services.goals import goal_refresh_progress
from companion.services.knowledge import concept_key, knowledge_seed
from companion.services.notifications import notify
from companion.services.student_summary import summary_refresh
from companion.services.usage import usage_record

FINDING, ESTIMATING, DONE = "finding concepts", "estimating mastery", "done"
STAGES = (FINDING, ESTIMATING, DONE)  # every stage a running analysis writes, in order


@dataclass(frozen=True)
class AnalysisInput:
    """What the AI call needs, read in a short transaction."""

    transcript_id: int
    content: str
    subject: str


def transcript_begin(session: Session, *, transcript_id: int) -> AnalysisInput | None:
    """Mark a transcript as being analysed; None when there is nothing to do."""
    transcript = session.get(Transcript, transcript_id)
    if transcript is None or transcript.status == "completed":
        return None
    transcript.status, transcript.stage, transcript.error = "processing", FINDING, None
    transcript.updated_at = utcnow()
    row = session.get_one(TutoringSession, transcript.session_id)
    return AnalysisInput(transcript_id, transcript.content, row.subject)


def transcript_find_concepts(work: AnalysisInput) -> TranscriptAnalysis:
    """The AI's reading of the transcript (no database); TranscriptError if unreadable."""
    return get_provider().analyze_transcript(work.content, subject_hint=work.subject)


def transcript_mark_stage(session: Session, *, transcript_id: int, stage: str) -> None:
    """Show the next stage of an analysis that is still running."""
    session.execute(
        update(Transcript)
        .where(col(Transcript.id) == transcript_id, col(Transcript.status) == "processing")
        .values(stage=stage, updated_at=utcnow())
        .execution_options(synchronize_session=False)
    )


def transcript_fail(session: Session, *, transcript_id: int, error: str) -> None:
    """Record a readable failure the student sees with a retry button."""
    transcript = session.get(Transcript, transcript_id)
    if transcript is None or transcript.status == "completed":
        return
    transcript.status, transcript.stage, transcript.error = "failed", "", error[:500]
    transcript.updated_at = utcnow()
    row = session.get_one(TutoringSession, transcript.session_id)
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


def transcript_store(session: Session, *, transcript_id: int, result: TranscriptAnalysis) -> None:
    """Store concepts, seed knowledge and complete the analysis; idempotent."""
    # Claim the completion first: a second run of the job (a worker whose lease expired
    # while it still ran) waits on this row's lock, then finds it completed.
    claimed = rowcount(
        session.execute(
            update(Transcript)
            .where(col(Transcript.id) == transcript_id, col(Transcript.status) != "completed")
            .values(status="completed")
            .execution_options(synchronize_session=False)
        )
    )
    if not claimed:
        return
    transcript = session.get_one(Transcript, transcript_id, populate_existing=True)
    row = session.get_one(TutoringSession, transcript.session_id)
    session.exec(delete(Concept).where(col(Concept.session_id) == row.id))
    held_at = session_moment(row.date)
    found = [(concept_key(c.name, c.kb_id), c) for c in result.concepts]
    seeded = False
    # Knowledge rows are locked in key order, the same in every transaction (no deadlock).
    for key, concept in sorted(found, key=lambda pair: pair[0]):
        session.add(
            Concept(
                session_id=cast(int, row.id),
                name=concept.name,
                concept_key=key,
                description=concept.description,
                mastery=concept.mastery_level,
                difficulty=concept.difficulty,
                key_points=concept.key_points[:6],
                evidence=concept.evidence,
                measured=concept.measured,
            )
        )
        if not concept.measured:
            continue  # a guess from too few answers must not move what the student knows
        knowledge_seed(
            session,
            student_id=row.student_id,
            key=key,
            name=concept.name,
            subject=result.subject or row.subject,
            mastery=concept.mastery_level,
            now=held_at,
            refresh=False,  # once for the whole analysis, below
        )
        seeded = True
    if seeded:  # the student's summary, once after all the concepts
        summary_refresh(session, student_id=row.student_id)
    transcript.summary, transcript.topics = result.summary, result.topics[:20]
    transcript.stage, transcript.engine = DONE, result.engine
    transcript.updated_at = utcnow()
    usage_record(
        session,
        student_id=row.student_id,
        kind="analysis",
        engine=result.engine,
        usage=result.usage,
    )
    goal_refresh_progress(session, student_id=row.student_id)
    _notify_done(session, row, result)


def _notify_done(session: Session, row: TutoringSession, result: TranscriptAnalysis) -> None:
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


def transcript_analyze(session: Session, *, transcript_id: int) -> None:
    """All steps in the caller's transaction (scripts and tests; the job commits each)."""
    work = transcript_begin(session, transcript_id=transcript_id)
    if work is None:
        return
    try:
        result = transcript_find_concepts(work)
    except TranscriptError as exc:
        transcript_fail(session, transcript_id=transcript_id, error=str(exc))
        return
    transcript_store(session, transcript_id=transcript_id, result=result)
