"""/practice/[id]: answer one problem at a time, submit, see the results."""

from __future__ import annotations

import reflex as rx

from companion import routes
from companion.components.forms import form_alert
from companion.components.layout import private_page
from companion.components.mastery import delta_text, mastery_color, mastery_word_var
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


def _result(p: ProblemRow) -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.hstack(
                rx.cond(
                    p.scored,
                    rx.badge(
                        rx.icon(rx.cond(p.correct, "check", "x"), size=14),
                        rx.cond(p.correct, "Right", "Not yet"),
                        color_scheme=rx.cond(p.correct, "green", "red"),
                        size="2",
                    ),
                    rx.badge("Not scored: compare with the model answer", size="2"),
                ),
                rx.text("Problem ", p.index + 1, size="2", color_scheme="gray"),
                align="center",
            ),
            rx.box(rich_text(p.question), font_weight="500"),
            rx.text("Your answer: ", rx.text.strong(p.answer), size="2"),
            rx.cond(
                ~p.correct & p.scored,
                rx.text("Correct answer: ", rx.text.strong(p.correct_answer), size="2"),
            ),
            rx.cond(
                p.feedback != "",
                rx.box(rich_text(p.feedback), font_size="var(--font-size-2)", color="gray"),
            ),
            rx.cond(
                p.explanation != "",
                rx.callout(rich_text(p.explanation), icon="info", size="1", color_scheme="gray"),
            ),
            spacing="2",
            width="100%",
        ),
        width="100%",
    )


def _results() -> rx.Component:
    return rx.vstack(
        rx.card(
            rx.hstack(
                rx.cond(
                    P.score >= 0,
                    rx.vstack(
                        rx.text("Your score", size="2", color_scheme="gray"),
                        rx.heading(P.score.to_string() + "%", size="8", as_="p"),
                        rx.badge(mastery_word_var(P.score), color_scheme=mastery_color(P.score)),
                        spacing="1",
                    ),
                    rx.text("Nothing in this set is scored.", size="2", color_scheme="gray"),
                ),
                rx.vstack(
                    rx.cond(
                        P.deltas.length() > 0,
                        rx.text("Mastery change", size="2", color_scheme="gray"),
                    ),
                    rx.foreach(P.deltas, lambda d: delta_text(d.delta, d.name)),
                    spacing="2",
                    align="start",
                ),
                spacing="6",
                wrap="wrap",
                align="start",
            ),
            size="3",
            width="100%",
        ),
        rx.foreach(P.problems, _result),
        rx.hstack(
            rx.link(rx.button("Another set", size="3"), href=routes.PRACTICE_LIST),
            rx.link(rx.button("Ask the companion", size="3", variant="soft"), href=routes.CHAT),
            spacing="3",
            wrap="wrap",
        ),
        spacing="3",
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
                ("submitted", _results()),
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
