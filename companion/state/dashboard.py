"""/dashboard: the next best step, reviews due, today's focus, goals, sessions, mastery over time."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from typing import Any

import reflex as rx
from sqlmodel import Session

from companion import routes
from companion.clock import utcnow
from companion.models import User
from companion.services.practice import practice_get
from companion.services.practice_requests import practice_request_review
from companion.services.student_pages import dashboard_read
from companion.state import live
from companion.state.auth import STUDENTS, AuthState
from companion.state.goals import GoalRow, _goal
from companion.state.progress import average_by_day
from companion.state.sessions import SessionRow, _row

FOCUS = 3
REVIEWS_SHOWN = 5
REVIEW_FAILED = (
    "We couldn't write today's review set. Practise your weakest concepts from "
    "the Practice page instead."
)
LIVE_KINDS = ("analysis", "practice", "notification")


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


def _review(row: Any, now: datetime) -> ReviewRow:
    """A due concept (a KnowledgeState or a row of its columns) as the dashboard lists it."""
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


@dataclasses.dataclass
class DashboardData:
    recent: list[SessionRow]
    focus: list[FocusRow]
    goals: list[GoalRow]
    chart: list[dict]
    unread: list[Unread]
    unread_count: int
    due: list[ReviewRow]


def _dashboard(db: Session, user: User) -> DashboardData:
    now = utcnow()
    d = dashboard_read(db, actor=user, student_id=user.id, now=now)
    return DashboardData(
        recent=[_row(r, r) for r in d.sessions],  # the row has the session's and transcript's
        focus=[FocusRow(k.concept_key, k.name, k.mastery) for k in d.concepts[:FOCUS]],
        goals=[_goal(g) for g in d.goals],
        chart=average_by_day(d.history),
        unread=[Unread(n.title, n.message) for n in d.unread],
        unread_count=d.unread_count,
        due=[_review(k, now) for k in d.due],
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
    loaded: bool = False

    def _take(self, d: DashboardData) -> None:
        self.recent, self.focus, self.goals, self.chart = d.recent, d.focus, d.goals, d.chart
        self.unread, self.unread_count = d.unread, d.unread_count
        self.reviews = d.due[:REVIEWS_SHOWN]
        self.reviews_more = max(0, len(d.due) - REVIEWS_SHOWN)
        self.step = next_step(d.recent, d.focus, d.goals, d.due)  # the rows, not proxies
        self.loaded = True

    @rx.event
    async def load_dashboard(self):
        live.reading(self, DashboardState.on_live, LIVE_KINDS)
        out = await self._call(_dashboard, STUDENTS)
        if not out.ok:
            self.recent, self.focus, self.goals, self.chart, self.unread = [], [], [], [], []
            self.reviews, self.reviews_more = [], 0
            return out.feedback
        self._take(out.value)
        live.follow(self, DashboardState.on_live, LIVE_KINDS)
        return None

    @rx.event
    async def on_live(self, kind: str = ""):
        """Sent by the live watcher: refresh, and open the review set once it is written."""
        if live.left(self, DashboardState.on_live, routes.DASHBOARD):
            return None
        pid = self.review_id
        if pid and kind in ("practice", ""):  # "": a catch-up, the kind is not known
            out = await self._call(
                lambda db, user: practice_get(db, actor=user, practice_id=pid).status,
                STUDENTS,
                on_error=lambda exc: None,
            )
            if not out.ok:
                self.starting, self.review_id = False, 0
                return out.feedback
            if out.value != "pending":
                return self._follow(pid, out.value)
        out = await self._call(_dashboard, STUDENTS)
        if out.ok:
            self._take(out.value)
        return out.feedback

    @rx.event
    async def start_review(self):
        """Ask for today's review set; the page opens it once it is written."""
        if self.starting:
            return None
        live.reading(self, DashboardState.on_live, LIVE_KINDS)

        def work(db: Session, user: User) -> tuple[int, str]:
            practice = practice_request_review(db, actor=user, student_id=user.id)
            return practice.id, practice.status

        out = await self._call(work, STUDENTS, on_error=lambda exc: rx.toast.info(exc.message))
        if not out.ok:
            return out.feedback
        return self._follow(*out.value)

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
        return rx.toast.info("Writing your review set…")
