"""A part of a number inside a longer sum ("15% of 60 plus 10", "100 - 20% of 40", "half of
18 plus 4", "2/3 of 12 minus 3"): the part (a percent or a fraction of the number) is worked
first, then the arithmetic around it (askarith), so the reply never stops at the part and
drops the rest of the question; two parts ("15% of 200 plus 20% of 50") are each worked."""

from __future__ import annotations

import re

import sympy

from companion.ai.offline import askarith
from companion.ai.offline.askformat import exact, number, words_to_digits
from companion.ai.offline.mathintents import FRACTION_OF, PERCENT_OF

_OPERATOR = r"(?:plus|minus|times|divided\s+by|added\s+to|take\s+away|[-+*/×÷])"
_AFTER = re.compile(rf"^\s*{_OPERATOR}\s*\$?\d", re.I)
_BEFORE = re.compile(rf"\d\s*{_OPERATOR}\s*$", re.I)


def answer(message: str) -> str | None:
    """The value of a sum with parts of numbers in it ("15% of 200 plus 20% of 50"), each part
    worked first, then the rest; else None."""
    text, parts = words_to_digits(message), []
    while found := _part(text):
        text, how = found
        parts.append(how)
    worked = askarith.answer(text) if parts else None
    if not worked:
        return None
    head = "First the part" if len(parts) == 1 else "First the parts"
    return f"{head}: {'; '.join(parts)}.\n\nThen the rest: {worked}"


def _part(text: str) -> tuple[str, str] | None:
    """The text with its first part beside an operation worked out, and how; else None."""
    for pattern, part in ((PERCENT_OF, _percent), (FRACTION_OF, _fraction)):
        match = pattern.search(text)
        if not match or match["of_percent"]:
            continue
        before, after = text[: match.start()], text[match.end() :]
        if not (_AFTER.match(after) or _BEFORE.search(before)):
            continue
        if (found := part(match)) is None:
            return None
        value, how = found
        shown = exact(value) if value >= 0 else f"({exact(value)})"
        return f"{before}{shown}{after}", f"{how} = {exact(value)}"
    return None


def _percent(match: re.Match[str]) -> tuple[sympy.Rational, str] | None:
    p, n = number(match["p"].rstrip("%")), number(match["n"])
    if p is None or n is None:
        return None
    return p * n / 100, f"{exact(p)}% of {exact(n)} = {exact(p / 100)} × {exact(n)}"


def _fraction(match: re.Match[str]) -> tuple[sympy.Rational, str] | None:
    p, q, n = int(match["p"]), int(match["q"]), number(match["n"])
    if q == 0 or n is None:
        return None
    said = match["n"].replace(" ", "")  # as typed: 2/5 stays a fraction
    return sympy.Rational(p, q) * n, f"{p}/{q} of {said} = {said} ÷ {q} × {p}"
