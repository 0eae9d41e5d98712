"""/dashboard: one next best step, then focus, goals, sessions, chart and news."""

from __future__ import annotations

import reflex as rx

from companion import routes
from companion.components.charts import line_chart
from companion.components.layout import private_page
from companion.components.mastery import mastery_badge, mastery_bar, status_badge
from companion.components.sections import card_grid, row_link
from companion.pages.goals import goal_card
from companion.state.auth import AuthState
from companion.state.dashboard import DashboardState, FocusRow, ReviewRow
from companion.state.practice_list import PracticeListState
from companion.state.sessions import SessionRow

D = DashboardState


def _review_button(size: str = "3", variant: str = "solid") -> rx.Component:
    return rx.button(
        rx.icon("repeat", size=16),
        "Start review",
        size=size,
        variant=variant,
        on_click=D.start_review,
        loading=D.starting,
        aria_label="Start today's review",
    )


def _step() -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.text("Next best step", size="2", weight="bold", color_scheme="indigo"),
            rx.heading(D.step.title, size="5", as_="h2"),
            rx.text(D.step.body, color_scheme="gray"),
            rx.cond(
                D.step.review,
                _review_button(),
                rx.cond(
                    D.step.concept != "",
                    rx.button(
                        D.step.action,
                        size="3",
                        on_click=PracticeListState.practice_concepts([D.step.concept]),
                    ),
                    rx.link(rx.button(D.step.action, size="3"), href=D.step.href),
                ),
            ),
            spacing="3",
        ),
        size="3",
        width="100%",
    )


def _focus(f: FocusRow) -> rx.Component:
    # Stacked on phones so concept names keep their full width instead of breaking mid-word.
    return rx.flex(
        rx.box(mastery_bar(f.name, f.mastery), flex="1", min_width="0", width="100%"),
        rx.button(
            "Practice now",
            size="2",
            variant="soft",
            on_click=PracticeListState.practice_concepts([f.key]),
        ),
        flex_direction=rx.breakpoints(initial="column", sm="row"),
        align=rx.breakpoints(initial="start", sm="end"),
        width="100%",
        spacing="3",
    )


def _due(r: ReviewRow) -> rx.Component:
    return rx.hstack(
        rx.vstack(
            rx.text(r.name, weight="medium"),
            rx.text(r.when, size="1", color_scheme="gray"),
            spacing="0",
            flex="1",
            min_width="0",
        ),
        mastery_badge(r.mastery),
        width="100%",
        align="center",
        spacing="2",
    )


def _reviews() -> rx.Component:
    return rx.cond(
        D.reviews.length() > 0,
        rx.vstack(
            rx.foreach(D.reviews, _due),
            rx.cond(
                D.reviews_more > 0,
                rx.text("and ", D.reviews_more, " more", size="2", color_scheme="gray"),
            ),
            _review_button("2", "soft"),
            rx.cond(
                D.starting,
                rx.hstack(
                    rx.spinner(size="1"),
                    rx.text("Writing your review set… it opens when it's ready.", size="2"),
                    role="status",
                    align="center",
                ),
            ),
            spacing="3",
            width="100%",
        ),
        rx.text(
            "Nothing is due today. Concepts come back here when it's time to refresh "
            "them, so they stick.",
            color_scheme="gray",
        ),
    )


def _session(row: SessionRow) -> rx.Component:
    return row_link(
        row.href,
        rx.hstack(
            rx.text(row.subject, weight="medium", flex="1"),
            rx.text(row.date, size="1", color_scheme="gray"),
            status_badge(row.status),
            width="100%",
            align="center",
            spacing="2",
            wrap="wrap",
        ),
    )


def _section(title: str, body: rx.Component, link: str = "", href: str = "") -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.hstack(
                rx.heading(title, size="4", as_="h2", flex="1"),
                rx.link(link, href=href, size="2") if link else rx.fragment(),
                width="100%",
                align="center",
            ),
            body,
            spacing="3",
            width="100%",
        ),
        width="100%",
    )


def _listed(items: rx.Var[list], render, empty: str, spacing: str = "3") -> rx.Component:
    """The items stacked, or a grey line saying what will appear there."""
    return rx.cond(
        items.length() > 0,
        rx.vstack(rx.foreach(items, render), spacing=spacing, width="100%"),
        rx.text(empty, color_scheme="gray"),
    )


@private_page(
    routes.DASHBOARD,
    "Dashboard",
    guard=AuthState.guard_student,
    on_load=[DashboardState.load_dashboard],
)
def dashboard_page() -> rx.Component:
    return rx.cond(
        D.loaded,
        rx.vstack(
            rx.heading("Hi, ", AuthState.user_name, size="6", as_="p"),
            _step(),
            card_grid(
                _section("Due for review", _reviews()),
                _section(
                    "Today's focus",
                    _listed(
                        D.focus,
                        _focus,
                        "Your weakest concepts appear here after your first session.",
                    ),
                    "Progress",
                    routes.PROGRESS,
                ),
                _section(
                    "Active goals",
                    _listed(
                        D.goals,
                        goal_card,
                        "No active goal. Set one to give your practice a direction.",
                        spacing="2",
                    ),
                    "All goals",
                    routes.GOALS,
                ),
                _section(
                    "Recent sessions",
                    _listed(D.recent, _session, "None yet."),
                    "All sessions",
                    routes.SESSIONS,
                ),
                _section(
                    "Mastery over time",
                    rx.cond(
                        D.chart.length() > 0,
                        line_chart(
                            D.chart, "day", "mastery", "Average mastery over time", height=200
                        ),
                        rx.text(
                            "The chart fills in as you add sessions and practise.",
                            color_scheme="gray",
                        ),
                    ),
                ),
                _section(
                    "Unread notifications",
                    rx.cond(
                        D.unread.length() > 0,
                        rx.vstack(
                            rx.foreach(
                                D.unread,
                                lambda n: rx.vstack(
                                    rx.text(n.title, weight="medium"),
                                    rx.text(n.message, size="2", color_scheme="gray"),
                                    spacing="0",
                                ),
                            ),
                            spacing="2",
                            width="100%",
                        ),
                        rx.text("You're all caught up.", color_scheme="gray"),
                    ),
                    "Open",
                    routes.NOTIFICATIONS,
                ),
            ),
            spacing="4",
            width="100%",
        ),
        rx.vstack(
            rx.skeleton(rx.box(height="160px", width="100%")),
            rx.skeleton(rx.box(height="240px", width="100%")),
            width="100%",
        ),
    )
