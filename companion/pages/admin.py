"""Admin pages: /admin/sessions, /admin/jobs, /admin/audit (accounts are in admin_users)."""

from __future__ import annotations

import reflex as rx

from companion import routes
from companion.components.flags import status_badge
from companion.components.layout import private_page
from companion.components.sections import toolbar
from companion.components.tables import data_table, empty_state, header, paged_table
from companion.state.admin_views import (
    AdminAuditState,
    AdminJobsState,
    AdminSessionRow,
    AdminSessionsState,
    AuditRow,
    CountRow,
    DeadJobRow,
)
from companion.state.auth import AuthState


# ---------------------------------------------------------------- sessions
def _session_row(row: AdminSessionRow) -> rx.Component:
    return rx.table.row(
        rx.table.cell(rx.text(row.date, white_space="nowrap")),
        rx.table.cell(row.subject),
        rx.table.cell(rx.link(row.student, href=row.student_url)),
        rx.table.cell(row.tutor),
        rx.table.cell(status_badge(row.status)),
    )


@private_page(
    routes.ADMIN_SESSIONS,
    "All sessions",
    guard=AuthState.guard_admin,
    on_load=[AdminSessionsState.load_sessions],
)
def admin_sessions() -> rx.Component:
    return paged_table(
        AdminSessionsState,
        [header(h) for h in ("Date", "Subject", "Student", "Tutor", "Analysis")],
        AdminSessionsState.sessions,
        _session_row,
        label="All sessions",
        empty=empty_state(
            "notebook-text",
            "No sessions yet",
            "Sessions appear here as students and tutors upload transcripts.",
        ),
        noun="sessions",
    )


# ---------------------------------------------------------------- jobs
def _count_card(row: CountRow) -> rx.Component:
    return rx.card(
        rx.vstack(
            status_badge(row.status),
            rx.text(row.count, size="6", weight="bold"),
            spacing="1",
            align="start",
        ),
        min_width="8rem",
    )


def _dead_row(job: DeadJobRow) -> rx.Component:
    return rx.table.row(
        rx.table.cell(rx.text("#", job.id)),
        rx.table.cell(rx.code(job.kind)),
        rx.table.cell(job.attempts),
        rx.table.cell(rx.text(job.finished, white_space="nowrap", size="1")),
        rx.table.cell(
            rx.text(job.error, size="1", color_scheme="red", style={"word_break": "break-word"}),
            max_width="28rem",
        ),
        rx.table.cell(
            rx.button(
                "Retry",
                size="1",
                on_click=AdminJobsState.retry(job.id),
                aria_label="Retry job " + job.id.to_string(),
            )
        ),
    )


@private_page(
    routes.ADMIN_JOBS, "Jobs", guard=AuthState.guard_admin, on_load=[AdminJobsState.load_jobs]
)
def admin_jobs() -> rx.Component:
    S = AdminJobsState
    return rx.vstack(
        toolbar(
            "Background work (transcript analysis, practice, nudges). A job that fails "
            "three times is dead: read its error, fix the cause, then retry.",
            rx.button(
                rx.icon("refresh-cw", size=16), "Refresh", variant="soft", on_click=S.load_jobs
            ),
            wrap="wrap",
        ),
        rx.flex(rx.foreach(S.counts, _count_card), spacing="3", wrap="wrap"),
        rx.heading("Dead jobs", size="4", as_="h2"),
        data_table(
            [header(h) for h in ("Job", "Kind", "Attempts", "Died", "Last error", "")],
            S.dead,
            _dead_row,
            loaded=S.loaded,
            label="Dead jobs",
            empty=empty_state(
                "circle-check", "No dead jobs", "Every job finished or is still being retried."
            ),
        ),
        spacing="4",
        width="100%",
    )


# ---------------------------------------------------------------- audit
def _audit_row(row: AuditRow) -> rx.Component:
    return rx.table.row(
        rx.table.cell(rx.text(row.at, white_space="nowrap", size="1")),
        rx.table.cell(row.actor),
        rx.table.cell(rx.code(row.action)),
        rx.table.cell(rx.text(row.target, size="1", style={"word_break": "break-word"})),
    )


@private_page(
    routes.ADMIN_AUDIT,
    "Audit log",
    guard=AuthState.guard_admin,
    on_load=[AdminAuditState.load_audit],
)
def admin_audit() -> rx.Component:
    return paged_table(
        AdminAuditState,
        [header(h) for h in ("When", "Who", "Action", "Target")],
        AdminAuditState.entries,
        _audit_row,
        label="Audit log",
        empty=empty_state(
            "scroll-text",
            "Nothing recorded yet",
            "Sign-in failures, account and role changes and job retries are recorded here.",
        ),
        noun="entries",
    )
