"""/admin/sessions, /admin/jobs, /admin/audit: every session, the job queue, the audit log.

Each handler resolves the admin from the HttpOnly cookie again; the services refuse everyone
else, and a refused call empties what the page held.
"""

from __future__ import annotations

import dataclasses

import reflex as rx
from sqlmodel import Session

from companion import routes
from companion.models import User
from companion.services.audit import audit_list
from companion.services.errors import NotFound
from companion.services.queue_admin import queue_overview, queue_retry
from companion.services.sessions import session_list_conducted
from companion.services.users import user_get
from companion.state.admin import PAGE_SIZE, AdminPagedState, AdminState
from companion.state.auth import AuthState
from companion.state.staff import BAD_REQUEST, short_date, short_time


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


class AdminSessionsState(AdminPagedState, AuthState):
    """/admin/sessions: every session, newest first."""

    sessions: list[AdminSessionRow] = []

    def _load(self, s: Session, admin: User) -> None:
        rows, self.total = session_list_conducted(s, actor=admin, page=self.page, limit=PAGE_SIZE)
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

    def _forget(self) -> None:
        self.sessions, self.total = [], 0

    @rx.event
    def load_sessions(self):
        """on_load of /admin/sessions."""
        return self._first_page()


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


class AdminJobsState(AdminState, AuthState):
    """/admin/jobs: how many jobs in each status, the dead ones with their errors, retry."""

    counts: list[CountRow] = []
    dead: list[DeadJobRow] = []

    def _load(self, s: Session, admin: User) -> None:
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

    def _forget(self) -> None:
        self.counts, self.dead = [], []

    @rx.event
    def load_jobs(self):
        """on_load of /admin/jobs (and the Refresh button)."""
        return self._run()

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


class AdminAuditState(AdminPagedState, AuthState):
    """/admin/audit: the audit log, newest first."""

    entries: list[AuditRow] = []

    def _load(self, s: Session, admin: User) -> None:
        rows, self.total = audit_list(s, actor=admin, page=self.page, limit=PAGE_SIZE)
        names = _Names(s, admin)
        self.entries = [
            AuditRow(a.id, short_time(a.at), names(a.actor_id, "System"), a.action, a.target)
            for a in rows
        ]

    def _forget(self) -> None:
        self.entries, self.total = [], 0

    @rx.event
    def load_audit(self):
        """on_load of /admin/audit."""
        return self._first_page()
