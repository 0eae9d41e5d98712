"""Nudges that learn: Thompson sampling over the wordings of each nudge situation.

Every wording ("arm", e.g. "away:1") has a Beta(1 + acted, 1 + sent - acted) posterior
read from the event log (a nudge is acted on when the student does the nudged thing
within 48 h; see companion/services/events.py). Each student gets the arm with the highest
sample, never the arm of their previous nudge (no message twice in a row). The choice
goes to the log as the nudge_sent event's `template`.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from datetime import datetime, timedelta

from sqlalchemy import func, insert, select
from sqlmodel import Session, col

from companion.ai.offline.nudges import TEMPLATES, nudge, situation_of
from companion.ai.schemas import Nudge, StudentActivity
from companion.models import Notification, ProductEvent, Role, User
from companion.services import events as ev
from companion.services.outcome_sql import EVENTS
from companion.services.outcome_tables import funnel

HISTORY_DAYS = 90


def arms_of(situation: str) -> list[str]:
    """The arm keys of one situation: "<situation>:<wording index>"."""
    return [f"{situation}:{i}" for i in range(len(TEMPLATES[situation]))]


def thompson_pick(
    arms: list[str],
    stats: Mapping[str, tuple[int, int]],
    rng: random.Random,
    last: str | None = None,
) -> str:
    """The arm with the highest Beta posterior sample; the student's last arm is left out
    when there is another."""
    allowed = [a for a in arms if a != last] or arms

    def sample(arm: str) -> float:
        sent, acted = stats.get(arm, (0, 0))
        return rng.betavariate(1 + acted, 1 + max(0, sent - acted))

    return max(allowed, key=sample)


def arm_stats(db: Session, *, now: datetime) -> dict[str, tuple[int, int]]:
    """(sent, acted on) per arm over the last HISTORY_DAYS, from the event log."""
    students = select(col(User.id)).where(col(User.role) == Role.student)
    rows = funnel(db, since=now - timedelta(days=HISTORY_DAYS), until=now, scope=students)
    return {r["template"]: (r["sent"], r["acted"]) for r in rows}


def last_arms(db: Session) -> dict[int, str]:
    """Each student's most recent nudge arm."""
    latest = (
        select(col(ProductEvent.student_id), func.max(col(ProductEvent.id)).label("id"))
        .where(col(ProductEvent.kind) == ev.NUDGE_SENT)
        .group_by(col(ProductEvent.student_id))
        .subquery()
    )
    rows = db.execute(
        select(col(ProductEvent.student_id), col(ProductEvent.data)).join(
            latest, latest.c.id == col(ProductEvent.id)
        )
    ).all()
    return {sid: (data or {}).get("template", "") for sid, data in rows}


class NudgeBandit:
    """One day's choices: posteriors read once, one pick per student, events recorded after."""

    def __init__(self, db: Session, *, now: datetime, seed: int | None = None) -> None:
        self.now, self.stats, self.last = now, arm_stats(db, now=now), last_arms(db)
        self.rng = random.Random(seed if seed is not None else now.toordinal())
        self.chosen: dict[int, str] = {}

    def pick(self, student_id: int, activity: StudentActivity, drafted: Nudge) -> Nudge:
        """The drafted nudge, reworded with the arm the bandit chose for this student."""
        situation = situation_of(activity)
        arm = thompson_pick(arms_of(situation), self.stats, self.rng, self.last.get(student_id))
        self.chosen[student_id] = arm
        chosen = nudge(activity, int(arm.rsplit(":", 1)[1]))
        return drafted.model_copy(update={"message": chosen.message})

    def record_sent(self, db: Session) -> int:
        """A nudge_sent event (with its arm) for each of today's nudges the bandit chose."""
        rows = db.execute(
            select(col(Notification.id), col(Notification.student_id)).where(
                col(Notification.type) == "nudge",
                col(Notification.day) == self.now.date(),
                col(Notification.created_at) == self.now,
            )
        ).all()
        events = [
            {"student_id": sid, "kind": ev.NUDGE_SENT, "ref_id": nid, "at": self.now,
             "data": {"template": self.chosen[sid]}}
            for nid, sid in rows
            if sid in self.chosen
        ]  # fmt: skip
        if events:
            db.execute(insert(EVENTS), events)  # core: no ORM bulk overhead
        return len(events)
