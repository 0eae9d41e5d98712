"""Mastery tracks across sessions the LLM analysed, whatever it calls the concept each time."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import select

from companion.ai.local import LocalProvider
from companion.ai.offline.analysis import analyze
from companion.ai.openai_provider import OpenAIProvider
from companion.models import Concept, KnowledgeState, MasteryEvent, Transcript
from companion.services.analysis import transcript_store
from tests.ai.fake_openai_server import FakeOpenAIServer, recorded
from tests.factories import make_session, make_student

TRANSCRIPT = (
    Path(__file__).resolve().parents[1] / "fixtures" / "transcripts" / "pythagoras_maria.txt"
).read_text()


@pytest.fixture
def llm() -> Iterator[OpenAIProvider]:
    with FakeOpenAIServer() as fake:
        # session 1 says "Pythagorean Theorem" and "Heron's formula" (plus junk);
        # session 2 says "The Pythagorean theorem" and "Heron's Formula (triangle area ...)"
        fake.script(recorded("analysis_session_1"), recorded("analysis_session_2"))
        yield OpenAIProvider(
            api_key="sk-test", base_url=fake.base_url, model="m", fallback=LocalProvider()
        )


def _store(session, student, provider, day: date, text: str = TRANSCRIPT) -> None:
    row = make_session(session, student=student, subject="Geometry", on=day)
    transcript = Transcript(session_id=row.id, content=text, source="paste", status="processing")
    session.add(transcript)
    session.flush()
    result = provider.analyze_transcript(text, subject_hint="Geometry")
    transcript_store(session, transcript_id=transcript.id, result=result)
    session.flush()


def test_two_llm_sessions_and_an_offline_one_update_the_same_knowledge_rows(session, llm):
    student = make_student(session)
    _store(session, student, llm, date(2026, 3, 2))
    _store(session, student, llm, date(2026, 3, 9))
    _store(session, student, LocalProvider(), date(2026, 3, 16))
    rows = session.exec(select(KnowledgeState).where(KnowledgeState.student_id == student.id)).all()
    assert sorted(r.concept_key for r in rows) == [
        "geometry.pythagorean_theorem",
        "name:heron_formula",
    ]
    events = session.exec(
        select(MasteryEvent.concept_key).where(MasteryEvent.student_id == student.id)
    ).all()
    assert events.count("geometry.pythagorean_theorem") == 3  # two LLM sessions, one offline
    assert events.count("name:heron_formula") == 2
    names = session.exec(select(Concept.name)).all()
    assert not {"Great job", "Maria", "Please"} & set(names)
    offline = analyze(TRANSCRIPT, subject_hint="Geometry").concepts
    assert [c.kb_id for c in offline] == ["geometry.pythagorean_theorem"]
