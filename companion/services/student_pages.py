"""What a student's own pages read on every visit: the dashboard and the practice list.

These are the hottest reads of the app (every open tab, every navigation, every live
refresh), so they are lean: Core selects of just the columns a page shows, built once with
bound parameters (compiled once, then cached), plain rows with attribute access instead of
ORM objects, no counts nobody shows and never a transcript's text. Access is checked like
in the full services (`require_view_student`); the rows keep the models' column names, so
the pages map them with the same code as ORM rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Row, bindparam, false, func, select
from sqlmodel import Session

from companion.models import (
    Goal,
    KnowledgeState,
    Notification,
    Practice,
    Transcript,
    TutoringSession,
    User,
)
from companion.services import events
from companion.services.access import require_view_student
from companion.services.knowledge import mastery_history
from companion.services.reviews import due_cutoff

RECENT_SESSIONS = 4
ACTIVE_GOALS = 4
UNREAD_SHOWN = 3
REVIEWS_LISTED = 50  # as reviews_due
PRACTICE_SESSIONS = 50
PRACTICE_SETS = 30

# SQLModel sets __table__ on table classes at runtime; its type stubs do not declare it.
_models: tuple[Any, ...] = (
    TutoringSession,
    Transcript,
    Goal,
    Notification,
    KnowledgeState,
    Practice,
)
_ts, _tr, _goal, _note, _ks, _pr = (m.__table__.c for m in _models)
_sid = bindparam("sid")
_limit = bindparam("limit")

_SESSIONS = (
    select(_ts.id, _ts.subject, _ts.date, _tr.status, _tr.stage, _tr.error)
    .join_from(_ts.id.table, _tr.session_id.table, _tr.session_id == _ts.id)
    .where(_ts.student_id == _sid)
    .order_by(_ts.date.desc(), _ts.id.desc())
    .limit(_limit)
)
_ACTIVE_GOALS = (
    select(_goal.id, _goal.title, _goal.subject, _goal.progress, _goal.status, _goal.target_date)
    .where(_goal.student_id == _sid, _goal.status == "active")
    .order_by(_goal.created_at.desc(), _goal.id.desc())
    .limit(ACTIVE_GOALS)
)
# The newest unread ones, each row carrying how many are unread in all (the window count
# is taken before LIMIT); no row means none unread.
_UNREAD = (
    select(_note.title, _note.message, func.count().over().label("unread"))
    .where(_note.student_id == _sid, _note.read == false())
    .order_by(_note.created_at.desc(), _note.id.desc())
    .limit(UNREAD_SHOWN)
)
_CONCEPTS = (
    select(_ks.concept_key, _ks.name, _ks.mastery, _ks.due_at)
    .where(_ks.student_id == _sid)
    .order_by(_ks.mastery, _ks.name)
)
_SETS = (
    select(
        _pr.id,
        _pr.session_id,
        _pr.status,
        _pr.difficulty,
        _pr.score,
        _pr.rationale.startswith("Daily review").label("daily"),
        func.json_array_length(_pr.problems).label("problems"),
    )
    .where(_pr.student_id == _sid)
    .order_by(_pr.id.desc())
    .limit(PRACTICE_SETS)
)


@dataclass
class DashboardRead:
    sessions: list[Row]  # id, subject, date, status, stage, error; newest first
    goals: list[Row]  # id, title, subject, progress, status, target_date; active, newest first
    unread: list[Row]  # title, message; newest first
    unread_count: int
    concepts: list[Row]  # concept_key, name, mastery, due_at; weakest first
    due: list[Row]  # the concepts due for review, most overdue first
    history: list[Row]  # concept_key, mastery, source, at; oldest first


@dataclass
class PracticePageRead:
    sessions: list[Row]  # id, subject, date, status; newest first
    sets: list[Row]  # id, session_id, status, difficulty, score, daily, problems; newest first
    concepts: list[Row]  # concept_key, name, mastery, due_at; weakest first


def _rows(db: Session, statement: Any, **params: Any) -> list[Row]:
    return list(db.connection().execute(statement, params).all())


def _due(concepts: list[Row], now: datetime) -> list[Row]:
    """reviews.due_states over rows already read: due before the end of today, most overdue
    first (SQLite hands back naive UTC datetimes)."""
    cutoff = due_cutoff(now)
    naive = cutoff.replace(tzinfo=None)
    due = [
        c
        for c in concepts
        if c.due_at is not None and c.due_at < (cutoff if c.due_at.tzinfo else naive)
    ]
    due.sort(key=lambda c: (c.due_at.replace(tzinfo=None) if c.due_at.tzinfo else c.due_at, c.name))
    return due[:REVIEWS_LISTED]


def dashboard_read(db: Session, *, actor: User, student_id: int, now: datetime) -> DashboardRead:
    """Everything /dashboard shows: recent sessions, active goals, unread notifications,
    concepts (weakest first) with the ones due for review, and the mastery history."""
    require_view_student(db, actor, student_id)
    unread = _rows(db, _UNREAD, sid=student_id)
    concepts = _rows(db, _CONCEPTS, sid=student_id)
    due = _due(concepts, now)
    events.record_seen(
        db,
        actor=actor,
        student_id=student_id,
        kind=events.REVIEW_DUE,
        ref_id=now.date().toordinal(),
        when=bool(due),
    )
    return DashboardRead(
        sessions=_rows(db, _SESSIONS, sid=student_id, limit=RECENT_SESSIONS),
        goals=_rows(db, _ACTIVE_GOALS, sid=student_id),
        unread=unread,
        unread_count=unread[0].unread if unread else 0,
        concepts=concepts,
        due=due,
        history=mastery_history(db, actor=actor, student_id=student_id),
    )


def practice_page_read(db: Session, *, actor: User, student_id: int) -> PracticePageRead:
    """What /practice shows: the sessions to practise from, the earlier sets (with their
    number of problems, not the problems), and the concepts to choose from."""
    require_view_student(db, actor, student_id)
    return PracticePageRead(
        sessions=_rows(db, _SESSIONS, sid=student_id, limit=PRACTICE_SESSIONS),
        sets=_rows(db, _SETS, sid=student_id),
        concepts=_rows(db, _CONCEPTS, sid=student_id),
    )
