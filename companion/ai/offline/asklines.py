"""A line given by its equation ("slope of y = 3x + 2", "y-intercept of 2x + 3y = 6"): the
equation solved for y with sympy, then read as y = mx + b."""

from __future__ import annotations

import re

import sympy

from companion.ai.offline.mathparse import parse_math
from companion.ai.offline.mathspans import math_spans

_ASKS = re.compile(r"\b(slope|gradient|y[\s-]*intercept|x[\s-]*intercept)\b", re.I)
_X, _Y = sympy.symbols("x y")


def _line(message: str) -> tuple[sympy.Eq, sympy.Expr | None] | None:
    """The one linear equation in x and y the message names, and y solved from it (None for
    a vertical line)."""
    equations = [e for s in math_spans(message) if isinstance(e := parse_math(s), sympy.Eq)]
    if len(equations) != 1 or not equations[0].free_symbols <= {_X, _Y}:
        return None
    equation = equations[0]
    poly = sympy.Poly(equation.lhs - equation.rhs, _X, _Y)
    if poly.total_degree() != 1:
        return None
    solved = sympy.solve(equation, _Y)
    return equation, (solved[0] if solved else None)


def _tex(value: sympy.Expr) -> str:
    return f"${sympy.latex(value)}$"


def answer(message: str) -> str | None:
    """The slope or an intercept of a line written as an equation, else None."""
    asked = _ASKS.search(message)
    line = _line(message) if asked else None
    if asked is None or line is None:
        return None
    equation, y = line
    shown = f"${sympy.latex(equation.lhs)} = {sympy.latex(equation.rhs)}$"
    word = re.sub(r"[\s-]+", "-", asked[1].lower())
    if y is None:  # x = c
        x = sympy.solve(equation, _X)[0]
        vertical = f"{shown} is the vertical line $x = {sympy.latex(x)}$"
        if word == "x-intercept":
            return f"{vertical}: its x-intercept is **{_tex(x)}**."
        return f"{vertical}: its slope is **undefined** (it has no y-intercept either)."
    m, b = y.coeff(_X), y.subs(_X, 0)
    form = f"Solved for y it reads $y = {sympy.latex(y)}$, the form $y = mx + b$."
    if word == "y-intercept":
        return "\n\n".join(
            [
                f"The y-intercept of {shown} is **{_tex(b)}** (the point $(0, {sympy.latex(b)})$).",
                f"{form} The intercept is b, the value of y at x = 0.",
            ]
        )
    if word == "x-intercept":
        if m == 0:
            return f"{shown} is the horizontal line $y = {sympy.latex(b)}$, parallel to the x-axis, so it has no x-intercept."
        x0 = sympy.solve(y, _X)[0]
        return "\n\n".join(
            [
                f"The x-intercept of {shown} is **{_tex(x0)}** (the point $({sympy.latex(x0)}, 0)$).",
                "Put y = 0 and solve for x.",
            ]
        )
    return f"The slope of {shown} is **{_tex(m)}**.\n\n{form} The slope is m, the number in front of x."
