"""A percent of a number (and of a percent), and what percent one number is of another."""

from __future__ import annotations

import re

import sympy

from companion.ai.offline.askformat import dec as _dec
from companion.ai.offline.askformat import number as _number
from companion.ai.offline.askformat import plain
from companion.ai.offline.mathintents import PERCENT_OF, WHAT_PERCENT
from companion.ai.offline.moneytext import IN_MONEY, money


def percent_of(message: str) -> str | None:
    """N% of M: the percent as a fraction of 100, times the whole."""
    match = PERCENT_OF.search(message)
    if not match:
        return None
    p, n = _number(match["p"].rstrip("%")), _number(match["n"])
    if p is None or n is None:
        return None
    if match["then"] and (whole := _number(match["then"])) is not None:
        return _percent_of_percent_of(p, n, whole)
    if match["of_percent"]:
        return _percent_of_percent(p, n)
    if match["article"] and len(re.findall(r"\d+(?:[.,]\d+)*", message)) > 2:
        return None  # "20% of a $35 meal for 4 people": a number the percent does not place
    result = p * n / 100
    say = money if IN_MONEY.search(message) else plain
    return "\n\n".join(
        [
            f"{plain(p)}% of {say(n)} is **{say(result)}**.",
            f"1. A percent is a number out of 100: {plain(p)}% = $\\frac{{{plain(p)}}}{{100}}$"
            f" = {_dec(p / 100)}.\n"
            f"2. Multiply by the whole: {_dec(p / 100)} × {say(n)} = {say(result)}.",
            f"Check: 10% of {say(n)} is {say(n / 10)}, so the answer should be about"
            f" {_dec(p / 10)} times that.",
        ]
    )


def _percent_of_percent(p: sympy.Rational, n: sympy.Rational) -> str:
    """A percent of a percent is a percent: 5% of 20% is 1% (not 1)."""
    result = p * n / 100
    return "\n\n".join(
        [
            f"{plain(p)}% of {plain(n)}% is **{plain(result)}%**.",
            f"1. A percent is a number out of 100: {plain(p)}% = {_dec(p / 100)}.\n"
            f"2. Take that share of the whole, here {plain(n)}%: {_dec(p / 100)} × {plain(n)}%"
            f" = {plain(result)}%.",
            f"Check with decimals: {_dec(p / 100)} × {_dec(n / 100)} = {_dec(result / 100)},"
            f" which is {plain(result)}%.",
        ]
    )


def _percent_of_percent_of(p: sympy.Rational, n: sympy.Rational, whole: sympy.Rational) -> str:
    """p% of n% of a number: take n% of the number, then p% of that."""
    first = n * whole / 100
    result = p * first / 100
    return "\n\n".join(
        [
            f"{plain(p)}% of {plain(n)}% of {plain(whole)} is **{plain(result)}**.",
            f"1. {plain(n)}% of {plain(whole)} is {_dec(n / 100)} × {plain(whole)} = {plain(first)}.\n"
            f"2. {plain(p)}% of that is {_dec(p / 100)} × {plain(first)} = {plain(result)}.",
        ]
    )


# "i got 42/50 (42 out of 50) on my test, whats my percent": a score asked as a percent
_SCORED = re.compile(
    r"\b(?:got|get|scored?|answered|made)\s+(?:a\s+)?(?P<p1>\d+(?:\.\d+)?)\s*/\s*(?P<n1>\d+(?:\.\d+)?)"
    r"(?=.*\bpercent(?:age)?\b)",
    re.I,
)


def what_percent(message: str) -> str | None:
    """What percent one number is of another: part ÷ whole × 100."""
    match = WHAT_PERCENT.search(message) or _SCORED.search(message)
    if not match:
        return None
    said = match.groupdict()
    part = _number(next((said[k] for k in ("p1", "p2", "p3", "p4") if said.get(k)), ""))
    whole = _number(next((said[k] for k in ("n1", "n2", "n3", "n4") if said.get(k)), ""))
    if part is None or not whole:
        return None
    result = part / whole * 100
    return "\n".join(
        [
            f"{plain(part)} is **{_dec(result)}%** of {plain(whole)}.\n",
            f"1. Divide the part by the whole: {plain(part)} ÷ {plain(whole)} = {_dec(part / whole)}.",
            f"2. Multiply by 100 to get a percent: {_dec(part / whole)} × 100 = {_dec(result)}%.",
        ]
    )
