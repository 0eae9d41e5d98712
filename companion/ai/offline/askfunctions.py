"""Questions about one function of x: the vertex of a parabola, the inverse function, the
domain, the discriminant of a quadratic, and the period of a periodic function.

Each is read from the function itself with sympy, so any coefficients work; a function the
question does not fit (a vertex of a cubic, the inverse of x^2) gets a reason, never a number.
"""

from __future__ import annotations

import re

import sympy
from sympy.calculus.util import continuous_domain

from companion.ai.offline.askformat import tex
from companion.ai.offline.mathparse import parse_math
from companion.ai.offline.mathsteps import interval_text

_ASKED = re.compile(
    r"\b(?P<what>vertex|inverse(?:\s+function)?|domain|discriminant|period|axis\s+of\s+symmetry)"
    r"\s+(?:of|for)\s+(?:the\s+)?(?:(?:function|parabola|quadratic|equation|graph)\s+(?:of\s+)?)?"
    r"(?:(?P<name>[a-z])\s*\(\s*(?P<v>[a-z])\s*\)\s*=\s*|y\s*=\s*)?(?P<f>[^=?]+?)\s*[?.!]*\s*$",
    re.I,
)
X = sympy.Symbol("x")


def _latex(value: sympy.Basic) -> str:
    return sympy.latex(value, ln_notation=True)  # ln, as classes write the natural log


def answer(message: str) -> str | None:
    """The property of the function asked for, with how it is found; else None."""
    match = _ASKED.search(message)
    if match is None:
        return None
    expr = parse_math(match["f"].strip())
    if not isinstance(expr, sympy.Expr) or isinstance(expr, sympy.Rel):
        return None
    symbols = sorted(expr.free_symbols, key=str)
    var = sympy.Symbol(match["v"]) if match["v"] else (symbols[0] if symbols else X)
    if expr.free_symbols != {var}:
        return None  # "the inverse of 5" is a number's, asked elsewhere
    what = match["what"].lower().split()[0]
    if what == "inverse":
        return _inverse(expr, var, match["name"] or "f")
    return _HANDLERS[what](expr, var)


def _quadratic(expr: sympy.Expr, var: sympy.Symbol) -> tuple[sympy.Expr, ...] | None:
    poly = sympy.Poly(sympy.expand(expr), var) if expr.is_polynomial(var) else None
    if poly is None or poly.degree() != 2:
        return None
    return tuple(poly.coeff_monomial(var**n) for n in (2, 1, 0))


def _not_quadratic(expr: sympy.Expr, what: str) -> str:
    return f"{tex(expr)} is not a quadratic, so it has no {what} in the $ax^2 + bx + c$ sense."


def _vertex(expr: sympy.Expr, var: sympy.Symbol) -> str:
    abc = _quadratic(expr, var)
    if abc is None:
        return _not_quadratic(expr, "vertex")
    a, b, _ = abc
    h = sympy.nsimplify(-b / (2 * a))
    k = sympy.nsimplify(expr.subs(var, h))
    opens = "up, so the vertex is the lowest point" if a > 0 else "down, so it is the highest point"
    return (
        f"The vertex of {tex(expr)} is **$({_latex(h)}, {_latex(k)})$**.\n\n"
        f"1. With $a = {_latex(a)}$ and $b = {_latex(b)}$, the vertex is at"
        f" ${var} = -\\frac{{b}}{{2a}} = {_latex(h)}$.\n"
        f"2. Put it in: the value there is ${_latex(k)}$.\n"
        f"3. $a$ is {'positive' if a > 0 else 'negative'}: the parabola opens {opens}."
    )


def _axis(expr: sympy.Expr, var: sympy.Symbol) -> str:
    abc = _quadratic(expr, var)
    if abc is None:
        return _not_quadratic(expr, "axis of symmetry")
    h = sympy.nsimplify(-abc[1] / (2 * abc[0]))
    return (
        f"The axis of symmetry of {tex(expr)} is **${var} = {_latex(h)}$**: the vertical"
        f" line through the vertex, at ${var} = -\\frac{{b}}{{2a}}$."
    )


def _discriminant(expr: sympy.Expr, var: sympy.Symbol) -> str:
    abc = _quadratic(expr, var)
    if abc is None:
        return _not_quadratic(expr, "discriminant")
    a, b, c = abc
    value = sympy.nsimplify(b**2 - 4 * a * c)
    roots = (
        "two real roots" if value > 0 else "one repeated real root" if value == 0 else
        "no real roots (two complex ones)"
    )  # fmt: skip
    return (
        f"The discriminant of {tex(expr)} is **${_latex(value)}$**.\n\n"
        f"$b^2 - 4ac = ({_latex(b)})^2 - 4({_latex(a)})({_latex(c)})"
        f" = {_latex(value)}$, so the equation $= 0$ has {roots}."
    )


def _inverse(expr: sympy.Expr, var: sympy.Symbol, name: str = "f") -> str:
    real, y = sympy.Symbol(var.name, real=True), sympy.Symbol("y", real=True)
    found = sympy.solve(sympy.Eq(y, expr.subs(var, real)), real)
    solutions = [s.subs(real, var) for s in found if not s.has(sympy.I)]
    if len(solutions) != 1:
        return (
            f"{tex(expr)} has no single inverse: more than one ${var}$ gives the same value, so"
            " restrict its domain first (for example to one side of its vertex)."
        )
    inverse = sympy.simplify(solutions[0].subs(y, var))
    named = f"{name}^{{-1}}({var})"
    return (
        f"The inverse function is **${named} = {_latex(inverse)}$**.\n\n"
        f"1. Write $y = {_latex(expr)}$ and solve for ${var}$:"
        f" ${var} = {_latex(solutions[0])}$.\n"
        f"2. Swap the letters: ${named} = {_latex(inverse)}$.\n"
        f"Check: ${name}({named}) = {_latex(sympy.simplify(expr.subs(var, inverse)))}$."
    )


def _domain(expr: sympy.Expr, var: sympy.Symbol) -> str:
    domain = continuous_domain(expr, var, sympy.S.Reals)
    left_out = sympy.S.Reals - domain
    if domain == sympy.S.Reals:
        said = "all real numbers"
    elif isinstance(left_out, sympy.FiniteSet):
        said = "all real numbers except " + " and ".join(
            f"${var} = {_latex(p)}$" for p in sorted(left_out)
        )
    elif isinstance(domain, sympy.Interval):
        said = f"${interval_text(domain, var)}$"
    else:
        said = f"${_latex(domain)}$"
    return (
        f"The domain of {tex(expr)} is **{said}**.\n\n"
        "Leave out every value that divides by zero, takes an even root of a negative number,"
        " or takes the log of a number that is not positive."
    )


def _period(expr: sympy.Expr, var: sympy.Symbol) -> str | None:
    period = sympy.periodicity(expr, var)
    if period is None:
        return f"{tex(expr)} is not periodic: it never repeats its values."
    return (
        f"The period of {tex(expr)} is **${_latex(period)}$**.\n\n"
        "For $\\sin(bx)$ or $\\cos(bx)$ it is $\\frac{2\\pi}{|b|}$; for $\\tan(bx)$,"
        " $\\frac{\\pi}{|b|}$."
    )


_HANDLERS = {
    "vertex": _vertex,
    "axis": _axis,
    "discriminant": _discriminant,
    "domain": _domain,
    "period": _period,
}
