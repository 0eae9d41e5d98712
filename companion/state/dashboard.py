"""/dashboard: the next best step, reviews due, today's focus, goals, sessions, mastery over time."""

from __future__ import annotations

import asyncio
import dataclasses
from datetime import UTC, datetime

import reflex as rx

from companion import routes
from companion.clock import utcnow
from companion.db import session_scope
from companion.models import KnowledgeState
from companion.services.errors import DomainError, Forbidden, Unauthorized
from companion.services.goals import goal_list
from companion.services.knowledge import knowledge_list, mastery_history
from companion.services.notifications import notification_list
from companion.services.practice import practice_request_review
from companion.services.reviews import reviews_due
from companion.services.sessions import session_list
from companion.state.auth import STUDENTS, AuthState
from companion.state.goals import GoalRow, _goal
from companion.state.practice import MAX_POLLS, POLL_SECONDS, practice_status
from companion.state.progress import average_by_day
from companion.state.sessions import SessionRow, _row

FOCUS = 3
REVIEWS_SHOWN = 5
REVIEW_FAILED = (
    "We couldn't write today's review set. Practise your weakest concepts from "
    "the Practice page instead."
)
REVIEW_SLOW = "Your review set is taking longer than usual. Check Practice in a minute."


@dataclasses.dataclass
class FocusRow:
    key: str
    name: str
    mastery: int


@dataclasses.dataclass
class ReviewRow:
    key: str
    name: str
    mastery: int
    when: str  # "Due today", "Due since yesterday", "Due since 3 Mar"


@dataclasses.dataclass
class NextStep:
    title: str = ""
    body: str = ""
    action: str = ""
    href: str = ""
    concept: str = ""  # set when the action is "practise this concept"
    review: bool = False  # set when the action is "start today's review"


@dataclasses.dataclass
class Unread:
    title: str
    message: str


def due_words(due_at: datetime | None, now: datetime) -> str:
    """When a review fell due, in words (SQLite hands back naive UTC datetimes)."""
    if due_at is None:
        return "Due today"
    day = (due_at if due_at.tzinfo else due_at.replace(tzinfo=UTC)).astimezone(UTC).date()
    days = (now.astimezone(UTC).date() - day).days
    if days <= 0:
        return "Due today"
    if days == 1:
        return "Due since yesterday"
    return f"Due since {day.day} {day:%b}"


def _review(row: KnowledgeState, now: datetime) -> ReviewRow:
    return ReviewRow(row.concept_key, row.name, row.mastery, due_words(row.due_at, now))


def next_step(
    sessions: list[SessionRow],
    focus: list[FocusRow],
    goals: list[GoalRow],
    reviews: list[ReviewRow] | None = None,
) -> NextStep:
    """One obvious thing to do now: reviews due, else the weakest concept, else the goal."""
    if reviews:
        n = len(reviews)
        title = f"Review {reviews[0].name}" if n == 1 else f"Review {n} concepts that are due today"
        return NextStep(
            title,
            "A short review now keeps what you learned from fading. It takes a few minutes.",
            "Start review",
            review=True,
        )
    if not sessions:
        return NextStep(
            "Upload your first session",
            "Add a tutoring session's transcript and we'll find the concepts you "
            "covered, how well you hold each one, and practice for the weak spots.",
            "Upload a session",
            routes.SESSIONS,
        )
    busy = next((s for s in sessions if s.status in ("pending", "processing")), None)
    if busy:
        return NextStep(
            f"Your {busy.subject} session is being analysed",
            "It takes a few seconds. Watch it find the concepts you covered.",
            "Watch the analysis",
            busy.href,
        )
    if focus and focus[0].mastery < 70:
        weakest = focus[0]
        return NextStep(
            f"Practise {weakest.name}",
            f"It's your weakest concept right now ({weakest.mastery}). Five short "
            "problems will move it.",
            "Practise now",
            routes.PRACTICE_LIST,
            weakest.key,
        )
    active = next((g for g in goals if g.status == "active"), None)
    if active:
        return NextStep(
            f"Keep going on {active.title}",
            f"You're at {active.progress}%. A practice set in {active.subject} moves it.",
            "Open goals",
            routes.GOALS,
        )
    return NextStep(
        "Add your latest session",
        "Everything you've covered looks solid. Add your newest session to keep "
        "your picture current.",
        "Upload a session",
        routes.SESSIONS,
    )


class DashboardState(AuthState):
    step: NextStep = NextStep()
    focus: list[FocusRow] = []
    goals: list[GoalRow] = []
    recent: list[SessionRow] = []
    chart: list[dict] = []
    unread: list[Unread] = []
    unread_count: int = 0
    reviews: list[ReviewRow] = []
    reviews_more: int = 0  # due beyond the ones listed
    starting: bool = False  # a review set is being requested or written
    review_id: int = 0
    polling: bool = False
    loaded: bool = False

    @rx.event
    def load_dashboard(self):
        try:
            with session_scope() as s:
                user = self._require_user(s, STUDENTS)
                rows, _ = session_list(s, actor=user, student_id=user.id, limit=4)
                self.recent = [_row(t, tr) for t, tr in rows]
                self.focus = [
                    FocusRow(k.concept_key, k.name, k.mastery)
                    for k in knowledge_list(s, actor=user, student_id=user.id)[:FOCUS]
                ]
                goals, _ = goal_list(s, actor=user, student_id=user.id, status="active", limit=4)
                self.goals = [_goal(g) for g in goals]
                self.chart = average_by_day(mastery_history(s, actor=user, student_id=user.id))
                notes, _, self.unread_count = notification_list(
                    s, actor=user, student_id=user.id, limit=3, unread_only=True
                )
                self.unread = [Unread(n.title, n.message) for n in notes]
                now = utcnow()
                due = [
                    _review(k, now) for k in reviews_due(s, actor=user, student_id=user.id, now=now)
                ]
        except DomainError as exc:
            self.recent, self.focus, self.goals, self.chart, self.unread = [], [], [], [], []
            self.reviews, self.reviews_more = [], 0
            return self._refuse(exc)
        self.reviews, self.reviews_more = due[:REVIEWS_SHOWN], max(0, len(due) - REVIEWS_SHOWN)
        self.step = next_step(self.recent, self.focus, self.goals, due)
        self.loaded = True
        return None

    @rx.event
    def start_review(self):
        """Ask for today's review set; the page opens it once it is written."""
        if self.starting:
            return None
        try:
            with session_scope() as s:
                user = self._require_user(s, STUDENTS)
                practice = practice_request_review(s, actor=user, student_id=user.id)
                pid, status = practice.id, practice.status
        except (Unauthorized, Forbidden) as exc:
            return self._refuse(exc)
        except DomainError as exc:
            return rx.toast.info(exc.message)
        return self._follow(pid, status)

    def _follow(self, pid: int, status: str):
        """Open a ready set, report a failed one, or wait for a pending one."""
        self.starting, self.review_id = False, 0
        if status == "ready":
            return rx.redirect(routes.practice_url(pid))
        if status == "submitted":
            return [
                rx.toast.info("You've done today's review. Here is how it went."),
                rx.redirect(routes.practice_url(pid)),
            ]
        if status != "pending":
            return rx.toast.error(REVIEW_FAILED)
        self.starting, self.review_id = True, pid
        return [rx.toast.info("Writing your review set…"), DashboardState.poll_review]

    @rx.event(background=True)
    async def poll_review(self):
        """Wait for the review set being written, then open it."""
        async with self:
            if self.polling:
                return None
            self.polling = True
        try:
            for _ in range(MAX_POLLS):
                await asyncio.sleep(POLL_SECONDS)
                async with self:
                    pid = self.review_id
                    if not pid:
                        return None
                    status = practice_status(self, pid)
                    if status != "pending":
                        return self._follow(pid, status)
            async with self:
                self.starting, self.review_id = False, 0
            return rx.toast.warning(REVIEW_SLOW)
        finally:
            async with self:
                self.polling = False
