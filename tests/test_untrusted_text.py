"""Untrusted text (transcripts, chat, LLM replies) never reaches the page as raw HTML."""

from __future__ import annotations

import re
from pathlib import Path

from companion.components.richtext import rich_text

ROOT = Path(__file__).resolve().parent.parent / "companion"


def test_rich_text_has_no_raw_html_plugin():
    rendered = str(rich_text("<script>alert(1)</script>").render())
    assert "rehypeRaw" not in rendered
    assert "rehypeKatex" in rendered


def test_no_page_calls_rx_markdown_directly():
    offenders = [
        str(p.relative_to(ROOT))
        for p in ROOT.rglob("*.py")
        if p.name != "richtext.py" and re.search(r"\brx\.markdown\(", p.read_text(encoding="utf-8"))
    ]
    assert offenders == [], (
        f"use components.richtext.rich_text instead of rx.markdown in {offenders}"
    )
