"""More nudge kinds beside the daily one: each registered kind yields today's drafts and
the daily nudge job (jobs/cron.py) sends them, one nudge per student per day in all."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from companion.db import insert_ignoring_conflicts, rowcount
from companion.models import Notification
from companion.services.nudges import NUDGE_TYPE


@dataclass(frozen=True)
class NudgeDraft:
    """One nudge a registered kind wants sent today."""

    student_id: int
    message: str
    cta: str
    cta_label: str
    title: str = "A nudge for today"
    urgency: str = "low"


NudgeKind = Callable[[Session, datetime], Iterable[NudgeDraft]]
NUDGE_KINDS: dict[str, NudgeKind] = {}


def nudge_kind_register(type: str, find: NudgeKind) -> None:
    """Add a nudge kind (docs/extending.md): the daily job sends what `find(db, now)` yields."""
    if type == NUDGE_TYPE or type in NUDGE_KINDS:
        raise ValueError(f"nudge kind {type!r} is already registered")
    NUDGE_KINDS[type] = find


def nudges_send_kind(session: Session, *, type: str, now: datetime) -> int:
    """Send one registered kind's nudges; a student already nudged today (any kind) is skipped."""
    nudged = set(
        session.scalars(
            select(col(Notification.student_id)).where(
                col(Notification.type).in_([NUDGE_TYPE, *NUDGE_KINDS]),
                col(Notification.day) == now.date(),
            )
        )
    )
    rows = []
    for draft in NUDGE_KINDS[type](session, now):
        if draft.student_id in nudged:
            continue
        nudged.add(draft.student_id)
        rows.append(
            {
                "student_id": draft.student_id,
                "type": type,
                "title": draft.title[:200],
                "message": draft.message,
                "cta": draft.cta,
                "cta_label": draft.cta_label[:120],
                "urgency": draft.urgency,
                "read": False,
                "day": now.date(),
                "created_at": now,
            }
        )
    if not rows:
        return 0
    # The daily unique key (student, type, day) turns a rerun of the job into a no-op.
    return rowcount(session.execute(insert_ignoring_conflicts(session, Notification, rows)))
