"""Arithmetic on mixed numbers ("3 1/4 minus 1 2/3", "4 1/2 divided by 3/4"): each mixed
number is the sum it stands for ("(3 + 1/4)"), worked by askarith, and a fraction answer is
given back as an improper fraction and as a mixed number."""

from __future__ import annotations

import re

import sympy

from companion.ai.offline import askarith

# a mixed number, "2 1/2": a whole number, a space, a proper fraction
_MIXED = re.compile(r"(?<![\w./^*(])(\d+)\s+(\d+)\s*/\s*(\d+)(?![\d/])")
_OPERATION = re.compile(
    r"[+*×÷]|\s[-−/x]\s|\b(?:plus|minus|times|divided\s+by|multiplied\s+by|add|subtract)\b",
    re.I,
)


def answer(message: str) -> str | None:
    """The worked value of arithmetic with a mixed number in it, else None."""
    if not _OPERATION.search(_MIXED.sub("", message)):
        return None
    rewritten = _MIXED.sub(_as_sum, message)
    if rewritten == message or (expression := askarith.to_expression(rewritten)) is None:
        return None
    worked = askarith.answer(rewritten)
    if worked is None:
        return None
    value = sympy.sympify(expression.replace(":", "/").replace("^", "**"), rational=True)
    if not isinstance(value, sympy.Rational) or value.q == 1 or abs(value) < 1:
        return worked
    whole, rest = divmod(abs(value.p), value.q)
    mixed = f"{'-' if value < 0 else ''}{whole} {rest}/{value.q}"
    improper = askarith.to_expression(_MIXED.sub(_as_improper, message)) or ""
    improper = re.sub(r"\s*([-+*:])\s*", lambda m: f" {_SIGNS[m[1]]} ", improper)
    return f"{worked}\n\nIn improper fractions: {improper} = {value} = **{mixed}**."


_SIGNS = {"+": "+", "-": "-", "*": "×", ":": "÷"}


def _proper(match: re.Match[str]) -> bool:
    return 0 < int(match[2]) < int(match[3])


def _as_sum(match: re.Match[str]) -> str:
    whole, top, bottom = match.groups()
    return f"({whole} + {top}/{bottom})" if _proper(match) else match[0]


def _as_improper(match: re.Match[str]) -> str:
    whole, top, bottom = (int(g) for g in match.groups())
    return f"{whole * bottom + top}/{bottom}" if _proper(match) else match[0]
