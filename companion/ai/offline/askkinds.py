"""Yes-or-no questions about what kind of number a number is: even or odd, rational or
irrational, an integer, a whole or natural number, positive or negative, a perfect square.

The number is computed with sympy, so "is sqrt 16 rational" is answered about 4; a
question about something that is not a number gets None.
"""

from __future__ import annotations

import re

import sympy

from companion.ai.offline.askformat import number_words
from companion.ai.offline.mathparse import parse_math

_KIND = (
    r"(?P<kind>even|odd|rational|irrational|(?:an?\s+)?integer|(?:a\s+)?whole\s+number|"
    r"(?:a\s+)?natural\s+number|(?:a\s+)?real\s+number|positive|negative|(?:a\s+)?perfect\s+square)"
)
_ASKED = re.compile(
    rf"^\s*(?:is|are)\s+(?:the\s+(?:number\s+)?)?(?P<n>.+?)\s+(?:a\s+|an\s+)?{_KIND}"
    rf"(?:\s+(?:number|or\s+(?:not|odd|even|rational|irrational|negative|positive)))?\s*[?.!]*\s*$",
    re.I,
)
_ROOT = re.compile(r"\b(?:the\s+)?square\s+root\s+of\s+(\d+(?:\.\d+)?)", re.I)
_DECIMAL = re.compile(r"-?(?:\d+(?:\.\d*)?|\.\d+)(?:/\d+)?")


def answer(message: str) -> str | None:
    """Whether a number is of the kind asked about, with the reason; else None."""
    match = _ASKED.search(number_words(message.strip()))
    if not match:
        return None
    value = _value(match["n"])
    if value is None:
        return None
    kind = re.sub(r"^(?:an?\s+)|\s+", lambda m: "" if m[0].strip() else " ", match["kind"].lower())
    said = match["n"].strip()
    either = re.search(r"\bor\s+(?!not\b)\w+\s*[?.!]*\s*$", match[0], re.I)
    if either and kind in ("even", "odd") and value.is_integer:
        kind = "even" if int(value) % 2 == 0 else "odd"  # "is 0 odd or even": say which
    if either and kind in ("rational", "irrational") and value.is_rational is not None:
        kind = "rational" if value.is_rational else "irrational"
    reply: str | None
    if kind in ("even", "odd"):
        reply = _parity(value, said, kind)
    elif kind in ("rational", "irrational"):
        reply = _rational(value, said, kind)
    else:
        reply = _kind(value, said, kind)
    return re.sub(r"^(?:Yes|No), ", "", reply, count=1) if reply and either else reply


def _value(text: str) -> sympy.Expr | None:
    """The number a phrase names ("0", "-3", "2.5", "sqrt 2", "pi", "the square root of 9")."""
    text = _ROOT.sub(r"sqrt(\1)", text.strip())
    if _DECIMAL.fullmatch(text):
        return sympy.Rational(text)
    expr = parse_math(text)
    if not isinstance(expr, sympy.Expr) or not expr.is_number or expr.is_real is not True:
        return None
    return sympy.nsimplify(expr) if expr.is_Float else expr


def _yes(truth: bool, said: str, kind: str, reason: str) -> str:
    verdict = "Yes" if truth else "No"
    return f"{verdict}, **{said} is {'' if truth else 'not '}{kind}**: {reason}"


def _parity(value: sympy.Expr, said: str, kind: str) -> str:
    if not value.is_integer:
        return f"No, **{said} is neither even nor odd**: even and odd describe whole numbers (integers) only, and {said} is not one."
    n = int(value)
    even = n % 2 == 0
    reason = (
        f"it is 2 × {n // 2}, a multiple of 2 with nothing left over."
        if even
        else f"it is 2 × {(n - 1) // 2} + 1, so dividing by 2 leaves 1 over."
    )
    if n == 0:
        reason += " Zero is even: it splits into two equal whole halves, 0 and 0."
    return _yes(even == (kind == "even"), said, kind, reason)


def _rational(value: sympy.Expr, said: str, kind: str) -> str | None:
    rational = value.is_rational
    if rational is None:
        return None
    if rational:
        exact = sympy.Rational(value)
        reason = f"it equals the fraction {exact.p}/{exact.q} of two integers."
        if exact.q == 1 and said != str(exact.p):
            reason = f"it equals {exact.p} = {exact.p}/1, a fraction of two integers."
    elif (square := sympy.simplify(value**2)).is_Integer and value > 0:
        reason = (
            f"it is the square root of {square}, which is not a perfect square, so it cannot be"
            " written as a fraction p/q of integers; its decimals never end and never repeat."
        )
    else:
        known = {sympy.pi: " (22/7 and 3.14 are only approximations)"}.get(value, "")
        reason = (
            "it cannot be written as a fraction p/q of integers; its decimals never end and"
            f" never repeat{known}."
        )
    return _yes(rational == (kind == "rational"), said, kind, reason)


def _kind(value: sympy.Expr, said: str, kind: str) -> str:
    whole = bool(value.is_integer)
    checks = {
        "integer": (
            whole,
            "integers are the whole numbers and their negatives: …, −2, −1, 0, 1, 2, …",
        ),
        "whole number": (whole and value >= 0, "the whole numbers are 0, 1, 2, 3, …"),
        "natural number": (
            whole and value >= 1,
            "the natural (counting) numbers are 1, 2, 3, … (some books also count 0 as natural).",
        ),
        "real number": (True, "every number on the number line is real."),
        "positive": (bool(value > 0), "positive numbers are greater than 0."),
        "negative": (bool(value < 0), "negative numbers are less than 0."),
        "perfect square": (
            whole and value >= 0 and sympy.sqrt(value).is_integer,
            "a perfect square is a whole number times itself.",
        ),
    }
    truth, reason = checks[kind]
    if value == 0 and kind in ("positive", "negative"):
        reason = "0 is neither positive nor negative; it sits between them on the number line."
    if kind == "perfect square" and truth:
        reason += f" {said} = {sympy.sqrt(value)} × {sympy.sqrt(value)}."
    elif kind == "perfect square" and whole and value > 0:
        low = sympy.floor(sympy.sqrt(value))
        reason += f" {low} × {low} = {low**2} and {low + 1} × {low + 1} = {(low + 1) ** 2}, so {said} falls between two squares."
    noun = (
        kind
        if kind in ("positive", "negative")
        else f"a {kind}"
        if kind[0] not in "aeiou"
        else f"an {kind}"
    )
    return _yes(truth, said, noun, reason)
