"""/chat: bubbles, a streamed reply, citation chips, suggested prompts, talk to a tutor."""

from __future__ import annotations

import reflex as rx

from companion import routes
from companion.components.forms import form_alert, labelled_field, labelled_input
from companion.components.layout import private_page
from companion.components.richtext import rich_text
from companion.state.auth import AuthState
from companion.state.chat import Bubble, ChatState, CitationChip

C = ChatState


def _chip(c: CitationChip) -> rx.Component:
    return rx.link(
        rx.badge(
            rx.icon("notebook-text", size=12), c.label, variant="surface", size="1", radius="full"
        ),
        href=c.href,
        underline="none",
        aria_label="Open the session " + c.label,
    )


def _bubble(m: Bubble) -> rx.Component:
    mine = m.role == "user"
    return rx.hstack(
        rx.box(
            rich_text(m.content),
            rx.cond(
                m.content == "",
                rx.hstack(rx.spinner(size="1"), rx.text("Thinking…", size="2"), role="status"),
            ),
            rx.cond(
                m.citations.length() > 0,
                rx.hstack(
                    rx.foreach(m.citations, _chip), wrap="wrap", spacing="1", margin_top="0.25rem"
                ),
            ),
            background=rx.cond(mine, "var(--accent-9)", "var(--gray-a3)"),
            color=rx.cond(mine, "var(--accent-contrast)", "inherit"),
            padding="0.5rem 0.875rem",
            border_radius="var(--radius-5)",
            max_width=["90%", "80%", "70%"],
            overflow_wrap="anywhere",
        ),
        justify=rx.cond(mine, "end", "start"),
        width="100%",
    )


def _tutor_dialog() -> rx.Component:
    return rx.dialog.root(
        rx.dialog.content(
            rx.dialog.title("Talk to a tutor"),
            rx.dialog.description(
                rx.cond(
                    C.tutor_reason != "",
                    C.tutor_reason,
                    "A human tutor can go through it with you. Tell them what you need.",
                ),
                size="2",
            ),
            rx.vstack(
                labelled_input(
                    "What would you like help with?",
                    "topic",
                    error=C.topic_error,
                    value=C.topic,
                    on_change=C.set_topic,
                    placeholder="e.g. Distributing negatives",
                ),
                labelled_field(
                    "How urgent is it?",
                    "field-urgency",
                    rx.select.root(
                        rx.select.trigger(id="field-urgency", width="100%"),
                        rx.select.content(
                            rx.select.item("Whenever a tutor is free", value="low"),
                            rx.select.item("This week", value="medium"),
                            rx.select.item("Before my next test", value="high"),
                        ),
                        value=C.urgency,
                        on_change=C.set_urgency,
                        size="3",
                    ),
                ),
                labelled_input(
                    "Preferred time (optional)",
                    "time",
                    value=C.preferred_time,
                    on_change=C.set_preferred_time,
                    placeholder="e.g. weekdays after 4 pm",
                ),
                rx.hstack(
                    rx.dialog.close(
                        rx.button("Not now", variant="soft", color_scheme="gray", size="3")
                    ),
                    rx.button(
                        "Send request", size="3", on_click=C.request_tutor, loading=C.booking
                    ),
                    justify="end",
                    width="100%",
                    spacing="3",
                ),
                spacing="2",
                margin_top="1rem",
                width="100%",
            ),
            max_width="460px",
        ),
        open=C.tutor_open,
        on_open_change=C.open_tutor,
    )


def _empty() -> rx.Component:
    return rx.vstack(
        rx.icon("message-circle", size=32, color="var(--accent-9)"),
        rx.heading("Ask anything about your sessions", size="5", as_="h2"),
        rx.text(
            "The companion remembers every session you've added and points to where "
            "an answer came from. Start with one of these:",
            color_scheme="gray",
        ),
        align="center",
        text_align="center",
        spacing="2",
        padding="2rem 1rem",
    )


@private_page(routes.CHAT, "Chat", guard=AuthState.guard_student, on_load=[ChatState.load_chat])
def chat_page() -> rx.Component:
    return rx.vstack(
        rx.hstack(
            rx.text("Your study companion", color_scheme="gray", flex="1"),
            rx.button(
                rx.icon("user-round", size=16),
                "Talk to a tutor",
                variant="soft",
                on_click=C.open_tutor(True),
            ),
            width="100%",
            align="center",
        ),
        rx.box(
            rx.cond(
                C.messages.length() > 0,
                rx.vstack(rx.foreach(C.messages, _bubble), spacing="3", width="100%"),
                rx.cond(C.loaded, _empty()),
            ),
            rx.box(id="chat-end"),
            width="100%",
            min_height="40vh",
            aria_live="polite",
        ),
        rx.hstack(
            rx.foreach(
                C.suggested,
                lambda p: rx.button(
                    p,
                    variant="surface",
                    size="1",
                    radius="full",
                    on_click=C.use_prompt(p),
                    disabled=C.streaming,
                ),
            ),
            wrap="wrap",
            spacing="2",
        ),
        form_alert(C.error),
        rx.form(
            rx.hstack(
                rx.el.label(
                    "Message",
                    html_for="field-message",
                    class_name="rt-sr-only",
                    style={
                        "position": "absolute",
                        "width": "1px",
                        "height": "1px",
                        "overflow": "hidden",
                        "clip": "rect(0 0 0 0)",
                    },
                ),
                rx.input(
                    id="field-message",
                    value=C.draft,
                    on_change=C.set_draft,
                    size="3",
                    placeholder="Ask about a session, or say 'quiz me'",
                    flex="1",
                    auto_complete="off",
                ),
                rx.icon_button(
                    rx.icon("send", size=18),
                    type="submit",
                    size="3",
                    loading=C.streaming,
                    aria_label="Send",
                ),
                width="100%",
            ),
            on_submit=lambda _form: C.send,
            reset_on_submit=False,
            width="100%",
        ),
        _tutor_dialog(),
        spacing="3",
        width="100%",
    )
