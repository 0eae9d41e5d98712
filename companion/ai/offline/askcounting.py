"""Counting arrangements: combinations ("5 choose 2", "5C2", "how many ways to choose 2 from 5")
and permutations ("7P3", "how many ways to arrange 3 of 7"), with the formula filled in."""

from __future__ import annotations

import re

import sympy

from companion.ai.offline.askformat import words_to_digits

_CHOOSE = re.compile(
    r"\b(?P<n>\d+)(?:\s*choose\s*|c)(?P<r>\d+)\b"
    r"|\bn\s*c\s*r\s*\(?\s*(?P<n2>\d+)\s*,?\s+(?P<r2>\d+)"
    r"|\b(?:ways\s+(?:are\s+there\s+)?to|can\s+(?:i|you|we)|combinations\s+(?:of|when\s+choosing))"
    r"\s+(?:choose|pick|select)\s+(?P<r3>\d+)\s+(?:\w+\s+)?(?:from|out\s+of|of)\s+(?P<n3>\d+)\b",
    re.I,
)
_ARRANGE = re.compile(
    r"\b(?P<n>\d+)p(?P<r>\d+)\b"
    r"|\b(?:ways\s+(?:are\s+there\s+)?to|can\s+(?:i|you|we))\s+(?:arrange|order)\s+(?P<r3>\d+)"
    r"\s+(?:\w+\s+)?(?:from|out\s+of|of)\s+(?P<n3>\d+)\b",
    re.I,
)


def answer(message: str) -> str | None:
    """The number of combinations or permutations asked for; else None."""
    text = words_to_digits(message)
    if match := _CHOOSE.search(text):
        return _count(match, ordered=False)
    if match := _ARRANGE.search(text):
        return _count(match, ordered=True)
    return None


def _count(match: re.Match[str], ordered: bool) -> str | None:
    found = match.groupdict()
    n = int(next(found[k] for k in ("n", "n2", "n3") if found.get(k)))
    r = int(next(found[k] for k in ("r", "r2", "r3") if found.get(k)))
    if r > n or n > 1000:
        return None if n > 1000 else f"There are **0** ways: you can't pick {r} from only {n}."
    if ordered:
        value = sympy.factorial(n) / sympy.factorial(n - r)
        return (
            f"$P({n}, {r}) = \\frac{{{n}!}}{{({n} - {r})!}}$ = **{value}**.\n\n"
            "Order matters here, so each choice of items counts once per arrangement."
        )
    value = sympy.binomial(n, r)
    return (
        f"$\\binom{{{n}}}{{{r}}} = \\frac{{{n}!}}{{{r}!\\,({n} - {r})!}}$ = **{value}**.\n\n"
        "Order doesn't matter in a combination, so the arrangements of the same items"
        f" ({r}! of them) count once."
    )
