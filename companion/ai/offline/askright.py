"""Right triangles by the Pythagorean theorem: the hypotenuse from the two legs ("hypotenuse
if the legs are 3 and 4"), or the missing leg from the hypotenuse and the other leg."""

from __future__ import annotations

import re

import sympy

from companion.ai.offline.askformat import dec, number, words_to_digits

_NUM = r"\d+(?:\.\d+)?"
_ASKS = re.compile(r"\b(?:hypotenuse|pythagor\w*|right\s+triangle)\b", re.I)
_OTHER_ASK = re.compile(
    r"\b(?:area|perimeter|volume|angles?|sin|cos|tan|sine|cosine|tangent)\b", re.I
)
_LEGS = re.compile(
    rf"\b(?:legs?|sides?|shorter\s+sides)\b\D*?({_NUM})\s*(?:,|and|&)\s*({_NUM})", re.I
)
_PAIR = re.compile(rf"(?<![\d.])({_NUM})\s*(?:,|and|&)\s*({_NUM})(?![\d.])")
# "hypotenuse is 13 and one leg is 5", "a leg of 6 and a hypotenuse of 10"
_HYPOTENUSE = re.compile(rf"\bhypotenuse\s*(?:of|is|=|:)?\s*({_NUM})", re.I)
_LEG = re.compile(rf"\bleg\s*(?:of|is|=|:)?\s*({_NUM})", re.I)
_MISSING_LEG = re.compile(
    r"\b(?:other|missing|second|third)\s+(?:leg|side)\b|\bfind\s+the\s+leg\b", re.I
)


def _shown(value: sympy.Expr) -> str:
    exact = sympy.latex(value)
    return f"${exact}$" if value.is_Integer else f"${exact}$ ≈ {dec(value).removeprefix('about ')}"


def answer(message: str) -> str | None:
    """The missing side of a right triangle, with the theorem written out, else None."""
    text = words_to_digits(message)
    if not _ASKS.search(text) or _OTHER_ASK.search(text):
        return None
    hyp, leg = _HYPOTENUSE.search(text), _LEG.search(text)
    if hyp and leg and (_MISSING_LEG.search(text) or not _LEGS.search(text)):
        return missing_leg(number(hyp[1]), number(leg[1]))
    legs = _LEGS.search(text) or (None if hyp else _PAIR.search(text))
    if legs is None:
        return None
    return hypotenuse(number(legs[1]), number(legs[2]))


def hypotenuse(
    a: sympy.Rational | None, b: sympy.Rational | None, name: str = "hypotenuse"
) -> str | None:
    """The hypotenuse from the two legs, worked by the theorem; `name` says what it is."""
    if not a or not b:
        return None
    c = sympy.sqrt(a**2 + b**2)
    return "\n\n".join(
        [
            f"The {name} is **{_shown(c)}**.",
            f"1. Pythagorean theorem: $c^2 = a^2 + b^2$.\n"
            f"2. $c^2 = {sympy.latex(a)}^2 + {sympy.latex(b)}^2 = {sympy.latex(a**2)} +"
            f" {sympy.latex(b**2)} = {sympy.latex(a**2 + b**2)}$.\n"
            f"3. $c = \\sqrt{{{sympy.latex(a**2 + b**2)}}}$ = {_shown(c)}.",
        ]
    )


def missing_leg(
    c: sympy.Rational | None, a: sympy.Rational | None, name: str = "other leg"
) -> str | None:
    """The other leg from the hypotenuse and one leg; `name` says what that leg is."""
    if not c or not a:
        return None
    if a >= c:
        return "The hypotenuse is the longest side of a right triangle, so it must be longer than the leg."
    b = sympy.sqrt(c**2 - a**2)
    return "\n\n".join(
        [
            f"The {name} is **{_shown(b)}**.",
            f"1. Pythagorean theorem: $a^2 + b^2 = c^2$, so $b^2 = c^2 - a^2$.\n"
            f"2. $b^2 = {sympy.latex(c)}^2 - {sympy.latex(a)}^2 = {sympy.latex(c**2 - a**2)}$.\n"
            f"3. $b = \\sqrt{{{sympy.latex(c**2 - a**2)}}}$ = {_shown(b)}.",
        ]
    )
