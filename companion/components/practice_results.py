"""The results of a submitted practice set: score, mastery changes, and each problem with
its verdict, the right answer, feedback and explanation."""

from __future__ import annotations

import reflex as rx

from companion import routes
from companion.components.mastery import delta_text, mastery_color, mastery_word_var
from companion.components.richtext import rich_text
from companion.state.practice import PracticeState, ProblemRow

P = PracticeState


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


def practice_results() -> rx.Component:
    """A submitted set: the score, the mastery changes, each problem with the right answer."""
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
