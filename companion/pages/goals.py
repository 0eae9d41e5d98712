"""/goals (create, follow, complete) and /suggestions (what to learn next)."""

from __future__ import annotations

import reflex as rx

from companion import routes
from companion.components.forms import form_alert, labelled_input
from companion.components.layout import private_page
from companion.components.mastery import mastery_color
from companion.components.sections import card_grid, loaded_list
from companion.state.auth import AuthState
from companion.state.goals import GoalRow, GoalsState, SuggestionRow

G = GoalsState


def _form() -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.heading("Set a goal", size="4", as_="h2"),
            rx.grid(
                labelled_input(
                    "Goal",
                    "title",
                    error=G.title_error,
                    value=G.title,
                    on_change=G.set_title,
                    placeholder="e.g. Ace the algebra unit test",
                ),
                labelled_input(
                    "Subject",
                    "goal-subject",
                    error=G.subject_error,
                    value=G.subject,
                    on_change=G.set_subject,
                    placeholder="e.g. Algebra I",
                ),
                labelled_input(
                    "Target date (optional)",
                    "target",
                    error=G.date_error,
                    type="date",
                    value=G.target_date,
                    on_change=G.set_target_date,
                ),
                columns=rx.breakpoints(initial="1", md="3"),
                spacing="3",
                width="100%",
            ),
            form_alert(G.form_error),
            rx.button("Add goal", size="3", on_click=G.create_goal, loading=G.saving),
            spacing="3",
            width="100%",
        ),
        width="100%",
    )


def goal_card(g: GoalRow) -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.hstack(
                rx.text(g.title, weight="bold", flex="1", min_width="0"),
                rx.badge(
                    rx.cond(
                        g.status == "completed",
                        "Completed",
                        rx.cond(g.status == "active", "Active", g.status),
                    ),
                    color_scheme=rx.cond(g.status == "completed", "green", "indigo"),
                    variant="soft",
                ),
                width="100%",
                align="center",
            ),
            rx.text(g.subject, " · ", g.target, size="2", color_scheme="gray"),
            rx.hstack(
                rx.progress(
                    value=g.progress,
                    max=100,
                    color_scheme=mastery_color(g.progress),
                    aria_label=g.title + " progress",
                    flex="1",
                ),
                rx.text(g.progress, "%", size="2", weight="medium"),
                width="100%",
                align="center",
            ),
            rx.cond(
                g.status == "active",
                rx.button(
                    rx.icon("check", size=14),
                    "Mark complete",
                    size="2",
                    variant="soft",
                    on_click=G.complete(g.id),
                ),
            ),
            spacing="2",
            width="100%",
        ),
        width="100%",
    )


def suggestion_card(x: SuggestionRow) -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.hstack(
                rx.text(x.subject, weight="bold", flex="1"),
                rx.badge(x.relevance, "% match", variant="surface"),
                width="100%",
            ),
            rx.text(x.description, size="2"),
            rx.cond(x.why != "", rx.text(x.why, size="2", color_scheme="gray")),
            rx.hstack(
                rx.foreach(x.related, lambda c: rx.badge(c, variant="soft", size="1")),
                wrap="wrap",
                spacing="1",
            ),
            rx.hstack(
                rx.button("Add as a goal", size="2", on_click=G.accept(x.id)),
                rx.button(
                    "Not for me",
                    size="2",
                    variant="soft",
                    color_scheme="gray",
                    on_click=G.dismiss(x.id),
                ),
                spacing="2",
            ),
            spacing="2",
            width="100%",
        ),
        width="100%",
    )


def _dialog() -> rx.Component:
    return rx.dialog.root(
        rx.dialog.content(
            rx.dialog.title("Well done: ", G.dialog_goal),
            rx.dialog.description("Here's what builds on it. Add any as your next goal.", size="2"),
            rx.box(
                rx.cond(
                    G.suggestions.length() > 0,
                    rx.vstack(rx.foreach(G.suggestions, suggestion_card), spacing="2"),
                    rx.cond(
                        G.waiting_goal > 0,
                        rx.hstack(
                            rx.spinner(),
                            rx.text("Finding your next subjects…"),
                            role="status",
                            padding="1rem 0",
                        ),
                        rx.text(
                            "All answered. You'll find more on the suggestions page.",
                            padding="1rem 0",
                        ),
                    ),
                ),
                max_height="60vh",
                overflow_y="auto",
                margin_top="1rem",
            ),
            rx.hstack(
                rx.dialog.close(rx.button("Close", variant="soft", size="3")),
                justify="end",
                margin_top="1rem",
            ),
            max_width="560px",
        ),
        open=G.dialog_open,
        on_open_change=G.set_dialog,
    )


@private_page(routes.GOALS, "Goals", guard=AuthState.guard_student, on_load=[GoalsState.load_goals])
def goals_page() -> rx.Component:
    return rx.vstack(
        rx.hstack(
            rx.text(
                "Goals give your practice a direction. Progress follows your mastery.",
                color_scheme="gray",
                flex="1",
            ),
            rx.link("Suggestions", href=routes.SUGGESTIONS, size="2"),
            width="100%",
            wrap="wrap",
        ),
        _form(),
        loaded_list(
            G.loaded,
            G.goals,
            card_grid(
                rx.foreach(G.goals, goal_card),
            ),
            empty=rx.text(
                "No goals yet. Add one above, for example the unit you're "
                "working on with your tutor.",
                color_scheme="gray",
            ),
            placeholder=rx.skeleton(rx.box(height="96px", width="100%")),
        ),
        _dialog(),
        spacing="4",
        width="100%",
    )


@private_page(
    routes.SUGGESTIONS,
    "Suggestions",
    guard=AuthState.guard_student,
    on_load=[GoalsState.load_suggestions],
)
def suggestions_page() -> rx.Component:
    return rx.vstack(
        rx.text("Subjects that build on what you've finished.", color_scheme="gray"),
        rx.cond(
            G.suggestions.length() > 0,
            card_grid(
                rx.foreach(G.suggestions, suggestion_card),
            ),
            rx.card(
                rx.vstack(
                    rx.text(
                        "No suggestions waiting. Complete a goal and we'll suggest five "
                        "subjects that build on it."
                    ),
                    rx.link(rx.button("Go to goals"), href=routes.GOALS),
                    spacing="3",
                ),
                width="100%",
            ),
        ),
        spacing="4",
        width="100%",
    )
