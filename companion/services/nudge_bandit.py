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

from sqlmodel import Session

from companion.ai.offline.nudges import TEMPLATES, nudge, situation_of
from companion.ai.schemas import Nudge, StudentActivity
from companion.db import insert_many
from companion.services import events as ev
from companion.services.outcome_sql import EVENTS, scope_ids
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
    since = now - timedelta(days=HISTORY_DAYS)
    rows = funnel(db, since=since, until=now, scope=scope_ids(None))
    return {r["template"]: (r["sent"], r["acted"]) for r in rows}


class NudgeBandit:
    """One day's choices: posteriors read once, one pick per student, events recorded after."""

    def __init__(self, db: Session, *, now: datetime, seed: int | None = None) -> None:
        self.now, self.stats = now, arm_stats(db, now=now)
        self.rng = random.Random(seed if seed is not None else now.toordinal())
        self.chosen: dict[int, str] = {}

    def pick(self, student_id: int, activity: StudentActivity, last: str | None) -> Nudge:
        """The nudge for this student in the wording the bandit chose (`last`: the wording
        of the student's previous nudge, never chosen again when there is another)."""
        situation = situation_of(activity)
        arm = thompson_pick(arms_of(situation), self.stats, self.rng, last)
        self.chosen[student_id] = arm
        return nudge(activity, int(arm.rsplit(":", 1)[1]))

    def record_sent(self, db: Session, sent: list[tuple[int, int]]) -> int:
        """A nudge_sent event (with its arm) for each (notification id, student id) sent."""
        events = [
            {"student_id": sid, "kind": ev.NUDGE_SENT, "ref_id": nid, "at": self.now,
             "data": {"template": self.chosen[sid]}}
            for nid, sid in sent
            if sid in self.chosen
        ]  # fmt: skip
        insert_many(db, EVENTS, events)
        return len(events)
