"""Two points in the plane: slope, distance, midpoint and the line through them."""

from __future__ import annotations

import re
from typing import TypeAlias

import sympy

from companion.ai.offline.askformat import approx

Q: TypeAlias = sympy.Rational
_COORD = r"-?\d+(?:\.\d+)?(?:/\d+)?"
_POINT = re.compile(rf"\(\s*({_COORD})\s*,\s*({_COORD})\s*\)")
_ASKS = re.compile(
    r"\b(slope|gradient|rate\s+of\s+change|distance|length|how\s+far|far\s+apart|midpoint|"
    r"mid-point|middle|"
    r"equation|line)\b",
    re.I,
)


def answer(message: str) -> str | None:
    """What the question asks of the two points it names; else None."""
    points = _POINT.findall(message)
    asked = _ASKS.search(message)
    if len(points) != 2 or not asked:
        return None
    (x1, y1), (x2, y2) = ((sympy.Rational(a), sympy.Rational(b)) for a, b in points)
    word = asked[1].lower()
    if word in ("distance", "length") or "far" in word:
        return _distance(x1, y1, x2, y2)
    if word in ("midpoint", "mid-point", "middle"):
        return _midpoint(x1, y1, x2, y2)
    if word in ("equation", "line") and not re.search(r"\bslope\b|\bgradient\b", message, re.I):
        return _line(x1, y1, x2, y2)
    return _slope(x1, y1, x2, y2)


def _p(x: sympy.Rational, y: sympy.Rational) -> str:
    return f"({sympy.latex(x)}, {sympy.latex(y)})"


def _minus(a: sympy.Rational, b: sympy.Rational) -> str:
    return f"{sympy.latex(a)} - {f'({sympy.latex(b)})' if b < 0 else sympy.latex(b)}"


def _slope(x1: Q, y1: Q, x2: Q, y2: Q) -> str:
    if x1 == x2:
        return (
            f"The line through ${_p(x1, y1)}$ and ${_p(x2, y2)}$ is vertical ($x = {sympy.latex(x1)}$), "
            "so its slope is **undefined**: the run is 0 and you can't divide by 0."
        )
    m = (y2 - y1) / (x2 - x1)
    return (
        f"The slope is **${sympy.latex(m)}$**.\n\n"
        f"Slope is rise over run: $m = \\frac{{y_2 - y_1}}{{x_2 - x_1}} = "
        f"\\frac{{{_minus(y2, y1)}}}{{{_minus(x2, x1)}}} = \\frac{{{sympy.latex(y2 - y1)}}}"
        f"{{{sympy.latex(x2 - x1)}}} = {sympy.latex(m)}$."
    )


def _distance(x1: Q, y1: Q, x2: Q, y2: Q) -> str:
    dx, dy = x2 - x1, y2 - y1
    d = sympy.sqrt(dx**2 + dy**2)
    rounded = "" if d.is_Rational else f" ≈ {approx(d)}"
    return (
        f"The distance is **${sympy.latex(d)}${rounded}**.\n\n"
        f"Use $d = \\sqrt{{(x_2 - x_1)^2 + (y_2 - y_1)^2}} = "
        f"\\sqrt{{({sympy.latex(dx)})^2 + ({sympy.latex(dy)})^2}} = "
        f"\\sqrt{{{sympy.latex(dx**2 + dy**2)}}}"
        + (f" = {sympy.latex(d)}$." if d != sympy.sqrt(dx**2 + dy**2, evaluate=False) else "$.")
    )


def _midpoint(x1: Q, y1: Q, x2: Q, y2: Q) -> str:
    mx, my = (x1 + x2) / 2, (y1 + y2) / 2
    return (
        f"The midpoint is **${_p(mx, my)}$**.\n\n"
        f"Average the coordinates: $\\left(\\frac{{{sympy.latex(x1)} + {sympy.latex(x2)}}}{{2}}, "
        f"\\frac{{{sympy.latex(y1)} + {sympy.latex(y2)}}}{{2}}\\right) = {_p(mx, my)}$."
    )


def _line(x1: Q, y1: Q, x2: Q, y2: Q) -> str:
    if x1 == x2:
        return f"The line through ${_p(x1, y1)}$ and ${_p(x2, y2)}$ is vertical: **$x = {sympy.latex(x1)}$**."
    m = (y2 - y1) / (x2 - x1)
    b = y1 - m * x1
    x = sympy.Symbol("x")
    return (
        f"The line is **$y = {sympy.latex(m * x + b)}$**.\n\n"
        f"1. Slope: $m = \\frac{{{sympy.latex(y2 - y1)}}}{{{sympy.latex(x2 - x1)}}} = {sympy.latex(m)}$.\n\n"
        f"2. Intercept: $b = y_1 - m x_1 = {_minus(y1, m * x1)} = {sympy.latex(b)}$."
    )
