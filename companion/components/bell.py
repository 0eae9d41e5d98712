"""The top bar's notification bell with its unread count."""

from __future__ import annotations

import reflex as rx

from companion import routes
from companion.state.notifications import NotificationsState


def notification_bell() -> rx.Component:
    """A link to /notifications; the count is read when the page mounts."""
    n = NotificationsState.unread
    return rx.link(
        rx.box(
            rx.icon_button(
                rx.icon("bell"), variant="ghost", size="3", tab_index=-1, aria_hidden="true"
            ),
            rx.cond(
                n > 0,
                rx.badge(
                    rx.cond(n > 99, "99+", n.to_string()),
                    color_scheme="red",
                    variant="solid",
                    radius="full",
                    size="1",
                    position="absolute",
                    top="-4px",
                    right="-6px",
                    aria_hidden="true",
                ),
            ),
            position="relative",
            on_mount=NotificationsState.load_unread,
        ),
        href=routes.NOTIFICATIONS,
        aria_label=rx.cond(n > 0, "Notifications, " + n.to_string() + " unread", "Notifications"),
    )
