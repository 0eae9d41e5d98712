"""Asking for a practice set: what to practise, how hard, and the generation job queued.

A request is checked and its concepts chosen here; the set is written later by the job
(practice_generation.py), read through practice.py and submitted through practice_submit.py.
"""

from __future__ import annotations

from datetime import datetime
from typing import cast

from sqlalchemy import update
from sqlmodel import Session, col, select

from companion.clock import utcnow
from companion.models import (
    Concept,
    Job,
    KnowledgeState,
    Practice,
    PracticeConcept,
    TutoringSession,
    User,
)
from companion.services import events, messages
from companion.services.access import require_act_as_student
from companion.services.adaptive import Target, plan_difficulty, practice_mix, targets_for
from companion.services.errors import Conflict, Invalid, NotFound
from companion.services.reviews import due_states
from companion.services.validation import MAX_ID, choice_field, int_field
from jobs.queue import enqueue, requeue_dead

PRACTICE_JOB = "practice.generate"
DIFFICULTIES = ("easy", "medium", "hard")
NO_CONCEPTS = "There is nothing to practise yet: upload a session first, or pick concepts."
MAX_REVIEW = 10  # concepts (and problems) in a daily review set
NOTHING_DUE = "Nothing is due for review today. Well done!"


def _session_id(session: Session, student_id: int, session_id: object) -> int | None:
    if session_id in (None, ""):
        return None
    sid = int_field(session_id, "session_id", lo=1, hi=MAX_ID)
    owner = session.get(TutoringSession, sid)
    if owner is None or owner.student_id != student_id:
        raise NotFound(messages.NOT_FOUND)
    return sid


def _keys(concept_keys: object) -> list[str]:
    keys = concept_keys or []
    if not isinstance(keys, list) or not all(isinstance(k, str) for k in keys) or len(keys) > 20:
        raise Invalid(
            "concept_keys must be a list of up to 20 concept ids.",
            details={"concept_keys": "list of strings"},
        )
    return keys


def _targets(
    session: Session,
    student_id: int,
    session_id: int | None,
    concept_keys: list[str],
    now: datetime,
) -> list[Target]:
    if session_id is None and not concept_keys:
        return practice_mix(session, student_id=student_id, now=now)
    if session_id is not None:
        rows = session.exec(
            select(Concept.concept_key, Concept.name, Concept.mastery)
            .where(Concept.session_id == session_id)
            .order_by(col(Concept.mastery))
        ).all()
    else:
        rows = session.exec(
            select(KnowledgeState.concept_key, KnowledgeState.name, KnowledgeState.mastery)
            .where(
                KnowledgeState.student_id == student_id,
                col(KnowledgeState.concept_key).in_(concept_keys),
            )
            .order_by(col(KnowledgeState.mastery))
            .limit(5)
        ).all()
    names: dict[str, str] = {}
    for key, name, _ in rows:
        names.setdefault(key, name)
    return targets_for(
        session,
        student_id=student_id,
        concepts=list(names.items()),
        fallback={k: m / 100 for k, _, m in rows},
    )


def _create(
    session: Session,
    *,
    student_id: int,
    session_id: int | None,
    targets: list[Target],
    plan: tuple[str, str],
    count: int,
    job_key: str | None = None,
) -> Practice:
    practice = Practice(
        student_id=student_id,
        session_id=session_id,
        difficulty=plan[0],
        rationale=plan[1],
        problems=[],
        status="pending",
    )
    practice.answers = [{"count": count}]
    session.add(practice)
    session.flush()
    assert practice.id is not None  # flushed
    job = enqueue(
        session,
        kind=PRACTICE_JOB,
        payload={"practice_id": practice.id},
        idempotency_key=job_key or f"practice:{practice.id}",
    )
    if job.payload.get("practice_id") != practice.id:  # another process won the same key
        session.delete(practice)
        session.flush()
        return session.get_one(Practice, job.payload["practice_id"])
    session.add_all(
        PracticeConcept(practice_id=practice.id, concept_key=t.key, name=t.name) for t in targets
    )
    events.record_event(
        session, student_id=student_id, kind=events.PRACTICE_ASSIGNED, ref_id=practice.id
    )
    return practice


def practice_request(
    session: Session,
    *,
    actor: User,
    student_id: int,
    session_id: object = None,
    concept_keys: object = None,
    difficulty: object = "medium",
    count: object = 5,
    now: datetime | None = None,
) -> Practice:
    """Ask for a practice set (generated in the background); difficulty "auto" adapts."""
    require_act_as_student(session, actor, student_id)
    sid = _session_id(session, student_id, session_id)
    keys = _keys(concept_keys)
    requested = choice_field(difficulty, "difficulty", (*DIFFICULTIES, "auto"))
    number = int_field(count, "count", lo=1, hi=20)
    targets = _targets(session, student_id, sid, keys, now or utcnow())
    if not targets:
        raise Invalid(NO_CONCEPTS, details={"concepts": NO_CONCEPTS})
    return _create(
        session,
        student_id=student_id,
        session_id=sid,
        targets=targets,
        plan=plan_difficulty(targets, requested),
        count=number,
    )


def practice_request_review(
    session: Session, *, actor: User, student_id: int, now: datetime | None = None
) -> Practice:
    """Today's review set from the concepts due for review; one per student per day."""
    require_act_as_student(session, actor, student_id)
    now = now or utcnow()
    job_key = f"practice.review:{student_id}:{now.date().isoformat()}"
    job = session.exec(select(Job).where(Job.idempotency_key == job_key)).first()
    if job is not None and (today := session.get(Practice, job.payload["practice_id"])):
        return _retried_if_failed(session, today, job)
    due = due_states(session, student_id=student_id, now=now, limit=MAX_REVIEW)
    if not due:
        raise Conflict(NOTHING_DUE)
    targets = [Target(key=r.concept_key, name=r.name, p_known=r.p_known, due=True) for r in due]
    difficulty, why = plan_difficulty(targets, "auto")
    return _create(
        session,
        student_id=student_id,
        session_id=None,
        targets=targets,
        plan=(difficulty, f"Daily review. {why}"),
        count=min(MAX_REVIEW, max(3, len(due))),
        job_key=job_key,
    )


def _retried_if_failed(session: Session, practice: Practice, job: Job) -> Practice:
    """Today's set again; if its generation failed, generate it again (the same set)."""
    stuck = practice.status == "pending" and job.status == "dead"  # the dead hook never ran
    if practice.status != "failed" and not stuck:
        return practice
    requeue_dead(session, cast(int, job.id))  # conditional: of two retries at once, one requeues
    session.execute(
        update(Practice)
        .where(col(Practice.id) == practice.id, col(Practice.status).in_(("failed", "pending")))
        .values(status="pending")
        .execution_options(synchronize_session=False)
    )
    session.refresh(practice)
    return practice
