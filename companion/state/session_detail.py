"""/sessions/[id]: one session's summary, topics, concepts with mastery and evidence."""

from __future__ import annotations

import dataclasses

import reflex as rx
from sqlmodel import Session

from companion.models import User
from companion.services.sessions import session_get, transcript_retry
from companion.state import live
from companion.state.auth import STUDENTS, AuthState
from companion.state.params import route_id
from companion.state.sessions import ANALYSIS, analysis_progress


@dataclasses.dataclass
class ConceptRow:
    name: str
    description: str
    mastery: int
    difficulty: str
    evidence: list[str]
    measured: bool = True  # False: "not enough evidence yet" instead of the number


@dataclasses.dataclass
class Detail:
    session_id: int
    subject: str
    date: str
    status: str
    stage: str
    percent: int
    error: str
    summary: str
    topics: list[str]
    concepts: list[ConceptRow]


def _detail(db: Session, user: User, sid: int) -> Detail:
    found = session_get(db, actor=user, session_id=sid)
    t, tr = found.session, found.transcript
    return Detail(
        session_id=t.id,
        subject=t.subject,
        date=f"{t.date:%A %d %B %Y}",
        **analysis_progress(tr),
        summary=tr.summary or "",
        topics=list(tr.topics or []),
        concepts=[
            ConceptRow(
                c.name, c.description, c.mastery, c.difficulty, list(c.key_points or []), c.measured
            )
            for c in found.concepts
        ],
    )


class SessionDetailState(AuthState):
    """/sessions/[id]: summary, topics, concepts with mastery and evidence, retry."""

    found: bool = False
    session_id: int = 0
    subject: str = ""
    date: str = ""
    status: str = ""
    stage: str = ""
    percent: int = 0
    error: str = ""
    summary: str = ""
    topics: list[str] = []
    concepts: list[ConceptRow] = []
    retrying: bool = False

    def _show(self, d: Detail) -> None:
        self.found, self.session_id, self.subject, self.date = True, d.session_id, d.subject, d.date
        self.status, self.stage, self.percent, self.error = d.status, d.stage, d.percent, d.error
        self.summary, self.topics, self.concepts = d.summary, d.topics, d.concepts

    def _clear(self) -> None:
        self.found, self.session_id, self.concepts, self.topics = False, 0, [], []
        self.summary, self.subject, self.status, self.error = "", "", "", ""

    async def _reload(self, sid: int | None):
        out = await self._call(
            lambda db, user: None if sid is None else _detail(db, user, sid),
            STUDENTS,
            on_error=lambda exc: None,  # not found or not yours: the page says "not found"
        )
        if not out.ok or out.value is None:
            self._clear()
            return out.feedback
        self._show(out.value)
        return None

    @rx.event
    async def load_detail(self):
        """on_load: the session in the route (a malformed id shows "not found")."""
        live.reading(self, SessionDetailState.on_live, ANALYSIS)
        feedback = await self._reload(route_id(self))
        if self.found:
            live.follow(self, SessionDetailState.on_live, ANALYSIS)
        return feedback

    @rx.event
    async def on_live(self, kind: str = ""):
        """Sent by the live watcher: follow the analysis stage by stage."""
        sid = route_id(self)
        if not self.session_id or sid != self.session_id:
            live.unfollow(self, SessionDetailState.on_live)
            return None
        return await self._reload(sid)

    @rx.event
    async def retry(self):
        """Queue a failed analysis again."""
        if not self.session_id or self.retrying:
            return None
        sid = self.session_id

        def work(db: Session, user: User) -> Detail:
            transcript_retry(db, actor=user, session_id=sid)
            return _detail(db, user, sid)

        self.retrying = True
        out = await self._call(work, STUDENTS)
        self.retrying = False
        if not out.ok:
            return out.feedback
        self._show(out.value)
        return rx.toast.info("Trying the analysis again…")
