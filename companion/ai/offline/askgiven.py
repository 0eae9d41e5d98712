"""An equation given, then another expression asked: "if 2x + 3 = 11 what is 4x", "given
3x = 12, find x + 5". The equation is solved for its one variable and the asked expression
is worked at that value, so the reply answers what was asked, not only x. Asked for the
variable itself, the usual solving steps answer instead (None here)."""

from __future__ import annotations

import re

import sympy

from companion.ai.offline.askformat import exact
from companion.ai.offline.mathparse import parse_math

_GIVEN = re.compile(
    r"^\s*(?:if|given(?:\s+that)?|when|suppose)\s+(?P<eq>[^,;?]+?=[^,;?]+?)\s*[,;.]?\s*(?:then\s+)?"
    r"(?:what\s+is|what'?s|whats|find|evaluate|calculate|work\s+out)\s+(?:the\s+value\s+of\s+)?"
    r"(?P<expr>[^?]+?)\s*\??\s*$",
    re.I,
)


def answer(message: str) -> str | None:
    """The asked expression at the solution of the given equation; else None."""
    match = _GIVEN.match(message)
    if not match:
        return None
    equation, asked = parse_math(match["eq"]), parse_math(match["expr"])
    if not isinstance(equation, sympy.Eq) or not isinstance(asked, sympy.Expr):
        return None
    names = equation.free_symbols
    if len(names) != 1 or not asked.free_symbols or asked.free_symbols != names:
        return None
    (x,) = names
    if asked == x:
        return None  # the variable itself: the solving steps answer that
    roots = sympy.solve(equation, x)
    if len(roots) != 1 or not roots[0].is_real:
        return None
    value = sympy.nsimplify(asked.subs(x, roots[0]))
    put = asked.subs(x, sympy.UnevaluatedExpr(roots[0]))
    shown = exact(value) if value.is_Rational else f"${sympy.latex(value)}$"
    return (
        f"${sympy.latex(asked)} = {sympy.latex(value)}$, so the answer is **{shown}**.\n\n"
        f"1. Solve ${sympy.latex(equation.lhs)} = {sympy.latex(equation.rhs)}$: ${sympy.latex(x)} = {sympy.latex(roots[0])}$.\n"
        f"2. Put it into ${sympy.latex(asked)}$: ${sympy.latex(put)} = {sympy.latex(value)}$."
    )
