"""Whether two typed answers mean the same: numbers, expressions, equations, intervals,
lists and solution sets ("x = 2 or x = -3", "(1, 2)", "±3")."""

from __future__ import annotations

import re
from functools import lru_cache

import sympy

from companion.ai.offline.answerwords import is_unit
from companion.ai.offline.functionlabels import FUNCTION_LABEL, rules
from companion.ai.offline.intervals import (
    inequality_set,
    interval_set,
    is_compound,
    looks_like_interval,
)
from companion.ai.offline.mathnumbers import to_number
from companion.ai.offline.mathparse import (
    Parsed,
    close,
    free_value,
    normalise,
    parse_math,
    same_expr,
)
from companion.ai.offline.mathrelations import same_equation, same_relation

__all__ = [
    "as_product",
    "both_signs",
    "equivalent",
    "is_point",
    "solution_parts",
    "split_commas",
    "split_top",
]


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
        return same_expr(x, y, tol, abs_tol)
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
        if (products := _run_together(a, b)) is None:
            return close(na, nb, tol, abs_tol)
        return _same_parsed(*products, tol, abs_tol)
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
    pa, pb = _as_variables(a, pa, pb), _as_variables(b, pb, pa)
    if isinstance(pa, sympy.Eq) and isinstance(pb, sympy.Eq):  # "d_2 = ..." is not "d_3 = ..."
        return _same_parsed(pa, pb, tol, abs_tol)
    return _same_parsed(free_value(pa), free_value(pb), tol, abs_tol)


_NUMBER_THEN_LETTERS = re.compile(r"^\s*[-+]?[\d.]+([A-Za-z]+)")


def as_product(text: str) -> Parsed:
    """ "3xy", "6yx^2": a number run together with letters that name no unit, as the
    product it is (to_number reads it as 3 of a unit "xy"); None for anything else."""
    letters = _NUMBER_THEN_LETTERS.match(normalise(text))
    if letters is None or is_unit(letters[1]):
        return None
    algebra = parse_math(text)
    return algebra if isinstance(algebra, sympy.Expr) and algebra.free_symbols else None


def _run_together(a: str, b: str) -> tuple[Parsed, Parsed] | None:
    """Both answers as products of their variables ("3xy" and "3yx"), or None."""
    pa, pb = as_product(a), as_product(b)
    return (pa, pb) if pa is not None and pb is not None else None


def _as_variables(text: str, parsed: Parsed, other: Parsed) -> Parsed:
    """ "6yx^2" against 6x^2y: a number run together with the other answer's variables is
    their product."""
    if parsed is None or not parsed.is_Number or not isinstance(other, sympy.Expr):
        return parsed
    algebra = as_product(text)
    return algebra if algebra is not None and algebra.free_symbols <= other.free_symbols else parsed


def _same_parsed(pa: Parsed, pb: Parsed, tol: float, abs_tol: float) -> bool:
    """Dispatch on the kinds of the two parsed answers."""
    if pa is None or pb is None:
        return False
    try:
        if isinstance(pa, sympy.Eq) and isinstance(pb, sympy.Eq):
            return same_equation(pa, pb)
        if isinstance(pa, sympy.Rel) and isinstance(pb, sympy.Rel):
            return same_relation(pa, pb)
        if isinstance(pa, sympy.Expr) and isinstance(pb, sympy.Expr):
            return same_expr(pa, pb, tol, abs_tol)
    except (TypeError, ValueError, ZeroDivisionError):
        return False
    return False


def _real_set(text: str) -> sympy.Set | None:
    """An interval or an inequality ("-1 < x <= 3") as the set of reals it describes."""
    if re.search(r"[<>]|!=", text):
        return inequality_set(text, _interval_end)
    return interval_set(text, _interval_end)


def _interval_end(text: str) -> sympy.Expr | None:
    number = to_number(text)
    return number if number is not None else parse_math(text)
