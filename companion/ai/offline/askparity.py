"""Even, odd or neither for a function of one variable: "is x^3 an odd function?",
"is f(x) = x^2 + 1 even or odd", "is the derivative of x^2 even".

The test is the definition: f is even when f(-x) = f(x), odd when f(-x) = -f(x). A number
("is 7 even") has no variable, so it is left to askkinds; "the derivative of" or "the
integral of" a function is computed first and its result tested.
"""

from __future__ import annotations

import re

import sympy

from companion.ai.offline.askformat import tex
from companion.ai.offline.mathparse import parse_math

_ASKED = re.compile(
    r"^\s*(?:is|are)\s+(?:the\s+(?:function\s+|graph\s+of\s+)?)?(?P<f>.+?)\s+"
    r"(?:an?\s+)?(?P<kind>even|odd)(?:\s+function)?"
    r"(?P<either>\s+or\s+(?:odd|even|neither|not)(?:\s+function)?(?:\s+or\s+neither)?)?"
    r"\s*[?.!]*\s*$",
    re.I,
)
_LABEL = re.compile(r"^(?:[a-z]\s*\(\s*[a-z]\s*\)|y)\s*=\s*", re.I)
_CALCULUS = re.compile(r"^(?:the\s+)?(?P<op>derivative|integral|antiderivative)\s+of\s+", re.I)


def answer(message: str) -> str | None:
    """Whether a function is even or odd, shown with f(-x); None for a number or no match."""
    match = _ASKED.search(message)
    if not match:
        return None
    said = match["f"].strip()
    operation = _CALCULUS.match(said)
    expr = parse_math(_LABEL.sub("", said[operation.end() :] if operation else said))
    if not isinstance(expr, sympy.Expr) or isinstance(expr, sympy.Rel):
        return None
    if len(expr.free_symbols) != 1:
        return None
    (var,) = expr.free_symbols
    if expr == var and not operation and not re.search(r"\bfunction\b|=", match[0], re.I):
        return _letter(var)
    lines = []
    if operation:
        name = operation["op"].lower()
        result = sympy.diff(expr, var) if name == "derivative" else sympy.integrate(expr, var)
        lines.append(f"The {name} of {tex(expr)} is {tex(result)}.")
        expr = sympy.simplify(result)
    kind = _kind(expr, var)
    asked = match["kind"].lower()
    verdict = f"**{tex(expr)} is {kind}**"
    if not match["either"]:
        yes = kind in (asked, "both even and odd")
        rather = f", not {asked}" if kind in ("even", "odd") and not yes else ""
        verdict = f"{'Yes' if yes else 'No'}, {verdict}{rather}"
    lines.append(f"{verdict}: {_reason(expr, var, kind)}")
    if operation and operation["op"].lower() != "derivative":
        lines.append(
            "That is with the constant C = 0; adding a constant to an odd function breaks the symmetry."
        )
    return "\n\n".join(lines)


def _letter(var: sympy.Symbol) -> str:
    """ "Is n even?": a letter alone is a number not yet known, so it depends on its value."""
    return (
        f"**It depends on the value of {var}**: a whole number {var} is even when it is 2 times"
        f" a whole number ({var} = 2k) and odd when it is one more than that ({var} = 2k + 1)."
        f" (As a function, f({var}) = {var} is odd: f(−{var}) = −f({var}).)"
    )


def _kind(expr: sympy.Expr, var: sympy.Symbol) -> str:
    mirrored = expr.subs(var, -var)
    if sympy.simplify(mirrored - expr) == 0:
        return "even" if sympy.simplify(expr) != 0 else "both even and odd"
    if sympy.simplify(mirrored + expr) == 0:
        return "odd"
    return "neither even nor odd"


def _reason(expr: sympy.Expr, var: sympy.Symbol, kind: str) -> str:
    mirrored = expr.subs(var, -var)
    mirrored = sympy.expand(mirrored) if mirrored.is_polynomial(var) else sympy.simplify(mirrored)
    f_minus = f"$f(-{var}) = {sympy.latex(mirrored)}$"
    if kind == "even":
        return f"{f_minus}, the same as $f({var})$, so its graph is symmetric about the y-axis."
    if kind == "odd":
        return (
            f"{f_minus[:-1]} = -f({var})$, so its graph is symmetric about the origin"
            " (a half turn about (0, 0) maps it onto itself)."
        )
    if kind == "both even and odd":
        return "the zero function is the one function that is both: $f(-x) = 0 = f(x) = -f(x)$."
    return f"{f_minus}, which is neither $f({var})$ nor $-f({var})$, so even and odd both fail."
