"""Tutor pages: the students with risk flags, one student's context, the routing queue.

Every handler resolves the tutor from the HttpOnly cookie again and lets the services decide
what that tutor may see; a refused call leaves nothing of another student in the state.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import reflex as rx
from sqlmodel import Session

from companion import routes
from companion.clock import utcnow
from companion.components.flags import flag_color, flag_text
from companion.components.tables import sorted_rows
from companion.db import session_scope
from companion.models import User
from companion.services.errors import DomainError, Forbidden, Invalid, NotFound, Unauthorized
from companion.services.routing import routing_accept, routing_close, routing_list
from companion.services.sessions import session_list_conducted, session_upload
from companion.services.tutors import StudentOverview, student_context, tutor_students
from companion.state.auth import TUTORS, AuthState

BAD_REQUEST = "That request was not valid. Reload the page and try again."
FILE_TYPES = {"txt": "txt", "vtt": "vtt", "srt": "srt", "json": "json"}
MAX_FILE_BYTES = 2 * 1024 * 1024
STUDENT_SORTS = {
    "name": "name",
    "sessions": "sessions",
    "mastery": "mastery_sort",
    "last_active": "last_active",
}


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def ago(moment: datetime | None, now: datetime | None = None) -> str:
    """'today', 'yesterday', '5 days ago' or 'never'."""
    if moment is None:
        return "never"
    days = ((now or utcnow()) - _aware(moment)).days
    return "today" if days <= 0 else "yesterday" if days == 1 else f"{days} days ago"


def short_date(value: str | datetime | None) -> str:
    """'Mon 2 Nov 2026' from an ISO date/datetime (or '' when there is none)."""
    if not value:
        return ""
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    return f"{moment:%a} {moment.day} {moment:%b %Y}"


def short_time(moment: datetime | None) -> str:
    """'2 Nov 2026, 14:05 UTC'."""
    if moment is None:
        return ""
    moment = _aware(moment).astimezone(UTC)
    return f"{moment.day} {moment:%b %Y, %H:%M} UTC"


def positive_id(value: object) -> int | None:
    """An id from a client: a positive int, or a string of digits; None for anything else."""
    if type(value) is int:
        return value if 0 < value < 2**63 else None
    if isinstance(value, str) and value.isdigit() and len(value) < 19:
        return int(value) or None
    return None


def _text(form: object, key: str, limit: int) -> str:
    value = form.get(key, "") if isinstance(form, dict) else ""
    return value[:limit] if isinstance(value, str) else ""


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
        last_active=_aware(item.last_active).isoformat() if item.last_active else "",
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
        try:
            with session_scope() as s:
                self._load(s, self._require_user(s, TUTORS))
        except DomainError as exc:
            self._forget()
            return self._refuse(exc)
        if not self.session_date:
            self.session_date = utcnow().date().isoformat()
        return None

    @rx.event
    def sort_by(self, key: str):
        """Sort the students by a column; the same column again reverses the order."""
        if key not in STUDENT_SORTS:
            return
        if key == self.sort_key:
            self.sort_desc = not self.sort_desc
        else:
            self.sort_key, self.sort_desc = key, key in ("mastery", "sessions", "last_active")

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


# ---------------------------------------------------------------- one student's context
@dataclasses.dataclass
class ContextSession:
    id: int
    subject: str
    date: str
    status: str
    summary: str
    topics: list[str]
    concepts: list[str]


@dataclasses.dataclass
class ContextConcept:
    name: str
    subject: str
    mastery: int
    trend: int
    due: str


@dataclasses.dataclass
class ContextGoal:
    title: str
    subject: str
    progress: int
    status: str


@dataclasses.dataclass
class ContextPractice:
    id: int
    score: int
    has_score: bool
    difficulty: str
    submitted: str


@dataclasses.dataclass
class ContextRequest:
    id: int
    status: str
    urgency: str
    topic: str
    est_minutes: int
    reason: str
    created: str


class TutorStudentState(AuthState):
    """/tutor/students/[id]: everything to read in two minutes before a session."""

    found: bool = False
    loaded: bool = False
    student_id: int = 0
    student_name: str = ""
    student_email: str = ""
    student_grade: str = ""
    sessions: list[ContextSession] = []
    concepts: list[ContextConcept] = []
    goals: list[ContextGoal] = []
    practice: list[ContextPractice] = []
    chat_topics: list[str] = []
    requests: list[ContextRequest] = []

    @rx.var
    def weakest(self) -> list[ContextConcept]:
        return self.concepts[:3]

    @rx.var
    def falling(self) -> list[ContextConcept]:
        return [c for c in self.concepts if c.trend < 0]

    @rx.var
    def open_requests(self) -> int:
        return sum(1 for r in self.requests if r.status == "open")

    @rx.var
    def average_mastery(self) -> int:
        return (
            round(sum(c.mastery for c in self.concepts) / len(self.concepts))
            if self.concepts
            else 0
        )

    def _forget(self) -> None:
        self.found, self.student_id = False, 0
        self.student_name = self.student_email = self.student_grade = ""
        self.sessions, self.concepts, self.goals, self.practice = [], [], [], []
        self.chat_topics, self.requests = [], []

    def _show(self, ctx: dict) -> None:
        student = ctx["student"]
        self.student_id, self.student_name = student["id"], student["name"]
        self.student_email, self.student_grade = student["email"], student["grade"] or ""
        self.sessions = [
            ContextSession(
                s["id"],
                s["subject"],
                short_date(s["date"]),
                s["status"],
                s["summary"],
                list(s["topics"] or []),
                s["concepts"],
            )
            for s in ctx["sessions"]
        ]
        self.concepts = [
            ContextConcept(
                c["name"], c["subject"], c["mastery"], c["trend"], short_date(c["due_at"])
            )
            for c in ctx["concepts"]
        ]
        self.goals = [
            ContextGoal(g["title"], g["subject"], g["progress"], g["status"]) for g in ctx["goals"]
        ]
        self.practice = [
            ContextPractice(
                p["id"],
                p["score"] or 0,
                p["score"] is not None,
                p["difficulty"] or "",
                short_date(p["submitted_at"]),
            )
            for p in ctx["practice"]
        ]
        self.chat_topics = list(ctx["chat_topics"])
        self.requests = [
            ContextRequest(
                r["id"],
                r["status"],
                r["urgency"],
                r["topic"],
                r["est_minutes"],
                r["reason"],
                short_date(r["created_at"]),
            )
            for r in ctx["routing"]
        ]
        self.found = True

    @rx.event
    def load_context(self):
        """on_load: the student in the URL, if they are this tutor's student."""
        self._forget()
        self.loaded = False
        student_id = positive_id(self.router.page.params.get("id", ""))
        try:
            with session_scope() as s:
                tutor = self._require_user(s, TUTORS)
                if student_id is None:
                    raise NotFound("We couldn't find that student.")
                ctx = student_context(s, actor=tutor, student_id=student_id)
        except DomainError as exc:
            self._forget()
            self.loaded = True
            return self._refuse(exc)
        self._show(ctx)
        self.loaded = True
        return None


# ---------------------------------------------------------------- the routing queue
@dataclasses.dataclass
class RequestRow:
    id: int
    student_name: str
    student_url: str
    urgency: str
    topic: str
    est_minutes: int
    reason: str
    preferred_time: str
    created: str


def parse_when(value: str, now: datetime) -> datetime | None:
    """A 'YYYY-MM-DDTHH:MM' (UTC) from the form: None when empty, Invalid when wrong or past."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise Invalid(
            "Use a date and time like 2026-11-30 16:00.", details={"when": "bad format"}
        ) from None
    moment = _aware(moment).astimezone(UTC)
    if moment < now:
        raise Invalid("Pick a time in the future.", details={"when": "in the past"})
    if moment.year > now.year + 1:
        raise Invalid("Pick a time within the next year.", details={"when": "too far"})
    return moment


class RoutingState(AuthState):
    """/tutor/routing: open requests of my students, to accept (optionally scheduled) or close."""

    requests: list[RequestRow] = []
    loaded: bool = False
    busy_id: int = 0

    def _load(self, s: Session, tutor: User) -> None:
        names = {item.student.id: item.student.name for item in tutor_students(s, actor=tutor)}
        self.requests = [
            RequestRow(
                id=r.id,
                student_name=names.get(r.student_id, "A student"),
                student_url=routes.tutor_student_url(r.student_id),
                urgency=r.urgency,
                topic=r.topic or "(no topic given)",
                est_minutes=r.est_minutes,
                reason=r.reason,
                preferred_time=r.preferred_time or "",
                created=short_time(r.created_at),
            )
            for r in routing_list(s, actor=tutor, status="open")
        ]
        self.loaded = True

    @rx.event
    def load_queue(self):
        """on_load of /tutor/routing."""
        try:
            with session_scope() as s:
                self._load(s, self._require_user(s, TUTORS))
        except DomainError as exc:
            self.requests = []
            return self._refuse(exc)
        return None

    def _act(self, request_id: int, work) -> rx.event.EventSpec | None:
        self.busy_id = request_id
        try:
            with session_scope() as s:
                tutor = self._require_user(s, TUTORS)
                message = work(s, tutor)
                self._load(s, tutor)
        except (Unauthorized, Forbidden) as exc:
            return self._refuse(exc)
        except DomainError as exc:
            return rx.toast.error(exc.message)
        finally:
            self.busy_id = 0
        return rx.toast.success(message)

    @rx.event
    def accept(self, form: dict):
        """Take a request; with a date and time it is scheduled. The student is notified."""
        request_id = positive_id(_text(form, "request_id", 20))
        when_text = _text(form, "when", 40).strip()
        if request_id is None:
            return rx.toast.error(BAD_REQUEST)

        def work(s: Session, tutor: User) -> str:
            when = parse_when(when_text, utcnow())
            row = routing_accept(s, actor=tutor, request_id=request_id, scheduled_for=when)
            at = f" for {short_time(when)}" if when else ""
            return f"You took the request about {row.topic or 'their studies'}{at}."

        return self._act(request_id, work)

    @rx.event
    def close(self, form: dict):
        """Close a request with a note (why, or what was done)."""
        request_id = positive_id(_text(form, "request_id", 20))
        note = _text(form, "note", 1000)
        if request_id is None:
            return rx.toast.error(BAD_REQUEST)

        def work(s: Session, tutor: User) -> str:
            routing_close(s, actor=tutor, request_id=request_id, note=note.strip())
            return "Request closed."

        return self._act(request_id, work)
