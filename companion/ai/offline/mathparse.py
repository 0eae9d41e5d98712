"""Safe parsing of student math input and equivalence of answers."""

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

from companion.ai.offline.functionlabels import FUNCTION_LABEL, rules
from companion.ai.offline.intervals import (
    inequality_set,
    interval_set,
    is_compound,
    looks_like_interval,
)
from companion.ai.offline.mathnumbers import THOUSANDS, to_number
from companion.ai.offline.mathrelations import same_equation, same_relation
from companion.ai.offline.mathtext import (
    abs_bars,
    implicit_products,
    log_bases,
    normalise,
    power_calls,
)

__all__ = [
    "both_signs",
    "close",
    "equivalent",
    "is_point",
    "normalise",
    "parse_math",
    "prepare",
    "solve_equation",
    "split_commas",
    "split_top",
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
_NOISE = 1e-20  # what 30-digit evaluation leaves of an exact zero
_Parsed: TypeAlias = "sympy.Basic | None"


def prepare(text: str) -> str:
    """Typed math as the parser reads it: ASCII, no thousands commas, explicit products."""
    text = THOUSANDS.sub("", normalise(text))
    # degrees are radians inside a trig function (sin 30°); elsewhere "x = 30°" is 30
    text = _DEGREES.sub(r"(\1*pi/180)" if _TRIG.search(text) else r"\1", text)
    text = _MIXED_NUMBER.sub(r"(\1+\2/\3)", _INFINITY.sub("oo", text))
    return implicit_products(power_calls(log_bases(abs_bars(text)))).replace("==", "=")


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


def _free_value(expr: _Parsed) -> _Parsed:
    """ "x = 3" -> 3; anything else unchanged."""
    is_solution = isinstance(expr, sympy.Eq) and isinstance(expr.lhs, sympy.Symbol)
    return expr.rhs if is_solution and expr.lhs not in expr.rhs.free_symbols else expr


def _same_expr(a: sympy.Expr, b: sympy.Expr, tol: float, abs_tol: float = 0.0) -> bool:
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


_WORD_SEPARATORS = re.compile(r"\s+(?:or|and)\s+", re.IGNORECASE)
_LEADING_WORD = re.compile(r"^(?:or|and)\s+", re.IGNORECASE)
_OPEN, _CLOSE = "([{", ")]}"


def split_commas(text: str) -> list[str]:
    """Split at commas and semicolons outside brackets."""
    parts, depth, start = [], 0, 0
    for i, char in enumerate(text):
        depth += (char in _OPEN) - (char in _CLOSE)
        if depth == 0 and char in ",;":
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


def split_top(text: str) -> list[str]:
    """Split at commas, semicolons, "or" and "and" outside brackets."""
    parts = [_LEADING_WORD.sub("", p) for p in split_commas(text)]  # "1, 2, and 3"
    return [q.strip() for p in parts for q in _WORD_SEPARATORS.split(p) if q.strip()]


def _inside(text: str) -> str | None:
    """ "(2, 3)" -> "2, 3" when the outer brackets enclose everything, else None."""
    if text[:1] not in _OPEN or text[-1:] not in _CLOSE:
        return None
    depth = 0
    for i, char in enumerate(text):
        depth += (char in _OPEN) - (char in _CLOSE)
        if depth == 0:
            return text[1:-1] if i == len(text) - 1 else None
    return None


# ±, +/-, and a +- that starts a value ("x = +-3"); "3+-5" is 3 + (-5)
_PLUS_MINUS = re.compile(r"±|\+\s*/\s*-|(?:^|(?<=[=(,]))\s*\+\s*-")


def both_signs(part: str) -> list[str]:
    """ "x = ±3" -> ["x = +3", "x = -3"]; "2 ± sqrt(3)" -> both; one sign at most."""
    if len(_PLUS_MINUS.findall(part)) != 1:
        return [part]
    return [_PLUS_MINUS.sub("+", part), _PLUS_MINUS.sub("-", part)]


def solution_parts(text: str) -> list[str] | None:
    """Split "x=2 or x=-3", "(2, 3)", "-3, 2", "(0,5), -2/3", "x = ±3" into parts; None for
    one answer."""
    text = normalise(text).strip()
    parts = split_top(text)
    if len(parts) == 1 and (inner := _inside(text)) is not None:
        parts = split_top(inner)
    parts = [signed for part in parts for signed in both_signs(part)]
    return parts if len(parts) > 1 else None


def _part_value(part: str) -> tuple[str, sympy.Basic] | None:
    """One solution part as (variable name or "", value); a point "(2, 3)" is a Tuple."""
    number = to_number(part)
    if number is not None:
        return "", number
    inner = _inside(part.strip())
    if inner is not None and ("," in inner or part.strip().startswith("[")):  # a row "[1/3]"
        coords = [_part_value(c) for c in split_top(inner)]
        values = [c for c in coords if c is not None]
        return None if len(values) < len(coords) else ("", sympy.Tuple(*(v for _, v in values)))
    if label := FUNCTION_LABEL.match(part):  # "f(x) = sqrt(x)" names f
        parsed = parse_math(part[label.end() :])
        return (label[1], parsed) if isinstance(parsed, sympy.Expr) else None
    parsed = parse_math(part)
    if isinstance(parsed, sympy.Eq) and isinstance(parsed.lhs, sympy.Symbol):
        return str(parsed.lhs), parsed.rhs
    if isinstance(parsed, sympy.Expr):
        return "", parsed
    return None


def _values(text: str) -> list[tuple[str, sympy.Basic]] | None:
    """The solutions an answer lists (one or several), or None when one is unreadable."""
    values = [_part_value(p) for p in solution_parts(text) or [text]]
    return None if None in values else values  # type: ignore[return-value]


def is_point(text: str) -> bool:
    """An ordered pair, tuple or matrix "(2, -1)", "[[1, 2], [3, 4]]": its order matters (a
    set in braces, "{1, 2, 3}", has none)."""
    plain = normalise(text).strip()
    inner = _inside(plain)
    tuple_like = inner is not None and not plain.startswith("{")
    return tuple_like and len(split_top(inner or "")) > 1 and "=" not in (inner or "")


def _close_values(x: sympy.Basic, y: sympy.Basic, tol: float, abs_tol: float) -> bool:
    if isinstance(x, sympy.Tuple) or isinstance(y, sympy.Tuple):
        same_shape = isinstance(x, sympy.Tuple) and isinstance(y, sympy.Tuple) and len(x) == len(y)
        return same_shape and all(
            _close_values(p, q, tol, abs_tol) for p, q in zip(x, y, strict=True)
        )
    if x.free_symbols or y.free_symbols:
        return _same_expr(x, y, tol, abs_tol)
    return close(x, y, tol, abs_tol)


def _distinct_names(values: list) -> bool:
    names = {n for n, _ in values}
    return len(names) == len(values) and "" not in names


def _by_name(a: list, b: list, ordered: bool) -> tuple[list, list] | None:
    """Both lists lined up by the names of their values ("y = 3, x = 5" against "x = 5,
    y = 3"); an unnamed side keeps its order when that order means something: the expected
    names it ("a = 3, b = 5" for "3, 5"), or it is an ordered pair ("(5, 3)" for "x = 5,
    y = 3", named in alphabetical order as coordinates are)."""
    names_a, names_b = {n for n, _ in a}, {n for n, _ in b}
    if _distinct_names(a) and names_a == names_b:
        return sorted(a, key=str), sorted(b, key=str)
    if _distinct_names(a) and names_b == {""}:
        return sorted(a, key=lambda p: p[0]), b
    if _distinct_names(b) and names_a == {""} and ordered:
        return a, sorted(b, key=lambda p: p[0])
    return None


def _same_solutions(a: list, b: list, tol: float, abs_tol: float, ordered: bool = False) -> bool:
    """Compare solution lists as sets (as sequences when `ordered`), by variable when both
    name distinct variables."""
    if len(a) != len(b):
        return False
    names_a, names_b = {n for n, _ in a}, {n for n, _ in b}
    if "" not in names_a | names_b and sorted(n for n, _ in a) != sorted(n for n, _ in b):
        return False  # x_1 = ..., x_2 = ... names each value
    if lined_up := _by_name(a, b, ordered):
        a, b, ordered = *lined_up, True
    if ordered:
        return all(_close_values(x, y, tol, abs_tol) for (_, x), (_, y) in zip(a, b, strict=True))
    left = [y for _, y in b]
    for _, x in a:  # match each solution to one not yet used
        match = next((y for y in left if _close_values(x, y, tol, abs_tol)), None)
        if match is None:
            return False
        left.remove(match)
    return True


@lru_cache(maxsize=4096)
def equivalent(
    a: str, b: str, *, tol: float = 1e-9, abs_tol: float = 0.0, ordered: bool = False
) -> bool:
    """Whether two answers mean the same number, expression, equation or solution set; a
    list is compared in order when `ordered` (the question fixes the order) or both are
    points."""
    na, nb = to_number(a), to_number(b)
    if na is not None and nb is not None:
        return close(na, nb, tol, abs_tol)
    plain_a, plain_b = rules(normalise(a), normalise(b))
    a, b = plain_a, plain_b
    if any(looks_like_interval(t) or is_compound(t) for t in (plain_a, plain_b)):
        sa, sb = _real_set(plain_a), _real_set(plain_b)
        return sa is not None and sa == sb
    if solution_parts(a) or solution_parts(b):
        va, vb = _values(a), _values(b)
        try:
            ordered = ordered or is_point(a)
            return bool(va and vb) and _same_solutions(va or [], vb or [], tol, abs_tol, ordered)
        except (TypeError, ValueError):
            return False
    pa = na if na is not None else parse_math(a)
    pb = nb if nb is not None else parse_math(b)
    if isinstance(pa, sympy.Eq) and isinstance(pb, sympy.Eq):  # "d_2 = ..." is not "d_3 = ..."
        return _same_parsed(pa, pb, tol, abs_tol)
    return _same_parsed(_free_value(pa), _free_value(pb), tol, abs_tol)


def _same_parsed(pa: _Parsed, pb: _Parsed, tol: float, abs_tol: float) -> bool:
    """Dispatch on the kinds of the two parsed answers."""
    if pa is None or pb is None:
        return False
    try:
        if isinstance(pa, sympy.Eq) and isinstance(pb, sympy.Eq):
            return same_equation(pa, pb)
        if isinstance(pa, sympy.Rel) and isinstance(pb, sympy.Rel):
            return same_relation(pa, pb)
        if isinstance(pa, sympy.Expr) and isinstance(pb, sympy.Expr):
            return _same_expr(pa, pb, tol, abs_tol)
    except (TypeError, ValueError, ZeroDivisionError):
        return False
    return False


def _real_set(text: str) -> sympy.Set | None:
    """An interval or an inequality ("-1 < x <= 3") as the set of reals it describes."""
    if re.search(r"[<>]", text):
        return inequality_set(text, _interval_end)
    return interval_set(text, _interval_end)


def _interval_end(text: str) -> sympy.Expr | None:
    number = to_number(text)
    return number if number is not None else parse_math(text)


def solve_equation(text: str) -> list[sympy.Expr]:
    """Real solutions of a one-variable equation ("2x + 3 = 7" or "x^2 - 4"), sorted."""
    parsed = parse_math(text)
    expr = parsed.lhs - parsed.rhs if isinstance(parsed, sympy.Eq) else parsed
    if not isinstance(expr, sympy.Expr) or len(expr.free_symbols) != 1:
        return []
    solutions = sympy.solveset(expr, expr.free_symbols.pop(), sympy.S.Reals)
    return sorted(solutions, key=float) if isinstance(solutions, sympy.FiniteSet) else []
