"""Form helpers: labelled fields with inline errors, and a submit button with a busy state."""

from __future__ import annotations

import reflex as rx


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
    **props,
) -> rx.Component:
    """A visible label, an input and its error, wired together for assistive tech."""
    field_id = f"field-{name}"
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


def submit_button(label: str, *, busy: rx.Var[bool]) -> rx.Component:
    """The form's one primary action, showing progress while the server works."""
    return rx.button(
        label,
        type="submit",
        size="3",
        width="100%",
        loading=busy,
        disabled=busy,
    )


def form_alert(message: rx.Var[str]) -> rx.Component:
    """A form-level error (what happened and what to do next)."""
    return rx.cond(
        message != "",
        rx.callout(message, icon="triangle_alert", color_scheme="red", role="alert", width="100%"),
    )
