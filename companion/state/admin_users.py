"""/admin/users: every account; create one, change a role, deactivate and reactivate.

Each handler resolves the admin from the HttpOnly cookie again; the services refuse everyone
else, and a refused call empties what the page held.
"""

from __future__ import annotations

import dataclasses
import functools

import reflex as rx
from sqlmodel import Session

from companion.api.session_cookie import token_from_cookie_header
from companion.components.tables import sorted_rows
from companion.db import session_scope
from companion.models import Role, User
from companion.services.errors import DomainError
from companion.services.users import (
    user_create,
    user_from_token,
    user_list,
    user_set_active,
    user_set_role,
)
from companion.state.admin import PAGE_SIZE, AdminPagedState
from companion.state.auth import ADMINS, AuthState
from companion.state.staff import BAD_REQUEST, ago, next_sort, short_date

ROLES = tuple(r.value for r in Role)
USER_SORTS = ("name", "email", "role", "created")


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


class AdminUsersState(AdminPagedState, AuthState):
    """/admin/users: list, create, change role, deactivate and reactivate."""

    users: list[UserRow] = []
    sort_key: str = "created"
    sort_desc: bool = True
    create_open: bool = False
    create_error: str = ""
    email_error: str = ""
    name_error: str = ""
    password_error: str = ""
    creating: bool = False

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

    def _forget(self) -> None:
        self.users, self.total = [], 0

    @rx.event
    def load_users(self):
        """on_load of /admin/users."""
        return self._first_page()

    @rx.event
    def sort_by(self, key: str):
        order = next_sort((self.sort_key, self.sort_desc), key, USER_SORTS, ("created",))
        if order is not None:
            self.sort_key, self.sort_desc = order

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
