"""What a student's own pages read on every visit: the dashboard and the practice list.

These are the hottest reads of the app (every open tab, every navigation, every live
refresh), so each page is ONE statement, built once with bound parameters (compiled once,
then cached): a UNION ALL of same-shaped rows told apart by `kind`, each list already
limited and ordered, with just the columns the page shows (never a transcript's text, no
counts nobody shows), as in services/progress.py. Under load a statement costs the
backend about as much CPU as the rest of a UI event (docs/architecture.md, "How a click
travels"). Access is checked like in the full services; the lists come back
as plain records with the models' column names, so pages map them with the same code as
ORM rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, NamedTuple

from sqlalchemy import (
    BindParameter,
    Date,
    Float,
    Integer,
    String,
    bindparam,
    cast,
    false,
    func,
    literal,
    literal_column,
    null,
    select,
    union_all,
)
from sqlmodel import Session

from companion.models import (
    Goal,
    KnowledgeState,
    MasteryEvent,
    Notification,
    Practice,
    ProductEvent,
    Transcript,
    TutoringSession,
    User,
)
from companion.services import events
from companion.services.access import require_view_student
from companion.services.reviews import due_cutoff

RECENT_SESSIONS = 4
ACTIVE_GOALS = 4
UNREAD_SHOWN = 3
REVIEWS_LISTED = 50  # as reviews.reviews_due
HISTORY = 2000  # as knowledge.mastery_history
PRACTICE_SESSIONS = 50
PRACTICE_SETS = 30
SESSION, GOAL, UNREAD, CONCEPT, HISTORY_ROW, PRACTICE_SET, SEEN = range(7)


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


# SQLModel sets __table__ on table classes at runtime; its type stubs do not declare it.
_models: tuple[Any, ...] = (
    TutoringSession,
    Transcript,
    Goal,
    Notification,
    KnowledgeState,
    MasteryEvent,
    Practice,
    ProductEvent,
)
_ts, _tr, _goal, _note, _ks, _me, _pr, _ev = (m.__table__.c for m in _models)
_sid: BindParameter[Any] = bindparam("sid")
_sessions_limit: BindParameter[Any] = bindparam("sessions_limit")

# Every branch has the same columns; typed NULLs where a list has nothing to put
# (PostgreSQL resolves UNION column types pairwise).
_NO_INT, _NO_TEXT = cast(null(), Integer), cast(null(), String)
_COLUMNS = {
    "n1": _NO_INT,
    "n2": _NO_INT,
    "n3": _NO_INT,
    "f": cast(null(), Float),
    "t1": _NO_TEXT,
    "t2": _NO_TEXT,
    "t3": _NO_TEXT,
    "t4": _NO_TEXT,
    "at": cast(null(), _me.at.type),
    "d": cast(null(), Date),
}


def _branch(kind: int, source: Any, ord: Any = None, **names: str) -> Any:
    """One UNION branch over a limited, ordered subquery: kind, ord (the subquery's own
    rank unless given), then _COLUMNS, each the subquery's column named for it or NULL."""
    columns = [literal(kind).label("kind"), (source.c.ord if ord is None else ord).label("ord")]
    columns += [
        (source.c[names[slot]] if slot in names else none).label(slot)
        for slot, none in _COLUMNS.items()
    ]
    return select(*columns).select_from(source)


def _ranked(order: list[Any], *columns: Any) -> list[Any]:
    return [*columns, func.row_number().over(order_by=order).label("ord")]


def _listed(
    *columns: Any, order: list[Any], where: list[Any], limit: Any, source: Any = None
) -> Any:
    """A list a page shows, as a subquery: `columns` ranked by `order` (as `ord`), filtered,
    in that same order and cut at `limit` (one order for both, so ranks and rows agree)."""
    query = select(*_ranked(order, *columns))
    if source is not None:
        query = query.select_from(source)
    return query.where(*where).order_by(*order).limit(limit).subquery()


_sessions = _listed(
    _ts.id,
    _ts.subject,
    _ts.date,
    _tr.status,
    _tr.stage,
    _tr.error,
    order=[_ts.date.desc(), _ts.id.desc()],
    where=[_ts.student_id == _sid],
    limit=_sessions_limit,
    source=_ts.id.table.join(_tr.session_id.table, _tr.session_id == _ts.id),
)
_SESSION_BRANCH = _branch(
    SESSION, _sessions, n1="id", t1="subject", t2="status", t3="stage", t4="error", d="date"
)
_concepts = (
    select(*_ranked([_ks.mastery, _ks.name], _ks.concept_key, _ks.name, _ks.mastery, _ks.due_at))
    .where(_ks.student_id == _sid)
    .subquery()
)
_CONCEPT_BRANCH = _branch(
    CONCEPT, _concepts, n2="mastery", t1="concept_key", t2="name", at="due_at"
)
_goals = _listed(
    _goal.id,
    _goal.title,
    _goal.subject,
    _goal.progress,
    _goal.status,
    _goal.target_date,
    order=[_goal.created_at.desc(), _goal.id.desc()],
    where=[_goal.student_id == _sid, _goal.status == "active"],
    limit=ACTIVE_GOALS,
)
# The newest unread ones, each carrying how many are unread in all (the window count is
# taken before LIMIT); no row means none unread.
_unread = _listed(
    _note.title,
    _note.message,
    func.count().over().label("unread"),
    order=[_note.created_at.desc(), _note.id.desc()],
    where=[_note.student_id == _sid, _note.read == false()],
    limit=UNREAD_SHOWN,
)
_history = _listed(
    _me.concept_key,
    _me.mastery,
    _me.source,
    _me.at,
    order=[_me.at.desc()],
    where=[_me.student_id == _sid],
    limit=HISTORY,
)
_DASHBOARD = union_all(
    _SESSION_BRANCH,
    _branch(
        GOAL, _goals, n1="id", n2="progress", t1="title", t2="subject", t3="status", d="target_date"
    ),
    _branch(UNREAD, _unread, n1="unread", t1="title", t2="message"),
    _CONCEPT_BRANCH,
    _branch(HISTORY_ROW, _history, n2="mastery", t1="concept_key", t3="source", at="at"),
    # Whether today's due reviews were already seen (the first look is recorded once).
    _branch(
        SEEN,
        select(_ev.id)
        .where(
            _ev.student_id == _sid,
            _ev.kind == events.REVIEW_DUE,
            _ev.ref_id == bindparam("day"),
        )
        .limit(1)
        .subquery(),
        ord=literal(1),
    ),
).order_by(literal_column("kind"), literal_column("ord"))

_sets = _listed(
    _pr.id,
    _pr.session_id,
    _pr.status,
    _pr.difficulty,
    _pr.score,
    func.substr(_pr.rationale, 1, 12).label("lead"),
    func.json_array_length(_pr.problems).label("problems"),
    order=[_pr.id.desc()],
    where=[_pr.student_id == _sid],
    limit=PRACTICE_SETS,
)
_PRACTICE_PAGE = union_all(
    _SESSION_BRANCH,
    _branch(
        PRACTICE_SET,
        _sets,
        n1="id",
        n2="problems",
        n3="session_id",
        f="score",
        t1="status",
        t2="difficulty",
        t3="lead",
    ),
    _CONCEPT_BRANCH,
).order_by(literal_column("kind"), literal_column("ord"))


def _read(db: Session, statement: Any, params: dict) -> dict[int, list[Any]]:
    """The statement's rows as records, grouped by kind (in the order they came)."""
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
    rows = _read(db, _DASHBOARD, params)
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
    rows = _read(db, _PRACTICE_PAGE, {"sid": student_id, "sessions_limit": PRACTICE_SESSIONS})
    return PracticePageRead(sessions=rows[SESSION], sets=rows[PRACTICE_SET], concepts=rows[CONCEPT])
