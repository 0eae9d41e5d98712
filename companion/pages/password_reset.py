"""/forgot-password, /reset-password and /confirm-email: the pages emailed links open."""

from __future__ import annotations

import reflex as rx

from companion import routes
from companion.components.forms import form_alert, labelled_input, submit_button
from companion.components.layout import public_page
from companion.services.users import MIN_PASSWORD
from companion.state.password_reset import PasswordResetState

S = PasswordResetState


def _back() -> rx.Component:
    return rx.text(rx.link("Back to sign in", href=routes.LOGIN), size="2", align="center")


@public_page(routes.FORGOT_PASSWORD, "Forgot password", on_load=[S.clear])
def forgot_password() -> rx.Component:
    return rx.vstack(
        rx.heading("Forgot your password?", size="6", as_="h1"),
        rx.cond(
            S.sent_message != "",
            rx.callout(S.sent_message, icon="mail", color_scheme="green", width="100%"),
            rx.form(
                rx.vstack(
                    rx.text("We'll email you a link to choose a new one.", color_scheme="gray"),
                    form_alert(S.error),
                    labelled_input(
                        "Email", "email", type="email", autocomplete="email", required=True
                    ),
                    submit_button("Send the link", busy=S.busy),
                    spacing="4",
                    width="100%",
                ),
                on_submit=S.request_link,
                reset_on_submit=False,
                width="100%",
            ),
        ),
        _back(),
        spacing="4",
        width="100%",
    )


@public_page(routes.RESET_PASSWORD, "Choose a new password", on_load=[S.clear])
def reset_password() -> rx.Component:
    return rx.vstack(
        rx.heading("Choose a new password", size="6", as_="h1"),
        rx.cond(
            S.done,
            rx.callout(
                "Password changed. Sign in with your new password.",
                icon="circle-check",
                color_scheme="green",
                width="100%",
            ),
            rx.form(
                rx.vstack(
                    form_alert(S.error),
                    labelled_input(
                        f"New password (at least {MIN_PASSWORD} characters)",
                        "new_password",
                        type="password",
                        autocomplete="new-password",
                        required=True,
                        min_length=MIN_PASSWORD,
                    ),
                    submit_button("Set the new password", busy=S.busy),
                    spacing="4",
                    width="100%",
                ),
                on_submit=S.set_new_password,
                reset_on_submit=False,
                width="100%",
            ),
        ),
        _back(),
        spacing="4",
        width="100%",
    )


@public_page(routes.CONFIRM_EMAIL, "Confirm your new email", on_load=[S.clear])
def confirm_email() -> rx.Component:
    return rx.vstack(
        rx.heading("Confirm your new email", size="6", as_="h1"),
        form_alert(S.error),
        rx.cond(
            S.done,
            rx.callout(S.sent_message, icon="circle-check", color_scheme="green", width="100%"),
            rx.button(
                "Use this email address",
                on_click=S.confirm_email,
                loading=S.busy,
                size="3",
                width="100%",
            ),
        ),
        _back(),
        spacing="4",
        width="100%",
    )
