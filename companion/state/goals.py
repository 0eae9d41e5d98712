"""Goals (/goals) and next-subject suggestions (/suggestions)."""

from __future__ import annotations

import dataclasses

import reflex as rx
from sqlmodel import Session

from companion.models import Goal, SubjectSuggestion, User
from companion.services.errors import DomainError
from companion.services.goals import (
    goal_complete,
    goal_create,
    goal_list,
    suggestion_accept,
    suggestion_dismiss,
    suggestion_list,
)
from companion.state import live
from companion.state.auth import STUDENTS, AuthState

SUGGESTIONS = ("suggestions",)


@dataclasses.dataclass
class GoalRow:
    id: int
    title: str
    subject: str
    progress: int
    status: str
    target: str


@dataclasses.dataclass
class SuggestionRow:
    id: int
    subject: str
    description: str
    why: str
    relevance: int
    related: list[str]


def _goal(g: Goal) -> GoalRow:
    target = f"by {g.target_date:%d %b %Y}" if g.target_date else "no target date"
    return GoalRow(g.id, g.title, g.subject, g.progress, g.status, target)


def _suggestion(s: SubjectSuggestion) -> SuggestionRow:
    return SuggestionRow(
        s.id,
        s.subject,
        s.description,
        s.value_proposition,
        round(s.relevance * 100),
        list(s.related_concepts or [])[:5],
    )


def _goal_rows(db: Session, user: User) -> list[GoalRow]:
    rows, _ = goal_list(db, actor=user, student_id=user.id)
    return [_goal(g) for g in rows]


class GoalsState(AuthState):
    """Create, follow and complete goals; answer the suggestions that follow."""

    goals: list[GoalRow] = []
    loaded: bool = False
    title: str = ""
    subject: str = ""
    target_date: str = ""
    title_error: str = ""
    subject_error: str = ""
    date_error: str = ""
    form_error: str = ""
    saving: bool = False

    suggestions: list[SuggestionRow] = []
    dialog_open: bool = False
    dialog_goal: str = ""
    waiting_goal: int = 0

    def _fail(self, exc: DomainError):
        return rx.toast.error(exc.message)

    @rx.event
    async def load_goals(self):
        out = await self._call(_goal_rows, STUDENTS)
        self.goals = out.value if out.ok else []
        self.loaded = out.ok
        return out.feedback

    @rx.event
    async def load_suggestions(self):
        """on_load of /suggestions: every pending suggestion."""
        out = await self._call(
            lambda db, user: [
                _suggestion(x) for x in suggestion_list(db, actor=user, student_id=user.id)
            ],
            STUDENTS,
        )
        self.suggestions = out.value if out.ok else []
        self.loaded = out.ok
        return out.feedback

    @rx.event
    def set_title(self, value: str):
        if isinstance(value, str):
            self.title, self.title_error = value[:200], ""

    @rx.event
    def set_subject(self, value: str):
        if isinstance(value, str):
            self.subject, self.subject_error = value[:120], ""

    @rx.event
    def set_target_date(self, value: str):
        if isinstance(value, str):
            self.target_date, self.date_error = value[:10], ""

    def _show_form_error(self, exc: DomainError) -> None:
        d = exc.details or {}
        self.date_error = d.get("target_date", "") and exc.message
        self.title_error = d.get("title", "") and exc.message
        self.subject_error = d.get("subject", "") and exc.message
        if not (self.date_error or self.title_error or self.subject_error):
            self.form_error = exc.message

    @rx.event
    async def create_goal(self):
        """A new goal; what was typed stays when something is wrong."""
        if self.saving:
            return None
        self.title_error = "" if self.title.strip() else "Give the goal a short title."
        self.subject_error = "" if self.subject.strip() else "Which subject is it for?"
        self.form_error = ""
        if self.title_error or self.subject_error:
            return None
        self.saving = True
        subject, title, target = self.subject.strip(), self.title.strip(), self.target_date or None

        def work(db: Session, user: User) -> list[GoalRow]:
            goal_create(
                db, actor=user, student_id=user.id, subject=subject, title=title, target_date=target
            )
            return _goal_rows(db, user)

        out = await self._call(work, STUDENTS, on_error=self._show_form_error)
        if not out.ok:
            self.saving = False
            return out.feedback
        self.goals = out.value
        self.saving = False
        self.title, self.subject, self.target_date = "", "", ""
        return rx.toast.success("Goal added. Progress follows your mastery in that subject.")

    @rx.event
    async def complete(self, goal_id: int):
        """Mark a goal done; the dialog waits for the 5 suggestions that follow."""
        if type(goal_id) is not int:
            return rx.toast.error("That request was not valid.")

        def work(db: Session, user: User) -> tuple[str, list[GoalRow]]:
            goal = goal_complete(db, actor=user, goal_id=goal_id)
            return goal.title, _goal_rows(db, user)

        out = await self._call(work, STUDENTS)
        if not out.ok:
            return out.feedback
        title, self.goals = out.value
        self.dialog_goal, self.waiting_goal = title, goal_id
        self.suggestions, self.dialog_open = [], True
        live.follow(self, GoalsState.on_live, SUGGESTIONS)
        return GoalsState.on_live  # already written when the worker was that quick

    @rx.event
    async def on_live(self, kind: str = ""):
        """Sent by the live watcher: the suggestions for the goal this dialog waits for."""
        gid = self.waiting_goal
        if not gid or not self.dialog_open:
            live.unfollow(self, GoalsState.on_live)
            return None
        out = await self._call(
            lambda db, user: [
                _suggestion(x)
                for x in suggestion_list(db, actor=user, student_id=user.id, goal_id=gid)
            ],
            STUDENTS,
        )
        if out.ok and out.value:
            self.suggestions, self.waiting_goal = out.value, 0
            live.unfollow(self, GoalsState.on_live)
        return out.feedback

    @rx.event
    def set_dialog(self, value: bool):
        self.dialog_open = value is True

    async def _answer(self, suggestion_id: object, accept: bool):
        if type(suggestion_id) is not int:
            return rx.toast.error("That request was not valid.")

        def work(db: Session, user: User) -> tuple[str, list[GoalRow]]:
            if accept:
                goal = suggestion_accept(db, actor=user, suggestion_id=suggestion_id)
                message = f"New goal: {goal.title}."
            else:
                suggestion_dismiss(db, actor=user, suggestion_id=suggestion_id)
                message = "Dismissed."
            return message, _goal_rows(db, user)

        out = await self._call(work, STUDENTS)
        if not out.ok:
            return out.feedback
        message, self.goals = out.value
        self.suggestions = [x for x in self.suggestions if x.id != suggestion_id]
        return rx.toast.success(message)

    @rx.event
    async def accept(self, suggestion_id: int):
        return await self._answer(suggestion_id, True)

    @rx.event
    async def dismiss(self, suggestion_id: int):
        return await self._answer(suggestion_id, False)
