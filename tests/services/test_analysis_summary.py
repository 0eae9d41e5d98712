"""Storing an analysis refreshes the student's summary once, after every concept is seeded."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlmodel import Session, select

from companion.ai.schemas import ConceptAnalysis, TranscriptAnalysis
from companion.models import KnowledgeState, StudentSummary, Transcript, User
from companion.services.analysis import transcript_store
from companion.services.knowledge import knowledge_seed
from companion.services.student_summary import COLUMNS, summaries_rebuild
from tests.factories import make_session, make_student
from tests.statements import summary_writes

EARLIER = datetime(2026, 3, 1, 12, tzinfo=UTC)


def _store(session: Session, student: User, concepts: list[ConceptAnalysis]) -> None:
    row = make_session(session, student=student, subject="Math", on=date(2026, 3, 9))
    transcript = Transcript(session_id=row.id, content="-", source="paste", status="processing")
    session.add(transcript)
    session.flush()
    transcript_store(
        session,
        transcript_id=transcript.id,
        result=TranscriptAnalysis(concepts=concepts, subject="Math"),
    )
    session.flush()


def _figures(session: Session, student_id: int) -> tuple:
    stored = session.get_one(StudentSummary, student_id, populate_existing=True)
    return tuple(getattr(stored, name) for name in COLUMNS)


def test_an_analysis_refreshes_the_summary_once_and_it_matches_a_rebuild(session):
    """Four measured concepts are seeded (one already known) and one unmeasured is not;
    the summary is written once, after the last seed, and equals a rebuild from the rows."""
    student = make_student(session)
    for key in ("k0", "k1"):  # known before: high marks, each write refreshing as usual
        knowledge_seed(
            session, student_id=student.id, key=key, name=key, subject="Math", mastery=90,
            now=EARLIER,
        )  # fmt: skip
    concepts = [
        ConceptAnalysis(name=f"k{i}", kb_id=f"k{i}", mastery_level=10) for i in range(1, 5)
    ] + [ConceptAnalysis(name="guess", kb_id="guess", mastery_level=50, measured=False)]

    with summary_writes() as writes:
        _store(session, student, concepts)

    assert len(writes) == 1
    stored = _figures(session, student.id)
    tracked = session.exec(
        select(KnowledgeState.concept_key).where(KnowledgeState.student_id == student.id)
    ).all()
    assert sorted(tracked) == ["k0", "k1", "k2", "k3", "k4"]
    summaries_rebuild(session, [student.id])
    rebuilt = _figures(session, student.id)
    assert stored == rebuilt
    assert stored[COLUMNS.index("concepts")] == 5  # after the last seed, not the first
    assert stored[COLUMNS.index("falling")] is True  # 90, 90 then 50, 10, 10, 10


def test_an_analysis_that_measures_nothing_leaves_the_summary_alone(session):
    student = make_student(session)
    knowledge_seed(
        session, student_id=student.id, key="k0", name="k0", subject="Math", mastery=70,
        now=EARLIER,
    )  # fmt: skip
    before = _figures(session, student.id)
    guess = ConceptAnalysis(name="guess", kb_id="guess", mastery_level=50, measured=False)

    with summary_writes() as writes:
        _store(session, student, [guess])

    assert writes == []
    assert _figures(session, student.id) == before
