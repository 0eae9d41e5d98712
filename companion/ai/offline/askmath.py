"""Math questions in words, computed with sympy and explained: the router over the ask*
modules, and the fraction, solve and derivative answers.

Replies are markdown with `$...$` math (the chat renders KaTeX); money is never written
with a bare dollar sign so it cannot open a math span.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable

import sympy
from sympy.core.function import PoleError

from companion.ai.offline import (
    askangles,
    askarith,
    askatoms,
    askbestbuy,
    askcalculus,
    askchance,
    askchem,
    askclaims,
    askcompare,
    askcounting,
    askderivatives,
    askexpressions,
    askfactors,
    askforms,
    askfunctions,
    askinequalities,
    askinterest,
    askkinds,
    asklines,
    asklogs,
    askmixed,
    askparity,
    askpartsums,
    askpercent,
    askphysics,
    askplaces,
    askpoints,
    askprimes,
    askrates,
    askratios,
    askright,
    askrightstories,
    asksequences,
    askshapekinds,
    askshapemeasures,
    askshapes,
    asksignedchanges,
    askstats,
    askstories,
    asksystems,
    asktrig,
    asktypos,
    askunits,
    askunitshares,
    mathspans,
    mathspeech,
    mathsteps,
)
from companion.ai.offline.answertext import FRACTION_NAME, fraction_named
from companion.ai.offline.askformat import dec as _dec
from companion.ai.offline.askformat import exact as _exact
from companion.ai.offline.askformat import number as _number
from companion.ai.offline.askformat import paragraphs, tex
from companion.ai.offline.mathintents import (
    DECIMAL_OF,
    FRACTION_OF,
    FRACTION_WORDS,
    OUT_OF,
    REDUCE,
    ROOTS,
    SOLVE_REQUEST,
)
from companion.ai.offline.mathparse import parse_math

# money named beside "a quarter" makes it the 25-cent coin ("how many cents in a quarter")
_MONEY = re.compile(r"\$|\b(?:cents?|dollars?|dimes?|nickels?|penny|pennies|coins?|bucks?)\b", re.I)
_FRACTION_SUM = re.compile(
    r"(?<![\d.)^*/+\-]\s)(?<![\d.)^*/+\-])(\d+)\s*/\s*(\d+)\s*([+-])\s*(\d+)\s*/\s*(\d+)(?!\s*[\d/*^(+\-])"
)


def answer(message: str) -> str | None:
    """The worked answer to a math question asked in words or symbols, else None.

    The handlers go from the most specific phrasing to the most general (plain arithmetic).
    """
    message = in_symbols(message)
    handlers: tuple[Callable[[str], str | None], ...] = (
        askclaims.answer,
        askparity.answer,
        askcalculus.answer,
        askfunctions.answer,
        asksystems.answer,
        asktrig.answer,
        askexpressions.answer,
        askatoms.answer,
        askchem.answer,
        askphysics.answer,
        asksequences.answer,
        askinequalities.answer,
        solve_request,
        askunitshares.answer,
        askunits.answer,
        askplaces.answer,
        askkinds.answer,
        askchance.answer,
        askcounting.answer,
        asklogs.answer,
        askstories.number_equation,
        asksignedchanges.answer,
        askstats.answer,
        askinterest.answer,
        askratios.answer,
        askpartsums.answer,
        askpercent.answer,
        askmixed.answer,
        fraction_of,
        decimal_of,
        fraction_sum,
        askbestbuy.answer,
        askcompare.answer,
        askpoints.answer,
        askderivatives.tangent_slope,
        asklines.answer,
        roots,
        askrightstories.answer,
        askright.answer,
        askangles.answer,
        askshapekinds.answer,
        askshapemeasures.answer,
        askshapes.answer,
        askprimes.answer,
        askfactors.answer,
        askforms.answer,
        askarith.answer,
        askrates.answer,
        askstories.answer,
        askderivatives.derivative,
        reduce_fraction,
    )
    try:
        return next((r for h in handlers if (r := h(message))), None)
    except (
        TypeError,
        ValueError,
        ZeroDivisionError,
        NotImplementedError,
        AttributeError,
        PoleError,
        ArithmeticError,
    ):
        return mathsteps.UNSOLVABLE  # sympy refuses things like x/0 = 3 with assorted errors


def in_symbols(message: str) -> str:
    """The question with slips in its words corrected (asktypos), and fractions named in words
    ("two thirds of 27", "one half plus one third", "8 out of 10") and fraction arithmetic
    said in words ("add 1/6 and 2/9") written the way they are computed ("2/3 of 27",
    "1/2 plus 1/3", "8/10", "1/6 + 2/9"), and algebra said aloud ("x squared times sin x",
    mathspeech) in symbols; other messages unchanged."""
    message = mathspeech.in_symbols(asktypos.corrected(message))
    coins = bool(_MONEY.search(message))
    message = OUT_OF.sub(r"\1/\2", FRACTION_NAME.sub(lambda m: _in_parts(m, coins), message))
    for pattern, infix in FRACTION_WORDS:
        match = pattern.search(message)
        if match and "/" in match[0]:
            return message[: match.start()] + infix.format(*match.groups()) + message[match.end() :]
    return message


def _in_parts(match: re.Match[str], coins: bool = False) -> str:
    """A fraction named in words as arithmetic reads it: "two and a half" is (2 + 1/2); among
    money words a quarter not taken "of" something is a coin and stays a word."""
    rest = match.string[match.end() :]
    if coins and match["q"].lower() == "quarter" and not re.match(r"\s+of\b", rest, re.I):
        return match[0]
    named = fraction_named(match)
    return f"({named.replace(' ', ' + ')})" if match["whole"] else named


def solve_request(message: str) -> str | None:
    """ "Can you solve 3(x - 2) = 12?" is a request to solve, not a claim to check."""
    if not SOLVE_REQUEST.search(message):
        return None
    for span in mathspans.math_spans(message):
        equation = parse_math(span)
        if isinstance(equation, sympy.Eq) and len(equation.free_symbols) == 1:
            return paragraphs(mathsteps.solve(span, equation))
    return None


def roots(message: str) -> str | None:
    """ "The roots of x^2 - 4", "x-intercepts of y = x^2 - 4x": solve the expression = 0."""
    match = ROOTS.search(message)
    said = match["f"].strip() if match else ""
    expr = parse_math(said) if said else None
    if not isinstance(expr, sympy.Expr) or len(expr.free_symbols) != 1:
        return None
    return paragraphs(mathsteps.solve(f"{said} = 0", sympy.Eq(expr, 0)))


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
