"""A student's progress: mastery per concept, goals, practice scores.

A hot read (dashboards poll it): Core selects only, no ORM objects, and ONE round trip on
PostgreSQL and SQLite alike: the three lists come back as one UNION ALL of same-shaped
rows, told apart by `kind` and already in order. (Measured on PostgreSQL against three
selects and against lists built as JSON by the database: json_build_object per row cost
the server more than it saved.)
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    BindParameter,
    Float,
    String,
    bindparam,
    cast,
    literal,
    literal_column,
    null,
    select,
    union_all,
)
from sqlmodel import Session

from companion.models import Goal, KnowledgeState, Practice, User
from companion.services.access import require_view_student

MAX_SCORES = 20  # the most recent submitted practice sets
CONCEPT, GOAL, SCORE = 0, 1, 2

# SQLModel sets __table__ on table classes at runtime; its type stubs do not declare it.
_tables: tuple[Any, ...] = (KnowledgeState, Goal, Practice)
_ks, _goal, _pr = (m.__table__.c for m in _tables)
_sid: BindParameter[Any] = bindparam("sid")


def _branch(kind: int, order: Any, num: Any, a: Any, b: Any, c: Any, score: Any, at: Any) -> Any:
    """One UNION branch: kind, sort key, an int, three texts, a score, a time."""
    columns = {"kind": literal(kind), "ord": order, "num": num, "a": a, "b": b, "c": c}
    return select(*(v.label(k) for k, v in {**columns, "score": score, "at": at}.items()))


# Typed NULLs so every branch's column types agree (PostgreSQL resolves UNION pairwise).
_NO_TEXT = cast(null(), String)
_NO_SCORE = cast(null(), Float)
_NO_AT = cast(null(), _pr.submitted_at.type)
_recent = (
    select(_pr.id, _pr.score, _pr.submitted_at)
    .where(_pr.student_id == _sid, _pr.status == "submitted")
    .order_by(_pr.id.desc())
    .limit(MAX_SCORES)
    .subquery()
)
_PROGRESS = union_all(
    _branch(
        CONCEPT,
        _ks.mastery,
        _ks.mastery,
        _ks.concept_key,
        _ks.name,
        _ks.subject,
        _NO_SCORE,
        _NO_AT,
    ).where(_ks.student_id == _sid),
    _branch(
        GOAL,
        _goal.id,
        _goal.progress,
        _goal.title,
        _goal.subject,
        _goal.status,
        _NO_SCORE,
        _NO_AT,
    ).where(_goal.student_id == _sid),
    _branch(
        SCORE,
        _recent.c.id,
        _recent.c.id,
        _NO_TEXT,
        _NO_TEXT,
        _NO_TEXT,
        _recent.c.score,
        _recent.c.submitted_at,
    ),
).order_by(literal_column("kind"), literal_column("ord"))


def _read(session: Session, student_id: int) -> tuple[list[dict], list[dict], list[dict]]:
    concepts: list[dict] = []
    goals: list[dict] = []
    scores: list[dict] = []
    rows = session.connection().execute(_PROGRESS, {"sid": student_id}).all()
    for kind, order, num, a, b, c, score, at in rows:
        if kind == CONCEPT:
            concepts.append({"key": a, "name": b, "subject": c, "mastery": num})
        elif kind == GOAL:
            goals.append({"id": order, "title": a, "subject": b, "progress": num, "status": c})
        else:
            scores.append({"id": num, "score": score, "at": at.isoformat() if at else None})
    return concepts, goals, scores


def progress_get(session: Session, *, actor: User, student_id: int) -> dict:
    """Mastery per concept (weakest first), goals and the last 20 practice scores (oldest
    first) in one read."""
    require_view_student(session, actor, student_id)  # students viewing themselves: no query
    concepts, goals, scores = _read(session, student_id)
    mastery = [c["mastery"] for c in concepts]
    return {
        "student_id": student_id,
        "average_mastery": round(sum(mastery) / len(mastery)) if mastery else None,
        "concepts": concepts,
        "goals": goals,
        "practice_scores": scores,
    }
