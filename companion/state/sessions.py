"""Sessions: the list with live analysis status, the upload form, one session's detail."""

from __future__ import annotations

import asyncio
import dataclasses

import reflex as rx
from sqlmodel import Session

from companion import routes
from companion.clock import utcnow
from companion.db import session_scope
from companion.models import User
from companion.services import messages
from companion.services.errors import DomainError, Invalid, Unauthorized
from companion.services.sessions import (
    session_get,
    session_list,
    session_upload,
    transcript_preview,
    transcript_retry,
)
from companion.services.tutors import tutor_list
from companion.state.auth import STUDENTS, AuthState

POLL_SECONDS = 1.5
BUSY = ("pending", "processing")
SOURCES = {"txt": "txt", "vtt": "vtt", "srt": "srt", "json": "json"}
NO_TUTOR = "none"
PREVIEW_TURNS = 8
STAGE_PERCENT = {"parsing": 25, "finding concepts": 50, "estimating mastery": 75, "done": 100}
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
        return (stage or "parsing").capitalize() + "…"
    return stage


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
class TurnRow:
    speaker: str
    role: str
    text: str


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
        status=transcript.status,
        stage=stage_label(transcript.status, transcript.stage),
        percent=stage_percent(transcript.status, transcript.stage),
        error=transcript.error or "",
        href=routes.session_url(tsession.id),
    )


def _ext(filename: str) -> str:
    return filename.rsplit(".", 1)[-1].lower() if "." in filename else ""


class SessionsState(AuthState):
    """/sessions: the student's sessions, the upload form and the live status poll."""

    sessions: list[SessionRow] = []
    loaded: bool = False
    tutors: list[TutorOption] = []
    polling: bool = False

    # The upload form (kept on every error).
    form_open: bool = False
    subject: str = ""
    tutor: str = NO_TUTOR
    session_date: str = ""
    pasted: str = ""
    file_name: str = ""
    preview: list[TurnRow] = []
    preview_total: int = 0
    preview_format: str = ""
    content_error: str = ""
    subject_error: str = ""
    date_error: str = ""
    form_error: str = ""
    saving: bool = False
    _file_text: str = ""

    def _student(self, s: Session) -> User:
        return self._require_user(s, STUDENTS)

    def _load(self, s: Session, user: User) -> None:
        rows, _ = session_list(s, actor=user, student_id=user.id, limit=50)
        self.sessions = [_row(t, tr) for t, tr in rows]
        self.loaded = True

    @rx.var
    def any_busy(self) -> bool:
        return any(r.status in BUSY for r in self.sessions)

    @rx.event
    def load_sessions(self):
        """on_load: the list, the tutors to choose from, and a poll when analysis runs."""
        try:
            with session_scope() as s:
                user = self._student(s)
                self._load(s, user)
                self.tutors = [TutorOption(str(t.id), t.name) for t in tutor_list(s, actor=user)]
        except DomainError as exc:
            self.sessions = []
            return self._refuse(exc)
        if not self.session_date:
            self.session_date = utcnow().date().isoformat()
        return SessionsState.poll if self.any_busy else None

    @rx.event(background=True)
    async def poll(self):
        """While an analysis is pending or running, refresh the list every 1.5 s."""
        async with self:
            if self.polling:
                return
            self.polling = True
        try:
            while True:
                await asyncio.sleep(POLL_SECONDS)
                async with self:
                    if self.router.page.path != routes.SESSIONS:
                        return
                    try:
                        with session_scope() as s:
                            self._load(s, self._student(s))
                    except DomainError:
                        return
                    if not self.any_busy:
                        return
        finally:
            async with self:
                self.polling = False

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
    def set_pasted(self, value: str):
        if not isinstance(value, str):
            return
        self.pasted = value[:2_100_000]
        if value.strip():
            self.file_name, self._file_text = "", ""
        self.content_error = ""

    def _show_preview(self, text: str, filename: str) -> bool:
        try:
            parsed = transcript_preview(text, filename=filename)
        except DomainError as exc:
            self.preview, self.preview_total, self.preview_format = [], 0, ""
            self.content_error = exc.message
            return False
        self.preview = [
            TurnRow(t.speaker, str(t.role), t.text[:400]) for t in parsed.turns[:PREVIEW_TURNS]
        ]
        self.preview_total, self.preview_format = len(parsed.turns), str(parsed.format)
        self.content_error = ""
        return True

    @rx.event
    def preview_pasted(self):
        """Show how the pasted text reads as a dialogue."""
        if not self.pasted.strip():
            self.content_error = "Paste the transcript first, or drop a file above."
            return None
        self._show_preview(self.pasted, "")
        return None

    @rx.event
    async def handle_upload(self, files: list[rx.UploadFile]):
        """A dropped/chosen file: keep its text on the server and show the parsed preview."""
        try:
            with session_scope() as s:
                self._student(s)
        except DomainError as exc:
            return self._refuse(exc)
        if not isinstance(files, list) or not files:
            return None
        upload = files[0]
        name = (upload.name or upload.filename or "transcript.txt")[-200:]
        if _ext(name) not in SOURCES:
            self.content_error = "Choose a .txt, .vtt, .srt or .json file."
            return None
        data = await upload.read()
        if len(data) > 2 * 1024 * 1024:
            self.content_error = "That file is larger than 2 MB. Split it or paste a part."
            return None
        text = data.decode("utf-8", "replace")
        self.file_name = name
        if self._show_preview(text, name):
            self._file_text, self.pasted = text, ""
        else:
            self._file_text = ""
        return None

    @rx.event
    def clear_file(self):
        self.file_name, self._file_text = "", ""
        self.preview, self.preview_total = [], 0

    @rx.event
    def use_sample(self):
        """Fill the form with a short sample dialogue to try the app."""
        self.subject = self.subject or "Algebra I"
        self.file_name, self._file_text = "", ""
        self.pasted = SAMPLE
        self._show_preview(SAMPLE, "")

    @rx.event
    def save_session(self):
        """Save the session; its analysis starts in the background."""
        if self.saving:
            return None
        self.form_error = ""
        self.subject_error = "" if self.subject.strip() else "Tell us the subject, e.g. Algebra I."
        self.date_error = "" if self.session_date else "Pick the date of the session."
        text = self._file_text or self.pasted
        if not text.strip():
            self.content_error = "Drop a transcript file or paste the text."
        if self.subject_error or self.date_error or not text.strip():
            return None
        source = SOURCES.get(_ext(self.file_name), "paste") if self._file_text else "paste"
        self.saving = True
        try:
            with session_scope() as s:
                user = self._student(s)
                row = session_upload(
                    s,
                    actor=user,
                    student_id=user.id,
                    subject=self.subject.strip(),
                    date=self.session_date,
                    content=text,
                    source=source,
                    filename=self.file_name if self._file_text else "",
                    tutor_id=None if self.tutor == NO_TUTOR else int(self.tutor),
                )
                subject = row.subject
                self._load(s, user)
        except Unauthorized as exc:
            self.saving = False
            return self._refuse(exc)
        except DomainError as exc:
            self.saving = False
            details = exc.details or {}
            self.subject_error = details.get("subject", "") and exc.message
            self.date_error = details.get("date", "") and "Use a real date (YYYY-MM-DD)."
            self.content_error = details.get("content", "") and exc.message
            if not (self.subject_error or self.date_error or self.content_error):
                self.form_error = exc.message
            return None
        self.saving = False
        self.subject, self.pasted, self.file_name, self._file_text = "", "", "", ""
        self.preview, self.preview_total, self.form_open = [], 0, False
        return [
            rx.toast.success(f"Saved your {subject} session. Analysing it now…"),
            SessionsState.poll,
        ]


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
    polling: bool = False

    def _param_id(self) -> int | None:
        raw = self.router.page.params.get("id", "")
        return int(raw) if isinstance(raw, str) and raw.isdigit() and len(raw) < 19 else None

    def _load(self, s: Session, sid: int) -> None:
        detail = session_get(s, actor=self._require_user(s, STUDENTS), session_id=sid)
        t, tr = detail.session, detail.transcript
        self.found, self.session_id, self.subject = True, t.id, t.subject
        self.date = f"{t.date:%A %d %B %Y}"
        self.status, self.error = tr.status, tr.error or ""
        self.stage, self.percent = (
            stage_label(tr.status, tr.stage),
            stage_percent(tr.status, tr.stage),
        )
        self.summary, self.topics = tr.summary or "", list(tr.topics or [])
        self.concepts = [
            ConceptRow(
                c.name, c.description, c.mastery, c.difficulty, list(c.key_points or []), c.measured
            )
            for c in detail.concepts
        ]

    def _clear(self) -> None:
        self.found, self.session_id, self.concepts, self.topics = False, 0, [], []
        self.summary, self.subject, self.status, self.error = "", "", "", ""

    @rx.event
    def load_detail(self):
        sid = self._param_id()
        try:
            with session_scope() as s:
                if sid is None:
                    self._require_user(s, STUDENTS)
                    raise Invalid(messages.NOT_FOUND)
                self._load(s, sid)
        except Unauthorized as exc:
            self._clear()
            return self._refuse(exc)
        except DomainError:
            self._clear()
            return None
        return SessionDetailState.poll if self.status in BUSY else None

    @rx.event(background=True)
    async def poll(self):
        """Follow the analysis stage by stage until it is done or failed."""
        async with self:
            if self.polling or not self.session_id:
                return
            self.polling, sid = True, self.session_id
        try:
            while True:
                await asyncio.sleep(POLL_SECONDS)
                async with self:
                    if self.session_id != sid or self._param_id() != sid:
                        return
                    try:
                        with session_scope() as s:
                            self._load(s, sid)
                    except DomainError:
                        return
                    if self.status not in BUSY:
                        return
        finally:
            async with self:
                self.polling = False

    @rx.event
    def retry(self):
        """Queue a failed analysis again."""
        if not self.session_id or self.retrying:
            return None
        try:
            with session_scope() as s:
                user = self._require_user(s, STUDENTS)
                transcript_retry(s, actor=user, session_id=self.session_id)
                self._load(s, self.session_id)
        except Unauthorized as exc:
            return self._refuse(exc)
        except DomainError as exc:
            return rx.toast.error(exc.message)
        return [rx.toast.info("Trying the analysis again…"), SessionDetailState.poll]


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
