"""Admin pages: accounts, every session, the job queue, the audit log.

Each handler resolves the admin from the HttpOnly cookie again; the services refuse everyone
else, and a refused call empties what the page held.
"""

from __future__ import annotations

import dataclasses
import functools
import math

import reflex as rx
from sqlmodel import Session

from companion import routes
from companion.api.session_cookie import token_from_cookie_header
from companion.components.tables import sorted_rows
from companion.db import session_scope
from companion.models import Role, User
from companion.services.audit import audit_list
from companion.services.errors import DomainError, NotFound, Unauthorized
from companion.services.queue_admin import queue_overview, queue_retry
from companion.services.sessions import session_list_conducted
from companion.services.users import (
    user_create,
    user_from_token,
    user_get,
    user_list,
    user_set_active,
    user_set_role,
)
from companion.state.auth import ADMINS, AuthState
from companion.state.tutor import BAD_REQUEST, ago, short_date, short_time

PAGE_SIZE = 50
ROLES = tuple(r.value for r in Role)
USER_SORTS = ("name", "email", "role", "created")


def _pages(total: int) -> int:
    return max(1, math.ceil(total / PAGE_SIZE))


def _page_arg(value: object, pages: int) -> int | None:
    return value if type(value) is int and 1 <= value <= pages else None


class _Names:
    """Display names of the accounts a page mentions, each read once through the service."""

    def __init__(self, session: Session, actor: User) -> None:
        self._session, self._actor, self._cache = session, actor, {}

    def __call__(self, user_id: int | None, missing: str = "—") -> str:
        if user_id is None:
            return missing
        if user_id not in self._cache:
            try:
                self._cache[user_id] = user_get(
                    self._session, actor=self._actor, user_id=user_id
                ).name
            except NotFound:
                self._cache[user_id] = f"Deleted account #{user_id}"
        return self._cache[user_id]


# ---------------------------------------------------------------- users
@dataclasses.dataclass
class UserRow:
    id: int
    name: str
    email: str
    role: str
    active: bool
    created: str  # ISO, sorts as time
    created_label: str
    last_active: str
    is_me: bool


class AdminUsersState(AuthState):
    """/admin/users: list, create, change role, deactivate and reactivate."""

    users: list[UserRow] = []
    total: int = 0
    page: int = 1
    loaded: bool = False
    sort_key: str = "created"
    sort_desc: bool = True
    create_open: bool = False
    create_error: str = ""
    email_error: str = ""
    name_error: str = ""
    password_error: str = ""
    creating: bool = False

    @rx.var
    def pages(self) -> int:
        return _pages(self.total)

    @rx.var
    def sorted_users(self) -> list[UserRow]:
        return sorted_rows(self.users, self.sort_key, self.sort_desc)

    def _load(self, s: Session, admin: User) -> None:
        rows, self.total = user_list(s, actor=admin, page=self.page, limit=PAGE_SIZE)
        self.users = [
            UserRow(
                id=u.id,
                name=u.name,
                email=u.email,
                role=u.role,
                active=u.is_active,
                created=u.created_at.isoformat(),
                created_label=short_date(u.created_at),
                last_active=ago(u.last_active_at),
                is_me=u.id == admin.id,
            )
            for u in rows
        ]
        self.loaded = True

    def _run(self, work) -> rx.event.EventSpec | None:
        """Open a transaction as the verified admin, do `work`, reload; errors become toasts."""
        try:
            with session_scope() as s:
                admin = self._require_user(s, ADMINS)
                message = work(s, admin)
                self._load(s, admin)
        except DomainError as exc:
            if not isinstance(exc, Unauthorized) and self._role == Role.admin.value:
                return rx.toast.error(exc.message)
            self.users, self.total = [], 0
            return self._refuse(exc)
        return rx.toast.success(message) if message else None

    @rx.event
    def load_users(self):
        """on_load of /admin/users."""
        self.page = 1
        return self._run(lambda s, admin: "")

    @rx.event
    def go_to_page(self, page: int):
        if (number := _page_arg(page, self.pages)) is None:
            return None
        self.page = number
        return self._run(lambda s, admin: "")

    @rx.event
    def sort_by(self, key: str):
        if key not in USER_SORTS:
            return
        if key == self.sort_key:
            self.sort_desc = not self.sort_desc
        else:
            self.sort_key, self.sort_desc = key, key == "created"

    @rx.event
    def set_role(self, user_id: int, role: str):
        """Change an account's role; the account's open sessions end (the service revokes tokens)."""
        if type(user_id) is not int or role not in ROLES:
            return rx.toast.error(BAD_REQUEST)

        def work(s: Session, admin: User) -> str:
            user = user_set_role(s, actor=admin, user_id=user_id, role=role)
            return f"{user.name}'s role is now {role}."

        return self._run(work)

    @rx.event
    def set_active(self, user_id: int, active: bool):
        """Deactivate (signed out everywhere at once) or reactivate an account."""
        if type(user_id) is not int or type(active) is not bool:
            return rx.toast.error(BAD_REQUEST)

        def work(s: Session, admin: User) -> str:
            user = user_set_active(s, actor=admin, user_id=user_id, active=active)
            return f"{user.name} was {'reactivated' if active else 'deactivated and signed out'}."

        return self._run(work)

    @rx.event
    def toggle_create(self, value: bool):
        self.create_open = value is True

    def _show_create_error(self, exc: DomainError | None) -> None:
        details = exc.details if exc else {}
        self.email_error = details.get("email", "") and (exc.message if exc else "")
        self.name_error = details.get("name", "") and (exc.message if exc else "")
        self.password_error = details.get("password", "") and (exc.message if exc else "")
        shown = self.email_error or self.name_error or self.password_error
        self.create_error = exc.message if exc and not shown else ""

    @rx.event(background=True)
    async def create_user(self, form: dict):
        """Create an account with any role (audited); the form keeps its values on error.

        Hashing the password is slow, so it runs in a thread; the service checks the
        admin again there, from the same cookie.
        """
        form = form if isinstance(form, dict) else {}
        values = {
            k: v if isinstance(v := form.get(k), str) else ""
            for k in ("email", "name", "password", "role")
        }
        async with self:
            if self.creating:
                return None
            self._show_create_error(None)
            refused = self._guard(ADMINS)
            if refused is not None:
                return refused
            token = token_from_cookie_header(self.router.headers.cookie)
            self.creating = True
        try:
            name, role = await rx.run_in_thread(functools.partial(_create, token, values))
        except DomainError as exc:
            async with self:
                self.creating = False
                self._show_create_error(exc)
            return None
        async with self:
            self.creating, self.create_open, self.page = False, False, 1
            return self._run(lambda s, admin: f"Created {name} ({role}).")


def _create(token: str, values: dict[str, str]) -> tuple[str, str]:
    with session_scope() as s:
        admin = user_from_token(s, token)
        user = user_create(
            s,
            actor=admin,
            email=values["email"],
            name=values["name"],
            password=values["password"],
            role=values["role"] or "student",
        )
        return user.name, user.role


# ---------------------------------------------------------------- sessions
@dataclasses.dataclass
class AdminSessionRow:
    id: int
    date: str
    subject: str
    student: str
    student_url: str
    tutor: str
    status: str


class AdminSessionsState(AuthState):
    """/admin/sessions: every session, newest first."""

    sessions: list[AdminSessionRow] = []
    total: int = 0
    page: int = 1
    loaded: bool = False

    @rx.var
    def pages(self) -> int:
        return _pages(self.total)

    def _fill(self):
        try:
            with session_scope() as s:
                admin = self._require_user(s, ADMINS)
                rows, self.total = session_list_conducted(
                    s, actor=admin, page=self.page, limit=PAGE_SIZE
                )
                names = _Names(s, admin)
                self.sessions = [
                    AdminSessionRow(
                        id=t.id,
                        date=short_date(t.date),
                        subject=t.subject,
                        student=names(t.student_id),
                        student_url=routes.tutor_student_url(t.student_id),
                        tutor=names(t.tutor_id, "No tutor"),
                        status=tr.status,
                    )
                    for t, tr in rows
                ]
        except DomainError as exc:
            self.sessions, self.total = [], 0
            return self._refuse(exc)
        self.loaded = True
        return None

    @rx.event
    def load_sessions(self):
        """on_load of /admin/sessions."""
        self.page = 1
        return self._fill()

    @rx.event
    def go_to_page(self, page: int):
        if (number := _page_arg(page, self.pages)) is None:
            return None
        self.page = number
        return self._fill()


# ---------------------------------------------------------------- jobs
@dataclasses.dataclass
class CountRow:
    status: str
    count: int


@dataclasses.dataclass
class DeadJobRow:
    id: int
    kind: str
    attempts: int
    error: str
    created: str
    finished: str


class AdminJobsState(AuthState):
    """/admin/jobs: how many jobs in each status, the dead ones with their errors, retry."""

    counts: list[CountRow] = []
    dead: list[DeadJobRow] = []
    loaded: bool = False

    def _run(self, work) -> rx.event.EventSpec | None:
        try:
            with session_scope() as s:
                admin = self._require_user(s, ADMINS)
                message = work(s, admin)
                stats, dead = queue_overview(s, actor=admin)
                self.counts = [CountRow(k, v) for k, v in stats.items()]
                self.dead = [
                    DeadJobRow(
                        j.id,
                        j.kind,
                        j.attempts,
                        j.last_error or "(no error kept)",
                        short_time(j.created_at),
                        short_time(j.finished_at),
                    )
                    for j in dead
                ]
        except DomainError as exc:
            if not isinstance(exc, Unauthorized) and self._role == Role.admin.value:
                return rx.toast.error(exc.message)
            self.counts, self.dead = [], []
            return self._refuse(exc)
        self.loaded = True
        return rx.toast.success(message) if message else None

    @rx.event
    def load_jobs(self):
        """on_load of /admin/jobs (and the Refresh button)."""
        return self._run(lambda s, admin: "")

    @rx.event
    def retry(self, job_id: int):
        """Queue a dead job again (audited)."""
        if type(job_id) is not int:
            return rx.toast.error(BAD_REQUEST)

        def work(s: Session, admin: User) -> str:
            job = queue_retry(s, actor=admin, job_id=job_id)
            return f"Job #{job.id} ({job.kind}) is queued again."

        return self._run(work)


# ---------------------------------------------------------------- audit log
@dataclasses.dataclass
class AuditRow:
    id: int
    at: str
    actor: str
    action: str
    target: str


class AdminAuditState(AuthState):
    """/admin/audit: the audit log, newest first."""

    entries: list[AuditRow] = []
    total: int = 0
    page: int = 1
    loaded: bool = False

    @rx.var
    def pages(self) -> int:
        return _pages(self.total)

    def _fill(self):
        try:
            with session_scope() as s:
                admin = self._require_user(s, ADMINS)
                rows, self.total = audit_list(s, actor=admin, page=self.page, limit=PAGE_SIZE)
                names = _Names(s, admin)
                self.entries = [
                    AuditRow(
                        a.id, short_time(a.at), names(a.actor_id, "System"), a.action, a.target
                    )
                    for a in rows
                ]
        except DomainError as exc:
            self.entries, self.total = [], 0
            return self._refuse(exc)
        self.loaded = True
        return None

    @rx.event
    def load_audit(self):
        """on_load of /admin/audit."""
        self.page = 1
        return self._fill()

    @rx.event
    def go_to_page(self, page: int):
        if (number := _page_arg(page, self.pages)) is None:
            return None
        self.page = number
        return self._fill()
