"""Notification preferences: per kind in-app and/or email or off, quiet hours, a daily cap.

Every sender asks `delivery_plan` what to do; emails are queued with
`services/capped_email.email_queue`, which adds the one-click unsubscribe link made here (a
signed token, no sign-in) and counts the cap.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlmodel import Session, col, select

from companion.clock import utcnow
from companion.db import insert_ignoring_conflicts
from companion.models import NotificationPreference, User
from companion.services.access import require_act_as_student
from companion.services.errors import Invalid, NotFound
from companion.settings import get_settings

KINDS = ("daily_nudge", "analysis_ready", "practice_ready", "weekly_summary", "tutor_handoff")
KIND_LABELS = {
    "daily_nudge": "Daily nudge",
    "analysis_ready": "Session analysis ready",
    "practice_ready": "Practice set ready",
    "weekly_summary": "Weekly summary",
    "tutor_handoff": "Tutor hand-off",
}
CHANNELS = ("in_app", "email", "both", "off")
DEFAULTS = {
    "daily_nudge": "in_app",
    "analysis_ready": "in_app",
    "practice_ready": "in_app",
    "weekly_summary": "off",
    "tutor_handoff": "in_app",
}
# Notification.type -> preference kind; a type not listed is always shown in the app only.
TYPE_KIND = {
    "nudge": "daily_nudge",
    "analysis": "analysis_ready",
    "practice_ready": "practice_ready",
    "routing": "tutor_handoff",
}
MAX_CAP = 20
EMAIL_STOPPED = {"both": "in_app", "email": "off"}  # a channel once its email is unsubscribed
UNSUBSCRIBE_PATH = "/api/unsubscribe"
BAD_CHANNELS = "Choose in_app, email, both or off for each kind of notification."
BAD_TIMEZONE = "Choose a time zone like Europe/Paris or America/New_York."
BAD_QUIET = "Give quiet hours as HH:MM, both start and end (or neither)."
BAD_CAP = f"The daily email cap is a whole number from 0 to {MAX_CAP}."
BAD_UNSUBSCRIBE = "This unsubscribe link is not valid."


@dataclass(frozen=True)
class Preferences:
    """A student's choices, defaults filled in."""

    channels: dict[str, str] = field(default_factory=lambda: dict(DEFAULTS))
    timezone: str = "UTC"
    quiet_start: str | None = None
    quiet_end: str | None = None
    daily_cap: int = 3


@dataclass(frozen=True)
class Plan:
    """What one notification becomes: an in-app row, an email (sent no earlier than run_after)."""

    in_app: bool
    email: bool
    run_after: datetime | None = None


def preferences_view(row: NotificationPreference | None) -> Preferences:
    if row is None:
        return Preferences()
    channels = {k: row.channels.get(k, DEFAULTS[k]) for k in KINDS}
    return Preferences(channels, row.timezone, row.quiet_start, row.quiet_end, row.daily_cap)


def preferences_get(db: Session, *, actor: User, student_id: int) -> Preferences:
    """A student's notification choices (the student or an admin)."""
    require_act_as_student(db, actor, student_id)
    return preferences_view(db.get(NotificationPreference, student_id))


def _hhmm(value: object) -> str:
    try:
        return time.fromisoformat(str(value)).strftime("%H:%M")
    except ValueError as exc:
        raise Invalid(BAD_QUIET, details={"quiet_hours": BAD_QUIET}) from exc


def _checked(current: Preferences, changes: dict) -> Preferences:
    channels = {**current.channels, **(changes.get("channels") or {})}
    if set(channels) - set(KINDS) or set(channels.values()) - set(CHANNELS):
        raise Invalid(BAD_CHANNELS, details={"channels": BAD_CHANNELS})
    zone = str(changes.get("timezone", current.timezone))
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise Invalid(BAD_TIMEZONE, details={"timezone": BAD_TIMEZONE}) from exc
    start = changes.get("quiet_start", current.quiet_start)
    end = changes.get("quiet_end", current.quiet_end)
    if (start is None) != (end is None):
        raise Invalid(BAD_QUIET, details={"quiet_hours": BAD_QUIET})
    cap = changes.get("daily_cap", current.daily_cap)
    if type(cap) is not int or not 0 <= cap <= MAX_CAP:
        raise Invalid(BAD_CAP, details={"daily_cap": BAD_CAP})
    quiet_start, quiet_end = (_hhmm(start), _hhmm(end)) if start is not None else (None, None)
    return Preferences(channels, zone, quiet_start, quiet_end, cap)


def ensure_row(db: Session, student_id: int) -> None:
    # The defaults as a row, so the statements that follow can lock it or count on it.
    row = {"student_id": student_id, "channels": {}}
    stmt = insert_ignoring_conflicts(db, NotificationPreference, row, index_elements=["student_id"])
    db.execute(stmt)


def _locked_row(db: Session, student_id: int) -> NotificationPreference:
    """The student's row, made if absent and held until the transaction ends (the insert
    takes SQLite's write lock, FOR UPDATE the row's on PostgreSQL): changes made at once
    (a save, two one-click unsubscribes) never undo each other."""
    ensure_row(db, student_id)
    query = (
        select(NotificationPreference)
        .where(NotificationPreference.student_id == student_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    return db.exec(query).one()


def preferences_update(
    db: Session, *, actor: User, student_id: int, **changes: object
) -> Preferences:
    """Change some choices (channels, timezone, quiet_start/quiet_end, daily_cap); all or nothing."""
    require_act_as_student(db, actor, student_id)
    unknown = set(changes) - {"channels", "timezone", "quiet_start", "quiet_end", "daily_cap"}
    if unknown:
        raise Invalid(f"Unknown preference: {sorted(unknown)[0]}.")
    row = _locked_row(db, student_id)
    new = _checked(preferences_view(row), changes)
    row.channels, row.timezone, row.daily_cap = dict(new.channels), new.timezone, new.daily_cap
    row.quiet_start, row.quiet_end, row.updated_at = new.quiet_start, new.quiet_end, utcnow()
    db.flush()
    return new


def quiet_until(prefs: Preferences, now: datetime) -> datetime | None:
    """The end of the quiet hours `now` falls in (UTC), or None outside them."""
    if prefs.quiet_start is None or prefs.quiet_end is None:
        return None
    zone = ZoneInfo(prefs.timezone)
    local = now.astimezone(zone)
    start, end = time.fromisoformat(prefs.quiet_start), time.fromisoformat(prefs.quiet_end)
    t = local.time().replace(tzinfo=None)
    inside = start <= t < end if start <= end else (t >= start or t < end)
    if not inside:
        return None
    day = local.date() if t < end else local.date() + timedelta(days=1)
    return datetime.combine(day, end, tzinfo=zone).astimezone(now.tzinfo)


def delivery_plan(db: Session, *, student_id: int, type: str, now: datetime | None = None) -> Plan:
    """How a notification of this type reaches the student, by their choices."""
    kind = TYPE_KIND.get(type)
    if kind is None:
        return Plan(in_app=True, email=False)
    return plan_for(
        preferences_view(db.get(NotificationPreference, student_id)), kind, now or utcnow()
    )


def plan_for(prefs: Preferences, kind: str, now: datetime) -> Plan:
    """The plan for one kind under given preferences (bulk senders load them once)."""
    channel = prefs.channels.get(kind, DEFAULTS[kind])
    email = channel in ("email", "both")
    return Plan(
        in_app=channel in ("in_app", "both"),
        email=email,
        run_after=quiet_until(prefs, now) if email else None,
    )


def preferences_for(db: Session, student_ids: list[int]) -> dict[int, Preferences]:
    """Many students' preferences in one query (absent ones are the defaults)."""
    if not student_ids:
        return {}
    rows = db.exec(
        select(NotificationPreference).where(
            col(NotificationPreference.student_id).in_(student_ids)
        )
    ).all()
    found = {r.student_id: preferences_view(r) for r in rows}
    return {sid: found.get(sid, Preferences()) for sid in student_ids}


def _sign(payload: str) -> str:
    mac = hmac.new(get_settings().jwt_secret.encode(), payload.encode(), hashlib.sha256)
    return base64.urlsafe_b64encode(mac.digest()[:18]).decode()


def unsubscribe_token(student_id: int, kind: str) -> str:
    """A signed token that turns one kind of email off for one student, without sign-in."""
    payload = f"{int(student_id)}.{kind}"
    return f"{payload}.{_sign('unsubscribe:' + payload)}"


def unsubscribe_url(student_id: int, kind: str) -> str:
    """The one-click link every email carries."""
    return f"{get_settings().app_url}{UNSUBSCRIBE_PATH}?token={unsubscribe_token(student_id, kind)}"


def unsubscribe(db: Session, *, token: object) -> str:
    """Stop one kind of email for the token's student (in-app stays as chosen); the kind."""
    parts = token.split(".") if isinstance(token, str) and len(token) < 200 else []
    if len(parts) != 3 or not (parts[0].isascii() and parts[0].isdigit()) or parts[1] not in KINDS:
        raise Invalid(BAD_UNSUBSCRIBE)
    if not hmac.compare_digest(parts[2], _sign(f"unsubscribe:{parts[0]}.{parts[1]}")):
        raise Invalid(BAD_UNSUBSCRIBE)
    student_id, kind = int(parts[0]), parts[1]
    if db.get(User, student_id) is None:
        raise NotFound(BAD_UNSUBSCRIBE)
    row = _locked_row(db, student_id)
    channel = {**DEFAULTS, **row.channels}[kind]
    # Only email stops: "both" keeps the app, "in_app" and "off" stay (a second click too).
    row.channels = {**row.channels, kind: EMAIL_STOPPED.get(channel, channel)}
    row.updated_at = utcnow()
    db.flush()
    return kind
