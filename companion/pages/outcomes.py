"""/admin/outcomes (every student) and /tutor/outcomes (a tutor's own students)."""

from __future__ import annotations

import reflex as rx

from companion import routes
from companion.components.layout import private_page
from companion.components.sections import section
from companion.components.tables import data_table, empty_state, header
from companion.state.auth import AuthState
from companion.state.outcomes import BarRow, OutcomesState

SERIES = (
    ("day_1", "Day 1", "var(--accent-9)"),
    ("day_7", "Day 7", "var(--teal-9)"),
    ("day_30", "Day 30", "var(--amber-9)"),
)


def _bar_card(bar: BarRow) -> rx.Component:
    color = rx.match(bar.met, ("yes", "green"), ("no", "red"), "gray")
    return rx.card(
        rx.vstack(
            rx.hstack(
                rx.text(bar.title, weight="medium"),
                rx.badge(bar.target, color_scheme=color, variant="soft"),
                justify="between",
                width="100%",
            ),
            rx.heading(bar.value, size="7"),
            rx.text(bar.detail, size="2", color_scheme="gray"),
            rx.text(bar.definition, size="1", color_scheme="gray"),
            spacing="1",
        ),
        width="100%",
    )


def _period() -> rx.Component:
    return rx.hstack(
        rx.input(
            type="date",
            value=OutcomesState.since,
            on_change=OutcomesState.set_since,
            aria_label="From",
        ),
        rx.input(
            type="date",
            value=OutcomesState.until,
            on_change=OutcomesState.set_until,
            aria_label="To",
        ),
        rx.button("Show", on_click=OutcomesState.load_outcomes),
        wrap="wrap",
        spacing="2",
    )


def _download(table: str) -> rx.Component:
    return rx.button(
        rx.icon("download", size=14),
        f"CSV: {table}",
        variant="soft",
        size="1",
        on_click=OutcomesState.download(table),
    )


def _cohort_chart() -> rx.Component:
    lines = [
        rx.recharts.line(
            data_key=key,
            name=name,
            stroke=color,
            stroke_width=2,
            dot=True,
            is_animation_active=False,
        )
        for key, name, color in SERIES
    ]
    return rx.box(
        rx.recharts.responsive_container(
            rx.recharts.line_chart(
                rx.recharts.cartesian_grid(stroke_dasharray="3 3", stroke="var(--gray-a5)"),
                rx.recharts.x_axis(data_key="week", font_size=11, tick_line=False),
                rx.recharts.y_axis(domain=[0, 100], width=40, font_size=12),
                rx.recharts.graphing_tooltip(),
                rx.recharts.legend(),
                *lines,
                data=OutcomesState.cohorts,
                custom_attrs={"accessibilityLayer": False},
            ),
            width="100%",
            height=260,
        ),
        width="100%",
        role="img",
        aria_label="Retention on day 1, 7 and 30 by sign-up week, in percent",
    )


def _dict_table(rows, keys: tuple[str, ...], label: str) -> rx.Component:
    return data_table(
        [header(k.replace("_", " ")) for k in keys],
        rows,
        lambda r: rx.table.row(*(rx.table.cell(r[k]) for k in keys)),
        loaded=OutcomesState.loaded,
        empty=empty_state("chart-no-axes-column", "Nothing in this period", "Try a longer one."),
        label=label,
    )


def outcomes_content() -> rx.Component:
    """The page body, shared by the admin and the tutor routes."""
    return rx.vstack(
        _period(),
        rx.grid(
            rx.foreach(OutcomesState.bars, _bar_card),
            columns={"initial": "1", "md": "2"},
            spacing="3",
            width="100%",
        ),
        _download("bars"),
        section(
            "Cohort retention (% of each sign-up week back on day 1, 7, 30)",
            _cohort_chart(),
            _download("cohorts"),
        ),
        _dict_table(
            OutcomesState.cohorts, ("week", "students", "day_1", "day_7", "day_30"), "Cohorts"
        ),
        section(
            "Weekly active students",
            _dict_table(OutcomesState.weekly, ("week", "active_students"), "Weekly active"),
            _download("weekly_active"),
        ),
        section(
            "Nudge funnel by message",
            _dict_table(
                OutcomesState.funnel,
                ("template", "sent", "opened", "acted", "acted_rate"),
                "Nudge funnel",
            ),
            _download("funnel"),
        ),
        section(
            "Goal completed, then a new goal",
            rx.text(OutcomesState.goal_chain),
            _download("goal_chain"),
        ),
        spacing="4",
        width="100%",
    )


@private_page(
    routes.ADMIN_OUTCOMES,
    "Outcomes",
    guard=AuthState.guard_admin,
    on_load=[OutcomesState.load_outcomes],
)
def admin_outcomes() -> rx.Component:
    return outcomes_content()


@private_page(
    routes.TUTOR_OUTCOMES,
    "Outcomes of my students",
    guard=AuthState.guard_tutor,
    on_load=[OutcomesState.load_outcomes],
)
def tutor_outcomes() -> rx.Component:
    return outcomes_content()
