"""Math questions in words, computed with sympy and explained: the router over the ask*
modules, and the fraction, solve and derivative answers.

Replies are markdown with `$...$` math (the chat renders KaTeX); money is never written
with a bare dollar sign so it cannot open a math span.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import sympy
from sympy.core.function import PoleError

from companion.ai.offline import (
    askages,
    askangles,
    askarith,
    askatoms,
    askaverages,
    askbestbuy,
    askcalculus,
    askchance,
    askchange,
    askchem,
    askclaims,
    askclock,
    askcompare,
    askcounting,
    askderivatives,
    askdivisibility,
    askdozens,
    askeach,
    askestimates,
    askexpressions,
    askfactors,
    askfencecost,
    askforms,
    askfractions,
    askfunctions,
    askgiven,
    askgoals,
    askinequalities,
    askinterest,
    askkinds,
    asklines,
    asklogs,
    askmixed,
    askmorethan,
    asknumberwords,
    askparity,
    askpartsums,
    askpercent,
    askphysics,
    askplaces,
    askpoints,
    askpricelists,
    askprimes,
    askquantities,
    askrates,
    askratios,
    askregularareas,
    askrestparts,
    askright,
    askrightstories,
    asksequences,
    askshapekinds,
    askshapemeasures,
    askshapes,
    asksharedtotals,
    asksharing,
    asksignedchanges,
    asksolids,
    askspeedunits,
    askstats,
    askstories,
    askstoryunits,
    asksystems,
    asktravel,
    asktrig,
    asktwonumbers,
    asktypos,
    askunits,
    askunitshares,
    askunitsplit,
    askwages,
    askworkrates,
    mathspans,
    mathspeech,
    mathsteps,
    mixedlengths,
)
from companion.ai.offline.answertext import FRACTION_NAME, fraction_named
from companion.ai.offline.askformat import paragraphs
from companion.ai.offline.mathintents import (
    FRACTION_WORDS,
    OUT_OF,
    ROOTS,
    SOLVE_REQUEST,
)
from companion.ai.offline.mathparse import parse_math

# money named beside "a quarter" makes it the 25-cent coin ("how many cents in a quarter")
_MONEY = re.compile(r"\$|\b(?:cents?|dollars?|dimes?|nickels?|penny|pennies|coins?|bucks?)\b", re.I)


def answer(message: str) -> str | None:
    """The worked answer to a math question asked in words or symbols, else None.

    The handlers go from the most specific phrasing to the most general (plain arithmetic).
    """
    message = in_symbols(message)
    if same := mixedlengths.same_unit(message):  # "2 m by 50 cm": one unit first
        found = answer(same[0])
        return f"{same[1]}\n\n{found}" if found and found != mathsteps.UNSOLVABLE else None
    handlers: tuple[Callable[[str], str | None], ...] = (
        askclaims.answer,
        asksolids.answer,
        askcompare.expressions,
        asknumberwords.answer,
        askestimates.answer,
        askparity.answer,
        askdivisibility.answer,
        askcalculus.answer,
        askfunctions.answer,
        asksystems.answer,
        asktwonumbers.answer,
        asktrig.answer,
        askexpressions.answer,
        askatoms.answer,
        askchem.answer,
        askspeedunits.answer,
        asktravel.answer,
        askphysics.answer,
        asksequences.answer,
        askinequalities.answer,
        askgiven.answer,
        solve_request,
        askchange.answer,
        askwages.answer,
        askfencecost.answer,
        askages.answer,
        askmorethan.answer,
        askworkrates.answer,
        asksharedtotals.answer,
        asksharing.answer,
        askpricelists.answer,
        askeach.answer,
        askunitshares.answer,
        askunitsplit.answer,
        askclock.answer,
        askquantities.answer,
        askdozens.answer,
        askunits.answer,
        askstoryunits.answer,
        askplaces.answer,
        askkinds.answer,
        askchance.answer,
        askcounting.answer,
        asklogs.answer,
        askstories.number_equation,
        asksignedchanges.answer,
        askaverages.answer,
        askstats.answer,
        askinterest.answer,
        askratios.answer,
        askpartsums.answer,
        askrestparts.answer,
        askpercent.answer,
        askmixed.answer,
        askfractions.fraction_of,
        askfractions.decimal_of,
        askfractions.fraction_sum,
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
        askregularareas.answer,
        askshapes.answer,
        askprimes.answer,
        askfactors.answer,
        askforms.answer,
        askarith.answer,
        askgoals.answer,
        askrates.answer,
        askstories.answer,
        askderivatives.derivative,
        askfractions.reduce_fraction,
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


# "2 and 3/4 plus 1/4", "minus 1 and 1/4": a mixed number typed with "and" beside an
# operation; after "of", "between" or "compare" the "and" joins two numbers
_OPERATION = r"(?:plus|minus|times|divided\s+by|[-+*/×÷x])"
_MIXED_DIGITS = re.compile(
    rf"(?<!\bof )(?<!\bbetween )(?<!\bcompare )(?<![\d/.])(?P<w>\d+)\s+and\s+(?P<f>\d+/\d+)"
    rf"(?=\s*{_OPERATION}\s*\d)|(?P<op>{_OPERATION})\s+(?P<w2>\d+)\s+and\s+(?P<f2>\d+/\d+)\b",
    re.I,
)


# "when x is 5", "if a equals -2": a value given to a letter the question uses as a variable
_GIVEN_IS = re.compile(
    r"\b(?P<w>when|if|where|for|with|and)\s+(?P<v>[a-z])\s+(?:is|equals)\s+(?=-?\d)", re.I
)


def _given_is(message: str) -> str:
    def said(match: re.Match[str]) -> str:
        v = re.escape(match["v"])
        used = re.search(rf"\d\s*{v}\b|\b{v}\s*[\^+\-*/=)]|[+\-*/=(]\s*{v}\b", message)
        return f"{match['w']} {match['v']} = " if used else match[0]

    return _GIVEN_IS.sub(said, message)


def _mixed_digits(match: re.Match[str]) -> str:
    if match["w"]:
        return f"({match['w']} + {match['f']})"
    return f"{match['op']} ({match['w2']} + {match['f2']})"


def in_symbols(message: str) -> str:
    """The question with slips in its words corrected (asktypos), and fractions named in words
    ("two thirds of 27", "one half plus one third", "8 out of 10") and fraction arithmetic
    said in words ("add 1/6 and 2/9") written the way they are computed ("2/3 of 27",
    "1/2 plus 1/3", "8/10", "1/6 + 2/9"), and algebra said aloud ("x squared times sin x",
    mathspeech) in symbols; other messages unchanged."""
    message = mathspeech.in_symbols(asktypos.corrected(message))
    message = _given_is(_MIXED_DIGITS.sub(_mixed_digits, message))
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
