"""Interval answers ("(-inf, -5) U (5, inf)", "[1/3, ∞)") and inequalities ("-1 < x <= 3")
compared as sets of real numbers."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import sympy

_INFINITY = re.compile(r"∞|\binfinity\b|\binf\b\.?|\boo\b", re.IGNORECASE)
_UNION = re.compile(r"\s*(?:∪|\bU\b|\bunion\b|(?<=[)\]])\s*[Uu]\s*(?=[(\[]))\s*")
_ONE = re.compile(r"^\s*([(\[])\s*([^,()\[\]]+|[^,]+?)\s*,\s*([^,]+?)\s*([)\]])\s*$")


def _spelled(text: str) -> str:
    return _INFINITY.sub("oo", text.replace("−", "-"))


_ALL_REALS = r"(?:(?:the\s+set\s+of\s+)?all\s+real(?:\s+numbers)?|all\s+reals|ℝ|R)"
_REALS = re.compile(rf"^\s*(?:x\s+is\s+)?(?:any\s+real\s+number|{_ALL_REALS})\s*\.?\s*$", re.I)
_EXCEPT = re.compile(
    rf"^\s*{_ALL_REALS}\s*,?\s+(?:except|but|other\s+than|besides|apart\s+from)\s+"
    r"(?:x\s*=\s*)?(?P<values>[^,]+?(?:\s*(?:,|and)\s*(?:x\s*=\s*)?[^,]+?)*)\s*\.?\s*$",
    re.I,
)


def spelled_reals(text: str) -> str:
    """ "all real numbers" (or "R", "ℝ") as (-oo, oo); "all real numbers except 3" as x != 3,
    "except 3 and -3" as x != 3 and x != -3: the set an interval answer may be said as."""
    if _REALS.match(text):
        return "(-oo, oo)"
    if (match := _EXCEPT.match(text)) is None:
        return _excluded(text)
    values = re.split(r"\s*(?:,|\band\b)\s*(?:x\s*=\s*)?", match["values"])
    return " and ".join(f"x != {value}" for value in values if value)


_NOT_BOTH = re.compile(r"^\s*([a-z])\s*(?:≠|!=)\s*(?:±|\+-|\+/-)\s*([^,;]+?)\s*$")
_NOT_EACH = re.compile(
    r"^\s*[a-z]\s*(?:≠|!=)\s*[^,;]+?(?:\s*[,;]\s*[a-z]\s*(?:≠|!=)\s*[^,;]+?)+\s*$"
)


def _excluded(text: str) -> str:
    """ "x ≠ ±3" and "x ≠ 3, x ≠ -3": every value left out, each condition holding."""
    if match := _NOT_BOTH.match(text):
        return f"{match[1]} != {match[2]} and {match[1]} != -{match[2]}"
    if _NOT_EACH.match(text):
        return re.sub(r"\s*[,;]\s*", " and ", text)
    return text


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


_RELATION = re.compile(r"(<=|>=|!=|<|>)")
_RELATIONS = {"<": sympy.Lt, "<=": sympy.Le, ">": sympy.Gt, ">=": sympy.Ge, "!=": sympy.Ne}


_OR = re.compile(r"\s+or\s+|\s*∪\s*", re.IGNORECASE)
_AND = re.compile(r"\s+and\s+|\s*∩\s*", re.IGNORECASE)


def _pieces(text: str) -> list[list[str]]:
    """ "x < -3 or x > 2" -> [["x < -3"], ["x > 2"]]: alternatives, each a list of conditions."""
    return [_AND.split(alternative) for alternative in _OR.split(text.strip())]


def is_compound(text: str) -> bool:
    """Inequalities chained or joined in one answer: "-1 < x < 3", "5 >= y > 0",
    "x < -3 or x > 2", "x > -3 and x < 2"."""
    conditions = [c for alternative in _pieces(text) for c in alternative]
    return (
        len(_RELATION.findall(text)) >= 2
        and "," not in text
        and "=" not in _RELATION.sub("", text)
        and all(_RELATION.search(c) for c in conditions)
    )


def inequality_set(text: str, read: Callable[[str], Any]) -> sympy.Set | None:
    """The real numbers an inequality describes, or a chain of them, or several joined by
    "or" (a union) and "and" (an intersection), all on one variable; else None."""
    union: sympy.Set = sympy.S.EmptySet
    variables: set[sympy.Symbol] = set()
    for alternative in _pieces(_spelled(text)):
        both: sympy.Set = sympy.S.Reals
        for condition in alternative:
            found = _chain_set(condition, read)
            if found is None:
                return None
            variables.add(found[1])
            both = both.intersect(found[0])
        union = union.union(both)
    return union if len(variables) == 1 else None


def _chain_set(text: str, read: Callable[[str], Any]) -> tuple[sympy.Set, sympy.Symbol] | None:
    """One inequality or a chain of them ("-1 < x <= 3") as (set of reals, its variable)."""
    pieces = _RELATION.split(text)
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
    return result, var
