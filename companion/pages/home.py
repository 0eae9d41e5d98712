"""Each role's home: /dashboard (students), /tutor (tutors), /admin (admins)."""

from __future__ import annotations

import dataclasses

import reflex as rx

from companion import routes
from companion.components.layout import private_page
from companion.components.sections import row_link
from companion.services.admin_overview import AdminOverview, admin_overview
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
class Figure:
    label: str
    value: int
    note: str  # what the number counts, or what needs doing
    href: str  # the page that lists them
    alert: bool = False  # something waits for an admin


def _figures(o: AdminOverview) -> list[Figure]:
    return [
        Figure("Students", o.students, "active accounts", routes.ADMIN_USERS),
        Figure(
            "Tutors",
            o.tutors,
            f"active, and {o.admins} admin{'' if o.admins == 1 else 's'}",
            routes.ADMIN_USERS,
        ),
        Figure("Deactivated", o.inactive, "accounts, any role", routes.ADMIN_USERS),
        Figure("Sessions", o.sessions, f"{o.analysing} being analysed", routes.ADMIN_SESSIONS),
        Figure(
            "Failed analyses",
            o.failed,
            "marked failed in the list",
            routes.ADMIN_SESSIONS,
            o.failed > 0,
        ),
        Figure("Jobs waiting", o.jobs_waiting, "queued or running", routes.ADMIN_JOBS),
        Figure("Dead jobs", o.jobs_dead, "out of retries", routes.ADMIN_JOBS, o.jobs_dead > 0),
        Figure(
            "Hand-offs",
            o.handoffs_open,
            "students waiting for a tutor",
            routes.TUTOR_ROUTING,
            o.handoffs_open > 0,
        ),
    ]


class AdminHomeState(AuthState):
    """What an admin looks at first: the figures of each admin page, each a link to it."""

    figures: list[Figure] = []
    loaded: bool = False

    @rx.event
    async def load_overview(self):
        """Count accounts, sessions, jobs and hand-offs (admins only)."""
        out = await self._call(lambda db, user: _figures(admin_overview(db, actor=user)), ADMINS)
        self.figures = out.value if out.ok else []
        self.loaded = out.ok
        return out.feedback


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


def _figure(f: Figure) -> rx.Component:
    return row_link(
        f.href,
        rx.card(
            rx.vstack(
                rx.text(f.label, size="2", color_scheme="gray"),
                rx.heading(
                    f.value, size="7", as_="p", color_scheme=rx.cond(f.alert, "red", "gray")
                ),
                rx.text(f.note, size="2", color_scheme="gray"),
                spacing="1",
            ),
            width="100%",
        ),
    )


@private_page(
    routes.ADMIN,
    "Admin",
    guard=AuthState.guard_admin,
    on_load=[HomeState.load_profile, AdminHomeState.load_overview],
)
def admin_home() -> rx.Component:
    return rx.vstack(
        _welcome("Accounts, jobs and the audit trail."),
        rx.grid(
            rx.foreach(AdminHomeState.figures, _figure),
            columns=rx.breakpoints(initial="1", sm="2", lg="4"),
            spacing="3",
            width="100%",
        ),
        spacing="5",
        width="100%",
    )
