"""API fixtures: the /api app with every router, a client, and student A's world."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlmodel import Session

from companion import db
from companion.api.app import create_api
from companion.clock import utcnow
from companion.models import (
    ChatMessage,
    Concept,
    Goal,
    KnowledgeState,
    Notification,
    Practice,
    PracticeConcept,
    RoutingDecision,
    SubjectSuggestion,
    Transcript,
    User,
)
from companion.services.ratelimit import rate_limits_reset
from companion.services.signin import token_for
from tests.factories import make_admin, make_session, make_student, make_tutor

ACTORS = ("anonymous", "owner", "stranger", "tutor", "other_tutor", "admin")
PROBLEM = {
    "question": "Solve 2x = 8",
    "type": "short_answer",
    "options": [],
    "correctAnswer": "4",
    "explanation": "Divide by 2.",
    "difficulty": "easy",
    "conceptId": "algebra_1.linear_equations",
}


def build_api() -> FastAPI:
    """The /api app exactly as production wires it."""
    api = create_api()
    return api


@pytest.fixture(autouse=True)
def _fresh_rate_limits() -> Iterator[None]:
    rate_limits_reset()
    yield
    rate_limits_reset()


@pytest.fixture
def client(database) -> Iterator[TestClient]:
    """A client of the app on a fresh database; server errors come back as 500 responses."""
    with TestClient(build_api(), raise_server_exceptions=False) as c:
        yield c


@dataclass
class World:
    users: dict[str, User]
    student_id: int
    session_id: int
    goal_id: int
    suggestion_id: int
    notification_id: int
    practice_id: int
    tokens: dict[str, str] = field(default_factory=dict)

    def headers(self, actor: str) -> dict[str, str]:
        token = self.tokens.get(actor)
        return {"Authorization": f"Bearer {token}"} if token else {}


def make_world(s: Session) -> World:
    """Student A with a session, transcript, concept (due for review), goals, suggestion,
    note, practice set."""
    a, b = make_student(s), make_student(s)
    tutor, other = make_tutor(s, students=(a,)), make_tutor(s, students=(b,))
    admin = make_admin(s)
    row = make_session(s, student=a, tutor=tutor)
    s.add(
        Transcript(
            session_id=row.id,
            content="Tutor: hi\nStudent: hello",
            status="completed",
            summary="Linear equations.",
        )
    )
    s.add(
        Concept(
            session_id=row.id, name="Linear equations", concept_key="algebra_1.linear_equations"
        )
    )
    s.add(
        KnowledgeState(
            student_id=a.id,
            concept_key="algebra_1.linear_equations",
            name="Linear equations",
            subject="Algebra I",
            due_at=utcnow() - timedelta(days=1),
        )
    )
    goal = Goal(student_id=a.id, subject="Algebra I", title="Pass algebra")
    done = Goal(student_id=a.id, subject="Geometry", title="Done", status="completed")
    s.add_all([goal, done, ChatMessage(student_id=a.id, role="user", content="help")])
    s.flush()
    suggestion = SubjectSuggestion(
        student_id=a.id, goal_id=done.id, subject="Geometry II", relevance=0.9
    )
    note = Notification(student_id=a.id, type="nudge", title="t", message="m")
    pr = Practice(student_id=a.id, session_id=row.id, status="ready", problems=[PROBLEM])
    s.add_all(
        [
            suggestion,
            note,
            pr,
            RoutingDecision(student_id=a.id, should_route=True, reason="asked", topic="algebra"),
        ]
    )
    s.flush()
    s.add(
        PracticeConcept(
            practice_id=pr.id, concept_key="algebra_1.linear_equations", name="Linear equations"
        )
    )
    s.commit()
    users = {"owner": a, "stranger": b, "tutor": tutor, "other_tutor": other, "admin": admin}
    return World(
        users=users,
        student_id=a.id,
        session_id=row.id,
        goal_id=goal.id,
        suggestion_id=suggestion.id,
        notification_id=note.id,
        practice_id=pr.id,
        tokens={name: token_for(u) for name, u in users.items()},
    )


@pytest.fixture
def world(database) -> World:
    with Session(db.get_engine(), expire_on_commit=False) as s:
        return make_world(s)
