"""Each role's home: /dashboard (students), /tutor (tutors), /admin (admins)."""

from __future__ import annotations

import dataclasses

import reflex as rx
from sqlmodel import Session

from companion import routes
from companion.components.layout import private_page
from companion.models import User
from companion.services.users import user_list, user_set_active
from companion.state.auth import ADMINS, AuthState


class HomeState(AuthState):
    """The signed-in user's own profile, shown on every role's home."""

    email: str = ""
    member_since: str = ""

    @rx.event
    async def load_profile(self):
        """Load the visitor's own account (nothing at all without a valid cookie)."""
        out = await self._call(lambda db, user: (user.email, f"{user.created_at:%B %Y}"))
        self.email, self.member_since = out.value if out.ok else ("", "")
        return out.feedback


@dataclasses.dataclass
class UserRow:
    id: int
    name: str
    email: str
    role: str
    active: bool


def _users(db: Session, actor: User) -> tuple[list[UserRow], int]:
    rows, total = user_list(db, actor=actor, limit=20)
    return [UserRow(u.id, u.name, u.email, u.role, u.is_active) for u in rows], total


class AdminHomeState(AuthState):
    """The newest accounts, with (de)activation."""

    users: list[UserRow] = []
    total: int = 0

    @rx.event
    async def load_users(self):
        """List accounts (admins only)."""
        out = await self._call(_users, ADMINS)
        self.users, self.total = out.value if out.ok else ([], 0)
        return out.feedback

    @rx.event
    async def set_active(self, user_id: int, active: bool):
        """Deactivate or reactivate an account (admins only, audited by the service)."""
        if type(user_id) is not int or type(active) is not bool:
            return rx.toast.error("That request was not valid.")

        def work(db: Session, actor: User) -> tuple[str, tuple[list[UserRow], int]]:
            user = user_set_active(db, actor=actor, user_id=user_id, active=active)
            return user.name, _users(db, actor)

        out = await self._call(work, ADMINS)
        if not out.ok:
            return out.feedback
        name, (self.users, self.total) = out.value
        verb = "reactivated" if active else "deactivated"
        return rx.toast.success(f"{name} was {verb}.")


def _welcome(subtitle: str) -> rx.Component:
    return rx.vstack(
        rx.heading(f"Welcome, {AuthState.user_name}", size="7", as_="h2"),
        rx.text(subtitle, color_scheme="gray", size="3"),
        rx.text(
            "Signed in as ",
            rx.text.strong(HomeState.email),
            rx.cond(
                HomeState.member_since != "",
                rx.text.span(f" · member since {HomeState.member_since}"),
            ),
            size="2",
            color_scheme="gray",
        ),
        spacing="2",
    )


def _user_row(row: UserRow) -> rx.Component:
    return rx.table.row(
        rx.table.cell(row.name),
        rx.table.cell(row.email),
        rx.table.cell(rx.badge(row.role)),
        rx.table.cell(
            rx.switch(
                checked=row.active,
                on_change=lambda value: AdminHomeState.set_active(row.id, value),
                aria_label=f"Account active: {row.email}",
            )
        ),
    )


@private_page(
    routes.ADMIN,
    "Admin",
    guard=AuthState.guard_admin,
    on_load=[HomeState.load_profile, AdminHomeState.load_users],
)
def admin_home() -> rx.Component:
    return rx.vstack(
        _welcome("Accounts, jobs and the audit trail."),
        rx.heading(f"Newest accounts ({AdminHomeState.total})", size="4", as_="h3"),
        rx.box(
            rx.table.root(
                rx.table.header(
                    rx.table.row(
                        rx.table.column_header_cell("Name"),
                        rx.table.column_header_cell("Email"),
                        rx.table.column_header_cell("Role"),
                        rx.table.column_header_cell("Active"),
                    )
                ),
                rx.table.body(rx.foreach(AdminHomeState.users, _user_row)),
                width="100%",
            ),
            overflow_x="auto",
            width="100%",
        ),
        spacing="5",
        width="100%",
    )
