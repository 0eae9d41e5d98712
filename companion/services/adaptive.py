"""Adaptive practice: which concepts go into a set, at which difficulty, and why.

A generated set mixes concepts due for review (FSRS) with the student's weakest concepts. The
difficulty aims at 70-85% expected success: for each difficulty the BKT emission model predicts
P(correct) = p_known (1 - p_slip) + (1 - p_known) p_guess with that difficulty's parameters, and
the difficulty whose prediction is closest to 0.775 wins (p_known averaged over the set's
concepts). With the parameters of services/knowledge.py that means easy below mastery ~79,
medium up to ~86, hard above. The choice is explained in one line (Practice.rationale).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from companion.models import KnowledgeState
from companion.services.knowledge import BKT, P_INIT, bkt_params, bkt_predict
from companion.services.reviews import due_states

TARGET_SUCCESS = 0.775
LOW_SUCCESS, HIGH_SUCCESS = 0.70, 0.85
REVIEW_SHARE = 2  # at most this many due reviews in a 5-concept set; weak concepts fill the rest
MAX_RATIONALE = 300


@dataclass(frozen=True)
class Target:
    key: str
    name: str
    p_known: float
    due: bool = False


def predicted_success(p_known: float, difficulty: str) -> float:
    """Expected share of right answers at a difficulty (BKT emission model)."""
    return bkt_predict(p_known, bkt_params(difficulty))


def choose_difficulty(p_known: float) -> str:
    """The difficulty whose predicted success is closest to the 0.775 target."""
    return min(BKT, key=lambda d: abs(predicted_success(p_known, d) - TARGET_SUCCESS))


def _target(row: KnowledgeState, due: bool) -> Target:
    return Target(key=row.concept_key, name=row.name, p_known=row.p_known, due=due)


def practice_mix(
    session: Session, *, student_id: int, now: datetime, limit: int = 5
) -> list[Target]:
    """Due reviews (most overdue first, up to REVIEW_SHARE) then the weakest concepts."""
    due = [
        _target(r, True) for r in due_states(session, student_id=student_id, now=now, limit=limit)
    ]
    weak = session.exec(
        select(KnowledgeState)
        .where(KnowledgeState.student_id == student_id)
        .order_by(col(KnowledgeState.mastery), KnowledgeState.name)
        .limit(limit + len(due))
    ).all()
    due_keys = {t.key for t in due}
    ordered = due[:REVIEW_SHARE] + [_target(r, r.concept_key in due_keys) for r in weak] + due
    by_key: dict[str, Target] = {}
    for target in ordered:
        by_key.setdefault(target.key, target)
    return list(by_key.values())[:limit]


def targets_for(
    session: Session,
    *,
    student_id: int,
    concepts: list[tuple[str, str]],
    fallback: dict[str, float] | None = None,
) -> list[Target]:
    """Targets for chosen concepts, with the student's p_known (else the fallback, else P_INIT)."""
    known = dict(
        session.exec(
            select(KnowledgeState.concept_key, KnowledgeState.p_known).where(
                KnowledgeState.student_id == student_id,
                col(KnowledgeState.concept_key).in_([k for k, _ in concepts]),
            )
        ).all()
    )
    fallback = fallback or {}
    return [
        Target(key=k, name=n, p_known=known.get(k, fallback.get(k, P_INIT))) for k, n in concepts
    ]


def _where(targets: list[Target], mastery: int) -> str:
    names = [t.name for t in targets]
    if len(names) == 1:
        return f"you're at {mastery} on {names[0]}"
    shown = ", ".join(names[:2]) + (f" and {len(names) - 2} more" if len(names) > 2 else "")
    return f"you're at {mastery} on average across {shown}"


def _feel(success: float) -> str:
    if success < LOW_SUCCESS:
        return "so these build your footing before harder ones"
    if success > HIGH_SUCCESS:
        return "so these should go smoothly and keep it fresh"
    return "so these should feel challenging but doable"


def rationale(targets: list[Target], difficulty: str, *, chosen: bool = True) -> str:
    """One line explaining the difficulty (and the review share) of a set."""
    p = sum(t.p_known for t in targets) / max(1, len(targets))
    success = predicted_success(p, difficulty)
    where = _where(targets, round(p * 100))
    if chosen:
        line = f"{difficulty.capitalize()} problems: {where}, {_feel(success)}."
    else:
        line = (
            f"{difficulty.capitalize()} problems, as you asked: {where}, "
            f"so expect about {round(success * 100)}% right."
        )
    reviews = sum(t.due for t in targets)
    if reviews:
        line += f" {reviews} of {len(targets)} concepts are due for review."
    return line[:MAX_RATIONALE]


def plan_difficulty(targets: list[Target], requested: str) -> tuple[str, str]:
    """(difficulty, rationale): "auto" picks from mastery; an explicit choice is kept."""
    if requested != "auto":
        return requested, rationale(targets, requested, chosen=False)
    p = sum(t.p_known for t in targets) / max(1, len(targets))
    difficulty = choose_difficulty(p)
    return difficulty, rationale(targets, difficulty)
