"""Sequences: the next or the nth term of a listed sequence ("the 10th term of 3, 7, 11",
"what comes next 1, 4, 9, 16"), with the rule it follows (sequencerules), and sums of the
first n whole, odd or even numbers. A list no rule fits is not continued.
"""

from __future__ import annotations

import re

import sympy

from companion.ai.offline.askformat import exact, numbers, words_to_digits
from companion.ai.offline.sequencerules import rule_for

_LIST = (
    r"(?P<list>-?\d+(?:\.\d+)?(?:(?:\s*,\s*|\s+)-?\d+(?:\.\d+)?){2,})(?:\s*,?\s*(?:\.\.\.|…|_+))?"
)
_NTH = re.compile(
    rf"\b(?P<n>\d+)(?:st|nd|rd|th)\s+term\s+(?:of|in)\s+(?:the\s+)?(?:(?:arithmetic|geometric)\s+)?"
    rf"(?:sequence|pattern|series)?\s*:?\s*{_LIST}",
    re.I,
)
_NEXT = (
    re.compile(
        rf"\b(?:(?:next|following)\s+(?:term|number|one)|what\s+comes\s+(?:next|after))\b.*?{_LIST}",
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
        return _term(numbers(match["list"]), int(match["n"]))
    if match := _NEXT[0].search(text) or _NEXT[1].search(text):
        listed = numbers(match["list"])
        return _term(listed, len(listed) + 1)
    return None


def _term(terms: list[sympy.Rational], n: int) -> str | None:
    found = rule_for(terms)
    if found is None or not 1 <= n <= found[2]:
        return None
    reads, term, _ = found
    value = exact(term(n))
    which = "The next term" if n == len(terms) + 1 else f"Term {n}"
    return f"{which} is **{value}**.\n\nThe rule: {reads}. So term {n} is {value}."


def _sum(n: int, kind: str) -> str:
    if kind == "odd":
        value, how = n * n, f"the first n odd numbers add up to n², so {n}²"
    elif kind == "even":
        value, how = n * (n + 1), f"the first n even numbers add up to n(n + 1), so {n} × {n + 1}"
    else:
        value = n * (n + 1) // 2
        how = f"pair the first and last numbers: n(n + 1) ÷ 2 = {n} × {n + 1} ÷ 2"
    return f"The sum is **{value}**.\n\nThe rule: {how} = {value}."
