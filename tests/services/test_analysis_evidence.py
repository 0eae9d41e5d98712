"""Analysis results stored with their evidence: dated by the session, unmeasured kept apart."""

from __future__ import annotations

from datetime import date

from sqlmodel import select

from companion.models import Concept, KnowledgeState, MasteryEvent, Transcript
from companion.services.analysis import transcript_analyze
from tests.factories import make_session, make_student

TWO_TOPICS = """Tutor: Let's round 347 to the nearest ten. Rounding looks at the ones place.
Student: 350, because 7 is more than 5 so we round up.
Tutor: Correct! Now round 412 to the nearest hundred.
Student: 400.
Tutor: That's right, well done.
Tutor: Next time we will look at the line of symmetry of a square and a rectangle.
"""


def _analysed(session, text: str, on: date) -> int:
    student = make_student(session)
    row = make_session(session, student=student, subject="Math", on=on)
    transcript = Transcript(session_id=row.id, content=text, source="paste", status="processing")
    session.add(transcript)
    session.flush()
    transcript_analyze(session, transcript_id=transcript.id)
    session.flush()
    return student.id


def test_knowledge_from_a_session_is_dated_by_the_session_not_by_the_analysis(session):
    student_id = _analysed(session, TWO_TOPICS, date(2026, 3, 9))
    events = session.exec(select(MasteryEvent).where(MasteryEvent.student_id == student_id)).all()
    assert events
    assert {e.at.date() for e in events} == {date(2026, 3, 9)}


def test_a_concept_without_enough_evidence_is_stored_as_unmeasured_and_not_tracked(session):
    student_id = _analysed(session, TWO_TOPICS, date(2026, 3, 9))
    concepts = {c.concept_key: c for c in session.exec(select(Concept)).all()}
    rounding = concepts["elementary_math.rounding_and_estimation"]
    symmetry = concepts["elementary_math.symmetry"]
    assert rounding.measured and rounding.evidence == 2 and rounding.mastery > 60
    assert not symmetry.measured and symmetry.evidence == 0
    tracked = session.exec(
        select(KnowledgeState.concept_key).where(KnowledgeState.student_id == student_id)
    ).all()
    assert "elementary_math.rounding_and_estimation" in tracked
    assert "elementary_math.symmetry" not in tracked
