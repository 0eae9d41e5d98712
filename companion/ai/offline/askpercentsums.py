"""A percent of a number inside a longer sum ("15% of 60 plus 10", "100 - 20% of 40"): the
percent of the number is worked first, then the arithmetic around it (askarith), so the
reply never stops at the percent and drops the rest of the question."""

from __future__ import annotations

import re

import sympy

from companion.ai.offline import askarith
from companion.ai.offline.askformat import number, plain, words_to_digits
from companion.ai.offline.mathintents import PERCENT_OF

_OPERATOR = r"(?:plus|minus|times|divided\s+by|added\s+to|take\s+away|[-+*/×÷])"
_AFTER = re.compile(rf"^\s*{_OPERATOR}\s*\$?\d", re.I)
_BEFORE = re.compile(rf"\d\s*{_OPERATOR}\s*$", re.I)


def answer(message: str) -> str | None:
    """The value of a sum with a percent of a number in it, worked in two steps; else None."""
    text = words_to_digits(message)
    match = PERCENT_OF.search(text)
    if not match or match["of_percent"]:
        return None
    before, after = text[: match.start()], text[match.end() :]
    if not (_AFTER.match(after) or _BEFORE.search(before)):
        return None
    p, n = number(match["p"].rstrip("%")), number(match["n"])
    if p is None or n is None:
        return None
    part = sympy.Rational(p * n, 100)
    shown = plain(part) if part >= 0 else f"({plain(part)})"
    worked = askarith.answer(f"{before}{shown}{after}")
    if worked is None:
        return None
    return (
        f"First the percent: {plain(p)}% of {plain(n)} = {plain(p / 100)} × {plain(n)} ="
        f" {plain(part)}.\n\nThen the rest: {worked}"
    )
