"""/admin/mail: what the app would have emailed, when no SMTP server is configured."""

from __future__ import annotations

import reflex as rx

from companion import routes
from companion.components.layout import private_page
from companion.components.sections import toolbar
from companion.components.tables import empty_state
from companion.state.admin_mail import AdminMailState, MailRow
from companion.state.auth import AuthState


def _mail_card(mail: MailRow) -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.hstack(
                rx.text(mail.subject, weight="bold"),
                rx.spacer(),
                rx.text(mail.at, size="1", color_scheme="gray", white_space="nowrap"),
                width="100%",
            ),
            rx.text("To: ", mail.recipient, size="2"),
            rx.foreach(mail.links, lambda url: rx.link(url, href=url, size="2")),
            rx.text(
                mail.text, size="2", white_space="pre-wrap", style={"word_break": "break-word"}
            ),
            spacing="2",
            align="start",
            width="100%",
        ),
        width="100%",
    )


@private_page(
    routes.ADMIN_MAIL,
    "Mail outbox",
    guard=AuthState.guard_admin,
    on_load=[AdminMailState.load_mail],
)
def admin_mail() -> rx.Component:
    S = AdminMailState
    return rx.vstack(
        toolbar(
            "No SMTP server is configured (SMTP_URL and MAIL_FROM), so emails are kept here "
            "instead of being sent. Newest first.",
            rx.button(
                rx.icon("refresh-cw", size=16), "Refresh", variant="soft", on_click=S.load_mail
            ),
            wrap="wrap",
        ),
        rx.cond(
            S.mails.length() > 0,
            rx.vstack(rx.foreach(S.mails, _mail_card), spacing="3", width="100%"),
            rx.cond(
                S.loaded,
                empty_state(
                    "mail", "No mail yet", "Password reset links and other emails appear here."
                ),
            ),
        ),
        spacing="4",
        width="100%",
    )
