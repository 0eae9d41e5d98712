"""/login and /register: one card each, errors inline, typed values kept."""

from __future__ import annotations

import reflex as rx

from companion import routes
from companion.components.forms import form_alert, labelled_input, submit_button
from companion.components.layout import public_page
from companion.services.users import MIN_PASSWORD
from companion.state.auth import SignInState


def _switch(prompt: str, action: str, href: str) -> rx.Component:
    return rx.text(prompt, " ", rx.link(action, href=href), size="2", align="center")


@public_page(routes.LOGIN, "Sign in", on_load=[SignInState.redirect_signed_in])
def login() -> rx.Component:
    return rx.vstack(
        rx.heading("Welcome back", size="6", as_="h1"),
        rx.text("Sign in to pick up where you left off.", color_scheme="gray"),
        rx.form(
            rx.vstack(
                form_alert(SignInState.form_error),
                labelled_input(
                    "Email",
                    "email",
                    type="email",
                    autocomplete="email",
                    required=True,
                    error=SignInState.email_error,
                ),
                labelled_input(
                    "Password",
                    "password",
                    type="password",
                    autocomplete="current-password",
                    required=True,
                    error=SignInState.password_error,
                ),
                submit_button("Sign in", busy=SignInState.busy),
                spacing="4",
                width="100%",
            ),
            on_submit=SignInState.sign_in,
            reset_on_submit=False,
            width="100%",
        ),
        rx.text(rx.link("Forgot your password?", href=routes.FORGOT_PASSWORD), size="2"),
        _switch("New here?", "Create an account", routes.REGISTER),
        spacing="4",
        width="100%",
    )


@public_page(routes.REGISTER, "Create account", on_load=[SignInState.redirect_signed_in])
def register() -> rx.Component:
    return rx.vstack(
        rx.heading("Create your account", size="6", as_="h1"),
        rx.text("Turn every tutoring session into practice that sticks.", color_scheme="gray"),
        rx.form(
            rx.vstack(
                form_alert(SignInState.form_error),
                labelled_input(
                    "Name",
                    "name",
                    autocomplete="name",
                    required=True,
                    max_length=120,
                    error=SignInState.name_error,
                ),
                labelled_input(
                    "Email",
                    "email",
                    type="email",
                    autocomplete="email",
                    required=True,
                    error=SignInState.email_error,
                ),
                labelled_input(
                    "Password",
                    "password",
                    type="password",
                    autocomplete="new-password",
                    required=True,
                    min_length=MIN_PASSWORD,
                    error=SignInState.password_error,
                ),
                rx.text(f"At least {MIN_PASSWORD} characters.", size="1", color_scheme="gray"),
                submit_button("Create account", busy=SignInState.busy),
                spacing="4",
                width="100%",
            ),
            on_submit=SignInState.register,
            reset_on_submit=False,
            width="100%",
        ),
        _switch("Already have an account?", "Sign in", routes.LOGIN),
        spacing="4",
        width="100%",
    )
