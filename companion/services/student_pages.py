"""What a student's own pages read on every visit: the dashboard and the practice list.

These are the hottest reads of the app (every open tab, every navigation, every live
refresh), so each page is ONE statement, built once with bound parameters (compiled once,
then cached): a UNION ALL of same-shaped rows told apart by `kind`, each list already
limited and ordered, with just the columns the page shows (never a transcript's text, no
counts nobody shows), as in services/progress.py. Under load a statement costs the
backend about as much CPU as the rest of a UI event (docs/architecture.md, "How a click
travels"). The statements are built in services/student_page_statements.py; here access
is checked like in the full services, and the lists come back as plain records with the
models' column names, so pages map them with the same code as ORM rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, NamedTuple

from sqlmodel import Session

from companion.models import User
from companion.services import events
from companion.services.access import require_view_student
from companion.services.reviews import due_cutoff
from companion.services.student_page_statements import (
    CONCEPT,
    DASHBOARD,
    GOAL,
    HISTORY_ROW,
    PRACTICE_PAGE,
    PRACTICE_SET,
    SEEN,
    SESSION,
    UNREAD,
)

RECENT_SESSIONS = 4
REVIEWS_LISTED = 50  # as reviews.reviews_due
PRACTICE_SESSIONS = 50


class SessionRow(NamedTuple):
    id: int
    subject: str
    date: date
    status: str  # the transcript's
    stage: str
    error: str | None


class GoalRow(NamedTuple):
    id: int
    title: str
    subject: str
    progress: int
    status: str
    target_date: date | None


class UnreadRow(NamedTuple):
    title: str
    message: str


class ConceptRow(NamedTuple):
    concept_key: str
    name: str
    mastery: int
    due_at: datetime | None


class ChangeRow(NamedTuple):
    concept_key: str
    mastery: int
    source: str
    at: datetime


class SetRow(NamedTuple):
    id: int
    session_id: int | None
    status: str
    difficulty: str
    score: float | None
    daily: bool  # a daily review set
    problems: int  # how many (the problems themselves are not read)


@dataclass
class DashboardRead:
    sessions: list[SessionRow]  # newest first
    goals: list[GoalRow]  # active ones, newest first
    unread: list[UnreadRow]  # newest first
    unread_count: int
    concepts: list[ConceptRow]  # weakest first
    due: list[ConceptRow]  # due for review, most overdue first
    history: list[ChangeRow]  # oldest first


@dataclass
class PracticePageRead:
    sessions: list[SessionRow]  # newest first
    sets: list[SetRow]  # newest first
    concepts: list[ConceptRow]  # weakest first


def _read(db: Session, statement: Any, params: dict) -> dict[int, list[Any]]:
    """The statement's rows (kind, ord, then student_page_statements._COLUMNS) as records,
    grouped by kind (in the order they came)."""
    out: dict[int, list[Any]] = {k: [] for k in range(7)}
    for kind, _ord, n1, n2, n3, f, t1, t2, t3, t4, at, d in db.connection().execute(
        statement, params
    ):
        if kind == SESSION:
            out[kind].append(SessionRow(n1, t1, d, t2, t3, t4))
        elif kind == GOAL:
            out[kind].append(GoalRow(n1, t1, t2, n2, t3, d))
        elif kind == UNREAD:
            out[kind].append((UnreadRow(t1, t2), n1))
        elif kind == CONCEPT:
            out[kind].append(ConceptRow(t1, t2, n2, at))
        elif kind == HISTORY_ROW:
            out[kind].append(ChangeRow(t1, n2, t3, at))
        elif kind == SEEN:
            out[kind].append(True)
        else:
            out[kind].append(SetRow(n1, n3, t1, t2, f, t3 == "Daily review", n2 or 0))
    return out


def _due(concepts: list[ConceptRow], now: datetime) -> list[ConceptRow]:
    """reviews.due_states over rows already read: due before the end of today, most overdue
    first (SQLite hands back naive UTC datetimes)."""
    cutoff = due_cutoff(now)
    naive = cutoff.replace(tzinfo=None)
    due = [
        c
        for c in concepts
        if c.due_at is not None and c.due_at < (cutoff if c.due_at.tzinfo else naive)
    ]
    due.sort(key=lambda c: (c.due_at, c.name))
    return due[:REVIEWS_LISTED]


def dashboard_read(db: Session, *, actor: User, student_id: int, now: datetime) -> DashboardRead:
    """Everything /dashboard shows, in one statement: recent sessions, active goals, unread
    notifications, concepts (weakest first) with the ones due for review, mastery history."""
    require_view_student(db, actor, student_id)
    day = now.date().toordinal()
    params = {"sid": student_id, "sessions_limit": RECENT_SESSIONS, "day": day}
    rows = _read(db, DASHBOARD, params)
    concepts = rows[CONCEPT]
    due = _due(concepts, now)
    events.record_seen(
        db,
        actor=actor,
        student_id=student_id,
        kind=events.REVIEW_DUE,
        ref_id=day,
        when=bool(due) and not rows[SEEN],  # seen today already: nothing to look up
    )
    unread = rows[UNREAD]
    return DashboardRead(
        sessions=rows[SESSION],
        goals=rows[GOAL],
        unread=[note for note, _ in unread],
        unread_count=unread[0][1] if unread else 0,
        concepts=concepts,
        due=due,
        history=list(reversed(rows[HISTORY_ROW])),
    )


def practice_page_read(db: Session, *, actor: User, student_id: int) -> PracticePageRead:
    """What /practice shows, in one statement: the sessions to practise from, the earlier
    sets (with their number of problems, not the problems), the concepts to choose from."""
    require_view_student(db, actor, student_id)
    rows = _read(db, PRACTICE_PAGE, {"sid": student_id, "sessions_limit": PRACTICE_SESSIONS})
    return PracticePageRead(sessions=rows[SESSION], sets=rows[PRACTICE_SET], concepts=rows[CONCEPT])
