"""Form dialogs of the tutor and admin pages, and the visible label each field carries."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import reflex as rx

from companion.components.forms import field_label

__all__ = ["cancel_button", "field_label", "form_dialog"]


def cancel_button() -> rx.Component:
    """Closes the dialog without submitting."""
    return rx.dialog.close(rx.button("Cancel", variant="soft", color_scheme="gray", type="button"))


def form_dialog(
    trigger: rx.Component,
    title: str,
    description: Sequence[Any],
    fields: Sequence[rx.Component],
    submit: rx.Component,
    *,
    on_submit: Callable[[dict], rx.event.EventSpec],
    max_width: str = "420px",
    spacing: str = "2",
    form_props: dict[str, Any] | None = None,
    **root_props,
) -> rx.Component:
    """A button that opens a form in a dialog: its fields, then Cancel and `submit`."""
    return rx.dialog.root(
        rx.dialog.trigger(trigger),
        rx.dialog.content(
            rx.dialog.title(title),
            rx.dialog.description(*description, size="2", color_scheme="gray"),
            rx.form(
                rx.vstack(
                    *fields,
                    rx.hstack(cancel_button(), submit, justify="end", width="100%"),
                    spacing=spacing,
                    align="stretch",
                ),
                on_submit=on_submit,
                **(form_props or {}),
            ),
            max_width=max_width,
        ),
        **root_props,
    )
