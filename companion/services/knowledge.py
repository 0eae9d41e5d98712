"""A student's knowledge per concept: Bayesian Knowledge Tracing, seeded by sessions.

BKT parameters (Corbett & Anderson 1995), chosen per difficulty of the evidence:
p_init 0.30 for a concept never seen; p_learn (chance to learn from one opportunity),
p_slip (a student who knows answers wrong), p_guess (one who doesn't answers right):
    easy   0.08 / 0.05 / 0.25   (easy items are guessable, rarely slipped)
    medium 0.07 / 0.10 / 0.20
    hard   0.06 / 0.15 / 0.10   (hard items are hard to guess, easier to slip)
A session's estimate seeds p_known (a first sighting takes it, later sessions move halfway);
every graded practice answer then updates it. p_learn stays below 0.09: after wrong answers the estimate settles just above
100 * p_learn (8.6 / 8.0 / 7.2), so a student who does not know a concept reads within
10 points of 0 rather than hovering higher. mastery = round(100 * p_known) is the number
shown everywhere; each change is kept as a MasteryEvent. The emission model also predicts
success: P(correct) = p_known (1 - p_slip) + (1 - p_known) p_guess (bkt_predict).
Each concept is also an FSRS card (services/reviews.py): seeding reviews it from the session.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Row, bindparam
from sqlalchemy import select as core_select
from sqlmodel import Session, col, select

from companion.ai.conceptkeys import name_key
from companion.clock import utcnow
from companion.db import insert_ignoring_conflicts, rowcount
from companion.models import KnowledgeState, MasteryEvent, User
from companion.services.access import require_view_student
from companion.services.reviews import card_review, rating_for_session
from companion.services.student_lock import student_lock
from companion.services.student_summary import summary_refresh

P_INIT = 0.30


@dataclass(frozen=True)
class BKTParams:
    p_learn: float
    p_slip: float
    p_guess: float


BKT = {
    "easy": BKTParams(p_learn=0.08, p_slip=0.05, p_guess=0.25),
    "medium": BKTParams(p_learn=0.07, p_slip=0.10, p_guess=0.20),
    "hard": BKTParams(p_learn=0.06, p_slip=0.15, p_guess=0.10),
}


def bkt_params(difficulty: str) -> BKTParams:
    """The parameters used for evidence of a difficulty (medium when unknown)."""
    return BKT.get(difficulty, BKT["medium"])


def bkt_predict(p_known: float, params: BKTParams) -> float:
    """P(correct answer) for a student who knows the skill with probability p_known."""
    return p_known * (1 - params.p_slip) + (1 - p_known) * params.p_guess


def bkt_update(p_known: float, correct: bool, params: BKTParams) -> float:
    """Posterior P(known) after one graded answer, then the learning transition."""
    if correct:
        hit = p_known * (1 - params.p_slip)
        posterior = hit / (hit + (1 - p_known) * params.p_guess)
    else:
        miss = p_known * params.p_slip
        posterior = miss / (miss + (1 - p_known) * (1 - params.p_guess))
    return posterior + (1 - posterior) * params.p_learn


def concept_key(name: str, kb_id: str | None = None) -> str:
    """The key a concept is tracked under: its KB id, else its stable name key (ai/conceptkeys)."""
    return kb_id or name_key(name)


def _state(
    session: Session, student_id: int, key: str, name: str, subject: str
) -> tuple[KnowledgeState, bool]:
    """The locked state row, created if absent; True when this call created it.

    Insert-if-absent plus a row lock: two analyses or submissions of the same student
    running at once neither collide on the unique key nor lose each other's update.
    """
    student_lock(session, student_id=student_id)
    created = (
        rowcount(
            session.execute(
                insert_ignoring_conflicts(
                    session,
                    KnowledgeState,
                    {
                        "student_id": student_id,
                        "concept_key": key,
                        "name": name,
                        "subject": subject,
                        "p_known": P_INIT,
                        "mastery": round(P_INIT * 100),
                        "card": {},
                        "attempts": 0,
                        "correct": 0,
                        "updated_at": utcnow(),
                    },
                )
            )
        )
        == 1
    )
    row = session.exec(
        select(KnowledgeState)
        .where(KnowledgeState.student_id == student_id, KnowledgeState.concept_key == key)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).one()
    return row, created


def _record(
    session: Session, row: KnowledgeState, p_known: float, source: str, now: datetime | None
) -> None:
    row.p_known = min(0.999, max(0.001, p_known))
    row.mastery = round(row.p_known * 100)
    row.updated_at = now or utcnow()
    session.add(
        MasteryEvent(
            student_id=row.student_id,
            concept_key=row.concept_key,
            mastery=row.mastery,
            source=source,
            at=row.updated_at,
        )
    )


def knowledge_seed(
    session: Session,
    *,
    student_id: int,
    key: str,
    name: str,
    subject: str,
    mastery: int,
    now: datetime | None = None,
    refresh: bool = True,
) -> KnowledgeState:
    """Fold a session's mastery estimate into the concept's state and review its card.

    `refresh=False` leaves the student's summary to the caller, who seeds several concepts
    and then calls `summary_refresh` once (an analysis store)."""
    row, created = _state(session, student_id, key, name, subject)
    evidence = mastery / 100
    # A first sighting takes the session's estimate; later sessions move it halfway.
    p = evidence if created else (row.p_known + evidence) / 2
    _record(session, row, p, "session", now)
    card_review(row, rating_for_session(mastery), now)
    if refresh:
        summary_refresh(session, student_id=student_id)
    return row


def knowledge_observe(
    session: Session,
    *,
    student_id: int,
    key: str,
    name: str,
    subject: str,
    correct: bool,
    difficulty: str,
    now: datetime | None = None,
    refresh: bool = True,
) -> tuple[int, int]:
    """Update a concept from one graded answer (BKT); returns (mastery before, after).

    `refresh=False` leaves the student's summary to the caller, who observes several
    answers and then calls `summary_refresh` once (a practice submit)."""
    row, _ = _state(session, student_id, key, name, subject)
    before = row.mastery
    row.attempts, row.correct = row.attempts + 1, row.correct + int(correct)
    _record(session, row, bkt_update(row.p_known, correct, bkt_params(difficulty)), "practice", now)
    if refresh:
        summary_refresh(session, student_id=student_id)
    return before, row.mastery


def knowledge_list(session: Session, *, actor: User, student_id: int) -> list[KnowledgeState]:
    """Every concept the student has met, weakest first."""
    require_view_student(session, actor, student_id)
    return list(
        session.exec(
            select(KnowledgeState)
            .where(KnowledgeState.student_id == student_id)
            .order_by(col(KnowledgeState.mastery), KnowledgeState.name)
        ).all()
    )


# The chart's columns only, as plain rows: the progress page reads this on every load, and
# building a MasteryEvent per change (up to 2,000) cost more than the query.
_me = cast(Any, MasteryEvent).__table__.c
_HISTORY = (
    core_select(_me.concept_key, _me.mastery, _me.source, _me.at)
    .where(_me.student_id == bindparam("sid"))
    .order_by(_me.at.desc())
    .limit(bindparam("n"))
)


def mastery_history(
    session: Session, *, actor: User, student_id: int, limit: int = 2000
) -> list[Row]:
    """Mastery changes over time, oldest first (charts): rows of concept_key, mastery,
    source and at, the newest `limit` of them."""
    require_view_student(session, actor, student_id)
    rows = session.connection().execute(_HISTORY, {"sid": student_id, "n": limit}).all()
    return list(reversed(rows))
