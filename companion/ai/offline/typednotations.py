"""Notations a student types around an answer, rewritten as the answer they name: a set in
set-builder notation ("{x | x > 3}", "{x : x > 3}", "{x ∈ ℝ | x > 3}") is its condition,
"x ∈ (3, ∞)" is the interval, "(x, y) = (2, 3)" is the point, and a log's base said in
words ("log base 2 of x", "log base 2 (x)") is written log_2(x)."""

from __future__ import annotations

import re

__all__ = ["typed_notations"]

# "{x | x > 3}", "{ x : 3 < x }", "{x ∈ R | ...}", "{x such that x > 3}": the condition
_SET_BUILDER = re.compile(
    r"\{\s*(?P<var>[a-z])\s*(?:(?:∈|\bin\b)\s*(?:ℝ|R|the\s+reals)\s*)?(?:\||:|\bmid\b|such\s+that)"
    r"\s*(?P<condition>[^{}|:]*?(?:<|>)[^{}|:]*?)\s*\}",
    re.I,
)
# "x ∈ (3, ∞)", "x in [2, 5)": membership of an interval is the interval
_MEMBER = re.compile(
    r"(?<![\w])[a-z]\s*(?:∈|\bin\b|\bis\s+in\b)\s*(?=[(\[][^()\[\]]*,[^()\[\]]*[)\]])"
)
# "(x, y) = (2, 3)": the names of the coordinates before the point
_POINT_LABEL = re.compile(r"\(\s*[a-z]\s*,\s*[a-z]\s*(?:,\s*[a-z]\s*)?\)\s*=\s*(?=\()")
# "log base 2 of x", "the logarithm with base 10 of (x + 1)", "log base 2 (x)"
_ARGUMENT = r"\([^()]*\)|-?\d+(?:\.\d+)?[a-z]?(?![\w(.])|[a-z](?![\w(])"
_LOG_BASE = re.compile(
    rf"\blog(?:arithm)?\s+(?:with\s+|to\s+(?:the\s+)?)?base\s*(?P<base>\d+(?:\.\d+)?|[a-z])\s*"
    rf"(?:of\s+)?(?P<arg>{_ARGUMENT})",
    re.I,
)


def _log(match: re.Match[str]) -> str:
    argument = match["arg"]
    inner = argument if argument.startswith("(") else f"({argument})"
    return f"log_{match['base']}{inner}"


def typed_notations(text: str) -> str:
    """The text with set-builder notation, interval membership, a point's labels and a
    log's base in words written as the answer they name."""
    text = _SET_BUILDER.sub(lambda m: m["condition"].strip(), text)
    text = _POINT_LABEL.sub("", _MEMBER.sub("", text))
    return _LOG_BASE.sub(_log, text)
