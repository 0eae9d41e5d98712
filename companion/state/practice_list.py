"""Practice list and generator (/practice): earlier sets, and a new set to ask for."""

from __future__ import annotations

import dataclasses
from typing import Any

import reflex as rx
from sqlmodel import Session

from companion import routes
from companion.models import User
from companion.services.errors import DomainError
from companion.services.practice import practice_get
from companion.services.practice_requests import DIFFICULTIES, practice_request
from companion.services.student_pages import practice_page_read
from companion.state import live
from companion.state.auth import STUDENTS, AuthState
from companion.state.params import query_arg

PRACTICE = ("practice",)
SET_FAILED = "We couldn't write that set. Try again, or pick other concepts."
BAD_REQUEST = "That request was not valid. Reload the page and try again."


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
