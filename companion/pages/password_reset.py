"""/forgot-password, /reset-password and /confirm-email: the pages emailed links open."""

from __future__ import annotations

from typing import Any

import reflex as rx

from companion import routes
from companion.components.forms import (
    NEW_PASSWORD,
    email_input,
    form_alert,
    form_page,
    password_input,
    stacked_form,
    submit_button,
)
from companion.components.layout import public_page
from companion.state.password_reset import PasswordResetState

S = PasswordResetState


def _page(title: str, *body: rx.Component) -> rx.Component:
    back = rx.text(rx.link("Back to sign in", href=routes.LOGIN), size="2", align="center")
    return form_page(title, *body, back)


def _success(message: str | rx.Var[str], icon: str = "circle-check") -> rx.Component:
    return rx.callout(message, icon=icon, color_scheme="green", width="100%")


def _form_until(
    done: rx.Var[bool], success: rx.Component, *fields: rx.Component, submit: str, on_submit: Any
) -> rx.Component:
    """The form, replaced by `success` once it went through."""
    form = stacked_form(
        *fields, error=S.error, submit=submit_button(submit, busy=S.busy), on_submit=on_submit
    )
    return rx.cond(done, success, form)


@public_page(routes.FORGOT_PASSWORD, "Forgot password", on_load=[S.clear])
def forgot_password() -> rx.Component:
    return _page(
        "Forgot your password?",
        _form_until(
            S.sent_message != "",
            _success(S.sent_message, icon="mail"),
            rx.text("We'll email you a link to choose a new one.", color_scheme="gray"),
            email_input(),
            submit="Send the link",
            on_submit=S.request_link,
        ),
    )


@public_page(routes.RESET_PASSWORD, "Choose a new password", on_load=[S.clear])
def reset_password() -> rx.Component:
    return _page(
        "Choose a new password",
        _form_until(
            S.done,
            _success("Password changed. Sign in with your new password."),
            password_input(NEW_PASSWORD, "new_password", new=True),
            submit="Set the new password",
            on_submit=S.set_new_password,
        ),
    )


@public_page(routes.CONFIRM_EMAIL, "Confirm your new email", on_load=[S.clear])
def confirm_email() -> rx.Component:
    return _page(
        "Confirm your new email",
        form_alert(S.error),
        rx.cond(
            S.done,
            _success(S.sent_message),
            rx.button(
                "Use this email address",
                on_click=S.confirm_email,
                loading=S.busy,
                size="3",
                width="100%",
            ),
        ),
    )
