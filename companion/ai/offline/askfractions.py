"""Fractions asked about in words: a fraction or a decimal of a number ("3/4 of 20", "0.2 of
50"), two fractions added or taken away over their least common denominator, and a fraction
simplified by the greatest common factor of its top and bottom."""

from __future__ import annotations

import math
import re

import sympy

from companion.ai.offline.askformat import dec as _dec
from companion.ai.offline.askformat import exact as _exact
from companion.ai.offline.askformat import number as _number
from companion.ai.offline.askformat import tex
from companion.ai.offline.mathintents import DECIMAL_OF, FRACTION_OF, REDUCE

_FRACTION_SUM = re.compile(
    r"(?<![\d.)^*/+\-]\s)(?<![\d.)^*/+\-])(\d+)\s*/\s*(\d+)\s*([+-])\s*(\d+)\s*/\s*(\d+)(?!\s*[\d/*^(+\-])"
)


def fraction_of(message: str) -> str | None:
    """A fraction of a number: divide by the bottom, multiply by the top (of a percent, the
    answer is a percent; of a fraction, a fraction)."""
    match = FRACTION_OF.search(message)
    if not match or int(match["q"]) == 0:
        return None
    p, q, n = int(match["p"]), int(match["q"]), _number(match["n"])
    if n is None:
        return None
    unit = "%" if match["of_percent"] else ""

    def shown(value: sympy.Rational) -> str:
        as_fraction = "/" in match["n"] and value.q != 1
        return (f"{value.p}/{value.q}" if as_fraction else _exact(value)) + unit

    part = n / q
    about = (
        "" if "/" not in _exact(part * p) else f" (about {_dec(part * p).removeprefix('about ')})"
    )
    return "\n\n".join(
        [
            f"$\\frac{{{p}}}{{{q}}}$ of {shown(n)} is **{shown(part * p)}**{about}.",
            f"1. Divide by the bottom number: {shown(n)} ÷ {q} = {shown(part)}.\n"
            f"2. Multiply by the top number: {shown(part)} × {p} = {shown(part * p)}.",
        ]
    )


def decimal_of(message: str) -> str | None:
    """A decimal of a number ("0.2 of 50"): "of" means times, as with a fraction."""
    match = DECIMAL_OF.search(message)
    d, n = (_number(match["d"]), _number(match["n"])) if match else (None, None)
    if d is None or n is None:
        return None
    share = sympy.Rational(d)
    return "\n\n".join(
        [
            f"{_exact(d)} of {_exact(n)} is **{_exact(d * n)}**.",
            f'"Of" means multiply: {_exact(d)} × {_exact(n)} = {_exact(d * n)}'
            f" ({_exact(d)} = $\\frac{{{share.p}}}{{{share.q}}}$, so it is the same as"
            f" $\\frac{{{share.p}}}{{{share.q}}}$ of {_exact(n)}).",
        ]
    )


def fraction_sum(message: str) -> str | None:
    """Add or subtract two fractions over their least common denominator."""
    match = _FRACTION_SUM.search(message)
    if not match or "=" in message or "0" in (match[2], match[5]):
        return None
    a, b, sign, c, d = int(match[1]), int(match[2]), match[3], int(match[4]), int(match[5])
    lcd = math.lcm(b, d)
    top = a * lcd // b + (c * lcd // d if sign == "+" else -(c * lcd // d))
    value = sympy.Rational(top, lcd)
    frac = "\\frac{{{}}}{{{}}}".format
    lines = [
        f"${frac(a, b)} {sign} {frac(c, d)} = {sympy.latex(value)}$\n",
        f"1. The least common denominator of {b} and {d} is {lcd}.",
        f"2. Rewrite: ${frac(a, b)} = {frac(a * lcd // b, lcd)}$ and ${frac(c, d)} = {frac(c * lcd // d, lcd)}$.",
        f"3. {'Add' if sign == '+' else 'Subtract'} the numerators, keep the denominator: ${frac(top, lcd)}$.",
    ]
    if value.q != lcd:
        lines.append(f"4. Simplify: ${frac(top, lcd)} = {sympy.latex(value)}$.")
    return "\n".join(lines)


def reduce_fraction(message: str) -> str | None:
    """Simplify a fraction by dividing top and bottom by their greatest common factor."""
    match = REDUCE.search(message)
    if not match or int(match["q"] or match["q2"]) == 0:
        return None
    p, q = int(match["p"] or match["p2"]), int(match["q"] or match["q2"])
    g = math.gcd(p, q)
    value = sympy.Rational(p, q)
    if g == 1:
        return (
            f"$\\frac{{{p}}}{{{q}}}$ is already in lowest terms: {p} and {q} share no factor but 1."
        )
    return "\n".join(
        [
            f"$\\frac{{{p}}}{{{q}}}$ simplifies to **{tex(value)}**.\n",
            f"1. The greatest common factor of {p} and {q} is {g}.",
            f"2. Divide top and bottom by {g}: {p} ÷ {g} = {value.p}, {q} ÷ {g} = {value.q}.",
        ]
    )
