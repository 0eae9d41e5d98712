"""Spaced review with FSRS: every concept a student has met is a card.

The card lives as JSON in KnowledgeState.card and KnowledgeState.due_at mirrors its due date
for queries. The scheduler counts in days: no minute-long learning steps (a concept is reviewed
in a practice set, not flipped like a flashcard), no fuzz (schedules are reproducible), at most
180 days between reviews.

Ratings. A session that covers a concept is a review rated from the mastery estimated there
(below 50 Again, below 70 Hard, below 85 Good, else Easy). A practice answer is rated from
correctness and time: wrong -> Again, right but slow -> Hard, right -> Good, right and fast on an
easy problem -> Easy. Answers on one concept in one practice set are one sitting, so they make
one review, rated by the weakest answer.

A concept is due for review when its card is due by the end of the current (UTC) day.
"""

from __future__ import annotations

import math
from datetime import datetime, time, timedelta
from typing import cast

from fsrs import Card, Rating, Scheduler
from sqlmodel import Session, col, select

from companion.clock import utcnow
from companion.models import KnowledgeState, User
from companion.services import events
from companion.services.access import require_view_student
from companion.services.errors import Invalid

SCHEDULER = Scheduler(
    learning_steps=(), relearning_steps=(), maximum_interval=180, enable_fuzzing=False
)
SLOW_SECONDS = {"easy": 90.0, "medium": 180.0, "hard": 300.0}  # longer than this is "slow"
FAST_SECONDS = 30.0  # a right answer to an easy problem within this is "fast"
MAX_SECONDS = 24 * 3600.0
SESSION_RATINGS = ((50, Rating.Again), (70, Rating.Hard), (85, Rating.Good))


def rating_for_answer(*, correct: bool, difficulty: str, seconds: float | None = None) -> Rating:
    """The FSRS rating of one graded answer (time is optional)."""
    if not correct:
        return Rating.Again
    if seconds is None:
        return Rating.Good
    if seconds > SLOW_SECONDS.get(difficulty, SLOW_SECONDS["medium"]):
        return Rating.Hard
    if difficulty == "easy" and seconds <= FAST_SECONDS:
        return Rating.Easy
    return Rating.Good


def rating_for_session(mastery: int) -> Rating:
    """The FSRS rating of a session's mastery estimate for a concept."""
    for below, rating in SESSION_RATINGS:
        if mastery < below:
            return rating
    return Rating.Easy


def check_seconds(seconds: object, count: int) -> list[float | None]:
    """Validated per-answer times (None: not measured)."""
    if seconds is None:
        return [None] * count
    ok = (
        isinstance(seconds, list)
        and len(seconds) == count
        and all(
            isinstance(s, int | float)
            and not isinstance(s, bool)
            and math.isfinite(s)
            and 0 <= s <= MAX_SECONDS
            for s in seconds
        )
    )
    if not ok:
        message = f"Send one time in seconds (0-{MAX_SECONDS:.0f}) per problem ({count})."
        raise Invalid(message, details={"seconds": message})
    return [float(s) for s in cast(list[float], seconds)]


def card_of(row: KnowledgeState, now: datetime) -> Card:
    """The row's FSRS card; a new card (due now) when it has none yet."""
    if row.card:
        return Card.from_dict(row.card)  # type: ignore[arg-type]
    return Card(card_id=row.id or int(now.timestamp() * 1000), due=now)


def card_review(row: KnowledgeState, rating: Rating, now: datetime | None = None) -> datetime:
    """Review the concept's card; stores the card and mirrors due_at. Returns the due date."""
    now = now or utcnow()
    card, _ = SCHEDULER.review_card(card_of(row, now), rating, review_datetime=now)
    row.card, row.due_at = dict(card.to_dict()), card.due
    return card.due


def due_cutoff(now: datetime) -> datetime:
    """The end of now's UTC day: anything due before it is due today."""
    return datetime.combine(now.date() + timedelta(days=1), time(0), tzinfo=now.tzinfo)


def due_states(
    session: Session, *, student_id: int, now: datetime, limit: int = 50
) -> list[KnowledgeState]:
    """The student's concepts due for review, most overdue first (no permission check)."""
    return list(
        session.exec(
            select(KnowledgeState)
            .where(
                KnowledgeState.student_id == student_id,
                col(KnowledgeState.due_at).is_not(None),
                col(KnowledgeState.due_at) < due_cutoff(now),
            )
            .order_by(col(KnowledgeState.due_at), KnowledgeState.name)
            .limit(limit)
        ).all()
    )


def reviews_due(
    session: Session, *, actor: User, student_id: int, now: datetime | None = None
) -> list[KnowledgeState]:
    """The dashboard's "due for review" list: concepts due today, most overdue first."""
    require_view_student(session, actor, student_id)
    due = due_states(session, student_id=student_id, now=now or utcnow())
    events.record_seen(
        session,
        actor=actor,
        student_id=student_id,
        kind=events.REVIEW_DUE,
        ref_id=(now or utcnow()).date().toordinal(),
        when=bool(due),
    )
    return due


def concepts_review(
    session: Session, *, student_id: int, ratings: dict[str, Rating], now: datetime | None = None
) -> None:
    """Review each rated concept's card once (one practice set is one sitting)."""
    if not ratings:
        return
    rows = session.exec(
        select(KnowledgeState).where(
            KnowledgeState.student_id == student_id,
            col(KnowledgeState.concept_key).in_(list(ratings)),
        )
    ).all()
    if any(r.due_at is not None and r.due_at < due_cutoff(now or utcnow()) for r in rows):
        events.record_event(session, student_id=student_id, kind=events.REVIEW_DONE, now=now)
    for row in rows:
        card_review(row, ratings[row.concept_key], now)
