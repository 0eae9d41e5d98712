"""Admin pages: /admin/users, /admin/sessions, /admin/jobs, /admin/audit."""

from __future__ import annotations

import reflex as rx

from companion import routes
from companion.components.flags import status_badge
from companion.components.forms import form_alert, labelled_input
from companion.components.layout import private_page
from companion.components.tables import data_table, empty_state, header, pager, sortable_header
from companion.services.users import MIN_PASSWORD
from companion.state.admin import (
    ROLES,
    AdminAuditState,
    AdminJobsState,
    AdminSessionRow,
    AdminSessionsState,
    AdminUsersState,
    AuditRow,
    CountRow,
    DeadJobRow,
    UserRow,
)
from companion.state.auth import AuthState

CREATE_FORM_ID = "admin-create-user"


# ---------------------------------------------------------------- users
def _role_select(row: UserRow) -> rx.Component:
    return rx.select.root(
        rx.select.trigger(aria_label="Role of " + row.email, variant="soft"),
        rx.select.content(*[rx.select.item(role, value=role) for role in ROLES]),
        value=row.role,
        on_change=lambda role: AdminUsersState.set_role(row.id, role),
        disabled=row.is_me,
        size="1",
    )


def _user_row(row: UserRow) -> rx.Component:
    return rx.table.row(
        rx.table.row_header_cell(
            rx.hstack(
                rx.text(row.name, weight="medium"),
                rx.cond(row.is_me, rx.badge("you", variant="outline", size="1")),
                spacing="2",
                align="center",
            )
        ),
        rx.table.cell(row.email),
        rx.table.cell(_role_select(row)),
        rx.table.cell(rx.text(row.created_label, white_space="nowrap")),
        rx.table.cell(rx.text(row.last_active, white_space="nowrap")),
        rx.table.cell(
            rx.hstack(
                rx.switch(
                    checked=row.active,
                    on_change=lambda value: AdminUsersState.set_active(row.id, value),
                    disabled=row.is_me,
                    aria_label="Account active: " + row.email,
                ),
                rx.text(
                    rx.cond(row.active, "active", "deactivated"),
                    size="1",
                    color_scheme=rx.cond(row.active, "green", "red"),
                ),
                align="center",
                spacing="2",
            )
        ),
    )


def _create_dialog() -> rx.Component:
    S = AdminUsersState
    return rx.dialog.root(
        rx.dialog.trigger(rx.button(rx.icon("user-plus", size=16), "New account")),
        rx.dialog.content(
            rx.dialog.title("Create an account"),
            rx.dialog.description(
                "Tutors and admins are created here; students can also sign up themselves.",
                size="2",
                color_scheme="gray",
            ),
            rx.form(
                rx.vstack(
                    form_alert(S.create_error),
                    labelled_input(
                        "Name", "name", required=True, max_length=120, error=S.name_error
                    ),
                    labelled_input(
                        "Email", "email", type="email", required=True, error=S.email_error
                    ),
                    labelled_input(
                        "Password",
                        "password",
                        type="password",
                        autocomplete="new-password",
                        required=True,
                        min_length=MIN_PASSWORD,
                        error=S.password_error,
                    ),
                    rx.vstack(
                        rx.el.label("Role", html_for="field-role", style={"font_weight": "500"}),
                        rx.el.select(
                            *[rx.el.option(role, value=role) for role in ROLES],
                            id="field-role",
                            name="role",
                            default_value="tutor",
                            style={
                                "padding": "0.5rem",
                                "border_radius": "var(--radius-2)",
                                "border": "1px solid var(--gray-a7)",
                                "background": "var(--color-surface)",
                                "color": "inherit",
                            },
                        ),
                        spacing="1",
                        align="stretch",
                    ),
                    rx.hstack(
                        rx.dialog.close(
                            rx.button("Cancel", variant="soft", color_scheme="gray", type="button")
                        ),
                        rx.button(
                            "Create account", type="submit", loading=S.creating, disabled=S.creating
                        ),
                        justify="end",
                        width="100%",
                    ),
                    spacing="3",
                    align="stretch",
                ),
                id=CREATE_FORM_ID,
                on_submit=S.create_user,
                reset_on_submit=False,
            ),
            max_width="440px",
        ),
        open=S.create_open,
        on_open_change=S.toggle_create,
    )


@private_page(
    routes.ADMIN_USERS, "Users", guard=AuthState.guard_admin, on_load=[AdminUsersState.load_users]
)
def admin_users() -> rx.Component:
    S = AdminUsersState
    sort = {"sort_key": S.sort_key, "sort_desc": S.sort_desc, "on_sort": S.sort_by}
    return rx.vstack(
        rx.hstack(
            rx.text(
                "Changing a role or deactivating an account signs that person out at once. "
                "Every change is in the audit log.",
                size="2",
                color_scheme="gray",
            ),
            rx.spacer(),
            _create_dialog(),
            width="100%",
            align="center",
            wrap="wrap",
            spacing="3",
        ),
        data_table(
            [
                sortable_header("Name", "name", **sort),
                sortable_header("Email", "email", **sort),
                sortable_header("Role", "role", **sort),
                sortable_header("Created", "created", **sort),
                header("Last active"),
                header("Active"),
            ],
            S.sorted_users,
            _user_row,
            loaded=S.loaded,
            label="Accounts",
            empty=empty_state("users", "No accounts", "Create the first tutor account."),
        ),
        pager(S.page, S.pages, S.total, on_page=S.go_to_page, noun="accounts"),
        spacing="4",
        width="100%",
    )


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
    S = AdminSessionsState
    return rx.vstack(
        data_table(
            [
                header("Date"),
                header("Subject"),
                header("Student"),
                header("Tutor"),
                header("Analysis"),
            ],
            S.sessions,
            _session_row,
            loaded=S.loaded,
            label="All sessions",
            empty=empty_state(
                "notebook-text",
                "No sessions yet",
                "Sessions appear here as students and tutors upload transcripts.",
            ),
        ),
        pager(S.page, S.pages, S.total, on_page=S.go_to_page, noun="sessions"),
        spacing="4",
        width="100%",
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
        rx.hstack(
            rx.text(
                "Background work (transcript analysis, practice, nudges). A job that fails "
                "three times is dead: read its error, fix the cause, then retry.",
                size="2",
                color_scheme="gray",
            ),
            rx.spacer(),
            rx.button(
                rx.icon("refresh-cw", size=16), "Refresh", variant="soft", on_click=S.load_jobs
            ),
            width="100%",
            align="center",
            wrap="wrap",
        ),
        rx.flex(rx.foreach(S.counts, _count_card), spacing="3", wrap="wrap"),
        rx.heading("Dead jobs", size="4", as_="h2"),
        data_table(
            [
                header("Job"),
                header("Kind"),
                header("Attempts"),
                header("Died"),
                header("Last error"),
                header(""),
            ],
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
    S = AdminAuditState
    return rx.vstack(
        data_table(
            [header("When"), header("Who"), header("Action"), header("Target")],
            S.entries,
            _audit_row,
            loaded=S.loaded,
            label="Audit log",
            empty=empty_state(
                "scroll-text",
                "Nothing recorded yet",
                "Sign-in failures, account and role changes and job retries are recorded here.",
            ),
        ),
        pager(S.page, S.pages, S.total, on_page=S.go_to_page, noun="entries"),
        spacing="4",
        width="100%",
    )
