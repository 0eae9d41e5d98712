"""/tutor/routing: the open requests of a tutor's students, to accept or close."""

from __future__ import annotations

import reflex as rx

from companion import routes
from companion.components.dialogs import field_label, form_dialog
from companion.components.flags import urgency_badge
from companion.components.layout import private_page
from companion.components.sections import loaded_list, muted, row_card
from companion.components.tables import empty_state, skeletons
from companion.state.auth import AuthState
from companion.state.routing_queue import RequestRow, RoutingState


def _request_id(r: RequestRow) -> rx.Component:
    return rx.el.input(type="hidden", name="request_id", value=r.id.to_string())


def _accept_dialog(r: RequestRow) -> rx.Component:
    field_id = "when-" + r.id.to_string()
    return form_dialog(
        rx.button("Accept", size="2", aria_label="Accept request: " + r.topic),
        "Accept this request",
        [r.student_name, " · ", r.topic],
        [
            _request_id(r),
            field_label("Date and time (UTC, optional)", field_id),
            rx.input(id=field_id, name="when", type="datetime-local", size="3"),
            rx.text(
                "Leave it empty to arrange the time with the student yourself.",
                size="1",
                color_scheme="gray",
            ),
        ],
        rx.dialog.close(rx.button("Accept", type="submit")),
        on_submit=RoutingState.accept,
        form_props={"reset_on_submit": False},
    )


def _close_dialog(r: RequestRow) -> rx.Component:
    field_id = "note-" + r.id.to_string()
    return form_dialog(
        rx.button(
            "Close",
            size="2",
            variant="soft",
            color_scheme="gray",
            aria_label="Close request: " + r.topic,
        ),
        "Close this request",
        ["Say why, or what was done. The note stays with the request."],
        [
            _request_id(r),
            field_label("Note", field_id),
            rx.text_area(id=field_id, name="note", max_length=1000, rows="3"),
        ],
        rx.dialog.close(rx.button("Close request", type="submit", color_scheme="gray")),
        on_submit=RoutingState.close,
    )


def _request_card(r: RequestRow) -> rx.Component:
    return row_card(
        [
            urgency_badge(r.urgency),
            rx.link(r.student_name, href=r.student_url, weight="bold"),
            rx.text("·"),
            rx.text(r.topic, weight="medium"),
            rx.spacer(),
            rx.text("~", r.est_minutes, " min", size="2", color_scheme="gray"),
        ],
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
    )


@private_page(
    routes.TUTOR_ROUTING,
    "Routing queue",
    guard=AuthState.guard_tutor,
    on_load=[RoutingState.load_queue],
)
def tutor_routing() -> rx.Component:
    return rx.vstack(
        muted(
            "Students the companion thinks need a person, most urgent first. Open the "
            "context, then accept (with a time if you have one) or close with a note."
        ),
        loaded_list(
            RoutingState.loaded,
            RoutingState.requests,
            rx.vstack(rx.foreach(RoutingState.requests, _request_card), spacing="3", width="100%"),
            empty=empty_state(
                "inbox",
                "No open requests",
                "When a student asks for a tutor, or the companion sees them stuck, "
                "the request lands here with the reason.",
            ),
            placeholder=skeletons(3, "6rem", spacing="3"),
        ),
        spacing="4",
        width="100%",
    )
