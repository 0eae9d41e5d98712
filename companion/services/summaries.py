"""The weekly summary (opt-in): sessions, concepts that moved, practice, goals, what next.

Sent by a weekly cron job to students whose `weekly_summary` choice is not off: as an email
(plain text and a phone-sized HTML part) and/or an in-app notification.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from html import escape
from typing import cast

from sqlalchemy import func
from sqlmodel import Session, col, select

from companion.db import insert_ignoring_conflicts
from companion.models import (
    Goal,
    KnowledgeState,
    MasteryEvent,
    Notification,
    NotificationPreference,
    Practice,
    Role,
    TutoringSession,
    User,
)
from companion.services.capped_email import email_queue
from companion.services.preferences import plan_for, preferences_for

WEEKLY_TYPE = "weekly_summary"
WEEK = timedelta(days=7)


@dataclass
class WeekSummary:
    """One student's last seven days."""

    sessions: list[str] = field(default_factory=list)  # "Algebra I on 2 Nov"
    moved: list[tuple[str, int | None, int]] = field(default_factory=list)  # name, before, now
    practice_done: int = 0
    average_score: int | None = None
    goals: list[tuple[str, int]] = field(default_factory=list)  # title, progress
    due: int = 0
    weakest: str | None = None

    def next_step(self) -> str:
        """One concrete thing to do next."""
        if self.due:
            return f"Review the {self.due} concept(s) due: a short practice set keeps them fresh."
        if self.weakest:
            return f"Practise {self.weakest}, your least secure concept."
        return "Upload your next tutoring session to get new practice."


def _moved(db: Session, student_id: int, since: datetime) -> list[tuple[str, int | None, int]]:
    keys = db.exec(
        select(MasteryEvent.concept_key)
        .where(MasteryEvent.student_id == student_id, MasteryEvent.at >= since)
        .distinct()
    ).all()
    moved = []
    for state in db.exec(
        select(KnowledgeState).where(
            KnowledgeState.student_id == student_id, col(KnowledgeState.concept_key).in_(keys)
        )
    ).all():
        before = db.exec(
            select(MasteryEvent.mastery)
            .where(
                MasteryEvent.student_id == student_id,
                MasteryEvent.concept_key == state.concept_key,
                MasteryEvent.at < since,
            )
            .order_by(col(MasteryEvent.at).desc())
        ).first()
        if before != state.mastery:
            moved.append((state.name, before, state.mastery))
    return sorted(moved, key=lambda m: -abs(m[2] - (m[1] or 0)))[:8]


def week_summary(db: Session, *, student_id: int, now: datetime) -> WeekSummary:
    """What a student did in the seven days before `now`."""
    since = now - WEEK
    sessions = db.exec(
        select(TutoringSession)
        .where(TutoringSession.student_id == student_id, TutoringSession.created_at >= since)
        .order_by(col(TutoringSession.date))
    ).all()
    done = select(func.count(), func.avg(Practice.score)).where(
        Practice.student_id == student_id, col(Practice.submitted_at) >= since
    )
    count, average = db.exec(done).one()
    goals = db.exec(
        select(Goal).where(Goal.student_id == student_id, Goal.status == "active")
    ).all()
    states = select(KnowledgeState).where(KnowledgeState.student_id == student_id)
    weakest = db.exec(states.order_by(col(KnowledgeState.mastery))).first()
    due = db.exec(
        select(func.count())
        .select_from(KnowledgeState)
        .where(KnowledgeState.student_id == student_id, col(KnowledgeState.due_at) <= now)
    ).one()
    return WeekSummary(
        sessions=[f"{s.subject} on {s.date.day} {s.date:%b}" for s in sessions],
        moved=_moved(db, student_id, since),
        practice_done=count,
        average_score=round(average) if average is not None else None,
        goals=[(g.title, g.progress) for g in goals],
        due=due,
        weakest=weakest.name if weakest else None,
    )


def _lines(s: WeekSummary) -> list[tuple[str, list[str]]]:
    def change(before: int | None, after: int) -> str:
        return f"new, now {after}%" if before is None else f"{before}% -> {after}%"

    practice = f"{s.practice_done} set(s) done" + (
        f", average score {s.average_score}%" if s.average_score is not None else ""
    )
    return [
        ("Sessions", s.sessions or ["No sessions this week."]),
        ("Concepts that moved", [f"{n}: {change(b, a)}" for n, b, a in s.moved] or ["None."]),
        ("Practice", [practice]),
        ("Goals", [f"{t}: {p}%" for t, p in s.goals] or ["No active goals."]),
        ("What to do next", [s.next_step()]),
    ]


def summary_text(s: WeekSummary, name: str, app_url: str) -> str:
    """The plain-text email."""
    parts = [f"Hello {name}, here is your week.", ""]
    for title, items in _lines(s):
        parts += [title.upper(), *[f"- {i}" for i in items], ""]
    return "\n".join([*parts, f"Open the app: {app_url}"])


def summary_html(s: WeekSummary, name: str, app_url: str) -> str:
    """The HTML email: one narrow column, large text, everything escaped."""
    blocks = "".join(
        f'<h2 style="font-size:18px;margin:20px 0 6px">{escape(title)}</h2><ul style="padding-left:20px;margin:0">'
        + "".join(f'<li style="margin:4px 0">{escape(i)}</li>' for i in items)
        + "</ul>"
        for title, items in _lines(s)
    )
    return (
        '<!doctype html><html><head><meta name="viewport" content="width=device-width,initial-scale=1">'
        '</head><body style="margin:0;padding:16px;font-family:sans-serif;font-size:16px;line-height:1.5">'
        f'<div style="max-width:560px;margin:0 auto"><p>Hello {escape(name)}, here is your week.</p>'
        f'{blocks}<p style="margin-top:24px"><a href="{escape(app_url)}">Open Study Companion</a></p>'
        '<p style="font-size:13px;color:#666">Don\'t want these? '
        '<a href="{unsubscribe}">Stop weekly summaries</a>.</p></div></body></html>'
    )


def _recipients(db: Session) -> list[User]:
    # The summary is opt-in: only students with a stored choice can have it on.
    return list(
        db.exec(
            select(User)
            .join(NotificationPreference, col(NotificationPreference.student_id) == col(User.id))
            .where(User.role == Role.student, col(User.is_active).is_(True))
        ).all()
    )


def weekly_summaries_send(db: Session, *, now: datetime, app_url: str) -> int:
    """Send this week's summaries as each student chose; returns how many students got one."""
    students = _recipients(db)
    prefs = preferences_for(db, [cast(int, u.id) for u in students])  # stored rows have ids
    sent = 0
    for user in students:
        user_id = cast(int, user.id)
        plan = plan_for(prefs[user_id], WEEKLY_TYPE, now)
        if not (plan.in_app or plan.email):
            continue
        summary = week_summary(db, student_id=user_id, now=now)
        if plan.email:
            email_queue(
                db,
                student=user,
                kind=WEEKLY_TYPE,
                subject="Your week in Study Companion",
                text=summary_text(summary, user.name, app_url),
                html=summary_html(summary, user.name, app_url),
                key=f"mail:weekly:{user.id}:{now:%G-W%V}",
                run_after=plan.run_after,
                prefs=prefs[user_id],
            )
        if plan.in_app:
            row = {
                "student_id": user.id,
                "type": WEEKLY_TYPE,
                "title": "Your week",
                "message": summary.next_step(),
                "cta": "/progress",
                "cta_label": "See your progress",
                "urgency": "low",
                "read": False,
                "day": now.date(),
                "created_at": now,
            }
            db.execute(insert_ignoring_conflicts(db, Notification, [row]))
        sent += 1
    return sent
