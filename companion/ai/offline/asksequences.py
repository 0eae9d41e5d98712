"""Sequences: the next or the nth term of a listed sequence ("the 10th term of 3, 7, 11",
"what comes next 1, 4, 9, 16"), with the rule it follows (sequencerules), and sums of the
first n whole, odd or even numbers. A list no rule fits is not continued.
"""

from __future__ import annotations

import re

from companion.ai.offline.askformat import exact, numbers, words_to_digits
from companion.ai.offline.sequencerules import rule_for

_TERM = r"-?\d+(?:\.\d+)?(?:\s*/\s*\d+)?"  # 3, -2.5 or 1/4
_LIST = rf"(?P<list>{_TERM}(?:(?:\s*,\s*|\s+){_TERM}){{2,}})(?:\s*,?\s*(?:\.\.\.|…|_+))?"
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
        return _term(match["list"], int(match["n"]))
    if match := _NEXT[0].search(text) or _NEXT[1].search(text):
        return _term(match["list"], len(numbers(match["list"])) + 1)
    return None


def _term(listed: str, n: int) -> str | None:
    # terms typed as fractions are answered in fractions (str of a sympy rational: 1/27)
    show = str if "/" in listed else exact
    terms = numbers(listed)
    found = rule_for(terms, show)
    if found is None or not 1 <= n <= found[2]:
        return None
    reads, term, _ = found
    value = show(term(n))
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
