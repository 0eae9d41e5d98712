"""One theme for the whole app: one accent colour, one radius, light and dark."""

from __future__ import annotations

import reflex as rx

APP_NAME = "Study Companion"
CONTENT_MAX_WIDTH = "1100px"
SIDEBAR_WIDTH = "240px"

# Indices of Reflex's responsive lists: base, >=30em, >=48em, >=62em, >=80em.
# The sidebar appears from 48em (768 px); below it the bottom tab bar takes over.
WIDE_ONLY = ["none", "none", "flex"]
NARROW_ONLY = ["flex", "flex", "none"]


def app_theme() -> rx.Component:
    """The Radix theme every page uses."""
    return rx.theme(
        accent_color="indigo",
        gray_color="slate",
        radius="large",
        scaling="100%",
        has_background=True,
        panel_background="solid",
    )


STYLE = {
    # Visible focus for keyboard users; no motion for those who ask for none.
    ":focus-visible": {"outline": "2px solid var(--accent-9)", "outline_offset": "2px"},
    "@media (prefers-reduced-motion: reduce)": {
        "*": {"animation": "none !important", "transition": "none !important"}
    },
}
