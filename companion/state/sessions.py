"""Sessions: the list with live analysis status, the upload form, one session's detail."""

from __future__ import annotations

import dataclasses
from typing import Any

import reflex as rx
from sqlmodel import Session

from companion import routes
from companion.clock import utcnow
from companion.models import User
from companion.services.errors import DomainError
from companion.services.sessions import session_get, session_list, session_upload, transcript_retry
from companion.services.tutors import tutor_list
from companion.state import live
from companion.state.auth import STUDENTS, AuthState
from companion.state.params import route_id, strict_id
from companion.state.transcript_form import TranscriptForm, take_draft

BUSY = ("pending", "processing")
NO_TUTOR = "none"
ANALYSIS = ("analysis",)
# The stages services/analysis.py writes (STAGES), in order.
STAGE_PERCENT = {"finding concepts": 40, "estimating mastery": 80, "done": 100}
BAD_REQUEST = "That request was not valid. Reload the page and try again."


def stage_percent(status: str, stage: str) -> int:
    """How far the analysis is, for the progress bar."""
    if status == "completed":
        return 100
    return STAGE_PERCENT.get(stage, 5 if status == "pending" else 15)


def stage_label(status: str, stage: str) -> str:
    if status == "pending":
        return "Waiting to start"
    if status == "processing":
        return (stage or "finding concepts").capitalize() + "…"
    return stage


def _progress(transcript: Any) -> dict[str, Any]:
    """A transcript's analysis as the list and the detail show it: status, stage, percent,
    error."""
    status, stage = transcript.status, transcript.stage
    return {
        "status": status,
        "stage": stage_label(status, stage),
        "percent": stage_percent(status, stage),
        "error": transcript.error or "",
    }


@dataclasses.dataclass
class SessionRow:
    id: int
    subject: str
    date: str
    status: str
    stage: str
    percent: int
    error: str
    href: str


@dataclasses.dataclass
class ConceptRow:
    name: str
    description: str
    mastery: int
    difficulty: str
    evidence: list[str]
    measured: bool = True  # False: "not enough evidence yet" instead of the number


@dataclasses.dataclass
class TutorOption:
    value: str
    label: str


def _row(tsession, transcript) -> SessionRow:
    return SessionRow(
        id=tsession.id,
        subject=tsession.subject,
        date=f"{tsession.date:%a %d %b %Y}",
        **_progress(transcript),
        href=routes.session_url(tsession.id),
    )


def _session_rows(db: Session, user: User, limit: int = 50) -> list[SessionRow]:
    rows, _ = session_list(db, actor=user, student_id=user.id, limit=limit)
    return [_row(t, tr) for t, tr in rows]


class SessionsState(TranscriptForm, AuthState):
    """/sessions: the student's sessions with live analysis status, and the upload form."""

    sessions: list[SessionRow] = []
    loaded: bool = False
    tutors: list[TutorOption] = []

    # The upload form (kept on every error); the transcript part is TranscriptForm's.
    form_open: bool = False
    subject: str = ""
    tutor: str = NO_TUTOR
    session_date: str = ""
    subject_error: str = ""
    date_error: str = ""
    form_error: str = ""
    saving: bool = False

    @rx.var
    def any_busy(self) -> bool:
        return any(r.status in BUSY for r in self.sessions)

    @rx.event
    async def load_sessions(self):
        """on_load: the list and the tutors to choose from; analysis changes arrive live."""
        live.reading(self, SessionsState.on_live, ANALYSIS)

        def work(db: Session, user: User) -> tuple[list[SessionRow], list[TutorOption]]:
            tutors = [TutorOption(str(t.id), t.name) for t in tutor_list(db, actor=user)]
            return _session_rows(db, user), tutors

        out = await self._call(work, STUDENTS)
        if not out.ok:
            self.sessions, self.tutors = [], []
            return out.feedback
        self.sessions, self.tutors = out.value
        self.loaded = True
        live.follow(self, SessionsState.on_live, ANALYSIS)
        if not self.session_date:
            self.session_date = utcnow().date().isoformat()
        return None

    @rx.event
    async def on_live(self, kind: str = ""):
        """Sent by the live watcher when an analysis of this student changed."""
        if live.left(self, SessionsState.on_live, routes.SESSIONS):
            return None
        out = await self._call(_session_rows, STUDENTS)
        if out.ok:
            self.sessions = out.value
        return out.feedback

    # ---- the form -------------------------------------------------------------------
    @rx.event
    def toggle_form(self, value: bool):
        self.form_open = value is True

    @rx.event
    def set_subject(self, value: str):
        if isinstance(value, str):
            self.subject, self.subject_error = value[:120], ""

    @rx.event
    def set_tutor(self, value: str):
        if isinstance(value, str) and (
            value == NO_TUTOR or value in {t.value for t in self.tutors}
        ):
            self.tutor = value

    @rx.event
    def set_session_date(self, value: str):
        if isinstance(value, str):
            self.session_date, self.date_error = value[:10], ""

    @rx.event
    async def use_sample(self):
        """Fill the form with a short sample dialogue to try the app."""
        self.subject = self.subject or "Algebra I"
        return await self._use_text(SAMPLE)

    def _show_save_error(self, exc: DomainError) -> None:
        details = exc.details or {}
        self.subject_error = details.get("subject", "") and exc.message
        self.date_error = details.get("date", "") and "Use a real date (YYYY-MM-DD)."
        self.content_error = details.get("content", "") and exc.message
        if not (self.subject_error or self.date_error or self.content_error):
            self.form_error = exc.message

    @rx.event
    async def save_session(self):
        """Save the session and open it: its analysis starts in the background."""
        if self.saving:
            return None
        self.form_error = ""
        self.subject_error = "" if self.subject.strip() else "Tell us the subject, e.g. Algebra I."
        self.date_error = "" if self.session_date else "Pick the date of the session."
        draft = self._transcript_for_save()
        if self.subject_error or self.date_error or draft is None:
            return None
        subject, day = self.subject.strip(), self.session_date
        tutor_id = None if self.tutor == NO_TUTOR else strict_id(self.tutor)

        def work(db: Session, user: User) -> int:
            row = session_upload(
                db,
                actor=user,
                student_id=user.id,
                subject=subject,
                date=day,
                content=take_draft(db, user, draft),
                source=draft[1],
                filename=draft[2],
                tutor_id=tutor_id,
            )
            return row.id

        self.saving = True
        out = await self._call(work, STUDENTS, on_error=self._show_save_error)
        self.saving = False
        if not out.ok:
            return out.feedback
        self._forget_transcript(reset_box=True)
        self.subject, self.form_open = "", False
        return [
            rx.toast.success(f"Saved your {subject} session. Analysing it now…"),
            rx.redirect(routes.session_url(out.value)),
        ]


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
        **_progress(tr),
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


SAMPLE = """Tutor: Today let's work on solving linear equations like 3x + 5 = 20.
Student: Okay. I think I subtract 5 first?
Tutor: Exactly. What do you get when you subtract 5 from both sides?
Student: 3x = 15. Then divide by 3, so x = 5.
Tutor: Great. Now try 2(x - 4) = 10. Remember to distribute first.
Student: I'm confused about distributing. Is it 2x - 4?
Tutor: Not quite. The 2 multiplies both terms: 2x - 8 = 10.
Student: Oh, I see. So 2x = 18 and x = 9.
Tutor: Correct! Let's check: 2(9 - 4) = 2 times 5 = 10. Good.
Student: Can we do one with variables on both sides?
Tutor: Sure: 5x + 2 = 3x + 10. Move the x terms to one side.
Student: 2x + 2 = 10, so 2x = 8, x = 4.
"""
