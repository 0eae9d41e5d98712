"""Practice: one set to answer (/practice/[id]); the list is in state/practice_list.py."""

from __future__ import annotations

import dataclasses
import time

import reflex as rx

from companion.components.richtext import as_markdown
from companion.models import Practice
from companion.services.errors import DomainError
from companion.services.practice import practice_get
from companion.services.practice_submit import (
    practice_submit_begin,
    practice_submit_grade,
    practice_submit_store,
)
from companion.state.answers import AnswerPreview
from companion.state.auth import STUDENTS, AuthState
from companion.state.params import route_id
from companion.state.runner import in_thread

MAX_PROBLEM_SECONDS = 3600.0  # longer on one problem means the student stepped away
TYPE_WORDS = {
    "multiple_choice": "Choose one",
    "short_answer": "Short answer",
    "problem_solving": "Work it out",
}


@dataclasses.dataclass
class ProblemRow:
    index: int
    question: str
    kind: str
    kind_word: str
    options: list[str]
    option_labels: list[str]  # the options as markdown with math, same order
    hint: str
    difficulty: str
    # filled after submission
    answer: str = ""
    correct: bool = False
    scored: bool = True
    feedback: str = ""
    correct_answer: str = ""
    explanation: str = ""


@dataclasses.dataclass
class DeltaRow:
    name: str
    delta: int
    after: int


def wall_clock() -> float:
    """Seconds since the epoch (the per-problem timer; wall time survives a backend restart)."""
    return time.time()


def clamp_seconds(value: object) -> float:
    """A measured time as seconds in 0..MAX_PROBLEM_SECONDS (anything else counts as 0)."""
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
        return 0.0
    return min(MAX_PROBLEM_SECONDS, max(0.0, float(value)))


class PracticeState(AnswerPreview, AuthState):
    """/practice/[id]: answer one problem at a time, submit, see the results.

    Time per problem is measured on the server: the clock of the problem on screen runs from
    when it was shown (page load or moving to it) until the student moves on or submits.
    """

    found: bool = False
    practice_id: int = 0
    status: str = ""
    difficulty: str = ""
    rationale: str = ""
    problems: list[ProblemRow] = []
    answers: list[str] = []
    current: int = 0
    score: int = -1
    deltas: list[DeltaRow] = []
    submitting: bool = False
    form_error: str = ""
    show_hint: bool = False
    _spent: list[float] = []  # seconds per problem so far
    _shown_at: float = 0.0  # wall-clock time the current problem was shown (0: not timing)

    def _show(self, practice: Practice) -> None:
        self.found, self.practice_id = True, practice.id
        self.status, self.difficulty = practice.status, practice.difficulty
        lines = (practice.rationale or "").strip().splitlines()
        self.rationale = lines[0][:300] if lines else ""
        done = practice.status == "submitted"
        given = practice.answers if done else []
        rows = []
        for i, p in enumerate(practice.problems):
            a = given[i] if i < len(given) else {}
            rows.append(
                ProblemRow(
                    index=i,
                    question=as_markdown(p.get("question", "")),
                    kind=p.get("type", "short_answer"),
                    kind_word=TYPE_WORDS.get(p.get("type", ""), "Answer"),
                    options=[str(o) for o in p.get("options") or []],
                    option_labels=[as_markdown(str(o)) for o in p.get("options") or []],
                    hint=as_markdown(p.get("hint", "")),
                    difficulty=p.get("difficulty", ""),
                    answer=a.get("answer", ""),
                    correct=bool(a.get("correct")),
                    scored=a.get("scored", True) is not False,
                    feedback=as_markdown(a.get("feedback", "")),
                    correct_answer=p.get("correctAnswer", "") if done else "",
                    explanation=as_markdown(p.get("explanation", "")) if done else "",
                )
            )
        self.problems = rows
        if len(self.answers) != len(rows) or done:
            self.answers = [r.answer for r in rows]
        self.score = round(practice.score) if practice.score is not None else -1
        self.current = min(self.current, max(0, len(rows) - 1))
        if len(self._spent) != len(rows) or done:
            self._spent = [0.0] * len(rows)
        self._shown_at = wall_clock() if practice.status == "ready" else 0.0

    def _clear(self) -> None:
        self.found, self.practice_id, self.problems, self.answers = False, 0, [], []
        self.deltas, self.score, self.current, self.status = [], -1, 0, ""
        self.rationale, self._spent, self._shown_at = "", [], 0.0

    def _stop_clock(self) -> None:
        """Add the time on the current problem to its total and restart the clock."""
        now = wall_clock()
        if self._shown_at and 0 <= self.current < len(self._spent):
            spent = list(self._spent)
            spent[self.current] = clamp_seconds(spent[self.current] + now - self._shown_at)
            self._spent = spent
        self._shown_at = now if self.status == "ready" else 0.0

    def _seconds(self) -> list[float] | None:
        """Seconds per problem for practice_submit (None when nothing was measured)."""
        if len(self._spent) != len(self.answers) or not any(self._spent):
            return None
        return [round(clamp_seconds(s), 1) for s in self._spent]

    @rx.event
    async def load_set(self):
        """on_load: the set in the route (a malformed or foreign id shows nothing)."""
        pid = route_id(self)
        if pid != self.practice_id:
            self._clear()
        out = await self._call(
            lambda db, user: None if pid is None else practice_get(db, actor=user, practice_id=pid),
            STUDENTS,
            on_error=lambda exc: None,
        )
        if not out.ok or out.value is None:
            self._clear()
            return out.feedback
        self._show(out.value)
        self._forget_readings(len(self.problems))
        return None

    @rx.event
    async def set_answer(self, index: int, value: str):
        """Keep the typed answer (debounced on the page) and show how it will be read."""
        if type(index) is not int or not isinstance(value, str):
            return
        if 0 <= index < len(self.answers) and self.status == "ready":
            self.answers[index] = value[:2000]
            self.form_error = ""
            if self.problems[index].kind != "multiple_choice":
                await self._read(index, value[:2000])

    @rx.event
    def go(self, index: int):
        if type(index) is int and 0 <= index < len(self.problems) and index != self.current:
            self._stop_clock()
            self.current, self.show_hint = index, False

    @rx.event
    def toggle_hint(self):
        self.show_hint = not self.show_hint

    def _submit_failed(self, exc: DomainError) -> None:
        self.form_error = exc.message

    @rx.event
    async def submit(self):
        """Grade every answer; show right/wrong, the score and the mastery change."""
        if self.submitting or not self.practice_id:
            return None
        missing = [i + 1 for i, a in enumerate(self.answers) if not a.strip()]
        self._stop_clock()
        if missing:
            self.form_error = (
                f"Answer every problem first (still open: {', '.join(map(str, missing))})."
            )
            self.current, self.show_hint = missing[0] - 1, False
            return None
        pid, answers, seconds = self.practice_id, list(self.answers), self._seconds()
        self.submitting = True
        begun = await self._call(
            lambda db, user: practice_submit_begin(
                db, actor=user, practice_id=pid, answers=answers, seconds=seconds
            ),
            STUDENTS,
            on_error=self._submit_failed,
        )
        if not begun.ok:
            self.submitting = False
            return begun.feedback
        work = begun.value
        # Grading may call an LLM: it runs between the two transactions, holding no connection.
        grades = await in_thread(practice_submit_grade, work)
        out = await self._call(
            lambda db, user: practice_submit_store(db, actor=user, work=work, grades=grades),
            STUDENTS,
            on_error=self._submit_failed,
        )
        self.submitting = False
        if not out.ok:
            return out.feedback
        self._show(out.value.practice)
        self.deltas = [
            DeltaRow(name, after - before, after)
            for name, before, after in out.value.mastery_changes.values()
        ]
        return rx.toast.success(f"Scored {self.score}%." if self.score >= 0 else "Submitted.")
