"""/tutor/students/[id]: everything a tutor reads about one student before a session."""

from __future__ import annotations

import reflex as rx

from companion import routes
from companion.components.flags import status_badge, trend_marker, urgency_badge
from companion.components.layout import private_page
from companion.components.mastery import mastery_badge
from companion.components.sections import link_button, list_or, muted, row_card, section, toolbar
from companion.components.tables import data_table, empty_state, header, skeletons
from companion.state.auth import AuthState
from companion.state.tutor_context import (
    ContextConcept,
    ContextGoal,
    ContextPractice,
    ContextRequest,
    ContextSession,
    TutorStudentState,
)


def _stat(label: str, value: rx.Component) -> rx.Component:
    return rx.vstack(rx.text(label, size="1", color_scheme="gray"), value, spacing="1")


def _big(value: rx.Var) -> rx.Component:
    return rx.text(value, size="5", weight="bold")


def _concept_list(title: str, concepts: rx.Var[list], number: str, **props) -> rx.Component:
    """'Title: a (12), b (30)' with the concept attribute `number` in brackets; none: nothing."""
    return rx.cond(
        concepts.length() > 0,
        rx.text(
            rx.text.strong(title),
            rx.foreach(
                concepts,
                lambda c, i: rx.text.span(
                    rx.cond(i > 0, ", ", ""), c.name, " (", getattr(c, number), ")"
                ),
            ),
            size="2",
            **props,
        ),
    )


def _glance() -> rx.Component:
    S = TutorStudentState
    return rx.card(
        rx.vstack(
            rx.flex(
                _stat("Sessions", _big(S.sessions.length())),
                _stat(
                    "Average mastery",
                    rx.cond(
                        S.concepts.length() > 0,
                        mastery_badge(S.average_mastery),
                        rx.text("no data", color_scheme="gray"),
                    ),
                ),
                _stat("Open requests", _big(S.open_requests)),
                _stat("Grade", _big(rx.cond(S.student_grade != "", S.student_grade, "—"))),
                wrap="wrap",
                style={"gap": "1.5rem 2.5rem"},
            ),
            _concept_list("Weakest now: ", S.weakest, "mastery"),
            _concept_list("Falling: ", S.falling, "trend", color_scheme="red"),
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
    return row_card(
        [
            rx.text(s.subject, weight="bold"),
            rx.text(s.date, size="2", color_scheme="gray"),
            rx.spacer(),
            status_badge(s.status),
        ],
        rx.cond(s.summary != "", rx.text(s.summary, size="2"), muted("No summary yet.")),
        rx.flex(
            rx.foreach(s.concepts, lambda n: rx.badge(n, variant="outline", size="1")),
            wrap="wrap",
            spacing="1",
        ),
    )


def _request_item(r: ContextRequest) -> rx.Component:
    return row_card(
        [
            urgency_badge(r.urgency),
            status_badge(r.status),
            rx.text(r.topic, weight="bold"),
            rx.spacer(),
            rx.text(r.created, size="1", color_scheme="gray"),
        ],
        rx.text(r.reason, size="2"),
        rx.text("About ", r.est_minutes, " minutes", size="1", color_scheme="gray"),
        spacing="1",
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


def _chat_topics() -> rx.Component:
    topics = TutorStudentState.chat_topics
    return rx.cond(
        topics.length() > 0,
        rx.el.ul(
            rx.foreach(topics, lambda t: rx.el.li(rx.text(t, size="2"))),
            padding_left="1.2rem",
            margin="0",
        ),
        muted("No chat messages yet."),
    )


def _concepts_table() -> rx.Component:
    S = TutorStudentState
    return data_table(
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
        empty=muted("No concepts yet: they come from analysed sessions."),
    )


def _context_body() -> rx.Component:
    S = TutorStudentState
    return rx.vstack(
        toolbar(
            rx.vstack(
                rx.heading(S.student_name, size="6", as_="h2"),
                rx.text(S.student_email, size="2", color_scheme="gray"),
                spacing="1",
            ),
            link_button("arrow-left", "All students", routes.TUTOR),
            wrap="wrap",
        ),
        _glance(),
        section(
            "Requests for a tutor",
            list_or(
                S.requests, _request_item, "No requests. The companion hasn't asked for a tutor."
            ),
            count=S.requests.length(),
        ),
        section("Concepts, weakest first", _concepts_table(), count=S.concepts.length()),
        rx.grid(
            section("Goals", list_or(S.goals, _goal_item, "No goals set.")),
            section(
                "Recent practice",
                list_or(S.practice, _practice_item, "No practice submitted yet."),
            ),
            section("Recent chat topics", _chat_topics()),
            columns=rx.breakpoints(initial="1", md="3"),
            spacing="5",
            width="100%",
        ),
        section(
            "Sessions",
            list_or(S.sessions, _session_card, "No sessions recorded yet."),
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
        skeletons(4, "4rem", spacing="3"),
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
