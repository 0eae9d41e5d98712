"""One measure of a shape from another ("the perimeter of a square with area 49", "a circle
has an area of 25 pi... what is its circumference"): the size the given measure fixes is
solved first, then the asked measure is worked from it. The given number is never read as
a side. When the given measure fixes no single size, the reply says so and gives no number."""

from __future__ import annotations

import re

import sympy

from companion.ai.offline.askformat import words_to_digits
from companion.ai.offline.askshapes import MEASURE, NUM, SHAPE, SHAPES
from companion.ai.offline.shapeformulas import FORMULAS

_GIVEN = re.compile(
    r"\b(?P<m>surface\s+area|area|perimeter|circumference|volume)\s+(?:of\s+(?:the|a|an|this|that|my)"
    r"\s+[a-z]+\s+(?:is|=|equals?|measures?)\s+|of\s+|is\s+|=\s*|"
    rf"equals?\s+|measures?\s+)?(?P<n>{NUM})(?!\s*[a-z]*\s*(?:by|x|×)\s*\d)",
    re.I,
)


def answer(message: str) -> str | None:
    """The asked measure worked from another measure the question gives; else None."""
    text = words_to_digits(message)
    given, shape = _GIVEN.search(text), SHAPE.search(text)
    if not given or not shape:
        return None
    given_measure = _name(given["m"])
    asked = [
        _name(m[1])
        for m in MEASURE.finditer(text)
        if not given.start() <= m.start() < given.end() and _name(m[1]) != given_measure
    ]
    if not asked:
        return None  # the size itself is asked ("a square has a perimeter of 36, its side?")
    kind = SHAPES[shape[1].lower()]
    have, want = FORMULAS.get((given_measure, kind)), FORMULAS.get((asked[0], kind))
    if have is None or want is None:
        return None
    if len(have.needs) != 1 or want.needs != have.needs:
        return (
            f"A {kind} with {'an' if given_measure[0] in 'aeiou' else 'a'} {given_measure} of {given['n']} can have many sizes, so its"
            f" {asked[0]} can't be told from that alone: ${want.name}$ needs"
            f" {' and '.join(want.needs)}."
        )
    need = have.needs[0]
    size = sympy.Symbol(need[0], positive=True)
    roots = sympy.solve(
        sympy.Eq(have.value(size), sympy.Rational(given["n"].replace(",", ""))), size
    )
    if len(roots) != 1:
        return None
    found = sympy.nsimplify(roots[0])
    value = want({need: found})
    approx = "" if value.is_Rational else f" ≈ {float(value):.2f}"
    return "\n\n".join(
        [
            f"The {asked[0]} of the {kind} is **${sympy.latex(value)}${approx}**.",
            f"1. From the {given_measure}: ${have.name}$, so ${sympy.latex(have.value(size))} ="
            f" {given['n']}$ and the {need} is ${sympy.latex(found)}$.\n"
            f"2. Then the {asked[0]}: ${want.name}$ = ${sympy.latex(value)}$.",
        ]
    )


def _name(measure: str) -> str:
    return re.sub(r"\s+", " ", measure.lower())
