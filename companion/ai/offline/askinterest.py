"""Interest and growth over years: simple interest (I = Prt), interest compounded a number
of times a year ("compounded monthly": A = P(1 + r/n)^(nt)), and a yearly percent change
("grows by 3% each year for 2 years"). A question about interest that names no compounding
is simple interest, as school problems mean it, "per year" or not. The rate is the number
with a percent sign, the time the one with years, and the principal the one number left;
simple interest asked for the time or the rate is solved (interestsolved); anything else is
not answered rather than guessed."""

from __future__ import annotations

import re

import sympy

from companion.ai.offline.askformat import NUMBER_AT, dec, numbers, plain, words_to_digits
from companion.ai.offline.interestsolved import RATE, YEARS, solved
from companion.ai.offline.moneytext import money

_SIMPLE = re.compile(r"\bsimple\s+interest\b", re.I)
_INTEREST = re.compile(r"\binterest\b", re.I)
_COMPOUNDED = re.compile(r"\bcompound(?:ed|ing)?\b", re.I)
_YEARLY = re.compile(r"\b(?:each|every|per|a)\s+year\b|\byearly\b|\bannual(?:ly)?\b", re.I)
# how often interest is compounded -> times a year, and the period's name
_PERIODS = {
    "semi": (2, "half-year"),
    "quarter": (4, "quarter"),
    "month": (12, "month"),
    "week": (52, "week"),
    "dai": (365, "day"),
    "day": (365, "day"),
}
_HOW_OFTEN = re.compile(
    r"\bcompounded\s+(?:(semi)-?\s*annually|(quarter)ly|(month)ly|(week)ly|(dai)ly"
    r"|(?:each|every|per|a)\s+(quarter|month|week|day))\b",
    re.I,
)
_DOWN = re.compile(
    r"\b(?:decreases?|decreased|drops?|dropped|falls?|fell|shrinks?|loses?|depreciates?)\b", re.I
)
_MONEY = re.compile(r"\$|\bdollars?\b|\bbucks?\b|\bsavings\b|\bdeposit|\binvest", re.I)
# the total asked for, not the interest: "how much will i have", "the balance"
_TOTAL = re.compile(
    r"\bhow\s+much\s+(?:money\s+)?(?:will|would|does|do|is)\b.*?\b(?:have|be|there|worth)\b"
    r"|\b(?:total|balance|final\s+amount)\b",
    re.I,
)
_HOW_MUCH_INTEREST = re.compile(r"\bhow\s+much\s+(?:simple\s+)?interest\b", re.I)


def _sizes(text: str) -> tuple[sympy.Rational, sympy.Rational, sympy.Rational] | None:
    """(principal, yearly rate as a fraction, years) or None when any is missing or two fit."""
    rate, years = RATE.search(text), YEARS.search(text)
    if rate is None or years is None:
        return None
    taken = [rate.span(), years.span()]
    rest = [m[0] for m in NUMBER_AT.finditer(text) if not any(a <= m.start() < b for a, b in taken)]
    principal = [n[0] for n in (numbers(r) for r in rest) if n]
    if len(principal) != 1:
        return None
    time = sympy.Rational(years[1]) / (12 if years[2].lower().startswith("month") else 1)
    return principal[0], sympy.Rational(rate[1]) / 100, time


def answer(message: str) -> str | None:
    """Simple interest or a compounded change, worked, or the time or rate solved; else None."""
    text = words_to_digits(message)
    compound = _COMPOUNDED.search(text) or (_YEARLY.search(text) and not _INTEREST.search(text))
    simple = None if compound else _INTEREST.search(text)
    if simple and (found := solved(text)):
        return found
    sizes = _sizes(text) if simple or compound else None
    if sizes is None:
        return None
    p, r, t = sizes
    if simple:
        interest = p * r * t
        say = money if _MONEY.search(text) else plain
        total = _TOTAL.search(text) and not _HOW_MUCH_INTEREST.search(text)
        head = (
            f"After {plain(t)} years it is **{say(p + interest)}** (the simple interest is {say(interest)})."
            if total
            else f"The simple interest is **{say(interest)}** (the total after {plain(t)} years is {say(p + interest)})."
        )
        return "\n\n".join(
            [
                head,
                f"1. Simple interest: $I = P r t$, with the rate as a decimal, r = {plain(r)}.\n"
                f"2. $I = {plain(p)} \\times {plain(r)} \\times {plain(t)} = {plain(interest)}$.",
            ]
        )
    return _compounded(text, p, r, t)


def _compounded(text: str, p: sympy.Rational, r: sympy.Rational, t: sympy.Rational) -> str:
    often = _HOW_OFTEN.search(text)
    n, period = _PERIODS[next(g for g in often.groups() if g).lower()] if often else (1, "year")
    step = r / n
    factor = 1 - step if _DOWN.search(text) else 1 + step
    total = p * factor ** (n * t)
    shown = plain(total) if total.q == 1 or dec(total) == plain(total) else dec(total)
    worked = shown.removeprefix("about ")
    cents = _MONEY.search(text) and total * 100 != int(total * 100)
    if _MONEY.search(text):  # money is paid to the cent
        shown, interest = money(total), money(total - p)
    else:
        interest = dec(total - p)
    rounded = (
        " (rounded to the cent)." if cents else " (rounded)." if shown.startswith("about") else "."
    )
    sign = "−" if factor < 1 else "+"
    each = (
        f"1. Each year multiplies by {plain(factor)} (that is 1 {sign} {plain(r)})."
        if n == 1
        else f"1. Each {period} multiplies by 1 {sign} {plain(r)}/{n} = {plain(factor)}, "
        f"{plain(n * t)} times in {plain(t)} years."
    )
    return "\n\n".join(
        [
            f"After {plain(t)} years it is **{shown}**"
            + (f" (the interest is {interest})." if "interest" in text.lower() else "."),
            f"{each}\n"
            f"2. ${plain(p)} \\times {plain(factor)}^{{{plain(n * t)}}} = {worked}$" + rounded,
        ]
    )
