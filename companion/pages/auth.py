"""/login and /register: one card each, errors inline, typed values kept."""

from __future__ import annotations

import reflex as rx

from companion import routes
from companion.components.forms import (
    email_input,
    form_page,
    labelled_input,
    password_input,
    stacked_form,
    submit_button,
)
from companion.components.layout import public_page
from companion.services.users import MIN_PASSWORD
from companion.state.auth import SignInState


def _switch(prompt: str, action: str, href: str) -> rx.Component:
    return rx.text(prompt, " ", rx.link(action, href=href), size="2", align="center")


@public_page(routes.LOGIN, "Sign in", on_load=[SignInState.redirect_signed_in])
def login() -> rx.Component:
    S = SignInState
    return form_page(
        "Welcome back",
        rx.text("Sign in to pick up where you left off.", color_scheme="gray"),
        stacked_form(
            email_input(error=S.email_error),
            password_input(error=S.password_error),
            error=S.form_error,
            submit=submit_button("Sign in", busy=S.busy),
            on_submit=S.sign_in,
        ),
        rx.text(rx.link("Forgot your password?", href=routes.FORGOT_PASSWORD), size="2"),
        _switch("New here?", "Create an account", routes.REGISTER),
    )


@public_page(routes.REGISTER, "Create account", on_load=[SignInState.redirect_signed_in])
def register() -> rx.Component:
    S = SignInState
    return form_page(
        "Create your account",
        rx.text("Turn every tutoring session into practice that sticks.", color_scheme="gray"),
        stacked_form(
            labelled_input(
                "Name",
                "name",
                autocomplete="name",
                required=True,
                max_length=120,
                error=S.name_error,
            ),
            email_input(error=S.email_error),
            password_input(new=True, error=S.password_error),
            rx.text(f"At least {MIN_PASSWORD} characters.", size="1", color_scheme="gray"),
            error=S.form_error,
            submit=submit_button("Create account", busy=S.busy),
            on_submit=S.register,
        ),
        _switch("Already have an account?", "Sign in", routes.LOGIN),
    )
