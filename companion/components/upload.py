"""The transcript drop zone: drag and drop or choose a .txt/.vtt/.srt/.json file."""

from __future__ import annotations

import reflex as rx

from companion.services.sessions import MAX_TRANSCRIPT_BYTES

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
