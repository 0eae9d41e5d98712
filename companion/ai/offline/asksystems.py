"""Systems of linear equations ("solve x + y = 10 and x - y = 2"), solved by substitution
with sympy and checked in every equation."""

from __future__ import annotations

import re

import sympy

from companion.ai.offline.mathparse import parse_math
from companion.ai.offline.mathspans import math_spans

MAX_UNKNOWNS = 3
# "slope of y = 3x + 1 at x = 2": the point where a curve is read, not an equation to meet
_POINT = re.compile(r"\bat\s+[a-z]\s*=\s*-?\d+(?:\.\d+)?(?:/\d+)?", re.I)


def _system(message: str) -> list[sympy.Eq] | None:
    """Two or three linear equations in as many unknowns (two or more), else None."""
    parsed = (parse_math(s) for s in math_spans(_POINT.sub(" ", message)))
    equations = [sympy.nsimplify(e, rational=True) for e in parsed if isinstance(e, sympy.Eq)]
    unknowns = set().union(*(e.free_symbols for e in equations)) if equations else set()
    if not 2 <= len(equations) <= MAX_UNKNOWNS or len(unknowns) != len(equations):
        return None
    for equation in equations:
        poly = sympy.Poly(equation.lhs - equation.rhs, *sorted(unknowns, key=str))
        if poly.total_degree() != 1 or not all(c.is_Rational for c in poly.coeffs()):  # no pi
            return None
    return equations


def _eq(equation: sympy.Eq) -> str:
    return f"${sympy.latex(equation.lhs)} = {sympy.latex(equation.rhs)}$"


def _pick(equations: list[sympy.Eq]) -> tuple[sympy.Eq, sympy.Symbol]:
    """The equation and unknown to solve for first: a coefficient of 1 or -1 if there is one."""
    pairs = [
        (e, v, (e.lhs - e.rhs).coeff(v)) for e in equations for v in sorted(e.free_symbols, key=str)
    ]
    return min(pairs, key=lambda p: (abs(p[2]) != 1, abs(p[2])))[:2]


def _substitution(equations: list[sympy.Eq], solution: dict) -> list[str]:
    """Worked substitution steps for two equations in two unknowns."""
    first, var = _pick(equations)
    other = next(e for e in equations if e is not first)
    isolated = sympy.solve(first, var)[0]
    rest = (other.lhs - other.rhs).subs(var, isolated)
    (left,) = rest.free_symbols
    left_value = solution[left]
    substituted = sympy.Eq(other.lhs.subs(var, isolated), other.rhs.subs(var, isolated))
    return [
        f"1. Solve {_eq(first)} for ${var}$: ${var} = {sympy.latex(isolated)}$.",
        f"2. Substitute that into {_eq(other)}: {_eq(substituted)}, so"
        f" ${left} = {sympy.latex(left_value)}$.",
        f"3. Put ${left} = {sympy.latex(left_value)}$ back: ${var} ="
        f" {sympy.latex(isolated.subs(left, left_value))}$.",
    ]


def _put_in(equation: sympy.Eq, solution: dict) -> str:
    """ "2·3 + 3·2 = 12": the equation with the values put in, not yet worked out."""
    with sympy.evaluate(False):
        left, right = equation.lhs.subs(solution), equation.rhs.subs(solution)
    return f"${sympy.latex(left)} = {sympy.latex(right)}$"


def answer(message: str) -> str | None:
    """The solution of a linear system with its steps and a check, else None."""
    equations = _system(message)
    if equations is None:
        return None
    unknowns = sorted(set().union(*(e.free_symbols for e in equations)), key=str)
    shown = " and ".join(_eq(e) for e in equations)
    solutions = sympy.solve(equations, unknowns, dict=True)
    if not solutions:
        return f"The system {shown} has **no solution**: the equations contradict each other (parallel lines)."
    solution = solutions[0]
    if set(solution) != set(unknowns):
        return f"The system {shown} has **infinitely many solutions**: the equations say the same thing."
    values = ", ".join(f"{v} = {sympy.latex(solution[v])}" for v in unknowns)
    steps = _substitution(equations, solution) if len(equations) == 2 else []
    checks = " and ".join(f"{_put_in(e, solution)} ✓" for e in equations)
    lines = [f"Solve the system {shown}.", "\n".join(steps), f"So **${values}$**."]
    lines.append(f"Check in each equation: {checks}.")
    return "\n\n".join(line for line in lines if line)
