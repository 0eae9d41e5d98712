"""Risk flags as badges whose tooltip says why, and small status and trend markers."""

from __future__ import annotations

import reflex as rx

# Service flag label -> (shown text, Radix colour). Unknown labels show as they are, in gray.
FLAG_STYLES: dict[str, tuple[str, str]] = {
    "new": ("Few sessions", "blue"),
    "falling": ("Mastery falling", "red"),
    "routing": ("Wants a tutor", "amber"),
    "inactive": ("Inactive", "gray"),
}
URGENCY_COLORS = {"high": "red", "medium": "amber", "low": "gray"}
STATUS_COLORS = {
    "open": "amber",
    "booked": "green",
    "closed": "gray",
    "pending": "gray",
    "processing": "blue",
    "completed": "green",
    "failed": "red",
    "queued": "gray",
    "running": "blue",
    "done": "green",
    "dead": "red",
    "student": "gray",
    "tutor": "indigo",
    "admin": "purple",
}


def flag_text(label: str) -> str:
    """The words a flag label shows."""
    return FLAG_STYLES.get(label, (label, "gray"))[0]


def flag_color(label: str) -> str:
    return FLAG_STYLES.get(label, (label, "gray"))[1]


def flag_badge(text: rx.Var[str], color: rx.Var[str], why: rx.Var[str]) -> rx.Component:
    """One risk flag: a badge, focusable, whose tooltip (and accessible name) says why."""
    return rx.tooltip(
        rx.badge(
            text,
            color_scheme=color,
            variant="soft",
            size="1",
            white_space="nowrap",
            tab_index=0,
            aria_label=rx.Var.create(text).to(str) + ": " + rx.Var.create(why).to(str),
            cursor="help",
        ),
        content=why,
    )


def status_badge(status: rx.Var[str] | str) -> rx.Component:
    """A status or role word as a badge, coloured consistently across the staff pages."""
    color = rx.match(status, *list(STATUS_COLORS.items()), "gray")
    return rx.badge(status, color_scheme=color, variant="soft", white_space="nowrap")


def urgency_badge(urgency: rx.Var[str]) -> rx.Component:
    """'high' / 'medium' / 'low' urgency, colour plus the word."""
    color = rx.match(urgency, *list(URGENCY_COLORS.items()), "gray")
    return rx.badge(
        urgency, " urgency", color_scheme=color, variant="surface", white_space="nowrap"
    )


def _trend_text(*children, color: str, label: rx.Var[str] | str, **props) -> rx.Component:
    return rx.text(
        *children, color_scheme=color, size="2", aria_label=label, white_space="nowrap", **props
    )


def trend_marker(trend: rx.Var[int]) -> rx.Component:
    """An arrow and the change since the first estimate: '↑ +12', '↓ -8' or '→ 0'."""
    return rx.cond(
        trend > 0,
        _trend_text("↑ +", trend, color="green", label="up " + trend.to_string(), weight="medium"),
        rx.cond(
            trend < 0,
            _trend_text(
                "↓ ", trend, color="red", label="down " + trend.to_string(), weight="medium"
            ),
            _trend_text("→ 0", color="gray", label="no change"),
        ),
    )
