"""Text from transcripts, students or an LLM, shown with markdown and math but never as markup."""

from __future__ import annotations

import re

import reflex as rx


def rich_text(content, **props) -> rx.Component:
    """Markdown with KaTeX math; raw HTML is off, so `<script>`, `<iframe>` and `onerror=` stay text.

    The only way pages show untrusted text as markdown: `rx.markdown` enables raw HTML by
    default (rehype-raw), which would run a script quoted from a transcript or an LLM reply.
    """
    return rx.markdown(content, use_raw=False, **props)


# Authored math: $$...$$, or $...$ hugging its content (so "$16 and $4" stays money).
_MATH = re.compile(r"(\$\$.+?\$\$|\$(?=\S)[^$\n]+?(?<=\S)\$(?!\d))", re.S)
_GROUP = r"\([^()\n]{1,40}\)"
_POWER = re.compile(rf"({_GROUP}|[A-Za-z0-9.]+)\^({_GROUP}|-?[A-Za-z0-9.]+)")
_ESCAPE = re.compile(r"([*_`~\\$])")


def _plain_math(segment: str) -> str:
    """Plain typed math in prose: markdown marks escaped, powers like x^2 set as math."""
    pieces = _POWER.split(segment)
    out = []
    for i in range(0, len(pieces), 3):
        out.append(_ESCAPE.sub(r"\\\1", pieces[i]))
        if i + 2 < len(pieces):
            base, power = pieces[i + 1], pieces[i + 2]
            power = power[1:-1] if power.startswith("(") else power
            out.append(f"${base}^{{{power}}}$")
    return "".join(out)


def as_markdown(text: str) -> str:
    """Problem text as markdown for `rich_text`: authored `$...$` math kept, the rest made safe.

    "2*3*4" stays multiplication instead of turning italic, and "x^2 + 3" shows a real power.
    """
    if not text:
        return ""
    parts = _MATH.split(text)
    return "".join(p if i % 2 else _plain_math(p) for i, p in enumerate(parts))
