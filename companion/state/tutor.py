"""/tutor: the tutor's students with risk flags, the sessions they conducted, the upload form.

Every handler resolves the tutor from the HttpOnly cookie again and lets the services decide
what that tutor may see; a refused call leaves nothing of another student in the state.
"""

from __future__ import annotations

from typing import ClassVar

import reflex as rx
from sqlmodel import Session

from companion.clock import utcnow
from companion.models import User
from companion.services.errors import DomainError, NotFound
from companion.services.sessions import session_upload
from companion.services.tutors import ROSTER_SORTS
from companion.state.admin import page_count
from companion.state.auth import TUTORS, AuthState
from companion.state.staff import next_sort, positive_id, refused
from companion.state.transcript_form import TranscriptForm, take_draft
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

STUDENT_SORTS = ROSTER_SORTS
DESC_FIRST = ("mastery", "sessions", "last_active")  # the columns that sort high to low first


class TutorState(TranscriptForm, AuthState):
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

    # The upload form; what the tutor typed survives every error (transcript: TranscriptForm).
    UPLOAD_ROLES: ClassVar[tuple[str, ...]] = TUTORS
    student_choice: str = ""
    subject: str = ""
    session_date: str = ""
    student_error: str = ""
    subject_error: str = ""
    date_error: str = ""
    form_error: str = ""
    saving: bool = False

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

    def _check_form(self) -> tuple[int | None, tuple[str, str, str] | None]:
        student_id = positive_id(self.student_choice)
        self.form_error = ""
        self.student_error = "" if student_id else "Choose the student this session was with."
        self.subject_error = "" if self.subject.strip() else "Tell us the subject, e.g. Algebra I."
        self.date_error = "" if self.session_date else "Pick the date of the session."
        return student_id, self._transcript_for_save()

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
    async def save_session(self):
        """Record a session with one of my students; its analysis runs in the background."""
        if self.saving:
            return None
        student_id, draft = self._check_form()
        if not student_id or self.subject_error or self.date_error or draft is None:
            return None
        subject, day = self.subject.strip(), self.session_date

        def work(db: Session, tutor: User) -> str:
            row = session_upload(
                db,
                actor=tutor,
                student_id=student_id,
                subject=subject,
                date=day,
                content=take_draft(db, tutor, draft),
                source=draft[1],
                filename=draft[2],
            )
            return row.subject

        self.saving = True
        out = await self._call(work, TUTORS, on_error=self._show_error)
        self.saving = False
        if not out.ok:
            return out.feedback
        self._forget_transcript(reset_box=True)
        self.subject = ""
        return [
            rx.toast.success(f"Saved the {out.value} session. Its analysis runs now."),
            TutorState.load_home,  # the conducted list, through the page's own loader
        ]
