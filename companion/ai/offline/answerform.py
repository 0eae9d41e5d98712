"""The form a question asks its answer in: a fraction in lowest terms, a mixed number.

Answers are graded by value, so "14/24" equals "7/12". When the question asks for lowest
terms (simplest or reduced form, "simplify" a fraction) or for a mixed number, a right
value written in another form is not the answer asked for; these checks say why.
"""

from __future__ import annotations

import re
from math import gcd

from companion.ai.offline.mathnumbers import THOUSANDS, to_number
from companion.ai.offline.mathtext import normalise

__all__ = ["asks_percent", "form_problem"]

_LOWEST = re.compile(
    r"\blowest\s+terms\b|\bsimplest\s+form\b|\breduced\s+(?:form|fraction)\b|\bsimplif(?:y|ied)\b"
    r"|\breduce\b",
    re.IGNORECASE,
)
_MIXED_ASKED = re.compile(r"\bmixed\s+(?:number|numeral|fraction)\b", re.IGNORECASE)
_FRACTION = re.compile(r"(?<![\d.])(\d+)\s*/\s*(\d+)(?![\d.])")
_MIXED = re.compile(r"^\s*[-+]?\s*\d+\s+(\d+)\s*/\s*(\d+)\s*$")


_PERCENT_ASKED = re.compile(
    r"\b(?:what|which|how\s+many)\s+(?:is\s+the\s+|was\s+the\s+)?percent(?:age)?\b"
    r"|\b(?:as|in|by)\s+(?:a\s+)?(?:what\s+)?percent(?:age)?\b|\bnearest\s+percent\b",
    re.IGNORECASE,
)


def asks_percent(question: str) -> bool:
    """Whether the question asks for a percent ("What percentage of the kittens ...?",
    "expressed as a percentage"), not a count that merely mentions one ("If 60% are girls,
    how many boys ...?")."""
    return bool(_PERCENT_ASKED.search(question))


def _plain(text: str) -> str:
    return THOUSANDS.sub("", normalise(text)).strip().rstrip(".")


def _unreduced(text: str) -> tuple[int, int, int] | None:
    """The first fraction written with a common factor (or over 1): (top, bottom, factor)."""
    for match in _FRACTION.finditer(_plain(text)):
        top, bottom = int(match[1]), int(match[2])
        if bottom and (gcd(top, bottom) > 1 or bottom == 1):
            return top, bottom, gcd(top, bottom)
    return None


def _rational(text: str) -> bool:
    value = to_number(text)
    return value is not None and value.is_Rational


def _not_lowest(question: str, expected: str, answer: str) -> str | None:
    if not _LOWEST.search(question) or not _rational(expected) or _unreduced(expected):
        return None
    found = _unreduced(answer)
    if found is None:
        return None
    top, bottom, factor = found
    if bottom == 1:
        return f"That has the right value, but {top}/1 is not in lowest terms: write it as {top}."
    return (
        f"That has the right value, but {top}/{bottom} is not in lowest terms: divide the top"
        f" and bottom by {factor}, their greatest common factor."
    )


def _not_mixed(question: str, expected: str, answer: str) -> str | None:
    if not _MIXED_ASKED.search(question) or not _MIXED.match(_plain(expected)):
        return None
    written = _MIXED.match(_plain(answer))
    if written and int(written[1]) < int(written[2]):
        return None
    return (
        "That has the right value, but it is not written as a mixed number: a whole number"
        " and a proper fraction, like 3 1/2."
    )


def form_problem(question: str, expected: str, answer: str) -> str | None:
    """Why a right value is not in the form the question asks for, or None when it is."""
    return _not_lowest(question, expected, answer) or _not_mixed(question, expected, answer)
