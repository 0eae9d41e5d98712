"""Form helpers: labelled fields with inline errors, email and password fields, a submit
button with a busy state, and the one-column form every sign-in and account form uses."""

from __future__ import annotations

from typing import Any

import reflex as rx

from companion.services.users import MIN_PASSWORD

NEW_PASSWORD = f"New password (at least {MIN_PASSWORD} characters)"


def field_error(message: rx.Var[str], field_id: str) -> rx.Component:
    """An inline error under a field, announced to screen readers."""
    return rx.cond(
        message != "",
        rx.text(message, id=f"{field_id}-error", color_scheme="red", size="2", role="alert"),
    )


def field_label(text: str, field_id: str | rx.Var[str]) -> rx.Component:
    """A visible label tied to its field, for assistive tech."""
    return rx.el.label(text, html_for=field_id, style={"font_weight": "500"})


def labelled_field(
    label: str, field_id: str, control: rx.Component, error: rx.Var[str] | None = None, **props
) -> rx.Component:
    """A visible label, a control with id `field_id` and its inline error, stacked."""
    children = [field_label(label, field_id), control]
    if error is not None:
        children.append(field_error(error, field_id))
    return rx.vstack(*children, spacing="1", width="100%", align="stretch", **props)


def labelled_input(
    label: str,
    name: str,
    *,
    error: rx.Var[str] | None = None,
    type: str = "text",
    autocomplete: str = "off",
    field_id: str = "",
    **props,
) -> rx.Component:
    """A visible label, an input and its error, wired together for assistive tech
    (`field_id` when two fields of one page share a name)."""
    field_id = field_id or f"field-{name}"
    control = rx.input(
        id=field_id,
        name=name,
        type=type,
        auto_complete=autocomplete,
        size="3",
        width="100%",
        **props,
    )
    return labelled_field(label, field_id, control, error)


def email_input(
    label: str = "Email", name: str = "email", *, error: rx.Var[str] | None = None
) -> rx.Component:
    """A required email field (browsers offer the saved address)."""
    return labelled_input(
        label, name, type="email", autocomplete="email", required=True, error=error
    )


def password_input(
    label: str = "Password",
    name: str = "password",
    *,
    new: bool = False,
    error: rx.Var[str] | None = None,
    field_id: str = "",
) -> rx.Component:
    """A required password field: the current password, or a `new` one (password managers
    offer to generate it; the browser checks the minimum length the service enforces)."""
    return labelled_input(
        label,
        name,
        type="password",
        autocomplete="new-password" if new else "current-password",
        required=True,
        error=error,
        field_id=field_id,
        **({"min_length": MIN_PASSWORD} if new else {}),
    )


def form_page(title: str, *body: rx.Component) -> rx.Component:
    """The content of a signed-out page: its one heading, then the body in one column."""
    return rx.vstack(rx.heading(title, size="6", as_="h1"), *body, spacing="4", width="100%")


def stacked_form(
    *fields: rx.Component,
    error: rx.Var[str],
    submit: rx.Component,
    on_submit: Any,
    reset_on_submit: bool = False,
    spacing: str = "4",
    **props: Any,
) -> rx.Component:
    """A form in one column: its error (if any), the fields, the submit button. What was
    typed stays after a refused submit unless `reset_on_submit` (fields holding secrets)."""
    return rx.form(
        rx.vstack(form_alert(error), *fields, submit, spacing=spacing, width="100%"),
        on_submit=on_submit,
        reset_on_submit=reset_on_submit,
        width="100%",
        **props,
    )


def submit_button(label: str, *, busy: rx.Var[bool]) -> rx.Component:
    """The form's one primary action, showing progress while the server works.

    It waits for the page's hydration (the page's on_load handlers done): a submit sent
    before then was wiped by the on_load reset that followed it (the "link sent" message
    vanished), and one clicked before the app had started did nothing at all."""
    return rx.button(
        label,
        type="submit",
        size="3",
        width="100%",
        loading=busy,
        disabled=busy | ~rx.State.is_hydrated,
    )


def form_alert(message: rx.Var[str]) -> rx.Component:
    """A form-level error (what happened and what to do next)."""
    return rx.cond(
        message != "",
        rx.callout(message, icon="triangle_alert", color_scheme="red", role="alert", width="100%"),
    )
