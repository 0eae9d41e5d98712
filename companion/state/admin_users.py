"""/admin/users: every account; create one, change a role, deactivate and reactivate, send a
password reset link, download everything held about it, delete it.

Each handler resolves the admin from the HttpOnly cookie again; the services refuse everyone
else, and a refused call empties what the page held.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import datetime
from typing import Any

import reflex as rx
from sqlmodel import Session

from companion.clock import utcnow
from companion.models import Role, User
from companion.services.account_data import account_delete_user, account_export
from companion.services.errors import DomainError
from companion.services.password_reset import password_reset_link_send
from companion.services.users import (
    USER_SORTS,
    user_create,
    user_list,
    user_set_active,
    user_set_role,
)
from companion.state.admin import PAGE_SIZE, AdminPagedState
from companion.state.auth import ADMINS, AuthState
from companion.state.staff import BAD_REQUEST, ago, next_sort, refused, short_date

ROLES = tuple(r.value for r in Role)
MAX_FIELD = 1000  # longer than any valid email, name or password; the service says why


@dataclasses.dataclass
class UserRow:
    id: int
    name: str
    email: str
    role: str
    active: bool
    created_label: str
    last_active: str
    is_me: bool


def _user_row(u: Any, me: int, now: datetime) -> UserRow:
    return UserRow(
        id=u.id,
        name=u.name,
        email=u.email,
        role=u.role,
        active=u.is_active,
        created_label=short_date(u.created_at),
        last_active=ago(u.last_active_at, now),
        is_me=u.id == me,
    )


class AdminUsersState(AdminPagedState, AuthState):
    """/admin/users: list (sorted and paged by the database), create, change role,
    deactivate and reactivate, reset link, export, delete."""

    users: list[UserRow] = []
    sort_key: str = "created"
    sort_desc: bool = True
    create_open: bool = False
    create_error: str = ""
    email_error: str = ""
    name_error: str = ""
    password_error: str = ""
    creating: bool = False
    delete_open: bool = False
    delete_id: int = 0
    delete_label: str = ""

    def _fetch(self) -> Callable[[Session, User], tuple[list[UserRow], int]]:
        page, sort, desc = self.page, self.sort_key, self.sort_desc

        def fetch(db: Session, admin: User) -> tuple[list[UserRow], int]:
            rows, total = user_list(
                db, actor=admin, page=page, limit=PAGE_SIZE, sort=sort, descending=desc
            )
            now = utcnow()
            return [_user_row(u, admin.id, now) for u in rows], total

        return fetch

    def _show(self, data: tuple[list[UserRow], int] | None) -> None:
        self.users, self.total = data or ([], 0)

    @rx.event
    async def load_users(self):
        """on_load of /admin/users."""
        return await self._first_page()

    @rx.event
    async def sort_by(self, key: str):
        """Sort by a column (in the database, from the first page)."""
        order = next_sort((self.sort_key, self.sort_desc), key, USER_SORTS, ("created",))
        if order is None:
            return None
        self.sort_key, self.sort_desc = order
        return await self._first_page()

    @rx.event
    async def set_role(self, user_id: int, role: str):
        """Change an account's role; the account's open sessions end (the service revokes tokens)."""
        if type(user_id) is not int or role not in ROLES:
            return rx.toast.error(BAD_REQUEST)

        def act(db: Session, admin: User) -> str:
            user = user_set_role(db, actor=admin, user_id=user_id, role=role)
            return f"{user.name}'s role is now {role}."

        return await self._reload(act)

    @rx.event
    async def set_active(self, user_id: int, active: bool):
        """Deactivate (signed out everywhere at once) or reactivate an account."""
        if type(user_id) is not int or type(active) is not bool:
            return rx.toast.error(BAD_REQUEST)

        def act(db: Session, admin: User) -> str:
            user = user_set_active(db, actor=admin, user_id=user_id, active=active)
            return f"{user.name} was {'reactivated' if active else 'deactivated and signed out'}."

        return await self._reload(act)

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

    @rx.event
    async def create_user(self, form: dict):
        """Create an account with any role (audited); the form keeps its values on error.

        The password is hashed in the worker thread, never on the event loop.
        """
        form = form if isinstance(form, dict) else {}
        values = {
            k: v[:MAX_FIELD] if isinstance(v := form.get(k), str) else ""
            for k in ("email", "name", "password", "role")
        }
        if self.creating:
            return None
        self._show_create_error(None)
        self.creating = True
        created: list[int] = []

        def act(db: Session, admin: User) -> str:
            user = user_create(
                db,
                actor=admin,
                email=values["email"],
                name=values["name"],
                password=values["password"],
                role=values["role"] or "student",
            )
            created.append(user.id)
            return f"Created {user.name} ({user.role})."

        self.page = 1
        feedback = await self._reload(act, on_error=self._show_create_error)
        self.creating = False
        self.create_open = self.create_open and not created
        return feedback

    @rx.event
    async def send_reset_link(self, user_id: int):
        """Email the account a password reset link (it works once, for 30 minutes)."""
        if type(user_id) is not int:
            return rx.toast.error(BAD_REQUEST)

        def act(db: Session, admin: User) -> str:
            user = password_reset_link_send(db, actor=admin, user_id=user_id)
            return f"A reset link is on its way to {user.email}; it works for 30 minutes."

        return await self._reload(act)

    @rx.event
    async def export_user(self, user_id: int):
        """Download everything the app holds about the account (a ZIP; audited)."""
        if type(user_id) is not int:
            return rx.toast.error(BAD_REQUEST)
        out = await self._call(
            lambda db, admin: account_export(db, actor=admin, user_id=user_id), ADMINS
        )
        if not out.ok:
            if refused(self, out, ADMINS):
                self._show(None)
                self.loaded = False
            return out.feedback
        return rx.download(data=out.value, filename=f"study-companion-user-{user_id}.zip")

    @rx.event
    def ask_delete(self, user_id: int):
        """Open the confirmation for deleting one listed account."""
        if type(user_id) is not int:
            return rx.toast.error(BAD_REQUEST)
        row = next((u for u in self.users if u.id == user_id), None)
        if row is None:  # not on this page: nothing to confirm
            return rx.toast.error(BAD_REQUEST)
        self.delete_id, self.delete_label = row.id, f"{row.name} ({row.email})"
        self.delete_open = True
        return None

    @rx.event
    def toggle_delete(self, value: bool):
        self.delete_open = value is True

    @rx.event
    async def delete_user(self):
        """Delete the confirmed account and everything it holds (audited, content-free)."""
        user_id, label = self.delete_id, self.delete_label
        if not self.delete_open or user_id < 1:
            return None

        def act(db: Session, admin: User) -> str:
            account_delete_user(db, actor=admin, user_id=user_id)
            return f"Deleted {label} and everything the account held."

        feedback = await self._reload(act)
        self.delete_open, self.delete_id = False, 0
        return feedback
