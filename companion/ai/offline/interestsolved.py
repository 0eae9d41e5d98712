"""Simple interest solved for the time or the rate: "how long until $1000 earns $150 at 5%
simple interest" is t = I ÷ (P r) = 3 years, "what rate gives $60 interest on $800 in 3
years" is r = I ÷ (P t) = 2.5%. The interest is the amount earned ("earns $150", "$60
interest", "$90 in interest"), the principal the one number left; the asked unknown must be
the one the question does not give, else nothing is answered."""

from __future__ import annotations

import re

import sympy

from companion.ai.offline.askformat import NUMBER_AT, dec, number, plain

_NUM = r"\$?\s*(\d[\d,]*(?:\.\d+)?)(?![\d.]|\s*(?:%|percent))"
_EARNED = re.compile(
    rf"\b(?:earns?|earned|earning|makes?|made|gains?|gained|pays?|paid|yields?|gives?|get)\s+"
    rf"(?:you\s+|me\s+|us\s+)?{_NUM}(?:\s*dollars)?"
    rf"|{_NUM}(?:\s*dollars)?\s+(?:in\s+|of\s+)?(?:simple\s+)?interest\b",
    re.I,
)
_ASKS_TIME = re.compile(r"\bhow\s+(?:long|many\s+years|much\s+time)\b|\bwhen\s+will\b", re.I)
_ASKS_RATE = re.compile(
    r"\b(?:what|which)\s+(?:annual\s+|yearly\s+)?(?:simple\s+)?(?:interest\s+)?rate\b"
    r"|\bwhat\s+percent(?:age)?\b|\bfind\s+the\s+(?:interest\s+)?rate\b",
    re.I,
)
# "to double", "triples": the interest is the principal once or twice over, whatever it is
_GROWS = re.compile(r"\b(doubl|tripl)(?:e|es|ed|ing)\b", re.I)
_TIMES = {"doubl": 1, "tripl": 2}
RATE = re.compile(r"(\d+(?:\.\d+)?)\s*(?:%|percent)", re.I)
YEARS = re.compile(r"(\d+(?:\.\d+)?)\s*(years?|yrs?|months?)\b", re.I)


def solved(text: str) -> str | None:
    """The time or the rate of a simple interest question, worked; else None."""
    earned, grows = _EARNED.search(text), _GROWS.search(text)
    time_asked, rate_asked = _ASKS_TIME.search(text), _ASKS_RATE.search(text)
    if not (earned or grows) or bool(time_asked) == bool(rate_asked):
        return None
    rate, years = RATE.search(text), YEARS.search(text)
    given = rate if time_asked else years
    if given is None or (years if time_asked else rate) is not None:
        return None
    if earned is None:
        return _grown(_TIMES[grows[1].lower()], given, bool(time_asked)) if grows else None
    taken = [earned.span(), given.span()]
    rest = [m[0] for m in NUMBER_AT.finditer(text) if not any(a <= m.start() < b for a, b in taken)]
    left = [n for n in map(number, rest) if n is not None]
    interest = number(earned[1] or earned[2])
    if len(left) != 1 or not left[0] or not interest:
        return None
    p = left[0]
    if time_asked:
        r = sympy.Rational(given[1]) / 100
        t = interest / (p * r)
        return "\n\n".join(
            [
                f"It takes **{dec(t)} year{'s' * (t != 1)}**.",
                f"1. Simple interest: $I = P r t$, so $t = I \\div (P r)$, with r = {plain(r)}.\n"
                f"2. $t = {plain(interest)} \\div ({plain(p)} \\times {plain(r)}) = "
                f"{plain(interest)} \\div {plain(p * r)} = {plain(t)}$ years.",
            ]
        )
    t = sympy.Rational(given[1]) / (12 if given[2].lower().startswith("month") else 1)
    r = interest / (p * t)
    return "\n\n".join(
        [
            f"The rate is **{dec(r * 100)}%** a year.",
            f"1. Simple interest: $I = P r t$, so $r = I \\div (P t)$.\n"
            f"2. $r = {plain(interest)} \\div ({plain(p)} \\times {plain(t)}) = "
            f"{plain(interest)} \\div {plain(p * t)} = {plain(r)}$, which is {plain(r * 100)}%.\n"
            f"3. Check: {plain(p)} × {plain(r)} × {plain(t)} = {plain(p * r * t)}.",
        ]
    )


def _grown(k: int, given: re.Match[str], time_asked: bool) -> str:
    """Doubling (k = 1) or tripling (k = 2) at simple interest: P r t = k P, so r t = k."""
    grown = "doubles" if k == 1 else "triples"
    head = f"The money {grown} when the interest is {'the principal' if k == 1 else 'twice the principal'}"
    if time_asked:
        r = sympy.Rational(given[1]) / 100
        return (
            f"It takes **{dec(k / r)} years**.\n\n{head}: $P r t = {k if k > 1 else ''}P$, so "
            f"$t = {k} \\div r = {k} \\div {plain(r)} = {plain(k / r)}$ years."
        )
    t = sympy.Rational(given[1]) / (12 if given[2].lower().startswith("month") else 1)
    return (
        f"The rate is **{dec(k / t * 100)}%** a year.\n\n{head}: $P r t = {k if k > 1 else ''}P$, "
        f"so $r = {k} \\div t = {k} \\div {plain(t)} = {plain(k / t)}$."
    )
