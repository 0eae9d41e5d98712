"""The /streak page body, and how it is registered in the app."""

from __future__ import annotations

import reflex as rx

from companion.components.layout import private_page
from companion.state.auth import AuthState
from examples.study_streak.state import StreakState

ROUTE = "/streak"


def streak() -> rx.Component:
    """What the student sees: the count, and the last day that counted."""
    return rx.vstack(
        rx.heading("Study streak", size="6", as_="h1"),
        rx.cond(
            StreakState.loaded,
            rx.text(StreakState.days.to_string() + " days in a row", size="5"),
            rx.spinner(),
        ),
        rx.cond(StreakState.last_day != "", rx.text("Last practice: ", StreakState.last_day)),
        spacing="3",
    )


def register() -> None:
    """Add /streak to the app: call once from a module that companion/companion.py imports.

    A page module in companion/pages/ applies `private_page(...)` as a decorator at import
    instead; this example waits for the call so that importing it (as its test does)
    leaves the real app's routes unchanged.
    """
    private_page(ROUTE, "Streak", guard=AuthState.guard_student, on_load=[StreakState.load_streak])(
        streak
    )
