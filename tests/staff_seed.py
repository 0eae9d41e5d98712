"""Bulk data for staff pages: a tutor with N students, each with analysed sessions, concepts,
mastery history (falling for every other student), a goal, practice and chat; one student
in ten with an open request, three in ten inactive for a week; audit entries, dead jobs.

Core bulk inserts (one statement per table and batch), so the query-count test and
bench/bench_tutor_home.py can seed thousands of students in seconds on either database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import insert, select
from sqlmodel import Session

from companion.clock import utcnow
from companion.models import (
    AuditLog,
    ChatMessage,
    Concept,
    Goal,
    Job,
    KnowledgeState,
    MasteryEvent,
    Practice,
    Role,
    RoutingDecision,
    Transcript,
    TutoringSession,
    TutorStudent,
    User,
)
from companion.services.student_summary import summaries_rebuild

BATCH = 2000
TRANSCRIPT = "Tutor: Let's factor quadratics.\nStudent: So x^2+5x+6 is (x+2)(x+3)?\n" * 40


@dataclass
class StaffWorld:
    tutor_id: int
    admin_id: int
    student_ids: list[int]


def _insert(db: Session, model: type, rows: list[dict]) -> None:
    for i in range(0, len(rows), BATCH):
        db.connection().execute(insert(model.__table__), rows[i : i + BATCH])


def _users(db: Session, prefix: str, role: str, count: int) -> list[int]:
    now = utcnow()
    rows = [
        {
            "email": f"{prefix}{i}@example.com",
            "name": f"{prefix.title()} {i:05d}",
            "role": role,
            "password_hash": "!",  # nobody signs in with a password here
            "is_active": True,
            "token_version": 0,
            "created_at": now - timedelta(days=30),
            "last_active_at": now - timedelta(days=i % 10),
        }
        for i in range(count)
    ]
    _insert(db, User, rows)
    u = User.__table__.c
    query = select(u.id).where(u.email.like(f"{prefix}%@example.com")).order_by(u.id)
    return list(db.connection().execute(query).scalars())


def _sessions(db: Session, tutor_id: int, students: list[int], each: int) -> list[int]:
    rows = [
        {
            "student_id": sid,
            "tutor_id": tutor_id,
            "subject": "Algebra I",
            "date": date(2026, 11, 1) + timedelta(days=k),
            "duration_min": 60,
            "created_at": utcnow(),
        }
        for sid in students
        for k in range(each)
    ]
    _insert(db, TutoringSession, rows)
    ts = TutoringSession.__table__.c
    query = select(ts.id).where(ts.student_id.in_(students)).order_by(ts.id)
    ids = list(db.connection().execute(query).scalars())
    _insert(
        db,
        Transcript,
        [
            {
                "session_id": i,
                "content": TRANSCRIPT,
                "source": "paste",
                "status": "completed",
                "stage": "",
                "summary": "Factoring quadratics.",
                "topics": ["factoring"],
                "updated_at": utcnow(),
            }
            for i in ids
        ],
    )
    return ids


def _knowledge(db: Session, students: list[int], session_ids: list[int], concepts: int) -> None:
    now = utcnow()
    _insert(
        db,
        Concept,
        [
            {
                "session_id": sid,
                "name": f"Concept {c}",
                "concept_key": f"c{c}",
                "description": "",
                "mastery": 40 + c,
                "difficulty": "medium",
                "key_points": [],
            }
            for sid in session_ids
            for c in range(concepts)
        ],
    )
    states, events = [], []
    for sid in students:
        for c in range(concepts):
            key = f"c{c}"
            states.append(
                {
                    "student_id": sid,
                    "concept_key": key,
                    "name": f"Concept {c}",
                    "subject": "Algebra I",
                    "p_known": 0.5,
                    "mastery": 30 + (sid + c) % 60,
                    "card": {},
                    "due_at": now + timedelta(days=c),
                    "attempts": 1,
                    "correct": 1,
                    "updated_at": now,
                }
            )
            for k in range(3):
                events.append(
                    {
                        "student_id": sid,
                        "concept_key": key,
                        "mastery": 70 - 15 * k if sid % 2 else 40 + 10 * k,
                        "source": "session",
                        "at": now - timedelta(days=3 - k, minutes=c),
                    }
                )
    _insert(db, KnowledgeState, states)
    _insert(db, MasteryEvent, events)


def _extras(db: Session, students: list[int], admin_id: int) -> None:
    now = utcnow()
    _insert(
        db, Goal, [{"student_id": s, "subject": "Algebra I", "title": "Pass"} for s in students]
    )
    practice = {"status": "submitted", "difficulty": "medium", "problems": [], "answers": []}
    _insert(db, Practice, [{**practice, "student_id": s, "score": 80.0} for s in students])
    chat = {"role": "user", "content": "How do I factor? " * 50, "citations": []}
    _insert(db, ChatMessage, [{**chat, "student_id": s} for s in students])
    request = {"should_route": True, "urgency": "high", "reason": "Stuck", "topic": "Factoring"}
    asking = students[::10]  # one student in ten wants a tutor
    _insert(db, RoutingDecision, [{**request, "student_id": s, "est_minutes": 30} for s in asking])
    _insert(
        db,
        AuditLog,
        [{"actor_id": admin_id, "action": "user.role", "target": f"user:{s}"} for s in students],
    )
    _insert(
        db,
        Job,
        [
            {
                "kind": "practice.generate",
                "payload": {"blob": "x" * 500},
                "status": "dead",
                "attempts": 3,
                "last_error": "boom",
                "idempotency_key": f"dead-{s}",
                "run_after": now,
                "created_at": now,
                "finished_at": now,
            }
            for s in students
        ],
    )


def seed_staff_world(
    db: Session, *, students: int, sessions_each: int = 3, concepts_each: int = 3, tag: str = "s"
) -> StaffWorld:
    """A tutor linked to `students` students with history, and an admin (flushed, not committed)."""
    (tutor,) = _users(db, f"tutor-{tag}-", Role.tutor.value, 1)
    (admin,) = _users(db, f"admin-{tag}-", Role.admin.value, 1)
    ids = _users(db, f"student-{tag}-", Role.student.value, students)
    _insert(db, TutorStudent, [{"tutor_id": tutor, "student_id": s} for s in ids])
    session_ids = _sessions(db, tutor, ids, sessions_each)
    _knowledge(db, ids, session_ids, concepts_each)
    _extras(db, ids, admin)
    summaries_rebuild(db, ids)  # rows inserted past the services: their summaries at once
    return StaffWorld(tutor, admin, ids)
