"""Sequences: the next or the nth term of a listed sequence ("the 10th term of 3, 7, 11",
"what comes next 1, 4, 9, 16"), with the rule it follows (sequencerules), and sums of the
first n whole, odd or even numbers. A list no rule fits is not continued.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import sympy

from companion.ai.offline.askformat import exact, numbers, words_to_digits
from companion.ai.offline.sequencerules import Show, rule_for

_TERM = r"-?\d+(?:\.\d+)?(?:\s*/\s*\d+)?"  # 3, -2.5 or 1/4
_LIST = rf"(?P<list>{_TERM}(?:(?:\s*,\s*|\s+){_TERM}){{2,}})(?:\s*,?\s*(?:\.\.\.|…|_+))?"
_NTH = re.compile(
    rf"\b(?P<n>\d+)(?:st|nd|rd|th)\s+term\s+(?:of|in)\s+(?:the\s+)?(?:(?:arithmetic|geometric)\s+)?"
    rf"(?:sequence|pattern|series)?\s*:?\s*{_LIST}",
    re.I,
)
_NEXT = (
    re.compile(
        r"\b(?:(?:next|nxt|following)\s+(?:(?P<k>[2-9])\s+)?(?:terms?|numbers?|ones?)"
        r"|wh?at\s+comes\s+(?:next|nxt|after)|(?:what\s+is|what'?s|whats|find)\s+the\s+(?:pattern|rule))"
        rf"\b.*?{_LIST}",
        re.I,
    ),
    re.compile(
        rf"{_LIST}\s*,?\s*(?:what\s+(?:comes|is)\s+next|what'?s\s+next|next\s+(?:term|number))",
        re.I,
    ),
)
_SUM = re.compile(
    r"\bsum\s+of\s+(?:all\s+)?(?:the\s+)?first\s+(?P<n>\d+)\s+(?:positive\s+)?"
    r"(?P<kind>odd|even|natural|whole|counting)?\s*(?:positive\s+)?(?:numbers|integers)\b",
    re.I,
)


def answer(message: str) -> str | None:
    """The term or the sum asked for, with the rule used; else None."""
    text = words_to_digits(message)
    if match := _SUM.search(text):
        return _sum(int(match["n"]), (match["kind"] or "").lower())
    if match := _NTH.search(text):
        return _term(match["list"], int(match["n"]))
    if match := _NEXT[0].search(text):
        return _next(match["list"], int(match["k"] or 1))
    if match := _NEXT[1].search(text):
        return _next(match["list"], 1)
    return None


def _next(listed: str, count: int) -> str | None:
    """The next term, or the next few ("find the next 2 numbers"), with the rule."""
    first = len(numbers(listed)) + 1
    if count == 1:
        return _term(listed, first)
    found = _rule(listed, first + count - 1)
    if found is None:
        return None
    show, reads, term = found
    values = ", ".join(show(term(n)) for n in range(first, first + count))
    return f"The next {count} terms are **{values}**.\n\nThe rule: {reads}."


def _term(listed: str, n: int) -> str | None:
    found = _rule(listed, n)
    if found is None:
        return None
    show, reads, term = found
    value = show(term(n))
    which = "The next term" if n == len(numbers(listed)) + 1 else f"Term {n}"
    return f"{which} is **{value}**.\n\nThe rule: {reads}. So term {n} is {value}."


def _rule(listed: str, n: int) -> tuple[Show, str, Callable[[int], sympy.Rational]] | None:
    """How the terms are written, the rule they follow and its term n, when the rule holds
    and term n is not too far to work out."""
    # terms typed as fractions are answered in fractions (str of a sympy rational: 1/27)
    show: Show = str if "/" in listed else exact
    found = rule_for(numbers(listed), show)
    if found is None or not 1 <= n <= found[2]:
        return None
    return show, found[0], found[1]


def _sum(n: int, kind: str) -> str:
    if kind == "odd":
        value, how = n * n, f"the first n odd numbers add up to n², so {n}²"
    elif kind == "even":
        value, how = n * (n + 1), f"the first n even numbers add up to n(n + 1), so {n} × {n + 1}"
    else:
        value = n * (n + 1) // 2
        how = f"pair the first and last numbers: n(n + 1) ÷ 2 = {n} × {n + 1} ÷ 2"
    return f"The sum is **{value}**.\n\nThe rule: {how} = {value}."
