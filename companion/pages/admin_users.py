"""/admin/users: every account, with role and active switches, a menu of account actions
(reset link, data download, deletion behind a confirmation), and the new-account dialog."""

from __future__ import annotations

import reflex as rx

from companion import routes
from companion.components.dialogs import field_label, form_dialog
from companion.components.forms import form_alert, labelled_input
from companion.components.layout import private_page
from companion.components.sections import toolbar
from companion.components.tables import empty_state, header, paged_table, sortable_headers
from companion.services.users import MIN_PASSWORD
from companion.state.admin_users import ROLES, AdminUsersState, UserRow
from companion.state.auth import AuthState

CREATE_FORM_ID = "admin-create-user"
USER_COLUMNS = [("Name", "name"), ("Email", "email"), ("Role", "role"), ("Created", "created")]


def _role_select(row: UserRow) -> rx.Component:
    return rx.select.root(
        rx.select.trigger(aria_label="Role of " + row.email, variant="soft"),
        rx.select.content(*[rx.select.item(role, value=role) for role in ROLES]),
        value=row.role,
        on_change=lambda role: AdminUsersState.set_role(row.id, role),
        disabled=row.is_me,
        size="1",
    )


def _actions(row: UserRow) -> rx.Component:
    S = AdminUsersState
    return rx.menu.root(
        rx.menu.trigger(
            rx.icon_button(
                rx.icon("ellipsis", size=16),
                variant="ghost",
                color_scheme="gray",
                aria_label="Actions for " + row.email,
            )
        ),
        rx.menu.content(
            rx.menu.item(
                rx.icon("key-round", size=14),
                "Send reset link",
                on_click=S.send_reset_link(row.id),
                disabled=~row.active,
            ),
            rx.menu.item(
                rx.icon("download", size=14), "Download data", on_click=S.export_user(row.id)
            ),
            rx.menu.separator(),
            rx.menu.item(
                rx.icon("trash-2", size=14),
                "Delete account",
                color_scheme="red",
                on_click=S.ask_delete(row.id),
                disabled=row.is_me,
            ),
        ),
    )


def _delete_dialog() -> rx.Component:
    S = AdminUsersState
    return rx.alert_dialog.root(
        rx.alert_dialog.content(
            rx.alert_dialog.title("Delete this account?"),
            rx.alert_dialog.description(
                rx.text.strong(S.delete_label),
                rx.el.br(),
                rx.text.strong("What goes: "),
                "sessions and transcripts, concepts and mastery history, practice, goals, "
                "chat, notifications and preferences; tutors lose access. ",
                rx.text.strong("What stays: "),
                "one audit entry saying an account was deleted, with no name, email or "
                "content. Download the data first if a copy is needed. This can't be undone.",
                size="2",
            ),
            rx.hstack(
                rx.alert_dialog.cancel(
                    rx.button("Cancel", variant="soft", color_scheme="gray", type="button")
                ),
                rx.button("Delete the account", color_scheme="red", on_click=S.delete_user),
                justify="end",
                spacing="3",
                margin_top="1rem",
            ),
            max_width="460px",
        ),
        open=S.delete_open,
        on_open_change=S.toggle_delete,
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
        rx.table.cell(_actions(row)),
    )


def _role_field() -> rx.Component:
    return rx.vstack(
        field_label("Role", "field-role"),
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
    )


def _create_dialog() -> rx.Component:
    S = AdminUsersState
    return form_dialog(
        rx.button(rx.icon("user-plus", size=16), "New account"),
        "Create an account",
        ["Tutors and admins are created here; students can also sign up themselves."],
        [
            form_alert(S.create_error),
            labelled_input("Name", "name", required=True, max_length=120, error=S.name_error),
            labelled_input("Email", "email", type="email", required=True, error=S.email_error),
            labelled_input(
                "Password",
                "password",
                type="password",
                autocomplete="new-password",
                required=True,
                min_length=MIN_PASSWORD,
                error=S.password_error,
            ),
            _role_field(),
        ],
        rx.button("Create account", type="submit", loading=S.creating, disabled=S.creating),
        on_submit=S.create_user,
        max_width="440px",
        spacing="3",
        form_props={"id": CREATE_FORM_ID, "reset_on_submit": False},
        open=S.create_open,
        on_open_change=S.toggle_create,
    )


@private_page(
    routes.ADMIN_USERS, "Users", guard=AuthState.guard_admin, on_load=[AdminUsersState.load_users]
)
def admin_users() -> rx.Component:
    S = AdminUsersState
    return paged_table(
        S,
        [
            *sortable_headers(
                USER_COLUMNS, sort_key=S.sort_key, sort_desc=S.sort_desc, on_sort=S.sort_by
            ),
            header("Last active"),
            header("Active"),
            header("Actions"),
        ],
        S.users,
        _user_row,
        label="Accounts",
        empty=empty_state("users", "No accounts", "Create the first tutor account."),
        noun="accounts",
        top=toolbar(
            "Changing a role or deactivating an account signs that person out at once. "
            "Every change, reset link, download and deletion is in the audit log.",
            rx.fragment(_create_dialog(), _delete_dialog()),  # the dialogs open over the page
            wrap="wrap",
            spacing="3",
        ),
    )
