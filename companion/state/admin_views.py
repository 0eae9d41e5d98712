"""/admin/sessions, /admin/jobs, /admin/audit: every session, the job queue, the audit log.

Each page is one bounded read (names joined in the database, one page of rows); handlers go
through `AdminState._reload`, so a refused call empties what the page held.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import reflex as rx
from sqlmodel import Session

from companion import routes
from companion.models import User
from companion.services.audit import audit_list
from companion.services.listings import sessions_page
from companion.services.queue_admin import queue_overview, queue_retry
from companion.state.admin import PAGE_SIZE, AdminPagedState, AdminState
from companion.state.auth import AuthState
from companion.state.staff import BAD_REQUEST, short_date, short_time


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

    def _fetch(self) -> Callable[[Session, User], tuple[list[AdminSessionRow], int]]:
        page = self.page

        def fetch(db: Session, admin: User) -> tuple[list[AdminSessionRow], int]:
            listed = sessions_page(db, actor=admin, page=page, limit=PAGE_SIZE)
            rows = [
                AdminSessionRow(
                    id=r.id,
                    date=short_date(r.date),
                    subject=r.subject,
                    student=r.student_name,
                    student_url=routes.tutor_student_url(r.student_id),
                    tutor=r.tutor_name or "No tutor",
                    status=r.status,
                )
                for r in listed.rows
            ]
            return rows, listed.total

        return fetch

    def _show(self, data: tuple[list[AdminSessionRow], int] | None) -> None:
        self.sessions, self.total = data or ([], 0)

    @rx.event
    async def load_sessions(self):
        """on_load of /admin/sessions."""
        return await self._first_page()


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


def _jobs(db: Session, admin: User) -> tuple[list[CountRow], list[DeadJobRow]]:
    stats, dead = queue_overview(db, actor=admin)
    rows = [
        DeadJobRow(
            j.id,
            j.kind,
            j.attempts,
            (j.last_error or "(no error kept)")[:2000],
            short_time(j.created_at),
            short_time(j.finished_at),
        )
        for j in dead
    ]
    return [CountRow(k, v) for k, v in stats.items()], rows


class AdminJobsState(AdminState, AuthState):
    """/admin/jobs: how many jobs in each status, the dead ones with their errors, retry."""

    counts: list[CountRow] = []
    dead: list[DeadJobRow] = []

    def _fetch(self) -> Callable[[Session, User], tuple[list[CountRow], list[DeadJobRow]]]:
        return _jobs

    def _show(self, data: tuple[list[CountRow], list[DeadJobRow]] | None) -> None:
        self.counts, self.dead = data or ([], [])

    @rx.event
    async def load_jobs(self):
        """on_load of /admin/jobs (and the Refresh button)."""
        return await self._reload()

    @rx.event
    async def retry(self, job_id: int):
        """Queue a dead job again (audited)."""
        if type(job_id) is not int:
            return rx.toast.error(BAD_REQUEST)

        def act(db: Session, admin: User) -> str:
            job = queue_retry(db, actor=admin, job_id=job_id)
            return f"Job #{job.id} ({job.kind}) is queued again."

        return await self._reload(act)


# ---------------------------------------------------------------- audit log
@dataclasses.dataclass
class AuditRow:
    id: int
    at: str
    actor: str
    action: str
    target: str


def _actor(entry: Any) -> str:
    if entry.actor_id is None:
        return "System"
    return entry.actor_name or f"Deleted account #{entry.actor_id}"


class AdminAuditState(AdminPagedState, AuthState):
    """/admin/audit: the audit log, newest first."""

    entries: list[AuditRow] = []

    def _fetch(self) -> Callable[[Session, User], tuple[list[AuditRow], int]]:
        page = self.page

        def fetch(db: Session, admin: User) -> tuple[list[AuditRow], int]:
            listed = audit_list(db, actor=admin, page=page, limit=PAGE_SIZE)
            rows = [
                AuditRow(a.id, short_time(a.at), _actor(a), a.action, a.target) for a in listed.rows
            ]
            return rows, listed.total

        return fetch

    def _show(self, data: tuple[list[AuditRow], int] | None) -> None:
        self.entries, self.total = data or ([], 0)

    @rx.event
    async def load_audit(self):
        """on_load of /admin/audit."""
        return await self._first_page()
