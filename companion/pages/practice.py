"""/practice/[id]: answer one problem at a time, submit, see the results."""

from __future__ import annotations

import reflex as rx

from companion import routes
from companion.components.forms import form_alert
from companion.components.layout import private_page
from companion.components.practice_results import practice_results
from companion.components.richtext import rich_text
from companion.state.auth import AuthState
from companion.state.practice import PracticeState, ProblemRow

P = PracticeState


def _dots() -> rx.Component:
    return rx.hstack(
        rx.foreach(
            P.problems,
            lambda p: rx.box(
                width="12px",
                height="12px",
                border_radius="50%",
                background=rx.cond(
                    p.index == P.current,
                    "var(--accent-9)",
                    rx.cond(P.answers[p.index] != "", "var(--accent-6)", "var(--gray-5)"),
                ),
                on_click=P.go(p.index),
                cursor="pointer",
                role="button",
                aria_label="Problem " + (p.index + 1).to_string(),
                tab_index=0,
            ),
        ),
        spacing="2",
        wrap="wrap",
        aria_label="Progress",
    )


def _input(p: ProblemRow) -> rx.Component:
    return rx.cond(
        p.kind == "multiple_choice",
        rx.radio_cards.root(
            rx.foreach(
                p.options,
                lambda o, i: rx.radio_cards.item(
                    rx.box(rich_text(p.option_labels[i]), font_size="var(--font-size-3)"),
                    value=o,
                    min_height="52px",
                ),
            ),
            value=P.answers[p.index],
            on_value_change=lambda v: P.set_answer(p.index, v),
            columns=rx.breakpoints(initial="1", sm="2"),
            gap="3",
            size="3",
            aria_label="Choices",
            width="100%",
        ),
        rx.vstack(
            rx.el.label(
                "Your answer",
                html_for="answer-" + p.index.to_string(),
                style={"font_weight": "500"},
            ),
            rx.debounce_input(
                rx.input(
                    id="answer-" + p.index.to_string(),
                    value=P.answers[p.index],
                    on_change=lambda v: P.set_answer(p.index, v),
                    size="3",
                    width="100%",
                    placeholder="e.g. x = 4, 3/4, 2x + 1",
                    aria_describedby="reading-" + p.index.to_string(),
                ),
                debounce_timeout=350,
            ),
            rx.cond(
                P.readings.length() > p.index,
                rx.cond(
                    P.readings[p.index] != "",
                    rx.text(
                        "Read as ",
                        rx.code(P.readings[p.index]),
                        id="reading-" + p.index.to_string(),
                        size="1",
                        color_scheme="gray",
                        role="status",
                    ),
                ),
            ),
            rx.text(
                "Math tip: write powers as x^2, fractions as 3/4, roots as sqrt(2). "
                "Equivalent forms count.",
                size="1",
                color_scheme="gray",
            ),
            spacing="1",
            width="100%",
        ),
    )


def _question(p: ProblemRow) -> rx.Component:
    return rx.cond(
        p.index == P.current,
        rx.card(
            rx.vstack(
                rx.hstack(
                    rx.badge(p.kind_word, variant="soft"),
                    rx.text(
                        "Problem ",
                        p.index + 1,
                        " of ",
                        P.problems.length(),
                        size="2",
                        color_scheme="gray",
                    ),
                    spacing="3",
                    align="center",
                ),
                rx.box(rich_text(p.question), font_size="var(--font-size-4)", font_weight="500"),
                _input(p),
                rx.cond(
                    p.hint != "",
                    rx.vstack(
                        rx.button(
                            rx.icon("lightbulb", size=14),
                            rx.cond(P.show_hint, "Hide the hint", "Show a hint"),
                            variant="ghost",
                            size="2",
                            on_click=P.toggle_hint,
                        ),
                        rx.cond(
                            P.show_hint,
                            rx.callout(
                                rich_text(p.hint), icon="lightbulb", color_scheme="amber", size="1"
                            ),
                        ),
                        spacing="2",
                    ),
                ),
                spacing="4",
                width="100%",
            ),
            size="3",
            width="100%",
        ),
    )


def _rationale() -> rx.Component:
    return rx.cond(
        P.rationale != "",
        rx.hstack(
            rx.icon(
                "compass", size=16, flex_shrink="0", color="var(--gray-11)", aria_hidden="true"
            ),
            rx.text(P.rationale, size="2", color_scheme="gray"),
            spacing="2",
            align="center",
            width="100%",
        ),
    )


def _answering() -> rx.Component:
    return rx.vstack(
        _rationale(),
        _dots(),
        rx.foreach(P.problems, _question),
        form_alert(P.form_error),
        rx.hstack(
            rx.button(
                "Previous",
                variant="soft",
                size="3",
                on_click=P.go(P.current - 1),
                disabled=P.current == 0,
            ),
            rx.spacer(),
            rx.cond(
                P.current < P.problems.length() - 1,
                rx.button("Next", size="3", on_click=P.go(P.current + 1)),
                rx.button("Submit answers", size="3", on_click=P.submit, loading=P.submitting),
            ),
            width="100%",
        ),
        spacing="4",
        width="100%",
    )


@private_page(
    routes.PRACTICE, "Practice set", guard=AuthState.guard_student, on_load=[PracticeState.load_set]
)
def practice_page() -> rx.Component:
    return rx.vstack(
        rx.link(
            rx.hstack(rx.icon("arrow-left", size=16), rx.text("All practice")),
            href=routes.PRACTICE_LIST,
            size="2",
        ),
        rx.cond(
            P.found,
            rx.match(
                P.status,
                ("submitted", practice_results()),
                ("ready", _answering()),
                rx.card(
                    rx.hstack(
                        rx.spinner(),
                        rx.text("This set is still being written. Reload in a few seconds."),
                    ),
                    width="100%",
                ),
            ),
            rx.callout("We couldn't find that practice set.", icon="info", width="100%"),
        ),
        spacing="4",
        width="100%",
    )
