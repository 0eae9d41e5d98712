"""Interval answers ("(-inf, -5) U (5, inf)", "[1/3, ∞)") and inequalities ("-1 < x <= 3")
compared as sets of real numbers."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import sympy

_INFINITY = re.compile(r"∞|\binfinity\b|\binf\b\.?|\boo\b", re.IGNORECASE)
_UNION = re.compile(r"\s*(?:∪|\bU\b|\bunion\b|(?<=[)\]])\s*U\s*(?=[(\[]))\s*")
_ONE = re.compile(r"^\s*([(\[])\s*([^,()\[\]]+|[^,]+?)\s*,\s*([^,]+?)\s*([)\]])\s*$")


def _spelled(text: str) -> str:
    return _INFINITY.sub("oo", text.replace("−", "-"))


def looks_like_interval(text: str) -> bool:
    """Interval notation: an infinity, a union, or a half-open bracket pair."""
    plain = _spelled(text)
    has_bracket = bool(re.search(r"[(\[].*,.*[)\]]", plain))
    half_open = bool(re.search(r"\[[^\]]*\)|\([^)]*\]", plain))
    return has_bracket and ("oo" in plain or bool(_UNION.search(plain)) or half_open)


def _end(text: str, read: Callable[[str], Any]) -> sympy.Expr | None:
    text = text.strip().replace(" ", "")
    if text in ("oo", "+oo"):
        return sympy.oo
    if text == "-oo":
        return -sympy.oo
    value = read(text)
    return value if isinstance(value, sympy.Expr) and value.is_real else None


def interval_set(text: str, read: Callable[[str], Any]) -> sympy.Set | None:
    """The set an interval answer describes, reading each end with `read`, or None."""
    pieces = _UNION.split(_spelled(text).strip())
    sets = []
    for piece in pieces:
        match = _ONE.match(piece)
        if match is None:
            return None
        low, high = _end(match[2], read), _end(match[3], read)
        if low is None or high is None:
            return None
        sets.append(sympy.Interval(low, high, match[1] == "(", match[4] == ")"))
    return sympy.Union(*sets) if sets else None


_RELATION = re.compile(r"(<=|>=|<|>)")
_RELATIONS = {"<": sympy.Lt, "<=": sympy.Le, ">": sympy.Gt, ">=": sympy.Ge}


def is_compound(text: str) -> bool:
    """A chain of two inequalities in one expression: "-1 < x < 3", "5 >= y > 0"."""
    return (
        len(_RELATION.findall(text)) == 2 and "," not in text and "=" not in _RELATION.sub("", text)
    )


def inequality_set(text: str, read: Callable[[str], Any]) -> sympy.Set | None:
    """The real numbers an inequality or a chain of them describes, or None."""
    pieces = _RELATION.split(_spelled(text))
    sides = [read(piece.strip()) for piece in pieces[::2]]
    if len(sides) < 2 or not all(isinstance(side, sympy.Expr) for side in sides):
        return None
    symbols = set().union(*(side.free_symbols for side in sides))
    if len(symbols) != 1:
        return None
    (var,) = symbols
    result: sympy.Set = sympy.S.Reals
    try:
        for left, op, right in zip(sides, pieces[1::2], sides[1:], strict=False):
            result = result.intersect(
                sympy.solveset(_RELATIONS[op](left, right), var, sympy.S.Reals)
            )
    except (NotImplementedError, ValueError, TypeError):
        return None
    return result
