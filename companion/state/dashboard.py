"""/dashboard: the next best step, today's focus, goals, recent sessions, mastery over time."""

from __future__ import annotations

import dataclasses

import reflex as rx

from companion import routes
from companion.db import session_scope
from companion.services.errors import DomainError
from companion.services.goals import goal_list
from companion.services.knowledge import knowledge_list, mastery_history
from companion.services.notifications import notification_list
from companion.services.sessions import session_list
from companion.state.auth import STUDENTS, AuthState
from companion.state.goals import GoalRow, _goal
from companion.state.progress import average_by_day
from companion.state.sessions import SessionRow, _row

FOCUS = 3


@dataclasses.dataclass
class FocusRow:
    key: str
    name: str
    mastery: int


@dataclasses.dataclass
class NextStep:
    title: str = ""
    body: str = ""
    action: str = ""
    href: str = ""
    concept: str = ""  # set when the action is "practise this concept"


@dataclasses.dataclass
class Unread:
    title: str
    message: str


def next_step(sessions: list[SessionRow], focus: list[FocusRow], goals: list[GoalRow]) -> NextStep:
    """One obvious thing to do now."""
    if not sessions:
        return NextStep("Upload your first session",
                        "Add a tutoring session's transcript and we'll find the concepts you "
                        "covered, how well you hold each one, and practice for the weak spots.",
                        "Upload a session", routes.SESSIONS)
    busy = next((s for s in sessions if s.status in ("pending", "processing")), None)
    if busy:
        return NextStep(f"Your {busy.subject} session is being analysed",
                        "It takes a few seconds. Watch it find the concepts you covered.",
                        "Watch the analysis", busy.href)
    if focus and focus[0].mastery < 70:
        weakest = focus[0]
        return NextStep(f"Practise {weakest.name}",
                        f"It's your weakest concept right now ({weakest.mastery}). Five short "
                        "problems will move it.", "Practise now", routes.PRACTICE_LIST,
                        weakest.key)
    active = next((g for g in goals if g.status == "active"), None)
    if active:
        return NextStep(f"Keep going on {active.title}",
                        f"You're at {active.progress}%. A practice set in {active.subject} "
                        "moves it.", "Open goals", routes.GOALS)
    return NextStep("Add your latest session",
                    "Everything you've covered looks solid. Add your newest session to keep "
                    "your picture current.", "Upload a session", routes.SESSIONS)


class DashboardState(AuthState):
    step: NextStep = NextStep()
    focus: list[FocusRow] = []
    goals: list[GoalRow] = []
    recent: list[SessionRow] = []
    chart: list[dict] = []
    unread: list[Unread] = []
    unread_count: int = 0
    loaded: bool = False

    @rx.event
    def load_dashboard(self):
        try:
            with session_scope() as s:
                user = self._require_user(s, STUDENTS)
                rows, _ = session_list(s, actor=user, student_id=user.id, limit=4)
                self.recent = [_row(t, tr) for t, tr in rows]
                self.focus = [FocusRow(k.concept_key, k.name, k.mastery)
                              for k in knowledge_list(s, actor=user, student_id=user.id)[:FOCUS]]
                goals, _ = goal_list(s, actor=user, student_id=user.id, status="active", limit=4)
                self.goals = [_goal(g) for g in goals]
                self.chart = average_by_day(mastery_history(s, actor=user, student_id=user.id))
                notes, _, self.unread_count = notification_list(
                    s, actor=user, student_id=user.id, limit=3, unread_only=True)
                self.unread = [Unread(n.title, n.message) for n in notes]
        except DomainError as exc:
            self.recent, self.focus, self.goals, self.chart, self.unread = [], [], [], [], []
            return self._refuse(exc)
        self.step = next_step(self.recent, self.focus, self.goals)
        self.loaded = True
        return None
