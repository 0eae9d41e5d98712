"""The one mastery scale (0-39 needs work, 40-69 getting there, 70-89 solid, 90-100 mastered):
number + word + colour, never colour alone."""

from __future__ import annotations

import reflex as rx

# (lowest score, word, Radix colour), highest band first.
BANDS = (
    (90, "mastered", "green"),
    (70, "solid", "teal"),
    (40, "getting there", "amber"),
    (0, "needs work", "red"),
)


def mastery_word(value: int) -> str:
    """The word of the scale for a score 0-100."""
    return next(word for low, word, _ in BANDS if value >= low)


def _pick(value: rx.Var[int], index: int) -> rx.Var[str]:
    result: rx.Var = rx.Var.create(BANDS[-1][index])
    for band in reversed(BANDS[:-1]):
        result = rx.cond(value >= band[0], band[index], result)
    return result


def mastery_word_var(value: rx.Var[int]) -> rx.Var[str]:
    return _pick(value, 1)


def mastery_color(value: rx.Var[int]) -> rx.Var[str]:
    return _pick(value, 2)


NOT_ENOUGH_EVIDENCE = "not enough evidence yet"


def mastery_label(value: int, *, measured: bool = True) -> str:
    """'72 · solid', or the honest 'not enough evidence yet' when too few answers were judged."""
    return f"{value} · {mastery_word(value)}" if measured else NOT_ENOUGH_EVIDENCE


def _unmeasured_badge() -> rx.Component:
    return rx.badge(
        NOT_ENOUGH_EVIDENCE, color_scheme="gray", variant="soft", size="2", white_space="nowrap"
    )


def mastery_badge(value: rx.Var[int], measured: rx.Var[bool] | bool = True) -> rx.Component:
    """'72 · solid' as a coloured badge; 'not enough evidence yet' instead of a guessed number."""
    badge = rx.badge(
        f"{value} · ",
        mastery_word_var(value),
        color_scheme=mastery_color(value),
        variant="soft",
        size="2",
        white_space="nowrap",
    )
    if measured is True:
        return badge
    return rx.cond(measured, badge, _unmeasured_badge())


def mastery_bar(
    name: rx.Var[str] | str, value: rx.Var[int], measured: rx.Var[bool] | bool = True
) -> rx.Component:
    """A labelled bar: the concept, its number and word, and the bar (no bar without evidence)."""
    bar = rx.progress(
        value=value,
        max=100,
        color_scheme=mastery_color(value),
        size="2",
        aria_label=rx.Var.create(name).to_string() + " mastery",
    )
    return rx.vstack(
        rx.hstack(
            rx.text(name, weight="medium", size="3", flex="1", min_width="0"),
            mastery_badge(value, measured),
            width="100%",
            align="center",
            spacing="2",
        ),
        bar if measured is True else rx.cond(measured, bar, rx.fragment()),
        spacing="1",
        width="100%",
    )


def delta_text(value: rx.Var[int], name: rx.Var[str]) -> rx.Component:
    """'+12 on Linear equations' (or '-3 on ...')."""
    return rx.badge(
        rx.cond(value >= 0, "+", ""),
        value,
        " on ",
        name,
        color_scheme=rx.cond(value >= 0, "green", "orange"),
        variant="surface",
        size="2",
    )


STATUS_COLORS = {
    "pending": "gray",
    "queued": "gray",
    "processing": "blue",
    "completed": "green",
    "failed": "red",
    "ready": "indigo",
    "submitted": "green",
    "active": "indigo",
    "abandoned": "gray",
}
STATUS_WORDS = {
    "pending": "Waiting",
    "processing": "Analysing",
    "completed": "Ready",
    "failed": "Failed",
    "ready": "Ready to start",
    "submitted": "Done",
    "active": "Active",
    "abandoned": "Abandoned",
}


def status_badge(status: rx.Var[str]) -> rx.Component:
    """A status with its word (Waiting, Analysing, Ready, Failed...)."""
    return rx.badge(
        rx.match(status, *list(STATUS_WORDS.items()), status),
        color_scheme=rx.match(status, *list(STATUS_COLORS.items()), "gray"),
        variant="soft",
        white_space="nowrap",
    )
