"""Practice sets: request, generate (job) and read (submitting is in practice_submit.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import cast

from sqlalchemy import update
from sqlmodel import Session, col, func, select

from companion.ai import get_provider
from companion.ai.schemas import ConceptRef, Difficulty, PracticeSet
from companion.clock import utcnow
from companion.models import (
    Concept,
    Job,
    KnowledgeState,
    Practice,
    PracticeConcept,
    Transcript,
    TutoringSession,
    User,
)
from companion.services import events, messages
from companion.services.access import load_student_row, require_act_as_student, require_view_student
from companion.services.adaptive import Target, plan_difficulty, practice_mix, targets_for
from companion.services.errors import Conflict, Invalid, NotFound
from companion.services.notifications import notify
from companion.services.reviews import due_states
from companion.services.transitions import transition
from companion.services.usage import usage_record
from companion.services.validation import MAX_ID, choice_field, int_field, page_args
from jobs.queue import enqueue, requeue_dead

PRACTICE_JOB = "practice.generate"
DIFFICULTIES = ("easy", "medium", "hard")
NO_CONCEPTS = "There is nothing to practise yet: upload a session first, or pick concepts."
MAX_REVIEW = 10  # concepts (and problems) in a daily review set
NOTHING_DUE = "Nothing is due for review today. Well done!"
NOT_OPEN = "This practice set is not open for answers."
GENERATION_FAILED = "Writing this practice set failed. Ask for it again to retry."


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


def _concept_refs(session: Session, practice: Practice) -> list[ConceptRef]:
    links = session.exec(
        select(PracticeConcept).where(PracticeConcept.practice_id == practice.id)
    ).all()
    refs = []
    for link in links:
        state = session.exec(
            select(KnowledgeState).where(
                KnowledgeState.student_id == practice.student_id,
                KnowledgeState.concept_key == link.concept_key,
            )
        ).first()
        kb_id = None if link.concept_key.startswith("name:") else link.concept_key
        refs.append(
            ConceptRef(
                id=link.concept_key,
                name=link.name,
                kb_id=kb_id,
                subject=state.subject if state else "",
                mastery=state.mastery if state else 30,
            )
        )
    return refs


@dataclass(frozen=True)
class PracticeWork:
    """What writing one set needs, read before the (possibly slow) provider runs."""

    practice_id: int
    concepts: list[ConceptRef]
    difficulty: Difficulty
    count: int
    transcript: str


def practice_generate_begin(session: Session, *, practice_id: int) -> PracticeWork | None:
    """The inputs of a requested set's generation; None when there is nothing to write."""
    practice = session.get(Practice, practice_id)
    if practice is None or practice.status not in ("pending", "failed"):  # failed: a retry
        return None
    transcript = ""
    if practice.session_id:
        transcript = (
            session.exec(
                select(Transcript.content).where(Transcript.session_id == practice.session_id)
            ).first()
            or ""
        )
    return PracticeWork(
        practice_id=practice_id,
        concepts=_concept_refs(session, practice),
        difficulty=cast(Difficulty, practice.difficulty),
        count=(practice.answers or [{}])[0].get("count", 5),
        transcript=transcript,
    )


def practice_generate_write(work: PracticeWork) -> PracticeSet:
    """The provider writes the problems (no database: run it with no transaction open)."""
    return get_provider().generate_practice(
        work.concepts,
        difficulty=work.difficulty,
        count=work.count,
        transcript=work.transcript,
        seed=work.practice_id,
    )


def practice_generate_store(
    session: Session, *, practice_id: int, result: PracticeSet
) -> Practice | None:
    """Store a written set and notify, if it is still waiting for one (idempotent)."""
    practice = session.get(Practice, practice_id)
    if practice is None:  # deleted (with its account) while the provider wrote
        return None
    try:  # conditional: of two runs that both wrote a set, the first to store wins
        transition(
            session,
            practice,
            expected=("pending", "failed"),
            conflict=NOT_OPEN,
            problems=[p.model_dump() for p in result.problems],
            answers=[],
            status="ready",
            engine=result.engine,
        )
    except Conflict:  # another run of this job (its lease taken over) stored a set first
        return practice
    usage_record(
        session,
        student_id=practice.student_id,
        kind="practice",
        engine=result.engine,
        usage=result.usage,
    )
    notify(
        session,
        student_id=practice.student_id,
        type="practice_ready",
        title="Your practice set is ready",
        message=f"{len(result.problems)} {practice.difficulty} problems are waiting for you.",
        cta=f"/practice/{practice.id}",
        cta_label="Start practising",
    )
    return practice


def practice_generate_fail(session: Session, *, practice_id: int) -> None:
    """After the job's last attempt: the set shows as failed and the student is told."""
    practice = session.get(Practice, practice_id)
    if practice is None:
        return
    try:  # conditional: a set stored meanwhile by a late run stays ready
        transition(session, practice, expected="pending", conflict=NOT_OPEN, status="failed")
    except Conflict:
        return
    notify(
        session,
        student_id=practice.student_id,
        type="practice_ready",
        title="We couldn't write your practice set",
        message=GENERATION_FAILED,
        cta="/practice",
        cta_label="Try again",
        urgency="medium",
    )


def _owned(session: Session, actor: User, practice_id: object) -> Practice:
    return load_student_row(session, actor, Practice, practice_id, field="practice_id")


def practice_get(session: Session, *, actor: User, practice_id: object) -> Practice:
    """A practice set; answers and explanations stay hidden until it is submitted."""
    practice = _owned(session, actor, practice_id)
    events.record_seen(
        session,
        actor=actor,
        student_id=practice.student_id,
        kind=events.PRACTICE_STARTED,
        ref_id=cast(int, practice.id),
        when=practice.status == "ready",
    )
    if practice.status != "submitted":
        hidden = [{**p, "correctAnswer": "", "explanation": ""} for p in practice.problems]
        session.expunge(practice)
        practice.problems = hidden
    return practice


def practice_list(
    session: Session, *, actor: User, student_id: int, page: object = 1, limit: object = 20
) -> tuple[list[Practice], int]:
    """The student's practice sets, newest first."""
    require_view_student(session, actor, student_id)
    p, n = page_args(page, limit)
    where = Practice.student_id == student_id
    total = session.exec(select(func.count()).select_from(Practice).where(where)).one()
    rows = session.exec(
        select(Practice).where(where).order_by(col(Practice.id).desc()).offset((p - 1) * n).limit(n)
    ).all()
    return list(rows), total
