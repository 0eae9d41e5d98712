"""/notifications: the notification centre (and the bell plugged into the layout)."""

from __future__ import annotations

import reflex as rx

from companion import routes
from companion.components.bell import notification_bell
from companion.components.layout import private_page, use_notification_bell
from companion.components.sections import loaded_list
from companion.state.auth import AuthState
from companion.state.notifications import NoteRow, NotificationsState

N = NotificationsState

use_notification_bell(notification_bell)


def _note(n: NoteRow) -> rx.Component:
    return rx.card(
        rx.hstack(
            rx.box(
                width="8px",
                height="8px",
                border_radius="50%",
                margin_top="0.5rem",
                flex_shrink="0",
                background=rx.cond(n.read, "transparent", "var(--accent-9)"),
            ),
            rx.vstack(
                rx.hstack(
                    rx.text(
                        n.title, weight=rx.cond(n.read, "regular", "bold"), flex="1", min_width="0"
                    ),
                    rx.cond(~n.read, rx.badge("New", size="1")),
                    width="100%",
                ),
                rx.text(n.message, size="2"),
                rx.text(n.when, size="1", color_scheme="gray"),
                rx.hstack(
                    rx.cond(
                        n.cta != "", rx.button(n.cta_label, size="2", on_click=N.open_cta(n.id))
                    ),
                    rx.cond(
                        ~n.read,
                        rx.button(
                            "Mark as read", size="2", variant="ghost", on_click=N.mark_read(n.id)
                        ),
                    ),
                    spacing="3",
                    align="center",
                ),
                spacing="1",
                width="100%",
            ),
            spacing="3",
            width="100%",
            align="start",
        ),
        width="100%",
    )


@private_page(
    routes.NOTIFICATIONS,
    "Notifications",
    guard=AuthState.guard_student,
    on_load=[NotificationsState.load_notes],
)
def notifications_page() -> rx.Component:
    return rx.vstack(
        rx.hstack(
            rx.text(N.unread, " unread", color_scheme="gray", flex="1"),
            rx.button(
                "Mark all as read", variant="soft", on_click=N.mark_all, disabled=N.unread == 0
            ),
            width="100%",
            align="center",
        ),
        loaded_list(
            N.loaded,
            N.notes,
            rx.vstack(rx.foreach(N.notes, _note), spacing="2", width="100%"),
            empty=rx.text(
                "Nothing here yet. We'll let you know when a practice set is "
                "ready, an analysis finishes, or a tutor answers.",
                color_scheme="gray",
            ),
            placeholder=rx.skeleton(rx.box(height="80px", width="100%")),
        ),
        spacing="4",
        width="100%",
    )
