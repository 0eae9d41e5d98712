"""Safe parsing of student math input and equivalence of answers."""

from __future__ import annotations

import random
import re
from functools import lru_cache

import sympy
from sympy.parsing.sympy_parser import (
    convert_xor,
    implicit_multiplication_application,
    parse_expr,
    standard_transformations,
)

from companion.ai.offline.mathtext import from_latex, implicit_products, is_latex, log_bases

MAX_LENGTH = 200
_TRANSFORMS = (*standard_transformations, implicit_multiplication_application, convert_xor)
_FUNCTIONS = {name: getattr(sympy, name) for name in ("sqrt", "sin", "cos", "tan", "exp")}
_FUNCTIONS |= {"ln": sympy.log, "log": lambda x, **_: sympy.log(x, 10), "abs": sympy.Abs}
_FUNCTIONS |= {f"arc{n}": getattr(sympy, f"a{n}") for n in ("sin", "cos", "tan")}
_LOCALS = _FUNCTIONS | {"pi": sympy.pi, "e": sympy.E, "theta": sympy.Symbol("theta")}
_SYMPY_NAMES = "Integer Float Rational Symbol Add Mul Pow Lt Le Gt Ge Ne Unequality LessThan"
_SYMPY_NAMES += " GreaterThan StrictLessThan StrictGreaterThan"
_GLOBALS = {"__builtins__": {}} | {name: getattr(sympy, name) for name in _SYMPY_NAMES.split()}
_KEYWORDS = {"or", "and", "not", "in", "is", "if", "for", "def", "del", "as", "try"}
_SYMBOLS = {"×": "*", "·": "*", "÷": "/", "−": "-", "–": "-", "²": "^2", "³": "^3"}
_UNICODE = str.maketrans(_SYMBOLS | {"π": " pi ", "θ": " theta ", "√": " sqrt ", "≤": "<="})
_UNICODE |= str.maketrans({"≥": ">=", "≠": "!="})
_ALLOWED = re.compile(r"^[0-9A-Za-z\s+\-*/^().,=<>!]*$")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_MAX_EXPONENT = 1000
_Parsed = sympy.Basic | None


def normalise(text: str) -> str:
    """Replace unicode math symbols (and authored LaTeX) with their ASCII spelling."""
    if is_latex(text):
        text = from_latex(text)
    return text.translate(_UNICODE).strip()


def prepare(text: str) -> str:
    """Typed math as the parser reads it: ASCII, no thousands commas, explicit products."""
    text = _THOUSANDS.sub("", normalise(text))
    return implicit_products(log_bases(text)).replace("==", "=")


def _is_safe(text: str) -> bool:
    """Whether the text uses only arithmetic, short names and known functions."""
    if len(text) > MAX_LENGTH or "__" in text or not _ALLOWED.match(text):
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


_CURRENCY = re.compile(r"[$€£¥]")
_NUMBER = r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?"
_MIXED = re.compile(r"^([-+]?\d+)\s+(\d+)\s*/\s*(\d+)(.*)$")
_FRACTION = re.compile(rf"^({_NUMBER})\s*/\s*({_NUMBER})(.*)$")
_PLAIN = re.compile(rf"^({_NUMBER})(.*)$")
_SPACED_THOUSANDS = re.compile(r"(?<=\d)[ \u202f\u00a0](?=\d{3}(?!\d)(?!\s*/))")
_UNIT_TAIL = r"(?:[A-Za-zµΩ°²³/.\-]|\^-?\d|(?<=[A-Za-z])\d|\s(?=[A-Za-zµΩ°]))*"
_UNIT = re.compile(
    rf"^(?:\s+(?![xyz]\b)[A-Za-zµΩ°]{_UNIT_TAIL}|[A-Za-zµΩ°]{{2}}{_UNIT_TAIL}|°{_UNIT_TAIL})?$"
)
_NOT_UNITS = re.compile(r"\b(?:or|and|but|not|maybe|perhaps|probably|possibly)\b", re.I)


def _unit_ok(rest: str) -> bool:
    """Whether the text after a number is only a unit ("cm", " dollars", "m/s^2")."""
    rest = rest.rstrip(" .")
    return bool(_UNIT.match(rest)) and not _NOT_UNITS.search(rest)


@lru_cache(maxsize=4096)
def to_number(text: str) -> sympy.Rational | sympy.Float | None:
    """Read "$1,200", "50%", "3 1/2", "1 200", "1200 dollars" as an exact number."""
    text = _CURRENCY.sub("", normalise(text)).strip().rstrip(".")
    text = _THOUSANDS.sub("", _SPACED_THOUSANDS.sub("", text))
    text = re.sub(r"^([-+])\s+", r"\1", text)
    percent = text.endswith("%") or text.lower().endswith(" percent")
    text = re.sub(r"\s*(%|percent)$", "", text, flags=re.IGNORECASE)
    value = _read_number(text)
    return value / 100 if percent and value is not None else value


def _read_number(text: str) -> sympy.Rational | sympy.Float | None:
    """A mixed number, a fraction or a decimal followed by an optional unit."""
    if (match := _MIXED.match(text)) and int(match[3]) != 0 and _unit_ok(match[4]):
        sign = -1 if match[1].startswith("-") else 1
        return sympy.Integer(match[1]) + sign * sympy.Rational(int(match[2]), int(match[3]))
    if (match := _FRACTION.match(text)) and float(match[2]) != 0 and _unit_ok(match[3]):
        return sympy.Rational(match[1]) / sympy.Rational(match[2])
    if (match := _PLAIN.match(text)) and _unit_ok(match[2]):
        number = match[1]
        return sympy.Float(number) if "e" in number.lower() else sympy.Rational(number)
    return None


def close(a: sympy.Expr, b: sympy.Expr, tol: float = 1e-9, abs_tol: float = 0.0) -> bool:
    """Exact for integers and fractions; else relative `tol`; `abs_tol` only when given."""
    if a.is_Rational and b.is_Rational and (a == b or not abs_tol):
        return a == b
    try:
        x, y = complex(sympy.N(a, 30)), complex(sympy.N(b, 30))
    except (TypeError, ValueError):
        return False
    return abs(x - y) <= max(tol * max(1.0, abs(x), abs(y)), abs_tol)


def _free_value(expr: _Parsed) -> _Parsed:
    """ "x = 3" -> 3; anything else unchanged."""
    is_solution = isinstance(expr, sympy.Eq) and isinstance(expr.lhs, sympy.Symbol)
    return expr.rhs if is_solution and expr.lhs not in expr.rhs.free_symbols else expr


def _same_expr(a: sympy.Expr, b: sympy.Expr, tol: float, abs_tol: float = 0.0) -> bool:
    """Symbolic difference first, then a tight numeric check at seeded random points."""
    diff = a - b
    if diff == 0 or sympy.expand(diff) == 0:
        return True
    symbols = sorted(diff.free_symbols, key=str)
    if not symbols:
        return close(a, b, tol, abs_tol)
    rng = random.Random(7)
    for _ in range(5):
        point = {s: sympy.Rational(rng.randint(30, 270), 100) for s in symbols}
        value = complex(diff.xreplace(point).evalf(30))
        scale = max(1.0, abs(complex(a.xreplace(point).evalf(30))))
        if abs(value) > max(tol * scale, abs_tol):
            return False
    return True


def _same_equation(a: sympy.Eq, b: sympy.Eq) -> bool:
    """Two equations match when one side-difference is a nonzero multiple of the other."""
    da, db = a.lhs - a.rhs, b.lhs - b.rhs
    if db == 0 or da == 0:
        return da == db
    ratio = sympy.cancel(da / db)
    return ratio.is_number and ratio != 0 and bool(ratio.is_finite)


_FLIP = {"<": ">", ">": "<", "<=": ">=", ">=": "<="}


def _linear_form(rel: sympy.Rel, var: sympy.Symbol) -> tuple[str, sympy.Expr] | None:
    """A linear inequality as ("x <op> bound"), or None when it is not linear."""
    poly = (rel.lhs - rel.rhs).as_poly(var)
    if poly is None or poly.degree() != 1 or rel.rel_op not in _FLIP:
        return None
    slope, offset = poly.all_coeffs()
    return (rel.rel_op if slope > 0 else _FLIP[rel.rel_op]), -offset / slope


def _same_relation(a: sympy.Rel, b: sympy.Rel) -> bool:
    """Inequalities match when they describe the same set of real numbers."""
    symbols = a.free_symbols | b.free_symbols
    if len(symbols) != 1:
        return a == b
    (var,) = symbols
    form_a, form_b = _linear_form(a, var), _linear_form(b, var)
    if form_a and form_b:
        return form_a == form_b
    try:
        return sympy.solveset(a, var, sympy.S.Reals) == sympy.solveset(b, var, sympy.S.Reals)
    except (NotImplementedError, ValueError, TypeError):
        return a == b


_SEPARATORS = re.compile(r"\s*(?:,|;|\bor\b|\band\b)\s*", re.IGNORECASE)


def _solution_parts(text: str) -> list[str] | None:
    """Split "x=2 or x=-3", "(2, 3)", "-3, 2" into parts; None for a single answer."""
    text = normalise(text).strip()
    if text.startswith(("(", "{", "[")) and text.endswith((")", "}", "]")):
        text = text[1:-1]
    parts = [p for p in _SEPARATORS.split(text) if p]
    return parts if len(parts) > 1 else None


def _part_value(part: str) -> tuple[str, sympy.Expr] | None:
    """One solution part as (variable name or "", value)."""
    number = to_number(part)
    if number is not None:
        return "", number
    parsed = parse_math(part)
    if isinstance(parsed, sympy.Eq) and isinstance(parsed.lhs, sympy.Symbol):
        return str(parsed.lhs), parsed.rhs
    if isinstance(parsed, sympy.Expr):
        return "", parsed
    return None


def _values(text: str) -> list[tuple[str, sympy.Expr]] | None:
    """The solutions an answer lists (one or several), or None when one is unreadable."""
    values = [_part_value(p) for p in _solution_parts(text) or [text]]
    return None if None in values else values  # type: ignore[return-value]


def _is_point(text: str) -> bool:
    """An ordered pair or tuple "(2, -1)": its order matters."""
    text = normalise(text)
    whole = text.startswith("(") and text.find(")") == len(text) - 1
    return whole and "," in text and "=" not in text


def _same_solutions(a: list, b: list, tol: float, abs_tol: float, ordered: bool = False) -> bool:
    """Compare solution lists as sets, by variable when both name distinct variables."""
    if len(a) != len(b):
        return False
    names_a, names_b = {n for n, _ in a}, {n for n, _ in b}
    if ordered:
        ordered_a, ordered_b = a, b
    elif len(names_a) == len(a) and names_a == names_b and "" not in names_a:
        ordered_a, ordered_b = sorted(a), sorted(b)
    elif len(names_a) == len(a) and "" not in names_a and names_b == {""}:
        ordered_a, ordered_b = sorted(a, key=lambda p: p[0]), b
    else:
        ordered_a = sorted(a, key=lambda p: complex(sympy.N(p[1])).real)
        ordered_b = sorted(b, key=lambda p: complex(sympy.N(p[1])).real)
    pairs = zip(ordered_a, ordered_b, strict=True)
    return all(close(x, y, tol, abs_tol) for (_, x), (_, y) in pairs)


@lru_cache(maxsize=4096)
def equivalent(a: str, b: str, *, tol: float = 1e-9, abs_tol: float = 0.0) -> bool:
    """Whether two answers mean the same number, expression, equation or solution set."""
    na, nb = to_number(a), to_number(b)
    if na is not None and nb is not None:
        return close(na, nb, tol, abs_tol)
    if _solution_parts(a) or _solution_parts(b):
        va, vb = _values(a), _values(b)
        try:
            ordered = _is_point(a) and _is_point(b)
            return bool(va and vb) and _same_solutions(va, vb, tol, abs_tol, ordered)
        except (TypeError, ValueError):
            return False
    pa = _free_value(na if na is not None else parse_math(a))
    pb = _free_value(nb if nb is not None else parse_math(b))
    return _same_parsed(pa, pb, tol, abs_tol)


def _same_parsed(pa: _Parsed, pb: _Parsed, tol: float, abs_tol: float) -> bool:
    """Dispatch on the kinds of the two parsed answers."""
    if pa is None or pb is None:
        return False
    try:
        if isinstance(pa, sympy.Eq) and isinstance(pb, sympy.Eq):
            return _same_equation(pa, pb)
        if isinstance(pa, sympy.Rel) and isinstance(pb, sympy.Rel):
            return _same_relation(pa, pb)
        if isinstance(pa, sympy.Expr) and isinstance(pb, sympy.Expr):
            return _same_expr(pa, pb, tol, abs_tol)
    except (TypeError, ValueError, ZeroDivisionError):
        return False
    return False


def solve_equation(text: str) -> list[sympy.Expr]:
    """Real solutions of a one-variable equation ("2x + 3 = 7" or "x^2 - 4"), sorted."""
    parsed = parse_math(text)
    expr = parsed.lhs - parsed.rhs if isinstance(parsed, sympy.Eq) else parsed
    if not isinstance(expr, sympy.Expr) or len(expr.free_symbols) != 1:
        return []
    solutions = sympy.solveset(expr, expr.free_symbols.pop(), sympy.S.Reals)
    return sorted(solutions, key=float) if isinstance(solutions, sympy.FiniteSet) else []
