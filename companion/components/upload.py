"""The transcript drop zone: drag and drop or choose a .txt/.vtt/.srt/.json file."""

from __future__ import annotations

import reflex as rx

from companion.components.forms import field_error
from companion.services.sessions import MAX_TRANSCRIPT_BYTES
from companion.state.transcript_form import PASTE_MAX_CHARS

UPLOAD_ID = "transcript"
ACCEPT = {
    "text/plain": [".txt"],
    "text/vtt": [".vtt"],
    "application/x-subrip": [".srt"],
    "application/json": [".json"],
}


def transcript_dropzone(on_drop: rx.event.EventHandler, file_name: rx.Var[str]) -> rx.Component:
    """A large, keyboard-reachable drop target that uploads as soon as a file is chosen."""
    return rx.upload(
        rx.vstack(
            rx.icon("file-up", size=28, color="var(--accent-11)"),
            rx.cond(
                file_name != "",
                rx.text("Chosen: ", rx.text.strong(file_name), size="2"),
                rx.text(
                    "Drop a transcript here, or click to choose a file", size="2", weight="medium"
                ),
            ),
            rx.text(".txt, .vtt, .srt or .json, up to 2 MB", size="1", color_scheme="gray"),
            align="center",
            spacing="2",
        ),
        id=UPLOAD_ID,
        accept=ACCEPT,
        multiple=False,
        max_files=1,
        max_size=MAX_TRANSCRIPT_BYTES,
        on_drop=on_drop(rx.upload_files(upload_id=UPLOAD_ID)),
        border="2px dashed var(--accent-a7)",
        border_radius="var(--radius-4)",
        padding="1.5rem 1rem",
        width="100%",
        cursor="pointer",
        background="var(--accent-a2)",
        aria_label="Upload a transcript file",
    )


def _turn(turn) -> rx.Component:
    return rx.hstack(
        rx.badge(
            turn.speaker,
            color_scheme=rx.cond(turn.role == "tutor", "indigo", "gray"),
            variant="soft",
            flex_shrink="0",
        ),
        rx.text(turn.text, size="2"),
        align="start",
        spacing="2",
        width="100%",
    )


def transcript_preview(form) -> rx.Component:
    """The first turns of the kept transcript, as the analysis will read them."""
    return rx.cond(
        form.preview_total > 0,
        rx.card(
            rx.vstack(
                rx.text(
                    f"Preview: {form.preview_total} turns read ({form.preview_format})",
                    size="2",
                    weight="bold",
                ),
                rx.foreach(form.preview, _turn),
                rx.cond(
                    form.preview_total > form.preview.length(),
                    rx.text("…and the rest of the conversation.", size="1", color_scheme="gray"),
                ),
                spacing="2",
                width="100%",
            ),
            width="100%",
            variant="surface",
        ),
    )


def transcript_field(form, *, field_id: str = "field-pasted") -> rx.Component:
    """Drop a file or paste the text (one form for students and tutors: state TranscriptForm).

    The paste box is uncontrolled: its text goes to the server once, when it loses focus,
    never per keystroke; longer text than a websocket message allows goes as a file.
    """
    return rx.vstack(
        transcript_dropzone(form.handle_upload, form.file_name),
        rx.cond(
            form.file_name != "",
            rx.button("Remove file", variant="ghost", size="1", on_click=form.clear_transcript),
        ),
        rx.el.label("…or paste the transcript", html_for=field_id, style={"font_weight": "500"}),
        rx.text_area(
            id=field_id,
            key=form.paste_key,
            default_value=form.paste_default,
            on_blur=form.stash_pasted,
            max_length=PASTE_MAX_CHARS,
            placeholder="Tutor: Today let's…\nStudent: …",
            rows="6",
            width="100%",
            aria_describedby=f"{field_id}-error {field_id}-hint",
        ),
        rx.text(
            "The preview appears when you leave the box. Longer than 900,000 characters? "
            "Save it as a .txt file and drop it above.",
            id=f"{field_id}-hint",
            size="1",
            color_scheme="gray",
        ),
        field_error(form.content_error, field_id),
        transcript_preview(form),
        spacing="2",
        width="100%",
    )
