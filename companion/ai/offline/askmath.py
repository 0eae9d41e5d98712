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
    askcalculus,
    askchance,
    askchem,
    askcompare,
    askcounting,
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
    askpercent,
    askphysics,
    askplaces,
    askpoints,
    askrates,
    askratios,
    askright,
    asksequences,
    askshapekinds,
    askshapes,
    askstats,
    askstories,
    asksystems,
    asktrig,
    asktypos,
    askunits,
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
    DERIVATIVE,
    DERIVATIVE_NAMED,
    FRACTION_OF,
    FRACTION_WORDS,
    HIGHER_DERIVATIVE,
    OUT_OF,
    REDUCE,
    ROOTS,
    SLOPE_AT,
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
        askparity.answer,
        askcalculus.answer,
        askfunctions.answer,
        asksystems.answer,
        asktrig.answer,
        askchem.answer,
        askphysics.answer,
        asksequences.answer,
        askinequalities.answer,
        solve_request,
        askunits.answer,
        askplaces.answer,
        askkinds.answer,
        askchance.answer,
        askcounting.answer,
        asklogs.answer,
        askstories.number_equation,
        askstats.answer,
        askinterest.answer,
        askratios.answer,
        askpercent.answer,
        askmixed.answer,
        fraction_of,
        decimal_of,
        fraction_sum,
        askcompare.answer,
        askpoints.answer,
        tangent_slope,
        asklines.answer,
        roots,
        askright.answer,
        askangles.answer,
        askshapekinds.answer,
        askshapes.answer,
        askfactors.answer,
        askforms.answer,
        askarith.answer,
        askrates.answer,
        askstories.answer,
        derivative,
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
    for span in mathsteps.math_spans(message):
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


def derivative(message: str) -> str | None:
    """d/dx of an expression, naming the rule used at the top level (a second or third
    derivative is the derivative taken that many times)."""
    match = DERIVATIVE.search(message.strip()) or DERIVATIVE_NAMED.search(message)
    if match and (order := HIGHER_DERIVATIVE.search(message)):
        return _higher_derivative(match, _ORDERS[order["n"].lower()])
    return _derivative_at(match) if match else None


_ORDERS = {"second": 2, "2nd": 2, "third": 3, "3rd": 3}


def _higher_derivative(match: re.Match[str], order: int) -> str | None:
    """The derivative taken `order` times, each step shown."""
    expr = parse_math(match["f"].strip())
    at = _number(match.groupdict().get("at") or "")
    if not isinstance(expr, sympy.Expr) or isinstance(expr, sympy.Rel):
        return None
    symbols = sorted(expr.free_symbols, key=str)
    var = sympy.Symbol(match["v"]) if match["v"] else (symbols[0] if symbols else sympy.Symbol("x"))
    steps, current = [], expr
    for n in range(1, order + 1):
        current = sympy.simplify(sympy.diff(current, var))
        steps.append(f"{n}. Derivative number {n}: {tex(current)}.")
    named = {2: "second", 3: "third"}[order]
    head = f"The {named} derivative of {tex(expr)} is **{tex(current)}**."
    if at is not None:
        value = sympy.simplify(current.subs(var, at))
        head = f"The {named} derivative of {tex(expr)} at ${var} = {sympy.latex(at)}$ is **{tex(value)}**."
        steps.append(f"Put in ${var} = {sympy.latex(at)}$: {tex(value)}.")
    return "\n\n".join([head, "Differentiate again each time:\n" + "\n".join(steps)])


def tangent_slope(message: str) -> str | None:
    """The slope of a curve at a point: its derivative there (before a line's slope is read)."""
    match = SLOPE_AT.search(message)
    return _derivative_at(match) if match else None


def _derivative_at(match: re.Match[str]) -> str | None:
    """The derivative a matched question asks for, at its point when it names one."""
    expr = parse_math(match["f"].strip())
    if not isinstance(expr, sympy.Expr) or isinstance(expr, sympy.Rel):
        return None
    symbols = sorted(expr.free_symbols, key=str)
    var = sympy.Symbol(match["v"]) if match["v"] else (symbols[0] if symbols else sympy.Symbol("x"))
    result = sympy.simplify(sympy.diff(expr, var))
    steps = _rule_steps(expr, var)
    lines = [f"The derivative of {tex(expr)} is **{tex(result)}**.", "\n".join(steps)]
    at = match.groupdict().get("at")
    if at and (point := _number(at)) is not None:
        slope = sympy.simplify(result.subs(var, point))
        lines[0] = (
            f"The derivative of {tex(expr)} at ${var} = {sympy.latex(point)}$ is **{tex(slope)}**."
        )
        lines.insert(1, f"The derivative is {tex(result)}; put in ${var} = {sympy.latex(point)}$.")
    expanded = sympy.expand(result)
    if not steps and expanded != result:
        lines.append(f"Expanded: {tex(expanded)}.")
    return "\n\n".join(line for line in lines if line)


def _rule_steps(expr: sympy.Expr, var: sympy.Symbol) -> list[str]:
    """The rule that applies to the outermost operation, with its pieces."""
    if isinstance(expr, sympy.Add):
        parts = ", ".join(f"{tex(t)} → {tex(sympy.diff(t, var))}" for t in expr.args)
        return ["1. Sum rule: differentiate term by term.", f"2. {parts}."]
    if isinstance(expr, sympy.Mul):
        const, rest = expr.as_independent(var, as_Add=False)
        factors = sympy.Mul.make_args(rest)
        if len(factors) >= 2:
            u, v = factors[0], sympy.Mul(*factors[1:])
            du, dv = sympy.diff(u, var), sympy.diff(v, var)
            scale = "" if const == 1 else f" (the constant {tex(const)} stays as a factor)"
            return [
                f"1. Product rule: $(uv)' = u'v + uv'$ with $u = {sympy.latex(u)}$ and"
                f" $v = {sympy.latex(v)}${scale}.",
                f"2. $u' = {sympy.latex(du)}$ and $v' = {sympy.latex(dv)}$.",
                f"3. So the derivative is {tex(const * (du * v + u * dv))}.",
            ]
        return _rule_steps(rest, var) if const != 1 else []
    if isinstance(expr, sympy.Pow) and expr.exp.is_number and expr.base != var:
        inner = expr.base
        return [
            "1. Chain rule: power rule on the outside, times the derivative of the inside.",
            f"2. Inside $u = {sympy.latex(inner)}$, $u' = {sympy.latex(sympy.diff(inner, var))}$.",
        ]
    if isinstance(expr, sympy.Pow) and expr.exp.is_number:
        return [f"Power rule: bring down the exponent {expr.exp} and lower it by one."]
    if isinstance(expr, sympy.Function) and expr.args[0] != var:
        inner = expr.args[0]
        return [
            "1. Chain rule: the outer function's derivative times the inside's derivative.",
            f"2. Inside $u = {sympy.latex(inner)}$, $u' = {sympy.latex(sympy.diff(inner, var))}$.",
        ]
    return []
