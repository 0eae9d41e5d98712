"""Two unknown numbers from two facts about them: their sum and their difference ("the sum of
two numbers is 30 and their difference is 6"), or their sum and how one compares with the
other ("one is 4 more than the other", "one is twice the other"). The facts become two
equations in x (the larger, or the multiple) and y, and sympy solves them together."""

from __future__ import annotations

import re

import sympy

from companion.ai.offline.askformat import exact, words_to_digits

_NUM = r"-?\d+(?:\.\d+)?"
_TWO = re.compile(r"\b(?:2|two)\s+(?:\w+\s+)?numbers\b", re.I)
_SUM = re.compile(
    r"\bsum\b(?:\s+of\s+(?:the\s+|these\s+)?(?:2|two)\s+(?:\w+\s+)?numbers)?\s+(?:is|was|=|equals)\s+"
    rf"(?P<s>{_NUM})|\badd\s+(?:up\s+)?to\s+(?P<s2>{_NUM})",
    re.I,
)
_DIFFERENCE = re.compile(
    rf"\bdifference\b(?:\s+of\s+\w+(?:\s+\w+)?)?\s+(?:is|was|=|equals)\s+(?P<d>{_NUM})", re.I
)
_MORE = re.compile(rf"\bone\s+(?:number\s+)?is\s+(?P<d>{_NUM})\s+more\s+than\s+the\s+other\b", re.I)
_TIMES = re.compile(
    rf"\bone\s+(?:number\s+)?is\s+(?P<k>{_NUM}\s+times|twice|double|triple|three\s+times)\s+(?:as\s+\w+\s+as\s+)?the\s+other\b",
    re.I,
)
_FACTORS = {"twice": 2, "double": 2, "triple": 3}


def answer(message: str) -> str | None:
    """The two numbers, when their sum and one more fact are said; else None."""
    text = words_to_digits(message)
    total = _SUM.search(text)
    if not _TWO.search(text) or not total:
        return None
    x, y = sympy.symbols("x y")
    s = sympy.Rational(total["s"] or total["s2"])
    if apart := _DIFFERENCE.search(text) or _MORE.search(text):
        second, said = sympy.Eq(x - y, sympy.Rational(apart["d"])), f"x − y = {apart['d']}"
    elif times := _TIMES.search(text):
        word = times["k"].lower()
        k = sympy.Rational(_FACTORS.get(word) or word.split()[0])
        second, said = sympy.Eq(x, k * y), f"x = {exact(k)}y"
    else:
        return None
    found = sympy.solve([sympy.Eq(x + y, s), second], [x, y], dict=True)
    if len(found) != 1:
        return None
    a, b = found[0][x], found[0][y]
    return (
        f"The numbers are **{exact(a)} and {exact(b)}**.\n\n"
        f"1. Call them x and y: x + y = {exact(s)} and {said}.\n"
        f"2. Solve the two together: x = {exact(a)}, y = {exact(b)}.\n"
        f"3. Check: {exact(a)} + {exact(b)} = {exact(a + b)}."
    )
