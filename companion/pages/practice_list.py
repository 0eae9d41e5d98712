"""/practice: earlier sets and the generator of a new one."""

from __future__ import annotations

import reflex as rx

from companion import routes
from companion.components.forms import form_alert
from companion.components.layout import private_page
from companion.components.mastery import status_badge
from companion.components.sections import loaded_list, row_link
from companion.components.tables import skeletons
from companion.state.auth import AuthState
from companion.state.practice_list import Option, PracticeListState, PracticeRow

L = PracticeListState
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
