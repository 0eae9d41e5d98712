"""Practice: the list and generator (/practice) and one set to answer (/practice/[id])."""

from __future__ import annotations

import asyncio
import dataclasses
import time

import reflex as rx
from sqlmodel import Session

from companion import routes
from companion.db import session_scope
from companion.models import Practice, User
from companion.services.errors import DomainError, Forbidden, Unauthorized
from companion.services.knowledge import knowledge_list
from companion.services.practice import (
    DIFFICULTIES,
    practice_get,
    practice_list,
    practice_request,
    practice_submit,
)
from companion.services.sessions import session_list
from companion.state.auth import STUDENTS, AuthState

POLL_SECONDS = 1.5
MAX_POLLS = 200
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


def _practice_row(p: Practice, names: dict[int, str]) -> PracticeRow:
    fallback = "Daily review" if p.rationale.startswith("Daily review") else "Chosen concepts"
    source = names.get(p.session_id or 0, fallback)
    n = len(p.problems)
    return PracticeRow(
        id=p.id,
        title=f"{source} · {n} problems" if n else source,
        status=p.status,
        difficulty=p.difficulty,
        score="" if p.score is None else f"{round(p.score)}%",
        href=routes.practice_url(p.id),
    )


def _refused(state: AuthState, exc: DomainError):
    if isinstance(exc, Unauthorized | Forbidden):
        return state._refuse(exc)
    return rx.toast.error(exc.message)


def wall_clock() -> float:
    """Seconds since the epoch (the per-problem timer; wall time survives a backend restart)."""
    return time.time()


def practice_status(state: AuthState, practice_id: int) -> str:
    """The set's status for the signed-in student ("" when refused or gone)."""
    try:
        with session_scope() as s:
            user = state._require_user(s, STUDENTS)
            return practice_get(s, actor=user, practice_id=practice_id).status
    except DomainError:
        return ""


def clamp_seconds(value: object) -> float:
    """A measured time as seconds in 0..MAX_PROBLEM_SECONDS (anything else counts as 0)."""
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
        return 0.0
    return min(MAX_PROBLEM_SECONDS, max(0.0, float(value)))


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
    polling: bool = False

    def _load(self, s: Session, user: User) -> None:
        sessions, _ = session_list(s, actor=user, student_id=user.id, limit=50)
        names = {t.id: f"{t.subject}, {t.date:%d %b}" for t, _tr in sessions}
        self.sessions = [
            Option(str(t.id), names[t.id]) for t, tr in sessions if tr.status == "completed"
        ]
        self.concepts = [
            Option(k.concept_key, f"{k.name} ({k.mastery})")
            for k in knowledge_list(s, actor=user, student_id=user.id)
        ]
        rows, _ = practice_list(s, actor=user, student_id=user.id, limit=30)
        self.practices = [_practice_row(p, names) for p in rows]
        self.loaded = True

    @rx.event
    def load_practice(self):
        """on_load: sets, sessions and concepts; `?session=ID` preselects a session."""
        try:
            with session_scope() as s:
                self._load(s, self._require_user(s, STUDENTS))
        except DomainError as exc:
            self.practices = []
            return _refused(self, exc)
        wanted = self.router.page.params.get("session", "")
        valid = {o.value for o in self.sessions}
        if isinstance(wanted, str) and wanted in valid:
            self.source, self.chosen_session = "session", wanted
        elif self.chosen_session not in valid:
            self.chosen_session = self.sessions[0].value if self.sessions else ""
        if not self.sessions and self.concepts:
            self.source = "concepts"
        return None

    @rx.event
    def set_source(self, value: str | list[str]):
        if value in ("session", "concepts"):
            self.source, self.form_error = value, ""

    @rx.event
    def set_chosen_session(self, value: str):
        if isinstance(value, str) and value in {o.value for o in self.sessions}:
            self.chosen_session, self.form_error = value, ""

    @rx.event
    def toggle_concept(self, key: str, on: bool):
        if not isinstance(key, str) or key not in {o.value for o in self.concepts}:
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
    def generate(self):
        """Ask for a set; it is written in the background and this page waits for it."""
        if self.generating:
            return None
        if self.source == "session" and not self.chosen_session:
            self.form_error = "Pick a session to practise, or switch to chosen concepts."
            return None
        if self.source == "concepts" and not self.chosen_concepts:
            self.form_error = "Tick at least one concept to practise."
            return None
        return self._request(
            session_id=int(self.chosen_session) if self.source == "session" else None,
            concept_keys=list(self.chosen_concepts) if self.source == "concepts" else [],
        )

    def _request(self, *, session_id: int | None, concept_keys: list[str]):
        self.form_error = ""
        try:
            with session_scope() as s:
                user = self._require_user(s, STUDENTS)
                practice = practice_request(
                    s,
                    actor=user,
                    student_id=user.id,
                    session_id=session_id,
                    concept_keys=concept_keys,
                    difficulty=self.difficulty,
                )
                pid = practice.id
                self._load(s, user)
        except (Unauthorized, Forbidden) as exc:
            return self._refuse(exc)
        except DomainError as exc:
            self.form_error = exc.message
            return None
        self.generating, self.waiting_for = True, pid
        return [rx.toast.info("Writing your practice set…"), PracticeListState.poll]

    @rx.event
    def practice_concepts(self, keys: list[str]):
        """'Practice now' from the dashboard: a set for the given concepts."""
        if not isinstance(keys, list) or not all(isinstance(k, str) for k in keys) or not keys:
            return rx.toast.error(BAD_REQUEST)
        return [
            rx.redirect(routes.PRACTICE_LIST),
            *self._as_list(self._request(session_id=None, concept_keys=keys[:20])),
        ]

    @staticmethod
    def _as_list(events) -> list:
        if events is None:
            return []
        return events if isinstance(events, list) else [events]

    @rx.event(background=True)
    async def poll(self):
        """Wait for the requested set, then open it."""
        async with self:
            if self.polling:
                return
            self.polling = True
        try:
            for _ in range(MAX_POLLS):
                await asyncio.sleep(POLL_SECONDS)
                async with self:
                    pid = self.waiting_for
                    if not pid:
                        return
                    try:
                        with session_scope() as s:
                            user = self._require_user(s, STUDENTS)
                            status = practice_get(s, actor=user, practice_id=pid).status
                            self._load(s, user)
                    except DomainError:
                        self.generating, self.waiting_for = False, 0
                        return
                    if status == "ready":
                        self.generating, self.waiting_for = False, 0
                        return [
                            rx.toast.success("Your practice set is ready."),
                            rx.redirect(routes.practice_url(pid)),
                        ]
                    if status == "failed":
                        self.generating, self.waiting_for = False, 0
                        self.form_error = (
                            "We couldn't write that set. Try again, or pick other concepts."
                        )
                        return None
            async with self:
                self.generating = False
                self.form_error = "This is taking longer than usual. Check back in a minute."
        finally:
            async with self:
                self.polling = False


class PracticeState(AuthState):
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

    def _param_id(self) -> int | None:
        raw = self.router.page.params.get("id", "")
        return int(raw) if isinstance(raw, str) and raw.isdigit() and len(raw) < 19 else None

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
                    question=p.get("question", ""),
                    kind=p.get("type", "short_answer"),
                    kind_word=TYPE_WORDS.get(p.get("type", ""), "Answer"),
                    options=[str(o) for o in p.get("options") or []],
                    hint=p.get("hint", ""),
                    difficulty=p.get("difficulty", ""),
                    answer=a.get("answer", ""),
                    correct=bool(a.get("correct")),
                    scored=a.get("scored", True) is not False,
                    feedback=a.get("feedback", ""),
                    correct_answer=p.get("correctAnswer", "") if done else "",
                    explanation=p.get("explanation", "") if done else "",
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
    def load_set(self):
        pid = self._param_id()
        if pid != self.practice_id:
            self._clear()
        try:
            with session_scope() as s:
                user = self._require_user(s, STUDENTS)
                if pid is None:
                    return None
                self._show(practice_get(s, actor=user, practice_id=pid))
        except (Unauthorized, Forbidden) as exc:
            self._clear()
            return self._refuse(exc)
        except DomainError:
            self._clear()
        return None

    @rx.event
    def set_answer(self, index: int, value: str):
        if type(index) is not int or not isinstance(value, str):
            return
        if 0 <= index < len(self.answers) and self.status == "ready":
            self.answers[index] = value[:2000]
            self.form_error = ""

    @rx.event
    def go(self, index: int):
        if type(index) is int and 0 <= index < len(self.problems) and index != self.current:
            self._stop_clock()
            self.current, self.show_hint = index, False

    @rx.event
    def toggle_hint(self):
        self.show_hint = not self.show_hint

    @rx.event
    def submit(self):
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
        self.submitting = True
        try:
            with session_scope() as s:
                user = self._require_user(s, STUDENTS)
                result = practice_submit(
                    s,
                    actor=user,
                    practice_id=self.practice_id,
                    answers=list(self.answers),
                    seconds=self._seconds(),
                )
                self._show(result.practice)
                self.deltas = [
                    DeltaRow(name, after - before, after)
                    for name, before, after in result.mastery_changes.values()
                ]
        except (Unauthorized, Forbidden) as exc:
            self.submitting = False
            return self._refuse(exc)
        except DomainError as exc:
            self.submitting = False
            self.form_error = exc.message
            return None
        self.submitting = False
        return rx.toast.success(f"Scored {self.score}%." if self.score >= 0 else "Submitted.")
