"""/sessions/[id]: what the analysis found (summary, topics, concepts), or its progress."""

from __future__ import annotations

import reflex as rx

from companion import routes
from companion.components.layout import private_page
from companion.components.mastery import mastery_bar, status_badge
from companion.components.richtext import rich_text
from companion.components.sections import card_grid
from companion.state.auth import AuthState
from companion.state.session_detail import ConceptRow, SessionDetailState

D = SessionDetailState


def _concept(c: ConceptRow) -> rx.Component:
    return rx.card(
        rx.vstack(
            mastery_bar(c.name, c.mastery, c.measured),
            rx.cond(
                c.description != "",
                rx.box(rich_text(c.description), font_size="var(--font-size-2)", color="gray"),
            ),
            rx.foreach(
                c.evidence,
                lambda quote: rx.blockquote(rich_text(quote), size="2", color="gray"),
            ),
            spacing="2",
            width="100%",
        ),
        width="100%",
    )


def _analysing() -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.hstack(rx.spinner(), rx.text("Analysing your session", weight="bold")),
            rx.progress(value=D.percent, max=100, aria_label="Analysis progress"),
            rx.text(D.stage, size="2", color_scheme="gray", role="status"),
            rx.text(
                "Finding concepts → estimating mastery → done. This page updates by itself.",
                size="1",
                color_scheme="gray",
            ),
            spacing="2",
            width="100%",
        ),
        width="100%",
    )


def _failed() -> rx.Component:
    return rx.callout.root(
        rx.callout.icon(rx.icon("triangle_alert")),
        rx.callout.text(
            rx.text.strong("We couldn't analyse this session. "),
            D.error,
            ' Check that the transcript is a dialogue ("Tutor: …" / "Student: …"), then try again.',
        ),
        rx.button(
            "Try the analysis again",
            on_click=D.retry,
            loading=D.retrying,
            margin_top="0.5rem",
            width="fit-content",
        ),
        color_scheme="red",
        role="alert",
        width="100%",
    )


def _completed() -> rx.Component:
    return rx.vstack(
        rx.card(
            rx.vstack(
                rx.heading("Summary", size="4", as_="h2"),
                rich_text(D.summary),
                rx.hstack(
                    rx.foreach(D.topics, lambda t: rx.badge(t, variant="surface")),
                    wrap="wrap",
                    spacing="2",
                ),
                spacing="3",
            ),
            width="100%",
        ),
        rx.hstack(
            rx.heading("Concepts", size="4", as_="h2", flex="1"),
            rx.link(
                rx.button(rx.icon("pencil-line", size=16), "Practise these"),
                href=routes.PRACTICE_LIST + "?session=" + D.session_id.to_string(),
            ),
            width="100%",
            align="center",
        ),
        rx.text(
            "Weakest first. 0-39 needs work · 40-69 getting there · 70-89 solid · 90-100 mastered.",
            size="1",
            color_scheme="gray",
        ),
        card_grid(
            rx.foreach(D.concepts, _concept),
        ),
        spacing="3",
        width="100%",
    )


@private_page(
    routes.SESSION,
    "Session",
    guard=AuthState.guard_student,
    on_load=[SessionDetailState.load_detail],
)
def session_detail_page() -> rx.Component:
    return rx.vstack(
        rx.link(
            rx.hstack(rx.icon("arrow-left", size=16), rx.text("All sessions")),
            href=routes.SESSIONS,
            size="2",
        ),
        rx.cond(
            D.found,
            rx.vstack(
                rx.hstack(
                    rx.heading(D.subject, size="6", as_="h2"),
                    status_badge(D.status),
                    align="center",
                    wrap="wrap",
                ),
                rx.text(D.date, color_scheme="gray"),
                rx.match(
                    D.status,
                    ("completed", _completed()),
                    ("failed", _failed()),
                    _analysing(),
                ),
                spacing="3",
                width="100%",
            ),
            rx.callout(
                "We couldn't find that session. It may belong to another account.",
                icon="info",
                width="100%",
            ),
        ),
        spacing="4",
        width="100%",
    )
