"""Emails under a student's preferences: one from the daily cap each, with the one-click
unsubscribe link (services/preferences.py) in the body and the List-Unsubscribe headers."""

from __future__ import annotations

from datetime import date, datetime
from typing import cast
from zoneinfo import ZoneInfo

from sqlalchemy import Table, case, or_, update
from sqlmodel import Session, select

from companion.clock import utcnow
from companion.models import Job, NotificationPreference, User
from companion.services.mail import mail_queue
from companion.services.preferences import (
    TYPE_KIND,
    Plan,
    Preferences,
    ensure_row,
    preferences_view,
    unsubscribe_url,
)
from companion.settings import get_settings

CAP_CHUNK = 5000  # ids per IN list (SQLite allows 32,766 parameters)
PREFS: Table = NotificationPreference.metadata.tables[NotificationPreference.__tablename__]


def caps_take(db: Session, day: date, student_ids: list[int]) -> set[int]:
    """One email each from these students' daily cap for `day` (their local day); the ids
    that had one left (a student without a preferences row has none: email is opt-in).

    One conditional UPDATE per chunk, so senders running at once for the same student can
    never take more than the cap between them; a cap of 0 sends nothing.
    """
    c = PREFS.c
    taken: set[int] = set()
    for i in range(0, len(student_ids), CAP_CHUNK):
        stmt = (
            update(PREFS)
            .where(c.student_id.in_(student_ids[i : i + CAP_CHUNK]), c.daily_cap > 0)
            .where(or_(c.email_day.is_(None), c.email_day != day, c.emails_sent < c.daily_cap))
            .values(
                emails_sent=case((c.email_day == day, c.emails_sent + 1), else_=1), email_day=day
            )
            .returning(c.student_id)
        )
        taken.update(db.scalars(stmt))
    return taken


def _take_from_cap(db: Session, student_id: int, day: date) -> bool:
    """Count one email against the student's cap for `day`; False when the cap is reached."""
    ensure_row(db, student_id)
    return student_id in caps_take(db, day, [student_id])


def email_with_unsubscribe(student_id: int, kind: str, text: str) -> tuple[str, str, dict]:
    """(link, body, headers) of an email about `kind`: its one-click unsubscribe link in the
    body and in the List-Unsubscribe headers."""
    link = unsubscribe_url(student_id, kind)
    body = f"{text}\n\n--\nStop these emails with one click: {link}\n"
    headers = {
        "List-Unsubscribe": f"<{link}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }
    return link, body, headers


def email_queue(
    db: Session,
    *,
    student: User,
    kind: str,
    subject: str,
    text: str,
    key: str,
    run_after: datetime | None = None,
    prefs: Preferences | None = None,
    html: str | None = None,
) -> bool:
    """Queue an email about `kind` with its unsubscribe link, unless today's cap is reached.

    `html`, when given, must already be escaped; "{unsubscribe}" in it becomes the link.
    """
    if db.exec(select(Job.id).where(Job.idempotency_key == key)).first() is not None:
        return False  # queued already (a retried sender): neither sent nor counted twice
    student_id = cast(int, student.id)  # a stored account
    prefs = prefs or preferences_view(db.get(NotificationPreference, student_id))
    when = run_after or utcnow()
    if not _take_from_cap(db, student_id, when.astimezone(ZoneInfo(prefs.timezone)).date()):
        return False
    link, body, headers = email_with_unsubscribe(student_id, kind, text)
    mail_queue(
        db,
        to=student.email,
        subject=subject,
        text=body,
        key=key,
        headers=headers,
        run_after=run_after,
        html=html.replace("{unsubscribe}", link) if html else None,
    )
    return True


def email_notification(
    db: Session,
    *,
    student_id: int,
    type: str,
    title: str,
    message: str,
    cta: str | None,
    plan: Plan,
    key: str,
    prefs: Preferences | None = None,
) -> bool:
    """The email twin of an in-app notification (queued; capped; with its unsubscribe link)."""
    student = db.get(User, student_id)
    if student is None or not student.is_active:
        return False
    link = f"\n\nOpen it: {get_settings().app_url}{cta}" if cta else ""
    return email_queue(
        db,
        student=student,
        kind=TYPE_KIND[type],
        subject=title,
        text=f"Hello {student.name},\n\n{message}{link}",
        key=key,
        run_after=plan.run_after,
        prefs=prefs,
    )
