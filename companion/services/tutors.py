"""What tutors see: their students with risk flags, and one student's full context."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import func
from sqlmodel import Session, select

from companion.clock import utcnow
from companion.models import (
    ChatMessage,
    Concept,
    Goal,
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
from companion.services.access import (
    is_tutor_of,
    require_admin,
    require_tutor,
    require_view_student,
)
from companion.services.errors import NotFound
from companion.services.rosters import roster_query
from companion.services.validation import page_args

MAX_CONTEXT_SESSIONS = 20
MAX_CONTEXT_REQUESTS = 50
ROSTER_SORTS = ("name", "sessions", "mastery", "last_active")


@dataclass
class StudentOverview:
    id: int
    name: str
    email: str
    grade: str
    sessions: int
    last_active: datetime | None
    avg_mastery: int | None
    open_requests: int
    flags: list[tuple[str, str]] = field(default_factory=list)  # (label, why)


@dataclass
class Roster:
    """One page of a tutor's students, with totals over all of them."""

    rows: list[StudentOverview]
    total: int
    flagged: int


def tutor_list(session: Session, *, actor: User) -> list[User]:
    """Active tutors (students pick one when they upload or book)."""
    return list(
        session.exec(
            select(User)
            .where(User.role == Role.tutor, User.is_active.is_(True))
            .order_by(User.name)
        ).all()
    )


def tutor_directory(session: Session, *, actor: User) -> list[dict]:
    """Active tutors as id and name; their email only for staff (students book through the app)."""
    staff = actor.role in (Role.tutor, Role.admin)
    return [
        {"id": t.id, "name": t.name, "email": t.email if staff else None}
        for t in tutor_list(session, actor=actor)
    ]


def _flags(row: Any, now: datetime) -> list[tuple[str, str]]:
    flags = []
    if row.sessions < 3:
        flags.append(("new", f"Only {row.sessions} session(s) so far"))
    if row.falling:
        flags.append(("falling", "Mastery dropped over the latest updates"))
    if row.requests:
        flags.append(("routing", f"{row.requests} open request(s) for a tutor"))
    last = row.last_active_at or row.created_at
    if last and now - last >= timedelta(days=7):
        flags.append(("inactive", f"Inactive for {(now - last).days} days"))
    return flags


def tutor_students(
    session: Session,
    *,
    actor: User,
    now: datetime | None = None,
    sort: str = "name",
    descending: bool = False,
    page: object = 1,
    limit: object = 50,
    count_flagged: bool = True,
) -> Roster:
    """The tutor's students (every student for an admin) with risk flags, one sorted page.

    One statement whatever the number of students: the figures come from each student's
    summary row (services/student_summary.py), sorting and paging happen in the database.
    `flagged` (how many students have a flag) is 0 when not `count_flagged`.
    """
    require_tutor(actor)
    p, n = page_args(page, limit)
    now = now or utcnow()
    scoped = actor.role != Role.admin
    query = roster_query(
        scoped,
        ROSTER_SORTS.index(sort) if sort in ROSTER_SORTS else 0,
        descending is True,
        count_flagged is True,
        session.get_bind().dialect.name == "postgresql",
    )
    params = {"week_ago": now - timedelta(days=7), "offset": (p - 1) * n, "limit": n}
    if scoped:
        params["tutor"] = actor.id
    rows = session.exec(query, params=params).all()
    items = [
        StudentOverview(
            id=r.id,
            name=r.name,
            email=r.email,
            grade=r.grade or "",
            sessions=r.sessions,
            last_active=r.last_active_at,
            avg_mastery=None if r.mastery is None else round(r.mastery),
            open_requests=r.requests,
            flags=_flags(r, now),
        )
        for r in rows
    ]
    total, flagged = (rows[0].total, rows[0].flagged) if rows else (0, 0)
    return Roster(items, total, int(flagged or 0))


def tutor_student_options(session: Session, *, actor: User) -> list[tuple[int, str]]:
    """(id, name) of the tutor's students (every student for an admin), by name."""
    require_tutor(actor)
    u = User.__table__.c
    query = select(u.id, u.name).where(u.role == Role.student).order_by(u.name, u.id)
    if actor.role != Role.admin:
        query = query.where(u.id.in_(_linked(cast(int, actor.id))))
    return [(r.id, r.name) for r in session.exec(query)]


def _linked(tutor_id: int) -> Any:
    return select(TutorStudent.student_id).where(TutorStudent.tutor_id == tutor_id)


def _context_sessions(session: Session, student_id: int) -> list[dict]:
    ts, tr, c = TutoringSession.__table__.c, Transcript.__table__.c, Concept.__table__.c
    rows = session.exec(
        select(ts.id, ts.subject, ts.date, tr.status, tr.summary, tr.topics)
        .join_from(TutoringSession.__table__, Transcript.__table__, tr.session_id == ts.id)
        .where(ts.student_id == student_id)
        .order_by(ts.date.desc(), ts.id.desc())
        .limit(MAX_CONTEXT_SESSIONS)
    ).all()
    names: dict[int, list[str]] = {r.id: [] for r in rows}
    if names:
        query = select(c.session_id, c.name).where(c.session_id.in_(list(names)))
        for sid, name in session.exec(query.order_by(c.session_id, c.id)):
            names[sid].append(name)
    return [
        {
            "id": r.id,
            "subject": r.subject,
            "date": r.date.isoformat(),
            "status": r.status,
            "summary": r.summary or "",
            "topics": r.topics,
            "concepts": names[r.id],
        }
        for r in rows
    ]


def _context_concepts(session: Session, student_id: int) -> list[dict]:
    ks, me = KnowledgeState.__table__.c, MasteryEvent.__table__.c
    ranked = (
        select(
            me.concept_key,
            me.mastery,
            func.row_number()
            .over(partition_by=me.concept_key, order_by=(me.at, me.id))
            .label("rn"),
        )
        .where(me.student_id == student_id)
        .subquery()
    )
    first = select(ranked.c.concept_key, ranked.c.mastery).where(ranked.c.rn == 1).subquery()
    rows = session.exec(
        select(ks.concept_key, ks.name, ks.subject, ks.mastery, ks.due_at, first.c.mastery)
        .outerjoin_from(KnowledgeState.__table__, first, first.c.concept_key == ks.concept_key)
        .where(ks.student_id == student_id)
        .order_by(ks.mastery, ks.id)
    ).all()
    return [
        {
            "key": key,
            "name": name,
            "subject": subject,
            "mastery": mastery,
            "trend": mastery - (mastery if start is None else start),
            "due_at": due.isoformat() if due else None,
        }
        for key, name, subject, mastery, due, start in rows
    ]


def _context_rest(session: Session, student_id: int) -> dict:
    g, p = Goal.__table__.c, Practice.__table__.c
    m, r = ChatMessage.__table__.c, RoutingDecision.__table__.c
    goals = session.exec(
        select(g.id, g.title, g.subject, g.progress, g.status)
        .where(g.student_id == student_id)
        .order_by(g.id)
    ).all()
    practice = session.exec(
        select(p.id, p.score, p.difficulty, p.submitted_at)
        .where(p.student_id == student_id, p.status == "submitted")
        .order_by(p.id.desc())
        .limit(10)
    ).all()
    chat = session.exec(
        select(func.substr(m.content, 1, 140))
        .where(m.student_id == student_id, m.role == "user")
        .order_by(m.id.desc())
        .limit(10)
    ).all()
    routing = session.exec(
        select(r.id, r.status, r.reason, r.urgency, r.topic, r.est_minutes, r.created_at)
        .where(r.student_id == student_id)
        .order_by(r.id.desc())
        .limit(MAX_CONTEXT_REQUESTS)
    ).all()
    return {
        "goals": [dict(x._mapping) for x in goals],
        "practice": [{**x._mapping, "submitted_at": _iso(x.submitted_at)} for x in practice],
        "chat_topics": list(chat),  # one column: sqlmodel gives scalars
        "routing": [{**x._mapping, "created_at": _iso(x.created_at)} for x in routing],
    }


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def student_context(session: Session, *, actor: User, student_id: int) -> dict:
    """Everything a tutor reads before a session, in one structure (tutors and admins only;
    a bounded number of statements whatever the history: no per-session query, no
    transcript text)."""
    require_tutor(actor)  # students, even about themselves: their pages show their own data
    require_view_student(session, actor, student_id)
    student = session.get_one(User, student_id)  # require_view_student found it
    return {
        "student": {
            "id": student.id,
            "name": student.name,
            "email": student.email,
            "grade": student.grade,
        },
        "sessions": _context_sessions(session, student_id),
        "concepts": _context_concepts(session, student_id),
        **_context_rest(session, student_id),
    }


def tutor_assign(session: Session, *, actor: User | None, tutor_id: int, student_id: int) -> None:
    """Let a tutor work with a student (admins, or the operator's CLI with actor None)."""
    if actor is not None:
        require_admin(actor)
    tutor, student = session.get(User, tutor_id), session.get(User, student_id)
    if tutor is None or tutor.role != Role.tutor or student is None or student.role != Role.student:
        raise NotFound("Pick an existing tutor and student.")
    tutor_link(session, tutor_id=tutor_id, student_id=student_id)
    session.flush()


def tutor_link(session: Session, *, tutor_id: int, student_id: int) -> None:
    """Link a tutor and a student unless they are linked already (the caller checked who
    may, and that both exist)."""
    if not is_tutor_of(session, tutor_id=tutor_id, student_id=student_id):
        session.add(TutorStudent(tutor_id=tutor_id, student_id=student_id))
