"""Sessions: the list with live analysis status and the upload form (one session's detail:
state/session_detail.py)."""

from __future__ import annotations

import dataclasses
from typing import Any

import reflex as rx
from sqlmodel import Session

from companion import routes
from companion.clock import utcnow
from companion.models import User
from companion.services.errors import DomainError
from companion.services.sessions import session_list, session_upload
from companion.services.tutors import tutor_list
from companion.state import live
from companion.state.auth import STUDENTS, AuthState
from companion.state.params import strict_id
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


def analysis_progress(transcript: Any) -> dict[str, Any]:
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
class TutorOption:
    value: str
    label: str


def _row(tsession, transcript) -> SessionRow:
    return SessionRow(
        id=tsession.id,
        subject=tsession.subject,
        date=f"{tsession.date:%a %d %b %Y}",
        **analysis_progress(transcript),
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
