"""Text from transcripts, students or an LLM, shown with markdown and math but never as markup."""

from __future__ import annotations

import reflex as rx


def rich_text(content, **props) -> rx.Component:
    """Markdown with KaTeX math; raw HTML is off, so `<script>`, `<iframe>` and `onerror=` stay text.

    The only way pages show untrusted text as markdown: `rx.markdown` enables raw HTML by
    default (rehype-raw), which would run a script quoted from a transcript or an LLM reply.
    """
    return rx.markdown(content, use_raw=False, **props)
