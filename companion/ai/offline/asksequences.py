"""Sequences: the next or the nth term of a listed arithmetic or geometric sequence ("the 10th
term of 3, 7, 11"), and sums of the first n whole, odd or even numbers.

A list is arithmetic when its differences agree, geometric when its ratios do; a list that is
neither is not continued, since many rules fit a few terms.
"""

from __future__ import annotations

import itertools
import re

import sympy

from companion.ai.offline.askformat import exact, numbers, words_to_digits

_LIST = r"(?P<list>-?\d+(?:\.\d+)?(?:\s*,\s*-?\d+(?:\.\d+)?){2,})(?:\s*,?\s*(?:\.\.\.|…))?"
_NTH = re.compile(
    rf"\b(?P<n>\d+)(?:st|nd|rd|th)\s+term\s+(?:of|in)\s+(?:the\s+)?(?:(?:arithmetic|geometric)\s+)?"
    rf"(?:sequence|pattern|series)?\s*:?\s*{_LIST}",
    re.I,
)
_NEXT = (
    re.compile(
        rf"\b(?:(?:next|following)\s+(?:term|number)|what\s+comes\s+next)\b.*?{_LIST}", re.I
    ),
    re.compile(rf"{_LIST}\s*,?\s*(?:what\s+(?:comes|is)\s+next|next\s+term)", re.I),
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
    if n < 1 or n > 10_000:
        return None
    first = terms[0]
    differences = {b - a for a, b in itertools.pairwise(terms)}
    if len(differences) == 1:
        (d,) = differences
        value = first + (n - 1) * d
        rule = f"arithmetic: each term adds {exact(d)}, so term n is {exact(first)} + (n − 1) × {exact(d)}"
        return f"Term {n} is **{exact(value)}**.\n\nThe sequence is {rule}: {exact(first)} + {n - 1} × {exact(d)} = {exact(value)}."
    if 0 in terms:
        return None
    ratios = {b / a for a, b in itertools.pairwise(terms)}
    if len(ratios) != 1 or n > 200:
        return None
    (r,) = ratios
    value = first * r ** (n - 1)
    return (
        f"Term {n} is **{exact(value)}**.\n\nThe sequence is geometric: each term is multiplied by"
        f" {exact(r)}, so term n is {exact(first)} × {exact(r)}^(n − 1) = {exact(value)}."
    )


def _sum(n: int, kind: str) -> str:
    if kind == "odd":
        value, how = n * n, f"the first n odd numbers add up to n², so {n}²"
    elif kind == "even":
        value, how = n * (n + 1), f"the first n even numbers add up to n(n + 1), so {n} × {n + 1}"
    else:
        value = n * (n + 1) // 2
        how = f"pair the first and last numbers: n(n + 1) ÷ 2 = {n} × {n + 1} ÷ 2"
    return f"The sum is **{value}**.\n\nThe rule: {how} = {value}."
