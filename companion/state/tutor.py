"""/tutor: the tutor's students with risk flags, the sessions they conducted, the upload form.

Every handler resolves the tutor from the HttpOnly cookie again and lets the services decide
what that tutor may see; a refused call leaves nothing of another student in the state.
"""

from __future__ import annotations

import reflex as rx
from sqlmodel import Session

from companion.clock import utcnow
from companion.db import session_scope
from companion.models import User
from companion.services.errors import DomainError, Forbidden, NotFound, Unauthorized
from companion.services.sessions import session_upload
from companion.services.tutors import ROSTER_SORTS
from companion.state.admin import page_count
from companion.state.auth import TUTORS, AuthState
from companion.state.staff import next_sort, positive_id, refused
from companion.state.tutor_rows import (
    ConductedRow,
    Home,
    RosterPage,
    StudentOption,
    StudentRow,
    home_page,
    roster_page,
    student_options,
)

FILE_TYPES = {"txt": "txt", "vtt": "vtt", "srt": "srt", "json": "json"}
MAX_FILE_BYTES = 2 * 1024 * 1024
STUDENT_SORTS = ROSTER_SORTS
DESC_FIRST = ("mastery", "sessions", "last_active")  # the columns that sort high to low first


class TutorState(AuthState):
    """/tutor: my students (sorted and paged by the database, flagged), sessions I conducted,
    and the upload form. The page holds one list of students: the page on screen."""

    students: list[StudentRow] = []
    total: int = 0
    page: int = 1
    flagged_count: int = 0
    conducted: list[ConductedRow] = []
    conducted_total: int = 0
    loaded: bool = False
    sort_key: str = "name"
    sort_desc: bool = False
    # Every student of the tutor for the upload form's select: read when the select first
    # opens, not with every page load (a tutor may have thousands).
    student_options: list[StudentOption] = []

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
    def pages(self) -> int:
        return page_count(self.total)

    def _show_roster(self, roster: RosterPage | None, with_flagged: bool = True) -> None:
        self.students = roster.rows if roster else []
        self.total = roster.total if roster else 0
        if with_flagged or roster is None:
            self.flagged_count = roster.flagged if roster else 0

    def _show(self, home: Home | None) -> None:
        self._show_roster(home.roster if home else None)
        self.conducted = home.conducted if home else []
        self.conducted_total = home.conducted_total if home else 0
        if home is None:
            self.student_options = []
        self.loaded = home is not None

    def _load(self, s: Session, tutor: User) -> None:
        """Fill the page in the caller's transaction (the upload form reloads it after saving)."""
        self.page = 1
        self._show(home_page(s, tutor, self.sort_key, self.sort_desc))

    @rx.event
    async def load_home(self):
        """on_load of /tutor."""
        sort, desc = self.sort_key, self.sort_desc
        out = await self._call(lambda db, user: home_page(db, user, sort, desc), TUTORS)
        self.page = 1
        self._show(out.value)
        if out.ok and not self.session_date:
            self.session_date = utcnow().date().isoformat()
        return out.feedback

    @rx.event
    async def load_options(self, opened: bool = True):
        """The upload form's student select opened: list the tutor's students once."""
        if opened is not True or self.student_options:
            return None
        out = await self._call(student_options, TUTORS)
        self.student_options = out.value if out.ok else []
        return out.feedback

    async def _show_page(self, sort: str, desc: bool, page: int):
        # Sorting and paging leave the flagged count as it is: only the shown rows are read.
        out = await self._call(
            lambda db, user: roster_page(db, user, sort, desc, page, count_flagged=False), TUTORS
        )
        if out.ok:
            self.sort_key, self.sort_desc, self.page = sort, desc, page
            self._show_roster(out.value, with_flagged=False)
        elif refused(self, out, TUTORS):
            self._show(None)
        return out.feedback

    @rx.event
    async def sort_by(self, key: str):
        """Sort the students by a column; the same column again reverses the order."""
        order = next_sort((self.sort_key, self.sort_desc), key, STUDENT_SORTS, DESC_FIRST)
        if order is None:
            return None
        return await self._show_page(*order, 1)

    @rx.event
    async def go_to_page(self, page: int):
        """Show another page of students; anything but an existing page number is ignored."""
        if type(page) is not int or not 1 <= page <= self.pages:
            return None
        return await self._show_page(self.sort_key, self.sort_desc, page)

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
