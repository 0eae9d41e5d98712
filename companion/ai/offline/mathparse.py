"""Safe parsing of student math input, and equality of two parsed values (answers as a
whole, lists and solution sets: mathequivalence.py)."""

from __future__ import annotations

import random
import re
from functools import lru_cache
from typing import TypeAlias

import sympy
from sympy.parsing.sympy_parser import (
    convert_xor,
    implicit_multiplication_application,
    parse_expr,
    standard_transformations,
)

from companion.ai.offline.mathnumbers import THOUSANDS, to_number
from companion.ai.offline.mathtext import (
    abs_bars,
    implicit_products,
    log_bases,
    normalise,
    power_calls,
)

__all__ = [
    "Parsed",
    "close",
    "free_value",
    "normalise",
    "parse_math",
    "prepare",
    "same_expr",
    "solve_equation",
    "to_number",
]

MAX_LENGTH = 200
_TRANSFORMS = (*standard_transformations, implicit_multiplication_application, convert_xor)
_FUNCTIONS = {name: getattr(sympy, name) for name in ("sqrt", "cbrt", "sin", "cos", "tan", "exp")}
_FUNCTIONS |= {"ln": sympy.log, "log": lambda x, **_: sympy.log(x, 10), "abs": sympy.Abs}
_FUNCTIONS |= {f"arc{n}": getattr(sympy, f"a{n}") for n in ("sin", "cos", "tan")}
_LOCALS = _FUNCTIONS | {"pi": sympy.pi, "e": sympy.E, "theta": sympy.Symbol("theta")}
_LOCALS |= {"oo": sympy.oo}
_INFINITY = re.compile(r"\binf(?:inity)?\b|∞", re.IGNORECASE)
_SYMPY_NAMES = "Integer Float Rational Number Symbol Add Mul Pow Lt Le Gt Ge Ne Unequality LessThan"
_SYMPY_NAMES += " GreaterThan StrictLessThan StrictGreaterThan"
_GLOBALS = {"__builtins__": {}} | {name: getattr(sympy, name) for name in _SYMPY_NAMES.split()}
_KEYWORDS = {"or", "and", "not", "in", "is", "if", "for", "def", "del", "as", "try"}
_ALLOWED = re.compile(r"^[0-9A-Za-z_\s+\-*/^().,=<>!]*$")
_MAX_EXPONENT = 1000
_DEGREES = re.compile(r"(\d+(?:\.\d+)?)\s*(?:°|degrees?\b)")
_TRIG = re.compile(r"(?:sin|cos|tan)(?![a-z])", re.IGNORECASE)
# "2 1/2 + 1 1/4": a whole number, a space and a fraction is a mixed number, not a product
_MIXED_NUMBER = re.compile(r"(?<![\w.^/*)])(\d+)\s+(\d+)\s*/\s*(\d+)(?![\w.(^])")
# "ln5", "sin30", "sqrt2": a function name run into a number is the call on that number
_GLUED_CALL = re.compile(
    r"(?<![A-Za-z])(sqrt|cbrt|sin|cos|tan|ln|log|exp)(\d+(?:\.\d+)?)(?![\w.(])"
)
# "e^-2x", "e^2x", "e^-0.5t", "e^-3x^2": a power of e whose exponent is a number run into a
# letter (and its power) has that whole term as its exponent, e^(-2x), as students type it;
# an operator, a bracket or a space ends the term ("e^-x/2" is e^(-x)/2, "e^(-2)x" and
# "e^-2 x" are x times e^-2)
_E_TERM = re.compile(r"(?<![A-Za-z])e\s*\^\s*(-?\d+(?:\.\d+)?[a-z](?:\^\d+)?)(?![\w(^.])")
_NOISE = 1e-20  # what 30-digit evaluation leaves of an exact zero
Parsed: TypeAlias = "sympy.Basic | None"


def prepare(text: str) -> str:
    """Typed math as the parser reads it: ASCII, no thousands commas, explicit products."""
    text = THOUSANDS.sub("", normalise(text))
    # degrees are radians inside a trig function (sin 30°); elsewhere "x = 30°" is 30
    text = _DEGREES.sub(r"(\1*pi/180)" if _TRIG.search(text) else r"\1", text)
    text = _MIXED_NUMBER.sub(r"(\1+\2/\3)", _INFINITY.sub("oo", text))
    # a log's base first: "log2 x" is log_2(x), not log(2)·x
    text = _GLUED_CALL.sub(r"\1(\2)", log_bases(abs_bars(text)))
    return implicit_products(power_calls(_E_TERM.sub(r"e^(\1)", text))).replace("==", "=")


def _is_safe(text: str) -> bool:
    """Whether the text uses only arithmetic, short names and known functions."""
    if len(text) > MAX_LENGTH or "__" in text or not _ALLOWED.match(text):
        return False
    if re.search(r"\(\s*\)", text):  # "()" is an empty tuple to the parser, no math
        return False
    if re.search(r"[A-Za-z_)\]]\s*\.", text) or re.search(r"\.\s*[A-Za-z_(]", text):
        return False
    for word in re.findall(r"[A-Za-z]+", text):
        if word.lower() in _KEYWORDS:
            return False
        rest = re.sub("|".join(sorted(_FUNCTIONS, key=len, reverse=True)), "", word)
        rest = re.sub("pi|theta", "", rest)
        if len(rest) > 3:
            return False
    return True


def _exponents_bounded(expr: sympy.Basic) -> bool:
    """Reject numeric towers like 9^9^9 before sympy tries to evaluate them."""
    for node in sympy.preorder_traversal(expr):
        if isinstance(node, sympy.Pow) and node.exp.is_number and node.base.is_number:
            value = sympy.N(node.exp, 5)
            if not value.is_finite or abs(value) > _MAX_EXPONENT:
                return False
    return True


def _evaluate(expr: sympy.Basic) -> sympy.Basic:
    """Rebuild an unevaluated tree bottom-up so sympy evaluates it."""
    if not expr.args or isinstance(expr, sympy.Symbol):
        return expr
    return expr.func(*[_evaluate(arg) for arg in expr.args])


def _parse_side(text: str) -> sympy.Basic | None:
    """Parse one side of an equation into an evaluated sympy expression."""
    options = {"transformations": _TRANSFORMS, "evaluate": False}
    try:
        raw = parse_expr(text, local_dict=dict(_LOCALS), global_dict=dict(_GLOBALS), **options)
        if not isinstance(raw, sympy.Basic) or not _exponents_bounded(raw):
            return None
        result = _evaluate(raw)
    except Exception:  # sympy raises many kinds on malformed input
        return None
    return result if isinstance(result, sympy.Expr | sympy.Rel) else None


@lru_cache(maxsize=4096)
def parse_math(text: str) -> sympy.Expr | sympy.Eq | None:
    """Parse student math ("2x + 1", "x = 3", "3x^2 ≥ 2") safely, or None."""
    text = prepare(text)
    if not text or not _is_safe(text) or "," in text:
        return None
    sides = re.split(r"(?<![<>!])=", text)
    if len(sides) == 1:
        return _parse_side(text)
    left, right = (_parse_side(side) for side in sides) if len(sides) == 2 else (None, None)
    both = isinstance(left, sympy.Expr) and isinstance(right, sympy.Expr)
    return sympy.Eq(left, right, evaluate=False) if both else None


def close(a: sympy.Expr, b: sympy.Expr, tol: float = 1e-9, abs_tol: float = 0.0) -> bool:
    """Exact for integers and fractions; else relative `tol`; `abs_tol` only when given."""
    if a == b or a.is_infinite or b.is_infinite:
        return a == b
    if a.is_Rational and b.is_Rational:
        return a == b or abs(a - b) <= abs_tol
    try:
        x, y = complex(sympy.N(a, 30)), complex(sympy.N(b, 30))
    except (TypeError, ValueError):
        return False
    return abs(x - y) <= max(tol * max(abs(x), abs(y)), _NOISE, abs_tol)


def free_value(expr: Parsed) -> Parsed:
    """ "x = 3" -> 3; anything else unchanged."""
    is_solution = isinstance(expr, sympy.Eq) and isinstance(expr.lhs, sympy.Symbol)
    return expr.rhs if is_solution and expr.lhs not in expr.rhs.free_symbols else expr


def same_expr(a: sympy.Expr, b: sympy.Expr, tol: float, abs_tol: float = 0.0) -> bool:
    """Symbolic difference first, then a tight numeric check at seeded random points."""
    diff = a - b
    if diff == 0 or sympy.expand(diff) == 0:
        return True
    if not diff.free_symbols:
        return close(a, b, tol, abs_tol)
    symbols = sorted(a.free_symbols | b.free_symbols, key=str)  # "+ C" cancels in diff only
    if not diff.has(sympy.Float) and diff.is_rational_function(*symbols):
        return sympy.cancel(diff) == 0  # exact: no tolerance lets 3486784402a^20 pass for ...401
    # |x| differs from x only below zero, so with a bar some points are negative
    signs = (1, -1) if a.has(sympy.Abs) or b.has(sympy.Abs) else (1,)
    rng = random.Random(7)
    for i in range(6):
        sign = signs[i % len(signs)]
        point = {s: sign * sympy.Rational(rng.randint(30, 270), 100) for s in symbols}
        value = complex(diff.xreplace(point).evalf(30))
        scale = max(1.0, abs(complex(a.xreplace(point).evalf(30))))
        if abs(value) > max(tol * scale, abs_tol):
            return False
    return True


def solve_equation(text: str) -> list[sympy.Expr]:
    """Real solutions of a one-variable equation ("2x + 3 = 7" or "x^2 - 4"), sorted."""
    parsed = parse_math(text)
    expr = parsed.lhs - parsed.rhs if isinstance(parsed, sympy.Eq) else parsed
    if not isinstance(expr, sympy.Expr) or len(expr.free_symbols) != 1:
        return []
    solutions = sympy.solveset(expr, expr.free_symbols.pop(), sympy.S.Reals)
    return sorted(solutions, key=float) if isinstance(solutions, sympy.FiniteSet) else []
