"""Practice: the list and generator (/practice) and one set to answer (/practice/[id])."""

from __future__ import annotations

import dataclasses
import time
from typing import Any

import reflex as rx
from sqlmodel import Session

from companion import routes
from companion.components.richtext import as_markdown
from companion.models import Practice, User
from companion.services.errors import DomainError
from companion.services.practice import practice_get
from companion.services.practice_requests import DIFFICULTIES, practice_request
from companion.services.practice_submit import (
    practice_submit_begin,
    practice_submit_grade,
    practice_submit_store,
)
from companion.services.student_pages import practice_page_read
from companion.state import live
from companion.state.answers import AnswerPreview
from companion.state.auth import STUDENTS, AuthState
from companion.state.params import query_arg, route_id
from companion.state.runner import in_thread

PRACTICE = ("practice",)
SET_FAILED = "We couldn't write that set. Try again, or pick other concepts."
MAX_PROBLEM_SECONDS = 3600.0  # longer on one problem means the student stepped away
BAD_REQUEST = "That request was not valid. Reload the page and try again."
TYPE_WORDS = {
    "multiple_choice": "Choose one",
    "short_answer": "Short answer",
    "problem_solving": "Work it out",
}


@dataclasses.dataclass
class PracticeRow:
    id: int
    title: str
    status: str
    difficulty: str
    score: str
    href: str


@dataclasses.dataclass
class Option:
    value: str
    label: str


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


def _practice_row(p: Any, names: dict[int, str]) -> PracticeRow:
    """One earlier set (a row of services.student_pages: `daily`, `problems` counted)."""
    fallback = "Daily review" if p.daily else "Chosen concepts"
    source = names.get(p.session_id or 0, fallback)
    n = p.problems or 0
    return PracticeRow(
        id=p.id,
        title=f"{source} · {n} problems" if n else source,
        status=p.status,
        difficulty=p.difficulty,
        score="" if p.score is None else f"{round(p.score)}%",
        href=routes.practice_url(p.id),
    )


def wall_clock() -> float:
    """Seconds since the epoch (the per-problem timer; wall time survives a backend restart)."""
    return time.time()


def clamp_seconds(value: object) -> float:
    """A measured time as seconds in 0..MAX_PROBLEM_SECONDS (anything else counts as 0)."""
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
        return 0.0
    return min(MAX_PROBLEM_SECONDS, max(0.0, float(value)))


@dataclasses.dataclass
class ListData:
    practices: list[PracticeRow]
    sessions: list[Option]
    concepts: list[Option]


def _list_data(db: Session, user: User) -> ListData:
    d = practice_page_read(db, actor=user, student_id=user.id)
    names = {t.id: f"{t.subject}, {t.date:%d %b}" for t in d.sessions}
    return ListData(
        practices=[_practice_row(p, names) for p in d.sets],
        sessions=[Option(str(t.id), names[t.id]) for t in d.sessions if t.status == "completed"],
        concepts=[Option(k.concept_key, f"{k.name} ({k.mastery})") for k in d.concepts],
    )


def _with_status(pid: int):
    def work(db: Session, user: User) -> tuple[str, ListData]:
        return practice_get(db, actor=user, practice_id=pid).status, _list_data(db, user)

    return work


class PracticeListState(AuthState):
    """/practice: earlier sets, and a new set from a session or chosen concepts."""

    practices: list[PracticeRow] = []
    loaded: bool = False
    sessions: list[Option] = []
    concepts: list[Option] = []
    source: str = "session"  # session | concepts
    chosen_session: str = ""
    chosen_concepts: list[str] = []
    difficulty: str = "auto"
    form_error: str = ""
    generating: bool = False
    waiting_for: int = 0
    # The values offered above, for checking a choice without walking the shown lists
    # (every read of a state list wraps each row in a change-tracking proxy).
    _session_values: tuple[str, ...] = ()
    _concept_values: tuple[str, ...] = ()

    def _take(self, data: ListData) -> None:
        self.practices, self.sessions, self.concepts = data.practices, data.sessions, data.concepts
        self._session_values = tuple(o.value for o in data.sessions)
        self._concept_values = tuple(o.value for o in data.concepts)
        self.loaded = True

    @rx.event
    async def load_practice(self):
        """on_load: sets, sessions and concepts; `?session=ID` preselects a session."""
        live.reading(self, PracticeListState.on_live, PRACTICE)
        pid = self.waiting_for
        out = await self._call(_with_status(pid) if pid else _list_data, STUDENTS)
        if not out.ok:
            self.practices, self.sessions, self.concepts = [], [], []
            self._session_values, self._concept_values = (), ()
            self.generating, self.waiting_for = False, 0
            return out.feedback
        status, data = out.value if pid else ("", out.value)
        self._take(data)
        live.follow(self, PracticeListState.on_live, PRACTICE)
        arrived = self._arrived(pid, status) if pid else None
        if arrived is not None:
            return arrived
        wanted = query_arg(self, "session")
        valid = self._session_values
        if isinstance(wanted, str) and wanted in valid:
            self.source, self.chosen_session = "session", wanted
        elif self.chosen_session not in valid:
            self.chosen_session = valid[0] if valid else ""
        if not valid and self._concept_values:
            self.source = "concepts"
        return None

    @rx.event
    async def on_live(self, kind: str = ""):
        """Sent by the live watcher: a set changed; open the one this page waits for."""
        if live.left(self, PracticeListState.on_live, routes.PRACTICE_LIST):
            return None
        pid = self.waiting_for
        if not pid:
            out = await self._call(_list_data, STUDENTS)
            if out.ok:
                self._take(out.value)
            return out.feedback
        out = await self._call(_with_status(pid), STUDENTS, on_error=lambda exc: None)
        if not out.ok:
            self.generating, self.waiting_for = False, 0
            return out.feedback
        status, data = out.value
        self._take(data)
        return self._arrived(pid, status)

    def _arrived(self, pid: int, status: str):
        if status == "ready":
            self.generating, self.waiting_for = False, 0
            return [
                rx.toast.success("Your practice set is ready."),
                rx.redirect(routes.practice_url(pid)),
            ]
        if status == "failed":
            self.generating, self.waiting_for = False, 0
            self.form_error = SET_FAILED
        return None

    @rx.event
    def set_source(self, value: str | list[str]):
        if value in ("session", "concepts"):
            self.source, self.form_error = value, ""

    @rx.event
    def set_chosen_session(self, value: str):
        if isinstance(value, str) and value in self._session_values:
            self.chosen_session, self.form_error = value, ""

    @rx.event
    def toggle_concept(self, key: str, on: bool):
        if not isinstance(key, str) or key not in self._concept_values:
            return
        chosen = [k for k in self.chosen_concepts if k != key]
        if on is True and len(chosen) < 20:
            chosen.append(key)
        self.chosen_concepts, self.form_error = chosen, ""

    @rx.event
    def set_difficulty(self, value: str | list[str]):
        if isinstance(value, str) and value in (*DIFFICULTIES, "auto"):
            self.difficulty = value

    @rx.event
    async def generate(self):
        """Ask for a set; it is written in the background and this page opens it when ready."""
        if self.generating:
            return None
        if self.source == "session" and not self.chosen_session:
            self.form_error = "Pick a session to practise, or switch to chosen concepts."
            return None
        if self.source == "concepts" and not self.chosen_concepts:
            self.form_error = "Tick at least one concept to practise."
            return None
        return await self._request(
            session_id=int(self.chosen_session) if self.source == "session" else None,
            concept_keys=list(self.chosen_concepts) if self.source == "concepts" else [],
        )

    def _show_form_error(self, exc: DomainError) -> None:
        self.form_error = exc.message

    async def _request(self, *, session_id: int | None, concept_keys: list[str]):
        self.form_error = ""
        difficulty = self.difficulty

        def work(db: Session, user: User) -> tuple[int, str, ListData]:
            practice = practice_request(
                db,
                actor=user,
                student_id=user.id,
                session_id=session_id,
                concept_keys=concept_keys,
                difficulty=difficulty,
            )
            return practice.id, practice.status, _list_data(db, user)

        live.reading(self, PracticeListState.on_live, PRACTICE)
        self.generating = True
        out = await self._call(work, STUDENTS, on_error=self._show_form_error)
        self.generating = False
        if not out.ok:
            return out.feedback
        pid, status, data = out.value
        self._take(data)
        if status != "pending":  # written already (an in-process worker can be that quick)
            return self._arrived(pid, status)
        self.generating, self.waiting_for = True, pid
        return rx.toast.info("Writing your practice set…")

    @rx.event
    async def practice_concepts(self, keys: list[str]):
        """'Practice now' from the dashboard: a set for the given concepts."""
        if not isinstance(keys, list) or not all(isinstance(k, str) for k in keys) or not keys:
            return rx.toast.error(BAD_REQUEST)
        events = await self._request(session_id=None, concept_keys=keys[:20])
        events = [] if events is None else events if isinstance(events, list) else [events]
        return [rx.redirect(routes.PRACTICE_LIST), *events]


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
