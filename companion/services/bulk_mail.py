"""Emails to many students in a few statements, by email_queue's rules: a message whose key
is queued already is skipped, each student's daily cap is taken by one conditional UPDATE per
local day (never past the cap, even with another sender at the same time), and the jobs go in
with one executemany. For senders that mail thousands at once (the daily nudge)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlmodel import Session, col

from companion.models import Job
from companion.services.capped_email import caps_take, email_with_unsubscribe
from companion.services.mail import MAIL_KIND, mail_payload
from companion.settings import get_settings
from jobs.queue import enqueue_many

CHUNK = 5000  # ids per IN list (SQLite allows 32,766 parameters)


@dataclass(frozen=True)
class Mail:
    """One student's email about a preference kind (the student has a preferences row:
    email is opt-in)."""

    student_id: int
    to: str
    name: str
    kind: str
    subject: str
    message: str
    cta: str | None
    key: str
    run_after: datetime | None
    day: date  # the student's local day of sending: the day the cap counts


def _queued_keys(db: Session, keys: list[str]) -> set[str]:
    found: set[str] = set()
    for i in range(0, len(keys), CHUNK):
        chunk = keys[i : i + CHUNK]
        found.update(
            db.scalars(select(col(Job.idempotency_key)).where(col(Job.idempotency_key).in_(chunk)))
        )
    return found


def mails_queue(db: Session, mails: list[Mail]) -> set[int]:
    """Queue these emails (each with its unsubscribe link); the ids of the students whose
    email was queued."""
    queued = _queued_keys(db, [m.key for m in mails])
    by_day: dict[date, list[int]] = defaultdict(list)
    for m in mails:
        if m.key not in queued:
            by_day[m.day].append(m.student_id)
    allowed = {sid for day, ids in by_day.items() for sid in caps_take(db, day, ids)}
    app_url, jobs = get_settings().app_url, []
    for m in mails:
        if m.student_id not in allowed or m.key in queued:
            continue
        link = f"\n\nOpen it: {app_url}{m.cta}" if m.cta else ""
        text = f"Hello {m.name},\n\n{m.message}{link}"
        _, body, headers = email_with_unsubscribe(m.student_id, m.kind, text)
        payload = mail_payload(to=m.to, subject=m.subject, text=body, headers=headers)
        jobs.append((MAIL_KIND, payload, m.key, m.run_after))
    enqueue_many(db, jobs)
    return {m.student_id for m in mails if m.student_id in allowed and m.key not in queued}
