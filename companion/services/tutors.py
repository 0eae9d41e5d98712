"""What tutors see: their students with risk flags, and one student's full context."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlmodel import Session, col, func, select

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
from companion.services.access import require_admin, require_tutor, require_view_student
from companion.services.errors import NotFound


@dataclass
class StudentOverview:
    student: User
    sessions: int
    last_active: datetime | None
    avg_mastery: int | None
    open_requests: int
    flags: list[tuple[str, str]] = field(default_factory=list)  # (label, why)


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


def _mastery_falling(session: Session, student_id: int) -> bool:
    recent = session.exec(
        select(MasteryEvent.mastery)
        .where(MasteryEvent.student_id == student_id)
        .order_by(col(MasteryEvent.at).desc())
        .limit(10)
    ).all()
    if len(recent) < 4:
        return False
    half = len(recent) // 2
    return sum(recent[:half]) / half < sum(recent[half:]) / (len(recent) - half) - 5


def _overview(session: Session, student: User, now: datetime) -> StudentOverview:
    count = session.exec(
        select(func.count())
        .select_from(TutoringSession)
        .where(TutoringSession.student_id == student.id)
    ).one()
    avg = session.exec(
        select(func.avg(KnowledgeState.mastery)).where(KnowledgeState.student_id == student.id)
    ).one()
    requests = session.exec(
        select(func.count())
        .select_from(RoutingDecision)
        .where(RoutingDecision.student_id == student.id, RoutingDecision.status == "open")
    ).one()
    item = StudentOverview(
        student=student,
        sessions=count,
        last_active=student.last_active_at,
        avg_mastery=None if avg is None else round(avg),
        open_requests=requests,
    )
    if count < 3:
        item.flags.append(("new", f"Only {count} session(s) so far"))
    if _mastery_falling(session, student.id):
        item.flags.append(("falling", "Mastery dropped over the latest updates"))
    if requests:
        item.flags.append(("routing", f"{requests} open request(s) for a tutor"))
    last = student.last_active_at or student.created_at
    if last and now - last >= timedelta(days=7):
        item.flags.append(("inactive", f"Inactive for {(now - last).days} days"))
    return item


def tutor_students(
    session: Session, *, actor: User, now: datetime | None = None
) -> list[StudentOverview]:
    """The tutor's students (every student for an admin) with risk flags."""
    require_tutor(actor)
    query = select(User).where(User.role == Role.student)
    if actor.role == Role.tutor:
        query = query.where(
            col(User.id).in_(
                select(TutorStudent.student_id).where(TutorStudent.tutor_id == actor.id)
            )
        )
    students = session.exec(query.order_by(User.name)).all()
    return [_overview(session, s, now or utcnow()) for s in students]


def student_context(session: Session, *, actor: User, student_id: int) -> dict:
    """Everything a tutor reads before a session, in one structure (tutors and admins only)."""
    require_tutor(actor)  # students, even about themselves: their pages show their own data
    require_view_student(session, actor, student_id)
    student = session.get(User, student_id)
    sessions = session.exec(
        select(TutoringSession, Transcript)
        .join(Transcript)
        .where(TutoringSession.student_id == student_id)
        .order_by(col(TutoringSession.date).desc())
        .limit(20)
    ).all()
    concepts = session.exec(
        select(KnowledgeState)
        .where(KnowledgeState.student_id == student_id)
        .order_by(col(KnowledgeState.mastery))
    ).all()
    history = session.exec(
        select(MasteryEvent)
        .where(MasteryEvent.student_id == student_id)
        .order_by(col(MasteryEvent.at))
    ).all()
    first: dict[str, int] = {}
    for event in history:
        first.setdefault(event.concept_key, event.mastery)
    return {
        "student": {
            "id": student.id,
            "name": student.name,
            "email": student.email,
            "grade": student.grade,
        },
        "sessions": [
            {
                "id": s.id,
                "subject": s.subject,
                "date": s.date.isoformat(),
                "status": t.status,
                "summary": t.summary or "",
                "topics": t.topics,
                "concepts": list(
                    session.exec(select(Concept.name).where(Concept.session_id == s.id)).all()
                ),
            }
            for s, t in sessions
        ],
        "concepts": [
            {
                "key": c.concept_key,
                "name": c.name,
                "subject": c.subject,
                "mastery": c.mastery,
                "trend": c.mastery - first.get(c.concept_key, c.mastery),
                "due_at": c.due_at.isoformat() if c.due_at else None,
            }
            for c in concepts
        ],
        "goals": [
            {
                "id": g.id,
                "title": g.title,
                "subject": g.subject,
                "progress": g.progress,
                "status": g.status,
            }
            for g in session.exec(select(Goal).where(Goal.student_id == student_id)).all()
        ],
        "practice": [
            {
                "id": p.id,
                "score": p.score,
                "difficulty": p.difficulty,
                "submitted_at": p.submitted_at.isoformat() if p.submitted_at else None,
            }
            for p in session.exec(
                select(Practice)
                .where(Practice.student_id == student_id, Practice.status == "submitted")
                .order_by(col(Practice.id).desc())
                .limit(10)
            ).all()
        ],
        "chat_topics": [
            m.content[:140]
            for m in session.exec(
                select(ChatMessage)
                .where(ChatMessage.student_id == student_id, ChatMessage.role == "user")
                .order_by(col(ChatMessage.id).desc())
                .limit(10)
            ).all()
        ],
        "routing": [
            {
                "id": r.id,
                "status": r.status,
                "reason": r.reason,
                "urgency": r.urgency,
                "topic": r.topic,
                "est_minutes": r.est_minutes,
                "created_at": r.created_at.isoformat(),
            }
            for r in session.exec(
                select(RoutingDecision)
                .where(RoutingDecision.student_id == student_id)
                .order_by(col(RoutingDecision.id).desc())
            ).all()
        ],
    }


def tutor_assign(session: Session, *, actor: User | None, tutor_id: int, student_id: int) -> None:
    """Let a tutor work with a student (admins, or the operator's CLI with actor None)."""
    if actor is not None:
        require_admin(actor)
    tutor, student = session.get(User, tutor_id), session.get(User, student_id)
    if tutor is None or tutor.role != Role.tutor or student is None or student.role != Role.student:
        raise NotFound("Pick an existing tutor and student.")
    linked = session.exec(
        select(TutorStudent.id).where(
            TutorStudent.tutor_id == tutor_id, TutorStudent.student_id == student_id
        )
    ).first()
    if linked is None:
        session.add(TutorStudent(tutor_id=tutor_id, student_id=student_id))
        session.flush()
