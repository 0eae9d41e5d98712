"""Tutor pages: /tutor (students, sessions, upload), /tutor/students/[id], /tutor/routing."""

from __future__ import annotations

import reflex as rx

from companion import routes
from companion.components.flags import flag_badge, status_badge, trend_marker, urgency_badge
from companion.components.forms import field_error, form_alert
from companion.components.layout import private_page
from companion.components.mastery import mastery_badge
from companion.components.tables import data_table, empty_state, header, sortable_header
from companion.state.auth import AuthState
from companion.state.tutor import (
    ConductedRow,
    ContextConcept,
    ContextGoal,
    ContextPractice,
    ContextRequest,
    ContextSession,
    RequestRow,
    RoutingState,
    StudentRow,
    TutorState,
    TutorStudentState,
)

UPLOAD_ID = "tutor-transcript"


def _section(title: str, *children: rx.Component, count: rx.Var | None = None) -> rx.Component:
    heading = rx.hstack(
        rx.heading(title, size="4", as_="h2"),
        *([rx.badge(count, variant="soft", color_scheme="gray")] if count is not None else []),
        align="center",
        spacing="2",
    )
    return rx.vstack(heading, *children, spacing="3", width="100%", align="stretch")


def _label(text: str, field_id: str) -> rx.Component:
    return rx.el.label(text, html_for=field_id, style={"font_weight": "500"})


# ---------------------------------------------------------------- /tutor
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
    sort = {
        "sort_key": TutorState.sort_key,
        "sort_desc": TutorState.sort_desc,
        "on_sort": TutorState.sort_by,
    }
    return data_table(
        [
            sortable_header("Student", "name", **sort),
            sortable_header("Sessions", "sessions", **sort),
            sortable_header("Mastery", "mastery", **sort),
            sortable_header("Last active", "last_active", **sort),
            header("Flags"),
        ],
        TutorState.sorted_students,
        _student_row,
        loaded=TutorState.loaded,
        label="Your students",
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


def _file_picker() -> rx.Component:
    return rx.cond(
        TutorState.file_name != "",
        rx.hstack(
            rx.icon("file-text", size=16),
            rx.text(TutorState.file_name, size="2", weight="medium"),
            rx.button(
                "Remove",
                variant="ghost",
                size="1",
                on_click=TutorState.clear_file,
                aria_label="Remove the chosen file",
            ),
            align="center",
            spacing="2",
        ),
        rx.upload.root(
            rx.vstack(
                rx.icon("upload", size=20),
                rx.text(
                    "Drop a .txt, .vtt, .srt or .json transcript, or click to choose",
                    size="2",
                    align="center",
                ),
                align="center",
                spacing="1",
            ),
            id=UPLOAD_ID,
            accept={"text/plain": [".txt", ".vtt", ".srt"], "application/json": [".json"]},
            max_files=1,
            on_drop=TutorState.handle_upload(rx.upload_files(upload_id=UPLOAD_ID)),
            border="1px dashed var(--gray-a8)",
            border_radius="var(--radius-3)",
            padding="1rem",
            width="100%",
            cursor="pointer",
        ),
    )


def _upload_form() -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.text(
                "Record a session with one of your students. The analysis runs in the "
                "background and the student sees the results on their dashboard.",
                size="2",
                color_scheme="gray",
            ),
            form_alert(TutorState.form_error),
            rx.grid(
                rx.vstack(
                    _label("Student", "upload-student"),
                    rx.select.root(
                        rx.select.trigger(
                            placeholder="Choose a student", id="upload-student", width="100%"
                        ),
                        rx.select.content(
                            rx.foreach(
                                TutorState.student_options,
                                lambda o: rx.select.item(o.label, value=o.value),
                            ),
                        ),
                        value=TutorState.student_choice,
                        on_change=TutorState.set_student_choice,
                        size="3",
                    ),
                    field_error(TutorState.student_error, "upload-student"),
                    spacing="1",
                    align="stretch",
                ),
                rx.vstack(
                    _label("Subject", "upload-subject"),
                    rx.input(
                        id="upload-subject",
                        value=TutorState.subject,
                        on_change=TutorState.set_subject,
                        placeholder="e.g. Algebra I",
                        size="3",
                        max_length=120,
                    ),
                    field_error(TutorState.subject_error, "upload-subject"),
                    spacing="1",
                    align="stretch",
                ),
                rx.vstack(
                    _label("Date", "upload-date"),
                    rx.input(
                        id="upload-date",
                        type="date",
                        value=TutorState.session_date,
                        on_change=TutorState.set_session_date,
                        size="3",
                    ),
                    field_error(TutorState.date_error, "upload-date"),
                    spacing="1",
                    align="stretch",
                ),
                columns=rx.breakpoints(initial="1", sm="3"),
                spacing="3",
                width="100%",
            ),
            rx.text("Transcript", weight="medium"),
            _file_picker(),
            rx.vstack(
                _label("…or paste it", "upload-paste"),
                rx.text_area(
                    id="upload-paste",
                    value=TutorState.pasted,
                    on_change=TutorState.set_pasted.debounce(300),
                    placeholder="Tutor: Let's start with …\nStudent: …",
                    rows="6",
                    width="100%",
                    disabled=TutorState.file_name != "",
                ),
                field_error(TutorState.content_error, "upload-paste"),
                spacing="1",
                align="stretch",
                width="100%",
            ),
            rx.hstack(
                rx.button(
                    "Save session",
                    on_click=TutorState.save_session,
                    loading=TutorState.saving,
                    disabled=TutorState.saving,
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
        rx.hstack(
            rx.text(
                TutorState.students.length(),
                " students · ",
                TutorState.flagged_count,
                " flagged",
                size="2",
                color_scheme="gray",
            ),
            rx.spacer(),
            rx.link(
                rx.button(rx.icon("inbox", size=16), "Routing queue", variant="soft"),
                href=routes.TUTOR_ROUTING,
            ),
            width="100%",
            align="center",
        ),
        _section("Your students", _students_table()),
        _section("Record a session", _upload_form()),
        _section("Sessions you conducted", _conducted_table(), count=TutorState.conducted_total),
        spacing="6",
        width="100%",
    )


# ---------------------------------------------------------------- /tutor/students/[id]
def _stat(label: str, value: rx.Component) -> rx.Component:
    return rx.vstack(rx.text(label, size="1", color_scheme="gray"), value, spacing="1")


def _glance() -> rx.Component:
    S = TutorStudentState
    return rx.card(
        rx.vstack(
            rx.flex(
                _stat("Sessions", rx.text(S.sessions.length(), size="5", weight="bold")),
                _stat(
                    "Average mastery",
                    rx.cond(
                        S.concepts.length() > 0,
                        mastery_badge(S.average_mastery),
                        rx.text("no data", color_scheme="gray"),
                    ),
                ),
                _stat("Open requests", rx.text(S.open_requests, size="5", weight="bold")),
                _stat(
                    "Grade",
                    rx.text(
                        rx.cond(S.student_grade != "", S.student_grade, "—"),
                        size="5",
                        weight="bold",
                    ),
                ),
                wrap="wrap",
                style={"gap": "1.5rem 2.5rem"},
            ),
            rx.cond(
                S.weakest.length() > 0,
                rx.text(
                    rx.text.strong("Weakest now: "),
                    rx.foreach(
                        S.weakest,
                        lambda c, i: rx.text.span(
                            rx.cond(i > 0, ", ", ""), c.name, " (", c.mastery, ")"
                        ),
                    ),
                    size="2",
                ),
            ),
            rx.cond(
                S.falling.length() > 0,
                rx.text(
                    rx.text.strong("Falling: "),
                    rx.foreach(
                        S.falling,
                        lambda c, i: rx.text.span(
                            rx.cond(i > 0, ", ", ""), c.name, " (", c.trend, ")"
                        ),
                    ),
                    size="2",
                    color_scheme="red",
                ),
            ),
            spacing="3",
        ),
        width="100%",
    )


def _concept_row(c: ContextConcept) -> rx.Component:
    return rx.table.row(
        rx.table.row_header_cell(rx.text(c.name, weight="medium")),
        rx.table.cell(rx.text(c.subject, size="1", color_scheme="gray")),
        rx.table.cell(mastery_badge(c.mastery)),
        rx.table.cell(trend_marker(c.trend)),
        rx.table.cell(rx.text(rx.cond(c.due != "", c.due, "—"), size="1", white_space="nowrap")),
    )


def _session_card(s: ContextSession) -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.hstack(
                rx.text(s.subject, weight="bold"),
                rx.text(s.date, size="2", color_scheme="gray"),
                rx.spacer(),
                status_badge(s.status),
                width="100%",
                align="center",
                wrap="wrap",
            ),
            rx.cond(
                s.summary != "",
                rx.text(s.summary, size="2"),
                rx.text("No summary yet.", size="2", color_scheme="gray"),
            ),
            rx.flex(
                rx.foreach(s.concepts, lambda n: rx.badge(n, variant="outline", size="1")),
                wrap="wrap",
                spacing="1",
            ),
            spacing="2",
            width="100%",
        ),
        width="100%",
    )


def _request_item(r: ContextRequest) -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.hstack(
                urgency_badge(r.urgency),
                status_badge(r.status),
                rx.text(r.topic, weight="bold"),
                rx.spacer(),
                rx.text(r.created, size="1", color_scheme="gray"),
                width="100%",
                align="center",
                wrap="wrap",
            ),
            rx.text(r.reason, size="2"),
            rx.text("About ", r.est_minutes, " minutes", size="1", color_scheme="gray"),
            spacing="1",
            width="100%",
        ),
        width="100%",
    )


def _goal_item(g: ContextGoal) -> rx.Component:
    return rx.vstack(
        rx.hstack(
            rx.text(g.title, weight="medium", flex="1"),
            status_badge(g.status),
            rx.text(g.progress, "%", size="2"),
            width="100%",
            align="center",
        ),
        rx.progress(value=g.progress, max=100, size="1", aria_label=g.title + " progress"),
        rx.text(g.subject, size="1", color_scheme="gray"),
        spacing="1",
        width="100%",
    )


def _practice_item(p: ContextPractice) -> rx.Component:
    return rx.hstack(
        rx.text(p.submitted, size="2", width="9rem"),
        rx.cond(p.has_score, mastery_badge(p.score), rx.text("—")),
        rx.text(p.difficulty, size="1", color_scheme="gray"),
        align="center",
        spacing="3",
    )


def _none(text: str) -> rx.Component:
    return rx.text(text, size="2", color_scheme="gray")


def _context_body() -> rx.Component:
    S = TutorStudentState
    return rx.vstack(
        rx.hstack(
            rx.vstack(
                rx.heading(S.student_name, size="6", as_="h2"),
                rx.text(S.student_email, size="2", color_scheme="gray"),
                spacing="1",
            ),
            rx.spacer(),
            rx.link(
                rx.button(rx.icon("arrow-left", size=16), "All students", variant="soft"),
                href=routes.TUTOR,
            ),
            width="100%",
            align="center",
            wrap="wrap",
        ),
        _glance(),
        _section(
            "Requests for a tutor",
            rx.cond(
                S.requests.length() > 0,
                rx.foreach(S.requests, _request_item),
                _none("No requests. The companion hasn't asked for a tutor."),
            ),
            count=S.requests.length(),
        ),
        _section(
            "Concepts, weakest first",
            data_table(
                [
                    header("Concept"),
                    header("Subject"),
                    header("Mastery"),
                    header("Trend"),
                    header("Review due"),
                ],
                S.concepts,
                _concept_row,
                loaded=S.loaded,
                label="Concepts",
                empty=_none("No concepts yet: they come from analysed sessions."),
            ),
            count=S.concepts.length(),
        ),
        rx.grid(
            _section(
                "Goals",
                rx.cond(
                    S.goals.length() > 0, rx.foreach(S.goals, _goal_item), _none("No goals set.")
                ),
            ),
            _section(
                "Recent practice",
                rx.cond(
                    S.practice.length() > 0,
                    rx.foreach(S.practice, _practice_item),
                    _none("No practice submitted yet."),
                ),
            ),
            _section(
                "Recent chat topics",
                rx.cond(
                    S.chat_topics.length() > 0,
                    rx.el.ul(
                        rx.foreach(S.chat_topics, lambda t: rx.el.li(rx.text(t, size="2"))),
                        padding_left="1.2rem",
                        margin="0",
                    ),
                    _none("No chat messages yet."),
                ),
            ),
            columns=rx.breakpoints(initial="1", md="3"),
            spacing="5",
            width="100%",
        ),
        _section(
            "Sessions",
            rx.cond(
                S.sessions.length() > 0,
                rx.foreach(S.sessions, _session_card),
                _none("No sessions recorded yet."),
            ),
            count=S.sessions.length(),
        ),
        spacing="5",
        width="100%",
    )


@private_page(
    routes.TUTOR_STUDENT,
    "Student",
    guard=AuthState.guard_tutor,
    on_load=[TutorStudentState.load_context],
)
def tutor_student() -> rx.Component:
    return rx.cond(
        ~TutorStudentState.loaded,
        rx.vstack(
            *[rx.skeleton(rx.box(height="4rem", width="100%")) for _ in range(4)],
            width="100%",
            spacing="3",
        ),
        rx.cond(
            TutorStudentState.found,
            _context_body(),
            empty_state(
                "user-x",
                "We couldn't find that student",
                "They may not be one of your students, or the link is wrong.",
                rx.link(rx.button("Back to your students"), href=routes.TUTOR),
            ),
        ),
    )


# ---------------------------------------------------------------- /tutor/routing
def _accept_dialog(r: RequestRow) -> rx.Component:
    field_id = "when-" + r.id.to_string()
    return rx.dialog.root(
        rx.dialog.trigger(rx.button("Accept", size="2", aria_label="Accept request: " + r.topic)),
        rx.dialog.content(
            rx.dialog.title("Accept this request"),
            rx.dialog.description(r.student_name, " · ", r.topic, size="2", color_scheme="gray"),
            rx.form(
                rx.vstack(
                    rx.el.input(type="hidden", name="request_id", value=r.id.to_string()),
                    rx.el.label(
                        "Date and time (UTC, optional)",
                        html_for=field_id,
                        style={"font_weight": "500"},
                    ),
                    rx.input(id=field_id, name="when", type="datetime-local", size="3"),
                    rx.text(
                        "Leave it empty to arrange the time with the student yourself.",
                        size="1",
                        color_scheme="gray",
                    ),
                    rx.hstack(
                        rx.dialog.close(
                            rx.button("Cancel", variant="soft", color_scheme="gray", type="button")
                        ),
                        rx.dialog.close(rx.button("Accept", type="submit")),
                        justify="end",
                        width="100%",
                    ),
                    spacing="2",
                    align="stretch",
                ),
                on_submit=RoutingState.accept,
                reset_on_submit=False,
            ),
            max_width="420px",
        ),
    )


def _close_dialog(r: RequestRow) -> rx.Component:
    field_id = "note-" + r.id.to_string()
    return rx.dialog.root(
        rx.dialog.trigger(
            rx.button(
                "Close",
                size="2",
                variant="soft",
                color_scheme="gray",
                aria_label="Close request: " + r.topic,
            )
        ),
        rx.dialog.content(
            rx.dialog.title("Close this request"),
            rx.dialog.description(
                "Say why, or what was done. The note stays with the request.",
                size="2",
                color_scheme="gray",
            ),
            rx.form(
                rx.vstack(
                    rx.el.input(type="hidden", name="request_id", value=r.id.to_string()),
                    rx.el.label("Note", html_for=field_id, style={"font_weight": "500"}),
                    rx.text_area(id=field_id, name="note", max_length=1000, rows="3"),
                    rx.hstack(
                        rx.dialog.close(
                            rx.button("Cancel", variant="soft", color_scheme="gray", type="button")
                        ),
                        rx.dialog.close(
                            rx.button("Close request", type="submit", color_scheme="gray")
                        ),
                        justify="end",
                        width="100%",
                    ),
                    spacing="2",
                    align="stretch",
                ),
                on_submit=RoutingState.close,
            ),
            max_width="420px",
        ),
    )


def _request_card(r: RequestRow) -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.hstack(
                urgency_badge(r.urgency),
                rx.link(r.student_name, href=r.student_url, weight="bold"),
                rx.text("·"),
                rx.text(r.topic, weight="medium"),
                rx.spacer(),
                rx.text("~", r.est_minutes, " min", size="2", color_scheme="gray"),
                width="100%",
                align="center",
                wrap="wrap",
            ),
            rx.text(r.reason, size="2"),
            rx.cond(
                r.preferred_time != "",
                rx.text("Prefers: ", r.preferred_time, size="2", color_scheme="gray"),
            ),
            rx.hstack(
                rx.text("Asked ", r.created, size="1", color_scheme="gray"),
                rx.spacer(),
                rx.link(rx.button("Open context", size="2", variant="outline"), href=r.student_url),
                _close_dialog(r),
                _accept_dialog(r),
                width="100%",
                align="center",
                wrap="wrap",
                spacing="2",
            ),
            spacing="2",
            width="100%",
        ),
        width="100%",
    )


@private_page(
    routes.TUTOR_ROUTING,
    "Routing queue",
    guard=AuthState.guard_tutor,
    on_load=[RoutingState.load_queue],
)
def tutor_routing() -> rx.Component:
    return rx.vstack(
        rx.text(
            "Students the companion thinks need a person, most urgent first. Open the "
            "context, then accept (with a time if you have one) or close with a note.",
            size="2",
            color_scheme="gray",
        ),
        rx.cond(
            ~RoutingState.loaded,
            rx.vstack(
                *[rx.skeleton(rx.box(height="6rem", width="100%")) for _ in range(3)],
                width="100%",
                spacing="3",
            ),
            rx.cond(
                RoutingState.requests.length() > 0,
                rx.vstack(
                    rx.foreach(RoutingState.requests, _request_card), spacing="3", width="100%"
                ),
                empty_state(
                    "inbox",
                    "No open requests",
                    "When a student asks for a tutor, or the companion sees them stuck, "
                    "the request lands here with the reason.",
                ),
            ),
        ),
        spacing="4",
        width="100%",
    )
