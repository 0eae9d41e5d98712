"""Writing a requested practice set (the job): read its inputs, let the provider write the
problems with no transaction open, store the set once and tell the student; or mark it
failed after the job's last attempt."""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from sqlmodel import Session, select

from companion.ai import get_provider
from companion.ai.schemas import ConceptRef, Difficulty, PracticeSet
from companion.models import KnowledgeState, Practice, PracticeConcept, Transcript
from companion.services.errors import Conflict
from companion.services.notifications import notify
from companion.services.practice import NOT_OPEN
from companion.services.transitions import transition
from companion.services.usage import usage_record

GENERATION_FAILED = "Writing this practice set failed. Ask for it again to retry."


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
