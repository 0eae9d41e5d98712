"""/sessions: the list with live analysis status and the upload form."""

from __future__ import annotations

import reflex as rx

from companion import routes
from companion.components.forms import form_alert, labelled_field, labelled_input
from companion.components.layout import private_page
from companion.components.mastery import status_badge
from companion.components.sections import card_grid, loaded_list, row_link
from companion.components.tables import skeletons
from companion.components.upload import transcript_field
from companion.state.auth import AuthState
from companion.state.sessions import NO_TUTOR, SessionRow, SessionsState

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
