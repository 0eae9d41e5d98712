"""/tutor: the tutor's students with their risk flags, the upload form, the sessions conducted."""

from __future__ import annotations

import reflex as rx

from companion import routes
from companion.components.flags import flag_badge, status_badge
from companion.components.forms import form_alert, labelled_field, labelled_input
from companion.components.layout import private_page
from companion.components.mastery import mastery_badge
from companion.components.sections import link_button, muted, section, toolbar
from companion.components.tables import (
    data_table,
    empty_state,
    header,
    paged_table,
    sortable_headers,
)
from companion.components.upload import transcript_field
from companion.state.auth import AuthState
from companion.state.tutor import TutorState
from companion.state.tutor_rows import ConductedRow, StudentRow


def _student_row(row: StudentRow) -> rx.Component:
    return rx.table.row(
        rx.table.row_header_cell(
            rx.vstack(
                rx.link(row.name, href=row.url, weight="medium"),
                rx.text(row.email, size="1", color_scheme="gray"),
                spacing="0",
            )
        ),
        rx.table.cell(row.sessions),
        rx.table.cell(
            rx.cond(
                row.has_mastery,
                mastery_badge(row.mastery),
                rx.text("no data yet", size="1", color_scheme="gray"),
            )
        ),
        rx.table.cell(rx.text(row.last_active_label, white_space="nowrap")),
        rx.table.cell(
            rx.flex(
                rx.foreach(row.flags, lambda f: flag_badge(f.text, f.color, f.why)),
                rx.cond(row.flags.length() == 0, rx.text("—", color_scheme="gray")),
                wrap="wrap",
                spacing="1",
            )
        ),
    )


def _students_table() -> rx.Component:
    S = TutorState
    columns = [
        ("Student", "name"),
        ("Sessions", "sessions"),
        ("Mastery", "mastery"),
        ("Last active", "last_active"),
    ]
    return paged_table(
        S,
        [
            *sortable_headers(
                columns, sort_key=S.sort_key, sort_desc=S.sort_desc, on_sort=S.sort_by
            ),
            header("Flags"),
        ],
        S.students,
        _student_row,
        label="Your students",
        noun="students",
        empty=empty_state(
            "users",
            "No students yet",
            "Students appear here once you record a session with them or they pick you as "
            "their tutor. Then you'll see their mastery and anything that needs your attention.",
        ),
    )


def _conducted_row(row: ConductedRow) -> rx.Component:
    return rx.table.row(
        rx.table.cell(rx.text(row.date, white_space="nowrap")),
        rx.table.cell(rx.link(row.student_name, href=row.student_url)),
        rx.table.cell(row.subject),
        rx.table.cell(status_badge(row.status)),
    )


def _conducted_table() -> rx.Component:
    return data_table(
        [header("Date"), header("Student"), header("Subject"), header("Analysis")],
        TutorState.conducted,
        _conducted_row,
        loaded=TutorState.loaded,
        label="Sessions you conducted",
        empty=empty_state(
            "notebook-text",
            "No sessions recorded yet",
            "Upload a transcript below after a session: the student gets its concepts, "
            "mastery and practice, and you see them here.",
        ),
    )


def _session_fields() -> rx.Component:
    S = TutorState
    return rx.grid(
        labelled_field(
            "Student",
            "upload-student",
            rx.select.root(
                rx.select.trigger(
                    placeholder="Choose a student", id="upload-student", width="100%"
                ),
                rx.select.content(
                    rx.foreach(S.student_options, lambda o: rx.select.item(o.label, value=o.value)),
                ),
                value=S.student_choice,
                on_change=S.set_student_choice,
                on_open_change=S.load_options,
                size="3",
            ),
            S.student_error,
        ),
        labelled_input(
            "Subject",
            "upload-subject",
            error=S.subject_error,
            value=S.subject,
            on_change=S.set_subject,
            placeholder="e.g. Algebra I or Rounding whole numbers",
            max_length=120,
        ),
        labelled_input(
            "Date",
            "upload-date",
            error=S.date_error,
            type="date",
            value=S.session_date,
            on_change=S.set_session_date,
        ),
        columns=rx.breakpoints(initial="1", sm="3"),
        spacing="3",
        width="100%",
    )


def _upload_form() -> rx.Component:
    S = TutorState
    return rx.card(
        rx.vstack(
            muted(
                "Record a session with one of your students. The analysis runs in the "
                "background and the student sees the results on their dashboard."
            ),
            form_alert(S.form_error),
            _session_fields(),
            rx.text("Transcript", weight="medium"),
            transcript_field(S, field_id="upload-paste"),
            rx.hstack(
                rx.button(
                    "Save session",
                    on_click=S.save_session,
                    loading=S.saving,
                    disabled=S.saving,
                    size="3",
                ),
                justify="end",
                width="100%",
            ),
            spacing="3",
            width="100%",
            align="stretch",
        ),
        width="100%",
    )


@private_page(routes.TUTOR, "Students", guard=AuthState.guard_tutor, on_load=[TutorState.load_home])
def tutor_home() -> rx.Component:
    return rx.vstack(
        toolbar(
            rx.text(
                TutorState.total,
                " students · ",
                TutorState.flagged_count,
                " flagged",
                size="2",
                color_scheme="gray",
            ),
            link_button("inbox", "Routing queue", routes.TUTOR_ROUTING),
        ),
        section("Your students", _students_table()),
        section("Record a session", _upload_form()),
        section("Sessions you conducted", _conducted_table(), count=TutorState.conducted_total),
        spacing="6",
        width="100%",
    )
