"""The page template: sidebar and top bar on wide screens, a bottom tab bar on phones.

Pages fill only the content; `private_page` adds the shell, the title and the on_load
guard that sends signed-out visitors to /login (handlers check again on their own).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import reflex as rx

from companion import routes
from companion.models import Role
from companion.state.auth import AuthState
from companion.theme import APP_NAME, CONTENT_MAX_WIDTH, NARROW_ONLY, SIDEBAR_WIDTH, WIDE_ONLY


@dataclass(frozen=True)
class NavItem:
    label: str
    route: str
    icon: str
    on_phone: bool = True  # shown in the bottom tab bar too


NAV: dict[str, tuple[NavItem, ...]] = {
    Role.student.value: (
        NavItem("Dashboard", routes.DASHBOARD, "house"),
        NavItem("Sessions", routes.SESSIONS, "notebook-text"),
        NavItem("Practice", routes.PRACTICE_LIST, "pencil-line"),
        NavItem("Chat", routes.CHAT, "message-circle"),
        NavItem("Goals", routes.GOALS, "target"),
        NavItem("Progress", routes.PROGRESS, "chart-line", on_phone=False),
    ),
    Role.tutor.value: (
        NavItem("Students", routes.TUTOR, "users"),
        NavItem("Routing queue", routes.TUTOR_ROUTING, "inbox"),
        NavItem("Outcomes", routes.TUTOR_OUTCOMES, "chart-column", on_phone=False),
    ),
    Role.admin.value: (
        NavItem("Users", routes.ADMIN_USERS, "users"),
        NavItem("Sessions", routes.ADMIN_SESSIONS, "notebook-text"),
        NavItem("Jobs", routes.ADMIN_JOBS, "list-checks"),
        NavItem("Audit log", routes.ADMIN_AUDIT, "scroll-text"),
        NavItem("Mail", routes.ADMIN_MAIL, "mail"),
        NavItem("Outcomes", routes.ADMIN_OUTCOMES, "chart-column", on_phone=False),
    ),
}

_bell: Callable[[], rx.Component] | None = None


def use_notification_bell(factory: Callable[[], rx.Component]) -> None:
    """Plug the notification bell (with its unread count) into every page's top bar."""
    global _bell
    _bell = factory


def _default_bell() -> rx.Component:
    return rx.link(
        rx.icon_button(
            rx.icon("bell", size=20), variant="ghost", size="2", aria_label="Notifications"
        ),
        href=routes.NOTIFICATIONS,
    )


def _by_role(render: Callable[[tuple[NavItem, ...]], rx.Component]) -> rx.Component:
    # Only what the signed-in role may use is ever rendered.
    return rx.match(
        AuthState.user_role,
        *[(role, render(items)) for role, items in NAV.items()],
        rx.fragment(),
    )


def _side_link(item: NavItem) -> rx.Component:
    active = rx.State.router.route_id == item.route
    return rx.link(
        rx.hstack(rx.icon(item.icon, size=18), rx.text(item.label, size="3"), spacing="3"),
        href=item.route,
        underline="none",
        color_scheme=rx.cond(active, "indigo", "gray"),
        high_contrast=True,
        padding="0.5rem 0.75rem",
        border_radius="var(--radius-3)",
        background=rx.cond(active, "var(--accent-a3)", "transparent"),
        aria_current=rx.cond(active, "page", "false"),
        width="100%",
    )


def _sidebar() -> rx.Component:
    return rx.box(
        rx.vstack(
            rx.heading(APP_NAME, size="4", padding="0.75rem"),
            rx.el.nav(
                _by_role(lambda items: rx.vstack(*[_side_link(i) for i in items], spacing="1")),
                aria_label="Main",
            ),
            spacing="4",
            padding="1rem 0.75rem",
        ),
        display=WIDE_ONLY,
        width=SIDEBAR_WIDTH,
        min_width=SIDEBAR_WIDTH,
        border_right="1px solid var(--gray-a5)",
        min_height="100vh",
        position="sticky",
        top="0",
    )


def _tab(item: NavItem) -> rx.Component:
    active = rx.State.router.route_id == item.route
    return rx.link(
        rx.vstack(
            rx.icon(item.icon, size=20),
            rx.text(item.label, size="1"),
            align="center",
            spacing="1",
        ),
        href=item.route,
        underline="none",
        color_scheme=rx.cond(active, "indigo", "gray"),
        high_contrast=rx.cond(active, False, True),
        aria_current=rx.cond(active, "page", "false"),
        flex="1",
        padding="0.5rem 0",
        text_align="center",
    )


def _tab_bar() -> rx.Component:
    return rx.el.nav(
        _by_role(
            lambda items: rx.hstack(
                *[_tab(i) for i in items if i.on_phone], width="100%", spacing="0"
            )
        ),
        aria_label="Main",
        display=NARROW_ONLY,
        position="fixed",
        bottom="0",
        left="0",
        right="0",
        background="var(--color-panel-solid)",
        border_top="1px solid var(--gray-a5)",
        z_index="10",
        padding_bottom="env(safe-area-inset-bottom)",
    )


def _account_menu() -> rx.Component:
    return rx.menu.root(
        rx.menu.trigger(
            rx.button(
                rx.icon("circle-user", size=18),
                rx.text(AuthState.user_name, display=WIDE_ONLY, size="2"),
                variant="soft",
                color_scheme="gray",
                aria_label="Account",
            )
        ),
        rx.menu.content(
            rx.text(AuthState.user_name, size="2", weight="bold", padding="0.25rem 0.75rem"),
            rx.menu.separator(),
            rx.menu.item(
                rx.hstack(rx.icon("settings", size=16), rx.text("Account")),
                on_select=rx.redirect(routes.ACCOUNT),
            ),
            rx.menu.item(
                rx.hstack(rx.icon("log-out", size=16), rx.text("Sign out")),
                on_select=AuthState.sign_out,
            ),
        ),
    )


def _top_bar(title: str) -> rx.Component:
    return rx.hstack(
        rx.heading(title, size="5", as_="h1", trim="both"),
        rx.spacer(),
        (_bell or _default_bell)(),
        rx.color_mode.button(size="2", variant="ghost", aria_label="Switch colour mode"),
        _account_menu(),
        align="center",
        spacing="3",
        width="100%",
        padding="0.75rem 1rem",
        border_bottom="1px solid var(--gray-a5)",
        position="sticky",
        top="0",
        background="var(--color-background)",
        z_index="5",
    )


def shell(content: rx.Component, title: str) -> rx.Component:
    """The signed-in frame around a page's content."""
    return rx.hstack(
        _sidebar(),
        rx.box(
            _top_bar(title),
            rx.el.main(
                rx.box(content, max_width=CONTENT_MAX_WIDTH, margin="0 auto", width="100%"),
                padding=["1rem 1rem 5rem", "1rem 1rem 5rem", "1.5rem 2rem"],
            ),
            flex="1",
            min_width="0",
        ),
        _tab_bar(),
        spacing="0",
        align="start",
        width="100%",
        overflow_x="hidden",
    )


def private_page(
    route: str,
    title: str,
    *,
    guard: rx.event.EventHandler = AuthState.guard_any,
    on_load: Sequence[rx.event.EventType] = (),
) -> Callable[[Callable[[], rx.Component]], Callable[[], rx.Component]]:
    """Register a signed-in page: shell, title, guard first, then the page's loaders."""

    def decorator(content: Callable[[], rx.Component]) -> Callable[[], rx.Component]:
        def render() -> rx.Component:
            return shell(content(), title)

        render.__name__ = content.__name__
        rx.page(route=route, title=f"{title} · {APP_NAME}", on_load=[guard, *on_load])(render)
        return render

    return decorator


def public_page(
    route: str, title: str, *, on_load: Sequence[rx.event.EventType] = ()
) -> Callable[[Callable[[], rx.Component]], Callable[[], rx.Component]]:
    """Register a signed-out page (sign-in, sign-up): a centred card, no navigation."""

    def decorator(content: Callable[[], rx.Component]) -> Callable[[], rx.Component]:
        def render() -> rx.Component:
            return rx.center(
                rx.vstack(
                    rx.hstack(
                        rx.heading(APP_NAME, size="6", as_="p"),
                        rx.spacer(),
                        rx.color_mode.button(
                            size="2", variant="ghost", aria_label="Switch colour mode"
                        ),
                        width="100%",
                        align="center",
                    ),
                    rx.card(content(), size="4", width="100%"),
                    width="100%",
                    max_width="420px",
                    spacing="5",
                ),
                min_height="100vh",
                padding="1rem",
            )

        render.__name__ = content.__name__
        rx.page(route=route, title=f"{title} · {APP_NAME}", on_load=list(on_load))(render)
        return render

    return decorator
