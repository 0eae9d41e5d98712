"""/progress: mastery per concept over time, goal progress, practice scores."""

from __future__ import annotations

import reflex as rx

from companion import routes
from companion.components.charts import bar_chart, line_chart
from companion.components.layout import private_page
from companion.components.mastery import mastery_badge, mastery_bar
from companion.components.sections import card_grid
from companion.state.auth import AuthState
from companion.state.progress import ConceptOption, GoalBar, ProgressState

P = ProgressState


def _goal(g: GoalBar) -> rx.Component:
    return rx.vstack(
        rx.hstack(
            rx.text(g.title, weight="medium", flex="1"),
            rx.text(g.progress, "%", size="2"),
            width="100%",
        ),
        rx.progress(value=g.progress, max=100, aria_label=g.title + " progress"),
        spacing="1",
        width="100%",
    )


def _concept(c: ConceptOption) -> rx.Component:
    return rx.box(
        mastery_bar(c.label, c.mastery), on_click=P.choose(c.key), cursor="pointer", width="100%"
    )


@private_page(
    routes.PROGRESS,
    "Progress",
    guard=AuthState.guard_student,
    on_load=[ProgressState.load_progress],
)
def progress_page() -> rx.Component:
    return rx.cond(
        P.loaded & (P.concepts.length() == 0),
        rx.card(
            rx.vstack(
                rx.heading("Your progress shows up here", size="5", as_="h2"),
                rx.text(
                    "Upload a session and do some practice: each concept's mastery is "
                    "tracked over time."
                ),
                rx.link(rx.button("Upload a session"), href=routes.SESSIONS),
                spacing="3",
            ),
            width="100%",
        ),
        rx.vstack(
            rx.card(
                rx.vstack(
                    rx.hstack(
                        rx.heading("Mastery over time", size="4", as_="h2", flex="1"),
                        rx.cond(
                            P.average >= 0,
                            rx.hstack(
                                rx.text("Average", size="2"),
                                mastery_badge(P.average),
                                align="center",
                            ),
                        ),
                        width="100%",
                        wrap="wrap",
                    ),
                    rx.el.label("Concept", html_for="field-concept", style={"font_weight": "500"}),
                    rx.select.root(
                        rx.select.trigger(id="field-concept", width="100%"),
                        rx.select.content(
                            rx.foreach(P.concepts, lambda c: rx.select.item(c.label, value=c.key))
                        ),
                        value=P.chosen,
                        on_change=P.choose,
                    ),
                    line_chart(
                        P.concept_points, "when", "mastery", "Mastery of the chosen concept"
                    ),
                    rx.text(
                        "Dashed line: 70, where 'solid' starts.", size="1", color_scheme="gray"
                    ),
                    spacing="2",
                    width="100%",
                ),
                width="100%",
            ),
            card_grid(
                rx.card(
                    rx.vstack(
                        rx.heading("Practice scores", size="4", as_="h2"),
                        rx.cond(
                            P.scores.length() > 0,
                            bar_chart(P.scores, "set", "score", "Practice scores, oldest first"),
                            rx.text("No practice submitted yet.", color_scheme="gray"),
                        ),
                        width="100%",
                    ),
                    width="100%",
                ),
                rx.card(
                    rx.vstack(
                        rx.heading("Goals", size="4", as_="h2"),
                        rx.cond(
                            P.goals.length() > 0,
                            rx.vstack(rx.foreach(P.goals, _goal), width="100%"),
                            rx.link("Set a goal", href=routes.GOALS),
                        ),
                        width="100%",
                    ),
                    width="100%",
                ),
            ),
            rx.card(
                rx.vstack(
                    rx.heading("Every concept", size="4", as_="h2"),
                    rx.text("Weakest first. Tap one to chart it.", size="1", color_scheme="gray"),
                    rx.foreach(P.concepts, _concept),
                    spacing="3",
                    width="100%",
                ),
                width="100%",
            ),
            spacing="4",
            width="100%",
        ),
    )
