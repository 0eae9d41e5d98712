"""Goals, their progress, completion and the next-subject suggestions that follow."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, func, select

from companion.ai import get_provider
from companion.ai.schemas import SuggestionList
from companion.clock import utcnow
from companion.models import Goal, KnowledgeState, SubjectSuggestion, TutoringSession, User
from companion.services import events
from companion.services.access import (
    load_student_row,
    require_act_as_student,
    require_view_student,
)
from companion.services.errors import Invalid
from companion.services.notifications import notify
from companion.services.transitions import lock_row, transition
from companion.services.usage import usage_record
from companion.services.validation import date_field, page_args, text_field
from jobs.queue import enqueue

GOAL_COMPLETED_JOB = "goal.completed"
TARGET_IN_PAST = "Pick a target date that is today or later."
GOAL_CLOSED = "This goal is already closed."
SUGGESTION_ANSWERED = "This suggestion was already answered."


def _subject_mastery(session: Session, student_id: int, subject: str) -> int | None:
    avg = session.exec(
        select(func.avg(KnowledgeState.mastery)).where(
            KnowledgeState.student_id == student_id,
            func.lower(KnowledgeState.subject) == subject.lower(),
        )
    ).one()
    return None if avg is None else round(avg)


def goal_refresh_progress(session: Session, *, student_id: int) -> None:
    """Derive active goals' progress from the mastery of their subject's concepts."""
    goals = session.exec(
        select(Goal).where(Goal.student_id == student_id, Goal.status == "active")
    ).all()
    for goal in goals:
        mastery = _subject_mastery(session, student_id, goal.subject)
        if mastery is not None:
            goal.progress = mastery


def goal_create(
    session: Session,
    *,
    actor: User,
    student_id: int,
    subject: object,
    title: object,
    target_date: object = None,
    today: date | None = None,
) -> Goal:
    """A new active goal for the student."""
    require_act_as_student(session, actor, student_id)
    target = None if target_date in (None, "") else date_field(target_date, "target_date")
    if target is not None and target < (today or utcnow().date()):
        raise Invalid(TARGET_IN_PAST, details={"target_date": TARGET_IN_PAST})
    goal = Goal(
        student_id=student_id,
        subject=text_field(subject, "subject", max_len=120),
        title=text_field(title, "title", max_len=200),
        target_date=target,
    )
    session.add(goal)
    session.flush()
    goal.progress = _subject_mastery(session, student_id, goal.subject) or 0
    events.record_event(session, student_id=student_id, kind=events.GOAL_CREATED, ref_id=goal.id)
    return goal


def goal_list(
    session: Session,
    *,
    actor: User,
    student_id: int,
    status: str | None = None,
    page: object = 1,
    limit: object = 50,
) -> tuple[list[Goal], int]:
    """The student's goals, active first, then newest."""
    require_view_student(session, actor, student_id)
    p, n = page_args(page, limit)
    where = [Goal.student_id == student_id] + ([Goal.status == status] if status else [])
    total = session.exec(select(func.count()).select_from(Goal).where(*where)).one()
    rows = session.exec(
        select(Goal)
        .where(*where)
        .order_by(col(Goal.status) != "active", col(Goal.created_at).desc(), col(Goal.id).desc())
        .offset((p - 1) * n)
        .limit(n)
    ).all()
    return list(rows), total


def goal_complete(session: Session, *, actor: User, goal_id: object) -> Goal:
    """Complete a goal by hand and queue the next-subject suggestions."""
    goal = load_student_row(session, actor, Goal, goal_id, field="goal_id", act=True)
    transition(
        session,
        goal,
        expected="active",
        conflict=GOAL_CLOSED,
        status="completed",
        progress=100,
        completed_at=utcnow(),
    )
    enqueue(
        session,
        kind=GOAL_COMPLETED_JOB,
        payload={"goal_id": goal.id},
        idempotency_key=f"goal.completed:{goal.id}",
    )
    events.record_event(
        session, student_id=goal.student_id, kind=events.GOAL_COMPLETED, ref_id=goal.id
    )
    return goal


@dataclass(frozen=True)
class SuggestWork:
    """What the next-subject suggestions for a completed goal are written from."""

    goal_id: int
    completed_subject: str
    mastered_concepts: list[str]
    studied_subjects: list[str]


def _suggestions_of(session: Session, goal_id: int) -> list[SubjectSuggestion]:
    return list(
        session.exec(select(SubjectSuggestion).where(SubjectSuggestion.goal_id == goal_id)).all()
    )


def suggestions_begin(session: Session, *, goal_id: int) -> SuggestWork | None:
    """Read what the suggestions are written from; None when the goal is gone or has its
    suggestions already (the job; then end the transaction: writing may call an LLM)."""
    goal = session.get(Goal, goal_id)
    if goal is None or _suggestions_of(session, goal_id):
        return None
    mastered = session.exec(
        select(KnowledgeState.name).where(
            KnowledgeState.student_id == goal.student_id, KnowledgeState.mastery >= 70
        )
    ).all()
    studied = session.exec(
        select(TutoringSession.subject)
        .where(TutoringSession.student_id == goal.student_id)
        .distinct()
    ).all()
    return SuggestWork(goal_id, goal.subject, list(mastered), [*studied, goal.subject])


def suggestions_write(work: SuggestWork) -> SuggestionList:
    """The provider's suggestions (no database: run it outside any transaction)."""
    return get_provider().suggest_subjects(
        completed_subject=work.completed_subject,
        mastered_concepts=work.mastered_concepts,
        studied_subjects=work.studied_subjects,
    )


def suggestions_store(
    session: Session, *, work: SuggestWork, result: SuggestionList
) -> list[SubjectSuggestion]:
    """Store 5 suggestions for a completed goal and notify, once however many jobs race: the
    goal's lock makes a second store wait, then find the first one's suggestions."""
    if not lock_row(session, Goal, work.goal_id):
        return []
    goal = session.get(Goal, work.goal_id)
    existing = _suggestions_of(session, work.goal_id)
    if goal is None or existing:  # the lock above found the row; a gone goal has none
        return existing
    rows = [
        SubjectSuggestion(
            student_id=goal.student_id,
            goal_id=goal.id,
            subject=s.subject,
            description=s.description,
            relevance=s.relevance_score,
            value_proposition=s.value_proposition,
            related_concepts=s.related_concepts,
        )
        for s in result.suggestions[:5]
    ]
    session.add_all(rows)
    usage_record(
        session,
        student_id=goal.student_id,
        kind="suggestions",
        engine=result.engine,
        usage=result.usage,
    )
    notify(
        session,
        student_id=goal.student_id,
        type="suggestions",
        title=f"Goal done: {goal.title}",
        message=f"Well done on {goal.subject}! Here are {len(rows)} subjects that build on it.",
        cta="/suggestions",
        cta_label="See what's next",
    )
    return rows


def suggestion_list(
    session: Session,
    *,
    actor: User,
    student_id: int,
    status: str = "pending",
    goal_id: int | None = None,
) -> list[SubjectSuggestion]:
    """Suggestions, most relevant first."""
    require_view_student(session, actor, student_id)
    where = [SubjectSuggestion.student_id == student_id, SubjectSuggestion.status == status]
    if goal_id is not None:
        where.append(SubjectSuggestion.goal_id == goal_id)
    rows = list(
        session.exec(
            select(SubjectSuggestion)
            .where(*where)
            .order_by(col(SubjectSuggestion.relevance).desc(), col(SubjectSuggestion.id))
        ).all()
    )
    events.record_seen(
        session,
        actor=actor,
        student_id=student_id,
        kind=events.SUGGESTION_SHOWN,
        ref_id=(rows[0].goal_id or 0) if rows else 0,
        when=status == "pending" and bool(rows),
    )
    return rows


def _answer_suggestion(
    session: Session, actor: User, suggestion_id: object, status: str
) -> SubjectSuggestion:
    row = load_student_row(
        session, actor, SubjectSuggestion, suggestion_id, field="suggestion_id", act=True
    )
    transition(session, row, expected="pending", conflict=SUGGESTION_ANSWERED, status=status)
    return row


def suggestion_accept(session: Session, *, actor: User, suggestion_id: object) -> Goal:
    """Accept a suggestion: it becomes a new active goal (once, however often it is sent)."""
    row = _answer_suggestion(session, actor, suggestion_id, "accepted")
    events.record_event(
        session, student_id=row.student_id, kind=events.SUGGESTION_ACCEPTED, ref_id=row.id
    )
    return goal_create(
        session,
        actor=actor,
        student_id=row.student_id,
        subject=row.subject,
        title=f"Learn {row.subject}",
    )


def suggestion_dismiss(
    session: Session, *, actor: User, suggestion_id: object
) -> SubjectSuggestion:
    """Dismiss a suggestion."""
    return _answer_suggestion(session, actor, suggestion_id, "dismissed")
