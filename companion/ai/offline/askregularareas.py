"""The area of a regular shape from its side alone: an equilateral triangle is s²√3/4 and a
regular hexagon (six such triangles) 3√3s²/2. One side must be given, and only one number;
with none the formula is given and a side asked for, never a guess."""

from __future__ import annotations

import re

import sympy

from companion.ai.offline.askformat import words_to_digits
from companion.ai.offline.askshapes import NUM, unit_of

s = sympy.Symbol("s", positive=True)
# shape -> (its area from the side s, the formula in LaTeX)
_AREAS = {
    "equilateral triangle": (s**2 * sympy.sqrt(3) / 4, r"A = \frac{\sqrt{3}}{4} s^2"),
    "regular hexagon": (3 * sympy.sqrt(3) * s**2 / 2, r"A = \frac{3\sqrt{3}}{2} s^2"),
}
_SHAPE = re.compile(r"\b(equilateral\s+triangle|regular\s+hexagon)s?\b", re.I)
_AREA = re.compile(r"\barea\b", re.I)
_OTHER = re.compile(r"\b(?:perimeter|height|altitude|apothem|volume|radius)\b", re.I)


def answer(message: str) -> str | None:
    """The area of an equilateral triangle or a regular hexagon from its side; else None."""
    text = words_to_digits(message)
    shape = _SHAPE.search(text)
    if not shape or not _AREA.search(text) or _OTHER.search(text):
        return None
    name = " ".join(shape[1].lower().split())
    area, formula = _AREAS[name]
    sides = re.findall(NUM, text)
    if len(sides) != 1:
        said = "a side" if not sides else "only its side"
        return f"The area of an {name} is ${formula}$: tell me {said} and I can work it out."
    side = sympy.Rational(sides[0].replace(",", ""))
    value = area.subs(s, side)
    unit = unit_of(text)
    approx = f" ≈ {float(value):.2f}".rstrip("0").rstrip(".")
    shown = f"${sympy.latex(value)}${approx}" + (f" {unit}²" if unit else " square units")
    return "\n\n".join(
        [
            f"The area of the {name} is **{shown}**.",
            f"1. Formula: ${formula}$.\n\n"
            f"2. With s = {sides[0]}: ${sympy.latex(area.subs(s, sympy.Symbol(sides[0])))} = "
            f"{sympy.latex(value)}${approx}.",
        ]
    )
