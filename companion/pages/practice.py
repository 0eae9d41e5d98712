"""/practice (sets and the generator) and /practice/[id] (answer, submit, results)."""

from __future__ import annotations

import reflex as rx

from companion import routes
from companion.components.forms import form_alert
from companion.components.layout import private_page
from companion.components.mastery import delta_text, mastery_color, mastery_word_var, status_badge
from companion.components.richtext import rich_text
from companion.components.sections import loaded_list, row_link
from companion.components.tables import skeletons
from companion.state.auth import AuthState
from companion.state.practice import (
    Option,
    PracticeListState,
    PracticeRow,
    PracticeState,
    ProblemRow,
)

L = PracticeListState
P = PracticeState
DIFFICULTY_CHOICES = (
    ("auto", "Auto (recommended)"),
    ("easy", "Easy"),
    ("medium", "Medium"),
    ("hard", "Hard"),
)


def _concept_check(o: Option) -> rx.Component:
    return rx.checkbox(
        o.label,
        checked=L.chosen_concepts.contains(o.value),
        on_change=lambda on: L.toggle_concept(o.value, on),
        size="2",
    )


def _generator() -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.heading("New practice set", size="4", as_="h2"),
            rx.el.label("Practise from", html_for="field-source", style={"font_weight": "500"}),
            rx.segmented_control.root(
                rx.segmented_control.item("A session", value="session"),
                rx.segmented_control.item("Chosen concepts", value="concepts"),
                id="field-source",
                value=L.source,
                on_change=L.set_source,
            ),
            rx.cond(
                L.source == "session",
                rx.vstack(
                    rx.el.label("Session", html_for="field-session", style={"font_weight": "500"}),
                    rx.cond(
                        L.sessions.length() > 0,
                        rx.select.root(
                            rx.select.trigger(id="field-session", width="100%"),
                            rx.select.content(
                                rx.foreach(
                                    L.sessions, lambda o: rx.select.item(o.label, value=o.value)
                                )
                            ),
                            value=L.chosen_session,
                            on_change=L.set_chosen_session,
                            size="3",
                        ),
                        rx.text(
                            "No analysed session yet. ",
                            rx.link("Upload one", href=routes.SESSIONS),
                            " first.",
                            size="2",
                            color_scheme="gray",
                        ),
                    ),
                    spacing="1",
                    width="100%",
                ),
                rx.vstack(
                    rx.text("Concepts (your mastery in brackets)", weight="medium"),
                    rx.grid(
                        rx.foreach(L.concepts, _concept_check),
                        columns=rx.breakpoints(initial="1", sm="2"),
                        spacing="2",
                        width="100%",
                    ),
                    spacing="1",
                    width="100%",
                ),
            ),
            rx.text("Difficulty", id="label-difficulty", weight="medium"),
            rx.radio_cards.root(
                *[
                    rx.radio_cards.item(rx.text(label, size="2"), value=value)
                    for value, label in DIFFICULTY_CHOICES
                ],
                id="field-difficulty",
                value=L.difficulty,
                on_value_change=L.set_difficulty,
                columns=rx.breakpoints(initial="2", sm="4"),
                gap="2",
                size="1",
                width="100%",
                aria_labelledby="label-difficulty",
            ),
            rx.cond(
                L.difficulty == "auto",
                rx.text(
                    "Auto picks the level where you'll get about 3 in 4 right: hard "
                    "enough to grow, easy enough to keep going.",
                    size="1",
                    color_scheme="gray",
                ),
            ),
            form_alert(L.form_error),
            rx.button(
                rx.icon("sparkles", size=16),
                "Generate practice",
                size="3",
                on_click=L.generate,
                loading=L.generating,
            ),
            rx.cond(
                L.generating,
                rx.hstack(
                    rx.spinner(),
                    rx.text(
                        "Writing your problems… this page opens the set when it's ready.", size="2"
                    ),
                    role="status",
                ),
            ),
            spacing="3",
            width="100%",
        ),
        width="100%",
    )


def _practice_item(row: PracticeRow) -> rx.Component:
    return row_link(
        row.href,
        rx.card(
            rx.hstack(
                rx.vstack(
                    rx.text(row.title, weight="bold"),
                    rx.text(row.difficulty.capitalize(), size="2", color_scheme="gray"),
                    spacing="1",
                    flex="1",
                    min_width="0",
                ),
                rx.cond(row.score != "", rx.badge(row.score, size="2", variant="surface")),
                status_badge(row.status),
                align="center",
                width="100%",
            ),
            width="100%",
        ),
    )


@private_page(
    routes.PRACTICE_LIST,
    "Practice",
    guard=AuthState.guard_student,
    on_load=[PracticeListState.load_practice],
)
def practice_list_page() -> rx.Component:
    return rx.vstack(
        rx.text(
            "Short sets that target what you're still building. Answers are checked right away.",
            color_scheme="gray",
        ),
        _generator(),
        rx.heading("Your sets", size="4", as_="h2"),
        loaded_list(
            L.loaded,
            L.practices,
            rx.vstack(rx.foreach(L.practices, _practice_item), width="100%", spacing="2"),
            empty=rx.text(
                "No sets yet. Generate one above: it takes a few seconds.", color_scheme="gray"
            ),
            placeholder=skeletons(3, "64px", spacing="3"),
        ),
        spacing="4",
        width="100%",
    )


# ---- /practice/[id] ------------------------------------------------------------------
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
