"""/sessions (list + upload) and /sessions/[id] (what the analysis found)."""

from __future__ import annotations

import reflex as rx

from companion import routes
from companion.components.forms import form_alert, labelled_field, labelled_input
from companion.components.layout import private_page
from companion.components.mastery import mastery_bar, status_badge
from companion.components.richtext import rich_text
from companion.components.sections import card_grid, loaded_list, row_link
from companion.components.tables import skeletons
from companion.components.upload import transcript_field
from companion.state.auth import AuthState
from companion.state.sessions import (
    NO_TUTOR,
    ConceptRow,
    SessionDetailState,
    SessionRow,
    SessionsState,
)

S = SessionsState


def _upload_form() -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.heading("Add a session", size="4", as_="h2"),
            transcript_field(S),
            rx.button("Try a sample", variant="ghost", on_click=S.use_sample),
            rx.grid(
                labelled_input(
                    "Subject",
                    "subject",
                    error=S.subject_error,
                    value=S.subject,
                    on_change=S.set_subject,
                    placeholder="e.g. Algebra I or Rounding whole numbers",
                ),
                labelled_input(
                    "Date",
                    "date",
                    error=S.date_error,
                    type="date",
                    value=S.session_date,
                    on_change=S.set_session_date,
                ),
                labelled_field(
                    "Tutor",
                    "field-tutor",
                    rx.select.root(
                        rx.select.trigger(id="field-tutor", width="100%"),
                        rx.select.content(
                            rx.select.item("No tutor / not listed", value=NO_TUTOR),
                            rx.foreach(S.tutors, lambda t: rx.select.item(t.label, value=t.value)),
                        ),
                        value=S.tutor,
                        on_change=S.set_tutor,
                        size="3",
                    ),
                ),
                columns=rx.breakpoints(initial="1", sm="3"),
                spacing="3",
                width="100%",
            ),
            form_alert(S.form_error),
            rx.hstack(
                rx.button("Save and analyse", size="3", on_click=S.save_session, loading=S.saving),
                rx.button(
                    "Cancel",
                    size="3",
                    variant="soft",
                    color_scheme="gray",
                    on_click=S.toggle_form(False),
                ),
                spacing="3",
            ),
            spacing="3",
            width="100%",
        ),
        width="100%",
    )


def _session_card(row: SessionRow) -> rx.Component:
    return row_link(
        row.href,
        rx.card(
            rx.vstack(
                rx.hstack(
                    rx.text(row.subject, weight="bold", size="3", flex="1", min_width="0"),
                    status_badge(row.status),
                    width="100%",
                    align="center",
                ),
                rx.text(row.date, size="2", color_scheme="gray"),
                rx.cond(
                    (row.status == "pending") | (row.status == "processing"),
                    rx.vstack(
                        rx.progress(
                            value=row.percent, max=100, size="1", aria_label="Analysis progress"
                        ),
                        rx.text(row.stage, size="1", color_scheme="gray", role="status"),
                        spacing="1",
                        width="100%",
                    ),
                ),
                rx.cond(
                    row.status == "failed",
                    rx.text(
                        "We couldn't analyse this one. Open it to try again.",
                        size="1",
                        color_scheme="red",
                    ),
                ),
                spacing="2",
                width="100%",
            ),
            width="100%",
        ),
    )


def _empty() -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.icon("notebook-text", size=32, color="var(--accent-9)"),
            rx.heading("Upload your first session", size="5", as_="h2"),
            rx.text(
                "Add a tutoring session's transcript and we'll find the concepts you "
                "covered, how well you hold each one, and what to practise next. No "
                "transcript at hand? Try the sample.",
                color_scheme="gray",
            ),
            rx.hstack(
                rx.button("Upload a session", size="3", on_click=S.toggle_form(True)),
                rx.button(
                    "Try a sample",
                    size="3",
                    variant="soft",
                    on_click=[S.toggle_form(True), S.use_sample],
                ),
                wrap="wrap",
                spacing="3",
            ),
            align="center",
            text_align="center",
            spacing="3",
            padding="1rem",
        ),
        width="100%",
    )


@private_page(
    routes.SESSIONS,
    "Sessions",
    guard=AuthState.guard_student,
    on_load=[SessionsState.load_sessions],
)
def sessions_page() -> rx.Component:
    return rx.vstack(
        rx.hstack(
            rx.text(
                "Every tutoring session you add, and what we found in it.",
                color_scheme="gray",
                flex="1",
            ),
            rx.cond(
                ~S.form_open,
                rx.button(
                    rx.icon("plus", size=16),
                    "Add a session",
                    size="3",
                    on_click=S.toggle_form(True),
                ),
            ),
            width="100%",
            align="center",
            wrap="wrap",
        ),
        rx.cond(S.form_open, _upload_form()),
        loaded_list(
            S.loaded,
            S.sessions,
            card_grid(
                rx.foreach(S.sessions, _session_card),
            ),
            empty=rx.cond(~S.form_open, _empty()),
            placeholder=skeletons(3, "72px", spacing="3"),
        ),
        spacing="4",
        width="100%",
    )


# ---- /sessions/[id] -----------------------------------------------------------------
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
