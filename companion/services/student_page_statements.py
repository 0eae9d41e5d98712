"""The one statement each of a student's pages runs (the dashboard, the practice list).

Each is built once with bound parameters (compiled once, then cached): a UNION ALL of
same-shaped rows told apart by `kind`, each list already limited and ordered, with just the
columns the page shows (never a transcript's text, no counts nobody shows). Every row is
`kind, ord` and then the columns of _COLUMNS; services/student_pages.py reads them back
into records.
"""

from __future__ import annotations

from typing import Any

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

from companion.models import (
    Goal,
    KnowledgeState,
    MasteryEvent,
    Notification,
    Practice,
    ProductEvent,
    Transcript,
    TutoringSession,
)
from companion.services import events

ACTIVE_GOALS = 4
UNREAD_SHOWN = 3
HISTORY = 2000  # as knowledge.mastery_history
PRACTICE_SETS = 30
SESSION, GOAL, UNREAD, CONCEPT, HISTORY_ROW, PRACTICE_SET, SEEN = range(7)

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
DASHBOARD = union_all(
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
PRACTICE_PAGE = union_all(
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
