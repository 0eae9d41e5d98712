"""/tutor: the tutor's students with risk flags, the sessions they conducted, the upload form.

Every handler resolves the tutor from the HttpOnly cookie again and lets the services decide
what that tutor may see; a refused call leaves nothing of another student in the state.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime

import reflex as rx
from sqlmodel import Session

from companion import routes
from companion.clock import utcnow
from companion.components.flags import flag_color, flag_text
from companion.components.tables import sorted_rows
from companion.db import session_scope
from companion.models import User
from companion.services.errors import DomainError, Forbidden, NotFound, Unauthorized
from companion.services.sessions import (
    MAX_TRANSCRIPT_BYTES,
    session_list_conducted,
    session_upload,
)
from companion.services.tutors import StudentOverview, tutor_students
from companion.state.auth import TUTORS, AuthState
from companion.state.staff import ago, aware, load_as, next_sort, positive_id, short_date

FILE_TYPES = {"txt": "txt", "vtt": "vtt", "srt": "srt", "json": "json"}
MAX_FILE_BYTES = MAX_TRANSCRIPT_BYTES  # the one limit, shared with /_upload and the API
STUDENT_SORTS = {
    "name": "name",
    "sessions": "sessions",
    "mastery": "mastery_sort",
    "last_active": "last_active",
}
DESC_FIRST = ("mastery", "sessions", "last_active")  # the columns that sort high to low first


# ---------------------------------------------------------------- rows sent to the page
@dataclasses.dataclass
class FlagRow:
    text: str
    color: str
    why: str


@dataclasses.dataclass
class StudentRow:
    id: int
    name: str
    email: str
    grade: str
    url: str
    sessions: int
    mastery: int
    has_mastery: bool
    mastery_sort: int | None
    last_active: str  # ISO, sorts as time
    last_active_label: str
    open_requests: int
    flags: list[FlagRow]


@dataclasses.dataclass
class ConductedRow:
    id: int
    student_name: str
    student_url: str
    subject: str
    date: str
    status: str


@dataclasses.dataclass
class StudentOption:
    value: str
    label: str


def _student_row(item: StudentOverview, now: datetime) -> StudentRow:
    student = item.student
    return StudentRow(
        id=student.id,
        name=student.name,
        email=student.email,
        grade=student.grade or "",
        url=routes.tutor_student_url(student.id),
        sessions=item.sessions,
        mastery=item.avg_mastery or 0,
        has_mastery=item.avg_mastery is not None,
        mastery_sort=item.avg_mastery,
        last_active=aware(item.last_active).isoformat() if item.last_active else "",
        last_active_label=ago(item.last_active, now),
        open_requests=item.open_requests,
        flags=[FlagRow(flag_text(label), flag_color(label), why) for label, why in item.flags],
    )


class TutorState(AuthState):
    """/tutor: my students (sortable, flagged), sessions I conducted, and the upload form."""

    students: list[StudentRow] = []
    conducted: list[ConductedRow] = []
    conducted_total: int = 0
    loaded: bool = False
    sort_key: str = "name"
    sort_desc: bool = False

    # The upload form; what the tutor typed survives every error.
    student_choice: str = ""
    subject: str = ""
    session_date: str = ""
    pasted: str = ""
    file_name: str = ""
    student_error: str = ""
    subject_error: str = ""
    date_error: str = ""
    content_error: str = ""
    form_error: str = ""
    saving: bool = False
    _file_text: str = ""

    @rx.var
    def sorted_students(self) -> list[StudentRow]:
        return sorted_rows(self.students, STUDENT_SORTS.get(self.sort_key, "name"), self.sort_desc)

    @rx.var
    def student_options(self) -> list[StudentOption]:
        return [StudentOption(str(s.id), s.name) for s in self.students]

    @rx.var
    def flagged_count(self) -> int:
        return sum(1 for s in self.students if s.flags)

    def _forget(self) -> None:
        self.students, self.conducted, self.conducted_total = [], [], 0

    def _load(self, s: Session, tutor: User) -> None:
        now = utcnow()
        overview = tutor_students(s, actor=tutor, now=now)
        self.students = [_student_row(item, now) for item in overview]
        names = {item.student.id: item.student.name for item in overview}
        rows, self.conducted_total = session_list_conducted(s, actor=tutor, limit=50)
        self.conducted = [
            ConductedRow(
                id=t.id,
                student_name=names.get(t.student_id, "A former student"),
                student_url=routes.tutor_student_url(t.student_id),
                subject=t.subject,
                date=short_date(t.date),
                status=tr.status,
            )
            for t, tr in rows
        ]
        self.loaded = True

    @rx.event
    def load_home(self):
        """on_load of /tutor."""
        refused = load_as(self, TUTORS, self._load, self._forget)
        if refused is not None:
            return refused
        if not self.session_date:
            self.session_date = utcnow().date().isoformat()
        return None

    @rx.event
    def sort_by(self, key: str):
        """Sort the students by a column; the same column again reverses the order."""
        order = next_sort((self.sort_key, self.sort_desc), key, STUDENT_SORTS, DESC_FIRST)
        if order is not None:
            self.sort_key, self.sort_desc = order

    # ---- the upload form --------------------------------------------------------------
    @rx.event
    def set_student_choice(self, value: str):
        if isinstance(value, str) and value in {o.value for o in self.student_options}:
            self.student_choice, self.student_error = value, ""

    @rx.event
    def set_subject(self, value: str):
        if isinstance(value, str):
            self.subject, self.subject_error = value[:120], ""

    @rx.event
    def set_session_date(self, value: str):
        if isinstance(value, str):
            self.session_date, self.date_error = value[:10], ""

    @rx.event
    def set_pasted(self, value: str):
        if isinstance(value, str):
            self.pasted, self.content_error = value[:MAX_FILE_BYTES], ""
            if value.strip():
                self.file_name, self._file_text = "", ""

    @rx.event
    async def handle_upload(self, files: list[rx.UploadFile]):
        """A chosen transcript file: its text stays on the server until the form is saved."""
        try:
            with session_scope() as s:
                self._require_user(s, TUTORS)
        except DomainError as exc:
            return self._refuse(exc)
        if not isinstance(files, list) or not files:
            return None
        upload = files[0]
        name = (upload.name or upload.filename or "transcript.txt")[-200:]
        if name.rsplit(".", 1)[-1].lower() not in FILE_TYPES:
            self.content_error = "Choose a .txt, .vtt, .srt or .json file."
            return None
        data = await upload.read()
        if len(data) > MAX_FILE_BYTES:
            self.content_error = "That file is larger than 2 MB. Split it or paste a part."
            return None
        self.file_name, self._file_text = name, data.decode("utf-8", "replace")
        self.pasted, self.content_error = "", ""
        return None

    @rx.event
    def clear_file(self):
        self.file_name, self._file_text = "", ""

    def _check_form(self) -> tuple[int | None, str]:
        student_id = positive_id(self.student_choice)
        text = self._file_text or self.pasted
        self.form_error = ""
        self.student_error = "" if student_id else "Choose the student this session was with."
        self.subject_error = "" if self.subject.strip() else "Tell us the subject, e.g. Algebra I."
        self.date_error = "" if self.session_date else "Pick the date of the session."
        self.content_error = "" if text.strip() else "Choose a transcript file or paste the text."
        return student_id, text

    def _show_error(self, exc: DomainError) -> None:
        details = exc.details or {}
        self.subject_error = details.get("subject", "") and exc.message
        self.date_error = details.get("date", "") and "Use a real date (YYYY-MM-DD)."
        self.content_error = details.get("content", "") and exc.message
        if isinstance(exc, NotFound):
            self.student_error = "Choose one of your students."
        elif not (self.subject_error or self.date_error or self.content_error):
            self.form_error = exc.message

    @rx.event
    def save_session(self):
        """Record a session with one of my students; its analysis runs in the background."""
        if self.saving:
            return None
        student_id, text = self._check_form()
        if not student_id or self.subject_error or self.date_error or self.content_error:
            return None
        ext = self.file_name.rsplit(".", 1)[-1].lower() if self._file_text else ""
        self.saving = True
        try:
            with session_scope() as s:
                tutor = self._require_user(s, TUTORS)
                row = session_upload(
                    s,
                    actor=tutor,
                    student_id=student_id,
                    subject=self.subject.strip(),
                    date=self.session_date,
                    content=text,
                    source=FILE_TYPES.get(ext, "paste"),
                    filename=self.file_name if self._file_text else "",
                )
                subject = row.subject
                self._load(s, tutor)
        except (Unauthorized, Forbidden) as exc:
            self.saving = False
            return self._refuse(exc)
        except DomainError as exc:
            self.saving = False
            self._show_error(exc)
            return None
        self.saving = False
        self.subject, self.pasted, self.file_name, self._file_text = "", "", "", ""
        return rx.toast.success(f"Saved the {subject} session. Its analysis runs now.")
